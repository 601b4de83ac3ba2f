#!/usr/bin/env bash
# Phonebook search benchmark (issue 5): 1,000 extensions and 50,000 contacts of realistic Italian data in the real
# store (SQLite by default, PostgreSQL with PG_URL), then p50/p90/p99 latency of many searches of each kind (name
# prefixes common and rare, full names, accents, company words, number fragments, no match) and of caller lookups,
# through the service and through HTTP, plus the cold index load and the first search after a write.
# The program is benchmarks/src/main/java/org/centralino/benchmarks/PhonebookSearchBench.java; it is bounded
# (about two minutes on two cores). Results go to bench/results/phonebook-search-<db>-<date>.md.
#
# usage: bench/phonebook.sh
# env:   PG_URL (a jdbc:postgresql:// URL with user and password: run on PostgreSQL instead of SQLite; the schema
#        used is the URL's, so give a scratch database or a currentSchema), QUERIES (per kind, service, default
#        2000), HTTP_QUERIES (per kind, HTTP, default 500), JAVA_OPTS (default -Xmx1g)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=benchmarks/target/benchmarks.jar
if [ ! -f "$JAR" ]; then
  JAVA_HOME=$JAVA_HOME ./mvnw -o -q -pl benchmarks -am package -DskipTests
fi
DB=sqlite; PROPS=()
if [ -n "${PG_URL:-}" ]; then DB=postgresql; PROPS+=("-Dpg=$PG_URL"); fi
RESULT=bench/results/phonebook-search-$DB-$(date -u +%Y%m%d-%H%M).md
mkdir -p bench/results
{
  echo "<!-- bench/phonebook.sh on $(hostname), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "     $(date -u +%Y-%m-%dT%H:%M:%SZ), load average before: $(cut -d' ' -f1-3 /proc/loadavg) -->"
  echo
  "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx1g} "${PROPS[@]}" -Dqueries="${QUERIES:-2000}" \
    -DhttpQueries="${HTTP_QUERIES:-500}" -cp "$JAR" org.centralino.benchmarks.PhonebookSearchBench 2>/dev/null
  echo
  echo "Command: \`${PG_URL:+PG_URL=... }bench/phonebook.sh\` (QUERIES=${QUERIES:-2000}, HTTP_QUERIES=${HTTP_QUERIES:-500})."
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
} > "$RESULT"
cat "$RESULT"
echo "written to $RESULT" >&2
