#!/usr/bin/env bash
# Benchmark: the indicators, the ministry workbook and the whole report on
# top of reading.
#
#   bash benches/indicators.sh                    # 1,000,000 cases, 3 rounds
#   CASES=200000 PAIRS=5 bash benches/indicators.sh
#
# Uses (and makes once, cached) the same sample workbook as benches/read.sh,
# then, PAIRS rounds alternating, times each with its peak memory: reading
# and checking alone (`esep check --json`), `esep indicators --json`,
# `esep indicators --xlsx` (which also judges every case for the findings
# sheet), and the whole `esep report` (all five outputs, the annual
# report's PDF included). Prints every run, then per command the median
# seconds and peak, and the median of the rounds' ratios to reading.
# Targets: indicators and workbook add at most half the reading time; the
# report takes at most 1.3 times the reading time and 1.2 GB (issue 15).
source "$(dirname "$0")/common.sh"
PAIRS="${PAIRS:-3}"

echo "workbook: $FILE ($(du -h "$FILE" | cut -f1), $CASES cases), $PAIRS rounds"
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
run() {
  local what=$1
  shift
  echo "$what $(measure "$@")" | tee -a "$RESULTS"
}
for ((i = 0; i < PAIRS; i++)); do
  run check "$ESEP" check --json "$FILE"
  run json "$ESEP" indicators --year 2025 --json "$FILE"
  run xlsx "$ESEP" indicators --year 2025 --xlsx "$WORK/ministry-$CASES.xlsx" "$FILE"
  run report "$ESEP" report --year 2025 --out "$WORK/report-$CASES" "$FILE"
done

python3 - "$RESULTS" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    what, t, kib = line.split()
    runs.setdefault(what, []).append((float(t), int(kib)))
names = {
    "check": "esep check (read + check)",
    "json": "esep indicators --json",
    "xlsx": "esep indicators --xlsx",
    "report": "esep report (everything)",
}
read = runs["check"]
print(f"{'':30} {'median s':>9} {'peak MB':>9} {'x reading':>10}")
ratio = {}
for what, name in names.items():
    t = statistics.median(r[0] for r in runs[what])
    peak = max(r[1] for r in runs[what]) / 1024
    ratio[what] = statistics.median(r[0] / c[0] for r, c in zip(runs[what], read))
    print(f"{name:30} {t:9.2f} {peak:9.0f} {ratio[what]:9.2f}x")
print(f"indicators and workbook add {ratio['xlsx'] - 1:.2f}x the reading time (target: at most 0.50x)")
peak = max(r[1] for r in runs["report"]) / 1024 / 1024
print(f"the whole report takes {ratio['report']:.2f}x the reading time (target: at most 1.30x) and {peak:.2f} GB (target: at most 1.2 GB)")
PY
