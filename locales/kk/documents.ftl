# Words every document shares: how a body is described, the act applied.

# A body's office phones, after its name and address.
body-phones = хатшылық телефоны { $phones }

# The talons of Appendix 3 and 5 of the standard (esep talons --form
# appendix3, appendix5): their fixed words.
talon-heading-before = Мемлекеттік қызмет көрсетуге
talon-consumer-caption = (тұтынушының Т.А.Ә. немесе заңды тұлғаның атауы)
talon-heading-after = құжаттар қабылдау туралы
talon-word = ТАЛОН
talon-documents = Қабылданған құжаттардың тізбесі:
form-accepted = Қабылдаған:
talon-position-caption = (ІІД КҚПБ қызметкерінің лауазымы)
form-signature-caption = (қолы)
form-name-caption = (Т.А.Ә.)
talon-issue = Берілген күні және уақыты:
talon-subject-caption = (субъектінің атауы)
talon-accepted-application = Өтінішті қабылдаған
talon-specialist-caption = (маманның Т.А.Ә.)

# The documents accepted, as a talon lists them (item 11 of the standard).
document-application = жеке не заңды тұлғаның виза беру/ұзарту туралы жазбаша өтініші
document-passport = Қазақстан Республикасының Мемлекеттік шекарасынан өтуге құқық беретін жарамды ұлттық паспорт немесе өзге құжат
document-fee-receipt = мемлекеттік бажды төлегені туралы түбіртек
document-invitation = шақыру
document-medical-letter = медициналық мекеменің жазбаша өтініші
document-study-letter = оқу орнының жазбаша өтініші
document-work-permit = шетелдік жұмыс күшін тартуға және пайдалануға рұқсат
document-power-of-attorney = сенімхат
document-other = басқа құжат

# The hour of issue, left for the clerk to write; the title of the PDF.
talon-hour-blank = ____ сағат ____ минут
talon-title = Құжаттарды қабылдау туралы талондар
# The heading of the talon of Appendix 3 or 5 (`$appendix`).
talon-appendix = «Шығу визаларын беру және ұзарту» мемлекеттік қызмет стандартына { $appendix }-қосымша

# The talon of registration of the application of an identity-document
# case (items 56–57 of the Rules of the formular).
registration-heading = Жеке басты куәландыратын құжаттарды дайындауға арналған формулярды ресімдеу қағидаларының 56–57-тармақтары
registration-talon = ӨТІНІМДІ ТІРКЕУ ТАЛОНЫ
registration-applicant-caption = (өтініш берушінің Т.А.Ә.)
registration-formular = Ресімдеу коды (Қағидалардың 31-тармағы):
registration-registered = Өтінім тіркелді:
registration-position-caption = (лауазымы)
registration-nationality-certificate = 08 коды бойынша ұлты туралы жазбаның өзгергені туралы анықтама беріледі; ол тұрақты тұрғылықты жері бойынша АХАЖ органына ұсынылады (Қағидалардың 12-тармағының 1) тармақшасы).
registration-title = Өтінімді тіркеу талондары

# The talon of acceptance of a complaint (item 25 of the standard).
complaint-heading = «Шығу визаларын беру және ұзарту» мемлекеттік қызмет стандартының 25-тармағы
complaint-talon = ШАҒЫМНЫҢ ҚАБЫЛДАНҒАНЫ ТУРАЛЫ ТАЛОН
complaint-accepted = Шағым қабылданды:
complaint-accepted-by = Шағымды қабылдаған:
complaint-name-caption = (тегі және аты-жөні)
complaint-answer-due = Жауап берудің соңғы күні:
complaint-answer-place = Жауап алу орны:
complaint-contacts = Шағымды қарау барысы туралы білуге болады:
complaint-title = Шағымдардың қабылданғаны туралы талондар
# The term of the answer (item 25): `$days` calendar days; `$act` is
# law-221 for a complaint received while the Law No. 221 was in force
# (until 30 June 2021), else legislation.
complaint-term = шағым түскен күннен бастап { $days } күнтізбелік күн; шағым { $act ->
        [law-221] «Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының 2007 жылғы 12 қаңтардағы № 221 Заңында
       *[legislation] Қазақстан Республикасының заңнамасында
    } белгіленген тәртіппен қаралады

# The act a document applies (configuration, [acts]). `$title` is the act's
# title, `$issuer_kk` its issuer in the genitive, `$kind_kk` its kind
# (қаулысы, бұйрығы), `$date` its date (date-of-act); `$amended` is yes
# when an amending act of the same issuer gave the wording esep applies.
act-citation = { $title } ({ $issuer_kk } { $date } № { $number } { $kind_kk }{ $amended ->
        [yes] ; { $amended_date } № { $amended_number } { $kind_kk }мен өзгертілген редакциясында
       *[no] {""}
    })
act-repealed = Күші жойылған ({ $issuer_kk } { $date } № { $number } { $kind_kk }).
act-applied = Қолданылатын акт: { $act }.
# The items and appendices of the standard esep applies (docs/law.md).
act-esep-applies = esep оның { $items }-тармақтарын және { $appendices }-қосымшаларын жазылғанындай қолданады.
