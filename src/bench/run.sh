#!/usr/bin/env bash
# Benchmark of the build and of the SPARQL endpoint against plain Apache Jena 5.6.0, on generated pages.
#
#   bash src/bench/run.sh [N ...]        (default: 10000; the issue's sizes are 10000 100000 1000000)
#
# For each N: generates N pages (generate --seed), builds them (build, under /usr/bin/time -v), exports the
# store as N-Quads and loads the same N-Quads with plain tdb2.tdbloader; starts our server and a plain
# jena-fuseki-server on a copy of the same TDB2 database, both on 127.0.0.1, measures the cold start to the
# first answer, runs the example researcher queries with 1, 4 and 16 concurrent clients (bounded requests
# and time), and finds the smallest -Xmx at which our server still answers the whole query mix. Prints a
# Markdown report and keeps it in $BENCH_DIR/results.md.
#
# Settings (environment): BENCH_DIR (work folder, default /tmp/idf-ld-bench), BENCH_SEED (20261122),
# BENCH_XMX (heap of builds and servers, 1g), BENCH_REQUESTS (requests per query per concurrency level, 20),
# BENCH_SECONDS (time bound per concurrency level, 300), BENCH_XMX_STEPS (heaps tried for the smallest -Xmx,
# "64m 96m 128m 192m 256m 384m 512m 768m 1g"), BENCH_QUERY_TIMEOUT (our server's query timeout in seconds,
# 120, as the load client's; plain Fuseki has none), BENCH_PORT (first of two loopback ports, 3391). Our server
# runs with its default limits except queries per client (16, as all load clients share 127.0.0.1).
# BENCH_BUILD_ONLY=1 measures the build, plain tdb2.tdbloader (and the RML chain if asked) and no server.
# BENCH_REUSE=1 keeps the pages, build and plain load of an earlier run of the same size in BENCH_DIR and
# measures the servers again (for instance with a longer BENCH_SECONDS).
# Peers measured in the same run when asked: BENCH_RML=1 runs the generic chain of src/bench/rml/chain.sh
# (RMLMapper 6.1.3 from Maven Central, plain `shacl validate`, plain tdb2.tdbloader) on the same records;
# BENCH_VIRTUOSO=1 loads our N-Triples dump into Virtuoso 7 (Debian's virtuoso-opensource-7-bin, installed with
# apt-get when missing and run as root; src/bench/virtuoso.sh, loopback only) and runs the same query mix
# against it (without the text-index example, which is Jena's), beside ours with its answer cache off.
# Needs Java 17, Maven (fetches jena-cmds and jena-fuseki-server 5.6.0 from Maven Central), curl and GNU time
# (installed with apt-get when missing and run as root).
set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/idf-ld-bench}
SEED=${BENCH_SEED:-20261122}
XMX=${BENCH_XMX:-1g}
REQUESTS=${BENCH_REQUESTS:-20}
LEVEL_SECONDS=${BENCH_SECONDS:-300}
XMX_STEPS=${BENCH_XMX_STEPS:-"64m 96m 128m 192m 256m 384m 512m 768m 1g"}
QUERY_TIMEOUT=${BENCH_QUERY_TIMEOUT:-120}
PORT_OURS=${BENCH_PORT:-3391}
PORT_PLAIN=$((PORT_OURS + 1))
# All load clients connect from 127.0.0.1: let that one address run as many queries as there are clients.
SERVE_LIMITS="--client-queries 16 --total-queries 16"
JENA_VERSION=5.6.0
JAR=$ROOT/target/idf-ld.jar
LIB=$WORK/lib
EXAMPLES=$ROOT/src/main/resources/queries/examples.ttl
ASK='ASK { ?s ?p ?o }'
# The example only our server can answer (Jena's text:query), left out when a peer is measured.
NOT_PORTABLE=search-border-management
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000)
SERVERS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 3; }

# Stops the servers this script started (by PID) and waits until they are gone, so the database is free.
stop_servers() {
  local pid i
  for pid in "${SERVERS[@]}"; do
    kill "$pid" 2>/dev/null || continue
    for i in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  SERVERS=()
}
trap stop_servers EXIT

