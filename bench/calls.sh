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
SIP_PORT=${SIP_PORT:-5094}; HTTP_PORT=${HTTP_PORT:-8096}; CALLEE_PORT=5400; CALLEE_MEDIA=6400
WORK=bench/work/calls
RESULT=bench/results/calls-$(date -u +%Y%m%d-%H%M).md
CALLEE_TIMEOUT_S=$((DURATION * 40 + HOLD_S * 20))
. bench/calls-lib.sh
calls_prepare

{
  echo "# Call benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  machine_lines
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
    rss=$(rss_mib $SERVER)
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
    rss=$(rss_mib $SERVER)
    kdrops=$(relay_socket_drops)
    plateau=$(heap_used_mib $SERVER)
    wait $pid || true
    ok=$(stat "c$level" 'SuccessfulCall(C)'); failed=$(stat "c$level" 'FailedCall(C)')
    stop_server "c$level"
    in=$(relay_count "RTP packets in"); dropped=$(relay_count dropped)
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
