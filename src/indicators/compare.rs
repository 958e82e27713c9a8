//! A year beside the one before it, and places ranked: what a reader of
//! an annual report asks first ("better or worse than last year?", "who is
//! first, who last?"). Both work on [`Results`] already computed, so the
//! previous year may come from any source (the input, other files, a
//! Parquet export) and is counted by the same definitions.

use super::{Indicator, Level, Ratio, Results, Row};

/// The indicators of the year before, and where they were counted from
/// (files and sheets as the user named them, or an export's folder; none
/// when they are the input's own rows of that year).
#[derive(Debug, Clone, PartialEq)]
pub struct PreviousYear {
    pub results: Results,
    pub sources: Vec<String>,
}

/// An indicator of one place in two years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub current: Option<f64>,
    pub previous: Option<f64>,
    /// `current − previous` in percentage points, of the printed (rounded)
    /// values, so that a reader can check it from the two figures beside
    /// it; `None` when either year has no value.
    pub change: Option<f64>,
}

impl Change {
    pub fn of(current: Ratio, previous: Option<Ratio>) -> Change {
        let current = current.value();
        let previous = previous.and_then(Ratio::value);
        let change = match (current, previous) {
            // In tenths, as integers: 98.1 − 96.9 is 1.2, not 1.1999….
            (Some(c), Some(p)) => {
                Some(((c * 10.0).round() as i64 - (p * 10.0).round() as i64) as f64 / 10.0)
            }
            _ => None,
        };
        Change {
            current,
            previous,
            change,
        }
    }

    /// Whether the change is for the better: up, or down for an indicator
    /// where lower is better (4.1).
    pub fn improved(&self, indicator: Indicator) -> Option<bool> {
        let change = self.change?;
        if change == 0.0 {
            return None;
        }
        Some((change > 0.0) != indicator.lower_is_better())
    }
}

/// The places of `level` in `current` with each indicator beside the
/// previous year's (a place the previous year lacks has no previous
/// value), the republic first.
pub fn compare<'a>(
    current: &'a Results,
    previous: &'a Results,
    level: Level,
) -> Vec<(&'a Row, [Change; Indicator::COUNT])> {
    whole_period(current, level)
        .map(|row| {
            let before = previous.find(row.level, &row.key, None, None);
            let changes = Indicator::ALL.map(|i| Change::of(row.get(i), before.map(|b| b.get(i))));
            (row, changes)
        })
        .collect()
}

/// A place in a ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'a> {
    /// 1 for the best; places with equal values share a place, and the
    /// next place counts them ("1, 2, 2, 4").
    pub place: usize,
    pub row: &'a Row,
    pub value: f64,
    /// Consumers served (the denominator of 4.1), so that a reader sees
    /// how much a value weighs.
    pub served: u64,
}

/// The places of `level` ranked by `indicator`, best first (highest, or
/// lowest where lower is better); equal values in the order of their
/// codes. A place without a value (nothing to count), or that served fewer
/// than `min_served` consumers, is not ranked.
pub fn rank(
    results: &Results,
    level: Level,
    indicator: Indicator,
    min_served: u64,
) -> Vec<Ranked<'_>> {
    let mut valued: Vec<(&Row, f64)> = whole_period(results, level)
        .filter(|row| row.served() >= min_served)
        .filter_map(|row| Some((row, row.get(indicator).value()?)))
        .collect();
    // Values are rounded to tenths: compare them as integers.
    let tenths = |v: f64| {
        let t = (v * 10.0).round() as i64;
        if indicator.lower_is_better() { t } else { -t }
    };
    valued.sort_by(|a, b| tenths(a.1).cmp(&tenths(b.1)).then(a.0.key.cmp(&b.0.key)));
    let mut ranked: Vec<Ranked> = Vec::with_capacity(valued.len());
    for (i, (row, value)) in valued.into_iter().enumerate() {
        let place = match ranked.last() {
            Some(last) if tenths(last.value) == tenths(value) => last.place,
            _ => i + 1,
        };
        ranked.push(Ranked {
            place,
            row,
            value,
            served: row.served(),
        });
    }
    ranked
}

