output-cannot-create-temporary-file = cannot create a temporary file in `{ $dir }`
output-cannot-move-finished-file = cannot move the finished file to `{ $path }`
output-cannot-create-lock-file = cannot create the lock file `{ $lock }`
output-another-esep-run-writing-wait = another esep run is writing `{ $target }`; wait for it to finish, or write elsewhere
output-cannot-create-temporary-folder = cannot create a temporary folder in `{ $parent }`
output-cannot-write-file-folder = cannot write a file of the folder `{ $dir }`
output-cannot-list = cannot list `{ $target }`
output-output-would-overwrite-input-give = the output `{ $output }` would overwrite the input `{ $input }`; give another output name
output-file-so-folder-cannot-made = `{ $at }` is a file, so the folder `{ $folder }` cannot be made; give an output elsewhere
output-no-folder-write-give-output = no folder to write `{ $path }` in; give an output in an existing folder
output-cannot-write-folder-give-output = cannot write in the folder `{ $at }` ({ $e }); give an output in a folder you can write
output-cannot-create-folder = cannot create the folder `{ $dir }`
output-cannot-write = cannot write `{ $path }`
output-cannot-set-permissions = cannot set the permissions of `{ $path }`
output-cannot-use-temporary-folder = cannot use the temporary folder `{ $dir }`
output-cannot-put-finished-folder-place = cannot put the finished folder in place of `{ $target }`
output-folder-give-name-file-write = `{ $path }` is a folder: give the name of a file to write
output-file-not-folder-esep-writes = `{ $path }` is a file, not a folder: esep writes a folder of files there; give the name of a new or empty folder
output-foreign-files =
    `{ $target }` holds { $shown }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }, which esep did not write; esep replaces the folder whole, so give a new or empty folder, or move those files out
audit-finding = finding
audit-case = case
audit-complaint = complaint
audit-cases-complaints-judged-findings = { $cases } cases and { $complaints } complaints judged, { $found } findings
audit-formulars-returned-order-451-item = formulars returned (order 451, item 40):
contract-input-contract-esep-version-2 = The input contract of esep (version 2). A workbook (xlsx, xlsm, xls, xlsb, ods) or CSV files (UTF-8, Windows-1251 or KZ-1048; `;`, `,` or tab). Every sheet whose header row names three or more columns of a table is read as that table; rows above the header are titles. A header is written as the key or the Russian or Kazakh header below, in any case. `esep template` writes an empty workbook in this contract.
contract-sheet = sheet
contract-required = {""} — required
contract-row-whose-value-breaks-these = A row whose value breaks these rules is rejected, with its cell and why; a bad value the law can do without (citizenship, IIN, queue times) is left out with a warning. Rows of totals (Итого, Всего, Барлығы) under a table are counted, not read as records.
decisions-no-decided-case-among-accepted = no decided case among the { $n } accepted cases: nothing to print
decisions-decisions = { $count } decisions: { $out }
decisions-note-accepted-cases-are-pending = note: { $skipped } accepted cases are pending and have no decision yet
indicators-from-after-give-first-day = --from { $from } is after --to { $to }: give the first day of the period first
indicators-give-period-export-year-yyyy = give the period of the export: --year YYYY, or --from YYYY-MM-DD --to YYYY-MM-DD
indicators-year-year-most-cases-were = year { $year }: the year most cases were submitted in (give --year for another)
run-cannot-list-input-folder = cannot list the input folder
run-no-input-files-give-case = no input files: give case workbooks or CSV files (or a folder of them)
run-cannot-list-folder-previous-year = cannot list the folder of the previous year
run-previous-no-such-file-give = --previous: { $missing }: no such file; give the previous year's files
run-previous-no-case-files-there = --previous: no case files there: give the previous year's workbooks or CSV files, a folder of them, or a folder written by `esep export --parquet`
run-cannot-write-bundled-sample-temporary = cannot write the bundled sample to the temporary folder
run-year-not-year-esep-can = --year { $year } is not a year esep can count
run-or = {""} or {""}
run-warning-column-read-header-nearly = warning: { $file }{ $sheet }: column { $column } is read as { $like } (`{ $key }`): its header nearly spells it; correct the header
run-looks-like = { $letter } (looks like { $like })
run-warning-columns-not-contract-ignored = warning: { $file }{ $sheet }: columns not in the contract, ignored: { $list }
run-warning-all-rows-rejected-main = warning: { $name }: all { $rejected } rows rejected; main causes: { $causes }; `esep check` lists every cell
run-warning-rows-rejected-main-causes = warning: { $name }: { $rejected } of { $records } rows rejected; main causes: { $causes }; `esep check` lists every cell
run-note-values-accepted-rows-could = note: { $dropped } values of accepted rows could not be read and are left out (the law can do without them); `esep check` lists them
run-cannot-start-rendering-threads = cannot start the rendering threads
report-left-out-not-cases-complaints = left out, not of { $year }: { $c } cases, { $j } complaints, { $s } surveys, { $r } rejected rows
report-compared = compared with { $b }: { $from }
report-compared-input-s-rows = compared with { $b }: the input's rows of { $b }
report-no-comparison-input-holds-no = no comparison: the input holds no case of { $b } (give its files with --previous)
report-no-comparison-previous-holds-no = no comparison: --previous holds no case of { $b }
report-findings-about-cases-complaints-see = findings: { $n } about { $c } cases and { $j } complaints (see findings.xlsx)
report-year-written = year { $year }; written:
report-laying-out-annual-report-failed = laying out the annual report failed
sample-out-sample-workbook-three-sheets = --out { $out }: the sample is a workbook of three sheets (cases, complaints, surveys); give a path ending in .xlsx
summary-not-read = not read
summary-rows-totals-notes-under-table = { $name }: { $totals } rows of totals or notes under the table, not records
summary-most-frequent-reasons = most frequent reasons:
template-empty-workbook-xlsx-file-name = `{ $path }`: the empty workbook is an .xlsx file; name it so
run-nothing-written = nothing was written
run-cases-too-few-invalid-rows = --cases { $cases } is too few for { $per } invalid rows of each of { $kinds } kinds; give at least { $least } cases or a smaller --invalid-per-kind
rejected-file-rejected-rows-must-end = `{ $path }`: the file of rejected rows must end in .xlsx or .csv
report-nothing-accepted =
    no case was accepted: every row of cases was rejected (the main causes are above); fix them, `esep check` lists every cell
