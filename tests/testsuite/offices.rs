//! Inputs as offices keep them (issue 28): workbooks made by openpyxl and
//! saved again by LibreOffice, with a sheet a month, a summary sheet, rows
//! of totals, merged titles, Russian headers. Each asserts rows in =
//! accepted + rejected + totals, and what the user reads.

use std::path::PathBuf;

use serde_json::Value;

use crate::{check_json, converted, esep, have, have_python, run};

/// Writes, with openpyxl, the register of one office kept a sheet a month
/// (`Январь`, `Февраль`, `Март`: 120 cases each under a merged title, the
/// month's totals under them), after a summary sheet of formulas and an
/// empty sheet; then complaints. Argument: the file.
const MONTHS: &str = r#"
import sys, datetime as dt
from openpyxl import Workbook
wb = Workbook()
summary = wb.active
summary.title = "Свод"
summary.append(["Сводный отчёт за I квартал 2025 года"])
summary.append(["Месяц", "Принято", "Выдано"])
for month in ["Январь", "Февраль", "Март"]:
    summary.append([month, f"=COUNTA('{month}'!A3:A122)", 0])
wb.create_sheet("Лист5")
header = ["№ талона", "Услуга", "Код подразделения", "Дата приема документов",
          "Дата выдачи результата", "Результат", "Категория визы"]
for m, month in enumerate(["Январь", "Февраль", "Март"], start=1):
    ws = wb.create_sheet(month)
    ws.append([f"Реестр дел за {month.lower()} 2025 года"])
    ws.merge_cells("A1:G1")
    ws.append(header)
    for i in range(120):
        day = dt.datetime(2025, m, 3 + i % 20, 10, 0)
        ws.append([f"{m:02}-{i:03}", "выдача визы", "1910-262", day,
                   day + dt.timedelta(days=2), "Выдано", "tourist"])
    ws.append(["Итого:", None, None, None, None, 120])
    ws.append([None, None, None, None, None, 120, 120])
complaints = wb.create_sheet("Жалобы")
complaints.append(["complaint_id", "office", "received_at", "channel"])
complaints.append(["Ж-1", "1910-262", dt.datetime(2025, 2, 3, 11, 0), "post"])
complaints.append(["Всего: 1"])
wb.save(sys.argv[1])
"#;

/// Runs `python3 -c script file` and returns the file.
fn made_by_python(script: &str, file: PathBuf) -> PathBuf {
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    file
}

