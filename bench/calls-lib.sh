# Shared by the call benchmarks (bench/calls.sh, bench/transcode.sh); sourced, not run. SIPp callers (CALLERS
# extensions, digest auth on every INVITE) call one SIPp callee extension (CALLEE) through a Centralino started
# on loopback with its media anchored; the callee answers with the scenario given to start_server and echoes the
# RTP (-rtp_echo). The caller sets, before sourcing: WORK (work directory), SIP_PORT, HTTP_PORT, CALLEE_PORT,
# CALLEE_MEDIA, and CALLEE_TIMEOUT_S (how long the callee may run, seconds). Everything runs from the repository
# root. Functions that measure read /proc of the server and of SIPp; nothing here prints to the result file.
CALLERS=1000; CALLEE=199999

# builds the server, writes the scenarios, the G.711 stream, the extensions and SIPp's injection files, finds the
# JDK and arranges for the server and SIPp to be stopped on exit
calls_prepare() {
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
  trap calls_cleanup EXIT
}

SERVER=""; CALLEE_PID=""
calls_cleanup() { # the server, the callee and any caller still running
  [ -n "$CALLEE_PID" ] && kill "$CALLEE_PID" 2>/dev/null; [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null
  pkill -P $$ sipp 2>/dev/null; for p in $(pgrep -P $$); do pkill -P "$p" sipp 2>/dev/null; done; true; }

start_server() { # $1: label, $2: the callee's answering scenario (default callee-echo.xml: PCMU)
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
  sipp -sf "$WORK/${2:-callee-echo.xml}" -i 127.0.0.1 -p $CALLEE_PORT -mi 127.0.0.1 -mp $CALLEE_MEDIA -rtp_echo \
    -nostdin -buff_size 8388608 -timeout "${CALLEE_TIMEOUT_S}s" > "$WORK/callee-$1.out" 2>&1 &
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

stat() { # $1 label, $2 column of SIPp's statistics file: its last line
  local hdr line c; hdr=$(head -1 "$WORK/stat-$1.csv"); line=$(tail -1 "$WORK/stat-$1.csv")
  c=$(echo "$hdr" | tr ';' '\n' | grep -n "^$2\$" | cut -d: -f1); echo "$line" | cut -d';' -f"$c"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; } # 0 once the process is gone
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
# datagrams the kernel dropped on the relay's sockets (full receive buffers): /proc/net/udp's last column, summed
# over the sockets bound in the relay's port range (SIPp's own sockets drop too: the callers never read theirs)
relay_socket_drops() { awk 'function hex(s,  i, n) { n = 0; for (i = 1; i <= length(s); i++)
  n = n * 16 + index("0123456789ABCDEF", toupper(substr(s, i, 1))) - 1; return n }
  NR > 1 { split($2, a, ":"); p = hex(a[2]); if (p >= 20000 && p <= 40000) d += $NF } END { print d + 0 }' /proc/net/udp; }
heap_used_mib() { "$JAVA_HOME/bin/jcmd" "$1" GC.run >/dev/null 2>&1; "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info 2>/dev/null \
  | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9 | awk '{printf "%.1f", $1 / 1024}'; }
relay_count() { echo "$TOTALS" | grep -o "[0-9]* $1" | tr -dc 0-9 || true; } # $1: "RTP packets in", "out", "dropped"
hz=$(getconf CLK_TCK)

# with MAX_LOAD set: waits (checking every 60 s, at most 30 minutes) until the 1-minute load average is below it,
# so a step on a shared machine does not start while other work (or the previous step's tail) still runs
wait_for_load() {
  [ -z "${MAX_LOAD:-}" ] && return 0
  local i l; for i in $(seq 1 30); do
    l=$(cut -d' ' -f1 /proc/loadavg); awk "BEGIN { exit !($l < $MAX_LOAD) }" && return 0
    echo "load average $l, waiting for it to fall below $MAX_LOAD" >&2; sleep 60
  done
  echo "load average still $(cut -d' ' -f1 /proc/loadavg) after 30 minutes: measuring anyway" >&2
}

machine_lines() { # the machine, the JDK, SIPp and the load average now
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);"
  echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); SIPp: $(sipp -v 2>&1 | grep -o 'v3[^ ]*' | head -1)."
  echo "Load average at the start (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)."
}