report-no-case-of-the-likely-year =
    no case of the input was decided in { $year }, the year most cases were submitted in (cases were decided in { $decided ->
        [0] no year
       *[other] { $years }
    }); name the year with --year
report-no-case-of-the-year =
    --year { $year }: no case of the input was decided in { $year } (cases were decided in { $decided ->
        [0] no year
       *[other] { $years }
    }); give the year of the cases, or the files of { $year }
talons-written =
    { $count } { $form ->
        [complaint] complaint talons
       *[other] talons
    }: { $out }
talons-of-another-form =
    note: { $count } accepted { $form ->
        [registration] visa cases have a talon of another form: `esep talons --form appendix3` / `--form appendix5`
       *[other] identity-document cases have a talon of another form: `esep talons --form registration`
    }
talons-none-to-print =
    no accepted { $form ->
        [registration] identity-document case
        [complaint] complaint
       *[other] visa case
    } to print a talon for; `esep check` says why rows were rejected
talons-effect-of-rejected =
    have no talon
indicators-are-not-counted = are not counted
audit-are-not-judged = are not judged
decisions-have-no-decision = have no decision
run-rows-rejected =
    note: { $count } rows{ $table ->
        [all] {""}
       *[other] {" "}of { $name }
    } were rejected and { $effect }; `esep check` lists them
table-all =
    all tables
calendar-missing-year =
    the working-day calendar has no data for { $year } (it holds { $held }); add fixtures/calendar/{ $year }.toml with that year's holidays and transfers
run-year-calendar =
    --year { $year }: { $why }
sample-year-calendar =
    --year { $year }: the sample receives cases on the working days of its year: { $why }
run-error =
    error: { $text }
run-caused-by =
    {"  "}caused by: { $text }
templates-no-such-folder =
    there is no such folder or file
