//! The talon of acceptance of a complaint (item 25 of the standard): the
//! document that confirms a complaint was accepted. Item 25 says what it
//! holds: the date and time of acceptance, the surname and name of who
//! accepted it, the term and place of the answer, and the contacts of the
//! officials who can tell how its consideration goes — the body above the
//! office (item 20 sends the complainant to the department). The term is
//! the verdict's (`law::complaint`), under the act in force on the day of
//! receipt.

use serde::Serialize;

use super::qr::Qr;
use super::talon::{Sheet, Talons};
use super::{DocLang, OfficeBlock, basis, clock_time, long_date, office_block};
use crate::bodies;
use crate::law::complaint::ComplaintVerdict;
use crate::law::complaint::LAW_221_IN_FORCE_UNTIL;
use crate::model::Complaint;
use crate::settings::{Act, ComplaintTerm};
use chrono::NaiveDate;

#[derive(Debug, Serialize)]
pub struct Talon {
    pub number: String,
    /// The number as a QR code (SVG).
    pub qr: Qr,
    pub office: OfficeBlock,
    pub accepted_date: String,
    pub accepted_time: String,
    /// Surname and name in full, as item 25 asks; empty (a line to write
    /// on) when not recorded.
    pub accepted_by: String,
    pub answer_due: String,
    /// The term as the law in force on the day of receipt sets it, under
    /// the date.
    pub term: String,
    pub answer_place: String,
    pub contacts: String,
}

/// The fixed words of the talon.
#[derive(Debug, Serialize)]
pub struct Labels {
    pub heading: &'static str,
    pub talon: &'static str,
    pub accepted: &'static str,
    pub accepted_by: &'static str,
    pub signature_caption: &'static str,
    pub name_caption: &'static str,
    pub answer_due: &'static str,
    pub answer_place: &'static str,
    pub contacts: &'static str,
}

fn labels(lang: DocLang) -> Labels {
    Labels {
        heading: lang.pick(
            "Пункт 25 стандарта государственной услуги «Выдача и продление выездных виз»",
            "«Шығу визаларын беру және ұзарту» мемлекеттік қызмет стандартының 25-тармағы",
        ),
        talon: lang.pick(
            "ТАЛОН О ПРИЕМЕ ЖАЛОБЫ",
            "ШАҒЫМНЫҢ ҚАБЫЛДАНҒАНЫ ТУРАЛЫ ТАЛОН",
        ),
        accepted: lang.pick("Жалоба принята:", "Шағым қабылданды:"),
        accepted_by: lang.pick("Жалобу принял:", "Шағымды қабылдаған:"),
        signature_caption: lang.pick("(подпись)", "(қолы)"),
        name_caption: lang.pick("(фамилия, имя, отчество)", "(тегі және аты-жөні)"),
        answer_due: lang.pick("Последний день срока ответа:", "Жауап берудің соңғы күні:"),
        answer_place: lang.pick("Место получения ответа:", "Жауап алу орны:"),
        contacts: lang.pick(
            "О ходе рассмотрения жалобы можно узнать:",
            "Шағымды қарау барысы туралы білуге болады:",
        ),
    }
}

/// The term of the answer under the act in force on the day the
/// complaint was received: item 25 sends complaints to the Law of 12
/// January 2007 No. 221, in force until 30 June 2021; a complaint received
/// later is considered in the order the legislation then sets, and the
/// talon names no repealed act (`docs/law.md`).
fn term(received: NaiveDate, term: ComplaintTerm, lang: DocLang) -> String {
    let days = term.calendar_days;
    let under_221 = received <= LAW_221_IN_FORCE_UNTIL;
    match (lang, under_221) {
        (DocLang::Ru, true) => format!(
            "{days} календарных дней со дня поступления жалобы; жалоба рассматривается в порядке Закона Республики Казахстан от 12 января 2007 года № 221 «О порядке рассмотрения обращений физических и юридических лиц»"
        ),
        (DocLang::Ru, false) => format!(
            "{days} календарных дней со дня поступления жалобы; жалоба рассматривается в порядке, установленном законодательством Республики Казахстан"
        ),
        (DocLang::Kk, true) => format!(
            "шағым түскен күннен бастап {days} күнтізбелік күн; шағым «Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының 2007 жылғы 12 қаңтардағы № 221 Заңында белгіленген тәртіппен қаралады"
        ),
        (DocLang::Kk, false) => format!(
            "шағым түскен күннен бастап {days} күнтізбелік күн; шағым Қазақстан Республикасының заңнамасында белгіленген тәртіппен қаралады"
        ),
    }
}