/// The rows of `level` for all services and the whole period.
fn whole_period(results: &Results, level: Level) -> impl Iterator<Item = &Row> {
    results
        .rows
        .iter()
        .filter(move |r| r.level == level && r.service.is_none() && r.month.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::Period;

    fn ratio(numerator: u64, denominator: u64) -> Ratio {
        Ratio {
            numerator,
            denominator,
        }
    }

    fn row(level: Level, key: &str, timeliness: Ratio, complaints: Ratio) -> Row {
        let mut values = [Ratio::default(); Indicator::COUNT];
        values[Indicator::Timeliness.index()] = timeliness;
        values[Indicator::Complaints.index()] = complaints;
        Row {
            level,
            key: key.into(),
            service: None,
            month: None,
            values,
        }
    }

    fn results(rows: Vec<Row>) -> Results {
        Results {
            period: Period::year(2025).unwrap(),
            rows,
        }
    }

    #[test]
    fn a_change_is_the_difference_of_the_printed_values() {
        // 981/1000 = 98.1, 969/1000 = 96.9: +1.2 exactly, not 1.1999….
        let c = Change::of(ratio(981, 1000), Some(ratio(969, 1000)));
        assert_eq!(
            (c.current, c.previous, c.change),
            (Some(98.1), Some(96.9), Some(1.2))
        );
        assert_eq!(c.improved(Indicator::Timeliness), Some(true));
        // Complaints going up is worse.
        assert_eq!(c.improved(Indicator::Complaints), Some(false));
        // 2/3 = 66.7 and 1/3 = 33.3: the change of the rounded values, 33.4.
        let c = Change::of(ratio(2, 3), Some(ratio(1, 3)));
        assert_eq!(c.change, Some(33.4));
        let none = Change::of(ratio(1, 2), Some(ratio(0, 0)));
        assert_eq!((none.previous, none.change), (None, None));
        assert_eq!(Change::of(ratio(1, 2), None).change, None);
        assert_eq!(
            Change::of(ratio(1, 2), Some(ratio(2, 4))).improved(Indicator::Timeliness),
            None
        );
    }

    #[test]
    fn places_are_ranked_best_first_ties_sharing_a_place() {
        let d = |key, t: Ratio, c: Ratio| row(Level::Department, key, t, c);
        let table = results(vec![
            row(Level::Republic, "KZ", ratio(1, 1), ratio(0, 1)),
            d("1902", ratio(90, 100), ratio(3, 100)),
            d("1903", ratio(99, 100), ratio(1, 200)),
            d("1904", ratio(9, 10), ratio(0, 50)),
            d("1905", ratio(0, 0), ratio(0, 0)),
            d("1906", ratio(95, 100), ratio(1, 100)),
        ]);
        let by = |i| {
            rank(&table, Level::Department, i, 1)
                .iter()
                .map(|r| (r.place, r.row.key.clone()))
                .collect::<Vec<_>>()
        };
        // 99 %, 95 %, then 90 % twice (1902 before 1904 by code), 1905
        // without a value unranked.
        assert_eq!(
            by(Indicator::Timeliness),
            [
                (1, "1903".into()),
                (2, "1906".into()),
                (3, "1902".into()),
                (3, "1904".into())
            ]
        );
        // 4.1: lowest first; 0.5 % and 1.0 %.
        assert_eq!(
            by(Indicator::Complaints),
            [
                (1, "1904".into()),
                (2, "1903".into()),
                (3, "1906".into()),
                (4, "1902".into())
            ]
        );
        let served: Vec<u64> = rank(&table, Level::Department, Indicator::Complaints, 1)
            .iter()
            .map(|r| r.served)
            .collect();
        assert_eq!(served, [50, 200, 100, 100]);
        // With a minimum of 100 served, 1904 (50) is not ranked, and the
        // places close up.
        let ranked: Vec<(usize, String)> =
            rank(&table, Level::Department, Indicator::Complaints, 100)
                .iter()
                .map(|r| (r.place, r.row.key.clone()))
                .collect();
        assert_eq!(
            ranked,
            [(1, "1903".into()), (2, "1906".into()), (3, "1902".into())]
        );
    }

    #[test]
    fn each_place_is_compared_with_its_own_previous_year() {
        let now = results(vec![
            row(Level::Department, "1902", ratio(95, 100), ratio(0, 1)),
            row(Level::Department, "1903", ratio(80, 100), ratio(0, 1)),
        ]);
        let before = results(vec![row(
            Level::Department,
            "1903",
            ratio(90, 100),
            ratio(0, 1),
        )]);
        let compared = compare(&now, &before, Level::Department);
        let t = Indicator::Timeliness.index();
        assert_eq!(compared[0].0.key, "1902");
        assert_eq!(compared[0].1[t].previous, None, "1902 has no previous year");
        assert_eq!(compared[1].1[t].change, Some(-10.0));
        assert_eq!(
            compared[1].1[t].improved(Indicator::Timeliness),
            Some(false)
        );
    }
}