templates-not-a-folder =
    it is not a folder: give the folder that holds the .typ files
templates-over-budget =
    with it, the files of --templates this run reads would take more than { $mib } MiB (a quarter of --max-memory); use fewer or smaller files, or raise --max-memory
templates-not-utf8 =
    a Typst template must be UTF-8 text; save it as UTF-8
templates-unreadable =
    cannot read the templates at { $path }: { $why }
templates-none =
    no template { $name }; the templates are in templates/ (or the folder given with --templates)
render-not-laid-out =
    the document could not be laid out:
    { $diagnostics }
render-not-joined =
    the PDFs of the chunks could not be joined: { $why }
render-no-data =
    the data of { $template } could not be written as JSON: { $why }
config-unreadable =
    cannot read the configuration { $path }: { $why }
config-syntax =
    { $path }: not a configuration esep can read; the TOML reader says: { $why }
config-value =
    { $path }:{ $line }: { $key }: { $why }
config-not-a-rate =
    { $value } is not a rate in percent of the MCI (1 to 1000; item 8: 50)
config-not-a-minimum =
    { $value } is not a number of consumers (1 to 1000000)
config-not-calendar-days =
    { $value } is not a number of calendar days (1 to 365; Law No. 221: 15)
config-not-a-service =
    not a service; the services are { $services }
config-not-working-days =
    { $value } is not a number of working days (1 to 60; leave the key out for no deadline)
config-service-missing =
    missing: every service needs its table ({ $services })
config-not-a-year =
    not a year: write [norms.2025]
config-not-an-indicator =
    not an indicator; the indicators are { $indicators }
config-not-a-percentage =
    { $value } is not a percentage (0 to 100)
config-not-a-norms-year =
    not a year of [norms.*]: name the order of a year whose values are given
config-no-order =
    empty: name the order (number and date)
config-not-a-day =
    { $value } is not a day: write it as 2011-02-28
config-empty-text =
    empty: every document prints it
indicators-failed =
    computing the indicators failed: { $why }
indicators-not-export =
    { $path } is not a folder written by `esep export --parquet`: it lacks `cases/` and `services/`
indicators-empty-part =
    { $path } is empty: an export's part file holds at least its table's columns; write the export again with `esep export --parquet`
indicators-unlisted =
    cannot list the export's folder { $path }: { $why }
check-problem =
    { $place }: { $level ->
        [error] error
       *[warning] warning
    }: { $column }: { $reason }{ $value }{ $level ->
        [warning] ; the value is left out and the row kept
       *[error] {""}
    }
check-value =
    {" "}(value: { $value })
check-value-like =
    {" "}({ $value }…)
check-problem-more =
    { $place }: { $level ->
        [error] error
       *[warning] warning
    }: { $column }: { $reason }{ $like }: { $more } more rows like the { $each } above; correct the column as a whole
contract-text-most-characters = text, at most { $limit } characters
contract-entries = 1 or 2
norms-normative-values-targets = Normative values and targets of { $year }: { $order }.
norms-normative-values-targets-are-illustrative = The normative values and targets of { $year } are illustrative: no order of the Ministry that sets them (item 19 of the standard) is named; they are the configuration's example figures, not official ones.
norms-no-normative-values-targets-are = No normative values or targets are set for { $year }: their columns are empty, and no value is compared with a norm.
contract-date-date-cell-dd-mm = a date: a date cell, DD.MM.YYYY or YYYY-MM-DD
contract-date-time-date-cell-dd = a date and time: a date cell, DD.MM.YYYY HH:MM or YYYY-MM-DDTHH:MM (a date alone is its start)
contract-date-time-time-alone-hh = a date and time, or a time alone (HH:MM), on the day of submission
contract-yes-no-1-0 = yes or no (да/нет, иә/жоқ, 1/0)
contract-office-code-rrrr-ddd-district = an office code RRRR-DDD of the district directory, e.g. 1910-262 (the blank workbook of `esep template` lists them)
contract-country-three-letter-code-uzb = a country: its three-letter code (UZB) or its name in English, Russian or Kazakh; or stateless (ЛБГ)
contract-12-digits-valid-check-digit = 12 digits with a valid check digit
contract-whole-number-0-more = a whole number, 0 or more
contract-amount-tenge = an amount in tenge
contract-two-digits-item-31-rules = two digits of item 31 of the Rules: 00, 01, 03 … 18
contract-score-1-5-yes-no = a score of 1 to 5, or yes or no
contract-one-of =
    one of: { $words }
