//! The annual report of items 18–19: the cover, the Appendix 4 table
//! (normative value, next year's target, current value), the departments
//! and offices side by side, charts (timeliness by department, the monthly
//! trend, complaints by month), the audit's findings by code and office,
//! and the data quality of the input. Every figure is formatted here;
//! the template draws the charts from the numbers it is given.

mod identity;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::{DocLang, basis};
use crate::bodies::Body;
use crate::catalog::{grouped, signed};
use crate::content::{Content, Placed};
use crate::indicators::activity::ActivityRow;
use crate::indicators::identity::Identity;
use crate::indicators::{Indicator, Level, PreviousYear, Results, Row};
use crate::lang::Lang;
use crate::law::{Code, Tally};
use crate::settings::PreparedBy;
use crate::settings::{Acts, Deadlines, NormBasis, Norms};
use crate::validate::{LeftOut, ReasonCount, RowCount};
use crate::vocab::{Service, Vocabulary};

/// What the report is made from.
pub struct Input<'a> {
    pub table: &'a Results,
    /// The report's content: Appendix 4, the activity, the data's span.
    pub content: &'a Content,
    pub norms: &'a Norms,
    /// The acts the report applies, named on its cover.
    pub acts: &'a Acts,
    /// Rows of the input that are not of the report's period.
    pub left_out: LeftOut,
    /// The deadlines the law was applied with (item 7.1), for the annex.
    pub deadlines: &'a Deadlines,
    /// The files and sheets read, as the user named them.
    pub sources: &'a [String],
    pub year: i32,
    /// Findings per office and code.
    pub findings: &'a [Tally],
    /// Rows read, accepted and rejected, per table.
    pub rows: &'a [RowCount],
    /// The most frequent reasons of rejection.
    pub reasons: &'a [ReasonCount],
    /// The same days a year earlier, when they can be counted.
    pub previous: Option<&'a PreviousYear>,
    /// The identity documents, counted apart from Appendix 4.
    pub identity: &'a Identity,
}

#[derive(Debug, Serialize)]
pub struct Annual {
    pub lang: DocLang,
    pub title: String,
    pub cover: Cover,
    /// The key messages, the page after the cover.
    pub summary: KeyMessages,
    pub headings: Headings,
    pub appendix4: Vec<A4Row>,
    /// 1.2 and 1.3: the limits of item 7, outside Appendix 4's table.
    pub item7: Vec<A4Row>,
    pub activity: ActivitySection,
    pub indicator_ids: Vec<&'static str>,
    pub departments: Vec<Place>,
    pub offices: Vec<Place>,
    pub timeliness: BarChart,
    pub trend: LineChart,
    pub complaints: BarChart,
    /// Each indicator beside the previous year's, per department.
    pub comparison: Comparison,
    /// Departments and offices ranked by 1.1 and by 4.1.
    pub rankings: Vec<Ranking>,
    pub findings_by_code: Vec<[String; 3]>,
    pub findings_by_office: Vec<[String; 3]>,
    pub identity: identity::Section,
    pub quality_rows: Vec<[String; 4]>,
    pub quality_reasons: Vec<[String; 3]>,
    pub notes: Vec<String>,
    pub methodology: Methodology,
}

/// The key messages (`content::Summary`), one sentence each.
#[derive(Debug, Serialize)]
pub struct KeyMessages {
    pub heading: String,
    pub items: Vec<String>,
    /// Who prepared the report.
    pub prepared: String,
}

/// The year beside the one before it: the republic, then each department.
#[derive(Debug, Serialize)]
pub struct Comparison {
    pub heading: String,
    /// How to read the cells, or why there is no comparison.
    pub note: String,
    /// Place, served in each year, then the indicators' ids.
    pub columns: Vec<String>,
    pub rows: Vec<ComparedPlace>,
}

#[derive(Debug, Serialize)]
pub struct ComparedPlace {
    pub name: String,
    /// Served this year and the year before.
    pub served: [String; 2],
    pub values: Vec<Compared>,
}

/// One indicator of a place: this year's value, the previous one and the
/// change in percentage points («+1,2»), and whether it is for the better.
#[derive(Debug, Serialize)]
pub struct Compared {
    pub current: String,
    pub previous: String,
    pub change: String,
    pub better: Option<bool>,
}

/// Places ranked by one indicator, best first.
#[derive(Debug, Serialize)]
pub struct Ranking {
    pub title: String,
    /// The least served to be ranked, and how many places served fewer.
    pub note: String,
    /// Place, name, served, value.
    pub columns: [String; 4],
    pub rows: Vec<[String; 4]>,
}

