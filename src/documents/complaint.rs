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
    pub heading: String,
    pub talon: String,
    pub accepted: String,
    pub accepted_by: String,
    pub signature_caption: String,
    pub name_caption: String,
    pub answer_due: String,
    pub answer_place: String,
    pub contacts: String,
}

fn labels(lang: DocLang) -> Labels {
    Labels {
        heading: crate::msg!("complaint-heading").text(lang),
        talon: crate::msg!("complaint-talon").text(lang),
        accepted: crate::msg!("complaint-accepted").text(lang),
        accepted_by: crate::msg!("complaint-accepted-by").text(lang),
        signature_caption: crate::msg!("form-signature-caption").text(lang),
        name_caption: crate::msg!("complaint-name-caption").text(lang),
        answer_due: crate::msg!("complaint-answer-due").text(lang),
        answer_place: crate::msg!("complaint-answer-place").text(lang),
        contacts: crate::msg!("complaint-contacts").text(lang),
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
    let act = match under_221 {
        true => "law-221",
        false => "legislation",
    };
    crate::msg!("complaint-term", days = days, act = act).text(lang)
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
        title: crate::msg!("complaint-title").text(lang),
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
