//! Identity documents apart. They are made under the Rules of the formular
//! (order No. 451), not under the standard whose Appendix 4 the indicators
//! are: their cases count in none of its figures, and are counted here by
//! what the Rules ask — documents issued and refused, the terms of items 12
//! and 16 met, formulars returned by item 40's reasons, codes of item 31
//! that do not fit the person.
//!
//! A case counts in the period it was decided in, as a served case of
//! Appendix 4 does; what the law found comes from its verdict.

use std::collections::BTreeMap;

use super::{Level, Period, Ratio};
use crate::chunked::Chunked;
use crate::law::identity::Term;
use crate::law::{Code, Verdict};
use crate::model::{Case, Returned};
use crate::vocab::{Outcome, ReturnReason, Service, Vocabulary};

/// What the identity-document cases of one place came to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Decided in the period: issued or refused.
    pub served: u64,
    pub issued: u64,
    pub refused: u64,
    /// Item 40: formulars returned, per [`Counts::REASONS`] (the last:
    /// another reason, as version-1 files wrote it).
    pub returned: [u64; 5],
    /// Item 12: registry requests made within two working days, of those
    /// made.
    pub registry: Ratio,
    /// Item 16: additional checks ended within three working days, of those
    /// recorded.
    pub check: Ratio,
    /// Item 16: conclusions within two working days of the check's end, of
    /// those recorded.
    pub conclusion: Ratio,
    /// Within the deadline the configuration sets for identity documents
    /// (none by default: the Rules give no general term).
    pub deadline: Ratio,
    /// Item 31: formular codes that do not fit the person, where the record
    /// shows it.
    pub misfits: u64,
}

impl Counts {
    /// The reasons of item 40, in the order of [`Counts::returned`]; `None`
    /// is another reason.
    pub const REASONS: [Option<ReturnReason>; 5] = [
        Some(ReturnReason::PhotoMismatch),
        Some(ReturnReason::DataMismatch),
        Some(ReturnReason::CodeMismatch),
        Some(ReturnReason::PoorGraphics),
        None,
    ];

    /// Formulars returned, for any reason.
    pub fn returned_total(&self) -> u64 {
        self.returned.iter().sum()
    }

    fn add(&mut self, case: &Case, verdict: &Verdict) {
        self.served += 1;
        match case.result {
            Outcome::Granted => self.issued += 1,
            _ => self.refused += 1,
        }
        if let Some(returned) = &case.formular_returned {
            let reason = match returned {
                Returned::Reason(r) => Some(*r),
                Returned::Other(_) => None,
            };
            let at = Counts::REASONS
                .iter()
                .position(|r| *r == reason)
                .expect("REASONS lists every reason and another");
            self.returned[at] += 1;
        }
        let rules = verdict.facts.rules;
        for (ratio, term) in [
            (&mut self.registry, rules.registry),
            (&mut self.check, rules.check),
            (&mut self.conclusion, rules.conclusion),
        ] {
            count(ratio, term.map(Term::met));
        }
        count(&mut self.deadline, verdict.facts.on_time);
        self.misfits += verdict
            .findings
            .iter()
            .filter(|f| f.code == Code::FormularCodeMismatch)
            .count() as u64;
    }
}

fn count(ratio: &mut Ratio, held: Option<bool>) {
    if let Some(held) = held {
        ratio.denominator += 1;
        ratio.numerator += u64::from(held);
    }
}

/// The identity documents of a period at every level.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub period: Period,
    /// The republic first (always there), then departments and offices by
    /// code, each where a case was decided.
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub level: Level,
    /// `KZ`, a region code `RRRR`, or an office code `RRRR-DDD`.
    pub key: String,
    pub counts: Counts,
}

impl Identity {
    /// The republic's counts.
    pub fn republic(&self) -> &Counts {
        &self.places[0].counts
    }

    /// The places of one level, by code.
    pub fn of(&self, level: Level) -> impl Iterator<Item = &Place> {
        self.places.iter().filter(move |p| p.level == level)
    }
}

/// The identity documents decided in `period`, from the accepted cases and
/// the verdict on each (in the same order).
pub fn identity(cases: &Chunked<Case>, verdicts: &Chunked<Verdict>, period: Period) -> Identity {
    let mut places = BTreeMap::<(Level, String), Counts>::new();
    places.insert((Level::Republic, "KZ".into()), Counts::default());
    for (case, verdict) in cases.iter().zip(verdicts) {
        let served = matches!(case.result, Outcome::Granted | Outcome::Refused)
            && case.decided_at.is_some_and(|at| period.contains(at.date()));
        if case.service != Service::IdDocument || !served {
            continue;
        }
        for key in [
            (Level::Republic, "KZ".to_string()),
            (Level::Department, case.office.department().to_string()),
            (Level::Office, case.office.to_string()),
        ] {
            places.entry(key).or_default().add(case, verdict);
        }
    }
    Identity {
        period,
        places: places
            .into_iter()
            .map(|((level, key), counts)| Place { level, key, counts })
            .collect(),
    }
}

