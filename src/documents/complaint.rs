//! The talon of acceptance of a complaint (item 25 of the standard): the
//! document that confirms a complaint was accepted. Item 25 says what it
//! holds: the date and time of acceptance, the surname and initials of who
//! accepted it, the term and place of the answer, and the contacts of the
//! officials who can tell how its consideration goes — the secretariat of
//! the department of Appendix 1 (item 20 sends the complainant there).
//! The term is the verdict's (`law::complaint`: the Law No. 221 that item
//! 25 refers to, as configuration).

use serde::Serialize;

use super::qr::Qr;
use super::talon::{Sheet, Talons};
use super::{DocLang, OfficeBlock, basis, clock_time, long_date, office_block};
use crate::law::complaint::ComplaintVerdict;
use crate::model::Complaint;
use crate::reference::department_of;
use crate::settings::{Act, ComplaintTerm};

#[derive(Debug, Serialize)]
pub struct Talon {
    pub number: String,
    /// The number as a QR code (SVG).
    pub qr: Qr,
    pub office: OfficeBlock,
    pub accepted_date: String,
    pub accepted_time: String,
    /// Surname and initials; empty (a line to write on) when not recorded.
    pub accepted_by: String,
    pub answer_due: String,
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
    /// The term as the law sets it, under the date.
    pub term: String,
    pub answer_place: &'static str,
    pub contacts: &'static str,
}

fn labels(term: ComplaintTerm, lang: DocLang) -> Labels {
    let days = term.calendar_days;
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
        name_caption: lang.pick("(фамилия, инициалы)", "(тегі, аты-жөнінің бас әріптері)"),
        answer_due: lang.pick("Последний день срока ответа:", "Жауап берудің соңғы күні:"),
        term: match lang {
            DocLang::Ru => format!(
                "{days} календарных дней со дня поступления жалобы; жалоба рассматривается в порядке Закона Республики Казахстан от 12 января 2007 года № 221 «О порядке рассмотрения обращений физических и юридических лиц»"
            ),
            DocLang::Kk => format!(
                "шағым түскен күннен бастап {days} күнтізбелік күн; шағым «Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының 2007 жылғы 12 қаңтардағы № 221 Заңында белгіленген тәртіппен қаралады"
            ),
        },
        answer_place: lang.pick("Место получения ответа:", "Жауап алу орны:"),
        contacts: lang.pick(
            "О ходе рассмотрения жалобы можно узнать:",
            "Шағымды қарау барысы туралы білуге болады:",
        ),
    }
}

/// «Әбенова Г. Қ.» of «Әбенова Гүлнәр Қайратқызы»: the surname, then the
/// first letter of each other name.
pub fn surname_and_initials(full: &str) -> String {
    let mut words = full.split_whitespace();
    let Some(surname) = words.next() else {
        return String::new();
    };
    let initials: Vec<String> = words
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect();
    if initials.is_empty() {
        surname.to_string()
    } else {
        format!("{surname} {}", initials.join(" "))
    }
}

/// The talon of one complaint and the verdict on it.
pub fn talon(complaint: &Complaint, verdict: &ComplaintVerdict, lang: DocLang) -> Talon {
    let office = office_block(&complaint.office);
    let answer_place = [office.name.as_str(), office.address.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let contacts = match department_of(&complaint.office) {
        Some(d) => match lang {
            DocLang::Ru => format!(
                "{}, {}, телефон канцелярии {}",
                d.name_kk,
                d.address_kk,
                d.secretariat_phones()
            ),
            DocLang::Kk => format!(
                "{}, {}, хатшылық телефоны {}",
                d.name_kk,
                d.address_kk,
                d.secretariat_phones()
            ),
        },
        None => String::new(),
    };
    Talon {
        number: complaint.complaint_id.clone(),
        qr: Qr(complaint.complaint_id.clone()),
        accepted_date: long_date(complaint.received_at.date(), lang),
        accepted_time: clock_time(complaint.received_at.time(), lang),
        accepted_by: complaint
            .accepted_by
            .as_deref()
            .map(surname_and_initials)
            .unwrap_or_default(),
        answer_due: long_date(verdict.answer_due, lang),
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
        labels: labels(term, lang),
        basis: basis::act(standard, lang),
        talons: complaints
            .iter()
            .zip(verdicts)
            .map(|(c, v)| talon(c, v, lang))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::LawContext;
    use crate::model::test_complaint;

    #[test]
    fn surname_then_initials() {
        assert_eq!(
            surname_and_initials("Әбенова Гүлнәр Қайратқызы"),
            "Әбенова Г. Қ."
        );
        assert_eq!(surname_and_initials("  Иванов   иван "), "Иванов И.");
        assert_eq!(surname_and_initials("Ким"), "Ким");
        assert_eq!(surname_and_initials(" "), "");
    }

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
        assert_eq!(t.accepted_by, "Әбенова Г. Қ.");
        // Fifteen calendar days from receipt (the Law No. 221 of item 25).
        let due = received.date() + chrono::Duration::days(15);
        assert_eq!(t.answer_due, long_date(due, DocLang::Kk));
        assert!(
            data.labels
                .term
                .starts_with("шағым түскен күннен бастап 15 күнтізбелік күн")
        );
        assert!(!t.answer_place.is_empty());
        // The secretariat of the Almaty department (Appendix 1).
        assert!(
            t.contacts
                .starts_with("Алматы қаласының Ішкі істер департаменті"),
            "{}",
            t.contacts
        );
        assert!(t.contacts.contains("хатшылық телефоны"));
        assert!(data.basis.contains("№ 200"));
        // Who accepted it, unknown: a line to write on, not a guess.
        let data = judged(test_complaint(), DocLang::Ru);
        assert_eq!(data.talons[0].accepted_by, "");
    }
}
