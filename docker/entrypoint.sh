#!/usr/bin/env bash
# The container's command: builds the pages into the data folder unless it already holds a complete release
# (or IDF_LD_REBUILD=1), then serves that folder until the container stops (SIGTERM stops it gracefully).
#
#   IDF_LD          how to run idf-ld           (default: java $JAVA_OPTS -jar /app/idf-ld.jar)
#   IDF_LD_PAGES    the pages to build          (default: /pages)
#   IDF_LD_DATA     the build folder, a volume  (default: /data)
#   IDF_LD_PORT     the HTTP port               (default: 3030)
#   IDF_LD_ALL_INTERFACES=1  listen on every interface (set in the image; a container must)
#   IDF_LD_USER     started as root, make the data folder this user's and run as this user (the image: idf)
set -euo pipefail

# A bind-mounted data folder belongs to whoever made it on the host: make it the service user's, then drop
# root for good. Run as that user already (or with no IDF_LD_USER), this does nothing.
user="${IDF_LD_USER:-}"
if [ -n "$user" ] && [ "$(id -u)" = "0" ] && id "$user" >/dev/null 2>&1; then
  data_dir="${IDF_LD_DATA:-/data}"
  mkdir -p "$data_dir"
  chown -R "$user:$(id -gn "$user")" "$data_dir"
  exec setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups env HOME="$(getent passwd "$user" | cut -d: -f6)" \
    IDF_LD_USER= bash "$0" "$@"
fi

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
