//! Findings: what the standard demanded of a case and was not met. A
//! finding never rejects a row — the case happened; it is reported about.
//! Each has a stable code, the item of the standard it comes from, a
//! message in Kazakh, Russian and English, and the figures behind it.

use chrono::{Datelike, NaiveDateTime, NaiveTime, Weekday};

use super::calendar::{Calendar, MissingYear};
use super::context::LawContext;
use super::facts::Facts;
use super::fee;
use super::{extension, identity, issue};
use crate::model::Case;
use crate::vocab::{Document, IssuedTo, Outcome, RefusalGround, Service};

use super::finding::date;
pub use super::finding::{Code, Figure, Finding};

fn moment(d: NaiveDateTime) -> Figure {
    Figure::Plain(d.format("%Y-%m-%dT%H:%M:%S").to_string())
}

/// Whether `at` is within the reception hours of item 9 on a working day:
/// Monday to Friday 9:00–18:00 without the break 13:00–14:30, Saturday
/// 9:00–13:00; never on a Sunday or a day off.
pub fn within_reception_hours(calendar: &Calendar, at: NaiveDateTime) -> Result<bool, MissingYear> {
    let t = at.time();
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("valid time");
    let weekday_hours = t >= hm(9, 0) && t < hm(18, 0) && !(t >= hm(13, 0) && t < hm(14, 30));
    let working = calendar.is_working(at.date())?;
    match at.weekday() {
        // A Saturday or Sunday the Government made a working day keeps weekday hours.
        Weekday::Sat | Weekday::Sun if working => Ok(weekday_hours),
        Weekday::Sun => Ok(false),
        Weekday::Sat => {
            // A Saturday is a reception day unless it is a holiday.
            let year = calendar.year(at.year())?;
            let holiday = year
                .exceptions
                .get(&at.date())
                .is_some_and(|e| !e.is_working());
            Ok(!holiday && t >= hm(9, 0) && t < hm(13, 0))
        }
        _ => Ok(working && weekday_hours),
    }
}

/// The findings about one accepted case, from the case and the facts its
/// facts already hold (deadline, wait, service time).
pub(super) fn judge(
    case: &Case,
    facts: &Facts,
    ctx: &LawContext,
) -> Result<Vec<Finding>, MissingYear> {
    let mut out = Vec::new();

    // Identity documents are judged under the Rules of the formular only:
    // items 7 and 9 (deadline, queue, service time, hours) are the visa
    // standard's (`docs/law.md`).
    if case.service == Service::IdDocument {
        identity::findings(case, &facts.rules, &mut out);
        return Ok(out);
    }
    // 7.1: decided after the deadline.
    if facts.on_time == Some(false)
        && let (Some(decided_at), Some(deadline)) = (case.decided_at, facts.deadline)
    {
        out.push(Finding::new(
            Code::Late,
            vec![
                ("deadline", date(deadline)),
                ("decided", date(decided_at.date())),
            ],
        ));
    }
    // 7.2 and 7.3: at most 15 minutes each.
    for (span, code) in [
        (facts.wait, Code::LongWait),
        (facts.service, Code::LongService),
    ] {
        if let Some(span) = span.filter(|s| !s.within_limit()) {
            out.push(Finding::new(
                code,
                vec![("minutes", Figure::Decimal(format!("{:.1}", span.minutes())))],
            ));
        }
    }
    // 9: reception hours.
    if !within_reception_hours(ctx.calendar, case.submitted_at)? {
        out.push(Finding::new(
            Code::OutsideHours,
            vec![("accepted", moment(case.submitted_at))],
        ));
    }
    visa_findings(case, facts, &mut out);
    Ok(out)
}

