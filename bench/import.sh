#!/usr/bin/env bash
#
# Issue 4's import benchmark: bench/import.sh [CUSTOMERS [ORDERS]]
#   Default 50 000 customers and about 1 000 000 orders (the generator draws the count: 1 001 341 at this seed, 74 MB).
# Tierbench's CSV import into H2 next to H2's own CSVREAD on the same orders file, each in a fresh JVM with the same
# heap; then the smallest heap each passes with. Data, databases and logs go under bench/target/import (about
# 400 MB free disk at the default size: 86 MB of CSV, a 260 MB database).
#
# Environment: BENCH_HEAP (heap of the compared loads, default 2g), BENCH_ROUNDS (default 1), BENCH_HEAPS (heaps the
# search tries, largest first; empty skips it), BENCH_LADDER (loaders searched, default tierbench,csvread),
# BENCH_PROFILE=true (one more Tierbench import with a flight recording, summed up into
# bench/target/import/import-hotspots.txt).
# It measures the bundles installed in ~/.m2 (install them first: mvn -B -q install -DskipTests), run from copies
# taken at the start, so that a build installing new jars meanwhile cannot mix versions within one benchmark.
#
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests -f bench/pom.xml package
mvn -B -q -o -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# Every load starts a JVM that reads the jars afresh, and other builds may install new ones meanwhile: measure copies.
lib=bench/target/import-lib
rm -rf "$lib" && mkdir -p "$lib"
classpath="" n=0
for entry in bench/target/classes $(tr ':' ' ' < bench/target/classpath.txt); do
  n=$((n + 1)) copy="$lib/$(printf %02d $n)-$(basename "$entry")"
  cp -rp "$entry" "$copy" && classpath="$classpath${classpath:+:}$copy"
done
exec java -Xmx1g -cp "$classpath" \
  -Dbench.heap="${BENCH_HEAP:-2g}" -Dbench.rounds="${BENCH_ROUNDS:-1}" \
  -Dbench.heaps="${BENCH_HEAPS-512m,256m,128m,96m,64m,48m,32m}" -Dbench.ladder="${BENCH_LADDER:-tierbench,csvread}" \
  -Dbench.profile="${BENCH_PROFILE:-false}" \
  io.tierbench.bench.ImportBenchmark "${1:-50000}" "${2:-1000000}" bench/target/import
