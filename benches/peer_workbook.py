"""A case workbook esep did not write, for benches/read.sh.

    python3 benches/peer_workbook.py CASES OUT.xlsx|- OUT.csv

Writes CASES cases in the contract's 15 required and common columns with
Python's xlsxwriter (constant memory; dates as date cells, one row in fifty
with its dates as text in the contract's shape `DD.MM.YYYY HH:MM`), and the
same cases as a UTF-8 CSV (`;`, dates as `YYYY-MM-DDTHH:MM:SS`, which polars
parses too). One row in a hundred is invalid (an office code the directory
lacks, or a decision before the submission). Deterministic: the same CASES
give the same files. `-` for the workbook writes the CSV alone (a sheet
holds at most 1,048,575 cases).
"""

import csv
import datetime as dt
import random
import sys

import xlsxwriter

HEADER = [
    "case_id", "service", "office", "submitted_at", "decided_at", "result",
    "refusal_ground", "applicant_name", "citizenship", "visa_category",
    "visa_valid_to", "fee_amount", "fee_paid_on", "documents", "accepted_by",
]
OFFICES = ["1910-262", "1914-201", "1914-202", "1914-203", "1902-204", "1930-414", "1959-361"]
CATEGORIES = ["private", "business", "tourist", "exit"]
NAMES = ["Иванов Иван", "Сейткали Айгерим", "Müller Hans", "Ли Вэй", "Омаров Бекзат"]
COUNTRIES = ["RUS", "DEU", "CHN", "UZB", "TUR"]


def cases(n):
    rng = random.Random(n)
    start = dt.datetime(2025, 1, 6, 9, 0)
    for i in range(n):
        submitted = start + dt.timedelta(minutes=rng.randrange(0, 340 * 24 * 60))
        submitted = submitted.replace(hour=9 + rng.randrange(8), second=0)
        decided = submitted + dt.timedelta(days=rng.randrange(1, 6), hours=2)
        refused = rng.random() < 0.05
        office = OFFICES[i % len(OFFICES)]
        if i % 100 == 37:
            office = "1999-999"  # not in the directory: rejected
        if i % 100 == 71:
            decided = submitted - dt.timedelta(days=1)  # decided before: rejected
        yield [
            f"P-{i:07d}",
            "visa-issue",
            office,
            submitted,
            decided,
            "refused" if refused else "granted",
            "no-grounds" if refused else "",
            NAMES[i % len(NAMES)],
            COUNTRIES[i % len(COUNTRIES)],
            CATEGORIES[i % len(CATEGORIES)],
            submitted.date() + dt.timedelta(days=30),
            "",
            "",
            "application;passport;fee-receipt",
            "Серикова А.",
        ]


def main():
    n, xlsx_path, csv_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    book = None if xlsx_path == "-" else xlsxwriter.Workbook(xlsx_path, {"constant_memory": True})
    if book:
        sheet = book.add_worksheet("Дела")
        moment = book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
        day = book.add_format({"num_format": "dd.mm.yyyy"})
        sheet.write_row(0, 0, HEADER)
    with open(csv_path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(HEADER)
        for r, row in enumerate(cases(n), start=1):
            text_dates = r % 50 == 0
            for c, value in enumerate(row if book else []):
                if isinstance(value, dt.datetime):
                    if text_dates:
                        sheet.write_string(r, c, value.strftime("%d.%m.%Y %H:%M"))
                    else:
                        sheet.write_datetime(r, c, value, moment)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), day)
                elif value != "":
                    sheet.write_string(r, c, value)
            out.writerow(
                v.strftime("%Y-%m-%dT%H:%M:%S") if isinstance(v, dt.datetime)
                else v.isoformat() if isinstance(v, dt.date) else v
                for v in row
            )
    if book:
        book.close()


if __name__ == "__main__":
    main()
