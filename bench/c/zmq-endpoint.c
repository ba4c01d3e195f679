/*
 * The "libzmq C" column of the benchmark suite: one benchmark endpoint per process, written against libzmq's C API
 * (Debian's libzmq3-dev) the way a C program uses it. It measures exactly what bench/ops/throughput.ts and
 * bench/ops/latency.ts measure for the JS implementations (same warm-up, end marker, probes and clock reads), and
 * speaks the orchestrator's protocol: result and progress lines prefixed "@@" on stdout, signals ("go", "stop") as
 * lines on stdin. bench/lib/native-worker.ts builds and drives it.
 *
 *   zmq-endpoint receive push|pub <size> <warmup s> <hwm|-> <sockets> bind|connect <endpoint>
 *   zmq-endpoint send    push|pub <size> <seconds>  <hwm|-> bind|connect <endpoint>
 *   zmq-endpoint reply   <endpoint to bind>
 *   zmq-endpoint request <endpoint> <size> <seconds> <warmup s>
 *
 * hwm "-" keeps libzmq's default (1000); a number sets ZMQ_SNDHWM on the sender and ZMQ_RCVHWM on the receiver.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#define CLOCK_EVERY 64
#define MAX_SOCKETS 1024

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the whole process (libzmq's I/O thread included), in microseconds. */
static double cpu_micros(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static void fail(const char *what) {
  fprintf(stderr, "zmq-endpoint: %s: %s\n", what, zmq_strerror(zmq_errno()));
  exit(1);
}

static void check(int rc, const char *what) {
  if (rc == -1) fail(what);
}

/* ---- signals from the orchestrator: one word per line on stdin */

static char signal_line[64];
static size_t signal_fill;
static int got_go, got_stop, stdin_closed;

/* Reads whatever is on stdin without blocking longer than timeout_ms (-1: until something arrives). */
static void poll_signals(int timeout_ms) {
  struct pollfd fd = {.fd = 0, .events = POLLIN};
  if (stdin_closed || poll(&fd, 1, timeout_ms) <= 0) return;
  char buf[256];
  ssize_t n = read(0, buf, sizeof buf);
  if (n <= 0) {
    stdin_closed = 1; /* the orchestrator is gone: behave as if told to stop */
    got_go = got_stop = 1;
    return;
  }
  for (ssize_t i = 0; i < n; i++) {
    if (buf[i] != '\n') {
      if (signal_fill < sizeof signal_line - 1) signal_line[signal_fill++] = buf[i];
      continue;
    }
    signal_line[signal_fill] = 0;
    if (strcmp(signal_line, "go") == 0) got_go = 1;
    if (strcmp(signal_line, "stop") == 0) got_stop = 1;
    signal_fill = 0;
  }
}

static void emit_event(const char *event, const char *data) {
  printf("@@{\"event\":\"%s\",\"data\":\"%s\"}\n", event, data);
  fflush(stdout);
}

/* ---- throughput: the receiver's count, as bench/lib/tally.ts */

struct tally {
  size_t size;
  double warmup, first, end, first_received, warm_end, cpu_first, cpu_first_received, cpu_end;
  long messages, received, wrong_size;
  int warming, burst, probed, done;
};

/* One message of `length` bytes; 0 once it was the end marker. */
static int tally_count(struct tally *t, size_t length) {
  if (length == 0) {
    t->end = now_seconds();
    t->cpu_end = cpu_micros();
    if (t->messages == 0) {
      t->burst = 1;
      t->messages = t->received;
      t->first = t->first_received;
      t->cpu_first = t->cpu_first_received;
    }
    t->done = 1;
    return 0;
  }
  if (length != t->size) t->wrong_size++;
  if (t->received++ == 0) {
    t->first_received = now_seconds();
    t->cpu_first_received = cpu_micros();
    t->warm_end = t->first_received + t->warmup;
  }
  if (t->warming) {
    if ((t->received & (CLOCK_EVERY - 1)) == 0 && now_seconds() >= t->warm_end) t->warming = 0;
    return 1;
  }
  if (t->messages++ == 0) {
    t->first = now_seconds();
    t->cpu_first = cpu_micros();
  }
  return 1;
}

static void set_hwm(void *socket, int option, const char *hwm) {
  if (strcmp(hwm, "-") == 0) return;
  int value = atoi(hwm);
  check(zmq_setsockopt(socket, option, &value, sizeof value), "zmq_setsockopt(HWM)");
}

static void open_endpoint(void *socket, const char *how, const char *endpoint) {
  if (strcmp(how, "bind") == 0) {
    check(zmq_bind(socket, endpoint), "zmq_bind");
    char resolved[256];
    size_t length = sizeof resolved;
    check(zmq_getsockopt(socket, ZMQ_LAST_ENDPOINT, resolved, &length), "zmq_getsockopt(LAST_ENDPOINT)");
    emit_event("bound", resolved);
  } else {
    check(zmq_connect(socket, endpoint), "zmq_connect");
  }
}

static void close_now(void *socket) {
  int zero = 0;
  zmq_setsockopt(socket, ZMQ_LINGER, &zero, sizeof zero);
  zmq_close(socket);
}

static int receive(int argc, char **argv) {
  if (argc != 9) return 2;
  int pub = strcmp(argv[2], "pub") == 0;
  size_t size = strtoul(argv[3], NULL, 10);
  double warmup = atof(argv[4]);
  int count = atoi(argv[6]);
  if (count < 1 || count > MAX_SOCKETS) return 2;
  void *context = zmq_ctx_new();
  void **sockets = calloc(count, sizeof *sockets);
  struct tally *tallies = calloc(count, sizeof *tallies);
  zmq_pollitem_t *items = calloc(count, sizeof *items);
  for (int i = 0; i < count; i++) {
    sockets[i] = zmq_socket(context, pub ? ZMQ_SUB : ZMQ_PULL);
    if (sockets[i] == NULL) fail("zmq_socket");
    set_hwm(sockets[i], ZMQ_RCVHWM, argv[5]);
    if (pub) check(zmq_setsockopt(sockets[i], ZMQ_SUBSCRIBE, "", 0), "zmq_setsockopt(SUBSCRIBE)");
    tallies[i].size = size;
    tallies[i].warmup = warmup;
    tallies[i].warming = warmup > 0;
  }
  for (int i = 0; i < count; i++) open_endpoint(sockets[i], argv[7], argv[8]);

  zmq_msg_t msg;
  zmq_msg_init(&msg);
  int remaining = count, probes = 0;
  while (remaining > 0) {
    for (int i = 0; i < count; i++) {
      items[i].socket = sockets[i];
      items[i].events = tallies[i].done ? 0 : ZMQ_POLLIN;
    }
    check(zmq_poll(items, count, -1), "zmq_poll");
    for (int i = 0; i < count; i++) {
      struct tally *t = &tallies[i];
      if (t->done || !(items[i].revents & ZMQ_POLLIN)) continue;
      /* Drain what is queued; a busy socket yields its turn after a batch so others are not starved. */
      for (int n = 0; n < 4096 && !t->done; n++) {
        if (zmq_msg_recv(&msg, sockets[i], ZMQ_DONTWAIT) == -1) {
          if (zmq_errno() == EAGAIN) break;
          fail("zmq_msg_recv");
        }
        size_t length = zmq_msg_size(&msg);
        if (length == 0 && t->received == 0) {
          if (!t->probed) {
            t->probed = 1;
            if (++probes == count) emit_event("subscribed", "");
          }
          continue;
        }
        if (!tally_count(t, length)) remaining--;
      }
    }
  }
  zmq_msg_close(&msg);

  double first = tallies[0].first, end = tallies[0].end, cpu_first = tallies[0].cpu_first, cpu_end = tallies[0].cpu_end;
  long messages = 0, received = 0, wrong_size = 0;
  int burst = 0;
  for (int i = 0; i < count; i++) {
    struct tally *t = &tallies[i];
    if (t->first < first) {
      first = t->first;
      cpu_first = t->cpu_first;
    }
    if (t->end > end) {
      end = t->end;
      cpu_end = t->cpu_end;
    }
    messages += t->messages;
    received += t->received;
    wrong_size += t->wrong_size;
    burst |= t->burst;
  }
  printf("@@{\"result\":{\"messages\":%ld,\"seconds\":%.9f,\"received\":%ld,\"wrongSize\":%ld,\"burst\":%s,"
         "\"cpuMicros\":%.1f}}\n",
         messages, end - first, received, wrong_size, burst ? "true" : "false", cpu_end - cpu_first);
  fflush(stdout);
  for (int i = 0; i < count; i++) close_now(sockets[i]);
  zmq_ctx_term(context);
  return 0;
}

/* How many sends between clock reads, as bench/ops/throughput.ts. */
static long batch_for(size_t size) {
  return size >= 65536 ? 1 : size >= 1024 ? 64 : 1024;
}

static int send_loop(int argc, char **argv) {
  if (argc != 8) return 2;
  int pub = strcmp(argv[2], "pub") == 0;
  size_t size = strtoul(argv[3], NULL, 10);
  double seconds = atof(argv[4]);
  void *context = zmq_ctx_new();
  void *socket = zmq_socket(context, pub ? ZMQ_PUB : ZMQ_PUSH);
  if (socket == NULL) fail("zmq_socket");
  set_hwm(socket, ZMQ_SNDHWM, argv[5]);
  open_endpoint(socket, argv[6], argv[7]);
  if (pub) {
    /* A PUB drops everything sent before a subscription arrives: probe until every subscriber has seen one. */
    while (!got_go) {
      check(zmq_send(socket, "", 0, 0), "zmq_send");
      poll_signals(5);
    }
  }
  char *body = malloc(size > 0 ? size : 1);
  memset(body, 0x61, size);
  long batch = batch_for(size), sent = 0;
  double cpu_start = cpu_micros();
  double deadline = now_seconds() + seconds;
  do {
    for (long i = 0; i < batch; i++) {
      if (zmq_send(socket, body, size, 0) == -1) fail("zmq_send");
    }
    sent += batch;
  } while (now_seconds() < deadline);
  double cpu = cpu_micros() - cpu_start;
  if (pub) {
    /* The end marker may be dropped at the HWM like any PUB message: repeat it until the receivers are done. */
    while (!got_stop) {
      check(zmq_send(socket, "", 0, 0), "zmq_send");
      poll_signals(5);
    }
  } else {
    check(zmq_send(socket, "", 0, 0), "zmq_send");
    while (!got_stop) poll_signals(-1);
  }
  printf("@@{\"result\":{\"sent\":%ld,\"cpuMicros\":%.1f}}\n", sent, cpu);
  fflush(stdout);
  free(body);
  close_now(socket);
  zmq_ctx_term(context);
  return 0;
}

/* ---- round trips */

static int reply(int argc, char **argv) {
  if (argc != 3) return 2;
  void *context = zmq_ctx_new();
  void *socket = zmq_socket(context, ZMQ_REP);
  if (socket == NULL) fail("zmq_socket");
  open_endpoint(socket, "bind", argv[2]);
  zmq_msg_t msg;
  zmq_msg_init(&msg);
  long echoed = 0;
  zmq_pollitem_t items[2] = {{.socket = socket, .events = ZMQ_POLLIN}, {.fd = 0, .events = ZMQ_POLLIN}};
  while (!got_stop) {
    check(zmq_poll(items, 2, -1), "zmq_poll");
    if (items[1].revents & ZMQ_POLLIN) poll_signals(0);
    while (zmq_msg_recv(&msg, socket, ZMQ_DONTWAIT) != -1) {
      echoed++;
      if (zmq_msg_send(&msg, socket, 0) == -1) fail("zmq_msg_send");
    }
    if (zmq_errno() != EAGAIN) fail("zmq_msg_recv");
  }
  zmq_msg_close(&msg);
  printf("@@{\"result\":{\"echoed\":%ld}}\n", echoed);
  fflush(stdout);
  close_now(socket);
  zmq_ctx_term(context);
  return 0;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Nearest-rank percentile of sorted samples, as bench/lib/stats.ts. */
static double percentile(const double *sorted, long n, double p) {
  long rank = (long)((p / 100) * n + 0.999999999) - 1;
  if (rank < 0) rank = 0;
  if (rank > n - 1) rank = n - 1;
  return sorted[rank];
}

static int request(int argc, char **argv) {
  if (argc != 6) return 2;
  size_t size = strtoul(argv[3], NULL, 10);
  double seconds = atof(argv[4]), warmup = atof(argv[5]);
  void *context = zmq_ctx_new();
  void *socket = zmq_socket(context, ZMQ_REQ);
  if (socket == NULL) fail("zmq_socket");
  check(zmq_connect(socket, argv[2]), "zmq_connect");
  char *body = malloc(size > 0 ? size : 1);
  memset(body, 0x61, size);
  zmq_msg_t answer;
  zmq_msg_init(&answer);
  double warm = now_seconds() + warmup;
  while (now_seconds() < warm) {
    check(zmq_send(socket, body, size, 0), "zmq_send");
    check(zmq_msg_recv(&answer, socket, 0), "zmq_msg_recv");
  }
  long capacity = 1 << 16, n = 0;
  double *samples = malloc(capacity * sizeof *samples);
  double deadline = now_seconds() + seconds;
  for (;;) {
    double start = now_seconds();
    if (start >= deadline) break;
    check(zmq_send(socket, body, size, 0), "zmq_send");
    check(zmq_msg_recv(&answer, socket, 0), "zmq_msg_recv");
    double micros = (now_seconds() - start) * 1e6;
    if (zmq_msg_size(&answer) != size) {
      fprintf(stderr, "zmq-endpoint: reply of %zu bytes, expected %zu\n", zmq_msg_size(&answer), size);
      return 1;
    }
    if (n == capacity) samples = realloc(samples, (capacity *= 2) * sizeof *samples);
    samples[n++] = micros;
  }
  qsort(samples, n, sizeof *samples, compare_doubles);
  double sum = 0;
  for (long i = 0; i < n; i++) sum += samples[i];
  printf("@@{\"result\":{\"roundTrips\":%ld,\"p50\":%.3f,\"mean\":%.3f,\"p99\":%.3f}}\n", n,
         n ? percentile(samples, n, 50) : 0.0, n ? sum / n : 0.0, n ? percentile(samples, n, 99) : 0.0);
  fflush(stdout);
  zmq_msg_close(&answer);
  free(samples);
  free(body);
  close_now(socket);
  zmq_ctx_term(context);
  return 0;
}

int main(int argc, char **argv) {
  int rc = 2;
  if (argc >= 2 && strcmp(argv[1], "receive") == 0) rc = receive(argc, argv);
  else if (argc >= 2 && strcmp(argv[1], "send") == 0) rc = send_loop(argc, argv);
  else if (argc >= 2 && strcmp(argv[1], "reply") == 0) rc = reply(argc, argv);
  else if (argc >= 2 && strcmp(argv[1], "request") == 0) rc = request(argc, argv);
  if (rc == 2) fprintf(stderr, "zmq-endpoint: bad arguments (see the comment at the top of bench/c/zmq-endpoint.c)\n");
  return rc;
}
