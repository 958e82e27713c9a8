//! A deterministic, realistic workbook in the input contract: cases of all
//! services and visa categories in offices of the code directory, accepted
//! in the reception hours of item 9, decided mostly within five working days
//! and some late, with queue times and fees; complaints and surveys; and a
//! few invalid rows of each rejection kind, whose count it reports so that
//! tests can expect it exactly. The same seed gives the same workbook.

use std::path::Path;

use anyhow::{Result, bail};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_xlsxwriter::{Format, Worksheet};

use crate::law::calendar::Calendar;
use crate::reference::{self, DISTRICTS};
use crate::vocab::{RefusalGround, VisaCategory, Vocabulary};

/// What to generate.
#[derive(Debug, Clone)]
pub struct SampleConfig {
    pub cases: u64,
    pub year: i32,
    pub seed: u64,
    pub invalid_per_kind: u64,
}

/// The kinds of invalid case rows the sample holds; each such row has
/// exactly one problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    DuplicateCaseId,
    UnknownOffice,
    DecidedBeforeSubmitted,
    DecidedWhilePending,
    DecidedMissing,
    RefusedWithoutGround,
    GroundNotRefused,
    VisaCategoryMissing,
    FormularCodeMissing,
    IinCheckDigit,
    BadDate,
    BadYesNo,
    BadVocabulary,
}

impl Invalid {
    pub const ALL: [Invalid; 13] = [
        Invalid::DuplicateCaseId,
        Invalid::UnknownOffice,
        Invalid::DecidedBeforeSubmitted,
        Invalid::DecidedWhilePending,
        Invalid::DecidedMissing,
        Invalid::RefusedWithoutGround,
        Invalid::GroundNotRefused,
        Invalid::VisaCategoryMissing,
        Invalid::FormularCodeMissing,
        Invalid::IinCheckDigit,
        Invalid::BadDate,
        Invalid::BadYesNo,
        Invalid::BadVocabulary,
    ];

    /// The reason code `esep check` gives such a row.
    pub fn reason_code(self) -> &'static str {
        match self {
            Invalid::DuplicateCaseId => "duplicate-id",
            Invalid::UnknownOffice => "unknown-office",
            Invalid::DecidedBeforeSubmitted => "decided-before-submitted",
            Invalid::DecidedWhilePending => "decided-while-pending",
            Invalid::DecidedMissing | Invalid::RefusedWithoutGround => "required-when",
            Invalid::VisaCategoryMissing | Invalid::FormularCodeMissing => "required-when",
            Invalid::GroundNotRefused => "ground-not-refused",
            Invalid::IinCheckDigit => "iin-check-digit",
            Invalid::BadDate => "not-a-date",
            Invalid::BadYesNo => "not-yes-no",
            Invalid::BadVocabulary => "not-in-vocabulary",
        }
    }
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleSummary {
    pub cases: u64,
    pub invalid_cases: u64,
    pub complaints: u64,
    pub invalid_complaints: u64,
    pub surveys: u64,
    pub invalid_surveys: u64,
}

/// A cell to write.
#[derive(Debug, Clone)]
enum V {
    S(String),
    T(NaiveDateTime),
    D(NaiveDate),
    N(f64),
    E,
}

impl From<&str> for V {
    fn from(s: &str) -> V {
        V::S(s.to_string())
    }
}
impl From<String> for V {
    fn from(s: String) -> V {
        V::S(s)
    }
}
impl<T: Into<V>> From<Option<T>> for V {
    fn from(v: Option<T>) -> V {
        v.map_or(V::E, Into::into)
    }
}

/// An IIN with its check digit computed from the first 11 digits, if these
/// digits admit one.
pub fn iin_with_check_digit(first11: &str) -> Option<String> {
    (0..10)
        .map(|d| format!("{first11}{d}"))
        .find(|c| crate::validate::values::iin_check_digit_ok(c))
}

