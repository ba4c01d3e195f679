#!/usr/bin/env bash
# `purezmq fuzz` against pyzmq (Debian libzmq) for every socket type: a campaign, not a CI test.
# usage: [MECHANISM=null|plain|curve] [TARGET=pyzmq|purezmq] [PAIRS="ROUTER:DEALER ..."] [FUZZ_FLAGS=...] \
#        scripts/fuzz/pyzmq-campaign.sh SECONDS_PER_TYPE [PARALLEL] [OUTDIR] [SEED]
# Needs `npm run build` first (or PUREZMQ_CLI=path/to/cli.js). Each line of OUTDIR/summary.txt: server type, fuzzer type,
# exit status, the fuzzer's summary and its max RSS. MECHANISM (null|plain|curve) picks the security of both sides.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?seconds per type}
parallel=${2:-2}
out=${3:-fuzz-campaign}
seed=${4:-1}
mechanism=${MECHANISM:-null}
# TARGET=purezmq serves with scripts/fuzz/purezmq_target.mjs (dist/index.js) instead of pyzmq.
target=${TARGET:-pyzmq}
serve="/usr/bin/python3 scripts/fuzz/pyzmq_target.py"
[ "$target" = purezmq ] && serve="node scripts/fuzz/purezmq_target.mjs"
# Both targets serve CURVE with the published test key pair whose public key this is.
curve=()
[ "$mechanism" = curve ] && curve=(--curve-server-key 'rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7')
mkdir -p "$out"
# server type : the type the fuzzer plays toward it (every type is a server once and played by the fuzzer at least once)
pairs=(${PAIRS:-ROUTER:DEALER DEALER:DEALER REP:REQ REQ:REP PUB:SUB XPUB:XSUB SUB:PUB XSUB:PUB PUSH:PULL PULL:PUSH PAIR:PAIR DEALER:ROUTER SUB:XPUB})
run() {
  local server=${1%%:*} fuzzer=${1##*:} port=$2
  local endpoint="tcp://127.0.0.1:$port"
  local name="$target-$server-$fuzzer-$mechanism"
  /usr/bin/time -f "%M KiB max RSS (fuzzer)" node "${PUREZMQ_CLI:-dist/cli.js}" fuzz "$endpoint" --type "$fuzzer" --duration "$seconds" \
    --mechanism "$mechanism" "${curve[@]}" ${FUZZ_FLAGS:-} --seed "$seed" --max-findings 20 --out "$out/findings-$name" \
    --exec "exec $serve $server $endpoint $mechanism" >"$out/$name.log" 2>&1
  local status=$?
  echo "$target $server ← $fuzzer $mechanism (exit $status): $(grep -h '^fuzzed' "$out/$name.log") $(grep -h 'max RSS' "$out/$name.log")" >>"$out/summary.txt"
}
port=${PORT:-17100}
running=0
for pair in "${pairs[@]}"; do
  run "$pair" $port &
  port=$((port + 1))
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
cat "$out/summary.txt"