tools() {
  command -v java >/dev/null || die "java is not installed"
  command -v mvn >/dev/null || die "mvn is not installed"
  command -v curl >/dev/null || die "curl is not installed"
  if [ ! -x /usr/bin/time ]; then
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || die "GNU time (/usr/bin/time) is not installed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  fi
  if [ ! -f "$JAR" ] || [ -n "${BENCH_REBUILD:-}" ]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -B -q package -DskipTests)
  fi
  mkdir -p "$LIB"
  if [ ! -f "$LIB/jena/jena-cmds-$JENA_VERSION.jar" ]; then
    log "fetching jena-cmds $JENA_VERSION"
    mvn -B -q -f "$ROOT/src/bench/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIB/jena"
  fi
  if [ -n "${BENCH_RML:-}" ] && [ ! -f "$LIB/rml/rmlmapper-6.1.3.jar" ]; then
    log "fetching RMLMapper 6.1.3"
    mvn -B -q -f "$ROOT/src/bench/rml/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIB/rml"
  fi
  if [ -n "${BENCH_VIRTUOSO:-}" ] && ! command -v virtuoso-t >/dev/null; then
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || die "virtuoso-t is not installed"
    log "installing virtuoso-opensource-7-bin"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource-7-bin >/dev/null
  fi
  if [ ! -f "$LIB/jena-fuseki-server-$JENA_VERSION.jar" ]; then
    log "fetching jena-fuseki-server $JENA_VERSION"
    mvn -B -q -f "$ROOT/src/bench/pom.xml" dependency:copy \
      -Dartifact="org.apache.jena:jena-fuseki-server:$JENA_VERSION" -DoutputDirectory="$LIB"
  fi
}

# Seconds of "Elapsed (wall clock)" and peak RSS in MB from a /usr/bin/time -v file.
elapsed() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
  for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$1"; }
peak_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
json_number() { grep -o "\"$2\" *: *[0-9]*" "$1" | grep -o '[0-9]*$'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf f, a / b }'; }

# Milliseconds since midnight of the first log line matching a pattern (logback's HH:mm:ss.SSS prefix).
log_ms() { grep -m1 -E "$2" "$1" | awk '{ split($1, t, "[:.]"); print ((t[1] * 60 + t[2]) * 60 + t[3]) * 1000 + t[4] }'; }
stage() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.1f", (b - a) / 1000 }'; }

# Waits until the endpoint answers a SPARQL query; prints the seconds since $2 (ns) or "fail".
first_answer() {
  local endpoint=$1 t0=$2 pid=$3 deadline=$((SECONDS + 180))
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo fail; return; fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: application/sparql-query' \
        -H 'Accept: application/sparql-results+json' --data-binary "$ASK" "$endpoint")" = 200 ]; then
      awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
      return
    fi
    sleep 0.05
  done
  echo fail
}

load() {  # endpoint clients requests seconds [skipped examples] -> TSV of QueryLoad
  java -Xmx256m -cp "$LIB/jena/*" "$ROOT/src/bench/QueryLoad.java" "$EXAMPLES" "$@" 2>/dev/null
}

