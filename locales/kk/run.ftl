output-cannot-create-temporary-file = `{ $dir }` ішінде уақытша файл жасау мүмкін емес
output-cannot-move-finished-file = дайын файлды `{ $path }` орнына жылжыту мүмкін емес
output-cannot-create-lock-file = `{ $lock }` құлыптау файлын жасау мүмкін емес
output-another-esep-run-writing-wait = esep-тің басқа іске қосылуы `{ $target }` жазып жатыр; оның аяқталуын күтіңіз немесе басқа жерге жазыңыз
output-cannot-create-temporary-folder = `{ $parent }` ішінде уақытша қалта жасау мүмкін емес
output-cannot-write-file-folder = `{ $dir }` қалтасының файлын жазу мүмкін емес
output-cannot-list = `{ $target }` ішіндегісін оқу мүмкін емес
output-output-would-overwrite-input-give = `{ $output }` шығысы `{ $input }` кіріс файлын өшіріп жазар еді; шығысқа басқа ат беріңіз
output-file-so-folder-cannot-made = `{ $at }` — файл, сондықтан `{ $folder }` қалтасын жасау мүмкін емес; шығысты басқа жерге көрсетіңіз
output-no-folder-write-give-output = `{ $path }` жазылатын қалта жоқ; шығысты бар қалтада көрсетіңіз
output-cannot-write-folder-give-output = `{ $at }` қалтасына жазу мүмкін емес ({ $e }); жаза алатын қалтаңыздағы шығысты көрсетіңіз
output-cannot-create-folder = `{ $dir }` қалтасын жасау мүмкін емес
output-cannot-write = `{ $path }` жазу мүмкін емес
output-cannot-set-permissions = `{ $path }` қатынау құқықтарын орнату мүмкін емес
output-cannot-use-temporary-folder = `{ $dir }` уақытша қалтасымен жұмыс істеу мүмкін емес
output-cannot-put-finished-folder-place = дайын қалтаны `{ $target }` орнына қою мүмкін емес
output-folder-give-name-file-write = `{ $path }` — қалта: жазылатын файлдың атын көрсетіңіз
output-file-not-folder-esep-writes = `{ $path }` — қалта емес, файл: esep онда файлдар қалтасын жазады; жаңа не бос қалтаның атын көрсетіңіз
output-foreign-files =
    `{ $target }` ішінде { $shown }{ $more ->
        [0] {""}
       *[other] {" "}және тағы { $more }
    } бар, оларды esep жазған жоқ; esep қалтаны тұтас ауыстырады, сондықтан жаңа не бос қалтаны көрсетіңіз немесе ол файлдарды көшіріңіз