/// The methodology annex: what each figure counts and how, so that the
/// report explains itself without any other file.
#[derive(Debug, Serialize)]
pub struct Methodology {
    pub heading: String,
    pub columns: [String; 4],
    /// Per indicator: id, name, numerator, denominator.
    pub definitions: Vec<[String; 4]>,
    /// The rules, a paragraph each: period, deadline, rounding, levels,
    /// data, the acts applied.
    pub rules: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Cover {
    pub ministry: String,
    pub title: String,
    pub subtitle: String,
    pub period: String,
    /// The first and last day the records fall on, beside the period.
    pub span: String,
    pub summary: Vec<[String; 2]>,
    /// The acts applied: the standard (with its repeal and the rules esep
    /// applies), and the Rules of the formular for identity documents.
    pub basis: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Headings {
    pub appendix4: String,
    pub appendix4_columns: [String; 5],
    pub item7: String,
    pub places: String,
    pub departments: String,
    pub offices: String,
    pub place_columns: [String; 3],
    pub charts: String,
    pub rankings: String,
    pub findings: String,
    pub findings_code_columns: [String; 3],
    pub findings_office_columns: [String; 3],
    pub quality: String,
    pub quality_columns: [String; 4],
    pub reasons_columns: [String; 3],
    pub missed: String,
    /// That 3.2 is set by the configuration, not measured.
    pub configured: String,
    /// Where the normative values come from (an order, or illustrative
    /// figures, or none set), under the Appendix 4 table.
    pub norms: String,
}

#[derive(Debug, Serialize)]
pub struct A4Row {
    pub group: Option<String>,
    pub id: &'static str,
    pub name: String,
    pub normative: String,
    pub target: String,
    pub current: String,
    /// What the value is counted from: «1 409 из 1 511».
    pub counts: String,
    pub missed: bool,
    /// Set by the configuration, not measured (3.2): marked, and the note
    /// under the table says so.
    pub configured: bool,
}

/// Volumes, decisions and time to a decision, and the duty paid: rows of
/// cells as printed, the first of each its name.
#[derive(Debug, Serialize)]
pub struct ActivitySection {
    pub heading: String,
    pub note: String,
    pub services_heading: String,
    pub departments_heading: String,
    pub months_heading: String,
    /// The service, then the figures.
    pub columns: Vec<String>,
    /// The department, then the figures.
    pub place_columns: Vec<String>,
    /// The month, then the figures but pending.
    pub month_columns: Vec<String>,
    pub services: Vec<Vec<String>>,
    pub departments: Vec<Vec<String>>,
    pub months: Vec<Vec<String>>,
}

/// A value as printed, and whether it misses its normative value.
#[derive(Debug, Serialize)]
pub struct Shown {
    pub text: String,
    pub missed: bool,
}

#[derive(Debug, Serialize)]
pub struct Place {
    pub code: String,
    pub name: String,
    pub served: String,
    pub values: Vec<Shown>,
}

/// Where a percentage scale ending at 100 starts: a round value at least 5
/// below the lowest value shown (so that differences show), never below 0
/// and never at 100, so that the scale is never empty even when every value
/// is 100 %.
fn scale_start(lowest: f64) -> f64 {
    ((lowest.min(100.0) - 5.0) / 10.0).floor().max(0.0) * 10.0
}

#[derive(Debug, Serialize)]
pub struct BarChart {
    pub title: String,
    pub bars: Vec<Bar>,
    /// The scale: bars start at `min` (0, or a round value below the
    /// lowest bar so differences show) and end at `max`.
    pub min: f64,
    pub max: f64,
    /// Said under the chart when the scale does not start at 0.
    pub axis_note: String,
    /// The values marked on the scale, from `min` to `max`.
    pub ticks: Vec<Tick>,
    pub reference: Option<f64>,
    pub reference_label: String,
}

/// A value marked on a chart's scale, and its label.
#[derive(Debug, Serialize)]
pub struct Tick {
    pub value: f64,
    pub label: String,
}

/// Round values from `min` to `max` to mark a scale with: at most six
/// steps of 1, 2 or 5 times a power of ten.
fn ticks(min: f64, max: f64) -> Vec<Tick> {
    let span = (max - min).max(1.0);
    let step = [
        1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 500.0, 1000.0,
    ]
    .into_iter()
    .find(|s| span / s <= 6.0)
    .unwrap_or_else(|| (span / 5.0).ceil());
    let mut out = Vec::new();
    let mut value = (min / step).ceil() * step;
    while value <= max + 1e-9 {
        out.push(Tick {
            value,
            label: format!("{value}"),
        });
        value += step;
    }
    out
}

#[derive(Debug, Serialize)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
    pub missed: bool,
}

#[derive(Debug, Serialize)]
pub struct LineChart {
    pub title: String,
    pub labels: Vec<String>,
    pub series: Vec<Series>,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Serialize)]
pub struct Series {
    pub name: String,
    /// The previous year's line: drawn dashed beside this year's.
    pub previous: bool,
    /// `None` for a month without a value.
    pub points: Vec<Option<f64>>,
}

/// An office's findings: the total and the count per code.
type OfficeFindings = (u64, BTreeMap<Code, u64>);

/// Offices a ranking of the report shows at each end; the workbook has
/// them all.
const RANKED_OFFICES: usize = 15;

/// The rows of a ranking: every department; the first and last
/// [`RANKED_OFFICES`] offices, and between them a row that says how many
/// more there are and where they are.
fn ranking_rows(
    ranked: &[Placed],
    level: Level,
    day: NaiveDate,
    lang: DocLang,
) -> Vec<[String; 4]> {
    let row = |r: &Placed| {
        [
            r.place.to_string(),
            format!("{} ({})", level.name_of(&r.key, day, lang), r.key),
            grouped(r.served),
            percent(Some(r.value)),
        ]
    };
    let n = ranked.len();
    if level != Level::Office || n <= 2 * RANKED_OFFICES {
        return ranked.iter().map(row).collect();
    }
    let between = n - 2 * RANKED_OFFICES;
    // The sheet by the name the workbook gives it, in the same language.
    let sheet = crate::msg!("export-ranking");
    let gap = crate::msg!("report-ranking-gap", between = between, sheet = sheet).text(lang);
    ranked[..RANKED_OFFICES]
        .iter()
        .map(row)
        .chain(std::iter::once([
            String::new(),
            gap,
            String::new(),
            String::new(),
        ]))
        .chain(ranked[n - RANKED_OFFICES..].iter().map(row))
        .collect()
}

