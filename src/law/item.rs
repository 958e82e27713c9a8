//! Items of the acts as the acts number them and as official texts cite
//! them: the standard's «16. … 1) …» is «подпункт 1) пункта 16», «16-
//! тармақтың 1) тармақшасы», never «пункт 16.1». The dotted form («16.1»)
//! stays the machine-readable key of findings and grounds.

use crate::lang::Lang;

/// The act an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// The standard «Issuing and extending exit visas».
    Standard,
    /// The Rules of the formular (order No. 583, as order No. 451 worded it).
    Rules,
}

/// `item` ("16" or "16.1") of `act`, cited in `lang`: «подпункт 1) пункта
/// 16 стандарта», «стандарттың 16-тармағының 1) тармақшасы», «пункт 16
/// Правил формуляра (приказ № 451)».
pub fn cite(act: Act, item: &str, lang: Lang) -> String {
    let (point, sub) = match item.split_once('.') {
        Some((point, sub)) => (point, Some(sub)),
        None => (item, None),
    };
    let msg = match act {
        Act::Standard => crate::msg!(
            "item-of-standard",
            point = point,
            sub = sub.unwrap_or("none")
        ),
        Act::Rules => crate::msg!("item-of-rules", item = item),
    };
    msg.text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subitem_is_cited_as_the_act_numbers_it() {
        assert_eq!(
            cite(Act::Standard, "16.1", Lang::Ru),
            "подпункт 1) пункта 16 стандарта"
        );
        assert_eq!(
            cite(Act::Standard, "16.1", Lang::Kk),
            "стандарттың 16-тармағының 1) тармақшасы"
        );
        assert_eq!(cite(Act::Standard, "16", Lang::Ru), "пункт 16 стандарта");
        assert_eq!(cite(Act::Standard, "9", Lang::Kk), "стандарттың 9-тармағы");
        assert_eq!(
            cite(Act::Rules, "40", Lang::Ru),
            "пункт 40 Правил формуляра (приказ № 451)"
        );
        for lang in [Lang::Ru, Lang::Kk] {
            assert!(!cite(Act::Standard, "7.2", lang).contains("7.2"));
        }
    }
}
