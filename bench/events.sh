#!/usr/bin/env bash
# Event fan-out benchmark (issue 5): the real web server with CLIENTS WebSocket clients on /api/v1/events, all in
# one JVM; a DND toggle is published on the bus, presence turns it into presence.changed, and the benchmark
# measures the time from the publish to the first and to the last client receiving it, one change at a time,
# then a burst back to back. Bounded: CHANGES + WARMUP changes of at most 10 s each, a burst of at most 60 s,
# 10 minutes in all. Results go to bench/results/events-<date>.md.
#
# usage: bench/events.sh            env: CLIENTS (200), CHANGES (1000), WARMUP (300), BURST (2000), JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-200}
CHANGES=${CHANGES:-1000}
WARMUP=${WARMUP:-300}
BURST=${BURST:-2000}
RESULT=bench/results/events-$(date -u +%Y%m%d-%H%M).md

. <(sed -n '/^find_jdk()/,/^}/p;/^java_major()/,/^}/p' centralino); find_jdk
./mvnw -o -q -pl benchmarks -am package -DskipTests
{
  echo "# Event fan-out benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);"
  echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)."
  echo "Command: \`CLIENTS=$CLIENTS CHANGES=$CHANGES WARMUP=$WARMUP BURST=$BURST bench/events.sh\` (server and"
  echo "clients in one JVM, \`${JAVA_OPTS:--Xmx512m}\`, loopback, SQLite, default stream limits)."
  echo
  "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx512m} -cp benchmarks/target/benchmarks.jar \
    org.centralino.benchmarks.EventFanOutBenchmark "$CLIENTS" "$CHANGES" "$WARMUP" "$BURST" 2>/dev/null \
    | sed -n '/^clients:/,$p'
} > "$RESULT"
cat "$RESULT"