run_size() {
  local n=$1 d=$WORK/n$1 rc=0 reuse=""
  if [ -n "${BENCH_REUSE:-}" ] && [ -f "$d/plain.time" ] && [ -d "$d/fuseki-db" ]; then
    reuse=1
    log "N=$n: reusing the pages, build and plain load of an earlier run in $d"
  fi
  if [ -z "$reuse" ]; then
    rm -rf "$d" && mkdir -p "$d"
    log "N=$n: generating pages"
    java -jar "$JAR" generate --pages "$n" --seed "$SEED" --out "$d/gen" 2>"$d/generate.log" >/dev/null
    log "N=$n: build (-Xmx$XMX)"
    /usr/bin/time -v -o "$d/build.time" java -Xmx"$XMX" -jar "$JAR" build --no-progress "$d/gen/pages" \
      --out "$d/site" >"$d/build.log" 2>&1 || rc=$?
    [ "$rc" -le 1 ] || die "build failed (exit $rc), see $d/build.log"
  fi
  local release="$d/site/current/release.json"
  local triples projects build_s build_mb
  triples=$(json_number "$release" storeTriples)
  projects=$(json_number "$release" projectsPublished)
  build_s=$(elapsed "$d/build.time"); build_mb=$(peak_mb "$d/build.time")
  local t_first t_pass1 t_pass2 t_valid t_live
  t_first=$(log_ms "$d/build.log" '^[0-9:.]+ ')
  t_pass1=$(log_ms "$d/build.log" 'pass 1:'); t_pass2=$(log_ms "$d/build.log" 'pass 2:')
  t_valid=$(log_ms "$d/build.log" 'graph validated'); t_live=$(log_ms "$d/build.log" 'is live')

  if [ -z "$reuse" ]; then
    log "N=$n: export N-Quads, plain tdb2.tdbloader"
    java -Xmx"$XMX" -cp "$LIB/jena/*" tdb2.tdbdump --loc "$d/site/current/tdb2" >"$d/store.nq" 2>/dev/null
    /usr/bin/time -v -o "$d/plain.time" java -Xmx"$XMX" -cp "$LIB/jena/*" tdb2.tdbloader --loc "$d/plain-tdb2" \
      "$d/store.nq" >"$d/plain.log" 2>&1 || die "tdb2.tdbloader failed, see $d/plain.log"
    rm -f "$d/store.nq"
    cp -r "$d/site/current/tdb2" "$d/fuseki-db"
  fi
  local plain_s plain_mb
  plain_s=$(elapsed "$d/plain.time"); plain_mb=$(peak_mb "$d/plain.time")
  if [ -n "${BENCH_RML:-}" ] && { [ -z "$reuse" ] || [ ! -f "$d/rml.tsv" ]; }; then
    log "N=$n: RML chain on the same records"
    bash "$ROOT/src/bench/rml/chain.sh" "$d/site/current" "$d/rml" "$LIB/jena" "$LIB/rml" "$XMX" >"$d/rml.tsv" \
      || die "the RML chain failed, see $d/rml"
  fi

  if [ -n "${BENCH_BUILD_ONLY:-}" ]; then
    report "$n" "$projects" "$triples" "$build_s" "$build_mb" "$plain_s" "$plain_mb" n/a n/a n/a \
      "$(stage "$t_first" "$t_pass1")" "$(stage "$t_pass1" "$t_pass2")" "$(stage "$t_pass2" "$t_valid")" \
      "$(stage "$t_valid" "$t_live")" "$d" | tee -a "$WORK/results.md"
    return
  fi
  log "N=$n: servers"
  local ours="http://127.0.0.1:$PORT_OURS/sparql" plain="http://127.0.0.1:$PORT_PLAIN/ds/sparql" t0 pid_o pid_p
  t0=$(date +%s%N)
  java -Xmx"$XMX" -jar "$JAR" serve "$d/site" --port "$PORT_OURS" --timeout "$QUERY_TIMEOUT" $SERVE_LIMITS >"$d/serve.log" 2>&1 &
  pid_o=$!; SERVERS+=("$pid_o")
  local cold_o; cold_o=$(first_answer "$ours" "$t0" "$pid_o")
  t0=$(date +%s%N)
  # Plain Fuseki keeps its run area (config, templates) in the working folder: give it the size's own.
  (cd "$d" && exec java -Xmx"$XMX" -jar "$LIB/jena-fuseki-server-$JENA_VERSION.jar" --localhost --tdb2 \
    --loc="$d/fuseki-db" --port="$PORT_PLAIN" /ds) >"$d/fuseki.log" 2>&1 &
  pid_p=$!; SERVERS+=("$pid_p")
  local cold_p; cold_p=$(first_answer "$plain" "$t0" "$pid_p")
  [ "$cold_o" != fail ] && [ "$cold_p" != fail ] || die "a server did not answer, see $d/serve.log $d/fuseki.log"

  local q; q=$(load "$ours" 1 0 1 | grep -vc '^total')
  log "N=$n: warm-up and query mix ($q queries; $((REQUESTS * q)) requests or ${LEVEL_SECONDS}s per level)"
  load "$ours" 1 $((2 * q)) "$LEVEL_SECONDS" >/dev/null
  load "$plain" 1 $((2 * q)) "$LEVEL_SECONDS" >/dev/null
  local c
  for c in 1 4 16; do
    load "$ours" "$c" $((REQUESTS * q)) "$LEVEL_SECONDS" >"$d/ours-c$c.tsv"
    load "$plain" "$c" $((REQUESTS * q)) "$LEVEL_SECONDS" >"$d/plain-c$c.tsv"
  done
  stop_servers

  # The mix repeats identical requests, which our answer cache serves: measure our engine without it too.
  log "N=$n: query mix on our server without its answer cache"
  t0=$(date +%s%N)
  java -Xmx"$XMX" -jar "$JAR" serve "$d/site" --port "$PORT_OURS" --timeout "$QUERY_TIMEOUT" $SERVE_LIMITS \
    --cache-mb 0 >"$d/serve-nocache.log" 2>&1 &
  SERVERS+=("$!")
  [ "$(first_answer "$ours" "$t0" "$!")" != fail ] || die "our server did not answer, see $d/serve-nocache.log"
  warm_after "$PORT_OURS" "$t0" >"$d/nocache-warm.txt"
  # The examples Virtuoso can run too (Jena's text index is ours alone), once each, right after warming.
  load "$ours" 1 $((q - 1)) "$LEVEL_SECONDS" "$NOT_PORTABLE" >"$d/nocache-first.tsv"
  load "$ours" 1 $((2 * q)) "$LEVEL_SECONDS" >/dev/null
  for c in 1 4 16; do
    load "$ours" "$c" $((REQUESTS * q)) "$LEVEL_SECONDS" >"$d/nocache-c$c.tsv"
    if [ -n "${BENCH_VIRTUOSO:-}" ]; then
      load "$ours" "$c" $((REQUESTS * (q - 1))) "$LEVEL_SECONDS" "$NOT_PORTABLE" >"$d/portable-c$c.tsv"
    fi
  done
  stop_servers
  [ -z "${BENCH_VIRTUOSO:-}" ] || virtuoso "$n" "$d"

  log "N=$n: smallest -Xmx answering the query mix"
  local xmx_ok="none of: $XMX_STEPS" x pid
  for x in $XMX_STEPS; do
    t0=$(date +%s%N)
    java -Xmx"$x" -jar "$JAR" serve "$d/site" --port "$PORT_OURS" --timeout "$QUERY_TIMEOUT" $SERVE_LIMITS >"$d/serve-$x.log" 2>&1 &
    pid=$!; SERVERS+=("$pid")
    if [ "$(first_answer "$ours" "$t0" "$pid")" != fail ]; then
      load "$ours" 4 $((2 * q)) "$LEVEL_SECONDS" >"$d/xmx-$x.tsv" || true
      stop_servers
      if mix_passes "$d/xmx-$x.tsv" "$d/ours-c1.tsv" "$q"; then xmx_ok=$x; break; fi
    fi
    stop_servers
  done

  report "$n" "$projects" "$triples" "$build_s" "$build_mb" "$plain_s" "$plain_mb" "$cold_o" "$cold_p" "$xmx_ok" \
    "$(stage "$t_first" "$t_pass1")" "$(stage "$t_pass1" "$t_pass2")" "$(stage "$t_pass2" "$t_valid")" \
    "$(stage "$t_valid" "$t_live")" "$d" | tee -a "$WORK/results.md"
}