/// (table, sheet, rows, accepted, rejected, totals) of each table read.
pub fn sheets(json: &Value) -> Vec<(String, String, u64, u64, u64, u64)> {
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["table"].as_str().unwrap().to_string(),
                f["sheet"].as_str().unwrap_or_default().to_string(),
                f["rows"].as_u64().unwrap(),
                f["accepted"].as_u64().unwrap(),
                f["rejected"].as_u64().unwrap(),
                f["totals"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_register_kept_a_sheet_a_month_is_read_whole_and_its_other_sheets_named() {
    // Regression: only the first sheet was read as cases (a summary sheet
    // first stopped the run; with the months first, January alone was
    // read: 240 of 360 cases lost, exit 0); the totals under a table were
    // rejected as cases.
    if !have_python("openpyxl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let xlsx = made_by_python(MONTHS, dir.path().join("реестр.xlsx"));
    let mut files = vec![xlsx.clone()];
    if have("soffice", "libreoffice-calc-nogui") {
        files.push(converted(&xlsx, "ods", dir.path()));
        files.push(converted(&xlsx, "xls", dir.path()));
    }
    let month = |name: &str| ("cases".to_string(), name.to_string(), 122, 120, 0, 2);
    for file in &files {
        let (code, json) = check_json(std::slice::from_ref(file));
        assert_eq!(code, 0, "{}: {json}", file.display());
        assert_eq!(
            sheets(&json),
            [
                month("Январь"),
                month("Февраль"),
                month("Март"),
                ("complaints".to_string(), "Жалобы".to_string(), 2, 1, 0, 1),
            ],
            "{}",
            file.display()
        );
        assert_eq!(json["rows"], 366);
        assert_eq!(json["accepted"], 360);
        assert_eq!(json["totals"], 6);
        let not_read: Vec<(&str, &str)> = json["not_read"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["sheet"].as_str().unwrap(), s["why"].as_str().unwrap()))
            .collect();
        assert_eq!(
            not_read,
            [("Свод", "no-header"), ("Лист5", "empty")],
            "{}",
            file.display()
        );
    }
    // What the user reads, in Russian: every sheet, read or not, and why.
    let out = run(esep().args(["check", "--lang", "ru"]).arg(&xlsx));
    let said = String::from_utf8_lossy(&out.stdout);
    for line in [
        "реестр.xlsx:Свод",
        "не прочитан: ни одна строка не называет трёх и более столбцов дел, жалоб или опросов",
        "реестр.xlsx:Лист5",
        "не прочитан: пустой",
        "реестр.xlsx:Март",
        "дела: строк итогов или примечаний под таблицей — 6, это не записи",
    ] {
        assert!(said.contains(line), "{line:?} in {said}");
    }
}

#[test]
fn a_workbook_none_of_whose_sheets_holds_a_table_is_an_error_that_says_so() {
    if !have_python("openpyxl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let script = MONTHS.replace(
        "for m, month in enumerate",
        "for m, month in []and enumerate",
    );
    let script = script.replace(
        "complaints = wb.create_sheet(\"Жалобы\")",
        "complaints = wb.create_sheet(\"Прочее\")",
    );
    let script = script.replace(
        "complaints.append([\"complaint_id\", \"office\", \"received_at\", \"channel\"])",
        "",
    );
    let file = made_by_python(&script, dir.path().join("свод.xlsx"));
    let out = run(esep().arg("check").arg(&file));
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("свод.xlsx: no header row found: no row names three or more columns of the cases, complaints or surveys"),
        "{said}"
    );
}

/// Cases as an office's CSV: Russian headers, «Выдано», dates as typed.
const RUSSIAN: &str = "№ талона;Услуга;Код подразделения;Дата приема документов;Дата выдачи рузультата;Результат;Категория визы\n\
В-1;выдача визы;1910-262;03.03.2025 10:00;05.03.2025 12:00;Выдано;tourist\n\
В-2;выдача визы;1910-262;04.03.2025 10:00;06.03.2025 12:00;Выдано;tourist\n\
В-3;выдача визы;1910-262;05.03.2025 10:00;;на рассмотрении;tourist\n";

#[test]
fn a_header_a_letter_away_is_read_as_its_column_with_a_warning() {
    // Regression: «Дата выдачи рузультата» was an unknown column, and then
    // every decided row was rejected: the date of the result, required,
    // was empty.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("дела.csv");
    std::fs::write(&file, RUSSIAN).unwrap();
    let out = run(esep().args(["check", "--lang", "ru"]).arg(&file));
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.contains("столбец E прочитан как «Дата выдачи результата» (`decided_at`): его заголовок почти совпадает; исправьте заголовок"),
        "{said}"
    );
    // A header as near two columns is read as neither, and named as like both.
    let two = RUSSIAN
        .replace("Дата выдачи рузультата", "Дата выдачи результата")
        .replace("Категория визы", "Доп. проверки");
    std::fs::write(&file, two).unwrap();
    let out = run(esep().args(["check", "--lang", "ru"]).arg(&file));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("столбцы вне контракта пропущены: G (похож на «Начало доп. проверки» или «Окончание доп. проверки»)"),
        "{said}"
    );
}

#[test]
fn when_every_row_is_rejected_the_run_says_so_first_and_blames_no_flag() {
    // Regression: 0 of 121 accepted, and the report stopped with «--year
    // 2025: ни одно дело … не решено в 2025 году», no --year given.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("дела.csv");
    std::fs::write(&file, RUSSIAN.replace("1910-262", "Алматы")).unwrap();
    let out = run(esep()
        .args(["report", "--lang", "ru", "--out"])
        .arg(dir.path().join("отчёт"))
        .arg(&file));
    let said = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{said}");
    let account = said
        .find("предупреждение: дела: отклонены все строки (3); главные причины: Код подразделения:")
        .unwrap_or_else(|| panic!("{said}"));
    let stop = said
        .find("ни одно дело не принято: отклонены все строки дел")
        .unwrap_or_else(|| panic!("{said}"));
    assert!(account < stop, "{said}");
    assert!(!said.contains("--year"), "{said}");
    assert!(!dir.path().join("отчёт").exists());
}

/// Writes, with openpyxl, cases as an office keeps them: citizenship as
/// country names, the queue as times of day (time cells and text), one
/// IIN with a wrong check digit, one country misspelt; the last case, a
/// permanent-residence visa, needs the misspelt citizenship. Argument: the
/// file.
const FORGIVING: &str = r#"
import sys, datetime as dt
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = "Дела"
ws.append(["№ талона", "Услуга", "Код подразделения", "Дата приема документов",
           "Дата выдачи результата", "Результат", "Категория визы", "Гражданство",
           "ИИН", "Время прихода", "Время вызова"])
