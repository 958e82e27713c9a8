
# The annual report (esep report): charts, then the cover, headings and
# columns of its tables, then the notes and the methodology's rules.
report-timeliness-chart = 1.1 Департаменттер бойынша уақтылылық, %
report-axis-note = Шкала нөлден басталмайды.
report-illustrative = иллюстрациялық норматив
report-normative-short = норматив
report-monthly-chart = 1.1, 1.2, 1.3 айлар бойынша, %
report-complaints-chart = Айлар бойынша негізді шағымдар
report-name = Атауы
report-served = Қызмет көрсетілді
report-republic = Республика
report-rank = Орны
report-annual = Жылдық есеп
report-title = «Шығу визаларын беру және ұзарту» мемлекеттік қызметінің сапа және тиімділік көрсеткіштері
report-subtitle = Көші-қон полициясы бөлімшелері жұмысының нәтижелері (стандарттың 18–19-тармақтары)
report-served-consumers = Қызмет көрсетілген тұтынушылар
report-founded-complaints = Негізді шағымдар
report-departments-count = Департаменттер
report-offices-count = Бөлімшелер
report-findings-count = Тексеру нәтижесінде анықталған бұзушылықтар
report-rejected-rows = Қабылданбаған жолдар
report-left-out-rows = Басқа кезеңдердің жолдары (есепке алынбады)
report-appendix4 = Сапа және тиімділік көрсеткіштерінің мәні (4-қосымша)
report-item7 = Кезекте күту және қызмет көрсету уақыты (стандарттың 7-тармағының 2) және 3) тармақшалары)
report-places = Департаменттер мен бөлімшелер
report-departments = Департаменттер
report-offices = Бөлімшелер
report-code = Коды
report-charts = Диаграммалар
report-rankings = Департаменттер мен бөлімшелердің рейтингі
report-findings = Стандартқа сәйкестігін тексеру нәтижелері
report-finding = Бұзушылық
report-item = Тармақ
report-count = Саны
report-office = Бөлімше
report-total = Барлығы
report-most-frequent = Жиі кездесетіндері
report-quality = Деректер сапасы
report-table = Кесте
report-rows = Жолдар
report-accepted = Қабылданды
report-rejected = Қабылданбады
report-column = Баған
report-reason = Себеп
report-missed-note = Нормативтік мәнге жетпеген мәндер қызылмен белгіленген (4.1 үшін — одан асқан).
report-percent-note = Мәндер пайызбен, бір ондық белгіге дейін дөңгелектенген; бөлгіш нөлге тең болғанда мән жоқ (—). Анықтамалары — «Әдістеме» қосымшасында.
report-rule-scope = 4-қосымшаның көрсеткіштері стандарт қызметтерінің (шығу визаларын беру және ұзарту) істерін есептейді. Жеке басты куәландыратын құжаттар туралы істер және осындай іске негізделген шағым оларға кірмейді: олар «Жеке басты куәландыратын құжаттар» бөлімінде. Сауалнамалар қызметті көрсетпейді, олардың барлығы есепке алынады.
report-rule-rounding = Мәндер нақты сандардан пайызбен есептеліп, бір ондық белгіге дейін дөңгелектенеді (жартысы нөлден алысқа қарай); бөлгіш нөлге тең болғанда мән жоқ (—), 0 емес. Сауалнамада «иә» немесе 4–5 баға қанағаттанғанды білдіреді.
report-rule-levels = Деңгейлер: республика, департамент (облыс коды RRRR), бөлімше (аудан коды RRRR-DDD, 451 бұйрықтың анықтамалығы бойынша); әр мән қызмет және ай бойынша да бөлінеді.
report-methodology = Әдістеме
report-indicator = Көрсеткіш
report-ranking-gap = тағы { $between } бөлімше — толық рейтинг indicators.xlsx кітабында, «{ $sheet }» парағы
report-comparison = { $before } жылмен салыстыру
report-comparison-none = { $before } жылдың деректері кіріс файлдарында да, --previous арқылы көрсетілгендерде де жоқ: салыстыру жоқ.
report-comparison-note = Әр ұяшықта: { $year } жылдың мәні, астында — { $before } жылдың мәні және пайыздық тармақпен өзгерісі (дөңгелектенген мәндерден). Жасылмен — жақсы жаққа, қызылмен — нашар жаққа өзгеріс (4.1 үшін азы жақсы). Жылдың сол кезеңі, сол анықтамалар.
report-rule-period = Кезең: { $period }. Іс кезеңге нәтиже берілген күні бойынша жатады (қаралудағы іс — құжаттар қабылданған күні бойынша), шағым — түскен күні бойынша, сауалнама — сауалнама күні бойынша.
report-rule-previous = { $before } жылмен салыстыру: { $source ->
        [none] { $before } жылдың деректері жоқ (оларды --previous арқылы беруге болады).
        [own] сол кіріс деректерінің { $before } жылғы жолдары, сол анықтамалар мен ережелер бойынша.
       *[files] { $sources }, сол анықтамалар мен ережелер бойынша.
    }
