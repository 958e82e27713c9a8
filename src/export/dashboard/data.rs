//! The dashboard's data: every figure the page shows, taken from the
//! report's content and the indicator tables, worded in Kazakh and in
//! Russian. The page only lays it out, sorts its tables and picks a
//! language; it works out no figure (`docs/dashboard.md`).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use super::Contents;
use crate::content::identity as said;
use crate::indicators::activity::ActivityRow;
use crate::indicators::identity::Counts;
use crate::indicators::{Change, Indicator, Level, Results, Row};
use crate::lang::{DocLang, Lang};
use crate::law::Code;
use crate::settings::PreparedBy;
use crate::vocab::{Service, Vocabulary};

/// The languages of the dashboard, the one it opens in first.
const LANGS: [DocLang; 2] = [DocLang::Kk, DocLang::Ru];

/// The page's own words (`locales/*/dashboard.ftl`) and the content's
/// (`content.ftl`) it shares with the PDF and the workbook, by id.
pub const WORDS: &[&str] = &[
    "dashboard-title",
    "dashboard-department",
    "dashboard-office",
    "dashboard-departments",
    "dashboard-offices",
    "dashboard-norm",
    "dashboard-change",
    "dashboard-no-value",
    "dashboard-trend",
    "dashboard-trend-current",
    "dashboard-trend-previous",
    "dashboard-served",
    "dashboard-value",
    "dashboard-rank",
    "dashboard-rankings",
    "dashboard-findings",
    "dashboard-no-findings",
    "dashboard-item",
    "dashboard-finding",
    "dashboard-cases",
    "dashboard-quality",
    "dashboard-table",
    "dashboard-read",
    "dashboard-accepted",
    "dashboard-rejected",
    "dashboard-reasons",
    "dashboard-column",
    "dashboard-reason",
    "dashboard-rows",
    "dashboard-show-table",
    "dashboard-chart-described",
    "dashboard-language",
    "dashboard-missed",
    "dashboard-configured",
    "dashboard-month",
    "dashboard-made-by",
    "summary",
    "a4-counts",
    "span",
    "activity",
    "activity-submitted",
    "activity-decided",
    "activity-granted",
    "activity-refused",
    "activity-refusal-rate",
    "activity-median",
    "activity-p90",
    "activity-duty",
    "activity-service",
    "activity-all-services",
    "activity-pending",
];

/// Both languages of one text.
#[derive(Debug, Serialize)]
pub struct Texts {
    kk: String,
    ru: String,
}

