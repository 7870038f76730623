#!/usr/bin/env bash
# Copies examples/crm-erp to DIR with N extra column names in cust_info.csv's header and an empty value for each
# on every line, then runs the jar on it under /usr/bin/time -v.
# Usage: bench/wide-headers.sh N DIR   (JAR=path/to/saleslens.jar to time another build; by default the one
# mvn -o -q package -DskipTests -pl saleslens-core,saleslens-cli builds)
set -euo pipefail
n=$1
dir=$2
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$root/saleslens-cli/target/saleslens.jar}
rm -rf "$dir"
mkdir -p "$dir"
cp -r "$root/examples/crm-erp" "$dir/data"
python3 - "$dir/data/source_crm/cust_info.csv" "$n" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, newline='') as f:
    lines = f.read().split('\n')
extra_names = ''.join(',extra_%d' % i for i in range(n))
extra_values = ',' * n
out = []
for i, line in enumerate(lines):
    if line == '' and i == len(lines) - 1:
        out.append(line)
        continue
    end = '\r' if line.endswith('\r') else ''
    body = line[:-1] if end else line
    out.append(body + (extra_names if i == 0 else extra_values) + end)
with open(path, 'w', newline='') as f:
    f.write('\n'.join(out))
PY
set +e
/usr/bin/time -v java -jar "$jar" run "$dir/data" --out "$dir/out" \
    >"$dir/stdout.txt" 2>"$dir/stderr.txt"
echo "exit $?"
set -e
grep -E "Elapsed|Maximum resident" "$dir/stderr.txt"
grep -E "cust_info|saleslens:" "$dir/stdout.txt" "$dir/stderr.txt" | head -5
