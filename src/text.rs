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

/// How many letters `text` is from `name` (both folded) when it is near
/// enough to be a slip of the keyboard: one letter in a name of five to
/// seven letters, two in a longer one; `None` past that, and for a name
/// under five letters (a short word is that near to too many others).
/// What a header nearly spelled and a misspelt country are told by.
pub fn letters_apart(text: &str, name: &str) -> Option<usize> {
    let most = match name.chars().count() {
        ..5 => return None,
        5..8 => 1,
        _ => 2,
    };
    Some(strsim::levenshtein(text, name)).filter(|&d| d <= most)
}

/// `text` with its first letter a capital: a term of a vocabulary
/// (lowercase, as it stands inside a sentence) heading a row of a table.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{capitalised, fold};

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

    #[test]
    fn a_term_heads_a_row_with_a_capital() {
        assert_eq!(capitalised("выдача визы"), "Выдача визы");
        assert_eq!(capitalised("әкімдік"), "Әкімдік");
        assert_eq!(capitalised(""), "");
    }
}
