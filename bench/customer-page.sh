#!/usr/bin/env bash
#
# The customer table's page query (issue 6): bench/customer-page.sh [CUSTOMERS [ORDERS]]
#   Default 100 000 customers and about 1 000 000 orders. Generates the shop, imports it through the real repository
# and runs RFM once (a few minutes the first time), then times each query shape of CustomerRepository.customers in
# one JVM. The database is kept under bench/target/customer-page and reused while it holds the same shop (about
# 600 MB of disk at the default size); delete that folder to rebuild it.
#
# Environment: BENCH_WARMUP (untimed runs per shape, default 10), BENCH_RUNS (timed runs per shape, default 31),
# BENCH_HEAP (default 2g).
# It measures the bundles installed in ~/.m2 (install the repository first:
# mvn -B -q install -DskipTests -f bundles/tierbench.repository.h2/pom.xml).
#
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests -f bench/pom.xml package
mvn -B -q -o -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx${BENCH_HEAP:-2g} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.tierbench.bench.CustomerPageBenchmark "${1:-100000}" "${2:-1000000}" bench/target/customer-page \
  "${BENCH_WARMUP:-10}" "${BENCH_RUNS:-31}"
