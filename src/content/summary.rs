//! The key messages said first: statements made from the content's own
//! figures (the indicators that miss their norm, the best and the worst
//! department, the biggest changes against the previous year, the year's
//! volumes), worded here once for the PDF, the workbook and the dashboard
//! alike.

use super::{Content, Line, Placed, Ranking};
use crate::catalog::{decimal, grouped, signed};
use crate::indicators::{Change, Indicator, Level, Results};
use crate::lang::{DocLang, Lang};

/// What the key messages say, as numbers and codes.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The measured indicators of Appendix 4 that miss their norm.
    pub missed: Vec<Indicator>,
    /// Whether any measured indicator of Appendix 4 has a norm at all.
    pub normed: bool,
    /// The first and the last ranked department of each ranking of
    /// departments, when at least two are ranked.
    pub leaders: Vec<Leaders>,
    /// The year compared with, and the republic's measured indicators that
    /// changed most against it (at most three, largest first, no zero);
    /// `None` without a previous year.
    pub changes: Option<(i32, Vec<(Indicator, Change)>)>,
    /// The ranked departments whose 1.1 rose and fell most against the
    /// previous year, each when there is one.
    pub movers: [Option<(String, Change)>; 2],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Leaders {
    pub indicator: Indicator,
    pub best: Placed,
    pub worst: Placed,
}

/// The summary of the content's Appendix 4 lines and rankings, over
/// `table` and the previous year's `previous`.
pub fn summarise(
    appendix4: &[Line],
    rankings: &[Ranking],
    table: &Results,
    previous: Option<&Results>,
) -> Summary {
    let measured = appendix4
        .iter()
        .filter(|l| l.indicator.in_appendix4() && l.indicator.measured());
    let missed = measured
        .clone()
        .filter(|l| l.missed)
        .map(|l| l.indicator)
        .collect();
    let normed = measured.clone().any(|l| l.norm.is_some());
    let leaders = rankings
        .iter()
        .filter(|r| r.level == Level::Department && r.places.len() >= 2)
        .map(|r| Leaders {
            indicator: r.indicator,
            best: r.places[0].clone(),
            worst: r.places[r.places.len() - 1].clone(),
        })
        .collect();
    let changes = previous.map(|p| {
        let mut changes: Vec<(Indicator, Change)> = measured
            .clone()
            .map(|l| {
                let change = Change::of(
                    table.republic().get(l.indicator),
                    Some(p.republic().get(l.indicator)),
                );
                (l.indicator, change)
            })
            .filter(|(_, c)| c.change.is_some_and(|d| d != 0.0))
            .collect();
        changes.sort_by(|a, b| {
            let size = |c: &Change| c.change.map_or(0.0, f64::abs);
            size(&b.1).total_cmp(&size(&a.1))
        });
        changes.truncate(3);
        (p.period.norm_year(), changes)
    });
    let movers = match previous {
        Some(p) => movers(rankings, table, p),
        None => [None, None],
    };
    Summary {
        missed,
        normed,
        leaders,
        changes,
        movers,
    }
}

/// The ranked departments whose timeliness (1.1) rose and fell most.
fn movers(
    rankings: &[Ranking],
    table: &Results,
    previous: &Results,
) -> [Option<(String, Change)>; 2] {
    let Some(ranking) = rankings
        .iter()
        .find(|r| r.level == Level::Department && r.indicator == Indicator::Timeliness)
    else {
        return [None, None];
    };
    let changes: Vec<(String, Change)> = ranking
        .places
        .iter()
        .filter_map(|p| {
            let now = table.find(Level::Department, &p.key, None, None)?;
            let before = previous.find(Level::Department, &p.key, None, None)?;
            let change = Change::of(
                now.get(Indicator::Timeliness),
                Some(before.get(Indicator::Timeliness)),
            );
            change.change.map(|_| (p.key.clone(), change))
        })
        .collect();
    let by = |a: &&(String, Change), b: &&(String, Change)| {
        a.1.change
            .unwrap_or(0.0)
            .total_cmp(&b.1.change.unwrap_or(0.0))
            .then(b.0.cmp(&a.0))
    };
    let rose = changes
        .iter()
        .filter(|c| c.1.change > Some(0.0))
        .max_by(by)
        .cloned();
    let fell = changes
        .iter()
        .filter(|c| c.1.change < Some(0.0))
        .min_by(by)
        .cloned();
    [rose, fell]
}

