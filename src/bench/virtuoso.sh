#!/usr/bin/env bash
# OpenLink Virtuoso 7 (Debian's virtuoso-opensource-7-bin) as a peer of the benchmark, loopback only.
#
#   bash src/bench/virtuoso.sh start DIR DUMPS SQL_PORT HTTP_PORT   writes DIR/virtuoso.ini, starts the server,
#                                                                 prints seconds to its first SPARQL answer
#   bash src/bench/virtuoso.sh load DIR DUMPS FILE                bulk-loads DUMPS/FILE (ld_dir, rdf_loader_run,
#                                                                 checkpoint), prints seconds
#   bash src/bench/virtuoso.sh stop DIR                           shuts the server down
#
# Memory as our servers get with -Xmx1g: 85,000 buffers of 8 KB (Virtuoso's own table for 1 GB). The SPARQL
# endpoint is http://127.0.0.1:HTTP_PORT/sparql; queries without FROM read every graph, as ours read the default one.
set -euo pipefail
cmd=$1 dir=$2
case "$cmd" in
start)
  dumps=$3 sql=$4 http=$5
  mkdir -p "$dir"
  cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql
DirsAllowed = ., $dumps
NumberOfBuffers = 85000
MaxDirtyBuffers = 65000
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $dir
ServerThreads = 16
MaxClientConnections = 16

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
INI
  echo "$sql" >"$dir/sql.port"
  t0=$(date +%s%N)
  (cd "$dir" && exec virtuoso-t -f -c virtuoso.ini) >"$dir/server.out" 2>&1 &
  echo $! >"$dir/server.pid"
  for _ in $(seq 1200); do
    if curl -s -o /dev/null -m 5 -f --data-urlencode 'query=ASK { ?s ?p ?o }' "http://127.0.0.1:$http/sparql"; then
      awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f\n", (b - a) / 1e9 }'
      exit 0
    fi
    kill -0 "$(cat "$dir/server.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo fail
  ;;
load)
  dumps=$3 file=$4
  t0=$(date +%s%N)
  isql-vt "$(cat "$dir/sql.port")" dba dba \
    exec="ld_dir('$dumps', '$file', 'urn:idf-ld:dataset'); rdf_loader_run(); checkpoint;" >"$dir/load.log" 2>&1
  awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f\n", (b - a) / 1e9 }'
  ;;
stop)
  isql-vt "$(cat "$dir/sql.port")" dba dba exec="shutdown;" >/dev/null 2>&1 || true
  pid=$(cat "$dir/server.pid")
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  ;;
*)
  echo "usage: virtuoso.sh start|load|stop DIR ..." >&2
  exit 2
  ;;
esac
