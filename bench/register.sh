#!/usr/bin/env bash
# Registration benchmark: SIPp registers 1000 extensions with digest auth (REGISTER, 401, REGISTER, 200)
# against a freshly started Centralino on loopback, at increasing rates; each step is bounded in count and
# time. Reports, per step: attempted rate, achieved rate, successful and failed registrations, SIPp
# retransmissions, server CPU and peak resident memory. Results go to bench/results/register-<date>.md.
#
# usage: bench/register.sh [rates...]      default rates: 2000 4000 6000 8000 10000 12000
# env:   DURATION (seconds per step, default 20), INSTANCES (parallel SIPp processes, default 2),
#        WARMUP (seconds of unrecorded load at 3000/s first, default 15: the JIT compiles the hot path),
#        JAVA_OPTS (server JVM options, default the launcher's -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
RATES=("${@:-2000 4000 6000 8000 10000 12000}"); RATES=(${RATES[@]})
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-15}
INSTANCES=${INSTANCES:-2}
EXTENSIONS=1000
SIP_PORT=${SIP_PORT:-5090}
HTTP_PORT=${HTTP_PORT:-8095}
WORK=bench/work/register
RESULT=bench/results/register-$(date -u +%Y%m%d-%H%M).md

command -v sipp >/dev/null || { echo "needs SIPp: apt-get install sip-tester" >&2; exit 1; }
./centralino build >/dev/null
rm -rf "$WORK"; mkdir -p "$WORK"
cp testkit/src/main/resources/sipp/register-auth.xml "$WORK/"

# 1000 extensions declared as code, and the SIPp injection file with their credentials
{ echo "extensions:"; for i in $(seq 1 $EXTENSIONS); do n=$((100000 + i));
  printf '  - number: "%s"\n    name: Bench %s\n    sipPassword: bench-%s-pw\n' $n $n $n; done; } > "$WORK/extensions.yaml"
{ echo "SEQUENTIAL"; for i in $(seq 1 $EXTENSIONS); do n=$((100000 + i));
  echo "$n;[authentication username=$n password=bench-$n-pw]"; done; } > "$WORK/users.csv"

. <(sed -n '/^find_jdk()/,/^}/p;/^java_major()/,/^}/p' centralino); find_jdk
CENTRALINO_ADMIN_PASSWORD=bench-admin-password "$JAVA_HOME/bin/java" -XX:AutoBoxCacheMax=65536 ${JAVA_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError} \
  -jar server/target/centralino-server.jar run --data "$WORK/data" --bind 127.0.0.1 --sip-port $SIP_PORT \
  --http-port $HTTP_PORT --config "$WORK/extensions.yaml" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "Centralino ready" "$WORK/server.log" && break; sleep 0.5; done
grep -q "Centralino ready" "$WORK/server.log" || { echo "server did not start" >&2; tail "$WORK/server.log"; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' /proc/$1/stat; }
hz=$(getconf CLK_TCK)
{
  echo "# Registration benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);"
  echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); SIPp: $(sipp -v 2>&1 | grep -o 'v3[^ ]*' | head -1)."
  echo "Server: \`java ${JAVA_OPTS:--Xmx512m} -jar server/target/centralino-server.jar run\` on 127.0.0.1 (UDP)."
  echo "Load: $INSTANCES SIPp processes on the same 2 cores, scenario register-auth.xml (REGISTER, 401, REGISTER with"
  echo "MD5 digest, 200), $EXTENSIONS extensions cycled, $DURATION s per step. Command: \`bench/register.sh ${RATES[*]}\`."
  echo
} > "$RESULT"

if [ "$WARMUP" -gt 0 ]; then # unrecorded: lets the JIT compile the registration path before measuring
  sipp 127.0.0.1:$SIP_PORT -sf "$WORK/register-auth.xml" -inf "$WORK/users.csv" -i 127.0.0.1 -p 5200 -r 3000 \
    -m $((3000 * WARMUP)) -nostdin -timeout $((WARMUP * 3))s -buff_size 4194304 > "$WORK/sipp-warmup.out" 2>&1 || true
  echo "Warm-up: $WARMUP s at 3000/s before the first step, not recorded." >> "$RESULT"; echo >> "$RESULT"
fi
echo "| target/s | achieved/s | successful | failed | retransmissions | server CPU % | SIPp CPU % (sum) | server RSS peak MiB |" >> "$RESULT"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|" >> "$RESULT"
for rate in "${RATES[@]}"; do
  per=$((rate / INSTANCES)); calls=$((per * DURATION))
  t0=$(cpu_ticks $SERVER); s0=$(date +%s.%N)
  pids=()
  for i in $(seq 1 $INSTANCES); do
    sipp 127.0.0.1:$SIP_PORT -sf "$WORK/register-auth.xml" -inf "$WORK/users.csv" -i 127.0.0.1 -p $((5200 + i)) \
      -r $per -m $calls -l $((per * 2)) -nostdin -timeout $((DURATION * 3))s -trace_stat -stf "$WORK/stat-$rate-$i.csv" \
      -fd 1 -buff_size 4194304 > "$WORK/sipp-$rate-$i.out" 2>&1 & pids+=($!)
  done
  sipp_ticks=0
  while kill -0 "${pids[0]}" 2>/dev/null || kill -0 "${pids[-1]}" 2>/dev/null; do
    now=0; for p in "${pids[@]}"; do [ -r /proc/$p/stat ] && now=$((now + $(cpu_ticks $p))); done
    [ $now -gt $sipp_ticks ] && sipp_ticks=$now
    sleep 0.5
  done
  for p in "${pids[@]}"; do wait $p || true; done
  s1=$(date +%s.%N); t1=$(cpu_ticks $SERVER)
  ok=0; failed=0; retrans=0
  for i in $(seq 1 $INSTANCES); do
    line=$(tail -1 "$WORK/stat-$rate-$i.csv")
    hdr=$(head -1 "$WORK/stat-$rate-$i.csv")
    col() { echo "$hdr" | tr ';' '\n' | grep -n "^$1\$" | cut -d: -f1; }
    ok=$((ok + $(echo "$line" | cut -d';' -f"$(col SuccessfulCall\(C\))")))
    failed=$((failed + $(echo "$line" | cut -d';' -f"$(col FailedCall\(C\))")))
    retrans=$((retrans + $(echo "$line" | cut -d';' -f"$(col Retransmissions\(C\))")))
  done
  elapsed=$(echo "$s1 - $s0" | bc -l)
  achieved=$(echo "$ok / $elapsed" | bc -l | xargs printf '%.0f')
  cpu=$(echo "($t1 - $t0) * 100 / $hz / $elapsed" | bc -l | xargs printf '%.0f')
  rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$SERVER/status)
  sippcpu=$(echo "$sipp_ticks * 100 / $hz / $elapsed" | bc -l | xargs printf '%.0f')
  echo "| $rate | $achieved | $ok | $failed | $retrans | $cpu | $sippcpu | $rss |" | tee -a "$RESULT"
done
echo >> "$RESULT"
echo "Achieved = successful registrations / wall time of the step (SIPp start to last SIPp exit). CPU % is of one" >> "$RESULT"
echo "core (200 % = both cores); SIPp CPU is the sum over its processes, sampled every 0.5 s until they exit." >> "$RESULT"
echo "results: $RESULT"
