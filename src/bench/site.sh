#!/usr/bin/env bash
# Benchmark of the site's search and facet pages, and of what the text index adds to a build.
#
#   bash src/bench/site.sh [N]        (default: 100000 pages)
#
# Generates N pages (generate --seed), builds them (the build log says how long the text index's thread worked), starts
# the server on 127.0.0.1 and, with one client, requests each page kind REQUESTS times after one warm-up
# request (which also reads the browsing catalogue): a search for a word from a fixed list, and the project
# list with one or two facet values taken from the unfiltered page. Prints p50, p95 and max per kind.
# Settings (environment): BENCH_DIR (/tmp/idf-ld-site-bench), BENCH_SEED (20261122), BENCH_XMX (1g),
# BENCH_REQUESTS (200), BENCH_PORT (3395); BENCH_REUSE=1 measures the server again on the last build of N.
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-100000}
WORK=${BENCH_DIR:-/tmp/idf-ld-site-bench}
SEED=${BENCH_SEED:-20261122}
XMX=${BENCH_XMX:-1g}
REQUESTS=${BENCH_REQUESTS:-200}
PORT=${BENCH_PORT:-3395}
JAR=$ROOT/target/idf-ld.jar
WORDS=(border migration gestion fronteras labour retorno diaspora capacity trafic salud health women)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q package -DskipTests)
mkdir -p "$WORK"
if [ ! -d "$WORK/gen-$N" ]; then
  log "generating $N pages"
  java -jar "$JAR" generate --pages "$N" --seed "$SEED" --out "$WORK/gen-$N" >/dev/null
fi
if [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$WORK/build-$N.time" ]; then
  build=$(cat "$WORK/build-$N.time")
else
  rm -rf "$WORK/site-$N"
  log "building"
  start=$(date +%s.%N)
  java -Xmx"$XMX" -jar "$JAR" build "$WORK/gen-$N/pages" --out "$WORK/site-$N" 2>"$WORK/build-$N.log" >/dev/null || true
  end=$(date +%s.%N)
  build=$(echo "$end - $start" | bc)
  echo "$build" >"$WORK/build-$N.time"
fi
text=$(grep -o 'text-index worked [0-9.]* s' "$WORK/build-$N.log" | grep -o '[0-9.]*' | head -1)
java -Xmx"$XMX" -jar "$JAR" serve "$WORK/site-$N" --port "$PORT" >"$WORK/serve-$N.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for i in $(seq 300); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done

# Times one request in milliseconds.
timed() { curl -s -o /dev/null -w '%{time_total}\n' "$1" | awk '{printf "%.1f\n", $1 * 1000}'; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d requests)", a[int(NR*0.5)+1], a[int(NR*0.95)+1], a[NR], NR}'; }

base="http://127.0.0.1:$PORT"
timed "$base/project/?lang=en" >/dev/null
timed "$base/search?q=border" >/dev/null
page=$(curl -s "$base/project/?lang=en")
mapfile -t facets < <(printf '%s' "$page" | grep -o 'href="/project/?lang=en&amp;[a-zA-Z]*=[A-Za-z0-9-]*"' | sed 's/href="\/project\/?lang=en&amp;//; s/"$//' | head -60)

search=$(for i in $(seq "$REQUESTS"); do timed "$base/search?lang=en&q=${WORDS[$((i % ${#WORDS[@]}))]}&page=$((i % 3 + 1))"; done | stats)
browse=$(for i in $(seq "$REQUESTS"); do
  a=${facets[$((i % ${#facets[@]}))]}; b=${facets[$(((i * 7) % ${#facets[@]}))]}
  if [ $((i % 2)) -eq 0 ]; then timed "$base/project/?lang=en&$a"; else timed "$base/project/?lang=en&$a&$b&q=${WORDS[$((i % ${#WORDS[@]}))]}"; fi
done | stats)
landing=$(for i in $(seq 50); do timed "$base/?lang=en"; done | stats)

cat <<REPORT
#### Site, $N pages ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), -Xmx$XMX)

| measure | figure |
|---|---|
| build, everything included | ${build%.*} s |
| the text index's own thread | ${text:-?} s of work, done while the store loads ($(echo "scale=1; 100 * ${text:-0} / $build" | bc)% of the build's time) |
| search page, one client | $search |
| project list with facets (half with words), one client | $browse |
| landing page (map and charts data) | $landing |
REPORT
