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
workbook-empty =
    the file is empty (0 bytes); copy it again from where it was saved
workbook-encrypted =
    the workbook is protected by a password; save a copy without one (File → Info → Protect Workbook → Encrypt with Password, clear it)
workbook-not-a-workbook =
    this is not a workbook but { $kind ->
        [html] a web page (HTML), as some systems export under a spreadsheet's name
        [pdf] a PDF document
        [xml] an XML file (perhaps an Excel 2003 XML spreadsheet)
        [zip] a zip archive without a workbook in it
        [text] text
       *[unknown] a file of an unknown kind
    }; open it in Excel or LibreOffice and save it as .xlsx (or, if it is CSV text, rename it to .csv)
workbook-damaged =
    the workbook is damaged or cut short ({ $why }); copy it again or open and re-save it in Excel or LibreOffice
workbook-part-too-large =
    part `{ $part }` of the workbook unpacks to { $mib } MiB, more than the limit of { $limit } MiB; split the workbook, or raise the limit with --max-unpacked if the file is trusted
workbook-declares =
    part `{ $part }` of the workbook { $what }; no spreadsheet program writes that: the file is damaged or made to exhaust memory, open and re-save it in Excel or LibreOffice (or raise --max-memory if it is trusted)
workbook-long-text-run =
    holds a run of more than { $mib } MiB of text between two tags
workbook-strings-declared =
    declares { $declared } strings and holds { $items }
workbook-strings-held =
    holds { $items } strings
workbook-long-record =
    declares a record of { $mib } MiB, more than the --max-memory budget of { $budget } MiB
workbook-strings-past-budget =
    { $counted } up to where it was read, more than the --max-memory budget of { $budget } MiB takes
mapping-unreadable =
    cannot read mapping file `{ $path }`: { $why }
mapping-syntax =
    mapping file `{ $path }` is not valid: { $why }
mapping-unknown-key =
    mapping file `{ $path }`: `[{ $section }]` maps "{ $header }" to `{ $key }`, which is not a column of the table { $table }; the columns are: { $known }
reason-required = required value is empty
when-decided = on a decided case (granted or refused)
when-refused = on a refused case
when-visa-case = on a visa case
when-id-document = on an identity-document case
when-visa-extend = on a visa extension
when-extension-granted = when an extension is granted
reason-cell-error = the cell holds a formula error; fix the formula or type the value
reason-too-long = text longer than the 32,767 characters a cell can hold (as Excel counts them: an emoji counts two); shorten it
reason-longer-than-column = longer than the { $max } characters the column holds (as Excel counts them: an emoji counts two); shorten it
reason-not-a-date = not a date: use a date cell or DD.MM.YYYY [HH:MM[:SS]] or YYYY-MM-DD[THH:MM[:SS]]
reason-number-not-date = a plain number, not a date: format the cell as a date
reason-duration-not-date = a duration, not a date: format the cell as a date
reason-not-yes-no = not yes/no: write yes/no, да/нет, иә/жоқ, 1/0, true/false or +/-
reason-office-format = not an office code: write RRRR-DDD (region and district code), e.g. 1910-262
reason-unknown-office = office code not in the district code directory (order No. 451 of 2021)
reason-beyond-calendar = the case needs the working days of { $year } (its deadline or reception hours), and the calendar holds { $held }; correct the date, or add fixtures/calendar/{ $year }.toml
reason-duplicate-id = id already used at { $first }; the first row is kept
reason-decided-before-submitted = result issued before the documents were accepted
reason-decided-while-pending = a pending case has a decision date: clear it or set the result
reason-born-after-submission = the date of birth is after the documents were accepted
reason-born-too-early = the date of birth is more than 130 years before the documents were accepted
reason-outgoing-after-received = the outgoing date of the complaint is after the day it was received
reason-ground-not-refused = a refusal ground on a case that was not refused
reason-iin-format = an IIN has exactly 12 digits
reason-iin-check-digit = the IIN's check digit is wrong
reason-unknown-country = not a country: write the three-letter code (ISO 3166-1 alpha-3, e.g. UZB) or the country's name in English, Russian or Kazakh, or `stateless`
reason-entries = entries are 1 or 2
reason-not-a-count = not a whole number of 0 or more
reason-not-an-amount = not an amount in tenge (e.g. 1966 or 1966,50)
reason-formular-code = not a formular code of item 31: 00, 01, 03 … 18 (there is no 02)
reason-not-an-answer = not an answer: yes/no or a score 1–5
reason-duplicate-id-headline =
    id already used in an earlier row; the first row is kept
