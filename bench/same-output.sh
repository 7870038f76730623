#!/usr/bin/env bash
# Runs the sample with the built jar and writes its documents and reports, with the run id, the stage
# times and the age of the newest order (the only parts that differ between two runs of the same inputs)
# replaced by placeholders, to OUT.
# Two builds produce the same figures when `diff -r` of their OUT folders is empty.
#   bench/same-output.sh OUT [DATA_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:?usage: bench/same-output.sh OUT [DATA_DIR]}"
DATA="${2:-$ROOT/examples/crm-erp}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar "$ROOT/saleslens-cli/target/saleslens.jar" run "$DATA" --out "$work/out" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
run="$(ls "$work/out/runs")"
rm -rf "$OUT" && mkdir -p "$OUT/reports"
# The documents print the run id with a '#' the folder name leaves out: take it from the manifest.
run_id="$(sed -n 's/^  "run_id" : "\([^"]*\)".*/\1/p' "$work/out/runs/$run/manifest.json")"
[ -n "$run_id" ] || { echo "same-output: no run_id in $run/manifest.json" >&2; exit 1; }
normalise() {
  sed -e "s/$run/RUN_ID/g" -e "s/$run_id/RUN_ID/g" \
      -e 's/"\(started_at\|finished_at\)" : "[^"]*"/"\1" : "TIME"/' \
      -e 's/"ms" : [0-9]*/"ms" : MS/' \
      -e 's/([0-9]* days old)/(N days old)/g' \
      -e 's/^| \([a-z_]*\) | [0-9,]* | \([0-9,]*\) |$/| \1 | MS | \2 |/' "$1"
}
for f in metrics.json quality.json insights.json manifest.json repairs.csv; do
  normalise "$work/out/runs/$run/$f" > "$OUT/$f"
done
for f in "$work/out/runs/$run"/reports/*.md; do
  normalise "$f" > "$OUT/reports/$(basename "$f")"
done
# HTML tables put each cell on a line: the stage table's millisecond cells follow a stage name cell.
for f in "$work/out/runs/$run"/reports/*.html; do
  normalise "$f" | awk 'stage && /^<td>[0-9,]*<\/td>$/ {print "<td>MS</td>"; stage=0; next}
    {stage = /^<td>[a-z_-]+<\/td>$/; print}' \
    > "$OUT/reports/$(basename "$f")"
done
echo "$OUT: documents and reports of run $run, run id and stage times replaced"
