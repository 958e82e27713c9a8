#!/usr/bin/env bash
# Benchmark: dashboard.html, its size and its time to first paint.
#
#   bash benches/dashboard.sh                 # the bundled sample and 1,000,000 cases
#   CASES=200000 ROUNDS=9 bash benches/dashboard.sh
#
# Writes the report of the bundled sample and of the sample workbook of
# CASES cases (made once and cached, as benches/read.sh does), prints each
# dashboard's size, then opens both in headless Chromium ROUNDS times,
# alternating (benches/first_paint.rs), and prints the medians of the first
# contentful paint and of the page drawn whole. Aims (issue 31): at most
# 2 MB for the sample and 4 MB for 1,000,000 cases; first paint within 1 s.
# The whole report against reading alone is benches/indicators.sh.
source "$(dirname "$0")/common.sh"
export ROUNDS="${ROUNDS:-5}"
"$ESEP" report --out "$WORK/report-sample" >/dev/null
"$ESEP" report --year 2025 --out "$WORK/report-$CASES" "$FILE" >/dev/null
for report in "$WORK/report-sample" "$WORK/report-$CASES"; do
  echo "$(basename "$report"): dashboard.html $(stat -c %s "$report/dashboard.html") bytes"
done
cargo bench --quiet --bench first_paint -- \
  "$WORK/report-sample/dashboard.html" "$WORK/report-$CASES/dashboard.html"