reason-required-when =
    required { $when }, but empty
reason-stacked-marks =
    a letter carries more than { $most } combining marks (accents); retype the name
reason-unprintable =
    { $script ->
        [symbols] control or symbol characters
        [han] letters of the Chinese (Han) script
        [japanese] letters of the Japanese script
        [hangul] letters of the Korean script
        [arabic] letters of the Arabic script
        [hebrew] letters of the Hebrew script
        [georgian] letters of the Georgian script
        [armenian] letters of the Armenian script
        [devanagari] letters of the Devanagari script
        [thai] letters of the Thai script
        [mongolian] letters of the Mongolian script
        [tibetan] letters of the Tibetan script
       *[other] letters of the { $name } script
    } the documents cannot print; write it in Latin or Cyrillic letters, as in the passport
reason-not-in-vocabulary =
    not an allowed value; allowed: { $allowed }
reason-unknown-country-near =
    not a country: is it { $name } ({ $code })? Write the three-letter code or the country's name in English, Russian or Kazakh, or `stateless`
shown-personal =
    <personal data, hidden>
shown-shape =
    <shape { $shape }>
shown-count =
    { $kind ->
        [letters] { $count } { $count ->
            [one] letter
           *[other] letters
        }
        [digits] { $count } { $count ->
            [one] digit
           *[other] digits
        }
       *[others] { $count } { $count ->
            [one] other character
           *[other] other characters
        }
    }

# Why a workbook or a sheet of it cannot be read (src/ingest/unread.rs).
read-in-sheet = sheet `{ $sheet }`: { $why }
# `$words`: what the reader library said, as it said it; `$at`: where.
read-reader-said = { $words } ({ $at }); is it a spreadsheet saved by Excel or LibreOffice, and not damaged? Open and re-save it
read-at-workbook = on opening the workbook
read-at-first-cell = at the sheet's first cell
read-after-cell = after cell { $cell }
read-password = the workbook is protected by a password; save a copy without one
read-beyond = cell { $cell } lies beyond the last cell a worksheet has (XFD1048576); the file was not saved by a spreadsheet program or is damaged: open and re-save it in Excel or LibreOffice
read-too-long-run = holds a run of more than 8 MiB of text between two tags; no spreadsheet program writes that: the file is damaged or made to exhaust memory, open and re-save it in Excel or LibreOffice
read-damaged-reference = cell { $cell } refers to a shared string by something other than its number; the file is damaged or was not saved by a spreadsheet program: open and re-save it in Excel or LibreOffice
read-check-stopped = the check of its shared-string references stopped
read-no-reader = cannot start the reader of the workbook: { $words }
read-cell-before-sheet = the reader of the workbook sent a cell before a sheet
# `$how`: one of read-ended-*.
read-reader-ended = the workbook is damaged or made to exhaust memory: { $how }; open and re-save it in Excel or LibreOffice (or raise --max-memory if it is trusted)
read-ended-stopped = its reader stopped on it
read-ended-code = its reader ended with code { $code }
read-ended-cpu = its reader ran out of the { $seconds } s of processor time it may use
read-ended-memory = its reader ran out of the { $mib } MiB of memory it may use
read-panicked = the workbook is damaged: its reader stopped on it ({ $words }); open and re-save it in Excel or LibreOffice
read-early-rows = the rows before the header row, up to row { $row }, take more than the --max-memory budget of { $mib } MiB; delete the rows above the header, or raise --max-memory if the file is trusted
read-csv-unclosed-quote = line { $line }: the record that begins here runs past { $mib } MiB: a quote (") opened in it is never closed; close it, or save the file again from a spreadsheet
read-csv-line = line { $line }: { $words }
