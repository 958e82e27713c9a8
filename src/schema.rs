//! The tables and columns of the input contract (`docs/contract.md`):
//! each column's key and its Russian and Kazakh header, and whether the
//! column must be present. Conditional requirements ("if refused") are value
//! rules of [`crate::validate`], not column rules.

use serde::Serialize;

/// One column of a table of the contract.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub key: &'static str,
    pub ru: &'static str,
    pub kk: &'static str,
    /// The column must be present in the header (and its value in every row).
    pub required: bool,
}

impl Column {
    /// The column as a reader of `lang` knows it: its key in English, else
    /// the contract's header in Russian or Kazakh.
    pub fn header(&self, lang: crate::lang::Lang) -> &'static str {
        lang.pick(self.key, self.ru, self.kk)
    }
}

/// The header of the contract's column `key` in `lang` (the key itself if
/// no table has it).
pub fn header(key: &str, lang: crate::lang::Lang) -> &str {
    Table::ALL
        .iter()
        .flat_map(|t| t.columns())
        .find(|c| c.key == key)
        .map_or(key, |c| c.header(lang))
}

/// The three tables of a case workbook.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Table {
    Cases,
    Complaints,
    Surveys,
}

impl Table {
    pub const ALL: [Table; 3] = [Table::Cases, Table::Complaints, Table::Surveys];

    pub fn columns(self) -> &'static [Column] {
        match self {
            Table::Cases => CASES,
            Table::Complaints => COMPLAINTS,
            Table::Surveys => SURVEYS,
        }
    }

    /// Sheet names that hold this table (compared case-insensitively).
    pub fn sheet_names(self) -> [&'static str; 3] {
        match self {
            Table::Cases => ["Cases", "Дела", "Істер"],
            Table::Complaints => ["Complaints", "Жалобы", "Шағымдар"],
            Table::Surveys => ["Surveys", "Опросы", "Сауалнама"],
        }
    }

    /// The table by its name in `lang` (terminal summaries, sheet names).
    pub fn name(self, lang: crate::lang::Lang) -> String {
        self.title().text(lang)
    }

    /// The table's name, as a message of the catalogues.
    pub fn title(self) -> crate::catalog::Msg {
        crate::msg!("table-name", table = self.key())
    }

    pub fn key(self) -> &'static str {
        match self {
            Table::Cases => "cases",
            Table::Complaints => "complaints",
            Table::Surveys => "surveys",
        }
    }
}

macro_rules! columns {
    ($table:ident, $enum:ident { $($variant:ident = ($key:literal, $ru:literal, $kk:literal, $req:literal)),+ $(,)? }) => {
        /// Positions of the columns in the table's column list.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $enum { $($variant),+ }

        pub const $table: &[Column] = &[
            $(Column { key: $key, ru: $ru, kk: $kk, required: $req }),+
        ];
    };
}

columns!(CASES, CaseCol {
    CaseId = ("case_id", "№ талона", "Талон нөмірі", true),
    Service = ("service", "Услуга", "Қызмет", true),
    Office = ("office", "Код подразделения", "Бөлімше коды", true),
    SubmittedAt = ("submitted_at", "Дата приема документов", "Құжаттарды қабылдау күні", true),
    DecidedAt = ("decided_at", "Дата выдачи результата", "Нәтижені беру күні", false),
    Result = ("result", "Результат", "Нәтиже", true),
    RefusalGround = ("refusal_ground", "Основание отказа", "Бас тарту негізі", false),
    ApplicantName = ("applicant_name", "Заявитель", "Өтініш беруші", false),
    ApplicantKind = ("applicant_kind", "Вид заявителя", "Өтініш берушінің түрі", false),
    ApplicantIsInviter = ("applicant_is_inviter", "Приглашающая сторона", "Шақыруды ресімдеген", false),
    PersonName = ("person_name", "ФИО иностранца", "Шетелдіктің Т.А.Ә.", false),
    Citizenship = ("citizenship", "Гражданство", "Азаматтығы", false),
    EthnicKazakh = ("ethnic_kazakh", "Казах по национальности", "Ұлты қазақ", false),
    Iin = ("iin", "ИИН", "ЖСН", false),
    PassportNo = ("passport_no", "№ паспорта", "Паспорт нөмірі", false),
    VisaCategory = ("visa_category", "Категория визы", "Виза санаты", false),
    Entries = ("entries", "Кратность", "Кіру саны", false),
    VisaValidTo = ("visa_valid_to", "Виза действительна до", "Виза мерзімі", false),
    ExtendedTo = ("extended_to", "Продлено до", "Ұзартылған мерзімі", false),
    PriorExtensions = ("prior_extensions", "Прежних продлений", "Бұрынғы ұзартулар", false),
    PermitValidTo = ("permit_valid_to", "Разрешение на привлечение ИРС до", "Рұқсат мерзімі", false),
    KnbApproved = ("knb_approved", "Согласовано с КНБ", "ҰҚК келісімі", false),
    FeeAmount = ("fee_amount", "Госпошлина, тенге", "Мемлекеттік баж, теңге", false),
    FeePaidOn = ("fee_paid_on", "Дата оплаты", "Төлеу күні", false),
    Documents = ("documents", "Принятые документы", "Қабылданған құжаттар", false),
    AcceptedBy = ("accepted_by", "Принял", "Қабылдаған", false),
    AcceptedByPosition = ("accepted_by_position", "Должность", "Лауазымы", false),
    QueueArrivedAt = ("queue_arrived_at", "Время прихода", "Келген уақыты", false),
    QueueCalledAt = ("queue_called_at", "Время вызова", "Шақырылған уақыты", false),
    ServiceEndedAt = ("service_ended_at", "Окончание обслуживания", "Қызмет көрсету аяқталды", false),
    FormularCode = ("formular_code", "Код формуляра", "Формуляр коды", false),
    FormularReturned = ("formular_returned", "Причина возврата формуляра", "Формулярды қайтару себебі", false),
    ExtraCheckStarted = ("extra_check_started", "Начало доп. проверки", "Қосымша тексеру басталды", false),
    ExtraCheckEnded = ("extra_check_ended", "Окончание доп. проверки", "Қосымша тексеру аяқталды", false),
    ConclusionOn = ("conclusion_on", "Дата заключения", "Қорытынды күні", false),
    // Version 2.
    IssuedTo = ("issued_to", "Кому выдан результат", "Нәтиже кімге берілді", false),
    ExceptionalGrounds = ("exceptional_grounds", "Исключительные обстоятельства", "Ерекше жағдайлар", false),
    BirthDate = ("birth_date", "Дата рождения", "Туған күні", false),
    RagsRequestOn = ("rags_request_on", "Дата запроса в РАГС", "АХАЖ-ға сұрау салынған күні", false),
});

