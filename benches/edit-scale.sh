#!/usr/bin/env bash
# Edit plus save beside load, whole process, at each size (default 10,000 and 100,000
# organizations: 1x and 10x): the lookup example loading a synthetic TOML registry and a small
# statements file and finding one organization, then the edit example on fresh copies of the same
# files: a late signatory added (only the statements file changes) and an organization renamed
# (both files change: the registry file's one record is merged, the rest copied as bytes). Time
# and peak memory (GNU time), and each edit's ratio to the load (the goal: at most 1.5 for both).
# Usage: bash benches/edit-scale.sh [SIZES…]   (from the crate's folder)
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: bash benches/edit-scale.sh [SIZES…]   (numbers of organizations; default 10000 100000)"
case "${1:-}" in -h|--help) echo "$usage"; exit 0;; esac
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "error: $n is not a number of organizations" >&2; echo "$usage" >&2; exit 2; }
done
cargo build -q --release --example synthetic --example lookup --example edit
bin="${CARGO_TARGET_DIR:-target}/release/examples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # measure COMMAND… -> "seconds kilobytes"; a failing command ends the script
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > /dev/null 2>> "$tmp/stderr" || { cat "$tmp/stderr" >&2; return 1; }
  cat "$tmp/time"
}
# Times are comparable only on a quiet machine: each run says how loaded it was.
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
printf '%-9s %-22s %8s %9s %8s %8s\n' orgs what seconds "peak MB" "t ratio" "m ratio"
row() {  # row N WHAT SECONDS KB [LOAD_SECONDS LOAD_KB]
  awk -v n="$1" -v w="$2" -v s="$3" -v kb="$4" -v ls="${5:-}" -v lkb="${6:-}" 'BEGIN {
    tr = (ls != "") ? sprintf("%.2f", s / ls) : ""; mr = (lkb != "") ? sprintf("%.2f", kb / lkb) : "";
    printf "%-9d %-22s %8.2f %9.0f %8s %8s\n", n, w, s, kb / 1024, tr, mr }'
}
for n in "${sizes[@]}"; do
  measure "$bin/synthetic" "$n" "$tmp/base.toml" > /dev/null
  printf '# The list of one statement.\n[[statement]]\nid = "s"\nmore-possible = true\n\n[[statement.section]]\nkind = "initial"\nentries = [\n  { org = "org-1" }, # first\n  { org = "org-2" },\n]\n' > "$tmp/base-st.toml"
  fresh() { cp "$tmp/base.toml" "$tmp/registry.toml"; cp "$tmp/base-st.toml" "$tmp/statement.toml"; }
  fresh
  read -r load_s load_kb <<< "$(measure "$bin/lookup" --registry "$tmp/registry.toml" --registry "$tmp/statement.toml" org-1)"
  row "$n" "load (lookup)" "$load_s" "$load_kb"
  edit=("$bin/edit" --registry "$tmp/registry.toml" --statements "$tmp/statement.toml")
  fresh
  read -r s kb <<< "$(measure "${edit[@]}" add s org-3)"
  grep -q 'org = "org-3"' "$tmp/statement.toml" || { echo "add did not save" >&2; exit 1; }
  row "$n" "edit add + save" "$s" "$kb" "$load_s" "$load_kb"
  fresh
  read -r s kb <<< "$(measure "${edit[@]}" rename org-2 org-2-renamed)"
  grep -q '^id = "org-2-renamed"' "$tmp/registry.toml" || { echo "rename did not save" >&2; exit 1; }
  row "$n" "edit rename + save" "$s" "$kb" "$load_s" "$load_kb"
  echo "          (registry file: $(du -m "$tmp/base.toml" | cut -f1) MB)"
done
