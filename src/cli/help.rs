//! The command line's help in the run's language. The clap definition in
//! `cli.rs` names every text by a message id (`help = "help-check-json"`,
//! `value_name = "value-file"`); here each is worded from the catalogues
//! (`locales/*/help.ftl`), and the words clap itself would print in
//! English (headings, the usage line, `[default: …]`, the help and version
//! flags) are replaced by the catalogues' own. Every command line is read
//! through [`command`], so help, usage and mistakes speak one language.

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::catalog::plain;
use crate::cli::Cli;
use crate::lang::Lang;

/// Reads the command line `args` (the program's name first) in the
/// language it asks for. `esep help COMMAND` is `esep COMMAND --help`.
pub fn parse(args: &[OsString]) -> Result<Cli, clap::Error> {
    let lang = super::usage::lang_of(&lossy(args));
    let mut command = command(lang);
    let matches = command.try_get_matches_from_mut(args)?;
    if let Some(("help", asked)) = matches.subcommand() {
        let mut again: Vec<OsString> = args.iter().take(1).cloned().collect();
        again.extend(asked.get_one::<String>("command").map(OsString::from));
        again.push("--help".into());
        return Err(match command.try_get_matches_from_mut(again) {
            Err(err) => err,
            Ok(_) => clap::Error::new(clap::error::ErrorKind::DisplayHelp).with_cmd(&command),
        });
    }
    Cli::from_arg_matches(&matches).map_err(|err| err.format(&mut command))
}

/// The arguments as text, for finding the language they ask for.
pub fn lossy(args: &[OsString]) -> Vec<String> {
    args.iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// esep's command line, every text worded in `lang`.
pub fn command(lang: Lang) -> Command {
    let word = |id: &str| word(id, lang);
    let root = worded(Cli::command(), lang, "esep")
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(word("help-version"))
                .display_order(usize::MAX)
                .help_heading(word("help-options")),
        )
        .subcommand_value_name(word("value-command"))
        .subcommand_help_heading(word("help-commands"))
        // clap's `help` command says its purpose in English; esep's is worded.
        .disable_help_subcommand(true)
        .subcommand(
            Command::new("help")
                .about(word("help-command-help"))
                .arg(Arg::new("command").value_name(word("value-command"))),
        );
    let usage = usage(&root, "esep", lang);
    root.override_usage(usage)
}

/// The text of `id` in `lang`; a text that is no id (what clap adds, as
/// the hidden command's) stays as it is.
fn word(id: &str, lang: Lang) -> String {
    plain(id, lang).unwrap_or_else(|| id.to_string())
}

/// `command` (named `path` on the command line) and its subcommands with
/// their texts worded in `lang`.
fn worded(command: Command, lang: Lang, path: &str) -> Command {
    let word = |id: &str| word(id, lang);
    let about = command
        .get_about()
        .map(|id| StyledStr::from(word(&id.to_string())))
        .unwrap_or_default();
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}",
        word("help-usage")
    );
    command
        .about(about)
        .help_template(template)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(word("help-help"))
                .display_order(usize::MAX),
        )
        .mut_args(|arg| worded_arg(arg, lang))
        .mut_subcommands(|sub| {
            let path = format!("{path} {}", sub.get_name());
            let sub = worded(sub, lang, &path);
            let usage = usage(&sub, &path, lang);
            sub.override_usage(usage)
        })
}

/// One argument worded: its help (with its default and its values, which
/// clap would word in English), its value's name and its heading.
fn worded_arg(arg: Arg, lang: Lang) -> Arg {
    let word = |id: &str| word(id, lang);
    let heading = if arg.is_positional() {
        word("help-arguments")
    } else {
        word("help-options")
    };
    let mut help = arg
        .get_help()
        .map(|id| word(&id.to_string()))
        .unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        let said = crate::msg!("help-default", value = defaults.join(", ")).text(lang);
        help.push_str(&format!(" [{said}]"));
    }
    // A flag's parser has the values `true` and `false`; nobody writes them.
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set() && arg.get_action().takes_values())
        .collect();
    let mut long = None;
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let said = crate::msg!("help-values", values = names.join(", ")).text(lang);
        help.push_str(&format!(" [{said}]"));
        let explained: Vec<String> = values
            .iter()
            .filter_map(|v| {
                let id = v.get_help()?.to_string();
                Some(format!("  {}: {}", v.get_name(), word(&id)))
            })
            .collect();
        if !explained.is_empty() {
            long = Some(format!("{help}\n\n{}", explained.join("\n")));
        }
    }
    let takes_values = arg.get_action().takes_values();
    let names: Option<Vec<String>> = arg
        .get_value_names()
        .filter(|_| takes_values)
        .map(|names| names.iter().map(|id| word(id)).collect());
    let mut arg = arg
        .help(help)
        .help_heading(heading)
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values);
    if let Some(names) = names {
        arg = arg.value_names(names);
    }
    if let Some(long) = long {
        arg = arg.long_help(long);
    }
    arg
}

