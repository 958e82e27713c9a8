#!/usr/bin/env bash
# Regenerates the pictures of the documents shown in the README:
#
#   bash docs/pictures/make.sh
#
# Prints the documents with esep from the bundled sample (and, for the
# decision, one refusal written below), then turns one page of each into a
# PNG with pdftoppm and finds the report's pages with pdftotext (Debian:
# apt-get install poppler-utils). The report is compared with a 2024 sample.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/esep-target}"
cargo build --quiet
ESEP="$CARGO_TARGET_DIR/debug/esep"
SAMPLE=fixtures/sample-2025.xlsx
OUT=docs/pictures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$ESEP" talons "$SAMPLE" --form appendix5 --lang kk --out "$WORK/t5.pdf" 2>/dev/null
"$ESEP" talons "$SAMPLE" --form appendix5 --sheet a4 --lang ru --out "$WORK/t5a4.pdf" 2>/dev/null
"$ESEP" talons "$SAMPLE" --form appendix3 --lang ru --out "$WORK/t3.pdf" 2>/dev/null
cat > "$WORK/refusal.csv" <<'CSV'
case_id;service;office;submitted_at;decided_at;result;visa_category;refusal_ground;visa_valid_to;applicant_name;person_name;citizenship;passport_no
T2025-0000913;visa-extend;1910-262;10.02.2025 11:20;13.02.2025 16:00;refused;tourist;not-extendable;20.02.2025;MÜLLER Hans;MÜLLER Hans;DEU;C01X00T47
CSV
"$ESEP" decisions "$WORK/refusal.csv" --lang kk --out "$WORK/decision.pdf" 2>/dev/null
"$ESEP" sample --year 2024 --seed 7 --out "$WORK/cases-2024.xlsx" >/dev/null
"$ESEP" report --lang ru --out "$WORK/report" --previous "$WORK/cases-2024.xlsx" >/dev/null 2>&1
# The page that begins with a heading.
page() {
    local n
    n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
    for ((i = 1; i <= n; i++)); do
        if pdftotext -f "$i" -l "$i" "$1" - | head -1 | grep -q "$2"; then echo "$i"; return; fi
    done
}
REPORT="$WORK/report/annual-report.pdf"

png() { pdftoppm -png -r "$3" -f "$2" -l "$2" -singlefile "$1" "$OUT/$4"; }
png "$WORK/t5.pdf" 1 200 talon-appendix5
png "$WORK/t5a4.pdf" 1 45 talons-appendix5-a4
png "$WORK/t3.pdf" 1 80 talon-appendix3
png "$WORK/decision.pdf" 1 70 decision
png "$REPORT" 1 55 annual-report-cover
png "$REPORT" 2 70 annual-report-appendix4
png "$REPORT" "$(page "$REPORT" Диаграммы)" 70 annual-report-charts
png "$REPORT" "$(page "$REPORT" "Сравнение с 2024")" 70 annual-report-comparison
ls -l "$OUT"/*.png
