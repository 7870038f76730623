#!/usr/bin/env bash
# Benchmarks `saleslens run` against the peer (../shared/bench/Peer.java: peer.sql, the comparable work written by
# hand in one DuckDB connection) and the floor (DuckDB counting the same CSV rows), and writes bench/results.md.
# The peer and the run take turns on the same data, peer first, BENCH_PAIRS times per size; the table gives the
# median of each and the median of the pairs' ratios, so a machine whose speed drifts moves both sides alike.
# Usage: bench/run.sh [LINES ...]   (default: 60000 1000000 10000000 100000000)
# Environment:
#   BENCH_PAIRS         peer-and-run pairs per size (default: 3 up to 1M lines, 1 above)
#   BENCH_PEER          the peer's Java file (default: ../shared/bench/Peer.java beside the project)
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
PEER="${BENCH_PEER:-$ROOT/../shared/bench/Peer.java}"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(60000 1000000 10000000 100000000)

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing; install Debian's 'time' package (apt-get install time)" >&2
  exit 2
fi
if [ ! -f "$PEER" ]; then
  echo "bench: the peer $PEER is missing; give its Peer.java in BENCH_PEER" >&2
  exit 2
fi
"$ROOT/saleslens" --version >/dev/null   # builds the jar when it is missing or stale
# timed TIME_FILE LOG COMMAND...: runs COMMAND under /usr/bin/time -v, its output to LOG, and prints its wall seconds;
# fails when COMMAND does.
timed() {
  local time_file="$1" log="$2" start end status=0
  shift 2
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$time_file" "$@" >"$log" 2>&1 || status=$?
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
  return "$status"
}
# peak TIME_FILE KB: the larger of KB and the peak RSS /usr/bin/time wrote to TIME_FILE.
peak() {
  awk -F': ' -v kb="$2" '/Maximum resident set size/ { kb = ($2 > kb ? $2 : kb) } END { print kb }' "$1"
}
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
  PAIRS="${BENCH_PAIRS:-$([ "$LINES" -le 1000000 ] && echo 3 || echo 1)}"
  RUN_WALLS=() PEER_WALLS=() RSS=0 PEER_RSS=0 RAN=true PEER_FAILED=""
  for ((PAIR = 1; PAIR <= PAIRS; PAIR++)); do
    # A peer that failed once (out of memory at 100M lines under 1 GB) fails again: the runs go on without it.
    if [ -z "$PEER_FAILED" ]; then
      echo "bench: $LINES lines: peer ($PAIR of $PAIRS)" >&2
      if PEER_WALL=$(timed "$DATA/time-peer-$LINES.txt" "$DATA/peer-$LINES.log" \
        java -cp "$JAR" "$PEER" "$DIR" "$MEMORY_LIMIT"); then :; else
        PEER_FAILED="peer failed after ${PEER_WALL}s: $(sed -n 's/^Exception in thread "main" [^:]*: //p' \
          "$DATA/peer-$LINES.log" | head -1 | cut -c1-120)"
        echo "bench: $PEER_FAILED; see $DATA/peer-$LINES.log" >&2
      fi
      PEER_WALLS+=("$PEER_WALL")
      PEER_RSS=$(peak "$DATA/time-peer-$LINES.txt" "$PEER_RSS")
    fi
    echo "bench: $LINES lines: run ($PAIR of $PAIRS)" >&2
    rm -rf "$OUT"
    WALL=$(timed "$DATA/time-$LINES.txt" "$DATA/run-$LINES.log" \
      env SALESLENS_JAVA_OPTS="$JAVA_OPTS" "$ROOT/saleslens" run "$DIR" --out "$OUT" --memory-limit "$MEMORY_LIMIT") || RAN=false
    RUN_WALLS+=("$WALL")
    RSS=$(peak "$DATA/time-$LINES.txt" "$RSS")
    # A failed run is a result too (the table says where it stopped below); repeating it would not change that.
    $RAN || break
    [ "$PAIR" -lt "$PAIRS" ] && rm -rf "$OUT"
  done
  RUN_DIR="$(ls -d "$OUT"/runs/*/ | head -1)"
  if ! $RAN; then
    # A failed run is a result too: the table says where it stopped.
    CHECK="run failed: $(grep -m1 'saleslens:' "$DATA/run-$LINES.log" | cut -c1-160)"
  elif CHECK=$(java -cp "$JAR" "$ROOT/bench/TruthCheck.java" "$DIR" "$RUN_DIR"); then :; fi
  echo "bench: $LINES lines: floor ${FLOOR}s, peer ${PEER_WALLS[*]}s, run ${RUN_WALLS[*]}s, peak RSS ${RSS} KB, truth: $CHECK" >&2
  mkdir -p "$DATA/manifests/$LINES"
  cp "$RUN_DIR/manifest.json" "$DATA/manifests/$LINES/"
  [ -f "$RUN_DIR/metrics.json" ] && cp "$RUN_DIR/metrics.json" "$DATA/manifests/$LINES/"
  rm -rf "$OUT"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$LINES" "$FLOOR" "$(IFS=,; echo "${RUN_WALLS[*]}")" "$RSS" \
    "$DATA/manifests/$LINES" "$CHECK" "$SIZE" "$(IFS=,; echo "${PEER_WALLS[*]}")" "$PEER_RSS" "$PEER_FAILED" >>"$TSV"
  [ "${BENCH_KEEP_DATA:-0}" = 1 ] || rm -rf "$DIR"
done

MACHINE="$(nproc) cores (load average at the end: $(cut -d" " -f1-3 /proc/loadavg)), $(free -g | awk '/^Mem:/ { print $2 }') GiB memory ($(free -h | awk '/^Mem:/ { print $2 }')), $(java -version 2>&1 | head -1)"
SETTINGS="--memory-limit $MEMORY_LIMIT, SALESLENS_JAVA_OPTS=$JAVA_OPTS, DuckDB spilling to the run's .spill folder"
java -cp "$JAR" "$ROOT/bench/BenchResults.java" "$TSV" "$ROOT/bench/results.md" "$MACHINE" "$SETTINGS"
echo "bench: wrote $ROOT/bench/results.md" >&2
