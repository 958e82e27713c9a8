# The decisions on cases (esep decisions): the operative sentence, how an
# identity document is received, the appeal route. Category names and
# bodies come from the reference data (fixtures/reference/*.csv).

decision-refused = Мемлекеттік қызмет көрсетуден бас тартылды.
# `$category`: the visa category's name; `$code`: its code (ЕАВ).
decision-visa-issued = «{ $category }» ({ $code }) санатындағы виза берілді.
# `$until`: the new last day («дейін» governs the dative: date-until).
decision-visa-extended = «{ $category }» ({ $code }) санатындағы визаның қолданылу мерзімі { $until } дейін ұзартылды.
decision-document-issued = Жеке басты куәландыратын құжат ресімделді.
decision-document-refused = Жеке басты куәландыратын құжатты беруден бас тартылды.
# Items 56–57 of the Rules of the formular; `$talon`: the talon's number.
decision-receiving = Дайын құжатты алу үшін № { $talon } өтінімді тіркеу талонын (немесе құжатты алуға түбіртекті) және алынуға тиіс құжаттарды көрсету қажет (Қағидалардың 56, 57-тармақтары).
# Items 21–24 of the standard. `$body`: the body above the issuer, with its
# address; `$committee`: the Committee, named with `$with` = committee
# where it is not that body (`alone`).
decision-appeal = Шешімге жоғары тұрған органға — { $body }{ $with ->
        [committee] , сондай-ақ { $committee }
       *[alone] {""}
    } — жазбаша түрде пошта, электрондық пошта арқылы не кеңсе арқылы қолма-қол шағым беруге болады (стандарттың 21, 24-тармақтары). Көрсетілген қызметтің нәтижелерімен келіспеген жағдайларда тұтынушының заңнамада белгіленген тәртіппен сотқа жүгінуге құқығы бар (стандарттың 23-тармағы).
# An identity document: the Rules give no route of their own.
decision-appeal-identity = Шешімге Қазақстан Республикасының заңнамасында белгіленген тәртіппен жоғары тұрған органға — { $body } — немесе сотқа шағым беруге болады.

# The particulars of a decision, label by label.
decision-label-service = Мемлекеттік қызмет
decision-label-consumer = Тұтынушы
decision-label-citizenship = Азаматтығы
decision-label-passport = Паспорт нөмірі
decision-label-accepted = Құжаттар қабылданған күні
decision-label-entries = Кіру саны
decision-label-valid-before = Бұрынғы қолданылу мерзімі
decision-label-valid-now = Жаңа қолданылу мерзімі
decision-label-formular-code = Ресімдеу коды (Қағидалардың 31-тармағы)
decision-label-extra-check = Қосымша тексеру (Қағидалардың 16-тармағы)
decision-label-conclusion = Жеке басын анықтау туралы қорытынды (Қағидалардың 16-тармағы)
decision-label-returned = Формуляр құжат дайындалмастан қайтарылды, себебі (Қағидалардың 40-тармағы)
decision-label-documented = Құжатталатын адам
decision-label-stateless = Азаматтығы жоқ адам
decision-label-foreigner = Шетелдік

# The words of every decision page, and the PDF's title.
decision-word = ШЕШІМ
decision-label-number = Талон (іс) нөмірі
decision-label-decided = Шешім қабылданған күні
decision-label-reasons = Бас тарту негізі
decision-label-appeal-route = Шағымдану тәртібі
decision-label-head = Басшы
decision-label-seal = М.О.

# The heading, subtitle and captions of a decision on an identity document
# (the Rules of the formular), then of a visa decision (item 5 of the standard).
decision-identity-heading = Жеке басты куәландыратын құжаттарды дайындауға арналған формулярды ресімдеу қағидалары
decision-identity-subtitle = жеке басты куәландыратын құжатты ресімдеуге өтінім бойынша
decision-identity-granted-caption = Жеке басты куәландыратын құжат ресімделді
decision-identity-refused-caption = Жеке басты куәландыратын құжатты беруден бас тарту
decision-visa-heading = «Шығу визаларын беру және ұзарту» мемлекеттік қызмет стандартының 5-тармағы
decision-visa-subtitle = мемлекеттік қызмет көрсету нәтижесі туралы
decision-visa-granted-caption = Мемлекеттік қызмет көрсетілді
decision-visa-refused-caption = Мемлекеттік қызмет көрсетуден дәлелді бас тарту

# The particulars' values esep words itself.
decision-citizenship-stateless = азаматтығы жоқ адам
decision-documents-incomplete = жеке басты куәландыратын құжатты ресімдеу үшін қажетті құжаттар ұсынылмаған
decision-document-title = Мемлекеттік қызмет көрсету нәтижелері
decision-label-category = Виза санаты