/// The usage line of `command` as clap writes it, with its placeholder of
/// options worded (clap writes `[OPTIONS]` in English).
fn usage(command: &Command, path: &str, lang: Lang) -> StyledStr {
    let mut alone = command.clone().bin_name(path);
    let written = alone.render_usage().to_string();
    let line = written
        .split_once(' ')
        .map_or(written.as_str(), |(_, line)| line)
        .trim();
    let options = plain("help-options-placeholder", lang).unwrap_or_default();
    line.replace("[OPTIONS]", &format!("[{options}]")).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text the definition names is an id each catalogue has: a
    /// new option without its words in every language is a failing test.
    #[test]
    fn every_text_of_the_command_line_is_in_every_catalogue() {
        fn ids(command: &Command, found: &mut Vec<String>) {
            found.extend(command.get_about().map(|a| a.to_string()));
            for arg in command.get_arguments() {
                found.extend(arg.get_help().map(|h| h.to_string()));
                if arg.get_action().takes_values() {
                    found.extend(
                        arg.get_value_names()
                            .into_iter()
                            .flatten()
                            .map(|n| n.to_string()),
                    );
                }
                for value in arg.get_possible_values() {
                    found.extend(value.get_help().map(|h| h.to_string()));
                }
            }
            for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
                ids(sub, found);
            }
        }
        let mut found = Vec::new();
        ids(&Cli::command(), &mut found);
        assert!(found.len() > 60, "{found:?}");
        for id in &found {
            for lang in Lang::ALL {
                assert!(
                    plain(id, lang).is_some(),
                    "`{id}` of the command line is in no catalogue of {lang:?}"
                );
            }
        }
    }

    #[test]
    fn help_is_said_in_the_run_s_language() {
        let mut talons = command(Lang::Ru)
            .find_subcommand("talons")
            .expect("talons")
            .clone();
        let help = talons.render_long_help().to_string();
        for said in [
            "Использование: esep talons [ПАРАМЕТРЫ] --form <ФОРМА> --out <ФАЙЛ.pdf> [ФАЙЛ]...",
            "Аргументы:",
            "Параметры:",
            "Какую форму печатать [значения: appendix3, appendix5, registration, complaint]",
            "  appendix5: Приложение 5 стандарта: талон 75 × 55 мм по визовому делу",
            "[по умолчанию: talon]",
            "Напечатать справку",
        ] {
            assert!(help.contains(said), "{said:?} not in\n{help}");
        }
        let root = command(Lang::Kk).render_help().to_string();
        for said in [
            "Қолданылуы: esep [ПАРАМЕТРЛЕР] <КОМАНДА>",
            "Командалар:",
            "Нұсқаны басып шығару",
        ] {
            assert!(root.contains(said), "{said:?} not in\n{root}");
        }
    }

    #[test]
    fn a_command_line_is_read_as_the_definition_says() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        let cli = parse(&args(&["esep", "calendar", "2025", "--lang", "kk"])).expect("read");
        assert!(matches!(cli.command, crate::cli::Command::Calendar(ref c) if c.year == 2025));
        let err = parse(&args(&["esep", "check", "--lang", "ru", "--help"])).expect_err("help");
        assert_eq!(err.kind(), clap::error::ErrorKind::DisplayHelp);
        assert!(err.to_string().contains("Параметры:"), "{err}");
        let err = parse(&args(&["esep", "help", "calendar"])).expect_err("help");
        assert_eq!(err.kind(), clap::error::ErrorKind::DisplayHelp);
        assert!(err.to_string().contains("calendar"), "{err}");
    }
}
