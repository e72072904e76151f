#!/usr/bin/env bash
# Benchmark of the harvest and of building from its web archive.
#
#   bash src/bench/harvest.sh [N]        (default: 3000 project pages)
#
# Writes a generated copy of the Fund's site with about N project pages (generate --site, robots.txt without a
# Crawl-delay), serves it on 127.0.0.1 (generate --serve: files, ETag, 304), harvests it with --delay 0 from its
# sitemap and its listing, and prints pages per second and the CPU seconds the harvest used; then harvests it
# again (conditional requests: 304s and revisit records); then builds the archive and the same pages as files
# (with the site's sources.csv for their addresses) and prints both times and their ratio.
# Settings (environment): BENCH_DIR (/tmp/idf-ld-harvest-bench), BENCH_SEED (20261208), BENCH_PORT (3396),
# BENCH_XMX (1g).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-3000}
WORK=${BENCH_DIR:-/tmp/idf-ld-harvest-bench}
SEED=${BENCH_SEED:-20261208}
PORT=${BENCH_PORT:-3396}
XMX=${BENCH_XMX:-1g}
JAR=$ROOT/target/idf-ld.jar
BASE=http://127.0.0.1:$PORT

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# timed OUT ERR COMMAND...: runs COMMAND under /usr/bin/time, its output to OUT and ERR; prints "elapsed user
# system" (seconds), whatever its exit code.
timed() {
  local out=$1 err=$2
  shift 2
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "$@" >"$out" 2>"$err" || true
  tail -1 "$WORK/time.txt"
}

[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q package -DskipTests)
rm -rf "$WORK" && mkdir -p "$WORK"
# A project has 1.8 pages on average (one to three languages).
PROJECTS=$(( N * 10 / 18 ))
log "writing and serving a site of $PROJECTS projects"
java -jar "$JAR" generate --site "$WORK/site" --projects "$PROJECTS" --seed "$SEED" --crawl-delay 0 \
  --serve "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q '^serving' "$WORK/serve.log" 2>/dev/null && break
  sleep 0.5
done
PAGES=$(( $(wc -l <"$WORK/site/sources.csv") - 1 ))

log "harvesting $PAGES project pages"
read -r e1 u1 s1 < <(timed "$WORK/harvest-1.txt" "$WORK/harvest-1.log" java -Xmx"$XMX" -jar "$JAR" harvest \
  "$BASE/sitemap.xml" "$BASE/projects" --out "$WORK/archive" --allow-private --delay 0)
log "harvesting again"
read -r e2 u2 s2 < <(timed "$WORK/harvest-2.txt" "$WORK/harvest-2.log" java -Xmx"$XMX" -jar "$JAR" harvest \
  "$BASE/sitemap.xml" "$BASE/projects" --out "$WORK/archive" --allow-private --delay 0)
kill "$SERVER" 2>/dev/null || true

log "building from the archive"
read -r eb ub sb < <(timed "$WORK/build-warc.txt" "$WORK/build-warc.log" java -Xmx"$XMX" -jar "$JAR" build \
  "$WORK/archive" --out "$WORK/from-warc" --no-progress)
log "building from the files"
read -r ef uf sf < <(timed "$WORK/build-files.txt" "$WORK/build-files.log" java -Xmx"$XMX" -jar "$JAR" build \
  "$WORK/site" --sources "$WORK/site/sources.csv" --out "$WORK/from-files" --no-progress)

echo "| run | seconds | CPU s (user+sys) | pages/s | summary |"
echo "|---|---|---|---|---|"
printf '| first harvest | %s | %.1f | %.0f | %s |\n' "$e1" "$(echo "$u1 + $s1" | bc)" "$(echo "$PAGES / $e1" | bc -l)" \
  "$(head -1 "$WORK/harvest-1.txt")"
printf '| second harvest | %s | %.1f | %.0f | %s |\n' "$e2" "$(echo "$u2 + $s2" | bc)" "$(echo "$PAGES / $e2" | bc -l)" \
  "$(head -1 "$WORK/harvest-2.txt")"
printf '| build from WARC | %s | %.1f | | %s |\n' "$eb" "$(echo "$ub + $sb" | bc)" "$(head -1 "$WORK/build-warc.txt")"
printf '| build from files | %s | %.1f | | %s |\n' "$ef" "$(echo "$uf + $sf" | bc)" "$(head -1 "$WORK/build-files.txt")"
printf '\nbuild from WARC / build from files: %.2f\n' "$(echo "$eb / $ef" | bc -l)"
