//! Documents: talons (and, as they come, decisions and the annual report)
//! rendered to PDF, read back as text with a PDF text extractor; page sizes
//! from the PDF itself; user templates that fail or overreach.

use std::path::{Path, PathBuf};

use crate::{assert_success, esep, run};

const CASES: &str = "case_id;service;office;submitted_at;decided_at;result;visa_category;applicant_name;accepted_by;accepted_by_position;documents;visa_valid_to;formular_code\n\
V-1;visa-issue;1910-262;18.03.2025 10:05;28.03.2025 17:00;granted;tourist;Ким Сергей;Әбенова Гүлнәр Қайратқызы;инспектор;\"application;passport;fee-receipt\"\n\
V-2;visa-extend;1902-204;31.12.2025 16:40;;pending;study;ТОО «Жарық»;Иванов Пётр;старший инспектор;\"application;passport;fee-receipt;study-letter\";15.01.2026;\n\
V-3;id-document;1910-264;02.04.2025 09:00;;pending;;;Сейітқали Ұлан;инспектор;passport;;01\n";

fn input(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("cases.csv");
    std::fs::write(&path, text).unwrap();
    path
}

/// `n` pending cases with ids `<prefix>-000`, `<prefix>-001`, …
fn pending(prefix: &str, n: usize) -> String {
    let mut text = CASES.lines().next().unwrap().to_string() + "\n";
    for i in 0..n {
        text += &format!(
            "{prefix}-{i:03};visa-issue;1910-262;18.03.2025 10:05;;pending;tourist;;Иванов Пётр;инспектор;passport;;\n"
        );
    }
    text
}

/// Asserts that `text` holds every one of `expected`, naming the first it lacks.
fn assert_holds(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "{e:?} not in {text}");
    }
}

/// The PDF's text, runs of white space made one space.
fn text_of(pdf: &Path) -> String {
    let text = pdf_extract::extract_text(pdf).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn media_boxes(pdf: &Path) -> Vec<String> {
    let bytes = std::fs::read(pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.match_indices("/MediaBox[")
        .map(|(i, _)| text[i + 10..].split(']').next().unwrap().to_string())
        .collect()
}

fn talons(dir: &Path, args: &[&str]) -> (std::process::Output, PathBuf) {
    talons_of(dir, CASES, args)
}

/// `esep talons ARGS --out DIR/talons.pdf` on a cases file holding `cases`.
fn talons_of(dir: &Path, cases: &str, args: &[&str]) -> (std::process::Output, PathBuf) {
    let cases = input(dir, cases);
    let out = dir.join("talons.pdf");
    let output = run(esep()
        .arg("talons")
        .args(args)
        .arg("--out")
        .arg(&out)
        .arg(&cases));
    (output, out)
}

#[test]
fn appendix5_talons_are_75_by_55_mm_and_say_who_accepted_when() {
    let dir = tempfile::tempdir().unwrap();
    let (output, pdf) = talons(dir.path(), &["--form", "appendix5", "--lang", "kk"]);
    assert_success(&output);
    // 75 mm × 55 mm in points, one page per visa case: the identity
    // document V-3 has a talon of its own.
    assert_eq!(media_boxes(&pdf), vec!["0 0 212.59842 155.90552"; 2]);
    let text = text_of(&pdf);
    assert_holds(
        &text,
        &[
            "ТАЛОН",
            "Өтінішті қабылдаған",
            "Әбенова Гүлнәр Қайратқызы",
            "2025 жылғы «18» наурыз",
            "10 сағат 05 минут",
            "V-1",
            "V-2",
            // Regression: the line broke after «5-», leaving «қосымша» alone.
            "стандартына 5-қосымша",
            // The act, on the talon itself.
            "2011 жылғы 28 ақпандағы № 200",
        ],
    );
    assert!(!text.contains("V-3"), "{text}");
    // Regression: the talon said its act was void; no talon names esep.
    assert!(!text.contains("жойыл") && !text.contains("esep"), "{text}");
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("ескертпе: талоны басқа нысандағы қабылданған жеке басты куәландыратын құжат істері: 1 — `esep talons --form registration`")
    );
    // The issuer as named on the day of acceptance (Appendix 1's unit,
    // renamed in 2018), not the name of 2011.
    assert!(
        text.contains("Әуезов ауданының полиция басқармасы") && !text.contains("Ішкі істер"),
        "{text}"
    );
}

#[test]
fn ten_appendix5_talons_go_to_an_a4_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let (output, pdf) = talons_of(
        dir.path(),
        &pending("T", 12),
        &["--form", "appendix5", "--sheet", "a4", "--lang", "ru"],
    );
    assert_success(&output);
    assert_eq!(media_boxes(&pdf), vec!["0 0 595.2756 841.8898"; 2]);
    let text = text_of(&pdf);
    assert!(text.contains("T-000") && text.contains("T-011"), "{text}");
    assert!(text.contains("Заявление принял"), "{text}");
}

