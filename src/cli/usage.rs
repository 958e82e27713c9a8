//! A command line esep cannot run, said in the run's language: clap finds
//! the mistake (an unknown flag, a value not among the allowed ones, a
//! missing argument), the catalogues word it. Help is worded by
//! [`super::help`].

use std::error::Error as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::catalog::Msg;
use crate::lang::Lang;

/// The language of a run whose arguments did not parse: the one `--lang`
/// asks for wherever it stands, else the locale's.
pub fn lang_of(args: &[String]) -> Lang {
    let asked = args
        .iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.as_str() {
            "--lang" => args.get(i + 1).map(String::as_str),
            _ => arg.strip_prefix("--lang="),
        });
    Lang::ALL
        .into_iter()
        .find(|lang| Some(lang.code()) == asked)
        .unwrap_or_else(Lang::from_env)
}

/// What is wrong with the command line, as a message of the catalogues;
/// `None` where clap prints what was asked for (help, the version).
pub fn mistake(err: &clap::Error) -> Option<Msg> {
    // What clap names (flags, values, commands) is written as code.
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join("`, `"),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    Some(match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidValue if value.is_empty() => crate::msg!("usage-empty-value", arg = arg),
        ErrorKind::InvalidValue => crate::msg!(
            "usage-invalid-value",
            arg = arg,
            value = value,
            valid = text(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation
            if err.source().is_some_and(|e| e.is::<crate::cli::NotADay>()) =>
        {
            crate::msg!(
                "usage-value-validation",
                arg = arg,
                value = value,
                why = crate::msg!("usage-not-a-day")
            )
        }
        ErrorKind::ValueValidation
            if err
                .source()
                .is_some_and(|e| e.is::<std::num::ParseIntError>()) =>
        {
            crate::msg!(
                "usage-value-validation",
                arg = arg,
                value = value,
                why = crate::msg!("usage-not-a-number")
            )
        }
        ErrorKind::ValueValidation => crate::msg!(
            "usage-value-validation",
            arg = arg,
            value = value,
            why = Msg::quoted(err.source().map(|e| e.to_string()).unwrap_or_default())
        ),
        ErrorKind::UnknownArgument => crate::msg!("usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => crate::msg!(
            "usage-invalid-subcommand",
            command = text(ContextKind::InvalidSubcommand),
            commands = crate::cli::commands().join("`, `")
        ),
        ErrorKind::MissingSubcommand => crate::msg!(
            "usage-missing-subcommand",
            commands = crate::cli::commands().join("`, `")
        ),
        ErrorKind::MissingRequiredArgument => crate::msg!("usage-missing-argument", arg = arg),
        ErrorKind::ArgumentConflict => crate::msg!(
            "usage-conflict",
            arg = arg,
            other = text(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            crate::msg!("usage-values", arg = arg)
        }
        _ => crate::msg!(
            "usage-other",
            text = Msg::quoted(err.kind().as_str().unwrap_or_default())
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(args: &[&str], lang: Lang) -> String {
        let args: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
        let err = crate::cli::help::parse(&args).expect_err("a mistake");
        mistake(&err).expect("a message").text(lang)
    }

    #[test]
    fn mistakes_of_the_command_line_are_said_in_the_run_s_language() {
        assert_eq!(
            said(
                &["esep", "talons", "--form", "appendix9", "--out", "t.pdf"],
                Lang::Ru
            ),
            "«appendix9» — не значение `--form <FORM>`; допустимо: `appendix3`, `appendix5`, `registration`, `complaint`"
        );
        let unknown = said(&["esep", "check", "--colour"], Lang::Kk);
        assert!(
            unknown.contains("--colour") && unknown.contains("esep"),
            "{unknown}"
        );
        let command = said(&["esep", "prnt"], Lang::Ru);
        assert!(
            command.contains("prnt") && command.contains("`report`, `check`"),
            "{command}"
        );
        let missing = said(&["esep", "talons", "--out", "t.pdf"], Lang::Kk);
        assert!(missing.contains("--form"), "{missing}");
        let day = said(&["esep", "indicators", "--from", "1 марта"], Lang::Kk);
        assert!(day.contains("2025-03-01 не 01.03.2025"), "{day}");
        let number = said(&["esep", "sample", "--cases", "many"], Lang::Ru);
        assert!(
            number.contains("--cases") && number.contains("many"),
            "{number}"
        );
    }

    #[test]
    fn the_language_of_a_failed_command_line_is_the_one_it_asks_for() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            lang_of(&args(&["esep", "check", "--lang", "kk", "--x"])),
            Lang::Kk
        );
        assert_eq!(lang_of(&args(&["esep", "--lang=ru", "check"])), Lang::Ru);
    }

    #[test]
    fn help_is_clap_s_own() {
        let err = crate::cli::help::parse(&["esep".into(), "--help".into()]).expect_err("help");
        assert!(mistake(&err).is_none());
    }
}
