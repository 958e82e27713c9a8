//! The order on formulars for identity documents (`docs/sources/002_de0319764590f91c.txt`,
//! order No. 451): the registry request of item 12, the additional check and
//! conclusion of item 16, the formular codes of item 31.

use chrono::{Datelike, NaiveDate};

use super::calendar::MissingYear;
use super::context::LawContext;
use super::finding::{Code, Figure, Finding, date};
use crate::model::{Alpha3, Case, Citizenship};

/// A term of the Rules and the day the act it limits was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The last day the act was due.
    pub limit: NaiveDate,
    /// The day it was done.
    pub done: NaiveDate,
}

impl Term {
    pub fn met(self) -> bool {
        self.done <= self.limit
    }
}

/// The terms of the Rules an identity-document case was held to, where
/// its record holds the days they count from and the day the act was done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terms {
    /// Item 12: the registry asked for a child's birth record within two
    /// working days of the submission.
    pub registry: Option<Term>,
    /// Item 16: the additional check within three working days of its start.
    pub check: Option<Term>,
    /// Item 16: the conclusion within two working days of the check's end.
    pub conclusion: Option<Term>,
}

/// The terms of the Rules for one identity-document case.
pub(super) fn terms(case: &Case, ctx: &LawContext) -> Result<Terms, MissingYear> {
    let within = |from: NaiveDate, days: u32, done: NaiveDate| {
        Ok::<_, MissingYear>(Term {
            limit: ctx.calendar.add_working_days(from, days)?,
            done,
        })
    };
    let check = match (case.extra_check_started, case.extra_check_ended) {
        (Some(started), Some(ended)) => Some(within(started, 3, ended)?),
        _ => None,
    };
    let conclusion = match (case.extra_check_ended, case.conclusion_on) {
        (Some(ended), Some(conclusion)) if check.is_some() => Some(within(ended, 2, conclusion)?),
        _ => None,
    };
    let registry = match case.rags_request_on {
        Some(asked) => Some(within(case.submitted_at.date(), 2, asked)?),
        None => None,
    };
    Ok(Terms {
        registry,
        check,
        conclusion,
    })
}

/// The findings of the order about one identity-document case, from the
/// terms its facts hold.
pub(super) fn findings(case: &Case, terms: &Terms, out: &mut Vec<Finding>) {
    if let (Some(check), Some(started)) = (terms.check, case.extra_check_started)
        && !check.met()
    {
        out.push(Finding::new(
            Code::ExtraCheckLong,
            vec![
                ("started", date(started)),
                ("limit", date(check.limit)),
                ("ended", date(check.done)),
            ],
        ));
    }
    if let (Some(conclusion), Some(ended)) = (terms.conclusion, case.extra_check_ended)
        && !conclusion.met()
    {
        out.push(Finding::new(
            Code::ConclusionLate,
            vec![
                ("check_ended", date(ended)),
                ("limit", date(conclusion.limit)),
                ("conclusion", date(conclusion.done)),
            ],
        ));
    }
    // 12: a child's birth record is asked of the registry within two
    // working days.
    if let Some(registry) = terms.registry
        && !registry.met()
    {
        out.push(Finding::new(
            Code::RegistryRequestLate,
            vec![
                ("accepted", date(case.submitted_at.date())),
                ("limit", date(registry.limit)),
                ("asked", date(registry.done)),
            ],
        ));
    }
    if let Some(code) = case.formular_code.as_deref()
        && let Some(why) = code_misfit(code, case)
    {
        out.push(Finding::new(
            Code::FormularCodeMismatch,
            vec![("formular_code", Figure::from(code)), why],
        ));
    }
}

/// Whom a formular code of item 31 is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Person {
    /// A citizen of Kazakhstan (00, 01 and the codes that say «гражданин
    /// Республики Казахстан»: 08, 13, 15, 17).
    Citizen,
    /// A foreigner (03: a foreigner permanently resident who changed the
    /// country of citizenship).
    Foreigner,
    /// A foreigner or a stateless person (11: first documenting).
    NotCitizen,
}

fn person_of(code: &str) -> Option<Person> {
    match code {
        "00" | "01" | "08" | "13" | "15" | "17" => Some(Person::Citizen),
        "03" => Some(Person::Foreigner),
        "11" => Some(Person::NotCitizen),
        _ => None,
    }
}

/// Why `code` does not fit the person of `case`, where the data shows it:
/// the citizenship the code is for, and for 00 an age under 16, for 01 an
/// age of 16, on the day the documents were accepted.
fn code_misfit(code: &str, case: &Case) -> Option<(&'static str, Figure)> {
    let kaz = Alpha3::new("KAZ");
    if let (Some(person), Some(citizenship)) = (person_of(code), &case.citizenship) {
        let citizen = matches!(citizenship, Citizenship::Country(c) if Some(*c) == kaz);
        let stateless = *citizenship == Citizenship::Stateless;
        let fits = match person {
            Person::Citizen => citizen,
            Person::Foreigner => !citizen && !stateless,
            Person::NotCitizen => !citizen,
        };
        if !fits {
            let shown = match citizenship {
                Citizenship::Country(c) => Figure::Plain(c.to_string()),
                Citizenship::Stateless => Figure::State("stateless"),
            };
            return Some(("citizenship", shown));
        }
    }
    let age = age_on(case.birth_date?, case.submitted_at.date());
    let fits = match code {
        "00" => age < 16,
        "01" => age == 16,
        _ => true,
    };
    (!fits).then(|| ("age", Figure::from(age.to_string())))
}