#[test]
fn appendix3_lists_the_documents_and_the_issue_date() {
    let dir = tempfile::tempdir().unwrap();
    let (output, pdf) = talons(dir.path(), &["--form", "appendix3", "--lang", "ru"]);
    assert_success(&output);
    assert_eq!(media_boxes(&pdf), vec!["0 0 419.52756 595.2756"; 2]);
    let text = text_of(&pdf);
    assert_holds(
        &text,
        &[
            "ТАЛОН № V-1",
            "Ким Сергей",
            "ТОО «Жарық»",
            "Перечень принятых документов:",
            "квитанция об уплате государственной пошлины",
            "письменное ходатайство учебного заведения",
            "(должность сотрудника УМП ДВД)",
            "старший инспектор",
            "«18» марта 2025 г.",
            "Дата и время выдачи:",
            // The deadline of V-1: the fifth working day after 18 March, across Nauryz.
            "«28» марта 2025 г.",
            // V-2 across New Year and Christmas: 31 December 2025 + 5 working days
            // (5, 6, 8, 9, 12 January).
            "«12» января 2026 г.",
            // The issuers, named in Russian on a Russian talon.
            "Управление полиции Ауэзовского района",
            "Отдел полиции Аккольского района",
        ],
    );
    assert!(
        !text.contains("ауданының") && !text.contains("esep"),
        "{text}"
    );
}

#[test]
fn the_same_input_gives_the_same_pdf_and_pdf_a_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let (_, first) = talons(dir.path(), &["--form", "appendix5", "--lang", "ru"]);
    let first = std::fs::read(first).unwrap();
    let (_, second) = talons(dir.path(), &["--form", "appendix5", "--lang", "ru"]);
    assert!(first == std::fs::read(second).unwrap(), "two runs differ");
    let (output, archival) = talons(
        dir.path(),
        &[
            "--form",
            "appendix5",
            "--lang",
            "ru",
            "--pdf-standard",
            "a-2b",
        ],
    );
    assert_success(&output);
    let bytes = std::fs::read(archival).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("<pdfaid:part>2</pdfaid:part>"),
        "PDF/A-2 identification"
    );
    assert!(text.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
}

/// A template folder `DIR/mine` of the user's, whose Appendix 5 talon is `source`.
fn user_talon(dir: &Path, source: &str) -> PathBuf {
    let templates = dir.join("mine");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("talon-appendix5.typ"), source).unwrap();
    templates
}

#[test]
fn a_template_error_names_file_line_and_column_with_the_source_line() {
    let dir = tempfile::tempdir().unwrap();
    let templates = user_talon(
        dir.path(),
        "#let data = json(\"/data.json\")\n#set page(width: 75mm, height: 55mm)\n#for t in data.talons [#t.numbr]\n",
    );
    let (output, pdf) = talons(
        dir.path(),
        &[
            "--form",
            "appendix5",
            "--lang",
            "kk",
            "--templates",
            templates.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("mine/talon-appendix5.typ:3:"), "{stderr}");
    assert!(stderr.contains("numbr"), "{stderr}");
    assert!(
        stderr.contains("    3 | #for t in data.talons [#t.numbr]"),
        "{stderr}"
    );
    assert!(!pdf.exists(), "nothing written");
}

#[test]
fn a_template_warning_is_printed_once_however_many_chunks_warn() {
    let dir = tempfile::tempdir().unwrap();
    let templates = user_talon(
        dir.path(),
        "#let data = json(\"/data.json\")\n#set text(font: \"No Such Family\")\n#for t in data.talons [#t.number #pagebreak(weak: true)]\n",
    );
    // 450 talons: three chunks, each laid out with the same warning.
    let (output, pdf) = talons_of(
        dir.path(),
        &pending("W", 450),
        &[
            "--form",
            "appendix5",
            "--lang",
            "kk",
            "--templates",
            templates.to_str().unwrap(),
        ],
    );
    assert_success(&output);
    assert!(pdf.exists());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr
            .matches("warning: unknown font family: no such family")
            .count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("mine/talon-appendix5.typ:2:"),
        "the warning names its place: {stderr}"
    );
}

