#!/usr/bin/env bash
# The container's command: builds the pages into the data folder unless it already holds a complete release
# (or IDF_LD_REBUILD=1), then serves that folder until the container stops (SIGTERM stops it gracefully).
#
#   IDF_LD          how to run idf-ld           (default: java $JAVA_OPTS -jar /app/idf-ld.jar)
#   IDF_LD_PAGES    the pages to build          (default: /pages)
#   IDF_LD_DATA     the build folder, a volume  (default: /data)
#   IDF_LD_PORT     the HTTP port               (default: 3030)
#   IDF_LD_ALL_INTERFACES=1  listen on every interface (set in the image; a container must)
set -euo pipefail

run="${IDF_LD:-java ${JAVA_OPTS:-} -jar /app/idf-ld.jar}"
pages="${IDF_LD_PAGES:-/pages}"
data="${IDF_LD_DATA:-/data}"
port="${IDF_LD_PORT:-3030}"

if [ "${IDF_LD_REBUILD:-0}" = "1" ] || [ ! -f "$data/current/release.json" ]; then
  if [ ! -d "$pages" ]; then
    echo "idf-ld: nothing to serve: $data holds no complete release and there are no pages at $pages" >&2
    exit 3
  fi
  status=0
  $run build "$pages" --out "$data" || status=$?
  # 1 means some pages were quarantined or some names unresolved: the release is still complete.
  if [ "$status" -gt 1 ]; then
    echo "idf-ld: the build failed (exit $status); nothing to serve" >&2
    exit "$status"
  fi
fi

flags=()
if [ "${IDF_LD_ALL_INTERFACES:-0}" = "1" ]; then
  flags+=(--all-interfaces)
fi
exec $run serve "$data" --port "$port" "${flags[@]}"
