//! The catalogue of findings: each kind's stable code, the item of the
//! standard or the order it comes from, and the id of its message in the
//! catalogues, one row a kind. The rules that earn them are in
//! `findings.rs`.

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

/// One row a kind of finding: its code, its stable key (the exports' and
/// `--json`'s), the item of the standard (or of the order, for identity
/// documents) it comes from, and its message in the catalogues
/// (`locales/*/findings.ftl`). A new kind is a variant, a row here and its
/// texts.
struct Row {
    code: Code,
    key: &'static str,
    item: &'static str,
    message: &'static str,
}

/// Every kind of finding, in the order of [`Code`]'s variants.
const ROWS: &[Row] = &[
    Row {
        code: Code::Late,
        key: "late",
        item: "7.1",
        message: "finding-late",
    },
    Row {
        code: Code::LongWait,
        key: "long-wait",
        item: "7.2",
        message: "finding-long-wait",
    },
    Row {
        code: Code::LongService,
        key: "long-service",
        item: "7.3",
        message: "finding-long-service",
    },
    Row {
        code: Code::OutsideHours,
        key: "outside-hours",
        item: "9",
        message: "finding-outside-hours",
    },
    Row {
        code: Code::OutOfTurn,
        key: "out-of-turn",
        item: "9",
        message: "finding-out-of-turn",
    },
    Row {
        code: Code::FeeShort,
        key: "fee-short",
        item: "8",
        message: "finding-fee-short",
    },
    Row {
        code: Code::FeeOver,
        key: "fee-over",
        item: "8",
        message: "finding-fee-over",
    },
    Row {
        code: Code::FeePaidLate,
        key: "fee-paid-late",
        item: "11",
        message: "finding-fee-paid-late",
    },
    Row {
        code: Code::DocumentMissing,
        key: "document-missing",
        item: "11",
        message: "finding-document-missing",
    },
    Row {
        code: Code::NotExtendable,
        key: "not-extendable",
        item: "6",
        message: "finding-not-extendable",
    },
    Row {
        code: Code::SecondExtension,
        key: "second-extension",
        item: "6",
        message: "finding-second-extension",
    },
    Row {
        code: Code::BeyondCap,
        key: "beyond-cap",
        item: "6",
        message: "finding-beyond-cap",
    },
    Row {
        code: Code::CapUnknown,
        key: "cap-unknown",
        item: "6",
        message: "finding-cap-unknown",
    },
    Row {
        code: Code::KnbApprovalMissing,
        key: "knb-approval-missing",
        item: "6",
        message: "finding-knb-approval-missing",
    },
    Row {
        code: Code::ApplicantNotAllowed,
        key: "applicant-not-allowed",
        item: "6",
        message: "finding-applicant-not-allowed",
    },
    Row {
        code: Code::SupportingDocumentMissing,
        key: "supporting-document-missing",
        item: "6",
        message: "finding-supporting-document-missing",
    },
    Row {
        code: Code::ResidenceReview,
        key: "residence-review",
        item: "6.2",
        message: "finding-residence-review",
    },
    Row {
        code: Code::GroundNotInStandard,
        key: "ground-not-in-standard",
        item: "16",
        message: "finding-ground-not-in-standard",
    },
    Row {
        code: Code::GroundAgainstRecord,
        key: "ground-against-record",
        item: "6",
        message: "finding-ground-against-record",
    },
    Row {
        code: Code::NotIssuedInside,
        key: "not-issued-inside",
        item: "6",
        message: "finding-not-issued-inside",
    },
    Row {
        code: Code::ExtensionWithoutGrounds,
        key: "extension-without-grounds",
        item: "6",
        message: "finding-extension-without-grounds",
    },
    Row {
        code: Code::ProxyWithoutPowerOfAttorney,
        key: "proxy-without-power-of-attorney",
        item: "15",
        message: "finding-proxy-without-power-of-attorney",
    },
    Row {
        code: Code::ExtraCheckLong,
        key: "extra-check-long",
        item: "order 451, item 16",
        message: "finding-extra-check-long",
    },
    Row {
        code: Code::ConclusionLate,
        key: "conclusion-late",
        item: "order 451, item 16",
        message: "finding-conclusion-late",
    },
    Row {
        code: Code::FormularCodeMismatch,
        key: "formular-code-mismatch",
        item: "order 451, item 31",
        message: "finding-formular-code-mismatch",
    },
    Row {
        code: Code::RegistryRequestLate,
        key: "registry-request-late",
        item: "order 451, item 12",
        message: "finding-registry-request-late",
    },
    Row {
        code: Code::ComplaintAnsweredLate,
        key: "complaint-answered-late",
        item: "25",
        message: "finding-complaint-answered-late",
    },
    Row {
        code: Code::ComplaintUnanswered,
        key: "complaint-unanswered",
        item: "25",
        message: "finding-complaint-unanswered",
    },
    Row {
        code: Code::ComplaintIncomplete,
        key: "complaint-incomplete",
        item: "24",
        message: "finding-complaint-incomplete",
    },
];

impl Code {
    /// Every kind, in the order of the table.
    pub const ALL: [Code; ROWS.len()] = {
        let mut all = [Code::Late; ROWS.len()];
        let mut i = 0;
        while i < ROWS.len() {
            all[i] = ROWS[i].code;
            i += 1;
        }
        all
    };

    fn row(self) -> &'static Row {
        &ROWS[self as usize]
    }

    pub fn key(self) -> &'static str {
        self.row().key
    }

    /// The item of the standard (or of the order, for identity documents).
    pub fn item(self) -> &'static str {
        self.row().item
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

    /// What the finding says, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        crate::catalog::Msg::new(self.row().message).text(lang)
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
    fn the_table_holds_every_code_once_in_its_order() {
        for (i, row) in ROWS.iter().enumerate() {
            assert_eq!(row.code as usize, i, "{:?}", row.code);
            assert_eq!(row.message, format!("finding-{}", row.key));
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
