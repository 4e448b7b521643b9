#!/usr/bin/env bash
# Whole-process scale comparison: the lookup example loading a synthetic registry (JSON) and
# finding one organization, beside Python's json.load of the same file, at 10k, 100k and 1M
# organizations; time and peak memory (GNU time), and both per organization, so that growth is
# visible. Usage: bash benches/scale.sh [SIZES…]   (from the crate's folder; default 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
cargo build -q --release --example synthetic --example lookup
bin="${CARGO_TARGET_DIR:-target}/release/examples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # measure COMMAND… -> "seconds kilobytes"
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > /dev/null 2>> "$tmp/stderr" || { cat "$tmp/stderr"; exit 1; }
  cat "$tmp/time"
}
printf '%-9s %-8s %10s %10s %12s %12s %8s %8s\n' orgs what seconds "peak MB" "µs/org" "KB/org" "t ratio" "m ratio"
for n in "${sizes[@]}"; do
  file="$tmp/registry-$n.json"
  read -r gen_s gen_kb < <(measure "$bin/synthetic" "$n" "$file")
  read -r py_s py_kb < <(measure python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$file")
  read -r rs_s rs_kb < <(measure "$bin/lookup" --registry "$file" org-1)
  mb=$(du -m "$file" | cut -f1)
  for row in "synthetic $gen_s $gen_kb" "json.load $py_s $py_kb" "lookup $rs_s $rs_kb"; do
    set -- $row
    awk -v n="$n" -v w="$1" -v s="$2" -v kb="$3" -v ps="$py_s" -v pkb="$py_kb" 'BEGIN {
      tr = (w == "lookup") ? sprintf("%.2f", s / ps) : "";
      mr = (w == "lookup") ? sprintf("%.2f", kb / pkb) : "";
      printf "%-9d %-9s %10.2f %10.0f %12.2f %12.2f %8s %8s\n", n, w, s, kb / 1024, s * 1e6 / n, kb / n, tr, mr }'
  done
  echo "          (file: $mb MB)"
  rm -f "$file"
done
