# Words every document shares: how a body is described, the act applied.

# A body's office phones, after its name and address.
body-phones = телефон канцелярии { $phones }

# The talons of Appendix 3 and 5 of the standard (esep talons --form
# appendix3, appendix5): their fixed words.
talon-heading-before = о приеме документов для оказания государственной услуги
talon-consumer-caption = (Ф.И.О. потребителя либо наименование юридического лица)
talon-heading-after = {""}
talon-word = ТАЛОН
talon-documents = Перечень принятых документов:
form-accepted = Принял:
talon-position-caption = (должность сотрудника УМП ДВД)
form-signature-caption = (подпись)
form-name-caption = (Ф.И.О.)
talon-issue = Дата и время выдачи:
talon-subject-caption = (наименование субъекта)
talon-accepted-application = Заявление принял
talon-specialist-caption = (Ф.И.О. специалиста)

# The documents accepted, as a talon lists them (item 11 of the standard).
document-application = письменное заявление физического или юридического лица о выдаче/продлении визы
document-passport = действительный национальный паспорт или иной документ, дающий право на пересечение Государственной границы Республики Казахстан
document-fee-receipt = квитанция об уплате государственной пошлины
document-invitation = приглашение
document-medical-letter = письменное ходатайство медицинского учреждения
document-study-letter = письменное ходатайство учебного заведения
document-work-permit = разрешение на привлечение и использование иностранной рабочей силы
document-power-of-attorney = доверенность
document-other = иной документ

# The hour of issue, left for the clerk to write; the title of the PDF.
talon-hour-blank = ____ час. ____ мин.
talon-title = Талоны о приеме документов
# The heading of the talon of Appendix 3 or 5 (`$appendix`).
talon-appendix = Приложение { $appendix } к стандарту государственной услуги «Выдача и продление выездных виз»

# The talon of registration of the application of an identity-document
# case (items 56–57 of the Rules of the formular).
registration-heading = Пункты 56–57 Правил оформления формуляра для изготовления документов, удостоверяющих личность
registration-talon = ТАЛОН РЕГИСТРАЦИИ ЗАЯВКИ
registration-applicant-caption = (Ф.И.О. заявителя)
registration-formular = Код оформления (пункт 31 Правил):
registration-registered = Заявка зарегистрирована:
registration-position-caption = (должность)
registration-nationality-certificate = По коду 08 выдаётся справка об изменении записи о национальности; она предъявляется в орган РАГС по месту постоянного жительства (подпункт 1) пункта 12 Правил).
registration-title = Талоны регистрации заявки

# The talon of acceptance of a complaint (item 25 of the standard).
complaint-heading = Пункт 25 стандарта государственной услуги «Выдача и продление выездных виз»
complaint-talon = ТАЛОН О ПРИЕМЕ ЖАЛОБЫ
complaint-accepted = Жалоба принята:
complaint-accepted-by = Жалобу принял:
complaint-name-caption = (фамилия, имя, отчество)
complaint-answer-due = Последний день срока ответа:
complaint-answer-place = Место получения ответа:
complaint-contacts = О ходе рассмотрения жалобы можно узнать:
complaint-title = Талоны о приеме жалоб
# The term of the answer (item 25): `$days` calendar days; `$act` is
# law-221 for a complaint received while the Law No. 221 was in force
# (until 30 June 2021), else legislation.
complaint-term = { $days } календарных дней со дня поступления жалобы; жалоба рассматривается в порядке{ $act ->
        [law-221] {" "}Закона Республики Казахстан от 12 января 2007 года № 221 «О порядке рассмотрения обращений физических и юридических лиц»
       *[legislation] , установленном законодательством Республики Казахстан
    }

# The act a document applies (configuration, [acts]). `$title` is the act's
# title, `$kind_ru` its kind and issuer (постановление Правительства …),
# `$date` its date (date-of-act); `$amended` is yes when an amending act
# of the same issuer gave the wording esep applies.
act-citation = { $title } ({ $kind_ru } от { $date } № { $number }{ $amended ->
        [yes] , в редакции от { $amended_date } № { $amended_number }
       *[no] {""}
    })
act-repealed = Утратил силу ({ $kind_ru } от { $date } № { $number }).
act-applied = Применяемый акт: { $act }.
# The items and appendices of the standard esep applies (docs/law.md).
act-esep-applies = esep применяет его пункты { $items } и приложения { $appendices } так, как они записаны.
