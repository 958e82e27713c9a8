//! The checks of the catalogues that make a missing translation a failing
//! test: every file parses, every language has every message of every
//! file it has, a message takes the same arguments in every language, and
//! every message the code names exists with the arguments the code gives.
//! `cargo test catalog` runs them alone (docs/translating.md).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

/// The messages of one catalogue file, each with the variables it reads.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn parse(folder: &str, file: &str, text: &str) -> Messages {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("locales/{folder}/{file} does not parse: {errors:?}"),
    };
    let mut messages = Messages::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                let id = message.id.name.to_string();
                assert!(
                    messages.insert(id.clone(), vars).is_none(),
                    "locales/{folder}/{file}: `{id}` is defined twice"
                );
                assert!(
                    message.value.is_some(),
                    "locales/{folder}/{file}: `{id}` has no value"
                );
            }
            ast::Entry::Junk { content } => {
                panic!("locales/{folder}/{file}: cannot read {content:?}")
            }
            _ => {}
        }
    }
    messages
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_vars(arguments, vars);
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_vars(arguments, vars),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn call_vars(arguments: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>) {
    for argument in &arguments.positional {
        inline_vars(argument, vars);
    }
    for argument in &arguments.named {
        inline_vars(&argument.value, vars);
    }
}

/// Every catalogue as `(folder, file) → messages`.
fn catalogues() -> BTreeMap<(String, String), Messages> {
    FILES
        .iter()
        .map(|(folder, file, text)| {
            (
                (folder.to_string(), file.to_string()),
                parse(folder, file, text),
            )
        })
        .collect()
}

/// The folders a file of `folder` must also be in: a file of English (the
/// terminal's texts) in every language, a file of Kazakh or Russian (the
/// languages documents are printed in) in both.
fn partners(folder: &str) -> &'static [&'static str] {
    match folder {
        "en" => &["en", "ru", "kk"],
        _ => &["ru", "kk"],
    }
}

#[test]
fn every_catalogue_parses() {
    assert!(!FILES.is_empty(), "no catalogue compiled in");
    for (folder, file, text) in FILES {
        parse(folder, file, text);
        let resource = FluentResource::try_new(text.to_string());
        assert!(resource.is_ok(), "locales/{folder}/{file} does not parse");
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let all = catalogues();
    for ((folder, file), messages) in &all {
        for partner in partners(folder) {
            let Some(theirs) = all.get(&(partner.to_string(), file.clone())) else {
                panic!("locales/{folder}/{file} has no locales/{partner}/{file}");
            };
            for (id, vars) in messages {
                let Some(their_vars) = theirs.get(id) else {
                    panic!(
                        "`{id}` of locales/{folder}/{file} is missing in locales/{partner}/{file}"
                    );
                };
                assert_eq!(
                    shared(vars),
                    shared(their_vars),
                    "`{id}` takes {vars:?} in locales/{folder}/{file} but {their_vars:?} in locales/{partner}/{file}"
                );
                for var in vars {
                    assert!(
                        own_language(var).is_none_or(|lang| lang == folder),
                        "`{id}` of locales/{folder}/{file} reads ${var}, a value of another language"
                    );
                }
            }
        }
    }
}

/// The language a variable is for, by its suffix: `$kind_ru` is a value
/// only the Russian text reads (a word order one language needs, as the
/// Kazakh citation of an act puts its issuer before the date and its kind
/// after the number), given by the code to every language.
fn own_language(var: &str) -> Option<&'static str> {
    let (_, suffix) = var.rsplit_once('_')?;
    Lang::ALL
        .iter()
        .map(|l| l.code())
        .find(|code| *code == suffix)
}

/// The variables every language reads alike: those of no one language.
fn shared(vars: &BTreeSet<String>) -> BTreeSet<&String> {
    vars.iter().filter(|v| own_language(v).is_none()).collect()
}

#[test]
fn no_id_is_in_two_files() {
    let mut seen: BTreeMap<(String, String), String> = BTreeMap::new();
    for ((folder, file), messages) in catalogues() {
        for id in messages.keys() {
            if let Some(other) = seen.insert((folder.clone(), id.clone()), file.clone()) {
                panic!("`{id}` is in locales/{folder}/{file} and locales/{folder}/{other}");
            }
        }
    }
}

/// Every source file of `src/`: its path below `src/` and its text.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/") {
            let path = entry.expect("an entry of src/").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(&root).expect("below src/");
                let text = std::fs::read_to_string(&path).expect("a source file");
                found.push((name.display().to_string(), text));
            }
        }
    }
    found
}

/// The messages the code names with `msg!("id", name = …)`, with the
/// names of the arguments it gives, from every source file but this one.
fn named_in_code() -> Vec<(String, String, BTreeSet<String>)> {
    let mut found = Vec::new();
    for (name, text) in sources() {
        if name == "catalog/tests.rs" {
            continue;
        }
        // Doc comments show the macro, not a message.
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (id, args) in msg_calls(&code) {
            found.push((name.clone(), id, args));
        }
    }
    found
}