# Seconds from $2 (ns) until our server on port $1 says its release is warm.
warm_after() {
  local deadline=$((SECONDS + 600))
  while [ $SECONDS -lt $deadline ]; do
    if curl -s -m 5 "http://127.0.0.1:$1/health" | grep -q '"warm" *: *true'; then
      awk -v a="$2" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
      return
    fi
    sleep 0.1
  done
  echo fail
}

# Virtuoso on the same N-Triples dump: bulk load, then the query mix (cold first pass after a restart, then
# as ours), without the text-index example.
virtuoso() {
  local n=$1 d=$2 v=$2/virtuoso http=$((PORT_OURS + 2)) sql=$((PORT_OURS + 3)) skip=$NOT_PORTABLE
  local endpoint="http://127.0.0.1:$((PORT_OURS + 2))/sparql" q
  rm -rf "$v"
  log "N=$n: Virtuoso: bulk load of the N-Triples dump"
  [ "$(bash "$ROOT/src/bench/virtuoso.sh" start "$v" "$d/site/current/dumps" "$sql" "$http")" != fail ] \
    || die "Virtuoso did not start, see $v"
  bash "$ROOT/src/bench/virtuoso.sh" load "$v" "$d/site/current/dumps" idf-ld.nt.gz >"$d/virtuoso-load.txt"
  bash "$ROOT/src/bench/virtuoso.sh" stop "$v"
  bash "$ROOT/src/bench/virtuoso.sh" start "$v" "$d/site/current/dumps" "$sql" "$http" >"$d/virtuoso-start.txt"
  q=$(load "$endpoint" 1 0 1 "$skip" | grep -vc '^total')
  log "N=$n: Virtuoso: query mix"
  load "$endpoint" 1 "$q" "$LEVEL_SECONDS" "$skip" >"$d/virtuoso-first.tsv"
  load "$endpoint" 1 $((2 * q)) "$LEVEL_SECONDS" "$skip" >/dev/null
  local c
  for c in 1 4 16; do
    load "$endpoint" "$c" $((REQUESTS * q)) "$LEVEL_SECONDS" "$skip" >"$d/virtuoso-c$c.tsv"
  done
  bash "$ROOT/src/bench/virtuoso.sh" stop "$v"
}

