output-cannot-create-temporary-file = не удаётся создать временный файл в `{ $dir }`
output-cannot-move-finished-file = не удаётся переместить готовый файл в `{ $path }`
output-cannot-create-lock-file = не удаётся создать файл блокировки `{ $lock }`
output-another-esep-run-writing-wait = другой запуск esep пишет `{ $target }`; дождитесь его окончания или пишите в другое место
output-cannot-create-temporary-folder = не удаётся создать временную папку в `{ $parent }`
output-cannot-write-file-folder = не удаётся записать файл папки `{ $dir }`
output-cannot-list = не удаётся прочитать содержимое `{ $target }`
output-output-would-overwrite-input-give = вывод `{ $output }` затёр бы входной файл `{ $input }`; укажите другое имя вывода
output-file-so-folder-cannot-made = `{ $at }` — файл, поэтому папку `{ $folder }` создать нельзя; укажите вывод в другом месте
output-no-folder-write-give-output = нет папки, куда записать `{ $path }`; укажите вывод в существующей папке
output-cannot-write-folder-give-output = в папку `{ $at }` нельзя писать ({ $e }); укажите вывод в папке, куда вы можете писать
output-cannot-create-folder = не удаётся создать папку `{ $dir }`
output-cannot-write = не удаётся записать `{ $path }`
output-cannot-set-permissions = не удаётся задать права доступа к `{ $path }`
output-cannot-use-temporary-folder = не удаётся работать с временной папкой `{ $dir }`
output-cannot-put-finished-folder-place = не удаётся поставить готовую папку на место `{ $target }`
output-folder-give-name-file-write = `{ $path }` — папка: укажите имя файла для записи
output-file-not-folder-esep-writes = `{ $path }` — файл, а не папка: esep пишет туда папку файлов; укажите имя новой или пустой папки
output-foreign-files =
    в `{ $target }` есть { $shown }{ $more ->
        [0] {""}
       *[other] {" "}и ещё { $more }
    }, их записал не esep; esep заменяет папку целиком, поэтому укажите новую или пустую папку либо перенесите эти файлы
