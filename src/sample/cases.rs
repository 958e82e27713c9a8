//! Correct rows: cases of all services and visa categories in offices of
//! the code directory, accepted in the reception hours of item 9, decided
//! mostly within five working days and some late, with queue times and
//! fees; complaints and surveys. What the law asks of a correct case (the
//! fee due, the caps and letters of item 6, which categories extend) comes
//! from `crate::law` and the reference data; the few departures a sample
//! needs for the audit to find (a fee short, a receipt or a permit not
//! brought, documents accepted after hours) are drawn here, and said so.

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_xlsxwriter::Worksheet;

use super::spoil::{Invalid, spoil};
use super::{Formats, SampleConfig, V, iin_with_check_digit, put};
use crate::law::calendar::Calendar;
use crate::law::{extension, fee, issue};
use crate::reference::{self, DISTRICTS};
use crate::settings::FeeRate;
use crate::vocab::{
    ApplicantKind, Channel, ComplainantKind, Document, ExceptionalGround, IssuedTo, Outcome,
    RefusalGround, ReturnReason, Service, Subject, VisaCategory, Vocabulary,
};

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
const EMPLOYERS: [&str; 5] = [
    "ТОО «Алтын Құм»",
    "АО «ҚазМұнайГаз»",
    "ТОО «Жетісу Құрылыс»",
    "Казахский национальный университет им. аль-Фараби",
    "АО «Национальный научный медицинский центр»",
];

/// Mixed into the seed for the stream of version-2 values.
const VERSION_2_STREAM: u64 = 0x7632_7632_7632_7632;

/// Names of citizens of Kazakhstan, for identity documents.
const CITIZEN_NAMES: [&str; 8] = [
    "Серікбаев Нұрлан Асқарұлы",
    "Жұмабекова Айгерім Ерланқызы",
    "Ким Дмитрий Олегович",
    "Омаров Алмас Бекұлы",
    "Ахметова Дана Маратқызы",
    "Петров Сергей Иванович",
    "Төлеуова Жансая Бауыржанқызы",
    "Исаев Руслан Ғаниұлы",
];

pub(super) struct Generator {
    rng: ChaCha8Rng,
    /// The values of version-2 columns, drawn apart so that a seed gives
    /// the same version-1 columns as before they were added.
    v2: ChaCha8Rng,
    config: SampleConfig,
    offices: Vec<String>,
    /// Case ids written, for complaints to refer to.
    case_ids: Vec<String>,
}

