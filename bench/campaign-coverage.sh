#!/usr/bin/env bash
# Coverage of the campaign lift intervals: planted lifts (default 10 %, 2 %, 0 %), SEEDS seeds each (default 20), on
# generated data of LINES order lines (default 6000), and writes bench/campaign-coverage.md. Builds nothing: needs
# saleslens-core/target/classes (mvn -o -q -pl saleslens-core compile). Exit 1 when the acceptance is not met.
# Usage: bench/campaign-coverage.sh [LINES] [SEEDS | FROM-TO] [LIFT ...]; FROM-TO writes bench/campaign-coverage-FROM-TO.md
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINES="${1:-6000}"
SEEDS="${2:-20}"
shift $(( $# > 2 ? 2 : $# ))
LIFTS=("$@")
[[ ${#LIFTS[@]} -gt 0 ]] || LIFTS=(0.10 0.02 0)
CLASSES="${SALESLENS_CLASSES:-$ROOT/saleslens-core/target/classes}"
[[ -d "$CLASSES/io/saleslens/campaign" ]] || { echo "campaign-coverage.sh: build first: mvn -o -q -pl saleslens-core compile" >&2; exit 2; }
CP_FILE="$ROOT/saleslens-core/target/campaign-bench.classpath"
[[ -s "$CP_FILE" ]] || (cd "$ROOT" && mvn -o -q -pl saleslens-core dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >&2)
exec java -Xmx1g -cp "$CLASSES:$(cat "$CP_FILE")" "$ROOT/bench/CampaignCoverageBench.java" "$ROOT" "$LINES" "$SEEDS" "${LIFTS[@]}"
