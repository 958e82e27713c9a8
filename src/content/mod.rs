//! The annual report's content as plain data, composed once from what the
//! stages computed: the PDF ([`crate::documents::annual`]) and the
//! ministry's workbook ([`crate::export::ministry`]) each render it, and
//! neither works a figure out again. Numbers stay numbers and places stay
//! codes; the words are the catalogues', chosen by each output in its
//! language, so a figure reads the same in both. Entry point: [`compose`].

pub mod identity;
mod summary;

pub use summary::{Leaders, Summary};

use chrono::NaiveDate;

use crate::indicators::activity::Activity;
use crate::indicators::{Indicator, Level, Period, Ratio, Results};
use crate::model::{Case, Complaint, Survey};
use crate::settings::{Norm, Norms, PreparedBy};
use crate::vocab::{Service, Vocabulary};

/// What the report says, as numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub period: Period,
    /// The first and the last day of the period that any record of the
    /// input falls on: a file that ends in March says so beside a period
    /// of the whole year. `None` without a record in the period.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// Every indicator of the republic, in the order of Appendix 4 (1.2
    /// and 1.3, which it does not list, marked by
    /// [`Indicator::in_appendix4`]).
    pub appendix4: Vec<Line>,
    /// Volumes, outcomes, time to a decision and duty, at every level.
    pub activity: Activity,
    /// Departments and offices ranked by 1.1 and by 4.1.
    pub rankings: Vec<Ranking>,
    /// The least consumers a place must have served to be ranked.
    pub min_served: u64,
    /// The key messages, said first.
    pub summary: Summary,
    /// Who prepared the report, as configured.
    pub prepared_by: Option<PreparedBy>,
}

/// The places of one level ranked by one indicator, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    pub level: Level,
    pub indicator: Indicator,
    pub places: Vec<Placed>,
    /// Places with a value that served fewer than the minimum: not ranked.
    pub below: usize,
}

/// A place in a ranking: 1 for the best, equal values sharing a place.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub place: usize,
    pub key: String,
    pub served: u64,
    pub value: f64,
}

/// One indicator of the republic for the whole period: its value, for
/// each of the standard's services, the year's normative value and next
/// year's target, and whether it misses the normative value.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub indicator: Indicator,
    pub value: Ratio,
    /// The standard's own services (identity documents are not among them).
    pub by_service: Vec<(Service, Option<Ratio>)>,
    pub norm: Option<Norm>,
    pub missed: bool,
}

/// What the content is composed of.
pub struct Sources<'a> {
    pub table: &'a Results,
    /// The same days a year earlier, when they can be counted.
    pub previous: Option<&'a Results>,
    pub activity: Activity,
    pub norms: &'a Norms,
    /// The first and the last day of the period a record falls on
    /// ([`span`]).
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// The least consumers a place must have served to be ranked.
    pub min_served: u64,
    pub prepared_by: Option<&'a PreparedBy>,
}

/// The content of the report over `sources`.
pub fn compose(sources: Sources) -> Content {
    let table = sources.table;
    let period = table.period;
    let year = period.norm_year();
    let republic = table.republic();
    let services: Vec<Service> = Service::ALL
        .iter()
        .copied()
        .filter(|s| s.is_visa())
        .collect();
    let appendix4: Vec<Line> = Indicator::ALL
        .into_iter()
        .map(|i| {
            let value = republic.get(i);
            let norm = sources.norms.get(year, i);
            Line {
                indicator: i,
                value,
                by_service: services
                    .iter()
                    .map(|&s| {
                        let row = table.find(Level::Republic, "KZ", Some(s), None);
                        (s, row.map(|r| r.get(i)))
                    })
                    .collect(),
                norm,
                missed: matches!(
                    (value.value(), norm),
                    (Some(v), Some(n)) if i.misses(v, n.normative)
                ),
            }
        })
        .collect();
    let min_served = sources.min_served;
    let rankings: Vec<Ranking> = [Level::Department, Level::Office]
        .into_iter()
        .flat_map(|level| [Indicator::Timeliness, Indicator::Complaints].map(|i| (level, i)))
        .map(|(level, indicator)| {
            let places: Vec<Placed> = crate::indicators::rank(table, level, indicator, min_served)
                .into_iter()
                .map(|r| Placed {
                    place: r.place,
                    key: r.row.key.clone(),
                    served: r.served,
                    value: r.value,
                })
                .collect();
            let valued = crate::indicators::rank(table, level, indicator, 0).len();
            Ranking {
                level,
                indicator,
                below: valued - places.len(),
                places,
            }
        })
        .collect();
    let summary = summary::summarise(&appendix4, &rankings, table, sources.previous);
    Content {
        period,
        span: sources.span,
        appendix4,
        activity: sources.activity,
        rankings,
        min_served,
        summary,
        prepared_by: sources.prepared_by.cloned(),
    }
}

/// The first and last day of `period` a record falls on: a case's
/// submission or decision, a complaint's receipt, a survey's answer.
pub fn span<'a>(
    cases: impl IntoIterator<Item = &'a Case>,
    complaints: &[Complaint],
    surveys: &[Survey],
    period: Period,
) -> Option<(NaiveDate, NaiveDate)> {
    let cases = cases
        .into_iter()
        .flat_map(|c| std::iter::once(c.submitted_at.date()).chain(c.decided_at.map(|d| d.date())));
    let complaints = complaints.iter().map(|c| c.received_at.date());
    let surveys = surveys.iter().map(|s| s.answered_on);
    cases
        .chain(complaints)
        .chain(surveys)
        .filter(|day| period.contains(*day))
        .fold(None, |span, day| match span {
            None => Some((day, day)),
            Some((first, last)) => Some((first.min(day), last.max(day))),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_case;

    #[test]
    fn the_span_is_of_the_records_within_the_period() {
        let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap();
        let case = |submitted: NaiveDate, decided: NaiveDate| Case {
            submitted_at: submitted.and_hms_opt(9, 0, 0).unwrap(),
            decided_at: decided.and_hms_opt(9, 0, 0),
            ..test_case()
        };
        let cases = [
            case(day(1, 1) - chrono::Duration::days(3), day(1, 9)),
            case(day(3, 3), day(3, 20)),
        ];
        let period = Period::year(2025).unwrap();
        // Submitted in December: the span begins with its decision.
        assert_eq!(
            span(&cases, &[], &[], period),
            Some((day(1, 9), day(3, 20)))
        );
        assert_eq!(span(&[], &[], &[], period), None);
    }
}