/// The `msg!` (`refuse!`, `told!`) calls of one source text: the id and
/// the argument names.
fn msg_calls(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut calls = Vec::new();
    let mut rest = text;
    // `refuse!` and `told!` take a message as `msg!` does.
    let next = |rest: &str| {
        ["msg!(\"", "refuse!(\"", "told!(\""]
            .iter()
            .filter_map(|m| rest.find(m).map(|at| at + m.len()))
            .min()
    };
    while let Some(at) = next(rest) {
        rest = &rest[at..];
        let Some(end) = rest.find('"') else { break };
        let id = rest[..end].to_string();
        // The arguments up to the closing parenthesis, at depth 0.
        let mut depth = 0;
        let mut in_string = false;
        let mut escaped = false;
        let mut close = rest.len();
        for (i, c) in rest[end + 1..].char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' => in_string = !in_string,
                '(' | '[' | '{' if !in_string => depth += 1,
                ')' | ']' | '}' if !in_string && depth > 0 => depth -= 1,
                ')' if !in_string => {
                    close = end + 1 + i;
                    break;
                }
                _ => {}
            }
        }
        let args = top_level_names(&rest[end + 1..close]);
        calls.push((id, args));
    }
    calls
}

/// The `name` of each `, name = value` at the top level of `args`.
fn top_level_names(args: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut piece = String::new();
    let mut pieces = Vec::new();
    for c in args.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' | '[' | '{' | '<' if !in_string => depth += 1,
            ')' | ']' | '}' | '>' if !in_string && depth > 0 => depth -= 1,
            ',' if !in_string && depth == 0 => {
                pieces.push(std::mem::take(&mut piece));
                continue;
            }
            _ => {}
        }
        piece.push(c);
    }
    pieces.push(piece);
    for piece in pieces {
        if let Some((name, _)) = piece.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                names.insert(name.to_string());
            }
        }
    }
    names
}

#[test]
fn every_message_the_code_names_exists_with_its_arguments() {
    let all = catalogues();
    // What the code must give: every variable of the message in any
    // language (a language's own among them).
    let find = |id: &str| {
        all.values()
            .filter_map(|messages| messages.get(id))
            .cloned()
            .reduce(|mut all, vars| {
                all.extend(vars);
                all
            })
    };
    let calls = named_in_code();
    assert!(calls.len() > 10, "the scan of src/ found no msg! calls");
    for (file, id, args) in calls {
        let Some(vars) = find(&id) else {
            panic!("{file}: msg!(\"{id}\") is in no catalogue");
        };
        assert_eq!(
            args, vars,
            "{file}: msg!(\"{id}\") gives {args:?}, the catalogue reads {vars:?}"
        );
    }
}

#[test]
fn every_message_of_the_catalogues_is_named_in_the_code() {
    let code: String = sources().into_iter().map(|(_, text)| text).collect();
    for ((folder, file), messages) in catalogues() {
        for id in messages.keys() {
            assert!(
                code.contains(&format!("\"{id}\"")),
                "`{id}` of locales/{folder}/{file} is named nowhere in src/: remove it"
            );
        }
    }
}

#[test]
fn msg_calls_are_read_with_their_argument_names() {
    let calls =
        msg_calls(r#"x = msg!("a-b", file = path.display().to_string(), n = f(1, 2)); msg!("c")"#);
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].0, "a-b");
    assert_eq!(
        calls[0].1,
        ["file", "n"].into_iter().map(String::from).collect()
    );
    assert!(calls[1].1.is_empty());
}

#[test]
fn decimals_take_the_comma_in_kazakh_and_russian() {
    assert_eq!(decimal(93.24, 1, Lang::En), "93.2");
    assert_eq!(decimal(93.26, 1, Lang::Ru), "93,3");
    assert_eq!(decimal(7.0, 2, Lang::Kk), "7,00");
}

/// Source files whose string literals hold Cyrillic as text esep matches
/// input against, not as text a person reads: the contract's headers and
/// sheet names, the words of totals rows and of yes/no, the names offices
/// give sheets, and the sample generator's cell values.
const MATCHED: &[&str] = &[
    "schema.rs",
    "shown.rs",
    "validate/rows.rs",
    "validate/values.rs",
    "sample/cases.rs",
    "sample/spoil.rs",
];

/// How many string literals of the code of `text` (its tests and comments
/// left out) hold a Cyrillic letter.
fn cyrillic_literals(text: &str) -> usize {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut count = 0;
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut in_string = false;
        let mut escaped = false;
        let mut cyrillic = false;
        let mut slash = false;
        for c in line.chars() {
            // A comment after the code ends what the line holds.
            if !in_string && slash && c == '/' {
                break;
            }
            slash = !in_string && c == '/';
            match c {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' if in_string => {
                    count += usize::from(cyrillic);
                    in_string = false;
                }
                '"' => {
                    in_string = true;
                    cyrillic = false;
                }
                'А'..='я' | 'Ё' | 'ё' | 'Ә'..='ӿ' | 'Ғ'..='ү' | 'І' | 'і' if in_string => {
                    cyrillic = true
                }
                _ => {}
            }
        }
    }
    count
}

#[test]
fn texts_for_people_are_in_the_catalogues_not_in_the_code() {
    let holding: BTreeSet<String> = sources()
        .into_iter()
        .filter(|(name, text)| !name.ends_with("tests.rs") && cyrillic_literals(text) > 0)
        .map(|(name, _)| name)
        .collect();
    for name in &holding {
        assert!(
            MATCHED.contains(&name.as_str()),
            "src/{name} holds a Cyrillic string literal: put the text in locales/ and name it with msg!"
        );
    }
}

#[test]
fn cyrillic_literals_are_counted_in_code_only() {
    let text = "let a = \"Дела\"; // \"Іс\"\nlet b = \"a\\\"Ә\";\n#[cfg(test)]\nlet c = \"Жол\";";
    assert_eq!(cyrillic_literals(text), 2);
}