/// The key of a reason of item 40 as the contract writes it, `other` for
/// another.
pub fn reason_key(reason: Option<ReturnReason>) -> &'static str {
    reason.map_or("other", |r| r.key())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::LawContext;
    use crate::model::{Alpha3, Citizenship, Office, test_case};
    use chrono::{Datelike, NaiveDate};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    /// A citizen's identity document of `office`, accepted on Monday
    /// 3 March 2025 and issued on the 12th.
    fn document(office: &str) -> Case {
        Case {
            service: Service::IdDocument,
            office: Office::new(office).unwrap(),
            visa_category: None,
            fee_amount: None,
            fee_paid_on: None,
            documents: None,
            formular_code: Some("18".into()),
            citizenship: Alpha3::new("KAZ").map(Citizenship::Country),
            submitted_at: day(3, 3).and_hms_opt(10, 0, 0).unwrap(),
            decided_at: day(3, 12).and_hms_opt(12, 0, 0),
            result: Outcome::Granted,
            ..test_case()
        }
    }

    fn counted(cases: Vec<Case>) -> Identity {
        let cases: Chunked<Case> = cases.into_iter().collect();
        let verdicts = crate::law::judge(&cases, &LawContext::default()).unwrap();
        identity(&cases, &verdicts, Period::year(2025).unwrap())
    }

    #[test]
    fn identity_documents_are_counted_by_what_the_rules_ask() {
        let returned = |reason| Case {
            formular_returned: Some(reason),
            ..document("1910-262")
        };
        let cases = vec![
            document("1910-262"),
            // Item 16: a check from Monday 3 to Friday 7 March (the limit:
            // Thursday 6), its conclusion on Tuesday 11 (the limit:
            // Wednesday 12, the 8th's holiday being moved to Monday 10).
            Case {
                extra_check_started: Some(day(3, 3)),
                extra_check_ended: Some(day(3, 7)),
                conclusion_on: Some(day(3, 11)),
                ..document("1910-262")
            },
            // Item 12: asked on Thursday 6 March, the limit being Wednesday 5.
            Case {
                rags_request_on: Some(day(3, 6)),
                ..document("1914-201")
            },
            returned(Returned::Reason(ReturnReason::PhotoMismatch)),
            returned(Returned::Other("плохое качество".into())),
            Case {
                result: Outcome::Refused,
                refusal_ground: Some(crate::vocab::RefusalGround::DocumentsIncomplete),
                formular_code: Some("11".into()),
                ..document("1914-201")
            },
            // Pending, a visa and a document of another year count for nothing.
            Case {
                result: Outcome::Pending,
                decided_at: None,
                ..document("1910-262")
            },
            test_case(),
            Case {
                submitted_at: day(3, 3)
                    .with_year(2024)
                    .unwrap()
                    .and_hms_opt(9, 0, 0)
                    .unwrap(),
                decided_at: day(3, 12)
                    .with_year(2024)
                    .and_then(|d| d.and_hms_opt(9, 0, 0)),
                ..document("1910-262")
            },
        ];
        let counted = counted(cases);
        let kz = counted.republic();
        assert_eq!((kz.served, kz.issued, kz.refused), (6, 5, 1));
        assert_eq!(kz.returned, [1, 0, 0, 0, 1]);
        assert_eq!(kz.returned_total(), 2);
        // Checked 3 to 7 March: the limit is Thursday 6.
        assert_eq!((kz.check.numerator, kz.check.denominator), (0, 1));
        assert_eq!((kz.conclusion.numerator, kz.conclusion.denominator), (1, 1));
        assert_eq!((kz.registry.numerator, kz.registry.denominator), (0, 1));
        // No deadline is configured for identity documents.
        assert_eq!(kz.deadline.denominator, 0);
        // Code 11 for a citizen of Kazakhstan.
        assert_eq!(kz.misfits, 1);
        let keys: Vec<_> = counted.places.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["KZ", "1910", "1914", "1910-262", "1914-201"]);
        let almaty = &counted.of(Level::Department).next().unwrap().counts;
        assert_eq!((almaty.served, almaty.returned_total()), (4, 2));
    }

    #[test]
    fn the_republic_is_there_without_any_document() {
        let counted = counted(vec![test_case()]);
        assert_eq!(counted.places.len(), 1);
        assert_eq!(counted.republic(), &Counts::default());
        assert_eq!(reason_key(None), "other");
        assert_eq!(
            reason_key(Some(ReturnReason::PoorGraphics)),
            "poor-graphics"
        );
    }
}
