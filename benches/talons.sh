#!/usr/bin/env bash
# Benchmark: Appendix 5 talons into one PDF, against the Typst compiler run
# once per talon, in one run.
#
#   bash benches/talons.sh            # 100,000 cases; the peer on 200
#   TALONS=20000 bash benches/talons.sh
#
# Makes (once, cached) a workbook of that many cases with `esep sample`
# (about four in five are visa cases, which have Appendix 5 talons; the
# talons printed are counted from the data), then times `esep talons --form appendix5` (release build) with its peak
# memory, and, on a sample of 200 of the same talons, the Typst compiler of
# the `typst` package from PyPI (installed with pip if missing; nothing of
# it is committed) compiling the same template with the same fonts once per
# talon: in a new process each time, as the typst CLI runs, and, for
# reference, kept warm in one process. Prints talons per second and ratios.
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
import json, os, shutil, subprocess, sys, tempfile, time
import typst

seconds, kib, pages, work, n = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
data = json.load(open(f"{work}/talons-{n}.json"))
root = tempfile.mkdtemp()
for name in ("common.typ", "talon-appendix5.typ"):
    shutil.copy(os.path.join("templates", name), root)
sample = data["talons"][:200]
script = os.path.join(root, "one.py")
with open(script, "w") as f:
    f.write("import sys, typst\n"
            "typst.compile(sys.argv[1] + '/talon-appendix5.typ', output=sys.argv[1] + '/out.pdf', root=sys.argv[1],\n"
            "              font_paths=['fixtures/fonts'], ignore_system_fonts=True, pdf_tags=False)\n")

def write(talon):
    with open(os.path.join(root, "data.json"), "w") as f:
        json.dump(dict(data, talons=[talon]), f, ensure_ascii=False)

# As the CLI runs: a new compiler process per talon (start, fonts, compile, write).
start = time.perf_counter()
for talon in sample:
    write(talon)
    subprocess.run([sys.executable, script, root], check=True)
cold = time.perf_counter() - start
# For reference: the same compiler kept warm in one process, called per talon.
start = time.perf_counter()
for talon in sample:
    write(talon)
    typst.compile(os.path.join(root, "talon-appendix5.typ"), output=os.path.join(root, "out.pdf"),
                  root=root, font_paths=["fixtures/fonts"], ignore_system_fonts=True, pdf_tags=False)
warm = time.perf_counter() - start
esep_rate = pages / seconds
cold_rate, warm_rate = len(sample) / cold, len(sample) / warm
print(f"{'':46} {'talons':>8} {'seconds':>9} {'talons/s':>9} {'peak MB':>8}")
print(f"{'esep talons (one PDF)':46} {pages:8} {seconds:9.2f} {esep_rate:9.0f} {kib/1024:8.0f}")
print(f"{'typst (PyPI), a new process per talon (CLI)':46} {len(sample):8} {cold:9.2f} {cold_rate:9.1f}")
print(f"{'typst (PyPI), one warm process, per talon':46} {len(sample):8} {warm:9.2f} {warm_rate:9.1f}")
print(f"esep: {esep_rate:.0f} talons/s (target >= 2000), {esep_rate/cold_rate:.0f}x the per-talon CLI (target >= 50x; "
      f"{esep_rate/warm_rate:.0f}x a warm per-talon compiler), peak {kib/1024:.0f} MB (target <= 1024)")
PY
