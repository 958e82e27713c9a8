#!/usr/bin/env bash
# Benchmark: reading and checking case files, against their peers, in one run.
#
#   bash benches/read.sh              # 1,000,000 cases
#   CASES=200000 PAIRS=3 bash benches/read.sh
#
# Two workbooks of CASES cases, made once and cached: one by `esep sample`
# (35 columns) and one by Python's xlsxwriter (benches/peer_workbook.py: the
# contract's 15 required and common columns, some text dates, 2 % invalid
# rows), with the second's cases also as a CSV; and a CSV of about 1 GB
# (the same generator, more cases). On each workbook, PAIRS times
# alternating: `esep check --json` (release build), Python polars
# `read_excel` (fastexcel, i.e. calamine, reading only) and esep with
# `--xlsx-reader calamine` (esep before its own scanner); the floor, the
# sheet XML inflated by the inflater esep uses (benches/inflate.rs), timed
# alone. On the CSV: `esep check --json` and polars `read_csv` with dates
# parsed, alternating; on the 1 GB CSV esep alone. Prints every run's
# seconds and peak memory, and per file the medians and the median of the
# pairs' ratios. Needs python3 with polars, fastexcel and xlsxwriter
# (installed with pip if missing).
python3 -c "import polars, fastexcel, xlsxwriter" 2>/dev/null || pip install -q polars fastexcel xlsxwriter
source "$(dirname "$0")/common.sh"
PAIRS="${PAIRS:-3}"
PEER="$WORK/peer-$CASES.xlsx"
PEER_CSV="$WORK/peer-$CASES.csv"
BIG_CASES="${BIG_CASES:-5500000}"
BIG_CSV="$WORK/peer-$BIG_CASES.csv"
[[ -f "$PEER" ]] || python3 benches/peer_workbook.py "$CASES" "$PEER" "$PEER_CSV"
[[ -f "$BIG_CSV" ]] || python3 benches/peer_workbook.py "$BIG_CASES" - "$BIG_CSV"
INFLATE=$(cargo build --release --quiet --bench inflate --message-format=json |
  python3 -c "import json,sys; print([m['executable'] for m in map(json.loads, sys.stdin) if m.get('executable')][-1])")

RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
# `run FILE WHAT CMD...`: one timed run, recorded.
run() {
  local file=$1 what=$2
  shift 2
  echo "$file $what $(measure "$@")" | tee -a "$RESULTS"
}
for file in "$FILE" "$PEER"; do
  sheet=$(unzip -l "$file" | awk '/xl\/worksheets\/sheet1.xml/ {print $1}')
  echo "# $(basename "$file"): $(du -h "$file" | cut -f1), sheet XML $(numfmt --to=iec "$sheet")"
  for ((i = 0; i < PAIRS; i++)); do
    run "$file" esep "$ESEP" check --json "$file"
    run "$file" polars python3 -c "import polars as pl; df = pl.read_excel('$file', sheet_name='Дела', engine='calamine', has_header=False); print(df.height)"
    run "$file" calamine "$ESEP" check --json --xlsx-reader calamine "$file"
  done
  for ((i = 0; i < PAIRS; i++)); do
    run "$file" floor "$INFLATE" "$file"
  done
done
echo "# $(basename "$PEER_CSV"): $(du -h "$PEER_CSV" | cut -f1)"
for ((i = 0; i < PAIRS; i++)); do
  run "$PEER_CSV" esep "$ESEP" check --json "$PEER_CSV"
  run "$PEER_CSV" polars python3 -c "import polars as pl; df = pl.read_csv('$PEER_CSV', separator=';', try_parse_dates=True, infer_schema_length=10000); print(df.height)"
done
echo "# $(basename "$BIG_CSV"): $(du -h "$BIG_CSV" | cut -f1)"
run "$BIG_CSV" esep "$ESEP" check --json "$BIG_CSV"

python3 - "$RESULTS" <<'PY'
import collections, statistics, sys, os
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    file, what, seconds, kib = line.split()
    runs[file][what].append((float(seconds), float(kib) / 1024))
print()
print(f"{'file':28} {'what':8} {'median s':>9} {'peak MB':>8} {'esep/this':>10}")
for file, whats in runs.items():
    esep = whats["esep"]
    for what, figures in whats.items():
        seconds = statistics.median(s for s, _ in figures)
        peak = max(m for _, m in figures)
        if what == "esep":
            ratio = ""
        elif what == "floor":
            ratio = f"{statistics.median(s for s, _ in esep) / seconds:9.2f}x"
        else:
            # The median of the pairs' ratios (esep run i beside peer run i).
            ratio = f"{statistics.median(e[0] / p[0] for e, p in zip(esep, figures)):9.2f}x"
        print(f"{os.path.basename(file):28} {what:8} {seconds:9.2f} {peak:8.0f} {ratio:>10}")
PY
