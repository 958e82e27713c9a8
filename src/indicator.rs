//! The indicators of Appendix 4 by id and name: below the stages, since
//! the configuration keys its normative values by them and the indicators
//! stage counts them.

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

impl Indicator {
    pub const ALL: [Indicator; 8] = [
        Indicator::Timeliness,
        Indicator::Waiting,
        Indicator::ServiceTime,
        Indicator::Quality,
        Indicator::Information,
        Indicator::Electronic,
        Indicator::Complaints,
        Indicator::Politeness,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Indicator::Timeliness => "1.1",
            Indicator::Waiting => "1.2",
            Indicator::ServiceTime => "1.3",
            Indicator::Quality => "2.1",
            Indicator::Information => "3.1",
            Indicator::Electronic => "3.2",
            Indicator::Complaints => "4.1",
            Indicator::Politeness => "5.1",
        }
    }

    /// Whether Appendix 4 has the indicator as a row. 1.2 and 1.3 measure
    /// the limits of item 7's subitems 2) and 3), which Appendix 4 does not
    /// list; the report shows them in a table of their own.
    pub fn in_appendix4(self) -> bool {
        !matches!(self, Indicator::Waiting | Indicator::ServiceTime)
    }

    pub fn parse(id: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.id() == id)
    }

    /// A few words for where the Appendix 4 wording does not fit (a
    /// chart's legend); the table beside it gives the wording.
    pub fn short(self, lang: Lang) -> &'static str {
        let [en, ru, kk] = match self {
            Indicator::Timeliness => ["on time", "в срок", "мерзімінде"],
            Indicator::Waiting => ["waited ≤ 15 min", "ожидание ≤ 15 мин", "күту ≤ 15 мин"],
            Indicator::ServiceTime => [
                "served ≤ 15 min",
                "обслуживание ≤ 15 мин",
                "қызмет көрсету ≤ 15 мин",
            ],
            Indicator::Quality => [
                "satisfied with quality",
                "удовлетворены качеством",
                "сапасына қанағаттанған",
            ],
            Indicator::Information => [
                "satisfied with information",
                "удовлетворены информированием",
                "ақпараттандыруға қанағаттанған",
            ],
            Indicator::Electronic => [
                "information electronic",
                "информация в электронном виде",
                "ақпарат электрондық түрде",
            ],
            Indicator::Complaints => [
                "justified complaints",
                "обоснованные жалобы",
                "негізді шағымдар",
            ],
            Indicator::Politeness => [
                "satisfied with politeness",
                "удовлетворены вежливостью",
                "сыпайылыққа қанағаттанған",
            ],
        };
        lang.pick(en, ru, kk)
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
    pub fn name(self, lang: Lang) -> &'static str {
        let [en, ru, kk] = match self {
            Indicator::Timeliness => [
                "Share of cases in which the service was provided within the set term from the submission of documents",
                "% (доля) случаев предоставления услуги в установленный срок с момента сдачи документов",
                "Құжаттарды тапсырған сәттен бастап қызметті белгіленген мерзімде ұсыну жағдайларының %-ы (үлесі)",
            ],
            Indicator::Waiting => [
                "Share of consumers who waited at most 15 minutes to be served on the day they applied (item 7(2))",
                "% (доля) потребителей, ожидавших получения услуги в день обращения не более 15 минут (подпункт 2) пункта 7)",
                "Жүгінген күні қызмет алғанға дейін 15 минуттан аспай күткен тұтынушылардың %-ы (үлесі) (7-тармақтың 2) тармақшасы)",
            ],
            Indicator::ServiceTime => [
                "Share of consumers served in at most 15 minutes on the day they applied (item 7(3))",
                "% (доля) потребителей, обслуженных в день обращения не более чем за 15 минут (подпункт 3) пункта 7)",
                "Жүгінген күні 15 минуттан аспай қызмет көрсетілген тұтынушылардың %-ы (үлесі) (7-тармақтың 3) тармақшасы)",
            ],
            Indicator::Quality => [
                "Share of consumers satisfied with the quality of the service process",
                "% (доля) потребителей, удовлетворенных качеством процесса предоставления услуги",
                "Қызмет көрсету үдерісінің сапасына қанағаттанған тұтынушылардың %-ы (үлесі)",
            ],
            Indicator::Information => [
                "Share of consumers satisfied with the quality of the service and the information about it",
                "% (доля) потребителей, удовлетворенных качеством и информацией о порядке предоставления услуги",
                "Қызмет көрсету сапасы мен оны көрсету туралы ақпаратқа қанағаттанған тұтынушылардың %-ы (үлесі)",
            ],
            Indicator::Electronic => [
                "Share of services whose information is available electronically",
                "% (доля) услуг, информация о которых доступна в электронном формате",
                "Ақпаратына электрондық форматта қол жеткізуге болатын қызметтердің %-ы (үлесі)",
            ],
            Indicator::Complaints => [
                "Justified complaints as a share of all consumers served in this service",
                "% (доля) обоснованных жалоб к общему количеству обслуженных потребителей по данному виду услуг",
                "Қызметтің осы түрі бойынша қызмет көрсетілген тұтынушылардың жалпы санына негізді шағымдардың %-ы (үлесі)",
            ],
            Indicator::Politeness => [
                "Share of consumers satisfied with the politeness of staff",
                "% (доля) потребителей, удовлетворенных вежливостью персонала",
                "Персоналдың сыпайылығына қанағаттанатын тұтынушылардың %-ы (үлесі)",
            ],
        };
        lang.pick(en, ru, kk)
    }

    /// What the indicator counts, as the methodology annex of the report
    /// states it (`docs/indicators.md`): its numerator and denominator.
    pub fn definition(self, lang: Lang) -> [&'static str; 2] {
        let [numerator, denominator] = match self {
            Indicator::Timeliness => [
                lang.pick(
                    "served cases decided by their deadline",
                    "дела, решённые не позднее последнего дня срока",
                    "мерзімінің соңғы күнінен кешіктірілмей шешілген істер",
                ),
                lang.pick(
                    "cases decided in the period, of services with a deadline",
                    "дела, решённые в периоде, по услугам, для которых установлен срок",
                    "кезеңде шешілген, мерзімі белгіленген қызметтер бойынша істер",
                ),
            ],
            Indicator::Waiting => [
                lang.pick(
                    "served cases whose wait in the queue (arrival to call) was at most 15 minutes",
                    "решённые дела, где ожидание в очереди (от прихода до вызова) не превысило 15 минут",
                    "кезекте күту уақыты (келгеннен шақырылғанға дейін) 15 минуттан аспаған шешілген істер",
                ),
                lang.pick(
                    "served cases with both times recorded",
                    "решённые дела, где записаны оба времени",
                    "екі уақыты да жазылған шешілген істер",
                ),
            ],
            Indicator::ServiceTime => [
                lang.pick(
                    "served cases whose service (call to end) took at most 15 minutes",
                    "решённые дела, где обслуживание (от вызова до окончания) заняло не более 15 минут",
                    "қызмет көрсету уақыты (шақырылғаннан аяқталғанға дейін) 15 минуттан аспаған шешілген істер",
                ),
                lang.pick(
                    "served cases with both times recorded",
                    "решённые дела, где записаны оба времени",
                    "екі уақыты да жазылған шешілген істер",
                ),
            ],
            Indicator::Quality => [
                lang.pick(
                    "surveys of the period satisfied with quality (yes, or 4–5)",
                    "опросы периода с оценкой качества «да» или 4–5",
                    "кезеңдегі сапаға «иә» немесе 4–5 баға берген сауалнамалар",
                ),
                lang.pick(
                    "surveys of the period that answered on quality",
                    "опросы периода, ответившие на вопрос о качестве",
                    "кезеңдегі сапа туралы сұраққа жауап берген сауалнамалар",
                ),
            ],
            Indicator::Information => [
                lang.pick(
                    "surveys of the period satisfied with the information (yes, or 4–5)",
                    "опросы периода с оценкой информированности «да» или 4–5",
                    "кезеңдегі ақпараттандыруға «иә» немесе 4–5 баға берген сауалнамалар",
                ),
                lang.pick(
                    "surveys of the period that answered on information",
                    "опросы периода, ответившие на вопрос об информированности",
                    "кезеңдегі ақпараттандыру туралы сұраққа жауап берген сауалнамалар",
                ),
            ],
            Indicator::Electronic => [
                lang.pick(
                    "services whose information is available electronically",
                    "услуги, информация о которых доступна в электронном виде",
                    "ақпараты электрондық түрде қолжетімді қызметтер",
                ),
                lang.pick(
                    "the services of the standard",
                    "услуги стандарта",
                    "стандарттағы қызметтер",
                ),
            ],
            Indicator::Complaints => [
                lang.pick(
                    "justified complaints received in the period",
                    "обоснованные жалобы, поступившие в периоде",
                    "кезеңде түскен негізді шағымдар",
                ),
                lang.pick(
                    "cases decided in the period (consumers served)",
                    "дела, решённые в периоде (обслуженные потребители)",
                    "кезеңде шешілген істер (қызмет көрсетілген тұтынушылар)",
                ),
            ],
            Indicator::Politeness => [
                lang.pick(
                    "surveys of the period satisfied with politeness (yes, or 4–5)",
                    "опросы периода с оценкой вежливости «да» или 4–5",
                    "кезеңдегі сыпайылыққа «иә» немесе 4–5 баға берген сауалнамалар",
                ),
                lang.pick(
                    "surveys of the period that answered on politeness",
                    "опросы периода, ответившие на вопрос о вежливости",
                    "кезеңдегі сыпайылық туралы сұраққа жауап берген сауалнамалар",
                ),
            ],
        };
        [numerator, denominator]
    }

    /// The heading of Appendix 4 the indicator stands under.
    pub fn group(self, lang: Lang) -> &'static str {
        let [en, ru, kk] = match self {
            Indicator::Timeliness | Indicator::Waiting | Indicator::ServiceTime => {
                ["1. Timeliness", "1. Своевременность", "1. Уақтылылығы"]
            }
            Indicator::Quality => ["2. Quality", "2. Качество", "2. Сапасы"],
            Indicator::Information | Indicator::Electronic => {
                ["3. Accessibility", "3. Доступность", "3. Қол жетімділігі"]
            }
            Indicator::Complaints => [
                "4. Complaints",
                "4. Процесс обжалования",
                "4. Шағымдану үдерісі",
            ],
            Indicator::Politeness => ["5. Politeness", "5. Вежливость", "5. Сыпайылық"],
        };
        lang.pick(en, ru, kk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
