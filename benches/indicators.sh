#!/usr/bin/env bash
# Benchmark: the indicators and the ministry workbook on top of reading.
#
#   bash benches/indicators.sh            # 1,000,000 cases
#   CASES=200000 bash benches/indicators.sh
#
# Uses (and makes once, cached) the same sample workbook as benches/read.sh,
# then times, each with its peak memory and in one run: reading and checking
# alone (`esep check`), `esep indicators --json`, `esep indicators --xlsx`
# (which also judges every case for the findings sheet), and the whole
# `esep report` (all five outputs, the annual report's PDF included).
# Prints the figures and what each adds to reading; targets: indicators and
# workbook add at most half the reading time; the report takes at most
# twice the reading time.
source "$(dirname "$0")/common.sh"

echo "workbook: $FILE ($(du -h "$FILE" | cut -f1), $CASES cases)"
read_only=$(measure "$ESEP" check --json "$FILE")
json=$(measure "$ESEP" indicators --year 2025 --json "$FILE")
xlsx=$(measure "$ESEP" indicators --year 2025 --xlsx "$WORK/ministry-$CASES.xlsx" "$FILE")
report=$(measure "$ESEP" report --year 2025 --out "$WORK/report-$CASES" "$FILE")

python3 - "$read_only" "$json" "$xlsx" "$report" <<'PY'
import sys
names = ["esep check (read + check)", "esep indicators --json", "esep indicators --xlsx", "esep report (everything)"]
rows = [tuple(map(float, a.split())) for a in sys.argv[1:]]
read = rows[0][0]
print(f"{'':30} {'seconds':>9} {'peak MB':>9} {'added':>8} {'added/read':>11}")
for name, (t, kib) in zip(names, rows):
    print(f"{name:30} {t:9.2f} {kib/1024:9.0f} {t-read:8.2f} {(t-read)/read:10.2f}x")
worst = (rows[2][0] - read) / read
print(f"indicators and workbook add {worst:.2f}x the reading time (target: at most 0.50x)")
print(f"the whole report takes {rows[3][0]/read:.2f}x the reading time (target: at most 2.00x)")
PY