contract-list-of =
    a list separated by `;` of: { $words }
contract-returned =
    a reason of item 40 of the Rules: { $words }
summary-file-sheet =
    file:sheet
summary-table =
    table
summary-rows =
    rows
summary-accepted =
    accepted
summary-rejected =
    rejected
summary-cases =
    cases: { $read } rows, { $accepted } accepted, { $rejected } rejected
calendar-working-days =
    { $year }: { $days } working days
calendar-weekdays-off =
    weekdays that are not working days:
calendar-weekend-working =
    weekend days that are working days:
calendar-sources =
    sources:
calendar-weekday =
    { $day ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }
calendar-moved-holiday =
    { $name }, moved from { $from }
calendar-transferred-day-off =
    day off moved from { $from } ({ $source })
calendar-working-by-transfer =
    working day, its day off moved to { $to } ({ $source })
run-stage-done =
    { $what }: done in { $seconds } s
run-reading-progress =
    reading and checking: {"{"}human_pos{"}"} rows ({"{"}per_sec{"}"}, {"{"}elapsed{"}"})
run-stage-judging =
    judging every case against the standard
run-stage-previous-export =
    counting the previous year of the export
run-stage-parquet =
    writing Parquet
run-stage-export-indicators =
    counting the indicators of the export
run-stage-report =
    computing the indicators and writing the report
decisions-progress =
    {"{"}bar:40{"}"} {"{"}human_pos{"}"}/{"{"}human_len{"}"} decisions ({"{"}per_sec{"}"}, {"{"}eta{"}"})
talons-progress =
    {"{"}bar:40{"}"} {"{"}human_pos{"}"}/{"{"}human_len{"}"} talons ({"{"}per_sec{"}"}, {"{"}eta{"}"})
log-removed-stale =
    removed { $path }, left by an interrupted run
log-reading =
    reading { $path }
log-source-read =
    { $place }: { $table }: { $rows } rows, { $accepted } accepted, { $rejected } rejected, { $blank } blank
log-sheet-not-read =
    { $place }: not read: { $why }
export-written =
    { $cases } cases, { $complaints } complaints, { $surveys } surveys, { $findings } findings in { $files } files under { $out }
export-rejected-left-out =
    { $rejected } rejected cases are not exported: `esep check` lists them
check-rejected-written =
    rejected rows written to { $path }
sample-wrote =
    wrote { $path }
sample-cases =
    cases: { $rows } rows, { $invalid } invalid ({ $each } of each of { $kinds } kinds) — expect { $accepted } accepted
sample-complaints =
    complaints: { $rows } rows, { $invalid } invalid
sample-surveys =
    surveys: { $rows } rows, { $invalid } invalid
indicators-title =
    indicators
indicators-normative =
    normative
indicators-missed =
    misses its normative value: below it (for 4.1, where lower is better, above it)

# A command line that cannot be read (clap finds the mistake).
usage-empty-value = `{ $arg }` needs a value
usage-invalid-value = «{ $value }» is not a value of `{ $arg }`; it takes: `{ $valid }`
usage-value-validation = `{ $arg }`: «{ $value }» cannot be read: { $why }
usage-unknown-argument = esep does not know `{ $arg }` here
usage-invalid-subcommand = esep has no command «{ $command }»; its commands: `{ $commands }`
usage-missing-subcommand = which command? esep's commands: `{ $commands }`
usage-missing-argument = `{ $arg }` is required
usage-conflict = `{ $arg }` cannot be given with `{ $other }`
usage-values = `{ $arg }`: too many or too few values
usage-other = the command line cannot be read: { $text }
usage-hint = `esep --help` lists the commands, `esep COMMAND --help` their options
usage-not-a-day = not a day: write it as 2025-03-01 or 01.03.2025
usage-not-a-number = not a whole number