#[test]
fn a_user_template_reaches_neither_other_files_nor_the_network() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
    let templates = dir.path().join("mine");
    std::fs::create_dir(&templates).unwrap();
    for (attempt, why) in [
        ("#read(\"../secret.txt\")", "would escape"),
        ("#read(\"/etc/passwd\")", "not found"),
        ("#import \"@preview/cetz:0.3.0\": *", "access denied"),
    ] {
        std::fs::write(
            templates.join("talon-appendix5.typ"),
            format!("{attempt}\n"),
        )
        .unwrap();
        let (output, _) = talons(
            dir.path(),
            &[
                "--form",
                "appendix5",
                "--lang",
                "kk",
                "--templates",
                templates.to_str().unwrap(),
            ],
        );
        let stderr = String::from_utf8_lossy(&output.stderr).to_lowercase();
        assert_eq!(output.status.code(), Some(2), "{attempt}: {stderr}");
        assert!(stderr.contains(why), "{attempt}: {stderr}");
        assert!(!stderr.contains("secret\n"));
    }
}

/// A6 in points.
const A6: &str = "0 0 297.6378 419.52756";

#[test]
fn identity_documents_get_the_talon_of_registration_of_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let (output, pdf) = talons(dir.path(), &["--form", "registration", "--lang", "ru"]);
    assert_success(&output);
    assert_eq!(media_boxes(&pdf), vec![A6]);
    let text = text_of(&pdf);
    assert_holds(
        &text,
        &[
            "ТАЛОН РЕГИСТРАЦИИ ЗАЯВКИ",
            "№ V-3",
            "01 — достижение 16-летнего возраста",
            "«2» апреля 2025 г.",
            "Сейітқали Ұлан",
            "талон регистрации заявки № V-3",
            "пункты 56, 57 Правил",
            "от 31 мая 2016 года № 583, в редакции от 3 августа 2021 года № 451",
            // The issuer, named in Russian as on the day.
            "Управление полиции Бостандыкского района",
        ],
    );
    assert!(
        !text.contains("стандарт") && !text.contains("ауданының") && !text.contains("esep"),
        "the visa standard cited, a Kazakh name or the program: {text}"
    );
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("примечание: принятых дел о визах с талоном другой формы: 2 — `esep talons --form appendix3` / `--form appendix5`")
    );
    // Four to an A4 sheet.
    let (output, pdf) = talons(
        dir.path(),
        &["--form", "registration", "--sheet", "a4", "--lang", "kk"],
    );
    assert_success(&output);
    assert_eq!(media_boxes(&pdf), vec!["0 0 595.2756 841.8898"]);
    assert!(text_of(&pdf).contains("ӨТІНІМДІ ТІРКЕУ ТАЛОНЫ"));
}

#[test]
fn no_case_of_the_form_is_an_error_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (output, pdf) = talons_of(
        dir.path(),
        &pending("T", 2),
        &["--form", "registration", "--lang", "ru"],
    );
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(
            "нет принятого дела о документе, удостоверяющем личность, для которого печатается талон"
        ),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!pdf.exists());
}

/// Complaints as a user's CSV: who accepted each, when, at which office.
const COMPLAINTS: &str = "complaint_id;office;received_at;channel;accepted_by\n\
Ж-1;1910-262;01.04.2025 10:00;in-person;Нұрланов Ерлан Серікұлы\n\
Ж-2;1902-204;30.12.2025 17:30;post;\n";

#[test]
fn a_complaint_gets_the_talon_of_item_25() {
    let dir = tempfile::tempdir().unwrap();
    let complaints = dir.path().join("complaints.csv");
    std::fs::write(&complaints, COMPLAINTS).unwrap();
    let pdf = dir.path().join("complaints.pdf");
    let output = run(esep()
        .args(["talons", "--form", "complaint", "--lang", "ru", "--out"])
        .arg(&pdf)
        .arg(&complaints));
    assert_success(&output);
    assert!(String::from_utf8_lossy(&output.stderr).contains("талоны жалоб: 2 — "));
    assert_eq!(media_boxes(&pdf), vec![A6; 2]);
    let text = text_of(&pdf);
    assert_holds(
        &text,
        &[
            "ТАЛОН О ПРИЕМЕ ЖАЛОБЫ",
            "№ Ж-1",
            // When it was accepted, and by whom: surname and name (item 25).
            "Жалоба принята: «1» апреля 2025 г. 10 час. 00 мин.",
            "Нұрланов Ерлан Серікұлы",
            // The term: fifteen calendar days from receipt, across the
            // year's end, under the legislation in force (not Law No. 221).
            "Последний день срока ответа: «16» апреля 2025 г.",
            "«14» января 2026 г.",
            "в порядке, установленном законодательством Республики Казахстан",
            // The issuer and the place of the answer, and the body above
            // it, as named in 2025 and in Russian.
            "Управление полиции Ауэзовского района",
            "Место получения ответа: Управление полиции Ауэзовского района",
            "О ходе рассмотрения жалобы можно узнать: Департамент полиции города Алматы",
            "Отдел полиции Аккольского района",
            "Департамент полиции Акмолинской области",
            "Пункт 25 стандарта",
            "от 28 февраля 2011 года № 200",
        ],
    );
    // Regression: Law No. 221 (repealed 2021), the names of 2011 and the
    // Kazakh names on a Russian talon; and no word of the program.
    for stale in [
        "№ 221",
        "Ішкі істер",
        "Департамент внутренних дел",
        "Управление внутренних дел",
        "esep",
        "Нұрланов Е. С.",
    ] {
        assert!(!text.contains(stale), "{stale:?} in {text}");
    }
}