columns!(COMPLAINTS, ComplaintCol {
    ComplaintId = ("complaint_id", "№ жалобы", "Шағым нөмірі", true),
    Office = ("office", "Код подразделения", "Бөлімше коды", true),
    ReceivedAt = ("received_at", "Дата поступления", "Түскен күні", true),
    CaseId = ("case_id", "№ талона", "Талон нөмірі", false),
    Channel = ("channel", "Способ подачи", "Берілу тәсілі", false),
    Subject = ("subject", "Предмет", "Мәні", false),
    Justified = ("justified", "Обоснованная", "Негізді", false),
    AnsweredAt = ("answered_at", "Дата ответа", "Жауап берілген күні", false),
    // Version 2.
    ComplainantKind = ("complainant_kind", "Вид заявителя", "Шағымданушының түрі", false),
    ComplainantName = ("complainant_name", "Заявитель", "Шағымданушы", false),
    ComplainantAddress = ("complainant_address", "Почтовый адрес", "Пошталық мекенжайы", false),
    OutgoingNo = ("outgoing_no", "Исходящий номер", "Шығыс нөмірі", false),
    OutgoingDate = ("outgoing_date", "Исходящая дата", "Шығыс күні", false),
    Signed = ("signed", "Подписана", "Қол қойылған", false),
    AcceptedBy = ("accepted_by", "Принял", "Қабылдаған", false),
});

columns!(SURVEYS, SurveyCol {
    Office = ("office", "Код подразделения", "Бөлімше коды", true),
    AnsweredOn = ("answered_on", "Дата опроса", "Сауалнама күні", true),
    Quality = ("quality", "Качество услуги", "Қызмет сапасы", false),
    Information = ("information", "Информированность", "Ақпараттандыру", false),
    Politeness = ("politeness", "Вежливость", "Сыпайылық", false),
});

/// Columns whose values are days or moments: the files of rejected rows
/// write them back as date cells, as the user's own workbook had them.
pub const DATES: [&str; 18] = [
    "submitted_at",
    "decided_at",
    "visa_valid_to",
    "extended_to",
    "permit_valid_to",
    "fee_paid_on",
    "queue_arrived_at",
    "queue_called_at",
    "service_ended_at",
    "extra_check_started",
    "extra_check_ended",
    "conclusion_on",
    "birth_date",
    "rags_request_on",
    "received_at",
    "answered_at",
    "outgoing_date",
    "answered_on",
];

/// The most characters a value of column `key` may hold, counted as Excel
/// counts them (UTF-16 units: a letter of any alphabet one, an emoji two):
/// a name or an address as long as a document's field holds, an id, a
/// code, a date, a number, a word of a vocabulary far below it
/// (`docs/contract.md`, "Field limits").
pub fn max_length(key: &str) -> usize {
    match key {
        "applicant_name"
        | "person_name"
        | "complainant_name"
        | "accepted_by"
        | "accepted_by_position" => 150,
        "complainant_address" => 300,
        "documents" => 500,
        "case_id" | "complaint_id" | "outgoing_no" => 50,
        _ => 100,
    }
}

