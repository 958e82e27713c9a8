//! `esep contract`: the input contract as a user of the installed program
//! reads it — the tables, and each column with its headers, whether it is
//! required, and what to write in it, in the language of messages.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::ContractArgs;
use crate::contract::what;
use crate::schema::Table;

pub fn run(args: ContractArgs) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let mut out = crate::terminal::Safe(std::io::stdout().lock());
    writeln!(
        out,
        "{}",
        lang.pick(
            "The input contract of esep (version 2). A workbook (xlsx, xlsm, xls, xlsb, ods) or CSV files (UTF-8, Windows-1251 or KZ-1048; `;`, `,` or tab). Every sheet whose header row names three or more columns of a table is read as that table; rows above the header are titles. A header is written as the key or the Russian or Kazakh header below, in any case. `esep template` writes an empty workbook in this contract.",
            "Контракт входных данных esep (версия 2). Книга (xlsx, xlsm, xls, xlsb, ods) или файлы CSV (UTF-8, Windows-1251 или KZ-1048; `;`, `,` или табуляция). Каждый лист, строка заголовков которого называет три и более столбца таблицы, читается как эта таблица; строки над заголовками — заголовок документа. Заголовок пишется ключом, русским или казахским названием ниже, в любом регистре. `esep template` пишет пустую книгу по этому контракту.",
            "esep кіріс деректерінің келісімшарты (2-нұсқа). Кітап (xlsx, xlsm, xls, xlsb, ods) не CSV файлдары (UTF-8, Windows-1251 не KZ-1048; `;`, `,` не табуляция). Тақырып жолы кестенің үш не одан көп бағанын атайтын әр парақ сол кесте ретінде оқылады; тақырыптың үстіндегі жолдар — құжат атауы. Тақырып кілтпен не төмендегі орысша не қазақша атаумен, кез келген регистрде жазылады. `esep template` осы келісімшарт бойынша бос кітап жазады.",
        )
    )?;
    for table in Table::ALL {
        let [en, ru, kk] = table.sheet_names();
        writeln!(out)?;
        writeln!(
            out,
            "{} ({}: {en}, {ru}, {kk})",
            table.name(lang).to_uppercase(),
            lang.pick("sheet", "лист", "парақ"),
        )?;
        for column in table.columns() {
            let required = match column.required {
                true => lang.pick(" — required", " — обязательный", " — міндетті"),
                false => "",
            };
            writeln!(
                out,
                "  {} | {} | {}{required}",
                column.key, column.ru, column.kk
            )?;
            writeln!(out, "      {}", what(column.key, lang))?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        lang.pick(
            "A row whose value breaks these rules is rejected, with its cell and why; a bad value the law can do without (citizenship, IIN, queue times) is left out with a warning. Rows of totals (Итого, Всего, Барлығы) under a table are counted, not read as records.",
            "Строка, значение которой нарушает эти правила, отклоняется с указанием ячейки и причины; неверное значение, без которого закон обходится (гражданство, ИИН, время очереди), опускается с предупреждением. Строки итогов (Итого, Всего, Барлығы) под таблицей считаются, но не читаются как записи.",
            "Мәні осы ережелерді бұзатын жол ұяшығы мен себебі көрсетіліп қабылданбайды; заң онсыз да шешетін қате мән (азаматтығы, ЖСН, кезек уақыты) ескертумен алынып тасталады. Кесте астындағы қорытынды жолдары (Итого, Всего, Барлығы) саналады, бірақ жазба ретінде оқылмайды.",
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
