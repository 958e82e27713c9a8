# What each kind of finding says (src/law/code.rs holds one row a kind:
# its key, its item, this message).

finding-late = нәтиже мерзімінен кеш берілді
finding-long-wait = кезекте 15 минуттан артық күтті
finding-long-service = қызмет көрсету 15 минуттан асты
finding-outside-hours = құжаттар қабылдау уақытынан тыс қабылданды
finding-out-of-turn = өзінен бұрын келген келушіден бұрын шақырылды: кезектен тыс қабылдау
finding-fee-short = мемлекеттік баж төлеу күнгі АЕК-тің 50 %-ынан аз
finding-fee-over = мемлекеттік баж төлеу күнгі АЕК-тің 50 %-ынан артық
finding-fee-paid-late = мемлекеттік баж құжаттар қабылданғаннан кейін төленген (11-тармақ түбіртекті олармен бірге талап етеді)
finding-document-missing = 11-тармақ талап ететін құжат қабылданбаған
finding-not-extendable = ұзартылмайтын санаттағы виза ұзартылған
finding-second-extension = бір рет қана ұзартылатын виза қайта ұзартылған
finding-beyond-cap = 6-тармақ рұқсат еткен мерзімнен артық ұзартылған
finding-cap-unknown = жұмыс визасы рұқсат мерзімінсіз ұзартылған: шекті тексеру мүмкін емес
finding-knb-approval-missing = ҰҚК-мен келісусіз ұзартылған
finding-applicant-not-allowed = ұзарту туралы өтінішті 6-тармақ рұқсат етпеген тұлға берген
finding-supporting-document-missing = 6-тармақ виза санаты үшін талап ететін құжат қабылданбаған
finding-residence-review = тұрғылықты тұруға виза 2-қосымшадағы ел азаматы да, ұлты қазақ та емес адамға берілген: тексеру керек (босқын мәртебесін беру немесе саяси пана беру туралы өтініш жасағандардың құқығы бар)
finding-ground-not-in-standard = стандарт осы қызмет үшін көздемеген негізбен бас тартылған
finding-ground-against-record = визаның санаты немесе іс деректері растамайтын 6-тармақтағы негізбен бас тартылған
finding-not-issued-inside = Қазақстан Республикасының аумағында берілмейтін санаттағы виза берілген (6-тармақ: емделуге, тұрғылықты тұруға, шығу)
finding-extension-without-grounds = болу мерзімін ұзарту қажеттілігін растайтын құжатсыз және ерекше жағдайсыз ұзартылған
finding-proxy-without-power-of-attorney = нәтиже өкілге берілген, бірақ құжаттар арасында сенімхат жоқ
finding-extra-check-long = жеке басты қосымша тексеру 3 жұмыс күнінен асты
finding-conclusion-late = қорытынды тексеруден кейін 2 жұмыс күнінен кеш шығарылды
finding-formular-code-mismatch = формуляр коды адамның азаматтығына немесе жасына сәйкес келмейді
finding-registry-request-late = АХАЖ органына сұрау құжаттар қабылданғаннан кейін 2 жұмыс күнінен кеш жіберілген
finding-complaint-answered-late = шағымға жауап мерзімінен кеш берілген (25-тармақ; № 221 Заң)
finding-complaint-unanswered = шағымға мерзімі өткенге дейін жауап берілмеген
finding-complaint-incomplete = шағымда 24-тармақ талап ететін мәліметтер жоқ

# The figures behind a finding (audit, findings.xlsx): each by its name
# (src/law/finding.rs, NAMES), then its value.
figure = { $name ->
        [accepted] құжаттар қабылданды
        [age] жасы
        [answered] жауап берілді
        [applicant_kind] өтініш беруші
        [arrived] келді
        [as_of] күні
        [asked] сұралды
        [called] шақырылды
        [cap] рұқсат етілген мерзім
        [category] виза санаты
        [check_ended] тексеру аяқталды
        [citizenship] азаматтығы
        [conclusion] қорытынды
        [day_of_payment] төлем күні
        [deadline] мерзім
        [decided] шешілді
        [document] құжат
        [due] жауап мерзімі
        [due_tenge] тиесілі, теңге
        [earlier_arrived] бұрын келген келді
        [earlier_called] бұрын келген шақырылды
        [ended] аяқталды
        [extended_to] ұзартылған мерзім
        [formular_code] формуляр коды
        [ground] бас тарту негізі
        [issued_to] кімге берілді
        [knb_approved] ҰҚК-мен келісілді
        [limit] мерзімнің соңғы күні
        [minutes] минут
        [missing] жоқ мәліметтер
        [paid] төленді
        [paid_tenge] төленді, теңге
        [prior_extensions] бұрынғы ұзартулар
        [started] басталды
        [visa_valid_to] визаның қолданылу мерзімі
       *[other] { $name }
    }
# A state esep names itself where the record gives no value of its own.
figure-state = { $state ->
        [stateless] азаматтығы жоқ
        [not-recorded] жазылмаған
        [no] жоқ
       *[other] { $state }
    }