/// Columns whose values are printed on documents as names: each letter of
/// them may carry at most [`MAX_MARKS`] combining marks.
pub const NAMES: [&str; 5] = [
    "applicant_name",
    "person_name",
    "complainant_name",
    "accepted_by",
    "accepted_by_position",
];

/// Columns whose values documents print as they were typed: the names,
/// and the numbers of the case, the complaint and the passport. Each
/// character of them must be one a bundled font draws
/// ([`crate::fonts::unprintable`]).
pub const PRINTED: [&str; 8] = [
    "applicant_name",
    "person_name",
    "complainant_name",
    "accepted_by",
    "accepted_by_position",
    "case_id",
    "complaint_id",
    "passport_no",
];

/// Combining marks one letter of a name may carry: two stack in
/// Vietnamese; a letter under thousands of them costs a typesetter memory
/// that grows with their square.
pub const MAX_MARKS: usize = 2;

/// Columns whose values are amounts of tenge.
pub const AMOUNTS: [&str; 1] = ["fee_amount"];

/// The spreadsheet letter of a zero-based column index (0 → `A`, 26 → `AA`).
pub fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(16383), "XFD");
    }

    #[test]
    fn the_contract_has_39_case_and_15_complaint_columns_and_unique_names() {
        // Version 1's 35 and 8, then version 2's additions.
        assert_eq!(CASES.len(), 39);
        assert_eq!(CASES[CaseCol::ConclusionOn as usize].key, "conclusion_on");
        assert_eq!(
            CASES[CaseCol::RagsRequestOn as usize].key,
            "rags_request_on"
        );
        assert_eq!(COMPLAINTS.len(), 15);
        assert_eq!(
            COMPLAINTS[ComplaintCol::AnsweredAt as usize].key,
            "answered_at"
        );
        assert_eq!(
            COMPLAINTS[ComplaintCol::AcceptedBy as usize].key,
            "accepted_by"
        );
        assert_eq!(SURVEYS[SurveyCol::Politeness as usize].key, "politeness");
        for table in Table::ALL {
            let mut names: Vec<String> = table
                .columns()
                .iter()
                .flat_map(|c| [c.key, c.ru, c.kk])
                .map(crate::text::fold)
                .collect();
            let n = names.len();
            names.sort();
            names.dedup();
            assert_eq!(
                names.len(),
                n,
                "a header name of {table:?} is shared by two columns"
            );
        }
    }

    /// The published contract, `docs/contract.md`: each of its tables of
    /// columns (`| key | Russian | Kazakh | …`), by the heading it stands
    /// under, as (key, Russian, Kazakh, required) rows.
    fn published() -> Vec<(Table, Vec<[String; 4]>)> {
        let text = include_str!("../docs/contract.md");
        let mut tables: Vec<(Table, Vec<[String; 4]>)> = Vec::new();
        let mut heading = "";
        let mut lines = text.lines().peekable();
        while let Some(line) = lines.next() {
            if line.starts_with('#') {
                heading = line;
                continue;
            }
            if !line.starts_with("| key | Russian | Kazakh |") {
                continue;
            }
            let table = if heading.contains("complaints") {
                Table::Complaints
            } else if heading.contains("surveys") {
                Table::Surveys
            } else if heading.contains("cases") {
                Table::Cases
            } else {
                panic!("a table of columns under {heading:?}")
            };
            let required_at = line.split('|').map(str::trim).position(|h| h == "required");
            lines.next(); // |---|
            let mut rows = Vec::new();
            while let Some(row) = lines.next_if(|l| l.starts_with('|')) {
                let cells: Vec<&str> = row.split('|').map(str::trim).collect();
                let required = required_at.map_or("no", |i| cells[i]);
                rows.push([
                    cells[1].to_string(),
                    cells[2].to_string(),
                    cells[3].to_string(),
                    required.to_string(),
                ]);
            }
            tables.push((table, rows));
        }
        tables
    }

    #[test]
    fn the_published_contract_lists_every_column_of_the_schema() {
        let published = published();
        for table in Table::ALL {
            let rows: Vec<&[String; 4]> = published
                .iter()
                .filter(|(t, _)| *t == table)
                .flat_map(|(_, rows)| rows)
                .collect();
            let listed: Vec<(&str, &str, &str)> = rows
                .iter()
                .map(|r| (r[0].as_str(), r[1].as_str(), r[2].as_str()))
                .collect();
            let schema: Vec<(&str, &str, &str)> = table
                .columns()
                .iter()
                .map(|c| (c.key, c.ru, c.kk))
                .collect();
            assert_eq!(
                listed, schema,
                "{table:?}: docs/contract.md and src/schema.rs differ"
            );
            // «yes» in the contract is a column every file must have.
            for (row, column) in rows.iter().zip(table.columns()) {
                assert_eq!(
                    row[3] == "yes",
                    column.required,
                    "{table:?}.{}: required is {:?} in docs/contract.md",
                    column.key,
                    row[3]
                );
            }
        }
    }
}