fn visa_findings(case: &Case, facts: &Facts, out: &mut Vec<Finding>) {
    // 8: the fee, due on the day of payment (else, unknown, the day of
    // submission). An empty amount is unknown, not unpaid (docs/law.md):
    // the receipt among the documents is what item 11 checks.
    if let (Some(paid), Some(due)) = (case.fee_amount, facts.fee_due) {
        let code = if fee::is_short(paid, due.amount) {
            Some(Code::FeeShort)
        } else if fee::is_over(paid, due.amount) {
            Some(Code::FeeOver)
        } else {
            None
        };
        if let Some(code) = code {
            out.push(Finding::new(
                code,
                vec![
                    (
                        "paid_tenge",
                        Figure::Decimal(format!("{:.2}", paid.tenge())),
                    ),
                    (
                        "due_tenge",
                        Figure::Decimal(format!("{:.2}", due.amount.tenge())),
                    ),
                    ("day_of_payment", date(due.on)),
                ],
            ));
        }
    }
    // 11: the receipt is handed in with the documents, so paid by then.
    if let Some(paid_on) = case.fee_paid_on
        && paid_on > case.submitted_at.date()
    {
        out.push(Finding::new(
            Code::FeePaidLate,
            vec![
                ("paid", date(paid_on)),
                ("accepted", date(case.submitted_at.date())),
            ],
        ));
    }
    // 11: application, passport, receipt — where the list of documents is known.
    if let Some(documents) = &case.documents {
        for required in Document::ITEM_11 {
            if !documents.contains(&required) {
                out.push(Finding::new(
                    Code::DocumentMissing,
                    vec![("document", Figure::word(required))],
                ));
            }
        }
    }
    if let Some(ground) = case.refusal_ground {
        let extension_ground = matches!(
            ground,
            RefusalGround::NotExtendable
                | RefusalGround::AlreadyExtended
                | RefusalGround::ApplicantNotEligible
                | RefusalGround::NoGrounds
        );
        if extension_ground && case.service == Service::VisaIssue {
            out.push(Finding::new(
                Code::GroundNotInStandard,
                vec![("ground", Figure::word(ground))],
            ));
        }
    }
    // 15: handed in person, or to a person authorised by a power of attorney.
    if case.issued_to == Some(IssuedTo::Proxy)
        && let Some(documents) = &case.documents
        && !documents.contains(&Document::PowerOfAttorney)
    {
        out.push(Finding::new(
            Code::ProxyWithoutPowerOfAttorney,
            vec![("issued_to", Figure::word(IssuedTo::Proxy))],
        ));
    }
    if case.service == Service::VisaIssue && case.result == Outcome::Granted {
        issue::findings(case, out);
    }
    if case.service == Service::VisaExtend {
        extension::findings(case, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Citizenship, Tiyn};
    use crate::vocab::{ApplicantKind, VisaCategory};
    use chrono::{Duration, NaiveDate};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }
    fn at(y: i32, m: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        day(y, m, d).and_hms_opt(h, mi, 0).unwrap()
    }

    /// A granted exit visa, by the book: no finding.
    fn case() -> Case {
        crate::model::test_case()
    }

    /// A granted medical-visa extension, by the book: the study one with
    /// the medical institution's letter.
    fn medical_extension() -> Case {
        Case {
            visa_category: Some(VisaCategory::Medical),
            documents: Some(
                vec![
                    Document::Application,
                    Document::Passport,
                    Document::FeeReceipt,
                    Document::MedicalLetter,
                ]
                .into(),
            ),
            ..extension()
        }
    }

    /// A granted study-visa extension, by the book.
    fn extension() -> Case {
        Case {
            service: Service::VisaExtend,
            visa_category: Some(VisaCategory::Study),
            applicant_kind: Some(ApplicantKind::LegalEntity),
            applicant_is_inviter: Some(true),
            visa_valid_to: Some(day(2025, 3, 20)),
            extended_to: Some(day(2026, 3, 20)),
            prior_extensions: Some(0),
            knb_approved: Some(true),
            documents: Some(
                vec![
                    Document::Application,
                    Document::Passport,
                    Document::FeeReceipt,
                    Document::StudyLetter,
                ]
                .into(),
            ),
            ..case()
        }
    }

    /// A granted work-visa extension to the permit's end, by the book.
    fn work_extension() -> Case {
        Case {
            visa_category: Some(VisaCategory::Work),
            permit_valid_to: Some(day(2025, 12, 31)),
            extended_to: Some(day(2025, 12, 31)),
            documents: Some(
                vec![
                    Document::Application,
                    Document::Passport,
                    Document::FeeReceipt,
                    Document::WorkPermit,
                ]
                .into(),
            ),
            ..extension()
        }
    }

    /// The findings of `case`, as its verdict holds them.
    fn findings_of(case: &Case) -> Result<Vec<Finding>, MissingYear> {
        crate::law::verdict::verdict(case, &LawContext::default()).map(|v| v.findings)
    }

    fn codes(case: &Case) -> Vec<Code> {
        findings_of(case)
            .unwrap()
            .into_iter()
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn a_case_by_the_book_has_no_finding() {
        assert_eq!(codes(&case()), []);
        assert_eq!(codes(&extension()), []);
    }

    #[test]
    fn decided_on_the_fifth_working_day_is_on_time_the_sixth_is_late() {
        // Submitted Monday 3 March 2025; 8 March (Saturday) moved to Monday 10: deadline 11 March.
        let on_time = Case {
            decided_at: Some(at(2025, 3, 11, 17, 59)),
            ..case()
        };
        assert_eq!(codes(&on_time), []);
        let late = Case {
            decided_at: Some(at(2025, 3, 12, 9, 0)),
            ..case()
        };
        let findings = findings_of(&late).unwrap();
        assert_eq!(findings[0].code, Code::Late);
        assert_eq!(
            findings[0].figures,
            vec![
                ("deadline", "2025-03-11".into()),
                ("decided", "2025-03-12".into())
            ]
        );
        // Across New Year: Monday 29 December 2025 → Thursday 8 January 2026.
        let new_year = Case {
            submitted_at: at(2025, 12, 29, 10, 0),
            fee_paid_on: Some(day(2025, 12, 29)),
            queue_arrived_at: None,
            decided_at: Some(at(2026, 1, 8, 10, 0)),
            ..case()
        };
        assert_eq!(codes(&new_year), []);
        assert_eq!(
            codes(&Case {
                decided_at: Some(at(2026, 1, 9, 10, 0)),
                ..new_year
            }),
            [Code::Late]
        );
        // Pending cases have no decision to be late.
        assert_eq!(
            codes(&Case {
                result: Outcome::Pending,
                decided_at: None,
                ..case()
            }),
            []
        );
    }

    #[test]
    fn fifteen_minutes_exactly_is_allowed() {
        let c = Case {
            queue_arrived_at: Some(at(2025, 3, 3, 9, 35)),
            ..case()
        };
        assert_eq!(codes(&c), [], "waited 9:35 → 9:50, 15 minutes");
        let c = Case {
            queue_arrived_at: Some(at(2025, 3, 3, 9, 35) - Duration::seconds(1)),
            ..case()
        };
        assert_eq!(codes(&c), [Code::LongWait]);
        let c = Case {
            service_ended_at: Some(at(2025, 3, 3, 10, 5)),
            ..case()
        };
        assert_eq!(codes(&c), [], "served 9:50 → 10:05");
        let c = Case {
            service_ended_at: Some(at(2025, 3, 3, 10, 6)),
            ..case()
        };
        assert_eq!(codes(&c), [Code::LongService]);
    }

    #[test]
    fn reception_hours_of_item_9() {
        let cal = Calendar::bundled();
        let ok = |t| within_reception_hours(cal, t).unwrap();
        assert!(
            ok(at(2025, 3, 4, 9, 0))
                && ok(at(2025, 3, 4, 12, 59))
                && ok(at(2025, 3, 4, 14, 30))
                && ok(at(2025, 3, 4, 17, 59))
        );
        assert!(
            !ok(at(2025, 3, 4, 8, 59))
                && !ok(at(2025, 3, 4, 13, 0))
                && !ok(at(2025, 3, 4, 14, 29))
                && !ok(at(2025, 3, 4, 18, 0))
        );
        // Saturday 9:00–13:00; Sunday never; a holiday never.
        assert!(
            ok(at(2025, 3, 1, 12, 59)) && !ok(at(2025, 3, 1, 13, 0)) && !ok(at(2025, 3, 2, 10, 0))
        );
        assert!(
            !ok(at(2025, 3, 10, 10, 0)),
            "8 March moved to Monday 10 March"
        );
        assert!(!ok(at(2025, 3, 8, 10, 0)), "a Saturday holiday");
        // Sunday 5 January 2025 was made a working day: weekday hours.
        assert!(ok(at(2025, 1, 5, 15, 0)));
        let c = Case {
            submitted_at: at(2025, 3, 3, 13, 30),
            queue_arrived_at: None,
            ..case()
        };
        assert_eq!(codes(&c), [Code::OutsideHours]);
    }

    #[test]
    fn fees_unknown_short_exact_and_paid_late() {
        // Regression: an empty amount is unknown (the contract), not unpaid.
        assert_eq!(
            codes(&Case {
                fee_amount: None,
                ..case()
            }),
            []
        );
        // Item 11: the receipt comes with the documents; paid the next day is late.
        let accepted = case().submitted_at.date();
        assert_eq!(
            codes(&Case {
                fee_paid_on: Some(accepted),
                ..case()
            }),
            []
        );
        assert_eq!(
            codes(&Case {
                fee_paid_on: accepted.succ_opt(),
                ..case()
            }),
            [Code::FeePaidLate]
        );
        assert_eq!(
            codes(&Case {
                fee_amount: Some(Tiyn(196_599)),
                ..case()
            }),
            [Code::FeeShort]
        );
        // Regression: a whole MCI where half is due earned nothing.
        assert_eq!(
            codes(&Case {
                fee_amount: Some(Tiyn(393_200)),
                ..case()
            }),
            [Code::FeeOver]
        );
        // Paid the day the MCI rose (1 June 2022) at the old rate: short.
        let paid_on_the_change = Case {
            fee_amount: Some(Tiyn(153_150)),
            fee_paid_on: Some(day(2022, 6, 1)),
            ..case()
        };
        let findings = findings_of(&paid_on_the_change).unwrap();
        assert_eq!(findings[0].code, Code::FeeShort);
        assert!(
            findings[0]
                .figures
                .contains(&("due_tenge", Figure::Decimal("1590.00".into())))
        );
        let the_day_before = Case {
            fee_paid_on: Some(day(2022, 5, 31)),
            ..paid_on_the_change
        };
        assert_eq!(codes(&the_day_before), []);
    }

    #[test]
    fn item_11_documents_only_where_the_list_is_known() {
        let c = Case {
            documents: Some(vec![Document::Application, Document::Passport].into()),
            ..case()
        };
        let findings = findings_of(&c).unwrap();
        assert_eq!(
            findings.iter().map(|f| f.code).collect::<Vec<_>>(),
            [Code::DocumentMissing]
        );
        assert_eq!(
            findings[0].figures,
            vec![("document", Figure::word(Document::FeeReceipt))]
        );
        assert_eq!(
            codes(&Case {
                documents: None,
                ..case()
            }),
            []
        );
    }

    #[test]
    fn extensions_under_item_6() {
        // Not extendable.
        assert_eq!(
            codes(&Case {
                visa_category: Some(VisaCategory::Tourist),
                ..extension()
            }),
            [Code::NotExtendable]
        );
        // Once only: medical, extended before.
        let medical = medical_extension();
        assert_eq!(codes(&medical), []);
        assert_eq!(
            codes(&Case {
                prior_extensions: Some(1),
                ..medical.clone()
            }),
            [Code::SecondExtension]
        );
        assert_eq!(
            codes(&Case {
                prior_extensions: Some(1),
                ..extension()
            }),
            [],
            "study extends more than once"
        );
        // One year to the day.
        assert_eq!(
            codes(&Case {
                extended_to: Some(day(2026, 3, 21)),
                ..extension()
            }),
            [Code::BeyondCap]
        );
        // Sixty days for permanent residence, applied for by the foreigner personally.
        let residence = Case {
            visa_category: Some(VisaCategory::PermanentResidence),
            applicant_kind: Some(ApplicantKind::Individual),
            applicant_is_inviter: Some(false),
            extended_to: Some(day(2025, 5, 19)),
            knb_approved: None,
            ..extension()
        };
        assert_eq!(codes(&residence), [], "20 March + 60 days = 19 May");
        assert_eq!(
            codes(&Case {
                extended_to: Some(day(2025, 5, 20)),
                ..residence
            }),
            [Code::BeyondCap]
        );
        // Work: the permit's end; without it, the cap is unknown.
        let work = work_extension();
        assert_eq!(codes(&work), []);
        assert_eq!(
            codes(&Case {
                extended_to: Some(day(2026, 1, 1)),
                ..work.clone()
            }),
            [Code::BeyondCap]
        );
        assert_eq!(
            codes(&Case {
                permit_valid_to: None,
                ..work.clone()
            }),
            [Code::CapUnknown]
        );
        // KNB approval, the applicant, the supporting letter.
        assert_eq!(
            codes(&Case {
                knb_approved: None,
                ..extension()
            }),
            [Code::KnbApprovalMissing]
        );
        assert_eq!(
            codes(&Case {
                applicant_is_inviter: Some(false),
                ..extension()
            }),
            [Code::ApplicantNotAllowed]
        );
        assert_eq!(
            codes(&Case {
                applicant_kind: Some(ApplicantKind::ConsularOffice),
                applicant_is_inviter: None,
                ..extension()
            }),
            []
        );
        assert_eq!(
            codes(&Case {
                documents: Some(Document::ITEM_11.into()),
                ..extension()
            }),
            [Code::ExtensionWithoutGrounds]
        );
    }

    #[test]
    fn the_last_paragraph_of_item_6_exceptional_grounds() {
        use crate::vocab::ExceptionalGround;
        // Without the letter, an extension on illness is allowed.
        let ill = Case {
            documents: Some(Document::ITEM_11.into()),
            exceptional_grounds: Some(ExceptionalGround::Illness),
            ..extension()
        };
        assert_eq!(codes(&ill), []);
        // A tourist visa is not extended, but for an emergency (docs/law.md).
        let tourist = Case {
            visa_category: Some(VisaCategory::Tourist),
            knb_approved: None,
            ..extension()
        };
        assert_eq!(codes(&tourist), [Code::NotExtendable]);
        assert_eq!(
            codes(&Case {
                exceptional_grounds: Some(ExceptionalGround::Emergency),
                ..tourist
            }),
            []
        );
    }

    #[test]
    fn who_may_apply_for_an_extension() {
        // Regression: a correct refusal on the ground item 6 gives earned a finding.
        let not_inviter = Case {
            applicant_is_inviter: Some(false),
            ..extension()
        };
        assert_eq!(codes(&not_inviter), [Code::ApplicantNotAllowed]);
        assert_eq!(
            codes(&Case {
                result: Outcome::Refused,
                refusal_ground: Some(RefusalGround::ApplicantNotEligible),
                extended_to: None,
                ..not_inviter
            }),
            []
        );
        // Regression: work extensions are asked for by the legal entity that invited.
        let work = work_extension();
        assert_eq!(codes(&work), []);
        assert_eq!(
            codes(&Case {
                applicant_kind: Some(ApplicantKind::Individual),
                ..work
            }),
            [Code::ApplicantNotAllowed]
        );
        // Regression: a study extension rests on the written application of
        // the educational institution, not of the student.
        assert_eq!(
            codes(&Case {
                applicant_kind: Some(ApplicantKind::Individual),
                ..extension()
            }),
            [Code::ApplicantNotAllowed]
        );
    }

    #[test]
    fn a_refusal_is_checked_against_the_category_and_the_record() {
        let refused = |ground, case: Case| Case {
            result: Outcome::Refused,
            refusal_ground: Some(ground),
            extended_to: None,
            ..case
        };
        // Regression: a study visa refused as "already extended", with no
        // prior extension, earned nothing; once only is ЕАВ's and ТТВ's rule.
        let study = refused(RefusalGround::AlreadyExtended, extension());
        assert_eq!(codes(&study), [Code::GroundAgainstRecord]);
        let f = &findings_of(&study).unwrap()[0];
        assert!(
            f.figures
                .contains(&("category", Figure::word(VisaCategory::Study))),
            "{f:?}"
        );
        // A medical visa is once only: refused as already extended, by the
        // book when it was, against the record when it was not.
        let medical = |prior| Case {
            prior_extensions: Some(prior),
            ..medical_extension()
        };
        assert_eq!(
            codes(&refused(RefusalGround::AlreadyExtended, medical(1))),
            []
        );
        assert_eq!(
            codes(&refused(RefusalGround::AlreadyExtended, medical(0))),
            [Code::GroundAgainstRecord]
        );
        // Not extendable, of a category that extends.
        assert_eq!(
            codes(&refused(RefusalGround::NotExtendable, extension())),
            [Code::GroundAgainstRecord]
        );
        let tourist = Case {
            visa_category: Some(VisaCategory::Tourist),
            ..extension()
        };
        assert_eq!(codes(&refused(RefusalGround::NotExtendable, tourist)), []);
        // No grounds, while the place of study's letter was accepted.
        assert_eq!(
            codes(&refused(RefusalGround::NoGrounds, extension())),
            [Code::GroundAgainstRecord]
        );
        // The applicant not eligible: the inviting legal entity is; a
        // student is not.
        assert_eq!(
            codes(&refused(RefusalGround::ApplicantNotEligible, extension())),
            [Code::GroundAgainstRecord]
        );
        assert_eq!(
            codes(&refused(
                RefusalGround::ApplicantNotEligible,
                Case {
                    applicant_kind: Some(ApplicantKind::Individual),
                    ..extension()
                }
            )),
            []
        );
        // Grounds of item 16 are not the record's to contradict.
        assert_eq!(codes(&refused(RefusalGround::Convicted, extension())), []);
    }

    #[test]
    fn issuing_inside_kazakhstan_under_item_6() {
        assert_eq!(codes(&case()), [], "an exit visa");
        assert_eq!(
            codes(&Case {
                visa_category: Some(VisaCategory::Tourist),
                ..case()
            }),
            [Code::NotIssuedInside]
        );
        // A refusal to issue a tourist visa is right: nothing to find.
        assert_eq!(
            codes(&Case {
                visa_category: Some(VisaCategory::Business),
                result: Outcome::Refused,
                refusal_ground: Some(RefusalGround::DocumentsIncomplete),
                ..case()
            }),
            []
        );
        let medical = Case {
            visa_category: Some(VisaCategory::Medical),
            ..case()
        };
        assert_eq!(codes(&medical), [Code::SupportingDocumentMissing]);
        let mut documents = Document::ITEM_11.to_vec();
        documents.push(Document::MedicalLetter);
        assert_eq!(
            codes(&Case {
                documents: Some(documents.into()),
                ..medical
            }),
            []
        );
    }

    #[test]
    fn handed_to_a_proxy_only_with_a_power_of_attorney() {
        use crate::vocab::IssuedTo;
        let proxy = Case {
            issued_to: Some(IssuedTo::Proxy),
            ..case()
        };
        assert_eq!(codes(&proxy), [Code::ProxyWithoutPowerOfAttorney]);
        let mut documents = Document::ITEM_11.to_vec();
        documents.push(Document::PowerOfAttorney);
        assert_eq!(
            codes(&Case {
                documents: Some(documents.into()),
                ..proxy.clone()
            }),
            []
        );
        // Unknown documents: nothing to find; in person: nothing to ask.
        assert_eq!(
            codes(&Case {
                documents: None,
                ..proxy
            }),
            []
        );
        assert_eq!(
            codes(&Case {
                issued_to: Some(IssuedTo::Consumer),
                ..case()
            }),
            []
        );
    }

    #[test]
    fn permanent_residence_visas_and_refusal_grounds() {
        let residence = Case {
            visa_category: Some(VisaCategory::PermanentResidence),
            ..case()
        };
        assert_eq!(codes(&residence), [], "a German citizen: Appendix 2");
        let uzbek = Case {
            citizenship: crate::model::Alpha3::new("UZB").map(Citizenship::Country),
            ..residence.clone()
        };
        assert_eq!(codes(&uzbek), [Code::ResidenceReview]);
        assert_eq!(
            codes(&Case {
                ethnic_kazakh: Some(true),
                ..uzbek
            }),
            []
        );
        let refused = Case {
            result: Outcome::Refused,
            refusal_ground: Some(RefusalGround::NoGrounds),
            ..case()
        };
        assert_eq!(codes(&refused), [Code::GroundNotInStandard]);
        let convicted = Case {
            refusal_ground: Some(RefusalGround::Convicted),
            ..refused
        };
        assert_eq!(codes(&convicted), []);
    }

    #[test]
    fn identity_document_checks_and_conclusions() {
        let id = Case {
            service: Service::IdDocument,
            visa_category: None,
            fee_amount: None,
            documents: None,
            formular_code: Some("11".into()),
            extra_check_started: Some(day(2025, 3, 3)),
            extra_check_ended: Some(day(2025, 3, 6)),
            conclusion_on: Some(day(2025, 3, 11)),
            ..case()
        };
        // Check 3 working days after Monday 3 March: Thursday 6; conclusion 2 after: 7, (10 off) 11.
        assert_eq!(codes(&id), []);
        assert_eq!(
            codes(&Case {
                extra_check_ended: Some(day(2025, 3, 7)),
                conclusion_on: Some(day(2025, 3, 11)),
                ..id.clone()
            }),
            [Code::ExtraCheckLong]
        );
        assert_eq!(
            codes(&Case {
                conclusion_on: Some(day(2025, 3, 12)),
                ..id
            }),
            [Code::ConclusionLate]
        );
    }

    #[test]
    fn an_identity_document_is_not_judged_under_the_visa_standards_hours_queue_or_times() {
        // Regression: accepted on a Saturday afternoon after a 20-minute
        // wait and 20 minutes of service, it earned outside-hours,
        // long-wait and long-service, items 9, 7.2 and 7.3 of the visa standard.
        let saturday = at(2025, 3, 15, 15, 0);
        let id = Case {
            service: Service::IdDocument,
            visa_category: None,
            fee_amount: None,
            documents: None,
            formular_code: Some("11".into()),
            queue_arrived_at: Some(saturday - Duration::minutes(20)),
            queue_called_at: Some(saturday),
            submitted_at: saturday,
            service_ended_at: Some(saturday + Duration::minutes(20)),
            decided_at: Some(at(2025, 3, 20, 10, 0)),
            ..case()
        };
        assert_eq!(codes(&id), []);
        // The same as a visa: all three.
        let visa = Case {
            service: Service::VisaIssue,
            ..case()
        };
        let visa = Case {
            queue_arrived_at: id.queue_arrived_at,
            queue_called_at: id.queue_called_at,
            submitted_at: id.submitted_at,
            service_ended_at: id.service_ended_at,
            decided_at: id.decided_at,
            ..visa
        };
        let visa_codes = codes(&visa);
        for code in [Code::OutsideHours, Code::LongWait, Code::LongService] {
            assert!(visa_codes.contains(&code), "{visa_codes:?}");
        }
    }

    #[test]
    fn a_deadline_in_a_year_without_calendar_is_an_error() {
        let c = Case {
            submitted_at: at(2026, 12, 28, 10, 0),
            queue_arrived_at: None,
            decided_at: Some(at(2027, 1, 4, 10, 0)),
            ..case()
        };
        assert_eq!(findings_of(&c).unwrap_err().year, 2027);
    }
}
