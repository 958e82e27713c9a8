#!/usr/bin/env bash
# Benchmark: how `esep indicators` grows with the input, at 1, 5 and 10
# million cases.
#
#   bash benches/scale.sh
#
# An xlsx sheet holds at most 1,048,576 rows, so the larger inputs are
# Parquet: ten sample workbooks of 1,000,000 cases (2016–2025, one a year,
# made once and cached) are each exported with `esep export --parquet`, and
# the exports of the last 1, 5 and 10 years are put together into one
# folder each (hard links). Then, in one run, each is counted with
# `esep indicators --parquet DIR --json` over its years, and the 1M
# workbook with `esep indicators --year 2025 --json FILE` for reference.
# Prints seconds and peak memory, seconds per million cases, and peak
# memory against the size of the accepted cases in Arrow (all exported
# columns, measured with Python polars' estimated_size; `pip install
# polars`). Targets: time linear in the cases; peak memory at most 2x the
# Arrow size.
CASES=1000000
source "$(dirname "$0")/common.sh"

export_year() {
  local year=$1 file="$WORK/cases-$CASES-$year.xlsx" out="$WORK/export-$year"
  [[ $year == 2025 ]] && file=$FILE # common.sh's workbook
  [[ -f "$file" ]] || "$ESEP" sample --cases "$CASES" --year "$year" --seed "$year" --out "$file" >/dev/null
  [[ -d "$out" ]] || "$ESEP" export --parquet "$out" "$file" >/dev/null
}

# Puts the exports of the years $2..2025 together in $1 (hard links; each
# file renamed after its export, so partitions shared by two exports, such
# as a complaint of January, keep both files).
combine() {
  local dir=$1 first=$2
  rm -rf "$dir"
  for year in $(seq "$first" 2025); do
    (cd "$WORK/export-$year" && find . -name '*.parquet' -not -path './services/*') |
      while read -r part; do
        mkdir -p "$dir/$(dirname "$part")"
        ln "$WORK/export-$year/$part" "$dir/$(dirname "$part")/part-$year.parquet"
      done
  done
  mkdir -p "$dir/services"
  ln "$WORK/export-2025/services/part-0.parquet" "$dir/services/part-0.parquet"
}

for year in $(seq 2016 2025); do export_year "$year"; done
results=()
for years in 1 5 10; do
  first=$((2026 - years))
  dir="$WORK/scale-$years"
  combine "$dir" "$first"
  figures=$(measure "$ESEP" indicators --from "$first-01-01" --to 2025-12-31 --json --parquet "$dir")
  results+=("$years $figures $dir")
done
xlsx=$(measure "$ESEP" indicators --year 2025 --json "$FILE")

python3 - "$xlsx" "${results[@]}" <<'PY'
import sys
import polars as pl

print(f"{'input':34} {'cases':>11} {'seconds':>8} {'s/M':>6} {'peak MB':>8} {'Arrow MB':>9} {'peak/Arrow':>10}")
xlsx_t, xlsx_kib = map(float, sys.argv[1].split())
print(f"{'1 workbook (xlsx, 2025)':34} {1_000_000:>11,} {xlsx_t:8.2f} {xlsx_t:6.2f} {xlsx_kib/1024:8.0f}")
rows = []
for arg in sys.argv[2:]:
    years, t, kib, path = arg.split()
    cases = pl.scan_parquet(f"{path}/cases/**/*.parquet", hive_partitioning=True).collect()
    arrow = cases.estimated_size()
    n = cases.height
    del cases
    t, kib = float(t), float(kib)
    rows.append((n, t, kib))
    print(f"{years + ' years of Parquet':34} {n:>11,} {t:8.2f} {t / (n / 1e6):6.2f} {kib/1024:8.0f} {arrow/2**20:9.0f} {kib*1024/arrow:9.2f}x")
(n1, t1, _), (n10, t10, _) = rows[0], rows[-1]
print(f"time from 1M to 10M: {t10 / t1:.1f}x for {n10 / n1:.1f}x the cases (linear: the same)")
PY
