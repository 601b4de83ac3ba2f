#!/usr/bin/env bash
# Transcoding benchmark (issue 4): SIPp callers offering G.711 only (PCMU, PCMA, telephone-event) call one SIPp
# callee that answers with G.722 only (bench/sipp/callee-g722.xml) or Opus only (callee-opus.xml), through a
# started Centralino on loopback. The legs share no codec, so the PBX terminates both legs and transcodes every
# call: PCMU from the caller is decoded, resampled, encoded to G.722 (or Opus) for the callee; the callee echoes
# those packets unchanged (-rtp_echo), so the way back is transcoded too. The callers stream speech-like audio
# (voiced syllables, 120-240 Hz pitch) in 20 ms packets. Per level: calls started at RAMP/s up to the level,
# held HOLD_S seconds; over the plateau the server's CPU (all threads, and its rtp-loop media threads alone),
# resident memory, SIPp's failed calls, and the packets the media threads did not send back (late ticks
# skipped) or the kernel dropped on the relay's sockets. Results go to bench/results/transcode-<date>.md.
#
# usage: bench/transcode.sh [LEVELS...]     default: 50 100 200 400
# env:   CODEC (g722 or opus, default g722), HOLD_S (default 60), RAMP (calls started per second, default 20),
#        MAX_LOAD (wait before each level until the 1-minute load average is below it; default: no wait),
#        JAVA_OPTS (server JVM options, default the launcher's -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=("$@"); [ $# -eq 0 ] && LEVELS=(50 100 200 400)
CODEC=${CODEC:-g722}; HOLD_S=${HOLD_S:-60}; RAMP=${RAMP:-20}
case $CODEC in g722) CALLEE_XML=callee-g722.xml; NAME="G.722" ;; opus) CALLEE_XML=callee-opus.xml; NAME="Opus" ;;
  *) echo "CODEC must be g722 or opus, not $CODEC" >&2; exit 1 ;; esac
SIP_PORT=${SIP_PORT:-5096}; HTTP_PORT=${HTTP_PORT:-8097}; CALLEE_PORT=5402; CALLEE_MEDIA=6402
WORK=bench/work/transcode
RESULT=bench/results/transcode-$CODEC-$(date -u +%Y%m%d-%H%M).md
CALLEE_TIMEOUT_S=$((HOLD_S * 4 + 600))
. bench/calls-lib.sh
calls_prepare

# 2 s of speech-like G.711 u-law (the formula of the JMH benchmarks' SpeechLike at 8 kHz), looped by SIPp:
# silence would let a codec take shortcuts a real call does not allow
perl -e 'my @p = (120, 180, 240); my $syl = 8000 / 5; my $out = "";
  for my $i (0 .. 15999) { my $f0 = $p[int($i / $syl) % 3]; my $t = ($i % $syl) / 8000; my $v = 0;
    for (my $k = 1; $k <= 12 && $k * $f0 < 4000; $k++) { $v += sin(2 * 3.14159265358979 * $k * $f0 * $t + $k) / $k }
    my $s = int(5000 * (0.5 - 0.5 * cos(2 * 3.14159265358979 * ($i % $syl) / $syl)) * $v);
    my $sign = $s < 0 ? 0x80 : 0; $s = -$s if $s < 0; $s = 32635 if $s > 32635; $s += 0x84;
    my $e = 7; $e-- while $e > 0 && !($s & (0x4000 >> (7 - $e)));
    $out .= chr(~($sign | ($e << 4) | (($s >> ($e + 3)) & 0x0f)) & 0xff) }
  print $out' > "$WORK/bench.pcmu"

