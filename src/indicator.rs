//! The indicators of Appendix 4 by id and name: below the stages, since
//! the configuration keys its normative values by them and the indicators
//! stage counts them.

use crate::catalog::Msg;
use crate::lang::Lang;

/// An indicator of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    /// 1.1: served within the deadline.
    Timeliness,
    /// 1.2: waited at most 15 minutes (item 7.2).
    Waiting,
    /// 1.3: served in at most 15 minutes (item 7.3).
    ServiceTime,
    /// 2.1: satisfied with the quality of the service process.
    Quality,
    /// 3.1: satisfied with the information about the service.
    Information,
    /// 3.2: services with information available electronically.
    Electronic,
    /// 4.1: justified complaints per consumers served.
    Complaints,
    /// 5.1: satisfied with the politeness of staff.
    Politeness,
}

/// One row an indicator: its id in Appendix 4, whether Appendix 4 lists
/// it, and the ids of its texts in the catalogues
/// (`locales/*/indicators.ftl`): the heading it stands under, its name,
/// a few words for a chart's legend, and what it counts. A new indicator
/// is a variant, a row here and its texts (and its count, `indicators`).
struct Row {
    indicator: Indicator,
    id: &'static str,
    group: &'static str,
    name: &'static str,
    short: &'static str,
    numerator: &'static str,
    denominator: &'static str,
    /// 1.2 and 1.3 measure the limits of item 7's subitems 2) and 3),
    /// which Appendix 4 does not list; the report shows them in a table
    /// of their own.
    in_appendix4: bool,
    /// Counted from the data; 3.2 is not: it counts the services the
    /// configuration marks as informed about electronically, and every
    /// output says so.
    measured: bool,
}

/// Every indicator, in the order of [`Indicator`]'s variants.
const ROWS: &[Row] = &[
    Row {
        indicator: Indicator::Timeliness,
        id: "1.1",
        group: "indicator-group-timeliness",
        name: "indicator-timeliness",
        short: "indicator-timeliness-short",
        numerator: "indicator-timeliness-numerator",
        denominator: "indicator-timeliness-denominator",
        in_appendix4: true,
        measured: true,
    },
    Row {
        indicator: Indicator::Waiting,
        id: "1.2",
        group: "indicator-group-timeliness",
        name: "indicator-waiting",
        short: "indicator-waiting-short",
        numerator: "indicator-waiting-numerator",
        denominator: "indicator-waiting-denominator",
        in_appendix4: false,
        measured: true,
    },
    Row {
        indicator: Indicator::ServiceTime,
        id: "1.3",
        group: "indicator-group-timeliness",
        name: "indicator-service-time",
        short: "indicator-service-time-short",
        numerator: "indicator-service-time-numerator",
        denominator: "indicator-service-time-denominator",
        in_appendix4: false,
        measured: true,
    },
    Row {
        indicator: Indicator::Quality,
        id: "2.1",
        group: "indicator-group-quality",
        name: "indicator-quality",
        short: "indicator-quality-short",
        numerator: "indicator-quality-numerator",
        denominator: "indicator-quality-denominator",
        in_appendix4: true,
        measured: true,
    },
    Row {
        indicator: Indicator::Information,
        id: "3.1",
        group: "indicator-group-accessibility",
        name: "indicator-information",
        short: "indicator-information-short",
        numerator: "indicator-information-numerator",
        denominator: "indicator-information-denominator",
        in_appendix4: true,
        measured: true,
    },
    Row {
        indicator: Indicator::Electronic,
        id: "3.2",
        group: "indicator-group-accessibility",
        name: "indicator-electronic",
        short: "indicator-electronic-short",
        numerator: "indicator-electronic-numerator",
        denominator: "indicator-electronic-denominator",
        in_appendix4: true,
        measured: false,
    },
    Row {
        indicator: Indicator::Complaints,
        id: "4.1",
        group: "indicator-group-complaints",
        name: "indicator-complaints",
        short: "indicator-complaints-short",
        numerator: "indicator-complaints-numerator",
        denominator: "indicator-complaints-denominator",
        in_appendix4: true,
        measured: true,
    },
    Row {
        indicator: Indicator::Politeness,
        id: "5.1",
        group: "indicator-group-politeness",
        name: "indicator-politeness",
        short: "indicator-politeness-short",
        numerator: "indicator-politeness-numerator",
        denominator: "indicator-politeness-denominator",
        in_appendix4: true,
        measured: true,
    },
];

impl Indicator {
    /// How many indicators there are.
    pub const COUNT: usize = ROWS.len();

    /// Every indicator, in the order of the table.
    pub const ALL: [Indicator; Indicator::COUNT] = {
        let mut all = [Indicator::Timeliness; Indicator::COUNT];
        let mut i = 0;
        while i < Indicator::COUNT {
            all[i] = ROWS[i].indicator;
            i += 1;
        }
        all
    };

    fn row(self) -> &'static Row {
        &ROWS[self as usize]
    }

    pub fn id(self) -> &'static str {
        self.row().id
    }

    /// Whether Appendix 4 has the indicator as a row.
    pub fn in_appendix4(self) -> bool {
        self.row().in_appendix4
    }

    /// Whether the indicator is counted from the data, not set by the
    /// configuration (3.2).
    pub fn measured(self) -> bool {
        self.row().measured
    }

    pub fn parse(id: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.id() == id)
    }

    /// A few words for where the Appendix 4 wording does not fit (a
    /// chart's legend); the table beside it gives the wording.
    pub fn short(self, lang: Lang) -> String {
        Msg::new(self.row().short).text(lang)
    }

    /// `1.1, 1.2, …`, for messages.
    pub fn ids() -> String {
        Indicator::ALL.map(Indicator::id).join(", ")
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Lower is better for 4.1 only.
    pub fn lower_is_better(self) -> bool {
        self == Indicator::Complaints
    }

    /// Whether `value` misses `normative` in the direction that matters.
    pub fn misses(self, value: f64, normative: f64) -> bool {
        if self.lower_is_better() {
            value > normative
        } else {
            value < normative
        }
    }

    /// The indicator's name: Appendix 4's wording, item 7's for 1.2 and 1.3.
    pub fn name(self, lang: Lang) -> String {
        Msg::new(self.row().name).text(lang)
    }

    /// What the indicator counts, as the methodology annex of the report
    /// states it (`docs/indicators.md`): its numerator and denominator.
    pub fn definition(self, lang: Lang) -> [String; 2] {
        let row = self.row();
        [row.numerator, row.denominator].map(|id| Msg::new(id).text(lang))
    }

    /// The heading of Appendix 4 the indicator stands under.
    pub fn group(self, lang: Lang) -> String {
        Msg::new(self.row().group).text(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_every_indicator_once_in_its_order() {
        for (i, row) in ROWS.iter().enumerate() {
            assert_eq!(row.indicator as usize, i, "{:?}", row.indicator);
        }
    }

    #[test]
    fn every_indicator_has_an_id_and_names() {
        for i in Indicator::ALL {
            assert_eq!(Indicator::parse(i.id()), Some(i));
            for lang in [Lang::En, Lang::Ru, Lang::Kk] {
                assert!(!i.name(lang).is_empty());
            }
        }
        assert!(Indicator::Complaints.misses(0.5, 0.3));
        assert!(!Indicator::Timeliness.misses(100.0, 100.0));
        assert!(Indicator::Timeliness.misses(99.9, 100.0));
    }
}
