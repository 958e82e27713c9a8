//! The findings counted per office and code: what the audit, the ministry
//! workbook and the annual report list as "most frequent findings".

use serde::Serialize;

use super::complaint::ComplaintVerdict;
use super::{Code, Verdict};
use crate::chunked::Chunked;
use crate::model::{Case, Complaint, Office, Returned};
use crate::vocab::ReturnReason;

/// How many findings of one code the cases of one office earned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub office: Office,
    pub code: Code,
    pub count: u32,
}

/// Findings of cases and of complaints per office and code, most frequent
/// first, then by office and by the code's key.
pub fn tally(
    cases: &Chunked<Case>,
    verdicts: &Chunked<Verdict>,
    complaints: &[Complaint],
    complaint_verdicts: &[ComplaintVerdict],
) -> Vec<Tally> {
    let mut counts = std::collections::HashMap::<(Office, Code), u32>::new();
    let of_cases = cases
        .iter()
        .zip(verdicts)
        .map(|(c, v)| (c.office, &v.findings));
    let of_complaints = complaints
        .iter()
        .zip(complaint_verdicts)
        .map(|(c, v)| (c.office, &v.findings));
    for (office, findings) in of_cases.chain(of_complaints) {
        for finding in findings {
            *counts.entry((office, finding.code)).or_default() += 1;
        }
    }
    let mut tallies: Vec<Tally> = counts
        .into_iter()
        .map(|((office, code), count)| Tally {
            office,
            code,
            count,
        })
        .collect();
    tallies
        .sort_by(|a, b| (b.count, a.office, a.code.key()).cmp(&(a.count, b.office, b.code.key())));
    tallies
}

/// How many formulars of one office were returned for one reason of item
/// 40 of the order (`None`: another reason, as version-1 files wrote it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Returns {
    pub office: Office,
    pub reason: Option<ReturnReason>,
    pub count: u32,
}

/// Returned formulars per office and reason, by office, then reason.
pub fn returns(cases: &Chunked<Case>) -> Vec<Returns> {
    let mut counts = std::collections::BTreeMap::<(Office, Option<ReturnReason>), u32>::new();
    for case in cases {
        if let Some(returned) = &case.formular_returned {
            let reason = match returned {
                Returned::Reason(r) => Some(*r),
                Returned::Other(_) => None,
            };
            *counts.entry((case.office, reason)).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|((office, reason), count)| Returns {
            office,
            reason,
            count,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::{LawContext, judge};
    use crate::model::test_case;

    #[test]
    fn findings_are_counted_per_office_and_code_most_frequent_first() {
        let late = |id: &str, office: &str| Case {
            case_id: id.into(),
            office: Office::new(office).unwrap(),
            decided_at: chrono::NaiveDate::from_ymd_opt(2025, 4, 30)
                .and_then(|d| d.and_hms_opt(12, 0, 0)),
            ..test_case()
        };
        let cases: Chunked<Case> = [
            late("A", "1914-201"),
            test_case(),
            late("B", "1910-262"),
            late("C", "1914-201"),
        ]
        .into();
        let verdicts = judge(&cases, &LawContext::default()).unwrap();
        let open = crate::model::Complaint {
            office: Office::new("1910-262").unwrap(),
            answered_at: None,
            ..crate::model::test_complaint()
        };
        let complaints = [open];
        let complaint_verdicts = crate::law::complaint::judge(
            &complaints,
            &LawContext::default(),
            chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        );
        let tallies = tally(&cases, &verdicts, &complaints, &complaint_verdicts);
        assert!(
            tallies.contains(&Tally {
                office: Office::new("1910-262").unwrap(),
                code: Code::ComplaintUnanswered,
                count: 1
            }),
            "complaints are counted beside cases"
        );
        let late: Vec<_> = tallies.iter().filter(|t| t.code == Code::Late).collect();
        assert_eq!(late.len(), 2);
        assert_eq!((late[0].office.as_str(), late[0].count), ("1914-201", 2));
        assert_eq!((late[1].office.as_str(), late[1].count), ("1910-262", 1));
        assert!(tallies.windows(2).all(|w| w[0].count >= w[1].count));
    }

    #[test]
    fn returned_formulars_are_counted_per_office_and_reason() {
        let returned = |office: &str, why: Returned| Case {
            office: Office::new(office).unwrap(),
            formular_returned: Some(why),
            ..test_case()
        };
        let photo = || Returned::Reason(ReturnReason::PhotoMismatch);
        let cases: Chunked<Case> = [
            returned("1914-201", photo()),
            test_case(),
            returned("1914-201", photo()),
            returned("1910-262", Returned::Other("по просьбе".into())),
        ]
        .into();
        assert_eq!(
            returns(&cases),
            [
                Returns {
                    office: Office::new("1910-262").unwrap(),
                    reason: None,
                    count: 1
                },
                Returns {
                    office: Office::new("1914-201").unwrap(),
                    reason: Some(ReturnReason::PhotoMismatch),
                    count: 2
                },
            ]
        );
    }
}