audit-finding = нарушение
audit-case = дело
audit-complaint = жалоба
audit-cases-complaints-judged-findings = проверено дел: { $cases }, жалоб: { $complaints }; нарушений: { $found }
audit-formulars-returned-order-451-item = возвращённые формуляры (приказ № 451, п. 40):
contract-input-contract-esep-version-2 = Контракт входных данных esep (версия 2). Книга (xlsx, xlsm, xls, xlsb, ods) или файлы CSV (UTF-8, Windows-1251 или KZ-1048; `;`, `,` или табуляция). Каждый лист, строка заголовков которого называет три и более столбца таблицы, читается как эта таблица; строки над заголовками — заголовок документа. Заголовок пишется ключом, русским или казахским названием ниже, в любом регистре. `esep template` пишет пустую книгу по этому контракту.
contract-sheet = лист
contract-required = {""} — обязательный
contract-row-whose-value-breaks-these = Строка, значение которой нарушает эти правила, отклоняется с указанием ячейки и причины; неверное значение, без которого закон обходится (гражданство, ИИН, время очереди), опускается с предупреждением. Строки итогов (Итого, Всего, Барлығы) под таблицей считаются, но не читаются как записи.
decisions-no-decided-case-among-accepted = среди { $n } принятых дел нет решённых: печатать нечего
decisions-decisions = решения: { $count } — { $out }
decisions-note-accepted-cases-are-pending = примечание: ещё не рассмотрено принятых дел: { $skipped }, решений по ним нет
indicators-from-after-give-first-day = --from { $from } позже --to { $to }: первым укажите первый день периода
indicators-give-period-export-year-yyyy = укажите период выгрузки: --year ГГГГ или --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД
indicators-year-year-most-cases-were = { $year } год: год, в котором подано больше всего дел (другой год — через --year)
run-cannot-list-input-folder = не удаётся прочитать папку входных файлов
run-no-input-files-give-case = нет входных файлов: укажите книги с делами или файлы CSV (или папку с ними)
run-cannot-list-folder-previous-year = не удаётся прочитать папку предыдущего года
run-previous-no-such-file-give = --previous: { $missing }: такого файла нет; укажите файлы предыдущего года
run-previous-no-case-files-there = --previous: там нет файлов с делами: укажите книги или файлы CSV предыдущего года, папку с ними или папку, записанную `esep export --parquet`
run-cannot-write-bundled-sample-temporary = не удаётся записать встроенный образец во временную папку
run-year-not-year-esep-can = --year { $year }: esep не может считать такой год
run-or = {""} или {""}
run-warning-column-read-header-nearly = предупреждение: { $file }{ $sheet }: столбец { $column } прочитан как { $like } (`{ $key }`): его заголовок почти совпадает; исправьте заголовок
run-looks-like = { $letter } (похож на { $like })
run-warning-columns-not-contract-ignored = предупреждение: { $file }{ $sheet }: столбцы вне контракта пропущены: { $list }
run-warning-all-rows-rejected-main = предупреждение: { $name }: отклонены все строки ({ $rejected }); главные причины: { $causes }; `esep check` перечисляет каждую ячейку
run-warning-rows-rejected-main-causes = предупреждение: { $name }: отклонено строк — { $rejected } из { $records }; главные причины: { $causes }; `esep check` перечисляет каждую ячейку
run-note-values-accepted-rows-could = примечание: значений принятых строк, которые не удалось прочитать, опущено: { $dropped } (закон обходится без них); их перечисляет `esep check`
run-cannot-start-rendering-threads = не удаётся запустить потоки вёрстки
report-left-out-not-cases-complaints = не учтены, не { $year } год: дела — { $c }, жалобы — { $j }, опросы — { $s }, отклонённые строки — { $r }
report-compared = сравнение с { $b } годом: { $from }
report-compared-input-s-rows = сравнение с { $b } годом: строки { $b } года из входных файлов
report-no-comparison-input-holds-no = сравнения нет: во входных данных нет дел { $b } года (дайте его файлы через --previous)
report-no-comparison-previous-holds-no = сравнения нет: в --previous нет дел { $b } года
report-findings-about-cases-complaints-see = нарушения: { $n }; проверено дел — { $c }, жалоб — { $j } (см. findings.xlsx)
report-year-written = { $year } год; записаны:
report-laying-out-annual-report-failed = не удалось сверстать годовой отчёт
sample-out-sample-workbook-three-sheets = --out { $out }: образец — книга из трёх листов (дела, жалобы, опросы); укажите путь с окончанием .xlsx
summary-not-read = не прочитан
summary-rows-totals-notes-under-table = { $name }: строк итогов или примечаний под таблицей — { $totals }, это не записи
summary-most-frequent-reasons = самые частые причины:
template-empty-workbook-xlsx-file-name = `{ $path }`: пустая книга — файл .xlsx; назовите его так
run-nothing-written = ничего не записано
run-cases-too-few-invalid-rows = --cases { $cases }: слишком мало для { $per } неверных строк каждого из { $kinds } видов; укажите не меньше { $least } дел или меньший --invalid-per-kind
rejected-file-rejected-rows-must-end = `{ $path }`: файл отклонённых строк должен оканчиваться на .xlsx или .csv
report-nothing-accepted =
    ни одно дело не принято: отклонены все строки дел (главные причины выше); исправьте их, `esep check` перечисляет каждую ячейку
report-no-case-of-the-likely-year =
    ни одно дело входных данных не решено в { $year } году, в котором подано больше всего дел (дела решены: { $decided ->
        [0] ни в каком году
       *[other] { $years }
    }); укажите год через --year
report-no-case-of-the-year =
    --year { $year }: ни одно дело входных данных не решено в { $year } году (дела решены: { $decided ->
        [0] ни в каком году
       *[other] { $years }
    }); укажите год дел или дайте файлы { $year } года
talons-written =
    { $form ->
        [complaint] талоны жалоб
       *[other] талоны
    }: { $count } — { $out }
talons-of-another-form =
    примечание: принятых { $form ->
        [registration] дел о визах с талоном другой формы: { $count } — `esep talons --form appendix3` / `--form appendix5`
       *[other] дел о документах, удостоверяющих личность, с талоном другой формы: { $count } — `esep talons --form registration`
    }
talons-none-to-print =
    нет принятого { $form ->
        [registration] дела о документе, удостоверяющем личность,
        [complaint] жалобы,
       *[other] дела о визе,
    } для которого печатается талон; причины отклонения строк показывает `esep check`
talons-effect-of-rejected =
    без талона
indicators-are-not-counted = не учтены
audit-are-not-judged = не проверены
decisions-have-no-decision = без решения
run-rows-rejected =
    примечание: отклонено строк{ $table ->
        [all] {""}
       *[other] {" "}таблицы «{ $name }»
    }: { $count }, они { $effect }; их перечисляет `esep check`
table-all =
    все таблицы
calendar-missing-year =
    в производственном календаре нет данных за { $year } год (в нём есть { $held }); добавьте fixtures/calendar/{ $year }.toml с праздниками и переносами этого года
run-year-calendar =
    --year { $year }: { $why }
sample-year-calendar =
    --year { $year }: образец принимает дела в рабочие дни своего года: { $why }
run-error =
    ошибка: { $text }
run-caused-by =
    {"  "}причина: { $text }
