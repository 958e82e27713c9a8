table-name =
    { $table ->
        [cases] cases
        [complaints] complaints
       *[surveys] surveys
    }
file-no-such-file = no such file
file-not-a-file = not a file
file-cannot-read-file-line-bytes = { $file }: cannot read the file: line { $line }: bytes that are not UTF-8 in a file that is otherwise UTF-8; save the file again as UTF-8, or give --encoding to read it as it is
file-cannot-read-file-line-file = { $file }: cannot read the file: line { $line }: the file changes its encoding: the lines before read as UTF-8, this one does not; save the whole file in one encoding, or give --encoding to read it as one
file-not-format-esep-reads-give = { $file }: `{ $ext }` is not a format esep reads; give .xlsx, .xlsm, .xls, .xlsb, .ods or .csv
file-header-row-lacks-required-column = { $file }{ $sheet }: the header in row { $row } lacks required column(s) { $list }; add them or map your headers to them with --mapping; `esep contract` lists them
file-columns-header-row-both-name = { $file }{ $sheet }: columns { $first } and { $second } of the header in row { $row } both name `{ $column }`; remove or rename one
file-cases-table-under-header-row = { $file }{ $sheet }: the cases table under the header in row { $row } has no rows: every cell below the header is empty; give the file that holds the cases
file-no-sheet-holds-cases-workbook = { $file }: no sheet holds cases: the workbook has no sheet at all
file-too-many-rejected-rows-hold = { $file }{ $sheet }: too many rejected rows to hold: the { $kept } rejected rows kept fill the --max-memory budget of { $limit } MiB, and row { $row } is rejected too; correct what rejects most rows (see `esep check` on a part of the file) or raise --max-memory
sheet-empty =
    empty
sheet-no-header =
    no row names three or more columns of the cases, complaints or surveys
sheet-no-table =
    no table: { $why }
file-unreadable =
    { $file }: cannot read the file: { $why }
file-no-header =
    { $file }{ $sheet }: no header row found: no row names three or more columns of the { $table ->
        [cases] cases table
        [complaints] complaints table
        [surveys] surveys table
       *[any] cases, complaints or surveys
    }; add a header row naming the required columns, for cases `case_id`, `service`, `office`, `submitted_at`, `result` or their Russian or Kazakh names; `esep contract` lists them
quoted =
    { $text }