impl Summary {
    /// The key messages in `lang`, one sentence each.
    pub fn said(&self, content: &Content, lang: Lang) -> Vec<String> {
        let day = content.period.to;
        let doc = DocLang::of(lang);
        let name = |key: &str| Level::Department.name_of(key, day, doc);
        let value = |v: f64| decimal(v, 1, lang);
        let change = |c: &Change| signed(c.change.unwrap_or(0.0), lang);
        let named = |i: Indicator| format!("{} «{}»", i.id(), i.short(lang));
        let mut said = Vec::new();
        let total = content
            .appendix4
            .iter()
            .filter(|l| l.indicator.in_appendix4() && l.indicator.measured())
            .count();
        if !self.normed {
            said.push(crate::msg!("summary-no-norms").text(lang));
        } else if self.missed.is_empty() {
            said.push(crate::msg!("summary-all-met", total = total).text(lang));
        } else {
            let list = self
                .missed
                .iter()
                .filter_map(|&i| {
                    let line = content.appendix4.iter().find(|l| l.indicator == i)?;
                    Some(
                        crate::msg!(
                            "summary-missed-item",
                            indicator = named(i),
                            value = value(line.value.value()?),
                            norm = value(line.norm?.normative)
                        )
                        .text(lang),
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            said.push(
                crate::msg!(
                    "summary-missed",
                    n = self.missed.len(),
                    total = total,
                    list = list
                )
                .text(lang),
            );
        }
        for l in &self.leaders {
            said.push(
                crate::msg!(
                    "summary-leaders",
                    indicator = named(l.indicator),
                    best = name(&l.best.key),
                    best_value = value(l.best.value),
                    worst = name(&l.worst.key),
                    worst_value = value(l.worst.value)
                )
                .text(lang),
            );
        }
        match &self.changes {
            None => said.push(crate::msg!("summary-no-previous").text(lang)),
            Some((year, changes)) if changes.is_empty() => {
                said.push(crate::msg!("summary-no-changes", year = *year).text(lang))
            }
            Some((year, changes)) => {
                let list = changes
                    .iter()
                    .map(|(i, c)| {
                        crate::msg!(
                            "summary-change-item",
                            indicator = named(*i),
                            change = change(c),
                            year_before = *year,
                            year = content.period.norm_year(),
                            previous = value(c.previous.unwrap_or(0.0)),
                            current = value(c.current.unwrap_or(0.0))
                        )
                        .text(lang)
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                said.push(crate::msg!("summary-changes", year = *year, list = list).text(lang));
            }
        }
        if let [Some((rose, up)), Some((fell, down))] = &self.movers {
            said.push(
                crate::msg!(
                    "summary-movers",
                    rose = name(rose),
                    up = change(up),
                    fell = name(fell),
                    down = change(down)
                )
                .text(lang),
            );
        }
        let republic = content
            .activity
            .rows
            .iter()
            .find(|r| r.level == Level::Republic && r.service.is_none() && r.month.is_none());
        if let Some(r) = republic {
            said.push(
                crate::msg!(
                    "summary-volumes",
                    submitted = grouped(r.submitted),
                    decided = grouped(r.decided),
                    refused = grouped(r.refused),
                    rate = r.refusal_rate().map_or("—".to_string(), value),
                    end = day.format("%d.%m.%Y").to_string(),
                    pending = grouped(r.pending.unwrap_or(0)),
                    median = r.days.map_or("—".to_string(), |d| value(d.median))
                )
                .text(lang),
            );
        }
        said
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Sources, compose};
    use crate::indicators::activity::Activity;
    use crate::indicators::{Period, Ratio, Row};

    fn results(year: i32, places: &[(Level, &str, u64, u64)]) -> Results {
        let period = Period::year(year).unwrap();
        let rows = places
            .iter()
            .map(|&(level, key, on_time, decided)| {
                let mut values = [Ratio::default(); Indicator::COUNT];
                values[Indicator::Timeliness.index()] = Ratio {
                    numerator: on_time,
                    denominator: decided,
                };
                values[Indicator::Complaints.index()] = Ratio {
                    numerator: 0,
                    denominator: decided,
                };
                Row {
                    level,
                    key: key.to_string(),
                    service: None,
                    month: None,
                    values,
                }
            })
            .collect();
        Results { period, rows }
    }

    #[test]
    fn the_key_messages_are_the_figures_of_the_content() {
        use Level::*;
        let table = results(
            2025,
            &[
                (Republic, "KZ", 90, 100),
                (Department, "1910", 50, 50),
                (Department, "1902", 40, 50),
            ],
        );
        let before = results(
            2024,
            &[
                (Republic, "KZ", 95, 100),
                (Department, "1910", 45, 50),
                (Department, "1902", 45, 50),
            ],
        );
        let config = crate::config::Config::default();
        let compose_with = |previous| {
            compose(Sources {
                table: &table,
                previous,
                activity: Activity {
                    period: table.period,
                    rows: vec![],
                },
                norms: &config.norms,
                span: None,
                min_served: 1,
                prepared_by: None,
            })
        };
        let content = compose_with(Some(&before));
        let s = &content.summary;
        // 1.1 misses 100 %; the rest have no value and miss nothing.
        assert_eq!(s.missed, vec![Indicator::Timeliness]);
        let timeliness = &s.leaders[0];
        assert_eq!(timeliness.indicator, Indicator::Timeliness);
        assert_eq!(
            (timeliness.best.key.as_str(), timeliness.best.value),
            ("1910", 100.0)
        );
        assert_eq!(
            (timeliness.worst.key.as_str(), timeliness.worst.value),
            ("1902", 80.0)
        );
        // 4.1 is 0 % everywhere: all share the first place, best and worst alike.
        assert_eq!(s.leaders[1].indicator, Indicator::Complaints);
        let (year, changes) = s.changes.as_ref().unwrap();
        assert_eq!(*year, 2024);
        assert_eq!(changes.len(), 1);
        assert_eq!(
            (changes[0].0, changes[0].1.change),
            (Indicator::Timeliness, Some(-5.0))
        );
        let [rose, fell] = &s.movers;
        assert_eq!(
            rose.as_ref().map(|r| (r.0.as_str(), r.1.change)),
            Some(("1910", Some(10.0)))
        );
        assert_eq!(
            fell.as_ref().map(|f| (f.0.as_str(), f.1.change)),
            Some(("1902", Some(-10.0)))
        );
        let said = s.said(&content, Lang::Ru).join("\n");
        assert!(
            said.contains("1.1 «в срок» — 90,0 % при нормативе 100,0 %"),
            "{said}"
        );
        assert!(
            said.contains("1.1 «в срок» \u{2013}5,0 п. п. (2024 г. — 95,0 %, 2025 г. — 90,0 %)"),
            "{said}"
        );
        assert!(
            said.contains("(+10,0 п. п.)") && said.contains("(\u{2013}10,0 п. п.)"),
            "{said}"
        );
        // Without the year before, the summary says there is none.
        let alone = compose_with(None);
        assert_eq!(alone.summary.changes, None);
        assert_eq!(alone.summary.movers, [None, None]);
        let said = alone.summary.said(&alone, Lang::Kk).join("\n");
        assert!(said.contains("Өткен жылмен салыстыру жоқ"), "{said}");
    }
}
