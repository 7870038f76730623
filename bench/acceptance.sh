#!/usr/bin/env bash
# The 10M acceptance: generate 10,000,000 order lines, run SalesLens on them, and check that the run's
# totals and the defects its cleaning found equal truth.json (revenue, sales_records, orders, units, customers,
# products, first and last order date; duplicate and missing customer ids, invalid dates, amounts and prices). Usage: bench/acceptance.sh [LINES] [ENGINE]   (defaults: 10000000 duckdb)
# Exit 0 when every figure matches, 1 otherwise. Data goes to $BENCH_DATA (default $TMPDIR/saleslens-bench).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LINES="${1:-10000000}"
ENGINE="${2:-duckdb}"
DATA="${BENCH_DATA:-${TMPDIR:-/tmp}/saleslens-bench}"
DIR="$DATA/$LINES"
OUT="$DATA/acceptance-$LINES"
"$ROOT/saleslens" --version >/dev/null
if ! grep -q "\"sales_records\" : $LINES," "$DIR/truth.json" 2>/dev/null; then
  rm -rf "$DIR"
  "$ROOT/saleslens" generate --lines "$LINES" --out "$DIR"
fi
rm -rf "$OUT"
"$ROOT/saleslens" run "$DIR" --out "$OUT" --engine "$ENGINE" >/dev/null
RUN_DIR="$(ls -d "$OUT"/runs/*/ | head -1)"
java -cp "$ROOT/saleslens-cli/target/saleslens.jar" "$ROOT/bench/TruthCheck.java" "$DIR" "$RUN_DIR"
