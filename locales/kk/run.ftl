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
contract-input-contract-esep-version-2 = esep кіріс деректерінің келісімшарты (2-нұсқа). Кітап (xlsx, xlsm, xls, xlsb, ods) не CSV файлдары (UTF-8, Windows-1251 не KZ-1048; `;`, `,` не табуляция). Тақырып жолы кестенің үш не одан көп бағанын атайтын әр парақ сол кесте ретінде оқылады; тақырыптың үстіндегі жолдар — құжат атауы. Тақырып кілтпен не төмендегі орысша не қазақша атаумен, кез келген регистрде жазылады. `esep template` осы келісімшарт бойынша бос кітап жазады.
contract-sheet = парақ
contract-required = {""} — міндетті
contract-row-whose-value-breaks-these = Мәні осы ережелерді бұзатын жол ұяшығы мен себебі көрсетіліп қабылданбайды; заң онсыз да шешетін қате мән (азаматтығы, ЖСН, кезек уақыты) ескертумен алынып тасталады. Кесте астындағы қорытынды жолдары (Итого, Всего, Барлығы) саналады, бірақ жазба ретінде оқылмайды.
decisions-no-decided-case-among-accepted = қабылданған { $n } істің ішінде шешілгені жоқ: басатын ештеңе жоқ
decisions-decisions = шешімдер: { $count } — { $out }
decisions-note-accepted-cases-are-pending = ескертпе: әлі қаралудағы қабылданған істер: { $skipped }, олар бойынша шешім жоқ
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
run-note-values-accepted-rows-could = ескертпе: қабылданған жолдардың оқылмаған мәндері алынып тасталды: { $dropped } (заң оларсыз да шешеді); оларды `esep check` тізеді
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
    ескертпе: талоны басқа нысандағы қабылданған { $form ->
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
    ескертпе: { $table ->
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
config-unreadable =
    { $path } конфигурациясын оқу мүмкін емес: { $why }
config-syntax =
    { $path }: файл esep конфигурациясы ретінде оқылмайды; TOML оқу құралы: «{ $why }»
config-value =
    { $path }:{ $line }: { $key }: { $why }
config-not-a-rate =
    { $value } — АЕК-тің пайызбен мөлшерлемесі емес (1-ден 1000-ға дейін; 8-тармақ: 50)
config-not-a-minimum =
    { $value } — тұтынушылар саны емес (1-ден 1000000-ға дейін)
config-not-calendar-days =
    { $value } — күнтізбелік күндер саны емес (1-ден 365-ке дейін; № 221 Заң: 15)
config-not-a-service =
    қызмет емес; қызметтер: { $services }
config-not-working-days =
    { $value } — жұмыс күндерінің саны емес (1-ден 60-қа дейін; мерзімсіз болса, кілт жазылмайды)
config-service-missing =
    жоқ: әр қызметтің өз кестесі болуы керек ({ $services })
config-not-a-year =
    жыл емес: [norms.2025] деп жазыңыз
config-not-an-indicator =
    көрсеткіш емес; көрсеткіштер: { $indicators }
config-not-a-percentage =
    { $value } — пайыз емес (0-ден 100-ге дейін)
config-not-a-norms-year =
    {"["}norms.*] жылы емес: мәндері берілген жылдың бұйрығын атаңыз
config-no-order =
    бос: бұйрықты атаңыз (нөмірі мен күні)
config-not-a-day =
    { $value } — күн емес: 2011-02-28 түрінде жазыңыз
config-empty-text =
    бос: мұны әр құжат басады
indicators-failed =
    көрсеткіштерді есептеу мүмкін болмады: { $why }
indicators-not-export =
    { $path } — `esep export --parquet` жазған қалта емес: онда `cases/` пен `services/` жоқ
indicators-empty-part =
    { $path } бос: түсірім бөлігінің файлында кемінде өз кестесінің бағандары болады; түсірімді `esep export --parquet` арқылы қайта жазыңыз
indicators-unlisted =
    { $path } түсірім қалтасын оқу мүмкін емес: { $why }
check-problem =
    { $place }: { $level ->
        [error] қате
       *[warning] ескерту
    }: { $column }: { $reason }{ $value }{ $level ->
        [warning] ; мән алынып тасталды, жол қабылданды
       *[error] {""}
    }
check-value =
    {" "}(мәні: { $value })
check-value-like =
    {" "}({ $value }…)
check-problem-more =
    { $place }: { $level ->
        [error] қате
       *[warning] ескерту
    }: { $column }: { $reason }{ $like }: жоғарыдағы { $each } сияқты тағы { $more } жол; бағанды тұтас түзетіңіз
contract-text-most-characters = мәтін, { $limit } таңбадан аспайды
contract-entries = 1 не 2
norms-normative-values-targets = { $year } жылғы нормативтік және нысаналы мәндер: { $order }.
norms-normative-values-targets-are-illustrative = { $year } жылғы нормативтік және нысаналы мәндер иллюстрациялық: оларды белгілейтін ІІМ бұйрығы (стандарттың 19-тармағы) көрсетілмеген; бұл ресми емес, конфигурацияның үлгі мәндері.
norms-no-normative-values-targets-are = { $year } жылға нормативтік және нысаналы мәндер берілмеген: олардың бағандары бос, және ешбір мән нормативпен салыстырылмайды.
contract-date-date-cell-dd-mm = күн: күн ұяшығы, КК.АА.ЖЖЖЖ не ЖЖЖЖ-АА-КК
contract-date-time-date-cell-dd = күні мен уақыты: күн ұяшығы, КК.АА.ЖЖЖЖ СС:ММ не ЖЖЖЖ-АА-ККTСС:ММ (уақытсыз күн — оның басы)
contract-date-time-time-alone-hh = күні мен уақыты не тек уақыты (СС:ММ) — құжаттар қабылданған күні
contract-yes-no-1-0 = иә не жоқ (да/нет, yes/no, 1/0)
contract-office-code-rrrr-ddd-district = аудандар анықтамалығындағы RRRR-DDD бөлімше коды, мысалы 1910-262 (`esep template` бос кітабы оларды тізеді)
contract-country-three-letter-code-uzb = ел: үш әріпті коды (UZB) не қазақша, орысша не ағылшынша атауы; не азаматтығы жоқ
contract-12-digits-valid-check-digit = бақылау цифры дұрыс 12 цифр
contract-whole-number-0-more = бүтін сан, 0 не одан көп
contract-amount-tenge = теңгедегі сома
contract-two-digits-item-31-rules = Қағидалардың 31-тармағы бойынша екі цифр: 00, 01, 03 … 18
contract-score-1-5-yes-no = 1-ден 5-ке дейінгі баға, не иә не жоқ
contract-one-of =
    мыналардың бірі: { $words }
contract-list-of =
    `;` арқылы тізім: { $words }
contract-returned =
    Қағидалардың 40-тармағындағы себеп: { $words }
summary-file-sheet =
    файл:парақ
summary-table =
    кесте
summary-rows =
    жолдар
summary-accepted =
    қабылданды
summary-rejected =
    қабылданбады
summary-cases =
    істер: жолдар — { $read }, қабылданды — { $accepted }, қабылданбады — { $rejected }
calendar-working-days =
    { $year }: жұмыс күндері — { $days }
calendar-weekdays-off =
    жұмыс күні болып табылмайтын апта күндері:
calendar-weekend-working =
    жұмыс күні болып табылатын демалыс күндері:
calendar-sources =
    дереккөздер:
calendar-weekday =
    { $day ->
        [1] дс
        [2] сс
        [3] ср
        [4] бс
        [5] жм
        [6] сб
       *[7] жс
    }
calendar-moved-holiday =
    { $name }, { $from } күнінен ауыстырылған
calendar-transferred-day-off =
    { $from } күнінен ауыстырылған демалыс күні ({ $source })
calendar-working-by-transfer =
    жұмыс күні, демалыс { $to } күніне ауыстырылған ({ $source })
run-stage-done =
    { $what }: { $seconds } с ішінде аяқталды
run-reading-progress =
    оқу және тексеру: жолдар — {"{"}human_pos{"}"} ({"{"}per_sec{"}"}, {"{"}elapsed{"}"})
run-stage-judging =
    әр істі стандарт бойынша тексеру
run-stage-previous-export =
    түсірімнің алдыңғы жылын есептеу
run-stage-parquet =
    Parquet жазу
run-stage-export-indicators =
    түсірім көрсеткіштерін есептеу
run-stage-report =
    көрсеткіштерді есептеу және есепті жазу
decisions-progress =
    {"{"}bar:40{"}"} {"{"}human_pos{"}"}/{"{"}human_len{"}"} шешім ({"{"}per_sec{"}"}, {"{"}eta{"}"})
talons-progress =
    {"{"}bar:40{"}"} {"{"}human_pos{"}"}/{"{"}human_len{"}"} талон ({"{"}per_sec{"}"}, {"{"}eta{"}"})
log-removed-stale =
    үзілген іске қосудан қалған { $path } жойылды
log-reading =
    { $path } оқылуда
log-source-read =
    { $place }: { $table }: жолдар — { $rows }, қабылданды — { $accepted }, қабылданбады — { $rejected }, бос — { $blank }
log-sheet-not-read =
    { $place }: оқылмады: { $why }
export-written =
    істер — { $cases }, шағымдар — { $complaints }, сауалнамалар — { $surveys }, бұзушылықтар — { $findings }; { $out } ішінде файлдар — { $files }
export-rejected-left-out =
    қабылданбаған істер түсірілмеді: { $rejected }; оларды `esep check` тізеді
check-rejected-written =
    қабылданбаған жолдар { $path } ішіне жазылды
sample-wrote =
    { $path } жазылды
sample-cases =
    істер: жолдар — { $rows }, қатесі — { $invalid } ({ $kinds } түрдің әрқайсысынан { $each }); қабылданатыны — { $accepted }
sample-complaints =
    шағымдар: жолдар — { $rows }, қатесі — { $invalid }
sample-surveys =
    сауалнамалар: жолдар — { $rows }, қатесі — { $invalid }
indicators-title =
    көрсеткіштер
indicators-normative =
    норматив
indicators-missed =
    нормативтік мәнге жетпейді: одан төмен (4.1 үшін, мұнда азы жақсы, одан жоғары)

# A command line that cannot be read (clap finds the mistake).
usage-empty-value = `{ $arg }` мәнді қажет етеді
usage-invalid-value = «{ $value }» — `{ $arg }` мәні емес; рұқсат етілгені: `{ $valid }`
usage-value-validation = `{ $arg }`: «{ $value }» оқылмайды: { $why }
usage-unknown-argument = esep мұнда `{ $arg }` дегенді білмейді
usage-invalid-subcommand = esep-те «{ $command }» командасы жоқ; оның командалары: `{ $commands }`
usage-missing-subcommand = қай команда? esep командалары: `{ $commands }`
usage-missing-argument = `{ $arg }` міндетті
usage-conflict = `{ $arg }` мен `{ $other }` бірге берілмейді
usage-values = `{ $arg }`: мәндер қажеттіден көп не аз
usage-other = командалық жол оқылмайды: { $text }
usage-hint = `esep --help` командаларды, `esep КОМАНДА --help` олардың параметрлерін тізеді
usage-not-a-day = күн емес: оны 2025-03-01 не 01.03.2025 түрінде жазыңыз
usage-not-a-number = бүтін сан емес
