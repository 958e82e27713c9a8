# Shared by the benchmarks that time esep on the sample workbook of
# CASES cases (default 1,000,000): builds esep in release, makes the
# workbook once (cached in $BENCH_DIR, default the target dir's bench/),
# and defines `measure`. Sourced, not run.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/esep-target}"
CASES="${CASES:-1000000}"
WORK="${BENCH_DIR:-$CARGO_TARGET_DIR/bench}"
mkdir -p "$WORK"
FILE="$WORK/cases-$CASES.xlsx"

cargo build --release --quiet
ESEP="$CARGO_TARGET_DIR/release/esep"
[[ -f "$FILE" ]] || "$ESEP" sample --cases "$CASES" --year 2025 --seed 1 --out "$FILE" >/dev/null

source "$(dirname "${BASH_SOURCE[0]}")/measure.sh"
