//! Text folding shared by header matching and vocabulary look-up.

/// Folds a header or a vocabulary word the way the contract says: trimmed,
/// lower-cased, inner spaces collapsed, `ё` read as `е`, and a trailing `*`
/// or `:` dropped (they mark required columns in many office templates).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for ch in word.chars().flat_map(char::to_lowercase) {
            out.push(if ch == 'ё' { 'е' } else { ch });
        }
    }
    while out.ends_with(['*', ':']) {
        out.pop();
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_spaces_yo_and_markers() {
        assert_eq!(
            fold("  Дата   приёма документов*"),
            "дата приема документов"
        );
        assert_eq!(fold("ҚАБЫЛДАҒАН:"), "қабылдаған");
        assert_eq!(fold("Case_ID :"), "case_id");
        assert_eq!(fold("ИИН"), "иин");
    }
}