/// `98,1` — the decimal comma of Kazakh and Russian.
pub fn percent(value: Option<f64>) -> String {
    value.map_or("—".to_string(), |v| format!("{v:.1}").replace('.', ","))
}

/// Tiyn as whole tenge, grouped by thousands.
fn tenge(amount: crate::model::Tiyn) -> String {
    let tenge = (amount.0 + 50).div_euclid(100);
    let digits = grouped(tenge.unsigned_abs());
    // The en dash of Russian and Kazakh typesetting for minus, as
    // [`signed`]: the report's fonts have no U+2212.
    if tenge < 0 {
        format!("\u{2013}{digits}")
    } else {
        digits
    }
}

impl Input<'_> {
    fn missed(&self, i: Indicator, value: Option<f64>) -> bool {
        match (value, self.norms.get(self.year, i)) {
            (Some(v), Some(n)) => i.misses(v, n.normative),
            _ => false,
        }
    }

    fn cells(&self, row: &Row) -> Vec<Shown> {
        Indicator::ALL
            .iter()
            .map(|&i| {
                let v = row.get(i).value();
                Shown {
                    text: percent(v),
                    missed: self.missed(i, v),
                }
            })
            .collect()
    }

    fn places(&self, level: Level, lang: DocLang) -> Vec<Place> {
        self.table
            .rows
            .iter()
            .filter(|r| r.level == level && r.service.is_none() && r.month.is_none())
            .map(|r| Place {
                code: r.key.clone(),
                name: level.name_of(&r.key, self.table.period.to, lang),
                served: grouped(r.served()),
                values: self.cells(r),
            })
            .collect()
    }
}