impl Texts {
    fn of(word: impl Fn(Lang) -> String) -> Texts {
        Texts {
            kk: word(Lang::Kk),
            ru: word(Lang::Ru),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Data {
    year: i32,
    /// The year compared with, when there is one.
    previous_year: Option<i32>,
    period: [NaiveDate; 2],
    /// The first and last day a record falls on.
    span: Option<[NaiveDate; 2]>,
    indicators: Vec<IndicatorData>,
    places: Vec<Place>,
    rankings: Vec<RankingData>,
    /// Every finding code met, by key: the item it applies and its text.
    codes: BTreeMap<&'static str, CodeData>,
    quality: Quality,
    /// The key messages, said first.
    summary: TextLists,
    /// Who prepared the report.
    prepared_by: Texts,
    months: TextLists,
    identity: IdentityWords,
    words: BTreeMap<&'static str, Texts>,
}

/// Both languages of a list of texts.
#[derive(Debug, Serialize)]
struct TextLists {
    kk: Vec<String>,
    ru: Vec<String>,
}

impl TextLists {
    fn of(texts: impl Fn(Lang) -> Vec<String>) -> TextLists {
        TextLists {
            kk: texts(Lang::Kk),
            ru: texts(Lang::Ru),
        }
    }
}

#[derive(Debug, Serialize)]
struct IndicatorData {
    id: &'static str,
    name: Texts,
    /// Counted from the data; 3.2 is set by the configuration.
    measured: bool,
    /// 4.1: the fewer, the better.
    lower_is_better: bool,
    norm: Option<f64>,
    target: Option<f64>,
}

#[derive(Debug, Serialize)]
struct Place {
    level: &'static str,
    key: String,
    /// The department of an office, `KZ` of a department.
    parent: Option<String>,
    name: Texts,
    /// Consumers served: the denominator of 4.1.
    served: u64,
    /// In the order of `indicators`.
    figures: Vec<Figure>,
    /// The months of the period, each with every indicator's value.
    months: Vec<MonthData>,
    activity: Option<ActivityData>,
    /// The activity of each service the place had a case of.
    services: Vec<ServiceData>,
    /// Identity documents, where the place decided any.
    identity: Option<IdentityData>,
    /// `(code, cases)`, most frequent first.
    findings: Vec<(&'static str, u64)>,
}

#[derive(Debug, Serialize)]
struct Figure {
    numerator: u64,
    denominator: u64,
    value: Option<f64>,
    previous: Option<f64>,
    /// `value − previous`, of the printed values (as the PDF).
    change: Option<f64>,
    missed: bool,
}

#[derive(Debug, Serialize)]
struct MonthData {
    month: u32,
    values: Vec<Option<f64>>,
    /// The same month of the year before.
    previous: Vec<Option<f64>>,
    submitted: u64,
    decided: u64,
}

#[derive(Debug, Serialize)]
struct ActivityData {
    submitted: u64,
    decided: u64,
    granted: u64,
    refused: u64,
    refusal_rate: Option<f64>,
    pending: Option<u64>,
    median: Option<f64>,
    p90: Option<f64>,
    duty: f64,
}

#[derive(Debug, Serialize)]
struct ServiceData {
    name: Texts,
    activity: ActivityData,
}

/// A place's identity documents, in the order of [`IdentityWords`].
#[derive(Debug, Serialize)]
struct IdentityData {
    counted: Vec<u64>,
    /// `(recorded, met, share)` of each term.
    terms: Vec<(u64, u64, Option<f64>)>,
    returned: Vec<u64>,
}

/// What is counted of identity documents, worded as the PDF words it
/// ([`crate::content::identity`]).
#[derive(Debug, Serialize)]
struct IdentityWords {
    heading: Texts,
    note: Texts,
    counted: TextLists,
    terms: TextLists,
    items: TextLists,
    returned: TextLists,
    /// Term, item, recorded, met, %.
    term_columns: TextLists,
    /// Reason, count.
    returned_columns: TextLists,
}

#[derive(Debug, Serialize)]
struct RankingData {
    level: &'static str,
    indicator: &'static str,
    /// How many places were ranked and the minimum, as a sentence.
    note: Texts,
    /// `(place, key, served, value)`, best first.
    places: Vec<(usize, String, u64, f64)>,
}

#[derive(Debug, Serialize)]
struct CodeData {
    item: Texts,
    text: Texts,
}

#[derive(Debug, Serialize)]
struct Quality {
    tables: Vec<TableCount>,
    /// The most frequent reasons to reject a row: `(rows, column, reason)`.
    reasons: BTreeMap<&'static str, Vec<(u32, String, String)>>,
}

#[derive(Debug, Serialize)]
struct TableCount {
    name: Texts,
    read: u64,
    accepted: u64,
    rejected: u64,
}

/// The data of the dashboard of `c`.
pub fn data(c: &Contents) -> Data {
    let table = c.table;
    let content = c.content;
    let period = table.period;
    let year = period.norm_year();
    let indicators = Indicator::ALL
        .into_iter()
        .map(|i| {
            let norm = c.norms.get(year, i);
            IndicatorData {
                id: i.id(),
                name: Texts::of(|l| i.name(l)),
                measured: i.measured(),
                lower_is_better: i.lower_is_better(),
                norm: norm.map(|n| n.normative),
                target: norm.map(|n| n.target),
            }
        })
        .collect();
    let mut findings: BTreeMap<(Level, String), BTreeMap<Code, u64>> = BTreeMap::new();
    for t in c.findings {
        let office = t.office.as_str();
        for place in [
            (Level::Republic, "KZ"),
            (Level::Department, t.office.department()),
            (Level::Office, office),
        ] {
            *findings
                .entry((place.0, place.1.to_string()))
                .or_default()
                .entry(t.code)
                .or_default() += u64::from(t.count);
        }
    }
    let codes = c
        .findings
        .iter()
        .map(|t| {
            (
                t.code.key(),
                CodeData {
                    item: Texts::of(|l| t.code.cite(l)),
                    text: Texts::of(|l| t.code.message(l)),
                },
            )
        })
        .collect();
    let index = Index::of(c);
    let places = table
        .rows
        .iter()
        .filter(|r| r.service.is_none() && r.month.is_none())
        .map(|row| {
            place(
                row,
                c,
                &index,
                findings.remove(&(row.level, row.key.clone())),
            )
        })
        .collect();
    let rankings = content
        .rankings
        .iter()
        .map(|r| RankingData {
            level: r.level.key(),
            indicator: r.indicator.id(),
            note: Texts::of(|l| {
                crate::msg!("ranking-minimum", min = content.min_served, below = r.below).text(l)
            }),
            places: r
                .places
                .iter()
                .map(|p| (p.place, p.key.clone(), p.served, p.value))
                .collect(),
        })
        .collect();
    let quality = Quality {
        tables: crate::schema::Table::ALL
            .into_iter()
            .map(|t| {
                let n = c.checked.counts(t);
                TableCount {
                    name: Texts::of(|l| t.name(l)),
                    read: n.read,
                    accepted: n.accepted,
                    rejected: n.rejected,
                }
            })
            .collect(),
        reasons: LANGS
            .into_iter()
            .map(|l| {
                let reasons = c
                    .checked
                    .top_reasons(l.lang(), 20)
                    .into_iter()
                    .map(|r| (r.count, r.header, r.message))
                    .collect();
                (if l == DocLang::Kk { "kk" } else { "ru" }, reasons)
            })
            .collect(),
    };
    let month_names = |l: Lang| {
        (1..=12u32)
            .map(|m| crate::msg!("month-short", month = m).text(l))
            .collect()
    };
    Data {
        year,
        previous_year: c.previous.map(|p| p.period.norm_year()),
        period: [period.from, period.to],
        span: content.span.map(|(a, b)| [a, b]),
        indicators,
        places,
        rankings,
        codes,
        quality,
        summary: TextLists::of(|l| content.summary.said(content, l)),
        prepared_by: Texts::of(|l| PreparedBy::said(content.prepared_by.as_ref(), l)),
        months: TextLists::of(month_names),
        identity: identity_words(c),
        words: WORDS
            .iter()
            .map(|&id| (id, Texts::of(|l| word(id, l, c))))
            .collect(),
    }
}

/// The words of the identity documents' section, in both languages.
fn identity_words(c: &Contents) -> IdentityWords {
    let kz = c.identity.republic();
    let terms = |l: Lang| said::terms(kz, c.deadlines, l);
    IdentityWords {
        heading: Texts::of(|l| crate::msg!("identity-heading").text(l)),
        note: Texts::of(|l| {
            let act = crate::documents::basis::cite(c.order, DocLang::of(l));
            crate::msg!("identity-note", act = act).text(l)
        }),
        counted: TextLists::of(|l| said::counted(kz, l).into_iter().map(|(w, _)| w).collect()),
        terms: TextLists::of(|l| terms(l).into_iter().map(|t| t.name).collect()),
        items: TextLists::of(|l| terms(l).into_iter().map(|t| t.item).collect()),
        returned: TextLists::of(|l| said::returned(kz, l).into_iter().map(|(w, _)| w).collect()),
        term_columns: TextLists::of(|l| {
            [
                "identity-term",
                "report-item",
                "identity-recorded",
                "identity-kept",
            ]
            .map(|id| crate::catalog::Msg::new(id).text(l))
            .into_iter()
            .chain(["%".to_string()])
            .collect()
        }),
        returned_columns: TextLists::of(|l| {
            let rules = crate::law::item::cite(crate::law::item::Act::Rules, "40", l);
            vec![
                format!(
                    "{} ({rules})",
                    crate::msg!("identity-return-reason").text(l)
                ),
                crate::msg!("report-count").text(l),
            ]
        }),
    }
}

/// A word of the page; the title says the year, and «n of d», the span
/// and the pending cases keep `%n`, `%d`, `%first`, `%last` and `%end` for
/// the page to fill.
fn word(id: &'static str, lang: Lang, c: &Contents) -> String {
    let msg = match id {
        "a4-counts" => crate::msg!("a4-counts", n = "%n", d = "%d"),
        "span" => crate::msg!("span", first = "%first", last = "%last"),
        "activity-pending" => crate::msg!("activity-pending", end = "%end"),
        "dashboard-title" => crate::msg!("dashboard-title", year = c.table.period.norm_year()),
        _ => crate::catalog::Msg::new(id),
    };
    msg.text(lang)
}

/// One place: its figures beside the year before, its months, its
/// activity and its findings.
fn place(row: &Row, c: &Contents, index: &Index, findings: Option<BTreeMap<Code, u64>>) -> Place {
    let table = c.table;
    let year = table.period.norm_year();
    let previous_row =
        |month: Option<(i32, u32)>| index.previous.get(&(row.level, row.key.as_str(), month));
    let before = previous_row(None);
    let figures = Indicator::ALL
        .into_iter()
        .map(|i| {
            let ratio = row.get(i);
            let change = Change::of(ratio, before.map(|b| b.get(i)));
            let norm = c.norms.get(year, i);
            Figure {
                numerator: ratio.numerator,
                denominator: ratio.denominator,
                value: change.current,
                previous: change.previous,
                change: change.change,
                missed: matches!(
                    (change.current, norm),
                    (Some(v), Some(n)) if i.misses(v, n.normative)
                ),
            }
        })
        .collect();
    let activity_of = |month: Option<(i32, u32)>| {
        index
            .activity
            .get(&(row.level, row.key.as_str(), month))
            .copied()
    };
    let months = index
        .months
        .get(&(row.level, row.key.as_str()))
        .into_iter()
        .flatten()
        .map(|&(y, m, current)| {
            let previous = previous_row(Some((y - 1, m)));
            let activity = activity_of(Some((y, m)));
            MonthData {
                month: m,
                values: Indicator::ALL.map(|i| current.get(i).value()).to_vec(),
                previous: Indicator::ALL
                    .map(|i| previous.and_then(|p| p.get(i).value()))
                    .to_vec(),
                submitted: activity.map_or(0, |a| a.submitted),
                decided: activity.map_or(0, |a| a.decided),
            }
        })
        .collect();
    let activity = activity_of(None).map(activity_data);
    let services = index
        .services
        .get(&(row.level, row.key.as_str()))
        .into_iter()
        .flatten()
        .map(|&(service, a)| ServiceData {
            name: Texts::of(|l| crate::text::capitalised(service.term().name(l))),
            activity: activity_data(a),
        })
        .collect();
    let identity = index
        .identity
        .get(&(row.level, row.key.as_str()))
        .filter(|counts| counts.served > 0)
        .map(|counts| IdentityData {
            counted: said::counted(counts, Lang::En)
                .into_iter()
                .map(|(_, n)| n)
                .collect(),
            terms: said::terms(counts, c.deadlines, Lang::En)
                .into_iter()
                .map(|t| (t.kept.denominator, t.kept.numerator, t.kept.value()))
                .collect(),
            returned: said::returned(counts, Lang::En)
                .into_iter()
                .map(|(_, n)| n)
                .collect(),
        });
    let mut findings: Vec<(&'static str, u64)> = findings
        .unwrap_or_default()
        .into_iter()
        .map(|(code, n)| (code.key(), n))
        .collect();
    findings.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let day = table.period.to;
    Place {
        level: row.level.key(),
        parent: match row.level {
            Level::Republic => None,
            Level::Department => Some("KZ".to_string()),
            Level::Office => Some(row.key[..4].to_string()),
        },
        name: Texts::of(|l| match row.level {
            Level::Republic => crate::msg!("dashboard-republic").text(l),
            level => level.name_of(&row.key, day, DocLang::of(l)),
        }),
        key: row.key.clone(),
        served: row.served(),
        figures,
        months,
        activity,
        services,
        identity,
        findings,
    }
}

fn activity_data(a: &ActivityRow) -> ActivityData {
    ActivityData {
        submitted: a.submitted,
        decided: a.decided,
        granted: a.granted,
        refused: a.refused,
        refusal_rate: a.refusal_rate(),
        pending: a.pending,
        median: a.days.map(|d| d.median),
        p90: a.days.map(|d| d.p90),
        duty: a.duty.tenge(),
    }
}

type Spot<'a> = (Level, &'a str);
type Moment<'a> = (Level, &'a str, Option<(i32, u32)>);

/// The rows of every service together, by place and month: the months of
/// each place, the year before's rows, the activity's rows.
struct Index<'a> {
    months: HashMap<Spot<'a>, Vec<(i32, u32, &'a Row)>>,
    previous: HashMap<Moment<'a>, &'a Row>,
    activity: HashMap<Moment<'a>, &'a ActivityRow>,
    /// The whole period's activity of each service, in the order of
    /// [`Service::ALL`].
    services: HashMap<Spot<'a>, Vec<(Service, &'a ActivityRow)>>,
    identity: HashMap<Spot<'a>, &'a Counts>,
}

