#!/usr/bin/env bash
# Whole-process and in-process timings of ICU4C on the sort benchmark's 100,000 names, beside
# this crate's `sort` example: Node's Intl.Collator (ICU4C), and PyICU sort keys when Debian's
# python3-icu is installed (apt-get install python3-icu; run with /usr/bin/python3).
# Usage: bash benches/compare_icu4c.sh   (from the crate's folder)
set -euo pipefail
cargo build -q --release --example sort --example synthetic
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
./target/release/examples/synthetic --names 100000 "$tmp/names.txt"
now() { date +%s%N; }
for tag in de ru; do
  echo "== $tag"
  for run in 1 2 3; do
    t0=$(now); ./target/release/examples/sort --locale "$tag" "$tmp/names.txt" > "$tmp/ours.txt"; t1=$(now)
    node -e '
      const fs = require("fs");
      const t0 = process.hrtime.bigint();
      const lines = fs.readFileSync(process.argv[1], "utf8").split("\n").filter((l) => l.length > 0);
      const c = new Intl.Collator(process.argv[2]);
      lines.sort(c.compare);
      const t1 = process.hrtime.bigint();
      fs.writeFileSync(process.argv[3], lines.join("\n") + "\n");
      console.error(`node in-process sort: ${Number(t1 - t0) / 1e6} ms`);
    ' "$tmp/names.txt" "$tag" "$tmp/node.txt"
    t2=$(now)
    echo "run $run: sort example process $(( (t1 - t0) / 1000000 )) ms; node process $(( (t2 - t1) / 1000000 )) ms"
  done
  cmp -s "$tmp/ours.txt" "$tmp/node.txt" && echo "identical order" || echo "ORDER DIFFERS"
  if /usr/bin/python3 -c 'import icu' 2>/dev/null; then
    /usr/bin/python3 - "$tmp/names.txt" "$tag" <<'PY'
import sys, time, icu
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
c = icu.Collator.createInstance(icu.Locale(sys.argv[2]))
t0 = time.perf_counter(); lines.sort(key=c.getSortKey); t1 = time.perf_counter()
print(f"PyICU sort keys in-process: {(t1 - t0) * 1000:.0f} ms")
PY
  fi
done