#[test]
fn documents_are_printed_in_kazakh_or_russian_only() {
    let dir = tempfile::tempdir().unwrap();
    let (output, _) = talons(dir.path(), &["--form", "appendix5", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("it takes: `kk`, `ru`\n"), "{said}");
}

const DECIDED: &str = "case_id;service;office;submitted_at;decided_at;result;visa_category;refusal_ground;visa_valid_to;extended_to;person_name;citizenship\n\
D-1;visa-issue;1910-262;18.03.2025 10:05;20.03.2025 17:00;granted;tourist;;;;MÜLLER Hans;DEU\n\
D/2;visa-issue;1910-262;18.03.2025 10:05;21.03.2025 11:00;refused;tourist;court-obligations;;;Ли Вэй;stateless\n\
D-3;visa-extend;1902-204;02.04.2025 10:00;04.04.2025 12:00;granted;study;;20.04.2025;20.04.2026;Айдос Сәрсен;UZB\n\
D-4;visa-issue;1902-204;02.04.2025 10:00;;pending;tourist;;;;;\n";

#[test]
fn decisions_state_the_grant_or_the_reasoned_refusal_and_the_appeal() {
    let dir = tempfile::tempdir().unwrap();
    let cases = input(dir.path(), DECIDED);
    let pdf = dir.path().join("decisions.pdf");
    let output = run(esep()
        .args(["decisions", "--lang", "ru", "--out"])
        .arg(&pdf)
        .arg(&cases));
    assert_success(&output);
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("примечание: ещё не рассмотрено принятых дел: 1, решений по ним нет")
    );
    assert_eq!(media_boxes(&pdf), vec!["0 0 595.2756 841.8898"; 3]);
    let text = text_of(&pdf);
    assert_holds(
        &text,
        &[
            "РЕШЕНИЕ",
            "о результате оказания государственной услуги",
            "Номер талона (дела): D-1",
            "Выдана виза категории",
            "Германия",
            "Мотивированный отказ в оказании государственной услуги",
            // The item as the act numbers it (it read «пункт 16.3»).
            "(подпункт 3) пункта 16 стандарта)",
            // The person as the standard calls them.
            "Иностранец MÜLLER Hans",
            "Лицо без гражданства Ли Вэй",
            "продлён до «20» апреля 2026 г.",
            "Новый срок действия «20» апреля 2026 г.",
            "вправе обратиться в суд",
            // The issuer and the body above it, as named on the day, in Russian.
            "Управление полиции Ауэзовского района",
            "вышестоящий орган — Департамент полиции города Алматы, а также Комитет миграционной службы Министерства внутренних дел Республики Казахстан",
            "Отдел полиции Аккольского района",
            "вышестоящий орган — Департамент полиции Акмолинской области",
            // The act applied, cited as acts are.
            "Применяемый акт: Стандарт государственной услуги «Выдача и продление выездных виз»",
            "от 28 февраля 2011 года № 200",
        ],
    );
    // Regression: the decision said its act was void and that esep
    // applies it; no legal document names the program.
    for stale in [
        "Утратил",
        "esep",
        "Ішкі істер",
        "Департамент внутренних дел",
        "Управление внутренних дел",
        "миграционной полиции",
        "пункт 16.3",
    ] {
        assert!(!text.contains(stale), "{stale:?} in {text}");
    }
    assert!(!text.contains("D-4"), "a pending case has no decision");
    // Regression: «продлён до 20.04.2026» and «от 28.02.2011» beside
    // «"21" января 2025 г.»: one style of date, in words, throughout.
    let numeric = text.split_whitespace().find(|w| {
        let d: Vec<&str> = w
            .trim_matches(|c: char| !c.is_ascii_digit())
            .split('.')
            .collect();
        d.len() == 3
            && d.iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    });
    assert_eq!(numeric, None, "a numeric date in a Russian decision");
}