impl<'a> Index<'a> {
    fn of(c: &Contents<'a>) -> Index<'a> {
        let all = |rows: &'a Results| {
            rows.rows
                .iter()
                .filter(|r| r.service.is_none())
                .map(|r| ((r.level, r.key.as_str(), r.month), r))
        };
        let mut months: HashMap<Spot, Vec<_>> = HashMap::new();
        for r in c.table.rows.iter().filter(|r| r.service.is_none()) {
            if let Some((y, m)) = r.month {
                months.entry((r.level, &r.key)).or_default().push((y, m, r));
            }
        }
        let mut services: HashMap<Spot, Vec<_>> = HashMap::new();
        for a in &c.content.activity.rows {
            if let (Some(service), None) = (a.service, a.month) {
                services
                    .entry((a.level, a.key.as_str()))
                    .or_default()
                    .push((service, a));
            }
        }
        for list in services.values_mut() {
            list.sort_by_key(|(s, _)| Service::ALL.iter().position(|x| x == s));
        }
        Index {
            months,
            services,
            identity: c
                .identity
                .places
                .iter()
                .map(|p| ((p.level, p.key.as_str()), &p.counts))
                .collect(),
            previous: c.previous.map(|p| all(p).collect()).unwrap_or_default(),
            activity: c
                .content
                .activity
                .rows
                .iter()
                .filter(|a| a.service.is_none())
                .map(|a| ((a.level, a.key.as_str(), a.month), a))
                .collect(),
        }
    }
}