templates-no-such-folder =
    такой папки или файла нет
templates-not-a-folder =
    это не папка: укажите папку с файлами .typ
templates-over-budget =
    с ним файлы --templates, прочитанные за запуск, заняли бы больше { $mib } МиБ (четверти --max-memory); возьмите меньше файлов или файлы меньше, или увеличьте --max-memory
templates-not-utf8 =
    шаблон Typst должен быть текстом в UTF-8; сохраните его в UTF-8
templates-unreadable =
    шаблоны { $path } не читаются: { $why }
templates-none =
    нет шаблона { $name }; шаблоны лежат в templates/ (или в папке, указанной через --templates)
render-not-laid-out =
    документ не свёрстан:
    { $diagnostics }
render-not-joined =
    PDF частей не удалось соединить: { $why }
render-no-data =
    данные шаблона { $template } не записаны в JSON: { $why }
config-unreadable =
    не удаётся прочитать конфигурацию { $path }: { $why }
config-syntax =
    { $path }: файл не читается как конфигурация esep; чтение TOML сообщает: «{ $why }»
config-value =
    { $path }:{ $line }: { $key }: { $why }
config-not-a-rate =
    { $value } — не ставка в процентах МРП (от 1 до 1000; пункт 8: 50)
config-not-a-minimum =
    { $value } — не число потребителей (от 1 до 1000000)
config-not-calendar-days =
    { $value } — не число календарных дней (от 1 до 365; Закон № 221: 15)
config-not-a-service =
    не услуга; услуги: { $services }
config-not-working-days =
    { $value } — не число рабочих дней (от 1 до 60; без срока ключ не пишется)
config-service-missing =
    нет: у каждой услуги должна быть своя таблица ({ $services })
config-not-a-year =
    не год: пишите [norms.2025]
config-not-an-indicator =
    не показатель; показатели: { $indicators }
config-not-a-percentage =
    { $value } — не процент (от 0 до 100)
config-not-a-norms-year =
    не год из [norms.*]: назовите приказ года, значения которого заданы
config-no-order =
    пусто: назовите приказ (номер и дату)
config-not-a-day =
    { $value } — не день: пишите как 2011-02-28
config-empty-text =
    пусто: это печатает каждый документ
indicators-failed =
    не удалось вычислить показатели: { $why }
indicators-not-export =
    { $path } — не папка, записанная `esep export --parquet`: в ней нет `cases/` и `services/`
indicators-empty-part =
    { $path } пуст: файл части выгрузки содержит хотя бы столбцы своей таблицы; запишите выгрузку заново через `esep export --parquet`
indicators-unlisted =
    не удаётся прочитать папку выгрузки { $path }: { $why }
check-problem =
    { $place }: { $level ->
        [error] ошибка
       *[warning] предупреждение
    }: { $column }: { $reason }{ $value }{ $level ->
        [warning] ; значение опущено, строка принята
       *[error] {""}
    }
check-value =
    {" "}(значение: { $value })
check-value-like =
    {" "}({ $value }…)
check-problem-more =
    { $place }: { $level ->
        [error] ошибка
       *[warning] предупреждение
    }: { $column }: { $reason }{ $like }: ещё { $more } { $more ->
        [one] строка
        [few] строки
       *[many] строк
    }, как { $each } выше; исправьте столбец целиком
contract-text-most-characters = текст, не длиннее { $limit } знаков
contract-entries = 1 или 2
norms-normative-values-targets = Нормативные и целевые значения { $year } года: { $order }.
norms-normative-values-targets-are-illustrative = Нормативные и целевые значения { $year } года иллюстративны: приказ МВД, который устанавливает их (пункт 19 стандарта), не указан; это примерные значения конфигурации, а не официальные.
norms-no-normative-values-targets-are = Нормативные и целевые значения на { $year } год не заданы: их столбцы пусты, и ни одно значение не сравнивается с нормативом.
contract-date-date-cell-dd-mm = дата: ячейка-дата, ДД.ММ.ГГГГ или ГГГГ-ММ-ДД
contract-date-time-date-cell-dd = дата и время: ячейка-дата, ДД.ММ.ГГГГ ЧЧ:ММ или ГГГГ-ММ-ДДTЧЧ:ММ (дата без времени — её начало)
contract-date-time-time-alone-hh = дата и время или только время (ЧЧ:ММ) — в день приёма документов
contract-yes-no-1-0 = да или нет (иә/жоқ, yes/no, 1/0)
contract-office-code-rrrr-ddd-district = код подразделения RRRR-DDD из справочника районов, например 1910-262 (пустая книга `esep template` их перечисляет)
contract-country-three-letter-code-uzb = страна: трёхбуквенный код (UZB) или название по-русски, по-казахски или по-английски; или ЛБГ
contract-12-digits-valid-check-digit = 12 цифр с верной контрольной цифрой
contract-whole-number-0-more = целое число, 0 или больше
contract-amount-tenge = сумма в тенге
contract-two-digits-item-31-rules = две цифры по пункту 31 Правил: 00, 01, 03 … 18
contract-score-1-5-yes-no = оценка от 1 до 5, или да или нет
contract-one-of =
    одно из: { $words }