audit-finding = бұзушылық
audit-case = іс
audit-complaint = шағым
audit-cases-complaints-judged-findings = тексерілген іс: { $cases }, шағым: { $complaints }; бұзушылық: { $found }
audit-formulars-returned-order-451-item = қайтарылған формулярлар (№ 451 бұйрық, 40-тармақ):
check-value-left-out-row-kept = ; мән алынып тасталды, жол қабылданды
contract-input-contract-esep-version-2 = esep кіріс деректерінің келісімшарты (2-нұсқа). Кітап (xlsx, xlsm, xls, xlsb, ods) не CSV файлдары (UTF-8, Windows-1251 не KZ-1048; `;`, `,` не табуляция). Тақырып жолы кестенің үш не одан көп бағанын атайтын әр парақ сол кесте ретінде оқылады; тақырыптың үстіндегі жолдар — құжат атауы. Тақырып кілтпен не төмендегі орысша не қазақша атаумен, кез келген регистрде жазылады. `esep template` осы келісімшарт бойынша бос кітап жазады.
contract-sheet = парақ
contract-required = {""} — міндетті
contract-row-whose-value-breaks-these = Мәні осы ережелерді бұзатын жол ұяшығы мен себебі көрсетіліп қабылданбайды; заң онсыз да шешетін қате мән (азаматтығы, ЖСН, кезек уақыты) ескертумен алынып тасталады. Кесте астындағы қорытынды жолдары (Итого, Всего, Барлығы) саналады, бірақ жазба ретінде оқылмайды.
decisions-no-decided-case-among-accepted = қабылданған { $n } істің ішінде шешілгені жоқ: басатын ештеңе жоқ
decisions-decisions = шешімдер: { $count } — { $out }
decisions-note-accepted-cases-are-pending = ескерту: әлі қаралудағы қабылданған істер: { $skipped }, олар бойынша шешім жоқ
indicators-from-after-give-first-day = --from { $from } күні --to { $to } күнінен кейін: алдымен кезеңнің бірінші күнін көрсетіңіз
indicators-give-period-export-year-yyyy = выгрузка кезеңін көрсетіңіз: --year ЖЖЖЖ немесе --from ЖЖЖЖ-АА-КК --to ЖЖЖЖ-АА-КК
indicators-year-year-most-cases-were = { $year } жыл: істердің көбі берілген жыл (басқа жыл үшін --year)
run-cannot-list-input-folder = кіріс файлдар қалтасын оқу мүмкін емес
run-no-input-files-give-case = кіріс файлдары жоқ: істер кітаптарын немесе CSV файлдарын (не олар бар қалтаны) көрсетіңіз
run-cannot-list-folder-previous-year = алдыңғы жыл қалтасын оқу мүмкін емес
run-previous-no-such-file-give = --previous: { $missing }: мұндай файл жоқ; алдыңғы жылдың файлдарын көрсетіңіз
run-previous-no-case-files-there = --previous: онда істер файлдары жоқ: алдыңғы жылдың кітаптарын немесе CSV файлдарын, олар бар қалтаны не `esep export --parquet` жазған қалтаны көрсетіңіз
run-cannot-write-bundled-sample-temporary = кірістірілген үлгіні уақытша қалтаға жазу мүмкін емес
run-year-not-year-esep-can = --year { $year }: esep мұндай жылды санай алмайды
run-or = {""} не {""}
run-warning-column-read-header-nearly = ескерту: { $file }{ $sheet }: { $column } бағаны { $like } (`{ $key }`) ретінде оқылды: тақырыбы соған жуық; тақырыпты түзетіңіз
run-looks-like = { $letter } ({ $like } бағанына ұқсайды)
run-warning-columns-not-contract-ignored = ескерту: { $file }{ $sheet }: келісімшартта жоқ бағандар ескерілмеді: { $list }
run-warning-all-rows-rejected-main = ескерту: { $name }: барлық жолдар қабылданбады ({ $rejected }); негізгі себептері: { $causes }; `esep check` әр ұяшықты тізеді
run-warning-rows-rejected-main-causes = ескерту: { $name }: { $records } жолдың { $rejected } қабылданбады; негізгі себептері: { $causes }; `esep check` әр ұяшықты тізеді
run-note-values-accepted-rows-could = ескерту: қабылданған жолдардың оқылмаған мәндері алынып тасталды: { $dropped } (заң оларсыз да шешеді); оларды `esep check` тізеді
run-cannot-start-rendering-threads = беттеу ағындарын іске қосу мүмкін емес
report-left-out-not-cases-complaints = есепке алынбады, { $year } жылға жатпайды: істер — { $c }, шағымдар — { $j }, сауалнамалар — { $s }, қабылданбаған жолдар — { $r }
report-compared = { $b } жылмен салыстыру: { $from }
report-compared-input-s-rows = { $b } жылмен салыстыру: кіріс файлдарының { $b } жылғы жолдары
report-no-comparison-input-holds-no = салыстыру жоқ: кіріс деректерінде { $b } жылғы істер жоқ (оның файлдарын --previous арқылы беріңіз)
report-no-comparison-previous-holds-no = салыстыру жоқ: --previous ішінде { $b } жылғы істер жоқ
report-findings-about-cases-complaints-see = бұзушылықтар: { $n }; тексерілген істер — { $c }, шағымдар — { $j } (findings.xlsx қараңыз)
report-year-written = { $year } жыл; жазылды:
report-laying-out-annual-report-failed = жылдық есепті беттеу сәтсіз аяқталды
sample-out-sample-workbook-three-sheets = --out { $out }: үлгі — үш парақты кітап (істер, шағымдар, сауалнамалар); .xlsx деп аяқталатын жолды көрсетіңіз
summary-not-read = оқылмады
summary-rows-totals-notes-under-table = { $name }: кесте астындағы қорытынды не ескерту жолдары — { $totals }, олар жазба емес
summary-most-frequent-reasons = ең жиі себептер:
template-empty-workbook-xlsx-file-name = `{ $path }`: бос кітап — .xlsx файлы; солай атаңыз
run-nothing-written = ештеңе жазылған жоқ
run-cases-too-few-invalid-rows = --cases { $cases }: { $kinds } түрдің әрқайсысының { $per } қате жолы үшін тым аз; кемінде { $least } іс не кішірек --invalid-per-kind көрсетіңіз
rejected-file-rejected-rows-must-end = `{ $path }`: қабылданбаған жолдар файлы .xlsx немесе .csv деп аяқталуы керек
report-nothing-accepted =
    бірде-бір іс қабылданбады: істердің барлық жолдары қабылданбады (негізгі себептері жоғарыда); оларды түзетіңіз, `esep check` әр ұяшықты тізеді