/// Writes the sample workbook to `path` (atomically).
pub fn write(path: &Path, config: &SampleConfig) -> Result<SampleSummary> {
    let invalid_total = config.invalid_per_kind * Invalid::ALL.len() as u64;
    if config.cases < invalid_total * 3 + 10 {
        bail!(
            "--cases {} is too few for {} invalid rows of each of {} kinds; give at least {} cases or a smaller --invalid-per-kind",
            config.cases,
            config.invalid_per_kind,
            Invalid::ALL.len(),
            invalid_total * 3 + 10
        );
    }
    if let Err(missing) = Calendar::bundled().year(config.year) {
        bail!(
            "--year {}: the sample receives cases on the working days of its year: {missing}",
            config.year
        );
    }
    let mut generator = Generator::new(config);
    let mut workbook =
        crate::xlsx::workbook(NaiveDate::from_ymd_opt(config.year, 12, 31).expect("valid year"));
    let formats = Formats::new();

    let mut cases = workbook.new_worksheet_with_constant_memory()?;
    let summary_cases = generator.cases(&mut cases, &formats)?;
    let mut complaints = workbook.new_worksheet_with_constant_memory()?;
    let (n_complaints, bad_complaints) = generator.complaints(&mut complaints, &formats)?;
    let mut surveys = workbook.new_worksheet_with_constant_memory()?;
    let (n_surveys, bad_surveys) = generator.surveys(&mut surveys, &formats)?;
    workbook.push_worksheet(cases);
    workbook.push_worksheet(complaints);
    workbook.push_worksheet(surveys);

    crate::fsio::write_atomic(path, |file| {
        workbook.save_to_writer(std::io::BufWriter::new(file))?;
        Ok(())
    })?;
    Ok(SampleSummary {
        cases: config.cases,
        invalid_cases: summary_cases,
        complaints: n_complaints,
        invalid_complaints: bad_complaints,
        surveys: n_surveys,
        invalid_surveys: bad_surveys,
    })
}

struct Formats {
    datetime: Format,
    date: Format,
    bold: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            datetime: Format::new().set_num_format("dd.mm.yyyy hh:mm"),
            date: Format::new().set_num_format("dd.mm.yyyy"),
            bold: Format::new().set_bold(),
        }
    }
}

fn put(sheet: &mut Worksheet, row: u32, values: &[V], f: &Formats) -> Result<()> {
    for (c, v) in values.iter().enumerate() {
        let c = c as u16;
        match v {
            V::S(s) if !s.is_empty() => {
                sheet.write_string(row, c, s)?;
            }
            V::T(t) => {
                sheet.write_datetime_with_format(row, c, t, &f.datetime)?;
            }
            V::D(d) => {
                sheet.write_datetime_with_format(row, c, d, &f.date)?;
            }
            V::N(n) => {
                sheet.write_number(row, c, *n)?;
            }
            V::S(_) | V::E => {}
        }
    }
    Ok(())
}

const SURNAMES: [&str; 16] = [
    "MÜLLER",
    "KIM",
    "WANG",
    "IVANOV",
    "YILMAZ",
    "KARIMOV",
    "SMITH",
    "TANAKA",
    "PETROV",
    "RAKHIMOV",
    "LEE",
    "GARCIA",
    "SHARMA",
    "NGUYEN",
    "ABDULLAEV",
    "ZHANG",
];
const GIVEN: [&str; 16] = [
    "HANS", "MIN-JUN", "WEI", "SERGEI", "AYSE", "BOBUR", "JOHN", "YUKI", "OLGA", "DILSHOD",
    "JI-WOO", "MARIA", "ARJUN", "LINH", "JASUR", "LI",
];
const STAFF: [&str; 10] = [
    "Әбдірахманова Айгүл Қайратқызы",
    "Нұрланов Ерлан Серікұлы",
    "Жақыпова Динара Өмірзаққызы",
    "Сейітов Бауыржан Ғалымұлы",
    "Иванова Елена Петровна",
    "Құдайбергенов Асқар Нұрұлы",
    "Тоқтарова Гүлнар Үсенқызы",
    "Ким Виктор Сергеевич",
    "Омарова Ләззат Ерболқызы",
    "Шәріпов Дәурен Төлеуұлы",
];
const POSITIONS: [&str; 3] = ["инспектор", "старший инспектор", "инспектор-специалист"];
/// Citizenships of applicants, most frequent first; the first eight are not in Appendix 2.
const CITIZENSHIPS: [&str; 16] = [
    "UZB", "RUS", "CHN", "KGZ", "TUR", "TJK", "IND", "MNG", "DEU", "KOR", "USA", "JPN", "GBR",
    "FRA", "ITA", "POL",
];
const CHANNELS: [&str; 3] = ["post", "email", "in-person"];
const SUBJECTS: [&str; 4] = ["rudeness", "deadline", "refusal", "other"];
const EMPLOYERS: [&str; 5] = [
    "ТОО «Алтын Құм»",
    "АО «ҚазМұнайГаз»",
    "ТОО «Жетісу Құрылыс»",
    "Казахский национальный университет им. аль-Фараби",
    "АО «Национальный научный медицинский центр»",
];