rows = [
    ("В-1", "tourist", "Узбекистан", None, dt.time(9, 0), dt.time(9, 52)),
    ("В-2", "tourist", "Россия", None, "11:18", "11:30"),
    ("В-3", "tourist", "Өзбекстан", "870412300124", dt.time(10, 0), dt.time(10, 5)),
    ("В-4", "tourist", "Узбекистон", None, None, None),
    ("В-5", "на ПМЖ", "Узбекистон", None, None, None),
]
for i, (case, category, country, iin, arrived, called) in enumerate(rows):
    day = dt.datetime(2025, 3, 4 + i, 10, 0)
    ws.append([case, "выдача визы", "1910-262", day, day + dt.timedelta(days=2), "Выдано",
               category, country, iin, arrived, called])
wb.save(sys.argv[1])
"#;

#[test]
fn a_bad_value_the_law_can_do_without_is_left_out_and_the_case_kept() {
    // Regression: citizenship as a country name and queue times without a
    // day rejected every case (0 of 121 accepted).
    if !have_python("openpyxl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let xlsx = made_by_python(FORGIVING, dir.path().join("дела.xlsx"));
    let mut files = vec![xlsx.clone()];
    if have("soffice", "libreoffice-calc-nogui") {
        files.push(converted(&xlsx, "ods", dir.path()));
    }
    for file in &files {
        let (code, json) = check_json(std::slice::from_ref(file));
        assert_eq!(code, 1, "{json}");
        assert_eq!(json["accepted"], 4, "{}: {json}", file.display());
        assert_eq!(json["rejected"], 1, "{json}");
        let codes = |key: &str| -> Vec<(String, String)> {
            json[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    (
                        p["cell"].as_str().unwrap().to_string(),
                        p["code"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        };
        assert_eq!(
            codes("warnings"),
            [
                ("I4".to_string(), "iin-check-digit".to_string()),
                ("H5".to_string(), "unknown-country".to_string())
            ],
            "{}",
            file.display()
        );
        // The permanent-residence visa cannot do without the citizenship.
        assert_eq!(
            codes("errors"),
            [("H6".to_string(), "unknown-country".to_string())]
        );
    }
    // The queue times are of the day of submission: В-1 waited 52 minutes
    // (9:00 to 9:52 on 4 March), past the 15 of item 7.2.
    let out = run(esep().args(["audit", "--json"]).arg(&xlsx));
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    let long: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "long-wait")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(long, ["В-1"], "{json}");
}

/// Fills, with openpyxl, the empty workbook of `esep template` as a clerk
/// would: two cases and a complaint with words offered by its lists, and
/// prints what it found: data validations per sheet, the hidden sheets.
/// Arguments: the file, the language (ru or kk).
const FILL: &str = r#"
import sys, datetime as dt
from openpyxl import load_workbook
path, lang = sys.argv[1], sys.argv[2]
wb = load_workbook(path)
names = [ws.title for ws in wb]
cases, complaints = wb[names[0]], wb[names[1]]
lists = wb[names[-1]]
def listed(key):
    heading = ("список: " if lang == "ru" else "тізім: ") + key
    col = [c for c in lists[1] if c.value == heading][0].column
    return [r[0].value for r in lists.iter_rows(min_row=2, min_col=col, max_col=col) if r[0].value]
service, result, category = listed("service")[0], listed("result"), listed("visa_category")
header = [c.value for c in cases[2]]
def put(ws, row, values):
    heads = [c.value for c in ws[2]]
    for head, value in values.items():
        ws.cell(row=row, column=heads.index(head) + 1, value=value)
h = lambda ru, kk: ru if lang == "ru" else kk
put(cases, 3, {h("№ талона", "Талон нөмірі"): "А-1", h("Услуга", "Қызмет"): service,
               h("Код подразделения", "Бөлімше коды"): "1910-262",
               h("Дата приема документов", "Құжаттарды қабылдау күні"): dt.datetime(2025, 3, 4, 10, 0),
               h("Дата выдачи результата", "Нәтижені беру күні"): dt.datetime(2025, 3, 6, 12, 0),
               h("Результат", "Нәтиже"): result[0], h("Категория визы", "Виза санаты"): category[-3],
               h("Гражданство", "Азаматтығы"): listed("citizenship")[0]})
put(cases, 4, {h("№ талона", "Талон нөмірі"): "А-2", h("Услуга", "Қызмет"): service,
               h("Код подразделения", "Бөлімше коды"): "1910-262",
               h("Дата приема документов", "Құжаттарды қабылдау күні"): dt.datetime(2025, 3, 5, 10, 0),
               h("Результат", "Нәтиже"): result[2], h("Категория визы", "Виза санаты"): category[-3]})
put(complaints, 3, {h("№ жалобы", "Шағым нөмірі"): "Ж-1", h("Код подразделения", "Бөлімше коды"): "1910-262",
                    h("Дата поступления", "Түскен күні"): dt.datetime(2025, 3, 7, 9, 0)})
wb.save(path)
for ws in wb:
    print(ws.title, ws.sheet_state, len(ws.data_validations.dataValidation))
"#;

#[test]
fn the_empty_workbook_of_the_contract_is_filled_in_and_read() {
    if !have_python("openpyxl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (lang, sheets) in [
        (
            "ru",
            "Дела visible 16\nЖалобы visible 6\nОпросы visible 1\nПояснения visible 0\nСписки hidden 0\n",
        ),
        (
            "kk",
            "Істер visible 16\nШағымдар visible 6\nСауалнама visible 1\nТүсініктеме visible 0\nТізімдер hidden 0\n",
        ),
    ] {
        let file = dir.path().join(format!("blank-{lang}.xlsx"));
        crate::assert_success(&run(esep()
            .args(["template", "--lang", lang, "--out"])
            .arg(&file)));
        let first = std::fs::read(&file).unwrap();
        crate::assert_success(&run(esep()
            .args(["template", "--lang", lang, "--out"])
            .arg(&file)));
        assert_eq!(std::fs::read(&file).unwrap(), first, "the same bytes");
        let out = std::process::Command::new("python3")
            .args(["-c", FILL])
            .arg(&file)
            .arg(lang)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), sheets);
        let (code, json) = check_json(std::slice::from_ref(&file));
        assert_eq!(code, 0, "{lang}: {json}");
        assert_eq!(
            sheets_of(&json),
            [
                ("cases".to_string(), 2, 2),
                ("complaints".to_string(), 1, 1)
            ],
            "{lang}: {json}"
        );
        let not_read: Vec<&str> = json["not_read"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["why"].as_str().unwrap())
            .collect();
        // The empty surveys sheet has its header: a table of no rows. The
        // notes and lists name no table.
        assert_eq!(not_read, ["no-header", "no-header"], "{lang}: {json}");
    }
}

/// (table, rows, accepted) of each table read.
fn sheets_of(json: &Value) -> Vec<(String, u64, u64)> {
    sheets(json)
        .into_iter()
        .filter(|s| s.2 > 0)
        .map(|(table, _, rows, accepted, _, _)| (table, rows, accepted))
        .collect()
}

#[test]
fn a_sheet_of_notes_that_names_columns_is_named_as_no_table_not_an_error() {
    // A sheet of notes listing the contract's headers (`case_id`,
    // `№ талона`: the same column twice) stopped the run as a header with
    // a column twice.
    if !have_python("openpyxl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let script = r#"
import sys
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = "Дела"
ws.append(["case_id", "service", "office", "submitted_at", "result", "visa_category"])
ws.append(["А-1", "visa-issue", "1910-262", "04.03.2025 10:00", "pending", "tourist"])
notes = wb.create_sheet("Заметки")
notes.append(["case_id", "№ талона", "Услуга"])
wb.save(sys.argv[1])
"#;
    let file = made_by_python(script, dir.path().join("notes.xlsx"));
    let (code, json) = check_json(std::slice::from_ref(&file));
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["accepted"], 1);
    assert_eq!(json["not_read"][0]["why"], "unclear-header", "{json}");
    let out = run(esep().args(["check", "--lang", "ru"]).arg(&file));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("не прочитан: не таблица:"), "{said}");
}

#[test]
fn the_notes_of_the_empty_workbook_are_as_tall_as_their_text() {
    // Regression: the explanations wrapped in rows of one line, and
    // overprinted the next row in LibreOffice and on paper.
    if !have_python("openpyxl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("бос.xlsx");
    crate::assert_success(&run(esep()
        .args(["template", "--lang", "kk", "--out"])
        .arg(&file)));
    let script = r#"
import sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1])["Түсініктеме"]
for row in range(2, ws.max_row + 1):
    what = ws.cell(row=row, column=4).value
    print(len(what), ws.row_dimensions[row].height or 15)
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let rows = String::from_utf8(out.stdout).unwrap();
    assert_eq!(rows.lines().count(), 59, "{rows}");
    for line in rows.lines() {
        let (letters, height) = line.split_once(' ').unwrap();
        let (letters, height): (f64, f64) = (letters.parse().unwrap(), height.parse().unwrap());
        // 80 characters a line at 15 points a line.
        let lines = (letters / 76.0).ceil();
        assert!(height >= 15.0 * lines, "{line}");
    }
}
