#!/usr/bin/env bash
# Whole-process scale comparison: the lookup example loading a synthetic registry and finding
# one organization, beside Python's json.load of the same JSON file (and tomllib.load of the
# same registry as TOML), at 10k, 100k and 1M organizations; time and peak memory (GNU time),
# and both per organization, so that growth is visible. The synthetic example's row is the
# whole round: generating the registry's text, loading it, saving it.
# Usage: bash benches/scale.sh [SIZES…]   (from the crate's folder; default 10000 100000 1000000)
# SCALE_TOML=0 leaves out the TOML rows (tomllib takes about a minute per million).
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: bash benches/scale.sh [SIZES…]   (numbers of organizations; default 10000 100000 1000000)"
case "${1:-}" in -h|--help) echo "$usage"; echo "SCALE_TOML=0 leaves out the TOML rows."; exit 0;; esac
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "error: $n is not a number of organizations" >&2; echo "$usage" >&2; exit 2; }
done
cargo build -q --release --example synthetic --example lookup
bin="${CARGO_TARGET_DIR:-target}/release/examples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # measure COMMAND… -> "seconds kilobytes"; a failing command ends the script
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > /dev/null 2>> "$tmp/stderr" || { cat "$tmp/stderr" >&2; return 1; }
  cat "$tmp/time"
}
row() {  # row N WHAT SECONDS KB [REF_SECONDS REF_KB]
  awk -v n="$1" -v w="$2" -v s="$3" -v kb="$4" -v ps="${5:-}" -v pkb="${6:-}" 'BEGIN {
    tr = (ps != "") ? sprintf("%.2f", s / ps) : "";
    mr = (pkb != "") ? sprintf("%.2f", kb / pkb) : "";
    printf "%-9d %-14s %8.2f %9.0f %9.2f %9.2f %8s %8s\n", n, w, s, kb / 1024, s * 1e6 / n, kb / n, tr, mr }'
}
printf '%-9s %-14s %8s %9s %9s %9s %8s %8s\n' orgs what seconds "peak MB" "µs/org" "KB/org" "t ratio" "m ratio"
for n in "${sizes[@]}"; do
  for format in json toml; do
    [ "$format" = toml ] && [ "${SCALE_TOML:-1}" = 0 ] && continue
    file="$tmp/registry-$n.$format"
    out=$(measure "$bin/synthetic" "$n" "$file") || exit 1
    read -r gen_s gen_kb <<< "$out"
    if [ "$format" = json ]; then
      reference="json.load"
      out=$(measure python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$file") || exit 1
    else
      reference="tomllib.load"
      out=$(measure python3 -c "import tomllib,sys; tomllib.load(open(sys.argv[1],'rb'))" "$file") || exit 1
    fi
    read -r py_s py_kb <<< "$out"
    out=$(measure "$bin/lookup" --registry "$file" org-1) || exit 1
    read -r rs_s rs_kb <<< "$out"
    mb=$(du -m "$file" | cut -f1)
    row "$n" "synthetic.$format" "$gen_s" "$gen_kb"
    row "$n" "$reference" "$py_s" "$py_kb"
    row "$n" "lookup.$format" "$rs_s" "$rs_kb" "$py_s" "$py_kb"
    echo "          ($format file: $mb MB)"
    rm -f "$file"
  done
done