struct Generator {
    rng: ChaCha8Rng,
    config: SampleConfig,
    offices: Vec<String>,
    /// Case ids written, for complaints to refer to.
    case_ids: Vec<String>,
}

impl Generator {
    fn new(config: &SampleConfig) -> Generator {
        // Offices inside the country; cities of republican significance weigh more.
        let mut offices = Vec::new();
        for d in DISTRICTS.iter().filter(|d| d.region_code != "9999") {
            let weight = match d.region_code.as_str() {
                "1910" | "1914" | "1959" => 6,
                _ if d.district_code.starts_with('4') => 2,
                _ => 1,
            };
            offices.extend(std::iter::repeat_n(d.office_code(), weight));
        }
        Generator {
            rng: ChaCha8Rng::seed_from_u64(config.seed),
            config: config.clone(),
            offices,
            case_ids: Vec::new(),
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.random_range(0..items.len())]
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    /// A day of the year the offices receive on: Monday to Saturday, not the
    /// fixed public holidays (Saturdays less often).
    fn reception_day(&mut self) -> NaiveDate {
        let calendar = Calendar::bundled();
        let year = calendar.year(self.config.year).expect("checked in write()");
        let days = NaiveDate::from_ymd_opt(self.config.year, 12, 31)
            .expect("valid")
            .ordinal();
        loop {
            let day = NaiveDate::from_yo_opt(self.config.year, self.rng.random_range(1..=days))
                .expect("valid");
            let working = year.is_working(day);
            let holiday = year.exceptions.get(&day).is_some_and(|e| !e.is_working());
            let receives = match day.weekday() {
                _ if working => true,
                // Saturday reception (item 9), less busy, never on a holiday.
                Weekday::Sat => !holiday && self.chance(0.3),
                _ => false,
            };
            if receives {
                return day;
            }
        }
    }

    /// A moment within the reception hours of item 9 on `day`.
    fn reception_time(&mut self, day: NaiveDate) -> NaiveDateTime {
        let saturday_hours =
            day.weekday() == Weekday::Sat && !Calendar::bundled().is_working(day).unwrap_or(false);
        let minutes = if self.chance(0.01) {
            // A few documents accepted after hours: the audit must find them.
            self.rng.random_range(18 * 60 + 5..18 * 60 + 40)
        } else if saturday_hours || self.chance(0.5) {
            self.rng.random_range(9 * 60..12 * 60 + 55)
        } else {
            self.rng.random_range(14 * 60 + 30..17 * 60 + 55)
        };
        day.and_time(NaiveTime::MIN)
            + Duration::minutes(minutes)
            + Duration::seconds(self.rng.random_range(0..60))
    }

    /// `days` working days after `from`; `None` past the calendar's years.
    fn working_days_after(from: NaiveDate, days: u32) -> Option<NaiveDate> {
        Calendar::bundled().add_working_days(from, days).ok()
    }

    fn iin(&mut self) -> String {
        loop {
            let yy = self.rng.random_range(50..100);
            let mm = self.rng.random_range(1..=12);
            let dd = self.rng.random_range(1..=28);
            let century_sex = self.rng.random_range(3..=4);
            let serial = self.rng.random_range(0..10000);
            if let Some(iin) =
                iin_with_check_digit(&format!("{yy:02}{mm:02}{dd:02}{century_sex}{serial:04}"))
            {
                return iin;
            }
        }
    }

    fn cases(&mut self, sheet: &mut Worksheet, f: &Formats) -> Result<u64> {
        sheet.set_name("Дела")?;
        let year = self.config.year;
        sheet.write_string_with_format(
            0,
            0,
            "Сведения о принятых документах и выданных результатах государственных услуг",
            &f.bold,
        )?;
        sheet.write_string(1, 0, format!("за {year} год"))?;
        let header_row = 3;
        for (c, column) in crate::schema::CASES.iter().enumerate() {
            sheet.write_string_with_format(header_row, c as u16, column.ru, &f.bold)?;
        }
        // Invalid rows are spread evenly; each is two rows or more from the next.
        let n = self.config.cases;
        let kinds = Invalid::ALL.len() as u64;
        let k = self.config.invalid_per_kind * kinds;
        let invalid_at = |i: u64| -> Option<Invalid> {
            (0..k)
                .find(|j| (j + 1) * n / (k + 1) == i)
                .map(|j| Invalid::ALL[(j % kinds) as usize])
        };
        let mut next_invalid = (1..=k).map(|j| j * n / (k + 1)).peekable();
        let mut last_valid_id = String::new();
        for i in 0..n {
            let kind = if next_invalid.peek() == Some(&i) {
                next_invalid.next();
                invalid_at(i)
            } else {
                None
            };
            let mut row = self.case(i);
            if let Some(kind) = kind {
                self.spoil(&mut row, kind, &last_valid_id);
            } else {
                last_valid_id = match &row[0] {
                    V::S(s) => s.clone(),
                    _ => unreachable!("case ids are text"),
                };
                self.case_ids.push(last_valid_id.clone());
            }
            put(sheet, header_row + 1 + i as u32, &row, f)?;
        }
        Ok(k)
    }

    /// One valid case row, in the order of [`crate::schema::CASES`].
    fn case(&mut self, i: u64) -> Vec<V> {
        let year = self.config.year;
        let office = self.pick(&self.offices.clone()).clone();
        let service = match self.rng.random_range(0..100) {
            0..45 => "visa-issue",
            45..80 => "visa-extend",
            _ => "id-document",
        };
        let day = self.reception_day();
        let called_at = self.reception_time(day);
        let wait = if self.chance(0.88) {
            self.rng.random_range(0..=15)
        } else {
            self.rng.random_range(16..45)
        };
        let served = if self.chance(0.9) {
            self.rng.random_range(4..=15)
        } else {
            self.rng.random_range(16..30)
        };
        let arrived_at = called_at - Duration::minutes(wait);
        let ended_at = called_at + Duration::minutes(served);
        let submitted_at = called_at + Duration::minutes(served.min(3));
        let queue_known = self.chance(0.95);

        let late_december = day.month() == 12 && day.day() > 20;
        let outcome = if (late_december && self.chance(0.5)) || self.chance(0.01) {
            "pending"
        } else if self.chance(0.06) {
            "refused"
        } else {
            "granted"
        };
        let working_days = if self.chance(0.93) {
            self.rng.random_range(1..=5)
        } else {
            self.rng.random_range(6..=10)
        };
        // A decision the calendar cannot date yet (past its last year) stays pending.
        let decided_day = Self::working_days_after(day, working_days);
        let outcome = if decided_day.is_none() {
            "pending"
        } else {
            outcome
        };
        let decided_at = decided_day
            .filter(|_| outcome != "pending")
            .map(|decided_day| {
                decided_day.and_time(NaiveTime::MIN)
                    + Duration::minutes(self.rng.random_range(9 * 60 + 30..17 * 60 + 30))
            });

        let visa = service != "id-document";
        let category = if service == "visa-extend" {
            if self.chance(0.92) {
                *self.pick(&[
                    VisaCategory::Medical,
                    VisaCategory::PermanentResidence,
                    VisaCategory::Study,
                    VisaCategory::Work,
                ])
            } else {
                *self.pick(&[
                    VisaCategory::Business,
                    VisaCategory::Private,
                    VisaCategory::Tourist,
                    VisaCategory::Transit,
                ])
            }
        } else {
            *self.pick(VisaCategory::ALL)
        };
        let extendable = matches!(
            category,
            VisaCategory::Medical
                | VisaCategory::PermanentResidence
                | VisaCategory::Study
                | VisaCategory::Work
        );
        let outcome = if service == "visa-extend" && !extendable && outcome == "granted" {
            "refused"
        } else {
            outcome
        };
        let ground = (outcome == "refused").then(|| {
            if service == "visa-extend" && !extendable {
                RefusalGround::NotExtendable
            } else {
                *self.pick(&[
                    RefusalGround::CriminalCase,
                    RefusalGround::Convicted,
                    RefusalGround::CourtObligations,
                    RefusalGround::PropertyObligations,
                    RefusalGround::DocumentsIncomplete,
                    RefusalGround::NoGrounds,
                ])
            }
        });

        let citizenship = if self.chance(0.02) {
            "stateless".to_string()
        } else {
            self.pick(&CITIZENSHIPS).to_string()
        };
        let ethnic_kazakh =
            matches!(citizenship.as_str(), "CHN" | "MNG" | "UZB" | "TUR") && self.chance(0.3);
        let person = format!("{} {}", self.pick(&SURNAMES), self.pick(&GIVEN));
        let legal = visa
            && matches!(
                category,
                VisaCategory::Work | VisaCategory::Study | VisaCategory::Business
            );
        let (applicant_kind, applicant_name) = if legal {
            ("legal-entity", self.pick(&EMPLOYERS).to_string())
        } else {
            ("individual", person.clone())
        };
        let passport = format!(
            "{}{:08}",
            ["N", "P", "C", "E"][self.rng.random_range(0..4)],
            self.rng.random_range(0..100_000_000u32)
        );
        let iin = self.chance(0.4).then(|| self.iin());

        let mut visa_valid_to = None;
        let mut extended_to = None;
        let mut permit_valid_to = None;
        let mut prior = None;
        let mut knb = None;
        if service == "visa-extend" {
            let valid_to = day + Duration::days(self.rng.random_range(3..30));
            visa_valid_to = Some(valid_to);
            let cap_days = match category {
                VisaCategory::PermanentResidence => 60,
                _ => 365,
            };
            let over = self.chance(0.02);
            let days = if over {
                cap_days + self.rng.random_range(1..30)
            } else {
                self.rng.random_range(20..=cap_days)
            };
            if category == VisaCategory::Work && self.chance(0.9) {
                let permit = valid_to + Duration::days(self.rng.random_range(60..300));
                permit_valid_to = Some(permit);
                extended_to = Some(if over {
                    permit + Duration::days(10)
                } else {
                    permit
                });
            } else {
                extended_to = Some(valid_to + Duration::days(days));
            }
            if outcome != "granted" {
                extended_to = None;
            }
            prior = Some(if self.chance(0.9) { 0 } else { 1 });
            knb = matches!(
                category,
                VisaCategory::Medical | VisaCategory::Study | VisaCategory::Work
            )
            .then(|| self.chance(0.97));
        }

        let fee_paid_on = day - Duration::days(self.rng.random_range(0..3));
        let mci = reference::mci_on(fee_paid_on).map_or(0, |m| m.tenge);
        let fee = if !visa || self.chance(0.03) {
            None
        } else if self.chance(0.03) {
            Some(f64::from(mci) / 2.0 - 100.0)
        } else {
            Some(f64::from(mci) / 2.0)
        };
        let mut documents = vec!["application", "passport"];
        if fee.is_some() && self.chance(0.98) {
            documents.push("fee-receipt");
        }
        match (service, category) {
            ("visa-issue", _) => documents.push("invitation"),
            ("visa-extend", VisaCategory::Medical) => documents.push("medical-letter"),
            ("visa-extend", VisaCategory::Study) => documents.push("study-letter"),
            ("visa-extend", VisaCategory::Work) if self.chance(0.97) => {
                documents.push("work-permit")
            }
            _ => {}
        }
        let (formular, extra_started, extra_ended, conclusion) = if service == "id-document" {
            let code = self.pick(&reference::FORMULAR_CODES).code.clone();
            if self.chance(0.05) {
                let started = day + Duration::days(1);
                let ended = Self::working_days_after(started, self.rng.random_range(1..=4));
                let conclusion =
                    ended.and_then(|e| Self::working_days_after(e, self.rng.random_range(0..=3)));
                (Some(code), Some(started), ended, conclusion)
            } else {
                (Some(code), None, None, None)
            }
        } else {
            (None, None, None, None)
        };
        let staff = self.pick(&STAFF).to_string();
        let position = self.pick(&POSITIONS).to_string();
        let entries = visa.then(|| if self.chance(0.7) { 1.0 } else { 2.0 });

        vec![
            V::S(format!("T{year}-{:07}", i + 1)),
            V::S(
                crate::vocab::term("service", service)
                    .expect("known")
                    .name_ru()
                    .to_string(),
            ),
            V::S(office),
            V::T(submitted_at),
            decided_at.map_or(V::E, V::T),
            V::S(
                crate::vocab::term("result", outcome)
                    .expect("known")
                    .name_ru()
                    .to_string(),
            ),
            ground.map(|g| g.key()).into(),
            V::S(applicant_name),
            V::S(
                crate::vocab::term("applicant_kind", applicant_kind)
                    .expect("known")
                    .name_ru()
                    .to_string(),
            ),
            if service == "visa-extend" {
                V::S(if self.chance(0.95) { "да" } else { "нет" }.into())
            } else {
                V::E
            },
            V::S(person),
            V::S(citizenship),
            V::S(if ethnic_kazakh { "да" } else { "нет" }.into()),
            iin.into(),
            V::S(passport),
            if visa {
                V::S(category.info().code_kk.clone())
            } else {
                V::E
            },
            entries.map_or(V::E, V::N),
            visa_valid_to.map_or(V::E, V::D),
            extended_to.map_or(V::E, V::D),
            prior.map_or(V::E, |p| V::N(f64::from(p))),
            permit_valid_to.map_or(V::E, V::D),
            knb.map(|k| if k { "да" } else { "нет" }).into(),
            fee.map_or(V::E, V::N),
            if fee.is_some() {
                V::D(fee_paid_on)
            } else {
                V::E
            },
            V::S(documents.join("; ")),
            V::S(staff),
            V::S(position),
            if queue_known { V::T(arrived_at) } else { V::E },
            if queue_known { V::T(called_at) } else { V::E },
            if queue_known { V::T(ended_at) } else { V::E },
            formular.into(),
            V::E,
            extra_started.map_or(V::E, V::D),
            extra_ended.map_or(V::E, V::D),
            conclusion.map_or(V::E, V::D),
        ]
    }

    /// Makes a valid row invalid in exactly one way.
    fn spoil(&mut self, row: &mut [V], kind: Invalid, last_valid_id: &str) {
        use crate::schema::CaseCol as C;
        let submitted = match &row[C::SubmittedAt as usize] {
            V::T(t) => *t,
            _ => unreachable!("submitted_at is always written"),
        };
        let set_result = |row: &mut [V], result: &str| {
            row[C::Result as usize] = V::S(
                crate::vocab::term("result", result)
                    .expect("known")
                    .name_ru()
                    .to_string(),
            );
        };
        let make_visa_issue = |row: &mut [V]| {
            row[C::Service as usize] = "выдача визы".into();
            row[C::VisaCategory as usize] = "ТСВ".into();
            row[C::FormularCode as usize] = V::E;
            for c in [
                C::VisaValidTo,
                C::ExtendedTo,
                C::ExtraCheckStarted,
                C::ExtraCheckEnded,
                C::ConclusionOn,
            ] {
                row[c as usize] = V::E;
            }
        };
        match kind {
            Invalid::DuplicateCaseId => row[C::CaseId as usize] = V::S(last_valid_id.to_string()),
            Invalid::UnknownOffice => row[C::Office as usize] = "1910-999".into(),
            Invalid::DecidedBeforeSubmitted => {
                set_result(row, "granted");
                make_visa_issue(row);
                row[C::RefusalGround as usize] = V::E;
                row[C::DecidedAt as usize] = V::T(submitted - Duration::days(2));
            }
            Invalid::DecidedWhilePending => {
                set_result(row, "pending");
                row[C::RefusalGround as usize] = V::E;
                row[C::ExtendedTo as usize] = V::E;
                row[C::DecidedAt as usize] = V::T(submitted + Duration::days(1));
            }
            Invalid::DecidedMissing => {
                set_result(row, "granted");
                make_visa_issue(row);
                row[C::RefusalGround as usize] = V::E;
                row[C::DecidedAt as usize] = V::E;
            }
            Invalid::RefusedWithoutGround => {
                set_result(row, "refused");
                row[C::DecidedAt as usize] = V::T(submitted + Duration::days(1));
                row[C::ExtendedTo as usize] = V::E;
                row[C::RefusalGround as usize] = V::E;
            }
            Invalid::GroundNotRefused => {
                set_result(row, "granted");
                make_visa_issue(row);
                row[C::DecidedAt as usize] = V::T(submitted + Duration::days(1));
                row[C::RefusalGround as usize] = "convicted".into();
            }
            Invalid::VisaCategoryMissing => {
                make_visa_issue(row);
                row[C::VisaCategory as usize] = V::E;
            }
            Invalid::FormularCodeMissing => {
                row[C::Service as usize] = "документ, удостоверяющий личность".into();
                row[C::FormularCode as usize] = V::E;
                row[C::VisaValidTo as usize] = V::E;
                row[C::ExtendedTo as usize] = V::E;
            }
            Invalid::IinCheckDigit => {
                let iin = self.iin();
                let last = iin.as_bytes()[11] - b'0';
                row[C::Iin as usize] = V::S(format!("{}{}", &iin[..11], (last + 1) % 10));
            }
            Invalid::BadDate => {
                row[C::SubmittedAt as usize] = V::S(format!("31.02.{}", self.config.year));
                row[C::DecidedAt as usize] = match &row[C::DecidedAt as usize] {
                    V::T(_) => V::T(submitted + Duration::days(3)),
                    other => other.clone(),
                };
            }
            Invalid::BadYesNo => row[C::EthnicKazakh as usize] = "возможно".into(),
            Invalid::BadVocabulary => {
                make_visa_issue(row);
                row[C::Service as usize] = "виза".into();
            }
        }
    }

    fn complaints(&mut self, sheet: &mut Worksheet, f: &Formats) -> Result<(u64, u64)> {
        sheet.set_name("Жалобы")?;
        for (c, column) in crate::schema::COMPLAINTS.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, column.kk, &f.bold)?;
        }
        let year = self.config.year;
        let n = (self.config.cases / 200).max(5);
        let bad = 2;
        for i in 0..n {
            let day = self.reception_day();
            let received = self.reception_time(day);
            let case_id =
                (!self.case_ids.is_empty()).then(|| self.pick(&self.case_ids.clone()).clone());
            let office = self.pick(&self.offices.clone()).clone();
            let justified = match self.rng.random_range(0..10) {
                0..3 => V::S("иә".into()),
                3..9 => V::S("жоқ".into()),
                _ => V::E,
            };
            let channel = *self.pick(&CHANNELS);
            let subject = *self.pick(&SUBJECTS);
            let mut row = vec![
                V::S(format!("Ж-{year}-{:05}", i + 1)),
                V::S(office),
                V::T(received),
                case_id.into(),
                V::S(
                    crate::vocab::term("channel", channel)
                        .expect("known")
                        .name_kk()
                        .to_string(),
                ),
                V::S(
                    crate::vocab::term("subject", subject)
                        .expect("known")
                        .name_kk()
                        .to_string(),
                ),
                justified,
                V::T(received + Duration::days(self.rng.random_range(3..15))),
            ];
            // The last two complaints are invalid: a repeated id and an unknown office.
            if i == n - 2 {
                row[0] = V::S(format!("Ж-{year}-{:05}", 1));
            }
            if i == n - 1 {
                row[1] = "0000-000".into();
            }
            put(sheet, 1 + i as u32, &row, f)?;
        }
        Ok((n, bad))
    }

    fn surveys(&mut self, sheet: &mut Worksheet, f: &Formats) -> Result<(u64, u64)> {
        sheet.set_name("Опросы")?;
        for (c, column) in crate::schema::SURVEYS.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, column.key, &f.bold)?;
        }
        let n = (self.config.cases / 10).max(5);
        for i in 0..n {
            let day = self.reception_day();
            let office = self.pick(&self.offices.clone()).clone();
            let mut answers = Vec::new();
            for _ in 0..3 {
                answers.push(match self.rng.random_range(0..20) {
                    0 => V::E,
                    1..4 => V::S(if self.chance(0.8) { "да" } else { "нет" }.into()),
                    _ => V::N(f64::from(*self.pick(&[5, 5, 5, 4, 4, 4, 3, 2, 1]))),
                });
            }
            let mut row = vec![V::S(office), V::D(day)];
            row.extend(answers);
            // The last survey is invalid: a score out of 1–5.
            if i == n - 1 {
                row[2] = V::N(7.0);
            }
            put(sheet, 1 + i as u32, &row, f)?;
        }
        Ok((n, 1))
    }
}
