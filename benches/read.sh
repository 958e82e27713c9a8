#!/usr/bin/env bash
# Benchmark: reading and checking a case workbook, against its peers, in one run.
#
#   bash benches/read.sh            # 1,000,000 cases
#   CASES=200000 bash benches/read.sh
#
# Makes (once, cached) a workbook with `esep sample`, then times, each with its
# peak memory: the floor (inflating the sheet XML with `unzip -p`), `esep check`
# (release build), Python polars `read_excel` (fastexcel engine) and pandas
# `read_excel` (openpyxl engine) reading the same sheet. Prints the figures and
# the ratios. Needs python3 with polars, fastexcel, pandas, openpyxl (installed
# with pip if missing) and unzip.
python3 -c "import polars, fastexcel, pandas, openpyxl" 2>/dev/null || pip install -q polars fastexcel pandas openpyxl
source "$(dirname "$0")/common.sh"

echo "workbook: $FILE ($(du -h "$FILE" | cut -f1), $CASES cases; sheet XML $(unzip -p "$FILE" xl/worksheets/sheet1.xml | wc -c | numfmt --to=iec))"
floor=$(measure sh -c "unzip -p '$FILE' xl/worksheets/sheet1.xml > /dev/null")
esep=$(measure "$ESEP" check --json "$FILE")
fastexcel=$(measure python3 -c "import polars as pl; df = pl.read_excel('$FILE', sheet_name='Дела', engine='calamine', has_header=False); print(df.height)")
pandas=$(measure python3 -c "import pandas as pd; df = pd.read_excel('$FILE', sheet_name='Дела', engine='openpyxl', header=None); print(len(df))")

python3 - "$floor" "$esep" "$fastexcel" "$pandas" <<'PY'
import sys
names = ["floor: unzip -p sheet XML", "esep check (read + check)", "polars read_excel (fastexcel)", "pandas read_excel (openpyxl)"]
rows = [tuple(map(float, a.split())) for a in sys.argv[1:]]
t_fast = rows[2][0]
print(f"{'':34} {'seconds':>9} {'peak MB':>9} {'vs fastexcel':>13}")
for name, (t, kib) in zip(names, rows):
    print(f"{name:34} {t:9.2f} {kib/1024:9.0f} {t/t_fast:12.2f}x")
print(f"esep is {rows[3][0]/rows[1][0]:.1f}x faster than pandas+openpyxl; {rows[1][0]/rows[0][0]:.2f}x the floor")
PY