/// The name as written, its spaces made single.
fn full_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The talon of one complaint and the verdict on it.
pub fn talon(
    complaint: &Complaint,
    verdict: &ComplaintVerdict,
    term_: ComplaintTerm,
    lang: DocLang,
) -> Talon {
    let office = office_block(&complaint.office, complaint.received_at.date(), lang);
    let answer_place = [office.name.as_str(), office.address.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    // Who can tell how the complaint goes: the body above the office
    // (item 20 sends the complainant to the department), as named that day.
    let received = complaint.received_at.date();
    let contacts = bodies::above(&complaint.office)
        .named(received, lang)
        .described(lang);
    Talon {
        number: complaint.complaint_id.clone(),
        qr: Qr(complaint.complaint_id.clone()),
        accepted_date: long_date(complaint.received_at.date(), lang),
        accepted_time: clock_time(complaint.received_at.time(), lang),
        accepted_by: complaint
            .accepted_by
            .as_deref()
            .map(full_name)
            .unwrap_or_default(),
        answer_due: long_date(verdict.answer_due, lang),
        term: term(complaint.received_at.date(), term_, lang),
        answer_place,
        contacts,
        office,
    }
}

/// The talons of `complaints` and the verdict on each, in input order.
pub fn talons(
    complaints: &[Complaint],
    verdicts: &[ComplaintVerdict],
    term: ComplaintTerm,
    sheet: Sheet,
    standard: &Act,
    lang: DocLang,
) -> Talons<Labels, Talon> {
    Talons {
        lang,
        sheet,
        title: lang
            .pick(
                "Талоны о приеме жалоб",
                "Шағымдардың қабылданғаны туралы талондар",
            )
            .to_string(),
        labels: labels(lang),
        basis: basis::act(standard, lang),
        talons: complaints
            .iter()
            .zip(verdicts)
            .map(|(c, v)| talon(c, v, term, lang))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::LawContext;
    use crate::model::test_complaint;

    fn judged(complaint: Complaint, lang: DocLang) -> Talons<Labels, Talon> {
        let complaints = [complaint];
        let ctx = LawContext::default();
        let verdicts = crate::law::complaint::judge(
            &complaints,
            &ctx,
            chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        );
        talons(
            &complaints,
            &verdicts,
            ctx.complaint_term,
            Sheet::Talon,
            &crate::config::Config::default().acts.standard,
            lang,
        )
    }

    #[test]
    fn the_json_handed_to_the_complaint_template() {
        let data = judged(
            Complaint {
                accepted_by: Some("Әбенова Гүлнәр Қайратқызы".into()),
                ..test_complaint()
            },
            DocLang::Ru,
        );
        insta::assert_json_snapshot!(data);
    }

    #[test]
    fn the_talon_holds_what_item_25_asks() {
        let complaint = Complaint {
            accepted_by: Some("Әбенова Гүлнәр Қайратқызы".into()),
            ..test_complaint()
        };
        let received = complaint.received_at;
        let data = judged(complaint, DocLang::Kk);
        let t = &data.talons[0];
        assert_eq!(t.accepted_date, long_date(received.date(), DocLang::Kk));
        assert_eq!(t.accepted_time, clock_time(received.time(), DocLang::Kk));
        // Regression: item 25 asks for the surname and name, not initials.
        assert_eq!(t.accepted_by, "Әбенова Гүлнәр Қайратқызы");
        // Fifteen calendar days from receipt (the Law No. 221 of item 25).
        let due = received.date() + chrono::Duration::days(15);
        assert_eq!(t.answer_due, long_date(due, DocLang::Kk));
        assert_eq!(
            t.term,
            "шағым түскен күннен бастап 15 күнтізбелік күн; шағым Қазақстан Республикасының заңнамасында белгіленген тәртіппен қаралады"
        );
        // Regression: a complaint of 2025 cited Law No. 221, repealed in 2021.
        assert!(!t.term.contains("221"));
        let of_2020 = Complaint {
            received_at: chrono::NaiveDate::from_ymd_opt(2020, 6, 1)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
            ..test_complaint()
        };
        let old = judged(of_2020, DocLang::Ru);
        assert!(
            old.talons[0].term.contains("№ 221"),
            "{}",
            old.talons[0].term
        );
        assert!(!t.answer_place.is_empty());
        // The body above the office as named in 2025: no address or phone
        // of 2011 under the name of 2018.
        assert_eq!(t.contacts, "Алматы қаласының Полиция департаменті");
        // In 2020 under Law No. 221, and the same department then.
        assert_eq!(old.talons[0].contacts, "Департамент полиции города Алматы");
        assert!(data.basis.contains("№ 200"));
        // Who accepted it, unknown: a line to write on, not a guess.
        let data = judged(test_complaint(), DocLang::Ru);
        assert_eq!(data.talons[0].accepted_by, "");
    }
}
