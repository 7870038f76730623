#!/usr/bin/env bash
# Fuzz the command line with N seeded mutations of examples/crm-erp (default 300, seed 20260124) in one JVM and
# write bench/fuzz-results.md. Builds nothing: needs saleslens-cli/target/saleslens.jar and the test classes
# (mvn -B -o install -DskipTests). Usage: bench/fuzz.sh [N] [SEED] [KIND ...]. Exit 1 when a case has no clear answer.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-300}"
SEED="${2:-20260124}"
shift $(( $# > 2 ? 2 : $# ))
JAR="$ROOT/saleslens-cli/target/saleslens.jar"
CLASSES="$ROOT/saleslens-cli/target/test-classes"
for needed in "$JAR" "$CLASSES/io/saleslens/cli/fuzz/SampleMutations.class"; do
  [[ -e "$needed" ]] || { echo "fuzz.sh: $needed is missing; build with mvn -B -o install -DskipTests" >&2; exit 2; }
done
exec java -Xmx1g -cp "$JAR:$CLASSES" "$ROOT/bench/FuzzBench.java" "$ROOT" "$N" "$SEED" "$@"
