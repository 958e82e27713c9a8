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
    /// What it holds (`docs/contract.md`).
    pub kind: Kind,
    /// The most characters a value may hold, counted as Excel counts them
    /// (UTF-16 units: a letter of any alphabet one, an emoji two): a name
    /// or an address as long as a document's field holds, an id, a code, a
    /// date, a number, a word of a vocabulary far below it
    /// (`docs/contract.md`, "Field limits").
    pub max: usize,
    pub print: Print,
}

/// How documents print a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Print {
    /// Not at all, or in words of their own (a date, a category).
    No,
    /// As typed (the numbers of the case, the complaint, the passport):
    /// each character must be one a bundled font draws
    /// ([`crate::fonts::unprintable`]).
    AsTyped,
    /// As a name: as typed, and each letter may carry at most
    /// [`MAX_MARKS`] combining marks.
    Name,
}

/// What a column holds, as the contract words it: what `esep contract`
/// says of each column and `esep template` types and offers to choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text (a name, a number of a document).
    Text,
    /// A date.
    Date,
    /// A date, with or without a time.
    DateTime,
    /// A date and time, or a time alone on the day of submission.
    QueueTime,
    YesNo,
    /// A word of the vocabulary of `vocabularies.csv` by this name.
    Word(&'static str),
    /// Words of a vocabulary separated by `;`.
    Words(&'static str),
    Office,
    Country,
    Iin,
    /// A whole number of 0 or more.
    Count,
    /// An amount of tenge.
    Amount,
    /// 1 or 2.
    Entries,
    /// Two digits of item 31 of the Rules of the formular.
    FormularCode,
    /// A reason of item 40 of the Rules (words of `formular_returned`).
    Returned,
    /// A score of 1 to 5, or yes/no.
    Answer,
}

impl Kind {
    /// A day or a moment: the files of rejected rows write such values
    /// back as date cells, as the user's own workbook had them.
    pub fn is_date(self) -> bool {
        matches!(self, Kind::Date | Kind::DateTime | Kind::QueueTime)
    }
}

/// The column `key` of the contract (its properties are the same in
/// every table that has it).
pub fn column(key: &str) -> Option<&'static Column> {
    Table::ALL
        .iter()
        .flat_map(|t| t.columns())
        .find(|c| c.key == key)
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
    column(key).map_or(key, |c| c.header(lang))
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

/// A table of the contract, one row a column: its key, its Russian and
/// Kazakh headers, whether it is required, what it holds, the most
/// characters it may hold and how documents print it.
macro_rules! columns {
    ($table:ident, $enum:ident { $($variant:ident = ($key:literal, $ru:literal, $kk:literal, $req:literal, $kind:expr, $max:literal, $print:ident)),+ $(,)? }) => {
        /// Positions of the columns in the table's column list.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $enum { $($variant),+ }

        pub const $table: &[Column] = &[
            $(Column {
                key: $key,
                ru: $ru,
                kk: $kk,
                required: $req,
                kind: { use Kind::*; $kind },
                max: $max,
                print: Print::$print,
            }),+
        ];
    };
}

columns!(CASES, CaseCol {
    CaseId = ("case_id", "№ талона", "Талон нөмірі", true, Text, 50, AsTyped),
    Service = ("service", "Услуга", "Қызмет", true, Word("service"), 100, No),
    Office = ("office", "Код подразделения", "Бөлімше коды", true, Office, 100, No),
    SubmittedAt = ("submitted_at", "Дата приема документов", "Құжаттарды қабылдау күні", true, DateTime, 100, No),
    DecidedAt = ("decided_at", "Дата выдачи результата", "Нәтижені беру күні", false, DateTime, 100, No),
    Result = ("result", "Результат", "Нәтиже", true, Word("result"), 100, No),
    RefusalGround = ("refusal_ground", "Основание отказа", "Бас тарту негізі", false, Word("refusal_ground"), 100, No),
    ApplicantName = ("applicant_name", "Заявитель", "Өтініш беруші", false, Text, 150, Name),
    ApplicantKind = ("applicant_kind", "Вид заявителя", "Өтініш берушінің түрі", false, Word("applicant_kind"), 100, No),
    ApplicantIsInviter = ("applicant_is_inviter", "Приглашающая сторона", "Шақыруды ресімдеген", false, YesNo, 100, No),
    PersonName = ("person_name", "ФИО иностранца", "Шетелдіктің Т.А.Ә.", false, Text, 150, Name),
    Citizenship = ("citizenship", "Гражданство", "Азаматтығы", false, Country, 100, No),
    EthnicKazakh = ("ethnic_kazakh", "Казах по национальности", "Ұлты қазақ", false, YesNo, 100, No),
    Iin = ("iin", "ИИН", "ЖСН", false, Iin, 100, No),
    PassportNo = ("passport_no", "№ паспорта", "Паспорт нөмірі", false, Text, 100, AsTyped),
    VisaCategory = ("visa_category", "Категория визы", "Виза санаты", false, Word("visa_category"), 100, No),
    Entries = ("entries", "Кратность", "Кіру саны", false, Entries, 100, No),
    VisaValidTo = ("visa_valid_to", "Виза действительна до", "Виза мерзімі", false, Date, 100, No),
    ExtendedTo = ("extended_to", "Продлено до", "Ұзартылған мерзімі", false, Date, 100, No),
    PriorExtensions = ("prior_extensions", "Прежних продлений", "Бұрынғы ұзартулар", false, Count, 100, No),
    PermitValidTo = ("permit_valid_to", "Разрешение на привлечение ИРС до", "Рұқсат мерзімі", false, Date, 100, No),
    KnbApproved = ("knb_approved", "Согласовано с КНБ", "ҰҚК келісімі", false, YesNo, 100, No),
    FeeAmount = ("fee_amount", "Госпошлина, тенге", "Мемлекеттік баж, теңге", false, Amount, 100, No),
    FeePaidOn = ("fee_paid_on", "Дата оплаты", "Төлеу күні", false, Date, 100, No),
    Documents = ("documents", "Принятые документы", "Қабылданған құжаттар", false, Words("document"), 500, No),
    AcceptedBy = ("accepted_by", "Принял", "Қабылдаған", false, Text, 150, Name),
    AcceptedByPosition = ("accepted_by_position", "Должность", "Лауазымы", false, Text, 150, Name),
    QueueArrivedAt = ("queue_arrived_at", "Время прихода", "Келген уақыты", false, QueueTime, 100, No),
    QueueCalledAt = ("queue_called_at", "Время вызова", "Шақырылған уақыты", false, QueueTime, 100, No),
    ServiceEndedAt = ("service_ended_at", "Окончание обслуживания", "Қызмет көрсету аяқталды", false, QueueTime, 100, No),
    FormularCode = ("formular_code", "Код формуляра", "Формуляр коды", false, FormularCode, 100, No),
    FormularReturned = ("formular_returned", "Причина возврата формуляра", "Формулярды қайтару себебі", false, Returned, 100, No),
    ExtraCheckStarted = ("extra_check_started", "Начало доп. проверки", "Қосымша тексеру басталды", false, Date, 100, No),
    ExtraCheckEnded = ("extra_check_ended", "Окончание доп. проверки", "Қосымша тексеру аяқталды", false, Date, 100, No),
    ConclusionOn = ("conclusion_on", "Дата заключения", "Қорытынды күні", false, Date, 100, No),
    // Version 2.
    IssuedTo = ("issued_to", "Кому выдан результат", "Нәтиже кімге берілді", false, Word("issued_to"), 100, No),
    ExceptionalGrounds = ("exceptional_grounds", "Исключительные обстоятельства", "Ерекше жағдайлар", false, Word("exceptional_grounds"), 100, No),
    BirthDate = ("birth_date", "Дата рождения", "Туған күні", false, Date, 100, No),
    RagsRequestOn = ("rags_request_on", "Дата запроса в РАГС", "АХАЖ-ға сұрау салынған күні", false, Date, 100, No),
});

columns!(COMPLAINTS, ComplaintCol {
    ComplaintId = ("complaint_id", "№ жалобы", "Шағым нөмірі", true, Text, 50, AsTyped),
    Office = ("office", "Код подразделения", "Бөлімше коды", true, Office, 100, No),
    ReceivedAt = ("received_at", "Дата поступления", "Түскен күні", true, DateTime, 100, No),
    CaseId = ("case_id", "№ талона", "Талон нөмірі", false, Text, 50, AsTyped),
    Channel = ("channel", "Способ подачи", "Берілу тәсілі", false, Word("channel"), 100, No),
    Subject = ("subject", "Предмет", "Мәні", false, Word("subject"), 100, No),
    Justified = ("justified", "Обоснованная", "Негізді", false, YesNo, 100, No),
    AnsweredAt = ("answered_at", "Дата ответа", "Жауап берілген күні", false, DateTime, 100, No),
    // Version 2.
    ComplainantKind = ("complainant_kind", "Вид заявителя", "Шағымданушының түрі", false, Word("complainant_kind"), 100, No),
    ComplainantName = ("complainant_name", "Заявитель", "Шағымданушы", false, Text, 150, Name),
    ComplainantAddress = ("complainant_address", "Почтовый адрес", "Пошталық мекенжайы", false, Text, 300, No),
    OutgoingNo = ("outgoing_no", "Исходящий номер", "Шығыс нөмірі", false, Text, 50, No),
    OutgoingDate = ("outgoing_date", "Исходящая дата", "Шығыс күні", false, Date, 100, No),
    Signed = ("signed", "Подписана", "Қол қойылған", false, YesNo, 100, No),
    AcceptedBy = ("accepted_by", "Принял", "Қабылдаған", false, Text, 150, Name),
});

columns!(SURVEYS, SurveyCol {
    Office = ("office", "Код подразделения", "Бөлімше коды", true, Office, 100, No),
    AnsweredOn = ("answered_on", "Дата опроса", "Сауалнама күні", true, Date, 100, No),
    Quality = ("quality", "Качество услуги", "Қызмет сапасы", false, Answer, 100, No),
    Information = ("information", "Информированность", "Ақпараттандыру", false, Answer, 100, No),
    Politeness = ("politeness", "Вежливость", "Сыпайылық", false, Answer, 100, No),
});

/// The most characters a value of column `key` may hold ([`Column::max`]).
pub fn max_length(key: &str) -> usize {
    column(key).map_or(100, |c| c.max)
}

/// Combining marks one letter of a name may carry: two stack in
/// Vietnamese; a letter under thousands of them costs a typesetter memory
/// that grows with their square.
pub const MAX_MARKS: usize = 2;

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
    fn a_column_in_several_tables_is_the_same_column_in_each() {
        for table in Table::ALL {
            for c in table.columns() {
                let first = column(c.key).unwrap();
                assert_eq!(
                    (c.ru, c.kk, c.kind, c.max, c.print),
                    (first.ru, first.kk, first.kind, first.max, first.print),
                    "{}",
                    c.key
                );
            }
        }
        // What the table says of a few columns the law and the documents
        // rest on.
        assert_eq!(column("person_name").unwrap().print, Print::Name);
        assert_eq!(column("passport_no").unwrap().print, Print::AsTyped);
        assert_eq!(column("complainant_address").unwrap().max, 300);
        assert!(column("queue_called_at").unwrap().kind.is_date());
        assert_eq!(column("documents").unwrap().kind, Kind::Words("document"));
    }

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
