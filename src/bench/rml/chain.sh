#!/usr/bin/env bash
# The generic chain a user would assemble instead of our build, given the records already parsed:
# RMLMapper 6.1.3 maps the records (Records.java, not timed) to N-Quads, plain Jena `shacl validate` checks the
# published (default) graph with our shapes and the reference data, plain `tdb2.tdbloader` loads everything.
#
#   bash src/bench/rml/chain.sh RELEASE WORK JENA_LIB RML_LIB XMX
#
# Prints one tab-separated line: seconds of mapping, validation and loading, their sum, quads written by the
# mapper, validation results.
set -euo pipefail
release=$1 work=$2 jena=$3 rml=$4 xmx=$5
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
java -Xmx"$xmx" -cp "$jena/*" "$here/../Records.java" "$release/tdb2" "$work" 2>/dev/null
java -cp "$jena/*" riotcmd.riot --base=https://w3id.org/iom-idf/ --output=nt "$here/../../../shapes/idf-shapes.ttl" \
  >"$work/shapes.nt" 2>/dev/null
cp "$here/mapping.ttl" "$work/"
# RMLMapper 6.1.3 reads the FnO descriptions of the GREL functions, whose jar is not on Maven Central; the mapping
# calls no function, so it gets empty descriptions.
printf '# no GREL functions: the mapping calls none\n' | tee "$work/functions_grel.ttl" >"$work/grel_java_mapping.ttl"
seconds() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
cd "$work"
t0=$(date +%s%N)
java -Xmx"$xmx" -cp "$rml/*" be.ugent.rml.cli.Main -m mapping.ttl -o mapped.nq -s nquads >rml.log 2>&1
map_s=$(seconds "$t0")
t0=$(date +%s%N)
# Read as one graph, an N-Quads file gives its default graph: what is published, with the reference data.
cat mapped.nq reference.nt >published.nq
java -Xmx"$xmx" -cp "$jena/*" shacl.shacl validate --shapes shapes.nt --data published.nq >report.ttl 2>shacl.log
validate_s=$(seconds "$t0")
t0=$(date +%s%N)
java -Xmx"$xmx" -cp "$jena/*" tdb2.tdbloader --loc tdb2 mapped.nq reference.nt >load.log 2>&1
load_s=$(seconds "$t0")
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$map_s" "$validate_s" "$load_s" \
  "$(awk -v a="$map_s" -v b="$validate_s" -v c="$load_s" 'BEGIN { printf "%.1f", a + b + c }')" \
  "$(wc -l <mapped.nq)" "$(grep -c 'sh:ValidationResult' report.ttl || true)"
