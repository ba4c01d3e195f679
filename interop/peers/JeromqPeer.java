import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.ZMQ;

/**
 * JeroMQ (ZMTP 2.0) peer for the interop suite: many sockets in one JVM, driven by text lines on stdin, so a test
 * file pays for one JVM start. Run with `java -cp jeromq.jar JeromqPeer.java`. Binary data travels as hex, "-" is
 * an empty part. Only this thread touches the sockets.
 *
 * stdin:  open <id> <TYPE> bind|connect <endpoint> [echo] [sub=<hex>|-]...   ("tcp://127.0.0.1:*": a free port)
 *         send <id> <part>...        seq <id> <from> <n>        close <id>        quit
 * stdout: ready <id> <endpoint>      msg <id> <len>:<sha256>[:<hex> when len <= 64] ...      error <text>
 * seq sends message i = ["msg-<i>", pattern(SIZES[i % 7], i), "end"], as interop/peers/zpeer.py does.
 */
public class JeromqPeer {
  static final int[] SIZES = {0, 1, 255, 256, 65535, 65536, 1048576};
  static final Map<String, ZMQ.Socket> sockets = new HashMap<>();
  static final Map<String, Boolean> echo = new HashMap<>();

  public static void main(String[] args) throws Exception {
    LinkedBlockingQueue<String> commands = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) commands.add(line);
      } catch (Exception ignored) {
      }
      commands.add("quit");
    });
    reader.setDaemon(true);
    reader.start();
    ZMQ.Context context = ZMQ.context(1);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      String line = sockets.isEmpty() ? commands.poll(50, TimeUnit.MILLISECONDS) : commands.poll();
      if (line != null) {
        if (line.equals("quit")) break;
        try {
          run(context, line.trim().split(" "));
        } catch (Exception e) {
          say("error " + e.toString().replace('\n', ' '));
        }
        continue;
      }
      if (!sockets.isEmpty()) receive(context);
    }
    for (ZMQ.Socket s : sockets.values()) s.close();
    context.term();
    System.exit(0);
  }

  static void run(ZMQ.Context context, String[] w) throws Exception {
    switch (w[0]) {
      case "open": {
        ZMQ.Socket s = context.socket(type(w[2]));
        s.setLinger(0);
        boolean echoes = false;
        for (int i = 5; i < w.length; i++) {
          if (w[i].equals("echo")) echoes = true;
          else if (w[i].startsWith("sub=")) s.subscribe(bytes(w[i].substring(4)));
        }
        String endpoint = w[4];
        if (w[3].equals("bind")) {
          if (endpoint.endsWith(":*")) {
            String host = endpoint.substring(0, endpoint.length() - 2);
            endpoint = host + ":" + s.bindToRandomPort(host);
          } else {
            s.bind(endpoint);
          }
        } else {
          s.connect(endpoint);
        }
        sockets.put(w[1], s);
        echo.put(w[1], echoes);
        say("ready " + w[1] + " " + endpoint);
        return;
      }
      case "send": {
        ZMQ.Socket s = sockets.get(w[1]);
        for (int i = 2; i < w.length; i++) s.send(bytes(w[i]), i < w.length - 1 ? ZMQ.SNDMORE : 0);
        return;
      }
      case "seq": {
        ZMQ.Socket s = sockets.get(w[1]);
        int from = Integer.parseInt(w[2]);
        int n = Integer.parseInt(w[3]);
        for (int i = from; i < from + n; i++) {
          s.send(("msg-" + i).getBytes(StandardCharsets.US_ASCII), ZMQ.SNDMORE);
          s.send(pattern(SIZES[i % SIZES.length], i), ZMQ.SNDMORE);
          s.send("end".getBytes(StandardCharsets.US_ASCII), 0);
        }
        return;
      }
      case "close": {
        ZMQ.Socket s = sockets.remove(w[1]);
        if (s != null) s.close();
        return;
      }
      default:
        throw new IllegalArgumentException("unknown command " + w[0]);
    }
  }

  /** Waits a little for input on any socket, then reports (and echoes) one message per ready socket (a REQ must not
   *  be read again before it sends: JeroMQ throws EFSM). */
  static void receive(ZMQ.Context context) throws Exception {
    List<String> ids = new ArrayList<>(sockets.keySet());
    ZMQ.Poller poller = new ZMQ.Poller(ids.size());
    for (String id : ids) poller.register(sockets.get(id), ZMQ.Poller.POLLIN);
    poller.poll(5);
    for (int i = 0; i < ids.size(); i++) {
      if (!poller.pollin(i)) continue;
      ZMQ.Socket s = sockets.get(ids.get(i));
      {
        byte[] first = s.recv(ZMQ.DONTWAIT);
        if (first == null) continue;
        List<byte[]> parts = new ArrayList<>();
        parts.add(first);
        while (s.hasReceiveMore()) parts.add(s.recv(0));
        StringBuilder out = new StringBuilder("msg ").append(ids.get(i));
        for (byte[] p : parts) out.append(' ').append(describe(p));
        say(out.toString());
        if (echo.get(ids.get(i))) {
          for (int k = 0; k < parts.size(); k++) s.send(parts.get(k), k < parts.size() - 1 ? ZMQ.SNDMORE : 0);
        }
      }
    }
  }

  static int type(String name) {
    switch (name) {
      case "PUB": return ZMQ.PUB;
      case "SUB": return ZMQ.SUB;
      case "REQ": return ZMQ.REQ;
      case "REP": return ZMQ.REP;
      case "DEALER": return ZMQ.DEALER;
      case "ROUTER": return ZMQ.ROUTER;
      case "PUSH": return ZMQ.PUSH;
      case "PULL": return ZMQ.PULL;
      default: throw new IllegalArgumentException("socket type " + name);
    }
  }

  static byte[] pattern(int size, int seed) {
    byte[] out = new byte[size];
    for (int j = 0; j < size; j++) out[j] = (byte) (((j % 256) + seed) & 255);
    return out;
  }

  static String describe(byte[] p) throws Exception {
    String d = p.length + ":" + hex(MessageDigest.getInstance("SHA-256").digest(p));
    return p.length <= 64 ? d + ":" + hex(p) : d;
  }

  static byte[] bytes(String hex) {
    if (hex.equals("-")) return new byte[0];
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    return out;
  }

  static String hex(byte[] b) {
    StringBuilder s = new StringBuilder(b.length * 2);
    for (byte x : b) s.append(String.format("%02x", x));
    return s.toString();
  }

  static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