/// Full years from `born` to `on`.
fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let had_birthday = (on.month(), on.day()) >= (born.month(), born.day());
    on.year() - born.year() - i32::from(!had_birthday)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_case;
    use crate::vocab::Service;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A citizen's identity document, accepted on Monday 3 March 2025.
    fn id_card(code: &str) -> Case {
        Case {
            service: Service::IdDocument,
            visa_category: None,
            fee_amount: None,
            fee_paid_on: None,
            documents: None,
            formular_code: Some(code.into()),
            citizenship: Alpha3::new("KAZ").map(Citizenship::Country),
            birth_date: Some(day(1990, 5, 1)),
            ..test_case()
        }
    }

    fn judged(case: &Case) -> Vec<Finding> {
        let ctx = LawContext::default();
        let mut out = Vec::new();
        findings(case, &terms(case, &ctx).unwrap(), &mut out);
        out
    }

    fn codes(case: &Case) -> Vec<Code> {
        judged(case).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn a_formular_code_fits_the_citizenship_it_is_for() {
        assert_eq!(codes(&id_card("18")), [], "any person may renew");
        assert_eq!(codes(&id_card("13")), [], "a citizen's lost passport");
        let foreigner = |code| Case {
            citizenship: Alpha3::new("UZB").map(Citizenship::Country),
            ..id_card(code)
        };
        assert_eq!(codes(&foreigner("13")), [Code::FormularCodeMismatch]);
        assert_eq!(codes(&foreigner("03")), []);
        assert_eq!(codes(&foreigner("11")), []);
        assert_eq!(codes(&id_card("11")), [Code::FormularCodeMismatch]);
        assert_eq!(codes(&id_card("03")), [Code::FormularCodeMismatch]);
        let stateless = |code| Case {
            citizenship: Some(Citizenship::Stateless),
            ..id_card(code)
        };
        assert_eq!(codes(&stateless("11")), []);
        assert_eq!(codes(&stateless("03")), [Code::FormularCodeMismatch]);
        // Unknown citizenship: nothing to find.
        assert_eq!(
            codes(&Case {
                citizenship: None,
                ..id_card("11")
            }),
            []
        );
    }

    #[test]
    fn codes_00_and_01_by_the_age_on_the_day_of_submission() {
        let born = |d| Case {
            birth_date: Some(d),
            ..id_card("00")
        };
        // Sixteen on 3 March 2025: born 3 March 2009.
        assert_eq!(codes(&born(day(2009, 3, 4))), [], "15 until tomorrow");
        assert_eq!(codes(&born(day(2009, 3, 3))), [Code::FormularCodeMismatch]);
        let sixteen = |d| Case {
            birth_date: Some(d),
            ..id_card("01")
        };
        assert_eq!(codes(&sixteen(day(2009, 3, 3))), []);
        assert_eq!(codes(&sixteen(day(2008, 3, 4))), [], "17 tomorrow");
        assert_eq!(
            codes(&sixteen(day(2008, 3, 3))),
            [Code::FormularCodeMismatch]
        );
        assert_eq!(
            codes(&sixteen(day(2009, 3, 4))),
            [Code::FormularCodeMismatch]
        );
        let out = judged(&sixteen(day(2008, 3, 3)));
        assert_eq!(
            out[0].figures,
            [("formular_code", "01".into()), ("age", "17".into())]
        );
    }

    #[test]
    fn the_registry_is_asked_within_two_working_days() {
        let asked = |d| Case {
            rags_request_on: Some(d),
            birth_date: Some(day(2012, 1, 1)),
            ..id_card("00")
        };
        // Monday 3 March + 2 working days = Wednesday 5 March.
        assert_eq!(codes(&asked(day(2025, 3, 5))), []);
        assert_eq!(codes(&asked(day(2025, 3, 6))), [Code::RegistryRequestLate]);
        // Friday 7 March + 2: the 8th is a holiday moved to Monday 10: Wednesday 12.
        let friday = |d| Case {
            submitted_at: day(2025, 3, 7).and_hms_opt(10, 0, 0).unwrap(),
            decided_at: day(2025, 3, 14).and_hms_opt(10, 0, 0),
            ..asked(d)
        };
        assert_eq!(codes(&friday(day(2025, 3, 12))), []);
        assert_eq!(
            codes(&friday(day(2025, 3, 13))),
            [Code::RegistryRequestLate]
        );
    }
}
