#!/usr/bin/env bash
# Call benchmark (issue 3): SIPp callers call one SIPp callee through a started Centralino on loopback, with
# digest auth on every INVITE and the media anchored on the PBX: the caller streams G.711 (20 ms packets),
# the callee echoes it back, both through the relay. Two parts, every step bounded in count and time:
#   setup:      short calls (CALL_MS, default 3000 ms) at increasing rates; per step the achieved rate, failed
#               calls, retransmissions, server and SIPp CPU, server resident memory.
#   concurrent: calls held HOLD_S seconds, started at RAMP calls/s up to each level; at the plateau the server
#               CPU, resident memory, heap per call, and RTP loss (kernel UDP drops + relay drops over packets).
# Results go to bench/results/calls-<date>.md.
#
# usage: bench/calls.sh [setup RATES...] [concurrent LEVELS...]
#        default: setup 100 200 300 400 500 concurrent 300 600 900 1200
# env:   DURATION (seconds per setup step, default 30), CALL_MS, HOLD_S (default 40), RAMP (default 60),
#        JAVA_OPTS (server JVM options, default the launcher's -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP=(); CONCURRENT=(); mode=""
for a in "$@"; do case $a in setup|concurrent) mode=$a ;; *) [ "$mode" = setup ] && SETUP+=("$a") || CONCURRENT+=("$a") ;; esac; done
[ $# -eq 0 ] && { SETUP=(100 200 300 400 500); CONCURRENT=(300 600 900 1200); }
DURATION=${DURATION:-30}; CALL_MS=${CALL_MS:-3000}; HOLD_S=${HOLD_S:-40}; RAMP=${RAMP:-60}
CALLERS=1000; CALLEE=199999
SIP_PORT=${SIP_PORT:-5094}; HTTP_PORT=${HTTP_PORT:-8096}; CALLEE_PORT=5400; CALLEE_MEDIA=6400
WORK=bench/work/calls
RESULT=bench/results/calls-$(date -u +%Y%m%d-%H%M).md

command -v sipp >/dev/null || { echo "needs SIPp: apt-get install sip-tester" >&2; exit 1; }
./centralino build >/dev/null
rm -rf "$WORK"; mkdir -p "$WORK"
cp bench/sipp/*.xml "$WORK/"
sed -i "s|bench.pcmu|$PWD/$WORK/bench.pcmu|" "$WORK/caller-rtp.xml" # SIPp reads the file from its working directory
head -c 16000 /dev/zero | tr '\0' '\377' > "$WORK/bench.pcmu" # 2 s of G.711 u-law silence, looped by SIPp
{ echo "extensions:"; for i in $(seq 1 $CALLERS); do n=$((100000 + i));
  printf '  - number: "%s"\n    name: Caller %s\n    sipPassword: bench-%s-pw\n' $n $n $n; done
  printf '  - number: "%s"\n    name: Callee\n    sipPassword: bench-callee-pw\n    ringTimeoutSeconds: 60\n' $CALLEE
} > "$WORK/extensions.yaml"
{ echo "SEQUENTIAL"; for i in $(seq 1 $CALLERS); do n=$((100000 + i));
  echo "$n;[authentication username=$n password=bench-$n-pw]"; done; } > "$WORK/callers.csv"
printf 'SEQUENTIAL\n%s;[authentication username=%s password=bench-callee-pw]\n' $CALLEE $CALLEE > "$WORK/callee.csv"

. <(sed -n '/^find_jdk()/,/^}/p;/^java_major()/,/^}/p' centralino); find_jdk
SERVER=""; CALLEE_PID=""
cleanup() { # the server, the callee and any caller still running
  [ -n "$CALLEE_PID" ] && kill "$CALLEE_PID" 2>/dev/null; [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null
  pkill -P $$ sipp 2>/dev/null; for p in $(pgrep -P $$); do pkill -P "$p" sipp 2>/dev/null; done; true; }
trap cleanup EXIT

start_server() { # $1: label
  rm -rf "$WORK/data"
  CENTRALINO_ADMIN_PASSWORD=bench-admin-password "$JAVA_HOME/bin/java" -XX:AutoBoxCacheMax=65536 \
    ${JAVA_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError} -jar server/target/centralino-server.jar run \
    --data "$WORK/data" --bind 127.0.0.1 --sip-port $SIP_PORT --http-port $HTTP_PORT --rtp-ports 20000-40000 \
    --config "$WORK/extensions.yaml" > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do grep -q "Centralino ready" "$WORK/server-$1.log" && break; sleep 0.5; done
  grep -q "Centralino ready" "$WORK/server-$1.log" || { echo "server did not start" >&2; tail "$WORK/server-$1.log"; exit 1; }
  sipp 127.0.0.1:$SIP_PORT -sf "$WORK/callee-register.xml" -inf "$WORK/callee.csv" -i 127.0.0.1 -p $CALLEE_PORT \
    -m 1 -nostdin -timeout 10s -timeout_error > "$WORK/callee-register-$1.out" 2>&1 \
    || { echo "the callee did not register" >&2; exit 1; }
  sipp -sf "$WORK/callee-echo.xml" -i 127.0.0.1 -p $CALLEE_PORT -mi 127.0.0.1 -mp $CALLEE_MEDIA -rtp_echo \
    -nostdin -buff_size 8388608 -timeout $((DURATION * 40 + HOLD_S * 20))s > "$WORK/callee-$1.out" 2>&1 &
  CALLEE_PID=$!
}

TOTALS=""
stop_server() { # $1: label; sets TOTALS to the relay totals line the server logs at stop
  kill "$CALLEE_PID" 2>/dev/null || true; wait "$CALLEE_PID" 2>/dev/null || true; CALLEE_PID=""
  kill "$SERVER"; for _ in $(seq 1 100); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done; SERVER=""
  TOTALS=$(grep -o "RTP relay stopped: .*" "$WORK/server-$1.log" || echo "RTP relay stopped: (no totals logged)")
}

callers() { # $1 rate, $2 calls, $3 call ms, $4 limit, $5 label, $6 port offset
  sipp 127.0.0.1:$SIP_PORT -sf "$WORK/caller-rtp.xml" -inf "$WORK/callers.csv" -s $CALLEE -i 127.0.0.1 \
    -p $((5500 + $6)) -mi 127.0.0.1 -mp $((7000 + $6 * 2)) -r "$1" -m "$2" -l "$4" -d "$3" -nostdin \
    -buff_size 8388608 -timeout $(( $2 / ($1 > 0 ? $1 : 1) + $3 / 1000 + 60 ))s -trace_stat -stf "$WORK/stat-$5.csv" -fd 1 \
    > "$WORK/caller-$5.out" 2>&1
}

stat() { # $1 label, $2 column
  local hdr line c; hdr=$(head -1 "$WORK/stat-$1.csv"); line=$(tail -1 "$WORK/stat-$1.csv")
  c=$(echo "$hdr" | tr ';' '\n' | grep -n "^$2\$" | cut -d: -f1); echo "$line" | cut -d';' -f"$c"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; } # 0 once the process is gone
# datagrams the kernel dropped on the relay's sockets (full receive buffers): /proc/net/udp's last column, summed
# over the sockets bound in the relay's port range (SIPp's own sockets drop too: the callers never read theirs)
relay_socket_drops() { awk 'function hex(s,  i, n) { n = 0; for (i = 1; i <= length(s); i++)
  n = n * 16 + index("0123456789ABCDEF", toupper(substr(s, i, 1))) - 1; return n }
  NR > 1 { split($2, a, ":"); p = hex(a[2]); if (p >= 20000 && p <= 40000) d += $NF } END { print d + 0 }' /proc/net/udp; }
heap_used_mib() { "$JAVA_HOME/bin/jcmd" "$1" GC.run >/dev/null 2>&1; "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info 2>/dev/null \
  | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9 | awk '{printf "%.1f", $1 / 1024}'; }
hz=$(getconf CLK_TCK)

{
  echo "# Call benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);"
  echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); SIPp: $(sipp -v 2>&1 | grep -o 'v3[^ ]*' | head -1)."
  echo "Server: \`java ${JAVA_OPTS:--Xmx512m} -jar server/target/centralino-server.jar run\` on 127.0.0.1 (UDP),"
  echo "media anchored (every call through the RTP relay). SIPp on the same $(nproc) cores: callers (caller-rtp.xml:"
  echo "INVITE, 407, ACK, INVITE with MD5 digest, 180, 200, ACK, G.711 20 ms RTP for the call, BYE) from $CALLERS"
  echo "extensions to one callee extension, SIPp callee-echo.xml with -rtp_echo. Command: \`bench/calls.sh $*\`."
  echo
} > "$RESULT"

if [ ${#SETUP[@]} -gt 0 ]; then
  start_server setup
  callers 50 500 1000 200 warmup 0 || true # unrecorded: the JIT compiles the call path
  echo "## Call setup rate ($((CALL_MS / 1000)) s calls with RTP, $DURATION s per step, after 10 s of warm-up)" >> "$RESULT"; echo >> "$RESULT"
  echo "| target/s | achieved/s | successful | failed | retransmissions | server CPU % | SIPp CPU % (callers + callee) | server RSS MiB |" >> "$RESULT"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|" >> "$RESULT"
  for rate in "${SETUP[@]}"; do
    calls=$((rate * DURATION)); t0=$(cpu_ticks $SERVER); c0=$(cpu_ticks $CALLEE_PID); s0=$(date +%s.%N)
    callers "$rate" "$calls" "$CALL_MS" $((rate * (CALL_MS / 1000 + 4))) "setup-$rate" 1 &
    pid=$!; peak=0
    while kill -0 $pid 2>/dev/null; do
      sp=$(pgrep -P $pid sipp | head -1 || true)
      if [ -n "$sp" ]; then v=$(cpu_ticks "$sp"); [ "$v" -gt $peak ] && peak=$v; fi
      sleep 0.5
    done
    wait $pid || true
    s1=$(date +%s.%N); t1=$(cpu_ticks $SERVER); c1=$(cpu_ticks $CALLEE_PID)
    ok=$(stat "setup-$rate" 'SuccessfulCall(C)'); failed=$(stat "setup-$rate" 'FailedCall(C)')
    retrans=$(stat "setup-$rate" 'Retransmissions(C)')
    elapsed=$(echo "$s1 - $s0 - $CALL_MS / 1000" | bc -l)
    achieved=$(echo "$ok / $elapsed" | bc -l | xargs printf '%.0f')
    cpu=$(echo "($t1 - $t0) * 100 / $hz / ($s1 - $s0)" | bc -l | xargs printf '%.0f')
    sippcpu=$(echo "($peak + $c1 - $c0) * 100 / $hz / ($s1 - $s0)" | bc -l | xargs printf '%.0f')
    rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$SERVER/status)
    echo "| $rate | $achieved | $ok | $failed | $retrans | $cpu | $sippcpu | $rss |" | tee -a "$RESULT"
    sleep 5 # let the last calls' BYEs and transactions finish
  done
  stop_server setup; echo >> "$RESULT"; echo "Relay totals for the whole run: $TOTALS" >> "$RESULT"; echo >> "$RESULT"
fi

if [ ${#CONCURRENT[@]} -gt 0 ]; then
  echo "## Concurrent calls (held $HOLD_S s, started at $RAMP/s; measured over the plateau)" >> "$RESULT"; echo >> "$RESULT"
  echo "| calls | successful | failed | server CPU % | SIPp CPU % (callers + callee) | server RSS MiB | heap MiB (idle → plateau) | heap KiB per call | RTP packets relayed | RTP loss % |" >> "$RESULT"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" >> "$RESULT"
  for level in "${CONCURRENT[@]}"; do
    start_server "c$level"
    callers 50 500 1000 200 "warmup-c$level" 0 || true
    idle=$(heap_used_mib $SERVER)
    ramp_s=$(( level / RAMP + 1 ))
    callers "$RAMP" "$level" $((HOLD_S * 1000)) $((level + 10)) "c$level" 1 &
    pid=$!
    sleep $((ramp_s + 5)) # every call is up
    t0=$(cpu_ticks $SERVER); c0=$(cpu_ticks $CALLEE_PID); sp=$(pgrep -P $pid sipp || echo ""); p0=$([ -n "$sp" ] && cpu_ticks $sp || echo 0); s0=$(date +%s.%N)
    window=$(( HOLD_S - ramp_s - 12 )); [ $window -lt 5 ] && window=5
    sleep $window
    t1=$(cpu_ticks $SERVER); c1=$(cpu_ticks $CALLEE_PID); p1=$([ -n "$sp" ] && [ -r /proc/$sp/stat ] && cpu_ticks $sp || echo $p0); s1=$(date +%s.%N)
    rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$SERVER/status)
    kdrops=$(relay_socket_drops)
    plateau=$(heap_used_mib $SERVER)
    wait $pid || true
    ok=$(stat "c$level" 'SuccessfulCall(C)'); failed=$(stat "c$level" 'FailedCall(C)')
    stop_server "c$level"
    in=$(echo "$TOTALS" | grep -o '[0-9]* RTP packets in' | tr -dc 0-9 || true)
    dropped=$(echo "$TOTALS" | grep -o '[0-9]* dropped' | tr -dc 0-9 || true)
    in=${in:-0}; dropped=${dropped:-0}
    loss=$(echo "($dropped + $kdrops) * 100 / ($in + $kdrops + 1)" | bc -l | xargs printf '%.3f')
    cpu=$(echo "($t1 - $t0) * 100 / $hz / ($s1 - $s0)" | bc -l | xargs printf '%.0f')
    sippcpu=$(echo "($p1 - $p0 + $c1 - $c0) * 100 / $hz / ($s1 - $s0)" | bc -l | xargs printf '%.0f')
    per=$(echo "($plateau - $idle) * 1024 / $level" | bc -l | xargs printf '%.1f')
    echo "| $level | $ok | $failed | $cpu | $sippcpu | $rss | $idle → $plateau | $per | $in | $loss |" | tee -a "$RESULT"
  done
  echo >> "$RESULT"
  echo "RTP loss = (packets the relay dropped + datagrams the kernel dropped on the relay's sockets, read at the" >> "$RESULT"
  echo "end of the plateau) / (packets the relay received + those kernel drops)." >> "$RESULT"
  echo "Heap per call = (heap used after a full GC at the plateau - after a full GC before the calls) / calls." >> "$RESULT"
fi
echo "CPU % is of one core ($(nproc)00 % = every core). Achieved = successful calls / (wall time of the step - one call)." >> "$RESULT"
echo "results: $RESULT"