impl Generator {
    pub(super) fn new(config: &SampleConfig) -> Generator {
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
            v2: ChaCha8Rng::seed_from_u64(config.seed ^ VERSION_2_STREAM),
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

    pub(super) fn cases(&mut self, sheet: &mut Worksheet, f: &Formats) -> Result<u64> {
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
                let year = self.config.year;
                spoil(&mut row, kind, &last_valid_id, year, || self.iin());
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
            0..45 => Service::VisaIssue,
            45..80 => Service::VisaExtend,
            _ => Service::IdDocument,
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
            Outcome::Pending
        } else if self.chance(0.06) {
            Outcome::Refused
        } else {
            Outcome::Granted
        };
        let working_days = if self.chance(0.93) {
            self.rng.random_range(1..=5)
        } else {
            self.rng.random_range(6..=10)
        };
        // A decision the calendar cannot date yet (past its last year) stays pending.
        let decided_day = Self::working_days_after(day, working_days);
        let outcome = if decided_day.is_none() {
            Outcome::Pending
        } else {
            outcome
        };
        let decided_at = decided_day
            .filter(|_| outcome != Outcome::Pending)
            .map(|decided_day| {
                decided_day.and_time(NaiveTime::MIN)
                    + Duration::minutes(self.rng.random_range(9 * 60 + 30..17 * 60 + 30))
            });

        let visa = service.is_visa();
        let category = if service == Service::VisaExtend {
            // Mostly the categories item 6 extends; some that it does not
            // (never an exit or a missionary visa).
            let extendable = self.chance(0.92);
            let asked: Vec<VisaCategory> = VisaCategory::ALL
                .iter()
                .copied()
                .filter(|c| c.info().extendable == extendable)
                .filter(|c| !matches!(c, VisaCategory::Exit | VisaCategory::Missionary))
                .collect();
            *self.pick(&asked)
        } else if self.chance(0.98) {
            // Item 6: inside Kazakhstan, medical, permanent-residence and
            // exit visas; a few others, for the audit to find.
            *self.pick(&issue::ISSUED_INSIDE)
        } else {
            *self.pick(VisaCategory::ALL)
        };
        let extendable = category.info().extendable;
        let outcome =
            if service == Service::VisaExtend && !extendable && outcome == Outcome::Granted {
                Outcome::Refused
            } else {
                outcome
            };
        let ground = (outcome == Outcome::Refused).then(|| {
            if service == Service::VisaExtend && !extendable {
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
        // Item 6: a permanent-residence visa is issued to citizens of an
        // Appendix 2 country or to ethnic Kazakhs (a few others: reviews).
        let residence_issue =
            service == Service::VisaIssue && category == VisaCategory::PermanentResidence;
        let ethnic_kazakh = if residence_issue && !reference::in_appendix2(&citizenship) {
            self.chance(0.95)
        } else {
            matches!(citizenship.as_str(), "CHN" | "MNG" | "UZB" | "TUR") && self.chance(0.3)
        };
        let person = format!("{} {}", self.pick(&SURNAMES), self.pick(&GIVEN));
        let legal = visa
            && matches!(
                category,
                VisaCategory::Work | VisaCategory::Study | VisaCategory::Business
            );
        // Item 6: a medical visa is extended on the written application of
        // the medical institution. Named without a draw, so that the
        // sample's stream (and every figure tests count on) stays as it was.
        let clinic = service == Service::VisaExtend && category == VisaCategory::Medical;
        let (applicant_kind, applicant_name) = if legal {
            (
                ApplicantKind::LegalEntity,
                self.pick(&EMPLOYERS).to_string(),
            )
        } else if clinic {
            (ApplicantKind::LegalEntity, EMPLOYERS[4].to_string())
        } else {
            (ApplicantKind::Individual, person.clone())
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
        if service == Service::VisaExtend {
            let valid_to = day + Duration::days(self.rng.random_range(3..30));
            visa_valid_to = Some(valid_to);
            // Up to item 6's cap (a work permit's end is drawn below), a
            // year where it sets none.
            let cap_days = extension::cap(category, valid_to, None)
                .map_or(365, |cap| (cap - valid_to).num_days());
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
            if outcome != Outcome::Granted {
                extended_to = None;
            }
            prior = Some(if self.chance(0.9) { 0 } else { 1 });
            knb = category.info().knb_approval.then(|| self.chance(0.97));
        }

        // The fee of item 8, a few missing and a few 100 tenge short.
        let fee_paid_on = day - Duration::days(self.rng.random_range(0..3));
        let due = fee::fee_due(fee_paid_on, FeeRate::default()).map_or(0.0, |t| t.tenge());
        let fee = if !visa || self.chance(0.03) {
            None
        } else if self.chance(0.03) {
            Some(due - 100.0)
        } else {
            Some(due)
        };
        // Item 11's documents (a few receipts not brought), and what the
        // service rests on: the invitation, or item 6's letter of an
        // extension (a few work permits not brought).
        let mut documents = vec![Document::Application, Document::Passport];
        if fee.is_some() && self.chance(0.98) {
            documents.push(Document::FeeReceipt);
        }
        match service {
            Service::VisaIssue => {
                documents.push(Document::Invitation);
                // A medical visa on the medical institution's documents (a
                // few not brought).
                if category == VisaCategory::Medical && self.chance(0.97) {
                    documents.push(Document::MedicalLetter);
                }
            }
            Service::VisaExtend => {
                if let Some(letter) = extension::supporting_document(category)
                    && (letter != Document::WorkPermit || self.chance(0.97))
                {
                    documents.push(letter);
                }
            }
            Service::IdDocument => {}
        }
        let (formular, extra_started, extra_ended, conclusion) = if service == Service::IdDocument {
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

        let mut row = vec![
            V::S(format!("T{year}-{:07}", i + 1)),
            V::S(service.term().name_ru().to_string()),
            V::S(office),
            V::T(submitted_at),
            decided_at.map_or(V::E, V::T),
            V::S(outcome.term().name_ru().to_string()),
            ground.map(|g| g.term().name_ru()).into(),
            V::S(applicant_name),
            V::S(applicant_kind.term().name_ru().to_string()),
            if service == Service::VisaExtend {
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
                V::S(category.term().name_ru().to_string())
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
            V::S(
                documents
                    .iter()
                    .map(|d| d.term().name_ru())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
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
        ];
        self.version_2(&mut row, service, outcome, submitted_at);
        row
    }

    /// The version-2 columns of a case row (appended, in the order of
    /// [`crate::schema::CASES`]), and what they make of its version-1
    /// values: an identity document's person a citizen or a foreigner as its
    /// formular code says (item 31 of the order), a proxy's power of
    /// attorney among the documents.
    fn version_2(
        &mut self,
        row: &mut Vec<V>,
        service: Service,
        outcome: Outcome,
        submitted_at: NaiveDateTime,
    ) {
        use crate::schema::CaseCol as C;
        let submitted = submitted_at.date();
        let rng = &mut self.v2;
        // Item 15: the result handed in person, or to a proxy (a few
        // without the power of attorney among the documents).
        let issued_to = (outcome == Outcome::Granted).then(|| {
            if rng.random_bool(0.08) {
                if rng.random_bool(0.95)
                    && let V::S(documents) = &mut row[C::Documents as usize]
                {
                    documents.push_str("; power-of-attorney");
                }
                IssuedTo::Proxy
            } else {
                IssuedTo::Consumer
            }
        });
        // Item 6, last paragraph: a few extensions on exceptional grounds.
        let grounds = [
            ExceptionalGround::Illness,
            ExceptionalGround::Illness,
            ExceptionalGround::ForceMajeure,
            ExceptionalGround::Emergency,
        ];
        let exceptional = (service == Service::VisaExtend && rng.random_bool(0.04))
            .then(|| grounds[rng.random_range(0..grounds.len())]);
        let code = match &row[C::FormularCode as usize] {
            V::S(code) => Some(code.clone()),
            _ => None,
        };
        // Age on the day of submission: a child for code 00, sixteen for 01.
        let years: u32 = match code.as_deref() {
            Some("00") => rng.random_range(0..16),
            Some("01") => 16,
            Some(_) => rng.random_range(17..80),
            None => rng.random_range(18..76),
        };
        let birth_date = submitted
            .checked_sub_months(chrono::Months::new(years * 12))
            .map(|d| d - Duration::days(rng.random_range(1..365)));
        let mut rags_request_on = None;
        let mut returned = V::E;
        if let Some(code) = &code {
            // Item 31: codes of citizens, of foreigners (03, 11 and, for a
            // residence permit, the others), of the stateless (11).
            let citizen = match code.as_str() {
                "00" | "01" | "08" | "12" | "13" | "15" | "17" => true,
                "03" | "11" => false,
                _ => rng.random_bool(0.85),
            };
            if citizen {
                row[C::Citizenship as usize] = V::S("KAZ".into());
                row[C::PersonName as usize] =
                    V::S(CITIZEN_NAMES[rng.random_range(0..CITIZEN_NAMES.len())].into());
            } else if code == "11" && rng.random_bool(0.2) {
                row[C::Citizenship as usize] = V::S("stateless".into());
            }
            // Item 12: a child's birth record asked of the registry, mostly
            // within two working days.
            if matches!(code.as_str(), "00" | "01") && rng.random_bool(0.15) {
                let days = if rng.random_bool(0.9) { 1 } else { 4 };
                rags_request_on = Self::working_days_after(submitted, days);
            }
            // Item 40: a few formulars returned, with their reason.
            if rng.random_bool(0.03) {
                let reason = ReturnReason::ALL[rng.random_range(0..ReturnReason::ALL.len())];
                returned = V::S(reason.term().name_ru().to_string());
            }
        }
        row[C::FormularReturned as usize] = returned;
        row.extend([
            issued_to.map(|t| t.term().name_ru()).into(),
            exceptional.map(|g| g.term().name_ru()).into(),
            birth_date.map_or(V::E, V::D),
            rags_request_on.map_or(V::E, V::D),
        ]);
    }

    /// The version-2 columns of a complaint (item 24: who complains, their
    /// address, a legal entity's outgoing number and date, the signature;
    /// item 25: who accepted it), a few missing what item 24 asks for.
    fn complaint_version_2(&mut self, row: &mut Vec<V>, received: NaiveDateTime) {
        let rng = &mut self.v2;
        let legal = rng.random_bool(0.2);
        let (kind, name) = if legal {
            (
                ComplainantKind::LegalEntity,
                EMPLOYERS[rng.random_range(0..EMPLOYERS.len())],
            )
        } else {
            (
                ComplainantKind::Individual,
                CITIZEN_NAMES[rng.random_range(0..CITIZEN_NAMES.len())],
            )
        };
        let address = rng
            .random_bool(0.95)
            .then(|| format!("г. Алматы, пр. Абая, {}", rng.random_range(1..200)));
        let outgoing = (legal && rng.random_bool(0.9)).then(|| {
            (
                format!("01-12/{}", rng.random_range(100..999)),
                received.date() - Duration::days(rng.random_range(0..5)),
            )
        });
        let signed = rng.random_bool(0.97);
        let accepted_by = STAFF[rng.random_range(0..STAFF.len())];
        row.extend([
            V::S(kind.term().name_ru().to_string()),
            V::S(name.into()),
            address.into(),
            outgoing.as_ref().map(|(n, _)| n.clone()).into(),
            outgoing.map_or(V::E, |(_, d)| V::D(d)),
            V::S(if signed { "да" } else { "нет" }.into()),
            V::S(accepted_by.into()),
        ]);
    }

    pub(super) fn complaints(&mut self, sheet: &mut Worksheet, f: &Formats) -> Result<(u64, u64)> {
        sheet.set_name("Жалобы")?;
        for (c, column) in crate::schema::COMPLAINTS.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, column.ru, &f.bold)?;
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
                0..3 => V::S("да".into()),
                3..9 => V::S("нет".into()),
                _ => V::E,
            };
            let channel = *self.pick(Channel::ALL);
            let subject = *self.pick(Subject::ALL);
            let mut row = vec![
                V::S(format!("Ж-{year}-{:05}", i + 1)),
                V::S(office),
                V::T(received),
                case_id.into(),
                V::S(channel.term().name_ru().to_string()),
                V::S(subject.term().name_ru().to_string()),
                justified,
                V::T(received + Duration::days(self.rng.random_range(3..15))),
            ];
            self.complaint_version_2(&mut row, received);
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

    pub(super) fn surveys(&mut self, sheet: &mut Worksheet, f: &Formats) -> Result<(u64, u64)> {
        sheet.set_name("Опросы")?;
        for (c, column) in crate::schema::SURVEYS.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, column.ru, &f.bold)?;
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
