//! The catalogue of findings: each kind's stable code, the item of the
//! standard or the order it comes from, and its message in English,
//! Russian and Kazakh. The rules that earn them are in `findings.rs`.

use serde::Serialize;

use crate::lang::Lang;

/// The kinds of finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    Late,
    LongWait,
    LongService,
    OutsideHours,
    OutOfTurn,
    FeeShort,
    FeeOver,
    FeePaidLate,
    DocumentMissing,
    NotExtendable,
    SecondExtension,
    BeyondCap,
    CapUnknown,
    KnbApprovalMissing,
    ApplicantNotAllowed,
    SupportingDocumentMissing,
    ResidenceReview,
    GroundNotInStandard,
    GroundAgainstRecord,
    NotIssuedInside,
    ExtensionWithoutGrounds,
    ProxyWithoutPowerOfAttorney,
    ExtraCheckLong,
    ConclusionLate,
    FormularCodeMismatch,
    RegistryRequestLate,
    ComplaintAnsweredLate,
    ComplaintUnanswered,
    ComplaintIncomplete,
}

impl Code {
    pub const ALL: [Code; 29] = [
        Code::Late,
        Code::LongWait,
        Code::LongService,
        Code::OutsideHours,
        Code::OutOfTurn,
        Code::FeeShort,
        Code::FeeOver,
        Code::FeePaidLate,
        Code::DocumentMissing,
        Code::NotExtendable,
        Code::SecondExtension,
        Code::BeyondCap,
        Code::CapUnknown,
        Code::KnbApprovalMissing,
        Code::ApplicantNotAllowed,
        Code::SupportingDocumentMissing,
        Code::ResidenceReview,
        Code::GroundNotInStandard,
        Code::GroundAgainstRecord,
        Code::NotIssuedInside,
        Code::ExtensionWithoutGrounds,
        Code::ProxyWithoutPowerOfAttorney,
        Code::ExtraCheckLong,
        Code::ConclusionLate,
        Code::FormularCodeMismatch,
        Code::RegistryRequestLate,
        Code::ComplaintAnsweredLate,
        Code::ComplaintUnanswered,
        Code::ComplaintIncomplete,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Code::Late => "late",
            Code::LongWait => "long-wait",
            Code::LongService => "long-service",
            Code::OutsideHours => "outside-hours",
            Code::OutOfTurn => "out-of-turn",
            Code::FeeShort => "fee-short",
            Code::FeeOver => "fee-over",
            Code::FeePaidLate => "fee-paid-late",
            Code::DocumentMissing => "document-missing",
            Code::NotExtendable => "not-extendable",
            Code::SecondExtension => "second-extension",
            Code::BeyondCap => "beyond-cap",
            Code::CapUnknown => "cap-unknown",
            Code::KnbApprovalMissing => "knb-approval-missing",
            Code::ApplicantNotAllowed => "applicant-not-allowed",
            Code::SupportingDocumentMissing => "supporting-document-missing",
            Code::ResidenceReview => "residence-review",
            Code::GroundNotInStandard => "ground-not-in-standard",
            Code::GroundAgainstRecord => "ground-against-record",
            Code::NotIssuedInside => "not-issued-inside",
            Code::ExtensionWithoutGrounds => "extension-without-grounds",
            Code::ProxyWithoutPowerOfAttorney => "proxy-without-power-of-attorney",
            Code::ExtraCheckLong => "extra-check-long",
            Code::ConclusionLate => "conclusion-late",
            Code::FormularCodeMismatch => "formular-code-mismatch",
            Code::RegistryRequestLate => "registry-request-late",
            Code::ComplaintAnsweredLate => "complaint-answered-late",
            Code::ComplaintUnanswered => "complaint-unanswered",
            Code::ComplaintIncomplete => "complaint-incomplete",
        }
    }

    /// The item of the standard (or of the order, for identity documents).
    pub fn item(self) -> &'static str {
        match self {
            Code::Late => "7.1",
            Code::LongWait => "7.2",
            Code::LongService => "7.3",
            Code::OutsideHours | Code::OutOfTurn => "9",
            Code::FeeShort | Code::FeeOver => "8",
            Code::DocumentMissing | Code::FeePaidLate => "11",
            Code::NotExtendable
            | Code::SecondExtension
            | Code::BeyondCap
            | Code::CapUnknown
            | Code::KnbApprovalMissing
            | Code::ApplicantNotAllowed
            | Code::SupportingDocumentMissing
            | Code::NotIssuedInside
            | Code::GroundAgainstRecord
            | Code::ExtensionWithoutGrounds => "6",
            Code::ResidenceReview => "6.2",
            Code::ProxyWithoutPowerOfAttorney => "15",
            Code::GroundNotInStandard => "16",
            Code::ExtraCheckLong | Code::ConclusionLate => "order 451, item 16",
            Code::FormularCodeMismatch => "order 451, item 31",
            Code::RegistryRequestLate => "order 451, item 12",
            Code::ComplaintAnsweredLate | Code::ComplaintUnanswered => "25",
            Code::ComplaintIncomplete => "24",
        }
    }
    /// The item as a reader of `lang` cites it, in the act it belongs to
    /// and as the act numbers it: «подпункт 1) пункта 7 стандарта»,
    /// «формуляр қағидаларының 16-тармағы (№ 451 бұйрық)».
    /// [`Code::item`] stays the machine-readable form.
    pub fn cite(self, lang: Lang) -> String {
        let item = self.item();
        match item.strip_prefix("order 451, item ") {
            Some(n) => super::item::cite(super::item::Act::Rules, n, lang),
            None => super::item::cite(super::item::Act::Standard, item, lang),
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        let (en, ru, kk) = match self {
            Code::Late => (
                "result issued after the deadline",
                "результат выдан позже срока",
                "нәтиже мерзімінен кеш берілді",
            ),
            Code::LongWait => (
                "waited in the queue more than 15 minutes",
                "ожидание в очереди более 15 минут",
                "кезекте 15 минуттан артық күтті",
            ),
            Code::LongService => (
                "served for more than 15 minutes",
                "обслуживание заняло более 15 минут",
                "қызмет көрсету 15 минуттан асты",
            ),
            Code::OutsideHours => (
                "documents accepted outside the reception hours",
                "документы приняты вне часов приема",
                "құжаттар қабылдау уақытынан тыс қабылданды",
            ),
            Code::OutOfTurn => (
                "called before a visitor who arrived earlier: received out of turn",
                "вызван раньше посетителя, пришедшего до него: прием вне очереди",
                "өзінен бұрын келген келушіден бұрын шақырылды: кезектен тыс қабылдау",
            ),
            Code::FeeShort => (
                "state fee below 50 % of the MCI on the day of payment",
                "государственная пошлина меньше 50 % МРП на день оплаты",
                "мемлекеттік баж төлеу күнгі АЕК-тің 50 %-ынан аз",
            ),
            Code::FeeOver => (
                "state fee above 50 % of the MCI on the day of payment",
                "государственная пошлина больше 50 % МРП на день оплаты",
                "мемлекеттік баж төлеу күнгі АЕК-тің 50 %-ынан артық",
            ),
            Code::FeePaidLate => (
                "state fee paid after the documents were accepted (item 11 asks for the receipt with them)",
                "государственная пошлина оплачена после приема документов (пункт 11 требует квитанцию вместе с ними)",
                "мемлекеттік баж құжаттар қабылданғаннан кейін төленген (11-тармақ түбіртекті олармен бірге талап етеді)",
            ),
            Code::DocumentMissing => (
                "a document required by item 11 was not accepted",
                "не принят документ, требуемый пунктом 11",
                "11-тармақ талап ететін құжат қабылданбаған",
            ),
            Code::NotExtendable => (
                "an extension granted in a category that is not extended",
                "продлена виза категории, которая не продлевается",
                "ұзартылмайтын санаттағы виза ұзартылған",
            ),
            Code::SecondExtension => (
                "a once-only category extended a second time",
                "виза, продлеваемая один раз, продлена повторно",
                "бір рет қана ұзартылатын виза қайта ұзартылған",
            ),
            Code::BeyondCap => (
                "extended beyond the term item 6 allows",
                "продлена сверх срока, допустимого пунктом 6",
                "6-тармақ рұқсат еткен мерзімнен артық ұзартылған",
            ),
            Code::CapUnknown => (
                "work extension without the permit's end date: the cap cannot be checked",
                "продление рабочей визы без срока разрешения: предел проверить нельзя",
                "жұмыс визасы рұқсат мерзімінсіз ұзартылған: шекті тексеру мүмкін емес",
            ),
            Code::KnbApprovalMissing => (
                "extension without the approval of the National Security Committee",
                "продление без согласования с КНБ",
                "ҰҚК-мен келісусіз ұзартылған",
            ),
            Code::ApplicantNotAllowed => (
                "extension applied for by someone item 6 does not allow",
                "ходатайство о продлении подано лицом, которому пункт 6 этого не разрешает",
                "ұзарту туралы өтінішті 6-тармақ рұқсат етпеген тұлға берген",
            ),
            Code::SupportingDocumentMissing => (
                "the supporting document item 6 requires for the category was not accepted",
                "не принят документ, требуемый пунктом 6 для категории визы",
                "6-тармақ виза санаты үшін талап ететін құжат қабылданбаған",
            ),
            Code::ResidenceReview => (
                "permanent-residence visa to someone neither from an Appendix 2 country nor an ethnic Kazakh: review (asylum applicants are eligible)",
                "виза на ПМЖ лицу не из стран приложения 2 и не казаху по национальности: проверить (ходатайствующие об убежище имеют право)",
                "тұрғылықты тұруға виза 2-қосымшадағы ел азаматы да, ұлты қазақ та емес адамға берілген: тексеру керек (босқын мәртебесін беру немесе саяси пана беру туралы өтініш жасағандардың құқығы бар)",
            ),
            Code::GroundAgainstRecord => (
                "refused on a ground of item 6 that the category or the record does not bear out",
                "отказ по основанию пункта 6, которого не подтверждают категория визы или сведения дела",
                "визаның санаты немесе іс деректері растамайтын 6-тармақтағы негізбен бас тартылған",
            ),
            Code::GroundNotInStandard => (
                "refused on a ground the standard does not give for this service",
                "отказ по основанию, которого стандарт для этой услуги не предусматривает",
                "стандарт осы қызмет үшін көздемеген негізбен бас тартылған",
            ),
            Code::NotIssuedInside => (
                "issued a visa of a category that is not issued inside Kazakhstan (item 6: medical, permanent residence, exit)",
                "выдана виза категории, которая в Республике Казахстан не выдается (пункт 6: на лечение, на ПМЖ, выездная)",
                "Қазақстан Республикасының аумағында берілмейтін санаттағы виза берілген (6-тармақ: емделуге, тұрғылықты тұруға, шығу)",
            ),
            Code::ExtensionWithoutGrounds => (
                "extended with neither the document confirming the need to stay longer nor exceptional grounds",
                "продлено без документа, подтверждающего необходимость продления пребывания, и без исключительных обстоятельств",
                "болу мерзімін ұзарту қажеттілігін растайтын құжатсыз және ерекше жағдайсыз ұзартылған",
            ),
            Code::ProxyWithoutPowerOfAttorney => (
                "handed to a proxy, but no power of attorney among the documents",
                "результат выдан представителю, но доверенности среди документов нет",
                "нәтиже өкілге берілген, бірақ құжаттар арасында сенімхат жоқ",
            ),
            Code::ExtraCheckLong => (
                "additional identity check longer than 3 working days",
                "дополнительная проверка личности дольше 3 рабочих дней",
                "жеке басты қосымша тексеру 3 жұмыс күнінен асты",
            ),
            Code::ConclusionLate => (
                "conclusion later than 2 working days after the check",
                "заключение вынесено позже 2 рабочих дней после проверки",
                "қорытынды тексеруден кейін 2 жұмыс күнінен кеш шығарылды",
            ),
            Code::FormularCodeMismatch => (
                "the formular code does not fit the person's citizenship or age",
                "код формуляра не соответствует гражданству или возрасту лица",
                "формуляр коды адамның азаматтығына немесе жасына сәйкес келмейді",
            ),
            Code::RegistryRequestLate => (
                "birth record asked of the registry more than 2 working days after the documents were accepted",
                "запрос в орган РАГС направлен позже 2 рабочих дней после приема документов",
                "АХАЖ органына сұрау құжаттар қабылданғаннан кейін 2 жұмыс күнінен кеш жіберілген",
            ),
            Code::ComplaintAnsweredLate => (
                "a complaint answered after its term (item 25; Law No. 221)",
                "ответ на жалобу дан позже срока (пункт 25; Закон № 221)",
                "шағымға жауап мерзімінен кеш берілген (25-тармақ; № 221 Заң)",
            ),
            Code::ComplaintUnanswered => (
                "a complaint still unanswered after its term",
                "жалоба не отвечена по истечении срока",
                "шағымға мерзімі өткенге дейін жауап берілмеген",
            ),
            Code::ComplaintIncomplete => (
                "a complaint lacks what item 24 asks of it",
                "в жалобе нет сведений, требуемых пунктом 24",
                "шағымда 24-тармақ талап ететін мәліметтер жоқ",
            ),
        };
        lang.pick(en, ru, kk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_cited_in_the_readers_language_and_act() {
        assert_eq!(Code::Late.cite(Lang::Ru), "подпункт 1) пункта 7 стандарта");
        assert_eq!(
            Code::Late.cite(Lang::Kk),
            "стандарттың 7-тармағының 1) тармақшасы"
        );
        // Regression: «order 451, item 16» was printed in ru and kk reports.
        assert_eq!(
            Code::ExtraCheckLong.cite(Lang::Ru),
            "пункт 16 Правил формуляра (приказ № 451)"
        );
        assert_eq!(
            Code::RegistryRequestLate.cite(Lang::Kk),
            "формуляр қағидаларының 12-тармағы (№ 451 бұйрық)"
        );
        for code in Code::ALL {
            for lang in [Lang::Ru, Lang::Kk] {
                assert!(
                    !code.cite(lang).contains("order") && !code.cite(lang).contains("item"),
                    "{code:?}"
                );
            }
        }
    }

    #[test]
    fn every_code_speaks_three_languages() {
        for code in Code::ALL {
            let (en, ru, kk) = (
                code.message(Lang::En),
                code.message(Lang::Ru),
                code.message(Lang::Kk),
            );
            assert!(!en.is_empty() && ru != en && kk != ru, "{code:?}");
            assert!(!code.item().is_empty());
        }
    }
}
