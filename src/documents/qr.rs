//! The number of a talon as a QR code, so that a clerk can scan it rather
//! than type it (the number is the key to the case, and for identity
//! documents to the ready documents: item 57 of the Rules of the
//! formular). Drawn in Rust as SVG with `fast_qr`; the template only
//! places it.
//!
//! A talon document holds thousands of talons: the SVG is made when the
//! talon's data is handed to the template (serialised, a chunk at a time),
//! never kept for all of them at once.

use fast_qr::ECL;
use fast_qr::convert::Builder;
use fast_qr::convert::svg::SvgBuilder;
use fast_qr::qr::QRBuilder;
use serde::{Serialize, Serializer};

/// The text a QR code stands for; serialised as the SVG of its code, or
/// `null` when the text does not fit a QR code (some kilobytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr(pub String);

impl Qr {
    /// The SVG of the code: error correction M (15 % of the code may be
    /// lost to a fold or a stain), the quiet zone of four modules the
    /// standard asks for.
    pub fn svg(&self) -> Option<String> {
        let code = QRBuilder::new(self.0.as_bytes()).ecl(ECL::M).build().ok()?;
        Some(SvgBuilder::default().margin(4).to_str(&code))
    }
}

impl Serialize for Qr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.svg() {
            Some(svg) => serializer.serialize_str(&svg),
            None => serializer.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_becomes_an_svg_and_an_oversized_one_none() {
        let svg = Qr("T2025-0000001".into()).svg().unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path"), "{svg}");
        // Larger than any QR code holds: no code, and no panic.
        assert_eq!(Qr("x".repeat(8000)).svg(), None);
        assert_eq!(
            serde_json::to_string(&Qr("x".repeat(8000))).unwrap(),
            "null"
        );
    }
}
