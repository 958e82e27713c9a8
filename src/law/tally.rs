//! The findings counted per office and code: what the audit, the ministry
//! workbook and the annual report list as "most frequent findings".

use serde::Serialize;

use super::{Code, Verdict};
use crate::chunked::Chunked;
use crate::model::{Case, Office};

/// How many findings of one code the cases of one office earned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub office: Office,
    pub code: Code,
    pub count: u32,
}

/// Findings per office and code, most frequent first, then by office and
/// by the code's key.
pub fn tally(cases: &Chunked<Case>, verdicts: &Chunked<Verdict>) -> Vec<Tally> {
    let mut counts = std::collections::HashMap::<(Office, Code), u32>::new();
    for (case, verdict) in cases.iter().zip(verdicts) {
        for finding in &verdict.findings {
            *counts.entry((case.office, finding.code)).or_default() += 1;
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
        let tallies = tally(&cases, &verdicts);
        let late: Vec<_> = tallies.iter().filter(|t| t.code == Code::Late).collect();
        assert_eq!(late.len(), 2);
        assert_eq!((late[0].office.as_str(), late[0].count), ("1914-201", 2));
        assert_eq!((late[1].office.as_str(), late[1].count), ("1910-262", 1));
        assert!(tallies.windows(2).all(|w| w[0].count >= w[1].count));
    }
}