report-no-case-of-the-likely-year =
    кіріс деректерінің бірде-бір ісі істердің көбі тапсырылған { $year } жылы шешілмеген (істер шешілген жылдар: { $decided ->
        [0] ешбір жылы
       *[other] { $years }
    }); жылды --year арқылы көрсетіңіз
report-no-case-of-the-year =
    --year { $year }: кіріс деректерінің бірде-бір ісі { $year } жылы шешілмеген (істер шешілген жылдар: { $decided ->
        [0] ешбір жылы
       *[other] { $years }
    }); істердің жылын көрсетіңіз немесе { $year } жылдың файлдарын беріңіз
talons-written =
    { $form ->
        [complaint] шағым талондары
       *[other] талондар
    }: { $count } — { $out }
talons-of-another-form =
    ескерту: талоны басқа нысандағы қабылданған { $form ->
        [registration] виза істері: { $count } — `esep talons --form appendix3` / `--form appendix5`
       *[other] жеке басты куәландыратын құжат істері: { $count } — `esep talons --form registration`
    }
talons-none-to-print =
    талон басылатын қабылданған { $form ->
        [registration] жеке басты куәландыратын құжат ісі
        [complaint] шағым
       *[other] виза ісі
    } жоқ; жолдардың неге қабылданбағанын `esep check` көрсетеді
talons-effect-of-rejected =
    талонсыз
indicators-are-not-counted = есептелмеді
audit-are-not-judged = тексерілмеді
decisions-have-no-decision = шешімсіз
run-rows-rejected =
    ескерту: { $table ->
        [all] қабылданбаған жолдар
       *[other] «{ $name }» кестесінің қабылданбаған жолдары
    }: { $count }, олар { $effect }; оларды `esep check` тізеді
table-all =
    барлық кестелер
calendar-missing-year =
    жұмыс күндерінің күнтізбесінде { $year } жылдың деректері жоқ (онда { $held } бар); осы жылдың мерекелері мен ауыстыруларымен fixtures/calendar/{ $year }.toml қосыңыз
run-year-calendar =
    --year { $year }: { $why }
sample-year-calendar =
    --year { $year }: үлгі істерді өз жылының жұмыс күндері қабылдайды: { $why }
run-error =
    қате: { $text }
run-caused-by =
    {"  "}себебі: { $text }
templates-no-such-folder =
    мұндай қалта не файл жоқ
templates-not-a-folder =
    бұл қалта емес: .typ файлдары бар қалтаны көрсетіңіз
templates-over-budget =
    онымен бір іске қосуда оқылған --templates файлдары { $mib } МиБ-тан (--max-memory ширегінен) асар еді; файлдарды азайтыңыз не кішірейтіңіз, не --max-memory арттырыңыз
templates-not-utf8 =
    Typst үлгісі UTF-8 мәтіні болуы керек; оны UTF-8 түрінде сақтаңыз
templates-unreadable =
    { $path } үлгілері оқылмайды: { $why }
templates-none =
    { $name } үлгісі жоқ; үлгілер templates/ ішінде (не --templates арқылы көрсетілген қалтада)
render-not-laid-out =
    құжат беттелмеді:
    { $diagnostics }
render-not-joined =
    бөліктердің PDF файлдары біріктірілмеді: { $why }
render-no-data =
    { $template } үлгісінің деректері JSON түрінде жазылмады: { $why }