const IDENTITY: &str = "case_id;service;office;submitted_at;decided_at;result;refusal_ground;applicant_name;person_name;citizenship;formular_code;formular_returned;extra_check_started;extra_check_ended;conclusion_on\n\
I-1;id-document;1910-262;03.03.2025 10:00;12.03.2025 12:00;granted;;Серікова Айгерім;Серікова Айгерім;KAZ;18;несоответствие фотоизображения;04.03.2025;06.03.2025;07.03.2025\n\
I-2;id-document;1910-262;03.03.2025 11:00;05.03.2025 12:00;refused;documents-incomplete;Ли Вэй;Ли Вэй;stateless;11;;;;\n\
I-3;id-document;9999-600;04.03.2025 11:00;12.03.2025 12:00;granted;;Асқаров Дәурен;Асқаров Дәурен;KAZ;18;;;;\n";

#[test]
fn an_identity_document_is_decided_under_the_rules_of_the_formular() {
    let dir = tempfile::tempdir().unwrap();
    let cases = input(dir.path(), IDENTITY);
    let pdf = dir.path().join("decisions.pdf");
    let output = run(esep()
        .args(["decisions", "--lang", "ru", "--out"])
        .arg(&pdf)
        .arg(&cases));
    assert_success(&output);
    assert_eq!(media_boxes(&pdf).len(), 3);
    let text = text_of(&pdf);
    assert_holds(
        &text,
        &[
            "по заявке на оформление документа, удостоверяющего личность",
            "Код оформления (пункт 31 Правил) 18 — истечение срока действия",
            "Дополнительная проверка (пункт 16 Правил) «4» марта 2025 г. – «6» марта 2025 г.",
            "Заключение по установлению личности (пункт 16 Правил) «7» марта 2025 г.",
            "(пункт 40 Правил) несоответствие фотоизображения",
            "Документ, удостоверяющий личность, оформлен",
            "талон регистрации заявки № I-1",
            "Отказ в выдаче документа, удостоверяющего личность",
            "или в суд в порядке, установленном законодательством Республики Казахстан",
            "Применяемый акт: Правила оформления",
            "от 31 мая 2016 года № 583, в редакции от 3 августа 2021 года № 451",
            // The person as the Rules call them, whatever the citizenship.
            "Документируемое лицо Серікова Айгерім",
            "Документируемое лицо Ли Вэй",
            // Incomplete documents are not those of the visa standard's item 11.
            "не представлены документы, необходимые для оформления документа, удостоверяющего личность",
            // The issuer and the body above, on the day: a district's unit
            // and its department; the consular service and its ministry.
            "Управление полиции Ауэзовского района",
            "вышестоящий орган — Департамент полиции города Алматы — или в суд",
            "Департамент консульской службы Министерства иностранных дел Республики Казахстан",
            "вышестоящий орган — Министерство иностранных дел Республики Казахстан — или в суд",
        ],
    );
    for visa in [
        "стандарт",
        "пункт 5 ",
        "пункт 23",
        "Выдача и продление",
        "Иностранец",
        "пунктом 11",
        "esep",
        "Комитет",
    ] {
        assert!(
            !text.to_lowercase().contains(&visa.to_lowercase()),
            "{visa:?} in {text}"
        );
    }
}

#[test]
fn one_decision_per_file_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let cases = input(dir.path(), DECIDED);
    let out = dir.path().join("decisions");
    let output = run(esep()
        .args(["decisions", "--lang", "kk", "--out"])
        .arg(&out)
        .arg(&cases));
    assert_success(&output);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["D-1.pdf", "D-3.pdf", "D_2.pdf"]);
    let refusal = text_of(&out.join("D_2.pdf"));
    assert!(
        refusal.contains("ШЕШІМ") && refusal.contains("16-тармағының 3) тармақшасы"),
        "{refusal}"
    );
    // Numbered references whole on their line («23-» / «тармақ» before).
    // Items 21 and 24 say how a complaint is filed, 23 the court; 20 and
    // 22 (where to learn the route, complaints of rudeness) are not the
    // decision's (regression: «20–22, 24»).
    for reference in ["21, 24-тармақтары", "стандарттың 23-тармағы", "5-тармағы"]
    {
        assert!(refusal.contains(reference), "{reference:?} in {refusal}");
    }
    assert!(
        refusal.contains("сотқа жүгінуге құқығы бар") && !refusal.contains("20–22"),
        "{refusal}"
    );
}