# Whether a run answered every query of the mix twice, without failure, with the reference row counts.
mix_passes() {
  awk -F'\t' -v q="$3" 'NR == FNR { if ($1 != "total") rows[$1] = $6; next }
    $1 == "total" { total = $2; failed = $3; next }
    { if ($3 > 0 || $2 < 2 || $6 != rows[$1]) bad = 1 }
    END { exit (bad || failed > 0 || total < 2 * q) ? 1 : 0 }' "$2" "$1"
}

report() {
  local n=$1 projects=$2 triples=$3 build_s=$4 build_mb=$5 plain_s=$6 plain_mb=$7 cold_o=$8 cold_p=$9
  local xmx_ok=${10} s1=${11} s2=${12} s3=${13} s4=${14} d=${15}
  echo
  echo "### N = $n pages ($projects projects published, $triples triples in the store)"
  echo
  echo "| build | ours (\`build\`) | plain \`tdb2.tdbloader\` on the same N-Quads | ratio ours / plain |"
  echo "|---|---:|---:|---:|"
  echo "| total seconds | $build_s | $plain_s | $(div "$build_s" "$plain_s") |"
  echo "| pages/s | $(div "$n" "$build_s" %.0f) | | |"
  echo "| triples/s | $(div "$triples" "$build_s" %.0f) | $(div "$triples" "$plain_s" %.0f) | $(div "$plain_s" "$build_s") |"
  echo "| peak resident memory (MB, -Xmx$XMX) | $build_mb | $plain_mb | $(div "$build_mb" "$plain_mb") |"
  echo
  echo "Build stages (seconds, from the build log; merge, map, validate, load, dumps and text index run interleaved"
  echo "in one streaming pass, so the log separates passes, not those): JVM start and reference data to the end of"
  echo "pass 1 (read, parse, spill, group): $s1; pass 2 (merge, map, validate, load TDB2; dumps and text index on"
  echo "threads of their own): $s2; statistics, dataset description and end check: $s3; reports and switch: $s4."
  if [ -n "${BENCH_BUILD_ONLY:-}" ]; then
    [ ! -f "$d/rml.tsv" ] || rml_report "$d" "$build_s"
    return
  fi
  echo
  echo "Queries, 1 client: ours as served (repeated identical requests come from its answer cache), ours with"
  echo "\`--cache-mb 0\` (every request runs the query), plain Fuseki. Ratios are p95 ours / plain (at most 1 is"
  echo "the goal)."
  echo
  echo "| query (1 client) | ours p50 / p95 ms | ours uncached p50 / p95 ms | plain p50 / p95 ms | p95 ours / plain | p95 uncached / plain | rows ours / plain |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  join -t $'\t' <(grep -v '^total' "$d/ours-c1.tsv" | sort) <(grep -v '^total' "$d/nocache-c1.tsv" | sort) |
    join -t $'\t' - <(grep -v '^total' "$d/plain-c1.tsv" | sort) |
    awk -F'\t' '{ r = ($15 > 0) ? sprintf("%.2f", $5 / $15) : "n/a"; u = ($15 > 0) ? sprintf("%.2f", $10 / $15) : "n/a";
      printf "| %s | %s / %s | %s / %s | %s / %s | %s | %s | %s / %s |\n", $1, $4, $5, $9, $10, $14, $15, r, u, $6, $16 }'
  echo
  echo "| concurrent clients | ours queries/s | ours uncached queries/s | plain queries/s | ratio ours / plain | ratio uncached / plain | failures ours / uncached / plain |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  local c
  for c in 1 4 16; do
    local o u p
    o=$(grep '^total' "$d/ours-c$c.tsv"); u=$(grep '^total' "$d/nocache-c$c.tsv"); p=$(grep '^total' "$d/plain-c$c.tsv")
    printf '| %s | %s | %s | %s | %s | %s | %s / %s / %s |\n' "$c" "$(cut -f5 <<<"$o")" "$(cut -f5 <<<"$u")" \
      "$(cut -f5 <<<"$p")" "$(div "$(cut -f5 <<<"$o")" "$(cut -f5 <<<"$p")")" \
      "$(div "$(cut -f5 <<<"$u")" "$(cut -f5 <<<"$p")")" "$(cut -f3 <<<"$o")" "$(cut -f3 <<<"$u")" "$(cut -f3 <<<"$p")"
  done
  echo
  echo "| server | ours | plain Fuseki | ratio ours / plain |"
  echo "|---|---:|---:|---:|"
  echo "| cold start to first answer (s) | $cold_o | $cold_p | $(div "$cold_o" "$cold_p") |"
  echo "| smallest -Xmx answering the query mix | $xmx_ok | | |"
  [ ! -f "$d/rml.tsv" ] || rml_report "$d" "$build_s"
  [ ! -f "$d/virtuoso-c1.tsv" ] || virtuoso_report "$d"
}