impl Input<'_> {
    /// Appendix 4: each indicator under its group, with the year's norms.
    /// The rows of the indicators that Appendix 4 has (`appendix4 ==
    /// true`), or of those of item 7 it does not (1.2, 1.3).
    fn appendix4(&self, l: Lang, appendix4: bool) -> Vec<A4Row> {
        let mut rows = Vec::new();
        let mut group = String::new();
        for line in self
            .content
            .appendix4
            .iter()
            .filter(|line| line.indicator.in_appendix4() == appendix4)
        {
            let i = line.indicator;
            let g = i.group(l);
            rows.push(A4Row {
                group: (appendix4 && g != group).then(|| g.clone()),
                id: i.id(),
                name: i.name(l).to_string(),
                // No normative value set: the cell is empty, and the note
                // under the table says why.
                normative: line
                    .norm
                    .map(|n| percent(Some(n.normative)))
                    .unwrap_or_default(),
                target: line
                    .norm
                    .map(|n| percent(Some(n.target)))
                    .unwrap_or_default(),
                current: percent(line.value.value()),
                counts: crate::msg!(
                    "a4-counts",
                    n = grouped(line.value.numerator),
                    d = grouped(line.value.denominator)
                )
                .text(l),
                missed: line.missed,
                configured: !i.measured(),
            });
            group = g;
        }
        rows
    }

    /// Volumes, decisions and time: the republic by service, each
    /// department, each month.
    fn activity(&self, lang: DocLang) -> ActivitySection {
        let activity = &self.content.activity;
        let end = self.table.period.to.format("%d.%m.%Y").to_string();
        let word = |id: &'static str| crate::catalog::Msg::new(id).text(lang);
        let figures = |r: &ActivityRow| {
            let days = |v: Option<f64>| {
                v.map_or("—".to_string(), |v| {
                    crate::catalog::decimal(v, 1, lang.lang())
                })
            };
            vec![
                grouped(r.submitted),
                grouped(r.decided),
                grouped(r.granted),
                grouped(r.refused),
                percent(r.refusal_rate()),
                r.pending.map_or("—".to_string(), grouped),
                days(r.days.map(|d| d.median)),
                days(r.days.map(|d| d.p90)),
                tenge(r.duty),
            ]
        };
        let whole = |r: &&ActivityRow| r.month.is_none();
        let services = activity
            .rows
            .iter()
            .filter(|r| r.level == Level::Republic && whole(r))
            .map(|r| {
                let name = match r.service {
                    Some(s) => crate::text::capitalised(s.term().name(lang.lang())),
                    None => word("activity-all-services"),
                };
                std::iter::once(name).chain(figures(r)).collect()
            })
            .collect();
        let departments = activity
            .rows
            .iter()
            .filter(|r| r.level == Level::Department && r.service.is_none() && whole(r))
            .map(|r| {
                let name = format!(
                    "{} {}",
                    r.key,
                    Level::Department.name_of(&r.key, self.table.period.to, lang)
                );
                std::iter::once(name).chain(figures(r)).collect()
            })
            .collect();
        let months = activity
            .rows
            .iter()
            .filter(|r| r.level == Level::Republic && r.service.is_none())
            .filter_map(|r| {
                let (y, m) = r.month?;
                let name = format!("{} {y}", crate::msg!("month-short", month = m).text(lang));
                let mut cells = figures(r);
                // A month has no end of its own: its pending cases are not
                // counted, nor, without its own decisions, its days.
                cells.remove(5);
                Some(std::iter::once(name).chain(cells).collect())
            })
            .collect();
        let mut columns: Vec<String> = [
            "activity-submitted",
            "activity-decided",
            "activity-granted",
            "activity-refused",
            "activity-refusal-rate",
        ]
        .map(word)
        .to_vec();
        columns.push(crate::msg!("activity-pending", end = end.clone()).text(lang));
        columns.extend(["activity-median", "activity-p90", "activity-duty"].map(word));
        let mut month_columns = columns.clone();
        month_columns.remove(5);
        ActivitySection {
            heading: word("activity"),
            note: crate::msg!("activity-note", end = end).text(lang),
            services_heading: word("activity-services"),
            departments_heading: word("activity-departments"),
            months_heading: word("activity-months"),
            columns: std::iter::once(word("activity-service"))
                .chain(columns.iter().cloned())
                .collect(),
            place_columns: std::iter::once(word("activity-place"))
                .chain(columns)
                .collect(),
            month_columns: std::iter::once(word("activity-month"))
                .chain(month_columns)
                .collect(),
            services,
            departments,
            months,
        }
    }

    /// 1.1 by department, the normative value as the reference line.
    fn timeliness_chart(&self, lang: DocLang) -> BarChart {
        let year = self.year;
        let mut timeliness = BarChart {
            title: crate::msg!("report-timeliness-chart").text(lang),
            bars: self
                .table
                .rows
                .iter()
                .filter(|r| {
                    r.level == Level::Department && r.service.is_none() && r.month.is_none()
                })
                .filter_map(|r| {
                    let v = r.get(Indicator::Timeliness).value()?;
                    Some(Bar {
                        // The region, short enough to stand under a bar.
                        label: crate::bodies::region_short(&r.key, self.table.period.to, lang),
                        value: v,
                        text: percent(Some(v)),
                        missed: self.missed(Indicator::Timeliness, Some(v)),
                    })
                })
                .collect(),
            min: 0.0,
            max: 100.0,
            axis_note: crate::msg!("report-axis-note").text(lang),
            ticks: Vec::new(),
            reference: self
                .norms
                .get(year, Indicator::Timeliness)
                .map(|n| n.normative),
            reference_label: self
                .norms
                .get(year, Indicator::Timeliness)
                .map(|n| {
                    let kind = match self.norms.basis(year) {
                        NormBasis::Illustrative => crate::msg!("report-illustrative").text(lang),
                        _ => crate::msg!("report-normative-short").text(lang),
                    };
                    format!("{kind} {}", percent(Some(n.normative)))
                })
                .unwrap_or_default(),
        };
        let lowest_bar = timeliness
            .bars
            .iter()
            .map(|b| b.value)
            .fold(100.0_f64, f64::min);
        timeliness.min = scale_start(lowest_bar);
        timeliness.ticks = ticks(timeliness.min, timeliness.max);

        timeliness
    }

    /// The republic's months: 1.1–1.3 as lines, justified complaints as bars.
    fn monthly_charts(&self, lang: DocLang) -> (LineChart, BarChart) {
        let months: Vec<&Row> = self
            .table
            .rows
            .iter()
            .filter(|r| r.level == Level::Republic && r.service.is_none() && r.month.is_some())
            .collect();
        let month_label = |r: &Row| {
            let (y, m) = r.month.expect("monthly rows");
            let name = crate::msg!("month-short", month = m).text(lang);
            if months.first().and_then(|f| f.month).map(|(fy, _)| fy) == Some(y) {
                name
            } else {
                format!("{name} {y}")
            }
        };
        let series = [
            Indicator::Timeliness,
            Indicator::Waiting,
            Indicator::ServiceTime,
        ]
        .into_iter()
        .flat_map(|i| {
            let name = format!("{} {}", i.id(), i.name(lang.lang()));
            let this = Series {
                name: match self.previous {
                    Some(_) => format!("{name} ({})", self.year),
                    None => name.clone(),
                },
                previous: false,
                points: months.iter().map(|r| r.get(i).value()).collect(),
            };
            // The same month a year earlier.
            let before = self.previous.map(|previous| Series {
                name: format!("{name} ({})", self.year - 1),
                previous: true,
                points: months
                    .iter()
                    .map(|r| {
                        let (y, m) = r.month.expect("monthly rows");
                        previous
                            .results
                            .find(Level::Republic, &r.key, None, Some((y - 1, m)))
                            .and_then(|p| p.get(i).value())
                    })
                    .collect(),
            });
            std::iter::once(this).chain(before)
        })
        .collect::<Vec<_>>();
        let lowest = series
            .iter()
            .flat_map(|s| s.points.iter().flatten())
            .fold(100.0_f64, |a, &b| a.min(b));
        let (year, before) = (self.year, self.year - 1);
        let trend = LineChart {
            title: match self.previous {
                None => crate::msg!("report-monthly-chart").text(lang),
                Some(_) => crate::msg!("report-monthly-chart-beside", year = year, before = before)
                    .text(lang),
            },
            labels: months.iter().map(|r| month_label(r)).collect(),
            series,
            min: scale_start(lowest),
            max: 100.0,
        };
        let complaint_counts: Vec<u64> = months
            .iter()
            .map(|r| r.get(Indicator::Complaints).numerator)
            .collect();
        let complaints = BarChart {
            title: crate::msg!("report-complaints-chart").text(lang),
            bars: months
                .iter()
                .zip(&complaint_counts)
                .map(|(r, &n)| Bar {
                    label: month_label(r),
                    value: n as f64,
                    text: n.to_string(),
                    missed: false,
                })
                .collect(),
            min: 0.0,
            max: complaint_counts.iter().copied().max().unwrap_or(0).max(1) as f64,
            axis_note: String::new(),
            ticks: ticks(
                0.0,
                complaint_counts.iter().copied().max().unwrap_or(0).max(1) as f64,
            ),
            reference: None,
            reference_label: String::new(),
        };

        (trend, complaints)
    }

    /// Each indicator of the republic and of each department beside the
    /// previous year's.
    fn comparison(&self, lang: DocLang) -> Comparison {
        let (year, before) = (self.year, self.year - 1);
        let heading = crate::msg!("report-comparison", before = before).text(lang);
        let Some(previous) = self.previous.map(|p| &p.results) else {
            return Comparison {
                heading,
                note: crate::msg!("report-comparison-none", before = before).text(lang),
                columns: Vec::new(),
                rows: Vec::new(),
            };
        };
        let note = crate::msg!("report-comparison-note", year = year, before = before).text(lang);
        let mut columns = vec![
            crate::msg!("report-name").text(lang),
            format!(
                "{} {year} / {before}",
                crate::msg!("report-served").text(lang)
            ),
        ];
        columns.extend(Indicator::ALL.iter().map(|i| i.id().to_string()));
        let republic = crate::indicators::compare(self.table, previous, Level::Republic);
        let departments = crate::indicators::compare(self.table, previous, Level::Department);
        let rows = republic
            .into_iter()
            .chain(departments)
            .map(|(row, changes)| {
                let before = previous.find(row.level, &row.key, None, None);
                let served = |r: Option<&Row>| r.map_or("—".to_string(), |r| grouped(r.served()));
                ComparedPlace {
                    name: match row.level {
                        Level::Republic => crate::msg!("report-republic").text(lang),
                        level => format!(
                            "{} {}",
                            row.key,
                            level.name_of(&row.key, self.table.period.to, lang)
                        ),
                    },
                    served: [served(Some(row)), served(before)],
                    values: Indicator::ALL
                        .iter()
                        .zip(changes)
                        .map(|(&i, c)| Compared {
                            current: percent(c.current),
                            previous: percent(c.previous),
                            change: c.change.map_or("—".to_string(), |d| signed(d, lang.lang())),
                            better: c.improved(i),
                        })
                        .collect(),
                }
            })
            .collect();
        Comparison {
            heading,
            note,
            columns,
            rows,
        }
    }

    /// Departments and offices ranked by 1.1 and 4.1, with the consumers
    /// each served.
    fn rankings(&self, lang: DocLang) -> Vec<Ranking> {
        let l = lang.lang();
        let min = self.content.min_served;
        self.content
            .rankings
            .iter()
            .map(|ranking| {
                let (level, i) = (ranking.level, ranking.indicator);
                let places = match level {
                    Level::Department => "departments",
                    _ => "offices",
                };
                let order = match i.lower_is_better() {
                    false => "highest",
                    true => "lowest",
                };
                let below = ranking.below;
                Ranking {
                    title: crate::msg!(
                        "report-ranking",
                        places = places,
                        id = i.id(),
                        indicator = i.name(l),
                        order = order
                    )
                    .text(lang),
                    note: crate::msg!("ranking-minimum", min = min, below = below).text(lang),
                    columns: [
                        crate::msg!("report-rank").text(lang),
                        crate::msg!("report-name-code").text(lang),
                        crate::msg!("report-served").text(lang),
                        i.id().to_string(),
                    ],
                    rows: ranking_rows(&ranking.places, level, self.table.period.to, lang),
                }
            })
            .collect()
    }

    /// Findings by code (most first) and the 30 offices with the most.
    fn findings(&self, lang: DocLang) -> (Vec<(Code, u64)>, Vec<[String; 3]>) {
        let mut by_code: BTreeMap<Code, u64> = BTreeMap::new();
        let mut by_office: BTreeMap<&str, OfficeFindings> = BTreeMap::new();
        for t in self.findings {
            let n = u64::from(t.count);
            *by_code.entry(t.code).or_default() += n;
            let entry = by_office.entry(t.office.as_str()).or_default();
            entry.0 += n;
            *entry.1.entry(t.code).or_default() += n;
        }
        let mut codes: Vec<(Code, u64)> = by_code.into_iter().collect();
        codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut offices: Vec<(&str, OfficeFindings)> = by_office.into_iter().collect();
        offices.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        let findings_by_office = offices
            .iter()
            .take(30)
            .map(|(office, (total, codes))| {
                let mut top: Vec<(&Code, &u64)> = codes.iter().collect();
                top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                let top = top
                    .iter()
                    .take(3)
                    .map(|(c, n)| format!("{} ({n})", c.message(lang.lang())))
                    .collect::<Vec<_>>()
                    .join("; ");
                let name = Level::Office.name_of(office, self.table.period.to, lang);
                [format!("{office} {name}"), grouped(*total), top]
            })
            .collect();

        (codes, findings_by_office)
    }
}

