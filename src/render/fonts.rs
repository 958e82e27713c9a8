//! The fonts compiled into esep (`fixtures/fonts/`, OFL): Noto Serif for
//! text, Noto Sans for tables and headings. Nothing is read from the
//! system, so a document looks — and its bytes are — the same everywhere.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

const FILES: [&[u8]; 5] = [
    include_bytes!("../../fixtures/fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../../fixtures/fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../../fixtures/fonts/NotoSerif-Italic.ttf"),
    include_bytes!("../../fixtures/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fixtures/fonts/NotoSans-Bold.ttf"),
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
}