#[test]
fn talons_by_the_hundred_are_laid_out_in_chunks_and_joined_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (output, pdf) = talons_of(
        dir.path(),
        &pending("M", 450),
        &[
            "--form",
            "appendix5",
            "--lang",
            "ru",
            "--pdf-standard",
            "a-2b",
        ],
    );
    assert_success(&output);
    let doc = lopdf::Document::load(&pdf).unwrap();
    assert_eq!(doc.get_pages().len(), 450, "three chunks joined");
    // In order: every talon's id, one a page, as the input had them.
    let text = text_of(&pdf);
    let ids: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.starts_with("M-"))
        .collect();
    let expected: Vec<String> = (0..450).map(|i| format!("M-{i:03}")).collect();
    assert_eq!(ids, expected);
    // The joined document keeps the PDF/A identification of its chunks.
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(String::from_utf8_lossy(&bytes).contains("<pdfaid:part>2</pdfaid:part>"));
    let catalog = doc.catalog().unwrap();
    assert!(
        catalog.get(b"OutputIntents").is_ok(),
        "PDF/A output intent kept"
    );
}

/// `esep -vv talons` of the bundled sample's 1,961 talons into `out`,
/// running.
fn start_talons(out: &Path) -> std::process::Child {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx");
    esep()
        .args([
            "-vv",
            "talons",
            "--form",
            "appendix5",
            "--lang",
            "kk",
            "--out",
        ])
        .arg(out)
        .arg(&sample)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn a_render_killed_midway_leaves_the_old_file_untouched() {
    // SIGKILL once the first chunks are laid out: the target keeps its old
    // bytes (outputs are renamed into place only when complete).
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("talons.pdf");
    std::fs::write(&out, b"the old file").unwrap();
    let mut child = start_talons(&out);
    let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut lines = stderr.lines();
    assert!(
        lines.any(|l| l.unwrap().contains("chunks laid out")),
        "rendering began"
    );
    child.kill().unwrap();
    assert!(
        !child.wait().unwrap().success(),
        "killed before it finished"
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"the old file");
}

#[test]
fn a_write_killed_midway_leaves_no_file_and_the_next_run_clears_its_remains() {
    // SIGKILL while the joined PDF is being written (its temporary file
    // exists): no target appears. The next run writes a whole PDF and
    // removes the killed run's temporary file.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("talons.pdf");
    let mut child = start_talons(&out);
    let part = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .find(|n| n.ends_with(".part"))
    };
    let started = std::time::Instant::now();
    while part().is_none() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before writing began"
        );
        assert!(started.elapsed().as_secs() < 300);
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    child.kill().unwrap();
    assert!(
        !child.wait().unwrap().success(),
        "killed before it finished"
    );
    assert!(!out.exists(), "no half-written target");
    assert!(part().is_some(), "SIGKILL leaves the temporary file");

    let done = run(esep()
        .args(["talons", "--form", "appendix5", "--lang", "kk", "--out"])
        .arg(&out)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample-2025.xlsx")));
    assert_success(&done);
    assert_eq!(part(), None, "the killed run's temporary file is gone");
    // The visa cases of the sample (its identity documents have talons of their own).
    assert_eq!(lopdf::Document::load(&out).unwrap().get_pages().len(), 1563);
}

