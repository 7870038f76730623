#!/usr/bin/env bash
# Measures incremental refresh: a full run on generated data whose order lines arrive as daily files, against a
# refresh after one more daily file (1 % new lines). Usage: bench/refresh.sh [LINES]   (default: 1000000)
# The generated sales_details.csv is split into 100 files of equal size, source_crm/sales/day-001.csv to day-100.csv,
# and the crm-erp spec reads them with `path: source_crm/sales/*.csv`. Steps, each timed:
#   1. prime    days 1-99 with --state (a full run that writes the state)
#   2. refresh  day 100 added, same --state: reads one file, reuses 99
#   3. full     days 1-100 with --no-state, in a fresh output folder
# and metrics.json and quality.json of 2 and 3 are compared value by value (bench/SameFigures.java).
# Environment:
#   BENCH_DATA          where generated data and run folders go (default: $TMPDIR/saleslens-refresh-bench)
#   BENCH_MEMORY_LIMIT  DuckDB's memory limit (default: 1GB)
#   BENCH_JAVA_OPTS     JVM options of the runs (default: -Xmx512m)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/saleslens-cli/target/saleslens.jar"
LINES="${1:-1000000}"
DATA="${BENCH_DATA:-${TMPDIR:-/tmp}/saleslens-refresh-bench}"
MEMORY_LIMIT="${BENCH_MEMORY_LIMIT:-1GB}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
DIR="$DATA/$LINES"
SPEC="$DATA/daily.yaml"

"$ROOT/saleslens" --version >/dev/null # builds the jar when it is missing or stale
mkdir -p "$DATA"
if [ ! -d "$DIR/source_crm/sales" ]; then
  rm -rf "$DIR" "$DATA/day-100.csv"
  echo "refresh bench: generating $LINES order lines in $DIR" >&2
  java -jar "$JAR" generate --lines "$LINES" --out "$DIR" >&2
  SALES="$DIR/source_crm/sales_details.csv"
  mkdir -p "$DIR/source_crm/sales"
  # Equal shares of the data lines, each file with the header.
  awk -v dir="$DIR/source_crm/sales" -v total="$LINES" '
    NR == 1 { header = $0; next }
    { day = int((NR - 2) * 100 / total) + 1; if (day > 100) day = 100
      file = sprintf("%s/day-%03d.csv", dir, day)
      if (file != current) { if (current != "") close(current); current = file; print header > file }
      print > file }' "$SALES"
  rm "$SALES"
  mv "$DIR/source_crm/sales/day-100.csv" "$DATA/day-100.csv"
fi
sed 's#path: source_crm/sales_details.csv#path: source_crm/sales/*.csv#' \
  "$ROOT/saleslens-core/src/main/resources/io/saleslens/spec/presets/crm-erp.yaml" >"$SPEC"

timed() { # name, then the run's arguments; prints the wall seconds
  local name="$1"
  shift
  local start end
  start=$(date +%s.%N)
  # The jar, not the wrapper: a source edited during the bench must not rebuild it between two timed runs.
  java $JAVA_OPTS -Dsaleslens.home="$ROOT" -jar "$JAR" run "$DIR" --spec "$SPEC" --memory-limit "$MEMORY_LIMIT" \
    "$@" >"$DATA/$name.log" 2>&1 || { echo "refresh bench: $name failed, see $DATA/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}

rm -rf "$DATA/out-refresh" "$DATA/out-full"
[ -f "$DATA/day-100.csv" ] && mv "$DATA/day-100.csv" "$DATA/day-100.keep"
rm -f "$DIR/source_crm/sales/day-100.csv"
echo "refresh bench: prime (99 daily files, writing the state)" >&2
PRIME=$(timed prime --out "$DATA/out-refresh")
cp "$DATA/day-100.keep" "$DIR/source_crm/sales/day-100.csv"
echo "refresh bench: refresh (day 100 added)" >&2
REFRESH=$(timed refresh --out "$DATA/out-refresh")
grep -m1 '^Refresh' "$DATA/refresh.log" >&2 || true
echo "refresh bench: full run without state (100 daily files)" >&2
FULL=$(timed full --out "$DATA/out-full" --no-state)
mv "$DATA/day-100.keep" "$DATA/day-100.csv"

REFRESHED_RUN="$(ls -dt "$DATA"/out-refresh/runs/*/ | head -1)"
FULL_RUN="$(ls -dt "$DATA"/out-full/runs/*/ | head -1)"
SAME=$(java -cp "$JAR" "$ROOT/bench/SameFigures.java" "$FULL_RUN" "$REFRESHED_RUN")
RATIO=$(awk -v r="$REFRESH" -v f="$FULL" 'BEGIN { printf "%.0f", 100 * r / f }')
echo "lines=$LINES prime=${PRIME}s full=${FULL}s refresh=${REFRESH}s refresh/full=${RATIO}% figures: $SAME"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
