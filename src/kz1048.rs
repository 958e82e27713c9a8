//! KZ-1048 (STRK1048-2002), the Kazakh standard code page. It is Windows-1251
//! with sixteen positions given to the Kazakh letters that Windows-1251
//! lacks (and 0x98 left undefined); no maintained crate decodes it, so this
//! module patches encoding_rs's Windows-1251 decoder with those positions.
//! The table was checked against Python's `kz1048` codec.

/// The positions where KZ-1048 differs from Windows-1251, and its letters there.
const KAZAKH: [(u8, char); 16] = [
    (0x8D, 'Қ'),
    (0x8E, 'Һ'),
    (0x9D, 'қ'),
    (0x9E, 'һ'),
    (0xA1, 'Ұ'),
    (0xA2, 'ұ'),
    (0xA3, 'Ә'),
    (0xA5, 'Ө'),
    (0xAA, 'Ғ'),
    (0xAF, 'Ү'),
    (0xB4, 'ө'),
    (0xBA, 'ғ'),
    (0xBC, 'ә'),
    (0xBD, 'Ң'),
    (0xBE, 'ң'),
    (0xBF, 'ү'),
];

/// Whether `byte` is a Kazakh letter in KZ-1048 (and something else in
/// Windows-1251): the contract reads a non-UTF-8 file as KZ-1048 when it
/// holds such bytes.
pub fn is_kazakh_letter(byte: u8) -> bool {
    KAZAKH.iter().any(|&(b, _)| b == byte)
}

/// Decodes KZ-1048 bytes. Byte 0x98, undefined there, becomes U+FFFD.
pub fn decode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        if byte < 0x80 {
            out.push(byte as char);
        } else if byte == 0x98 {
            out.push(char::REPLACEMENT_CHARACTER);
        } else if let Some(&(_, ch)) = KAZAKH.iter().find(|&&(b, _)| b == byte) {
            out.push(ch);
        } else {
            let single = [byte];
            let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&single);
            out.push_str(&text);
        }
    }
    out
}

/// Encodes text as KZ-1048, for tests; characters it cannot hold become `?`.
#[cfg(test)]
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        if let Some(&(b, _)) = KAZAKH.iter().find(|&&(_, c)| c == ch) {
            out.push(b);
            continue;
        }
        let mut buf = [0u8; 4];
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(ch.encode_utf8(&mut buf));
        if unmappable || bytes.len() != 1 || is_kazakh_letter(bytes[0]) {
            out.push(b'?');
        } else {
            out.push(bytes[0]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_kazakh_and_russian_letter() {
        let text = "ӘәҒғҚқҢңӨөҰұҮүҺһІі АаБбЁёЖжЩщЪъЭэЮюЯя №«»–—";
        assert_eq!(decode(&encode(text)), text);
    }

    #[test]
    fn matches_python_kz1048_on_known_bytes() {
        // python3 -c "print(bytes([0xa3,0xbc,0xaa,0x8d,0xbd,0xa5,0xa1,0xaf,0x8e,0xb2,0xb3]).decode('kz1048'))"
        assert_eq!(
            decode(&[
                0xA3, 0xBC, 0xAA, 0x8D, 0xBD, 0xA5, 0xA1, 0xAF, 0x8E, 0xB2, 0xB3
            ]),
            "ӘәҒҚҢӨҰҮҺІі"
        );
    }
}
