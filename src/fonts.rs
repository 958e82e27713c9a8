//! The fonts compiled into esep (`fixtures/fonts/`, OFL): Noto Serif for
//! text, Noto Sans for tables and headings. Nothing is read from the
//! system, so a document looks — and its bytes are — the same everywhere.
//! Checking asks them too: a name in letters none of them has would print
//! as empty boxes, so it is rejected with its cell instead
//! ([`unprintable`]).

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

const FILES: [&[u8]; 5] = [
    include_bytes!("../fixtures/fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../fixtures/fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../fixtures/fonts/NotoSerif-Italic.ttf"),
    include_bytes!("../fixtures/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fixtures/fonts/NotoSans-Bold.ttf"),
];

pub struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
}

pub static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// The first character of `text` that no bundled font draws, or that
/// turns the direction of text, if any. Characters that are never drawn
/// (spaces, joiners, variation selectors, the soft hyphen, controls) are
/// not asked about.
pub fn unprintable(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        turns_direction(c)
            || !(c.is_ascii()
                || c.is_whitespace()
                || c.is_control()
                || invisible(c)
                || FONTS
                    .fonts
                    .iter()
                    .any(|font| font.info().coverage.contains(c as u32)))
    })
}

/// Unicode's default-ignorable characters that text typed or pasted into a
/// cell commonly holds: they take no glyph.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'..='\u{2064}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
    )
}

/// The marks that turn the direction of text (U+200E/F, U+202A–E,
/// U+2066–9): on a printed act they would show a name in another order
/// than it was typed.
fn turns_direction(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character the documents can print beyond ASCII: the Kazakh
    /// and Russian alphabets, №, the tenge sign, quotes and dashes.
    const NEEDED: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі\
        АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя\
        №₸«»–—…•×";

    #[test]
    fn every_style_covers_kazakh_russian_and_the_signs_documents_use() {
        assert_eq!(FONTS.fonts.len(), 5);
        for font in &FONTS.fonts {
            let missing: String = NEEDED
                .chars()
                .filter(|&c| !font.info().coverage.contains(c as u32))
                .collect();
            assert!(
                missing.is_empty(),
                "{:?} lacks {missing}",
                font.info().family
            );
        }
        let families: Vec<&str> = FONTS
            .fonts
            .iter()
            .map(|f| f.info().family.as_str())
            .collect();
        assert_eq!(
            families,
            [
                "Noto Serif",
                "Noto Serif",
                "Noto Serif",
                "Noto Sans",
                "Noto Sans"
            ]
        );
    }

    #[test]
    fn letters_of_latin_cyrillic_and_greek_names_print_and_other_scripts_do_not() {
        for name in [
            "Nguyễn Thị Minh Khai",
            "Ødegård Åsa",
            "Müller-Lüdenscheidt Jürgen",
            "Łukasiewicz Żaneta",
            "Şahin Gülşen",
            "Παπαδόπουλος Νίκος",
            "Әбілқасымова Гүлнұр Өмірзаққызы",
            "Ўроқов Шаҳзод",
            "O\u{2019}Brien\u{00ad}\u{200d}",
        ] {
            assert_eq!(unprintable(name), None, "{name}");
        }
        for (name, first) in [
            ("王 秀英", '王'),
            ("Mamardashvili ნინო", 'ნ'),
            ("Հակոբյան", 'Հ'),
            ("محمد", 'م'),
            ("김민준", '김'),
            ("Ivanov\u{202e}vokin", '\u{202e}'),
        ] {
            assert_eq!(unprintable(name), Some(first), "{name}");
        }
    }
}
