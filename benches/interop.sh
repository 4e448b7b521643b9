#!/usr/bin/env bash
# Import rate of a Wikidata dump: the synthetic example writes N organizations as a registry
# (JSON) and as a Wikidata dump (one entity a line); the import example reads the dump a line
# at a time into an empty registry (a dry run: matched, nothing saved) and with --apply (saved
# as JSON), beside the lookup example loading the same organizations from the crate's JSON.
# One run, release build; seconds, peak memory (GNU time), entities per second.
# Usage: bash benches/interop.sh [N]   (from the crate's folder; default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: bash benches/interop.sh [N]   (organizations; default 100000)"
case "${1:-}" in -h|--help) echo "$usage"; exit 0;; esac
n=${1:-100000}
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "error: $n is not a number of organizations" >&2; echo "$usage" >&2; exit 2; }
cargo build -q --release --example synthetic --example import --example lookup
bin="${CARGO_TARGET_DIR:-target}/release/examples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # measure COMMAND… -> "seconds kilobytes"; exit status 0 or 1 (problems) accepted
  local rc=0
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > /dev/null 2>> "$tmp/stderr" || rc=$?
  [ "$rc" -le 1 ] || { cat "$tmp/stderr" >&2; return 1; }
  cat "$tmp/time"
}
"$bin/synthetic" "$n" "$tmp/registry.json"
"$bin/synthetic" --wikidata "$n" "$tmp/dump.json"
printf 'dump: %s MB, %s lines; registry JSON: %s MB\n' "$(du -m "$tmp/dump.json" | cut -f1)" \
  "$(wc -l < "$tmp/dump.json")" "$(du -m "$tmp/registry.json" | cut -f1)"
printf '%-34s %8s %9s %12s\n' what seconds "peak MB" "entities/s"
row() { awk -v w="$1" -v s="$2" -v kb="$3" -v n="$n" 'BEGIN { printf "%-34s %8.2f %9.0f %12.0f\n", w, s, kb / 1024, n / (s > 0 ? s : 0.01) }'; }
read -r s kb <<< "$(measure "$bin/lookup" --registry "$tmp/registry.json" org-1)"
row "load the crate's JSON (lookup)" "$s" "$kb"
read -r s kb <<< "$(measure "$bin/import" --registry "$tmp/new.json" --format wikidata "$tmp/dump.json")"
row "import the dump (dry run)" "$s" "$kb"
read -r s kb <<< "$(measure "$bin/import" --registry "$tmp/new.json" --apply "$tmp/dump.json")"
row "import the dump (--apply, saved)" "$s" "$kb"
# The first synthetic organization's English name gives its id in the imported registry.
read -r s kb <<< "$(measure "$bin/lookup" --registry "$tmp/new.json" socialist-people-s-party)"
row "load the imported registry" "$s" "$kb"
