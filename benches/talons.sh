#!/usr/bin/env bash
# Benchmark: Appendix 5 talons into one PDF, against the Typst compiler run
# once per talon, in one run.
#
#   bash benches/talons.sh            # 100,000 talons; the peer on 200
#   TALONS=20000 bash benches/talons.sh
#
# Makes (once, cached) a workbook of that many cases with `esep sample`,
# then times `esep talons --form appendix5` (release build) with its peak
# memory, and, on a sample of 200 of the same talons, the Typst compiler of
# the `typst` package from PyPI (installed with pip if missing; nothing of
# it is committed) compiling the same template with the same fonts once per
# talon. Prints talons per second of each and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/esep-target}"
TALONS="${TALONS:-100000}"
WORK="${BENCH_DIR:-$CARGO_TARGET_DIR/bench}"
mkdir -p "$WORK"
# Sample rows: a few are invalid (rejected), so ask for a little more.
FILE="$WORK/talons-$TALONS.xlsx"

python3 -c "import typst" 2>/dev/null || pip install -q typst
cargo build --release --quiet
ESEP="$CARGO_TARGET_DIR/release/esep"
[[ -f "$FILE" ]] || "$ESEP" sample --cases "$TALONS" --year 2025 --seed 7 --invalid-per-kind 0 --out "$FILE" >/dev/null

figures=$(mktemp)
/usr/bin/time -f "%e %M" -o "$figures" "$ESEP" talons "$FILE" --form appendix5 --lang kk \
  --out "$WORK/talons-$TALONS.pdf" --template-data "$WORK/talons-$TALONS.json" >/dev/null 2>&1
read -r seconds kib < <(tail -1 "$figures")
rm -f "$figures"
pages=$(python3 -c "import json; print(len(json.load(open('$WORK/talons-$TALONS.json'))['talons']))")

python3 - "$seconds" "$kib" "$pages" "$WORK" "$TALONS" <<'PY'
import json, os, shutil, sys, tempfile, time
import typst

seconds, kib, pages, work, n = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
data = json.load(open(f"{work}/talons-{n}.json"))
root = tempfile.mkdtemp()
for name in ("common.typ", "talon-appendix5.typ"):
    shutil.copy(os.path.join("templates", name), root)
sample = data["talons"][:200]
start = time.perf_counter()
for talon in sample:
    one = dict(data, talons=[talon])
    with open(os.path.join(root, "data.json"), "w") as f:
        json.dump(one, f, ensure_ascii=False)
    typst.compile(os.path.join(root, "talon-appendix5.typ"), output=os.path.join(root, "out.pdf"),
                  root=root, font_paths=["fixtures/fonts"], ignore_system_fonts=True, pdf_tags=False)
cli = time.perf_counter() - start
esep_rate = pages / seconds
cli_rate = len(sample) / cli
print(f"{'':40} {'talons':>8} {'seconds':>9} {'talons/s':>9} {'peak MB':>8}")
print(f"{'esep talons (one PDF)':40} {pages:8} {seconds:9.2f} {esep_rate:9.0f} {kib/1024:8.0f}")
print(f"{'typst (PyPI), one compile per talon':40} {len(sample):8} {cli:9.2f} {cli_rate:9.1f}")
print(f"esep: {esep_rate:.0f} talons/s (target >= 2000), {esep_rate/cli_rate:.0f}x the per-talon compiler (target >= 50x), peak {kib/1024:.0f} MB (target <= 1024)")
PY
