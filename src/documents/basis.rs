//! The legal basis every document states: the act it applies, by title,
//! issuer, number and date (configuration, `[acts]`), cited as official
//! acts are. A document a citizen holds names the act and nothing else;
//! the annual report's methodology adds its repeal and which of its rules
//! esep applies (`docs/law.md`). Visa documents, the complaint talon and
//! the annual report rest on the standard; the documents of
//! identity-document cases on the Rules of the formular.

use crate::settings::Act;

use super::DocLang;

/// The items and appendices of the standard esep applies: what its
/// findings, documents and indicators rest on (`docs/law.md`, item by
/// item). Items 1–4, 10, 12, 13 and 17 hold nothing a case record shows.
const STANDARD_ITEMS: &str = "5–9, 11, 14–16, 18–26";
const STANDARD_APPENDICES: &str = "1–5";

/// An act's date in words, as a citation gives it (`dates::of_act`): one
/// style of date with the document's own fields.
fn day(d: chrono::NaiveDate, lang: DocLang) -> String {
    crate::dates::of_act(d, lang)
}

/// The act by title and reference: «Стандарт … (постановление
/// Правительства Республики Казахстан от 28.02.2011 № 200)», «… (Қазақстан
/// Республикасы Үкіметінің 28.02.2011 № 200 қаулысы)», with the amending
/// act whose wording esep applies. The Kazakh citation puts the issuer
/// before the date and the kind after the number, the Russian both
/// before: each reads its own words of the configuration.
pub fn cite(act: &Act, lang: DocLang) -> String {
    let (amended, amended_date, amended_number) = match &act.amended_by {
        Some(a) => ("yes", day(a.date, lang), a.number.as_str()),
        None => ("no", String::new(), ""),
    };
    crate::msg!(
        "act-citation",
        title = lang.pick(&act.title_ru, &act.title_kk),
        kind_ru = &act.kind_ru,
        issuer_kk = &act.issuer_kk,
        kind_kk = &act.kind_kk,
        date = day(act.date, lang),
        number = &act.number,
        amended = amended,
        amended_date = amended_date,
        amended_number = amended_number
    )
    .text(lang)
}

/// The repeal of the act, if any, by the act that repealed it (which
/// took effect after its publication, so no day of its own is claimed):
/// «Утратил силу (постановление … от 04.02.2014 № 55).»
fn repeal(act: &Act, lang: DocLang) -> Option<String> {
    let r = act.repealed_by.as_ref()?;
    Some(
        crate::msg!(
            "act-repealed",
            kind_ru = &act.kind_ru,
            issuer_kk = &act.issuer_kk,
            kind_kk = &act.kind_kk,
            date = day(r.date, lang),
            number = &r.number
        )
        .text(lang),
    )
}

/// The standard in full, as the annual report and the decisions state it:
/// the act, its repeal, and which of its rules esep applies.
pub fn standard(act: &Act, lang: DocLang) -> String {
    let applies = crate::msg!(
        "act-esep-applies",
        items = STANDARD_ITEMS,
        appendices = STANDARD_APPENDICES
    )
    .text(lang);
    let mut sentences = vec![self::act(act, lang)];
    sentences.extend(repeal(act, lang));
    sentences.push(applies);
    sentences.join(" ")
}

/// The act a document is issued under, as a decision or a talon states
/// it: «Применяемый акт: Стандарт … (постановление … от … № 200).» — its
/// history and what esep checks of it are the report's, not the page a
/// citizen holds.
pub fn act(act: &Act, lang: DocLang) -> String {
    crate::msg!("act-applied", act = cite(act, lang)).text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn the_standard_is_named_with_its_repeal_and_what_esep_applies() {
        let acts = Config::default().acts;
        assert_eq!(
            standard(&acts.standard, DocLang::Ru),
            "Применяемый акт: Стандарт государственной услуги «Выдача и продление выездных виз» \
             (постановление Правительства Республики Казахстан от 28 февраля 2011 года № 200). \
             Утратил силу (постановление Правительства Республики Казахстан от 4 февраля 2014 года № 55). \
             esep применяет его пункты 5–9, 11, 14–16, 18–26 и приложения 1–5 так, как они записаны."
        );
        assert_eq!(
            standard(&acts.standard, DocLang::Kk),
            "Қолданылатын акт: «Шығу визаларын беру және ұзарту» мемлекеттік қызмет стандарты \
             (Қазақстан Республикасы Үкіметінің 2011 жылғы 28 ақпандағы № 200 қаулысы). \
             Күші жойылған (Қазақстан Республикасы Үкіметінің 2014 жылғы 4 ақпандағы № 55 қаулысы). \
             esep оның 5–9, 11, 14–16, 18–26-тармақтарын және 1–5-қосымшаларын жазылғанындай қолданады."
        );
    }

    #[test]
    fn the_order_is_named_in_the_wording_esep_applies() {
        let acts = Config::default().acts;
        let ru = act(&acts.order, DocLang::Ru);
        assert!(
            ru.ends_with(
                "(приказ Министра внутренних дел Республики Казахстан от 31 мая 2016 года № 583, в редакции от 3 августа 2021 года № 451)."
            ),
            "{ru}"
        );
        let kk = act(&acts.order, DocLang::Kk);
        assert!(
            kk.ends_with(
                "(Қазақстан Республикасы Ішкі істер министрінің 2016 жылғы 31 мамырдағы № 583 бұйрығы; 2021 жылғы 3 тамыздағы № 451 бұйрығымен өзгертілген редакциясында)."
            ),
            "{kk}"
        );
        assert!(!ru.contains("стандарт") && !kk.contains("стандарт"));
    }

    #[test]
    fn a_document_names_its_act_and_nothing_of_its_history_or_of_esep() {
        // Regression: every decision and talon said its basis was void and
        // that esep applies it.
        let standard = Config::default().acts.standard;
        for lang in [DocLang::Ru, DocLang::Kk] {
            let text = act(&standard, lang);
            assert!(text.contains("№ 200"), "{text}");
            for word in ["esep", "Утратил", "жойыл", "55"] {
                assert!(!text.contains(word), "{word} in {text}");
            }
        }
    }

    #[test]
    fn a_later_act_that_was_not_repealed_says_no_repeal() {
        let mut act = Config::default().acts.standard;
        act.number = "7".into();
        act.repealed_by = None;
        let ru = standard(&act, DocLang::Ru);
        assert!(ru.contains("№ 7)") && !ru.contains("Утратил"), "{ru}");
    }
}
