#!/usr/bin/env bash
# Benchmarks `saleslens run` against the floor (DuckDB counting the same CSV rows) and writes
# bench/results.md. Usage: bench/run.sh [LINES ...]   (default: 60000 1000000 10000000 100000000)
# Environment:
#   BENCH_DATA          where generated data and run folders go (default: $TMPDIR/saleslens-bench)
#   BENCH_KEEP_DATA=1   keep the generated data (otherwise each size's data is deleted after its run)
#   BENCH_MEMORY_LIMIT  DuckDB's memory limit for the run and the floor (default: 1GB)
#   BENCH_JAVA_OPTS     JVM options of the run (default: -Xmx512m)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/saleslens-cli/target/saleslens.jar"
DATA="${BENCH_DATA:-${TMPDIR:-/tmp}/saleslens-bench}"
MEMORY_LIMIT="${BENCH_MEMORY_LIMIT:-1GB}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(60000 1000000 10000000 100000000)

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing; install Debian's 'time' package (apt-get install time)" >&2
  exit 2
fi
"$ROOT/saleslens" --version >/dev/null   # builds the jar when it is missing or stale
mkdir -p "$DATA"
TSV="$DATA/results.tsv"
: >"$TSV"

for LINES in "${SIZES[@]}"; do
  DIR="$DATA/$LINES"
  OUT="$DATA/out-$LINES"
  if ! grep -q "\"sales_records\" : $LINES," "$DIR/truth.json" 2>/dev/null; then
    rm -rf "$DIR"
    echo "bench: generating $LINES order lines in $DIR" >&2
    java -jar "$JAR" generate --lines "$LINES" --out "$DIR" >&2
  fi
  SIZE="$(du -sh --exclude=truth.json "$DIR" | cut -f1)B"
  sync
  echo "bench: $LINES lines: floor" >&2
  read -r FLOOR _ < <(java -cp "$JAR" "$ROOT/bench/CsvScanFloor.java" "$DIR" "$MEMORY_LIMIT")
  echo "bench: $LINES lines: run" >&2
  rm -rf "$OUT"
  START=$(date +%s.%N)
  RAN=true
  SALESLENS_JAVA_OPTS="$JAVA_OPTS" /usr/bin/time -v -o "$DATA/time-$LINES.txt" \
    "$ROOT/saleslens" run "$DIR" --out "$OUT" --memory-limit "$MEMORY_LIMIT" >"$DATA/run-$LINES.log" 2>&1 || RAN=false
  END=$(date +%s.%N)
  WALL=$(awk -v s="$START" -v e="$END" 'BEGIN { printf "%.3f", e - s }')
  RSS=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$DATA/time-$LINES.txt")
  RUN_DIR="$(ls -d "$OUT"/runs/*/ | head -1)"
  if ! $RAN; then
    # A failed run is a result too: the table says where it stopped.
    CHECK="run failed: $(grep -m1 'saleslens:' "$DATA/run-$LINES.log" | cut -c1-160)"
  elif CHECK=$(java -cp "$JAR" "$ROOT/bench/TruthCheck.java" "$DIR" "$RUN_DIR"); then :; fi
  echo "bench: $LINES lines: floor ${FLOOR}s, run ${WALL}s, peak RSS ${RSS} KB, truth: $CHECK" >&2
  mkdir -p "$DATA/manifests/$LINES"
  cp "$RUN_DIR/manifest.json" "$DATA/manifests/$LINES/"
  [ -f "$RUN_DIR/metrics.json" ] && cp "$RUN_DIR/metrics.json" "$DATA/manifests/$LINES/"
  rm -rf "$OUT"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$LINES" "$FLOOR" "$WALL" "$RSS" "$DATA/manifests/$LINES" "$CHECK" "$SIZE" >>"$TSV"
  [ "${BENCH_KEEP_DATA:-0}" = 1 ] || rm -rf "$DIR"
done

MACHINE="$(nproc) cores (load average at the end: $(cut -d" " -f1-3 /proc/loadavg)), $(free -g | awk '/^Mem:/ { print $2 }') GiB memory ($(free -h | awk '/^Mem:/ { print $2 }')), $(java -version 2>&1 | head -1)"
SETTINGS="--memory-limit $MEMORY_LIMIT, SALESLENS_JAVA_OPTS=$JAVA_OPTS, DuckDB spilling to the run's .spill folder"
java -cp "$JAR" "$ROOT/bench/BenchResults.java" "$TSV" "$ROOT/bench/results.md" "$MACHINE" "$SETTINGS"
echo "bench: wrote $ROOT/bench/results.md" >&2
