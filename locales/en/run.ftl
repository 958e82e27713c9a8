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
check-value-left-out-row-kept = ; the value is left out and the row kept
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