/// The report's data.
pub fn annual(input: &Input, lang: DocLang) -> Annual {
    let l = lang.lang();
    let kz = input.table.republic();
    let year = input.year;

    let departments = input.places(Level::Department, lang);
    let timeliness = input.timeliness_chart(lang);
    let (trend, complaints) = input.monthly_charts(lang);
    let (codes, findings_by_office) = input.findings(lang);
    let total_rows: u64 = input.rows.iter().map(|r| r.read - r.totals).sum();
    let total_rejected: u64 = input.rows.iter().map(|r| r.rejected).sum();
    Annual {
        lang,
        title: format!("{} {year}", crate::msg!("report-annual").text(lang)),
        summary: KeyMessages {
            heading: crate::msg!("summary").text(l),
            items: input.content.summary.said(input.content, l),
            prepared: PreparedBy::said(input.content.prepared_by.as_ref(), l),
        },
        cover: Cover {
            // The Ministry and the Committee as named at the year's end
            // (`bodies`): the Committee of Migration Service since 2021.
            ministry: {
                let end =
                    chrono::NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(chrono::NaiveDate::MAX);
                format!(
                    "{} · {}",
                    Body::Ministry.named(end, lang).name,
                    Body::Committee.named(end, lang).name
                )
            },
            title: crate::msg!("report-title").text(lang),
            subtitle: crate::msg!("report-subtitle").text(lang),
            period: format!(
                "{} – {}",
                input.table.period.from.format("%d.%m.%Y"),
                input.table.period.to.format("%d.%m.%Y")
            ),
            span: input
                .content
                .span
                .map(|(first, last)| {
                    crate::msg!(
                        "span",
                        first = first.format("%d.%m.%Y").to_string(),
                        last = last.format("%d.%m.%Y").to_string()
                    )
                    .text(lang)
                })
                .unwrap_or_default(),
            summary: vec![
                [
                    crate::msg!("report-served-consumers").text(lang),
                    grouped(kz.served()),
                ],
                [
                    crate::msg!("report-founded-complaints").text(lang),
                    grouped(kz.get(Indicator::Complaints).numerator),
                ],
                [
                    crate::msg!("report-departments-count").text(lang),
                    departments.len().to_string(),
                ],
                [
                    crate::msg!("report-offices-count").text(lang),
                    input.places(Level::Office, lang).len().to_string(),
                ],
                [
                    crate::msg!("report-findings-count").text(lang),
                    grouped(codes.iter().map(|c| c.1).sum()),
                ],
                [
                    crate::msg!("report-rejected-rows").text(lang),
                    format!("{} / {}", grouped(total_rejected), grouped(total_rows)),
                ],
                [
                    crate::msg!("report-left-out-rows").text(lang),
                    grouped(input.left_out.total()),
                ],
            ],
            basis: vec![
                basis::standard(&input.acts.standard, lang),
                basis::act(&input.acts.order, lang),
            ],
        },
        headings: Headings {
            appendix4: crate::msg!("report-appendix4").text(lang),
            item7: crate::msg!("report-item7").text(lang),
            appendix4_columns: [
                "№".into(),
                crate::msg!("a4-indicators").text(lang),
                format!("{} ({year})", crate::msg!("a4-normative").text(lang)),
                format!("{} ({})", crate::msg!("a4-target").text(lang), year + 1),
                format!("{} ({year})", crate::msg!("a4-current").text(lang)),
            ],
            places: crate::msg!("report-places").text(lang),
            departments: crate::msg!("report-departments").text(lang),
            offices: crate::msg!("report-offices").text(lang),
            place_columns: [
                crate::msg!("report-code").text(lang),
                crate::msg!("report-name").text(lang),
                crate::msg!("report-served").text(lang),
            ],
            charts: crate::msg!("report-charts").text(lang),
            rankings: crate::msg!("report-rankings").text(lang),
            findings: crate::msg!("report-findings").text(lang),
            findings_code_columns: [
                crate::msg!("report-finding").text(lang),
                crate::msg!("report-item").text(lang),
                crate::msg!("report-count").text(lang),
            ],
            findings_office_columns: [
                crate::msg!("report-office").text(lang),
                crate::msg!("report-total").text(lang),
                crate::msg!("report-most-frequent").text(lang),
            ],
            quality: crate::msg!("report-quality").text(lang),
            quality_columns: [
                crate::msg!("report-table").text(lang),
                crate::msg!("report-rows").text(lang),
                crate::msg!("report-accepted").text(lang),
                crate::msg!("report-rejected").text(lang),
            ],
            reasons_columns: [
                crate::msg!("report-count").text(lang),
                crate::msg!("report-column").text(lang),
                crate::msg!("report-reason").text(lang),
            ],
            missed: crate::msg!("report-missed-note").text(lang),
            configured: crate::msg!("a4-configured").text(lang),
            norms: input.norms.basis(year).note(year, l),
        },
        appendix4: input.appendix4(l, true),
        item7: input.appendix4(l, false),
        activity: input.activity(lang),
        indicator_ids: Indicator::ALL.iter().map(|i| i.id()).collect(),
        departments,
        offices: input.places(Level::Office, lang),
        timeliness,
        trend,
        complaints,
        comparison: input.comparison(lang),
        rankings: input.rankings(lang),
        findings_by_code: codes
            .iter()
            .map(|(c, n)| [c.message(l).to_string(), c.cite(l), grouped(*n)])
            .collect(),
        findings_by_office,
        identity: identity::section(input.identity, &input.acts.order, input.deadlines, lang),
        quality_rows: input
            .rows
            .iter()
            .map(|r| {
                [
                    r.table.name(l).to_string(),
                    grouped(r.read - r.totals),
                    grouped(r.accepted),
                    grouped(r.rejected),
                ]
            })
            .collect(),
        quality_reasons: input
            .reasons
            .iter()
            .map(|r| {
                [
                    grouped(u64::from(r.count)),
                    r.header.clone(),
                    r.message.clone(),
                ]
            })
            .collect(),
        notes: vec![crate::msg!("report-percent-note").text(lang)],
        methodology: input.methodology(lang),
    }
}