/// The codes `zbarimg` reads off the pages of `pdf` rendered at 300 dpi by
/// `pdftoppm`, in page order; `None` (and the reason printed) where
/// either program is missing.
fn scanned(pdf: &Path) -> Option<Vec<String>> {
    for tool in ["pdftoppm", "zbarimg"] {
        if std::process::Command::new(tool).arg("-h").output().is_err() {
            eprintln!("skipped: {tool} is not installed (Debian poppler-utils, zbar-tools)");
            return None;
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "300", "-png"])
        .arg(pdf)
        .arg(dir.path().join("page"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    let mut codes = Vec::new();
    for page in pages {
        let out = std::process::Command::new("zbarimg")
            .args(["-q", "--raw"])
            .arg(&page)
            .output()
            .unwrap();
        let mut found: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        found.sort();
        codes.extend(found);
    }
    Some(codes)
}

#[test]
fn every_talon_of_every_form_carries_its_number_as_a_qr_code() {
    let dir = tempfile::tempdir().unwrap();
    for (form, expected) in [
        ("appendix5", vec!["V-1", "V-2"]),
        ("appendix3", vec!["V-1", "V-2"]),
        ("registration", vec!["V-3"]),
    ] {
        let (output, pdf) = talons(dir.path(), &["--form", form, "--lang", "ru"]);
        assert_success(&output);
        let Some(codes) = scanned(&pdf) else { return };
        assert_eq!(codes, expected, "{form}");
    }
    // Ten to an A4 sheet: every code readable beside its neighbours.
    let (output, pdf) = talons_of(
        dir.path(),
        &pending("T", 10),
        &["--form", "appendix5", "--sheet", "a4", "--lang", "kk"],
    );
    assert_success(&output);
    let mut codes = scanned(&pdf).unwrap();
    codes.sort();
    let expected: Vec<String> = (0..10).map(|i| format!("T-{i:03}")).collect();
    assert_eq!(codes, expected);
    // A complaint's number in Cyrillic, as UTF-8.
    let complaints = dir.path().join("complaints.csv");
    std::fs::write(&complaints, COMPLAINTS).unwrap();
    let pdf = dir.path().join("complaints.pdf");
    assert_success(&run(esep()
        .args(["talons", "--form", "complaint", "--lang", "kk", "--out"])
        .arg(&pdf)
        .arg(&complaints)));
    assert_eq!(scanned(&pdf).unwrap(), ["Ж-1", "Ж-2"]);
}

#[test]
fn regression_the_talons_note_counts_only_the_rejected_rows_of_its_table() {
    // Before: every rejected row (complaints and surveys too) was said to
    // be a case without a talon.
    let dir = tempfile::tempdir().unwrap();
    let cases = input(
        dir.path(),
        &(CASES.to_string() + "V-9;visa-issue;1910-262;not a day;;pending;tourist;;;;;;\n"),
    );
    let complaints = dir.path().join("complaints.csv");
    std::fs::write(
        &complaints,
        format!("{COMPLAINTS}Ж-3;1910-262;not a day;post;\n"),
    )
    .unwrap();
    let pdf = dir.path().join("talons.pdf");
    let output = run(esep()
        .args(["talons", "--form", "appendix5", "--lang", "ru", "--out"])
        .arg(&pdf)
        .arg(&cases)
        .arg(&complaints));
    assert_success(&output);
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("примечание: отклонено строк таблицы «дела»: 1, они без талона"),
        "{said}"
    );
    let output = run(esep()
        .args(["talons", "--form", "complaint", "--lang", "ru", "--out"])
        .arg(&pdf)
        .arg(&cases)
        .arg(&complaints));
    assert_success(&output);
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("примечание: отклонено строк таблицы «жалобы»: 1, они без талона"),
        "{said}"
    );
}

/// The four cases of [`DECIDED`] (three decided) with every text at the longest the contract's
/// field limits allow (docs/contract.md), in a wide letter.
fn longest() -> String {
    let wide = |n: usize| "Ш".repeat(n);
    let mut text = String::from(
        "case_id;service;office;submitted_at;decided_at;result;visa_category;refusal_ground;visa_valid_to;extended_to;person_name;citizenship;applicant_name;accepted_by;accepted_by_position;documents\n",
    );
    let docs = "application;passport;fee-receipt;invitation;medical-letter;study-letter;work-permit;power-of-attorney;other";
    for (i, line) in DECIDED.lines().skip(1).enumerate() {
        let mut cells: Vec<String> = line.split(';').map(str::to_string).collect();
        cells[0] = format!("{i}{}", wide(49));
        if !cells[10].is_empty() {
            cells[10] = wide(150);
        }
        cells.extend([wide(150), wide(150), wide(150), format!("\"{docs}\"")]);
        text += &(cells.join(";") + "\n");
    }
    text
}

#[test]
fn the_longest_values_the_contract_allows_give_one_page_a_document() {
    // Regression: very long values filled pages (57 decisions took 3,381).
    let dir = tempfile::tempdir().unwrap();
    let cases = input(dir.path(), &longest());
    let check = run(esep().arg("check").arg(&cases));
    assert_success(&check);
    for lang in ["kk", "ru"] {
        let pdf = dir.path().join(format!("decisions-{lang}.pdf"));
        let output = run(esep()
            .args(["decisions", "--lang", lang, "--out"])
            .arg(&pdf)
            .arg(&cases));
        assert_success(&output);
        assert_eq!(media_boxes(&pdf).len(), 3, "{lang}: a page a decision");
    }
    // A talon a page: a long value wraps and shrinks within its field
    // (seen through pdftoppm: nothing overprints).
    for form in ["appendix5", "appendix3"] {
        let pdf = dir.path().join(format!("{form}.pdf"));
        let output = run(esep()
            .args(["talons", "--form", form, "--out"])
            .arg(&pdf)
            .arg(&cases));
        assert_success(&output);
        assert_eq!(media_boxes(&pdf).len(), 4, "{form}: a page a talon");
    }
    // One letter more than a field holds rejects the row by its cell.
    let over = longest().replacen(&"Ш".repeat(150), &"Ш".repeat(151), 1);
    let output = run(esep().arg("check").arg(input(dir.path(), &over)));
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains("cases.csv:K2: error: person_name: longer than the 150 characters"),
        "{said}"
    );
}