rml_report() {
  local d=$1 build_s=$2 map validate loadt total quads results
  IFS=$'\t' read -r map validate loadt total quads results <"$d/rml.tsv"
  echo
  echo "Generic chain on the same records (parsing not counted for it): RMLMapper 6.1.3 $map s, plain"
  echo "\`shacl validate\` $validate s ($results results: no reconciliation of the pages of a project), plain"
  echo "\`tdb2.tdbloader\` $loadt s; $quads statements mapped."
  echo
  echo "| build | ours, everything included | RML chain | chain / ours (at least 1.5 is the goal) |"
  echo "|---|---:|---:|---:|"
  echo "| seconds | $build_s | $total | $(div "$total" "$build_s") |"
}

virtuoso_report() {
  local d=$1
  echo
  echo "Virtuoso 7 on the same N-Triples dump (bulk load $(cat "$d/virtuoso-load.txt") s; start to first answer"
  echo "$(cat "$d/virtuoso-start.txt") s). Ours without its answer cache (\`--cache-mb 0\`), every request runs its"
  echo "query; ours warmed $(cat "$d/nocache-warm.txt") s after its start. Ratios ours / Virtuoso: at most 3 per query"
  echo "is the goal."
  echo
  echo "| query (1 client) | ours uncached p50 ms | Virtuoso p50 ms | p50 ours / Virtuoso | rows ours / Virtuoso |"
  echo "|---|---:|---:|---:|---:|"
  join -t $'\t' <(grep -v '^total' "$d/portable-c1.tsv" | sort) <(grep -v '^total' "$d/virtuoso-c1.tsv" | sort) |
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s / %s |\n", $1, $4, $9, ($9 > 0) ? sprintf("%.1f", $4 / $9) : "n/a", $6, $11 }'
  echo
  echo "| query mix | ours uncached | Virtuoso | ours / Virtuoso |"
  echo "|---|---:|---:|---:|"
  local c o v
  for c in 1 4 16; do
    o=$(grep '^total' "$d/portable-c$c.tsv" | cut -f5); v=$(grep '^total' "$d/virtuoso-c$c.tsv" | cut -f5)
    echo "| queries/s, $c clients (at least 0.33 is the goal) | $o | $v | $(div "$o" "$v") |"
  done
  o=$(grep '^total' "$d/nocache-first.tsv" | cut -f4); v=$(grep '^total' "$d/virtuoso-first.tsv" | cut -f4)
  echo "| first pass over the examples after a start, s (at most 2 is the goal) | $o | $v | $(div "$o" "$v") |"
}

machine() {
  echo
  echo "## Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), \
$(free -g | awk '/^Mem:/ { print $2 }') GB memory, $(java -version 2>&1 | head -1), load average at start \
$(cut -d' ' -f1-3 /proc/loadavg). Seed $SEED; builds and servers with -Xmx$XMX; plain Jena $JENA_VERSION \
(\`tdb2.tdbloader\` default loader, \`jena-fuseki-server\`). Ratios are ours / plain: below 1 is better for \
times, above 1 for throughput."
}

tools
mkdir -p "$WORK"
machine | tee -a "$WORK/results.md"
for n in "${SIZES[@]}"; do
  run_size "$n"
done
log "report kept in $WORK/results.md"