impl Input<'_> {
    /// Where the previous year's figures come from, for the annex.
    fn previous_source(&self, lang: DocLang) -> String {
        let before = self.year - 1;
        let (source, sources) = match self.previous {
            None => ("none", String::new()),
            Some(p) if p.sources.is_empty() => ("own", String::new()),
            Some(p) => ("files", p.sources.join("; ")),
        };
        crate::msg!(
            "report-rule-previous",
            before = before,
            source = source,
            sources = sources
        )
        .text(lang)
    }

    /// The annex: each indicator's numerator and denominator, and the
    /// rules every figure follows.
    fn methodology(&self, lang: DocLang) -> Methodology {
        let l = lang.lang();
        let period = format!(
            "{} – {}",
            self.table.period.from.format("%d.%m.%Y"),
            self.table.period.to.format("%d.%m.%Y")
        );
        let service = |s: Service| {
            lang.pick(s.term().name_ru(), s.term().name_kk())
                .to_string()
        };
        // The standard's services: identity documents have a section of
        // their own.
        let with: Vec<String> = Service::ALL
            .iter()
            .filter(|s| s.is_visa())
            .filter_map(|&s| {
                self.deadlines
                    .days(s)
                    .map(|d| format!("«{}» — {d}", service(s)))
            })
            .collect();
        let without: Vec<String> = Service::ALL
            .iter()
            .filter(|&&s| s.is_visa() && self.deadlines.days(s).is_none())
            .map(|&s| format!("«{}»", service(s)))
            .collect();
        let mut deadline =
            crate::msg!("report-rule-deadline", deadlines = with.join(", ")).text(lang);
        if !without.is_empty() {
            deadline += " ";
            deadline +=
                &crate::msg!("report-rule-no-deadline", services = without.join(", ")).text(lang);
        }
        let read: u64 = self.rows.iter().map(|r| r.read - r.totals).sum();
        let rejected: u64 = self.rows.iter().map(|r| r.rejected).sum();
        let data = crate::msg!(
            "report-rule-data",
            sources = self.sources.join("; "),
            read = grouped(read),
            rejected = grouped(rejected),
            left_out = grouped(self.left_out.total())
        )
        .text(lang);
        let mut rules = vec![
            crate::msg!("report-rule-period", period = period).text(lang),
            deadline,
            crate::msg!("report-rule-scope").text(lang),
            crate::msg!("report-rule-rounding").text(lang),
            crate::msg!("report-rule-levels").text(lang),
            data,
            self.previous_source(lang),
            self.norms.basis(self.year).note(self.year, l),
        ];
        rules.push(basis::standard(&self.acts.standard, lang));
        rules.push(basis::act(&self.acts.order, lang));
        Methodology {
            heading: crate::msg!("report-methodology").text(lang),
            columns: [
                "№".into(),
                crate::msg!("report-indicator").text(lang),
                crate::msg!("a4-numerator").text(lang),
                crate::msg!("a4-denominator").text(lang),
            ],
            definitions: Indicator::ALL
                .iter()
                .map(|&i| {
                    let [numerator, denominator] = i.definition(l);
                    [
                        i.id().to_string(),
                        i.name(l).to_string(),
                        numerator.to_string(),
                        denominator.to_string(),
                    ]
                })
                .collect(),
            rules,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::{Period, compute};
    use crate::model::{Case, test_case};

    #[test]
    fn the_json_handed_to_the_annual_report_template() {
        let late = Case {
            case_id: "T-2".into(),
            office: crate::model::Office::new("1902-204").unwrap(),
            decided_at: chrono::NaiveDate::from_ymd_opt(2025, 4, 30)
                .and_then(|d| d.and_hms_opt(12, 0, 0)),
            ..test_case()
        };
        // The bundled configuration: its norms are in the snapshot.
        let config = crate::config::Config::default();
        // An identity document, returned once and checked late: in the
        // section of its own, in none of the figures of Appendix 4.
        let document = Case {
            case_id: "D-1".into(),
            service: Service::IdDocument,
            visa_category: None,
            fee_amount: None,
            fee_paid_on: None,
            documents: None,
            formular_code: Some("18".into()),
            formular_returned: Some(crate::model::Returned::Reason(
                crate::vocab::ReturnReason::PhotoMismatch,
            )),
            extra_check_started: chrono::NaiveDate::from_ymd_opt(2025, 3, 3),
            extra_check_ended: chrono::NaiveDate::from_ymd_opt(2025, 3, 7),
            ..test_case()
        };
        let cases = [test_case(), late, document].into();
        let verdicts = crate::law::judge(&cases, &crate::law::LawContext::default()).unwrap();
        let table = compute(
            &cases,
            &verdicts,
            &[],
            &[],
            &config.electronic,
            Period::year(2025).unwrap(),
        )
        .unwrap();
        let took = verdicts.iter().map(|v| v.facts.took);
        let content = crate::content::compose(crate::content::Sources {
            table: &table,
            previous: None,
            activity: crate::indicators::activity::activity(
                cases.iter().zip(took),
                Period::year(2025).unwrap(),
            )
            .unwrap(),
            norms: &config.norms,
            min_served: config.ranking.min_served,
            prepared_by: config.prepared_by.as_ref(),
            span: crate::content::span(cases.iter(), &[], &[], Period::year(2025).unwrap()),
        });
        let data = annual(
            &Input {
                table: &table,
                content: &content,
                norms: &config.norms,
                acts: &config.acts,
                left_out: LeftOut {
                    cases: 2,
                    ..LeftOut::default()
                },
                deadlines: &config.deadlines,
                sources: &["cases.xlsx:Дела".to_string()],
                year: 2025,
                findings: &[Tally {
                    office: crate::model::Office::new("1902-204").unwrap(),
                    code: Code::Late,
                    count: 1,
                }],
                rows: &[RowCount {
                    table: crate::schema::Table::Cases,
                    read: 3,
                    accepted: 2,
                    rejected: 1,
                    totals: 0,
                }],
                reasons: &[ReasonCount {
                    count: 1,
                    column: "iin".into(),
                    header: "ИИН".into(),
                    message: "неверная контрольная цифра ИИН".into(),
                }],
                previous: None,
                identity: &crate::indicators::identity::identity(
                    &cases,
                    &verdicts,
                    Period::year(2025).unwrap(),
                ),
            },
            DocLang::Ru,
        );
        assert_eq!(data.timeliness.bars.len(), 2);
        assert_eq!(
            data.timeliness.min, 0.0,
            "a bar at 0 %: the scale starts at 0"
        );
        // Regression: the table headed «(приложение 4)» carried 1.2 and
        // 1.3, the limits of item 7, which Appendix 4 does not have.
        let ids = |rows: &[A4Row]| rows.iter().map(|r| r.id).collect::<Vec<_>>();
        assert_eq!(
            ids(&data.appendix4),
            ["1.1", "2.1", "3.1", "3.2", "4.1", "5.1"]
        );
        assert_eq!(ids(&data.item7), ["1.2", "1.3"]);
        // Regression: a Russian report named offices in Kazakh, as in 2011.
        let names: Vec<&str> = data.offices.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Отдел полиции Аккольского района",
                "Управление полиции Ауэзовского района"
            ]
        );
        // Regression: identity documents were served consumers of Appendix 4.
        assert_eq!(data.cover.summary[0][1], "2");
        assert_eq!(data.identity.summary[0][1], "1");
        assert_eq!(
            data.identity.terms[1][2..],
            ["1".to_string(), "0".into(), "0,0".into()],
            "a check from Monday 3 to Friday 7 March misses its three days"
        );
        // Regression: the cover of 2025 named the Committee as in 2011.
        assert_eq!(
            data.cover.ministry,
            "Министерство внутренних дел Республики Казахстан · Комитет миграционной службы Министерства внутренних дел Республики Казахстан"
        );
        insta::assert_json_snapshot!(data);
    }

    #[test]
    fn regression_a_scale_of_values_all_100_is_not_empty() {
        // Before: the monthly chart's scale ran from 100 to 100 and the
        // template divided by zero.
        assert_eq!(scale_start(100.0), 90.0);
        assert_eq!(scale_start(97.0), 90.0);
        assert_eq!(scale_start(3.0), 0.0);
    }

    #[test]
    fn a_scale_is_marked_with_round_values() {
        let values = |min, max| ticks(min, max).iter().map(|t| t.value).collect::<Vec<_>>();
        assert_eq!(values(80.0, 100.0), [80.0, 85.0, 90.0, 95.0, 100.0]);
        assert_eq!(values(0.0, 100.0), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(values(0.0, 2.0), [0.0, 1.0, 2.0]);
        assert_eq!(values(0.0, 13.0), [0.0, 5.0, 10.0]);
        assert_eq!(ticks(90.0, 100.0)[0].label, "90");
    }

    #[test]
    fn figures_are_printed_with_a_decimal_comma_and_grouped_thousands() {
        assert_eq!(percent(Some(98.1)), "98,1");
        assert_eq!(percent(Some(100.0)), "100,0");
        assert_eq!(percent(None), "—");
        assert_eq!(grouped(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(grouped(999), "999");
    }
}