contract-list-of =
    список через `;` из: { $words }
contract-returned =
    причина по пункту 40 Правил: { $words }
summary-file-sheet =
    файл:лист
summary-table =
    таблица
summary-rows =
    строк
summary-accepted =
    принято
summary-rejected =
    отклонено
summary-cases =
    дела: строк — { $read }, принято — { $accepted }, отклонено — { $rejected }
calendar-working-days =
    { $year }: рабочих дней — { $days }
calendar-weekdays-off =
    будни, которые не рабочие дни:
calendar-weekend-working =
    выходные, которые рабочие дни:
calendar-sources =
    источники:
calendar-weekday =
    { $day ->
        [1] пн
        [2] вт
        [3] ср
        [4] чт
        [5] пт
        [6] сб
       *[7] вс
    }
calendar-moved-holiday =
    { $name }, перенос с { $from }
calendar-transferred-day-off =
    выходной день, перенесённый с { $from } ({ $source })
calendar-working-by-transfer =
    рабочий день, выходной перенесён на { $to } ({ $source })
run-stage-done =
    { $what }: готово за { $seconds } с
run-reading-progress =
    чтение и проверка: строк — {"{"}human_pos{"}"} ({"{"}per_sec{"}"}, {"{"}elapsed{"}"})
run-stage-judging =
    проверка каждого дела по стандарту
run-stage-previous-export =
    подсчёт предыдущего года выгрузки
run-stage-parquet =
    запись Parquet
run-stage-export-indicators =
    подсчёт показателей выгрузки
run-stage-report =
    вычисление показателей и запись отчёта
decisions-progress =
    {"{"}bar:40{"}"} {"{"}human_pos{"}"}/{"{"}human_len{"}"} решений ({"{"}per_sec{"}"}, {"{"}eta{"}"})
talons-progress =
    {"{"}bar:40{"}"} {"{"}human_pos{"}"}/{"{"}human_len{"}"} талонов ({"{"}per_sec{"}"}, {"{"}eta{"}"})
log-removed-stale =
    удалён { $path }, оставленный прерванным запуском
log-reading =
    чтение { $path }
log-source-read =
    { $place }: { $table }: строк — { $rows }, принято — { $accepted }, отклонено — { $rejected }, пустых — { $blank }
log-sheet-not-read =
    { $place }: не прочитан: { $why }
export-written =
    дел — { $cases }, жалоб — { $complaints }, опросов — { $surveys }, нарушений — { $findings }; файлов — { $files } в { $out }
export-rejected-left-out =
    отклонённые дела не выгружены: { $rejected }; их перечисляет `esep check`
check-rejected-written =
    отклонённые строки записаны в { $path }
sample-wrote =
    записан { $path }
sample-cases =
    дела: строк — { $rows }, неверных — { $invalid } (по { $each } каждого из { $kinds } видов); ожидается принятых — { $accepted }
sample-complaints =
    жалобы: строк — { $rows }, неверных — { $invalid }
sample-surveys =
    опросы: строк — { $rows }, неверных — { $invalid }
indicators-title =
    показатели
indicators-normative =
    норматив
indicators-missed =
    не достигает нормативного значения: ниже него (для 4.1, где лучше меньше, выше него)

# A command line that cannot be read (clap finds the mistake).
usage-empty-value = `{ $arg }` требует значения
usage-invalid-value = «{ $value }» — не значение `{ $arg }`; допустимо: `{ $valid }`
usage-value-validation = `{ $arg }`: «{ $value }» не читается: { $why }
usage-unknown-argument = esep не знает `{ $arg }` здесь
usage-invalid-subcommand = у esep нет команды «{ $command }»; его команды: `{ $commands }`
usage-missing-subcommand = какая команда? Команды esep: `{ $commands }`
usage-missing-argument = `{ $arg }` обязателен
usage-conflict = `{ $arg }` нельзя указать вместе с `{ $other }`
usage-values = `{ $arg }`: значений больше или меньше, чем нужно
usage-other = командная строка не читается: { $text }
usage-hint = `esep --help` перечисляет команды, `esep КОМАНДА --help` — их параметры
usage-not-a-day = не день: запишите его как 2025-03-01 или 01.03.2025
usage-not-a-number = не целое число
