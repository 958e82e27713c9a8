#!/usr/bin/env bash
# Benchmark: the peak memory of `esep check` on large CSV inputs, against
# the 1.5 GB that every input must stay under (docs/reliability.md).
#
#   bash benches/memory.sh                 # release build
#   ESEP=target/debug/esep bash benches/memory.sh
#   ROWS=1000000 bash benches/memory.sh
#
# Makes (once, cached in the target dir's bench/) a CSV of ROWS valid cases
# (default 3,000,000, four offices) and one of ROWS/5 rejected rows, then
# prints for each the seconds, the peak memory and the bytes per row.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/esep-target}"
ROWS="${ROWS:-3000000}"
WORK="${BENCH_DIR:-$CARGO_TARGET_DIR/bench}"
mkdir -p "$WORK"
if [[ -z "${ESEP:-}" ]]; then
  cargo build --release --quiet
  ESEP="$CARGO_TARGET_DIR/release/esep"
fi
GOOD="$WORK/valid-$ROWS.csv"
BAD="$WORK/rejected-$((ROWS / 5)).csv"
python3 - "$ROWS" "$GOOD" "$BAD" <<'PY'
import os, sys
rows, good, bad = int(sys.argv[1]), sys.argv[2], sys.argv[3]
header = "case_id;service;office;submitted_at;decided_at;result;visa_category\n"
offices = ["1910-262", "1914-201", "1914-202", "1914-203"]
if not os.path.exists(good):
    with open(good, "w") as f:
        f.write(header)
        for i in range(rows):
            d = 3 + i % 3
            f.write(f"A-{i};visa-issue;{offices[i % 4]};{d:02d}.03.2025 10:00;{d + 1:02d}.03.2025 12:00;granted;tourist\n")
if not os.path.exists(bad):
    with open(bad, "w") as f:
        f.write(header)
        for i in range(rows // 5):
            f.write(f"B-{i};visa-issue;1910-26;31.02.2025;;pending;tourist\n")
PY

source "$(dirname "$0")/measure.sh"

printf '%-34s %9s %9s %12s %s\n' input seconds 'peak MB' 'bytes/row' 'under 1.5 GB'
for input in "$GOOD" "$BAD"; do
  rows=$(($(wc -l <"$input") - 1))
  read -r secs kib < <(measure "$ESEP" check --json "$input")
  bytes=$((kib * 1024 / rows))
  under=$([[ $((kib * 1024)) -lt 1500000000 ]] && echo yes || echo NO)
  printf '%-34s %9s %9d %12d %s\n' "$(basename "$input") ($rows rows)" "$secs" $((kib * 1024 / 1000000)) "$bytes" "$under"
done