report-rule-deadline = Мерзім (стандарттың 7-тармағының 1) тармақшасы), жұмыс күндерімен: { $deadlines }. Мерзім Қазақстан Республикасының өндірістік күнтізбесі бойынша есептеледі (мереке күндері, демалыс күндерінің ауыстырылуы, жұмыс сенбілері мен жексенбілері): құжаттар қабылданған күн — 0-күн, санау келесі жұмыс күнінен басталады. Нәтиже мерзімнің соңғы күнінен кешіктірілмей берілсе, іс уақтылы.
report-rule-no-deadline = { $services } қызметтері үшін мерзім белгіленбеген: олар 1.1-ге кірмейді.
report-rule-data = Деректер: { $sources }. Кезең жолдары: { $read }, оның ішінде тексеруде қабылданбағаны { $rejected } (олар ешбір көрсеткішке кірмейді, «Деректер сапасы» бөлімі); басқа кезеңдердің есепке алынбаған жолдары: { $left_out }.
report-monthly-chart-beside = 1.1, 1.2, 1.3 айлар бойынша, %: { $year } және { $before } (үзік сызық)
# A ranking's title: `$places` departments or offices, `$order` highest or
# lowest (where lower is better) first.
report-ranking = { $places ->
        [departments] Департаменттер
       *[offices] Бөлімшелер
    }: { $id } { $indicator }, % ({ $order ->
        [highest] ең жоғары мәннен
       *[lowest] ең төмен мәннен
    })
report-name-code = Атауы (коды)

# The section on identity documents, counted apart from Appendix 4.
identity-term-registry = Туу туралы акт жазбасының көшірмесін АХАЖ органына сұрату — екі жұмыс күні ішінде
identity-term-extra-check = Құжатталатын адамның жеке басын қосымша тексеру — үш жұмыс күніне дейін
identity-term-conclusion = Жеке басын анықтау туралы қорытынды — тексеру аяқталғаннан кейін екі жұмыс күні ішінде
identity-other-reason = Басқа себеп
identity-heading = Жеке басты куәландыратын құжаттар
identity-decided = Шешілген істер
identity-issued = Құжат берілді
identity-refused = Бас тартылды
identity-returned = Қайтарылған формулярлар
identity-code-mismatches = Адамға сәйкес келмейтін формуляр кодтары
identity-term = Мерзім
identity-recorded = Жазылған
identity-kept = Сақталды
identity-return-reason = Формулярды қайтару себебі
identity-department = Департамент
identity-decided-short = Шешілді
identity-issued-short = Берілді
identity-returned-short = Қайтарылды
identity-extra-check-in-time = Қосымша тексеру мерзімінде, %
identity-term-issue = Құжатты беру — есеп үшін белгіленген { $days } жұмыс күні мерзімінде (Қағидалар жалпы мерзім белгілемейді)
identity-note = Жеке басты куәландыратын құжаттар стандарт бойынша емес, мына акт бойынша ресімделеді: { $act }. Олар 4-қосымшаның бірде-бір көрсеткішіне және қызмет көрсетілген тұтынушылар санына кірмейді. Мұнда — есепті кезеңде шешілген істер және істе күндері жазылған Қағидалар мерзімдері.