# CPU ticks of the server's media threads (rtp-loop-N): the transcoding itself, apart from SIP and the JVM
media_ticks() { local t=0 d; for d in /proc/$1/task/*; do
  [[ $(cat "$d/comm" 2>/dev/null) == rtp-loop-* ]] && t=$((t + $(awk '{print $14 + $15}' "$d/stat" 2>/dev/null || echo 0)))
  done; echo $t; }

{
  echo "# Transcoding benchmark, G.711 ↔ $NAME ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  machine_lines
  echo "Server: \`java ${JAVA_OPTS:--Xmx512m} -jar server/target/centralino-server.jar run\` on 127.0.0.1 (UDP), media"
  echo "anchored. SIPp on the same $(nproc) cores: callers (caller-rtp.xml: PCMU/PCMA/telephone-event offer, digest"
  echo "auth, speech-like PCMU in 20 ms packets) from $CALLERS extensions to one callee extension; SIPp $CALLEE_XML"
  echo "answers $NAME only and echoes the RTP (-rtp_echo), so the PBX transcodes both directions of every call."
  echo "Command: \`CODEC=$CODEC HOLD_S=$HOLD_S RAMP=$RAMP bench/transcode.sh ${LEVELS[*]}\`."
  echo
  echo "## Concurrent transcoded calls (held $HOLD_S s, started at $RAMP/s; measured over the plateau)"
  echo
  echo "| calls | successful | failed | load avg before | server CPU % | media threads CPU % | µs media CPU per call-tick | SIPp CPU % | server RSS MiB | RTP in | RTP out | not sent back % | kernel drops |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$RESULT"

for level in "${LEVELS[@]}"; do
  wait_for_load
  load=$(cut -d' ' -f1 /proc/loadavg)
  start_server "t$level" "$CALLEE_XML"
  callers 5 50 4000 30 "warmup-t$level" 0 || true # unrecorded: the JIT compiles the transcoding path (~20 calls at once)
  ramp_s=$(( level / RAMP + 1 ))
  callers "$RAMP" "$level" $((HOLD_S * 1000)) $((level + 10)) "t$level" 1 &
  pid=$!
  sleep $((ramp_s + 5)) # every call is up
  sp=$(pgrep -P $pid sipp || echo "")
  t0=$(cpu_ticks $SERVER); m0=$(media_ticks $SERVER); c0=$(cpu_ticks $CALLEE_PID)
  p0=$([ -n "$sp" ] && cpu_ticks $sp || echo 0); k0=$(relay_socket_drops); s0=$(date +%s.%N)
  window=$(( HOLD_S - ramp_s - 12 )); [ $window -lt 5 ] && window=5
  sleep $window
  t1=$(cpu_ticks $SERVER); m1=$(media_ticks $SERVER); c1=$(cpu_ticks $CALLEE_PID)
  p1=$([ -n "$sp" ] && [ -r /proc/$sp/stat ] && cpu_ticks $sp || echo $p0); k1=$(relay_socket_drops); s1=$(date +%s.%N)
  rss=$(rss_mib $SERVER)
  wait $pid || true
  ok=$(stat "t$level" 'SuccessfulCall(C)'); failed=$(stat "t$level" 'FailedCall(C)')
  stop_server "t$level"
  in=$(relay_count "RTP packets in"); out=$(relay_count out); in=${in:-0}; out=${out:-0}
  notsent=$(echo "($in - $out) * 100 / ($in + 1)" | bc -l | xargs printf '%.3f')
  cpu=$(echo "($t1 - $t0) * 100 / $hz / ($s1 - $s0)" | bc -l | xargs printf '%.0f')
  mcpu=$(echo "($m1 - $m0) * 100 / $hz / ($s1 - $s0)" | bc -l | xargs printf '%.0f')
  pertick=$(echo "($m1 - $m0) / $hz * 1000000 / (($s1 - $s0) * 50 * $level)" | bc -l | xargs printf '%.0f')
  sippcpu=$(echo "($p1 - $p0 + $c1 - $c0) * 100 / $hz / ($s1 - $s0)" | bc -l | xargs printf '%.0f')
  echo "| $level | $ok | $failed | $load | $cpu | $mcpu | $pertick | $sippcpu | $rss | $in | $out | $notsent | $((k1 - k0)) |" | tee -a "$RESULT"
done
{
  echo
  echo "CPU % is of one core ($(nproc)00 % = every core), over the plateau. Media threads = the server's rtp-loop"
  echo "threads (receive, jitter buffer, decode, resample, encode, send). µs per call-tick = media threads' CPU time /"
  echo "(calls × 50 ticks per second × window): 20 ms ÷ that is how many such calls one core carries. RTP in/out are"
  echo "the relay's totals for the whole run (warm-up included): packets accepted from both phones and packets the"
  echo "terminated legs sent; \"not sent back\" = (in - out) / in, which grows when the media clock falls behind and"
  echo "skips ticks (it is also a few packets per call at the calls' edges). Kernel drops = datagrams dropped on the"
  echo "relay's sockets (full receive buffers) during the plateau. The load average is the machine's (shared with"
  echo "other work) just before the level's server started."
} >> "$RESULT"
echo "results: $RESULT"
