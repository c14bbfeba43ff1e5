#!/usr/bin/env bash
#
# Tierbench benchmark: bench/run.sh [S|L]
#   S: 100 000 customers, 2 000 000 orders (default); L: 1 000 000 customers, 20 000 000 orders.
# Builds what it needs, then runs in a JVM of its own so the heap figures are the benchmark's alone.
# Data and the H2 database go under bench/target/bench (S needs about 5 GB free disk, L about ten times that).
#
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-S}
mvn -B -q -DskipTests package -pl bench -am
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
exec java -Xmx${BENCH_HEAP:-8g} -cp "$classpath" io.tierbench.bench.Benchmark "$size" bench/target/bench