#[test]
fn a_name_under_stacked_marks_is_rejected_not_typeset() {
    // Regression: one letter under 32,000 combining marks (within Excel's
    // cell) took 2.47 GB to typeset one decision, and aborted.
    let dir = tempfile::tempdir().unwrap();
    let name = format!("A{}", "\u{0301}".repeat(100));
    let cases = DECIDED.replacen("MÜLLER Hans", &name, 1);
    let output = run(esep().arg("check").arg(input(dir.path(), &cases)));
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains(
            "cases.csv:K2: error: person_name: a letter carries more than 2 combining marks"
        ),
        "{said}"
    );
    // Two marks on a letter, as Vietnamese writes, are a name.
    let cases = DECIDED.replacen("MÜLLER Hans", "Nguye\u{0302}\u{0303}n Thi\u{0323}", 1);
    assert_success(&run(esep().arg("check").arg(input(dir.path(), &cases))));
}

#[test]
fn a_name_in_a_script_no_font_has_is_rejected_by_its_cell_and_the_others_print() {
    // Regression: with --pdf-standard a-2b a Georgian or Chinese name
    // failed the whole batch, its letters printed in the error; without
    // PDF/A it came out as empty boxes, with no warning.
    let dir = tempfile::tempdir().unwrap();
    let cases = DECIDED.replacen("MÜLLER Hans", "ნინო მამარდაშვილი", 1);
    let cases = input(dir.path(), &cases);
    let output = run(esep().arg("check").arg(&cases));
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(
        said.contains(
            "cases.csv:K2: error: person_name: letters of the Georgian script the documents cannot print; write it in Latin or Cyrillic letters"
        ),
        "{said}"
    );
    let output = run(esep().args(["check", "--lang", "ru"]).arg(&cases));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains("буквы (грузинская письменность), которых нет в шрифтах документов"),
        "{said}"
    );
    assert!(!said.contains("ნინო"), "{said}");
    // The batch prints the other decisions, as PDF/A.
    let pdf = dir.path().join("decisions.pdf");
    let output = run(esep()
        .args(["decisions", "--pdf-standard", "a-2b", "--out"])
        .arg(&pdf)
        .arg(&cases));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(!said.contains("ნ"), "{said}");
    assert_eq!(media_boxes(&pdf).len(), 2, "{said}");
    let text = text_of(&pdf);
    assert_holds(&text, &["D/2", "D-3"]);
}

/// The height of each word pdftotext finds on the first page, by word.
fn word_heights(pdf: &Path) -> Vec<(String, f64)> {
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout);
    let number = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..].split('"').next().unwrap().parse().unwrap()
    };
    html.split("<word ")
        .skip(1)
        .map(|w| {
            let (tag, rest) = w.split_once('>').unwrap();
            let word = rest.split("</word>").next().unwrap().to_string();
            (word, number(tag, "yMax") - number(tag, "yMin"))
        })
        .collect()
}

#[test]
fn a_name_a_little_too_long_for_its_field_is_shrunk_never_grown() {
    if !crate::have("pdftotext", "poppler-utils") {
        return;
    }
    // Regression: a name just wider than its field was set at 1.8 times
    // the talon's size, over the fields beside it.
    let dir = tempfile::tempdir().unwrap();
    let cases = "case_id;service;office;submitted_at;result;applicant_name;formular_code;accepted_by;accepted_by_position\n\
I-1;id-document;1910-264;02.04.2025 09:00;pending;Серікова Айгерім;18;Әбенова Гүлнәр Қайратқызы;инспектор\n";
    let (output, pdf) = talons_of(
        dir.path(),
        cases,
        &["--form", "registration", "--lang", "ru"],
    );
    assert_success(&output);
    let heights = word_heights(&pdf);
    let height = |word: &str| {
        heights
            .iter()
            .find(|(w, _)| w == word)
            .unwrap_or_else(|| panic!("{word:?} not in {heights:?}"))
            .1
    };
    let (name, position) = (height("Қайратқызы"), height("инспектор"));
    assert!(
        name <= position * 1.05,
        "the name set at {name:.1} pt, its neighbour at {position:.1} pt"
    );
}
