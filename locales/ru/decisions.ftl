# The decisions on cases (esep decisions): the operative sentence, how an
# identity document is received, the appeal route. Category names and
# bodies come from the reference data (fixtures/reference/*.csv).

decision-refused = В оказании государственной услуги отказано.
# `$category`: the visa category's name; `$code`: its code (ЕАВ).
decision-visa-issued = Выдана виза категории «{ $category }» ({ $code }).
# `$until`: the new last day; the date ends in «г.», which ends the sentence.
decision-visa-extended = Срок действия визы категории «{ $category }» ({ $code }) продлён до { $until }
decision-document-issued = Документ, удостоверяющий личность, оформлен.
decision-document-refused = В выдаче документа, удостоверяющего личность, отказано.
# Items 56–57 of the Rules of the formular; `$talon`: the talon's number.
decision-receiving = Для получения изготовленного документа необходимо предъявить талон регистрации заявки № { $talon } (либо квитанцию на получение документа) и документы, подлежащие изъятию (пункты 56, 57 Правил).
# Items 21–24 of the standard. `$body`: the body above the issuer, with its
# address; `$committee`: the Committee, named with `$with` = committee
# where it is not that body (`alone`).
decision-appeal = Решение может быть обжаловано в вышестоящий орган — { $body }{ $with ->
        [committee] , а также { $committee }
       *[alone] {""}
    } — письменно по почте, электронной почте либо нарочно через канцелярию (пункты 21, 24 стандарта). При несогласии с результатами оказанной услуги потребитель вправе обратиться в суд в порядке, установленном законодательством (пункт 23 стандарта).
# An identity document: the Rules give no route of their own.
decision-appeal-identity = Решение может быть обжаловано в вышестоящий орган — { $body } — или в суд в порядке, установленном законодательством Республики Казахстан.

# The particulars of a decision, label by label.
decision-label-service = Государственная услуга
decision-label-consumer = Потребитель
decision-label-citizenship = Гражданство
decision-label-passport = Номер паспорта
decision-label-accepted = Дата приема документов
decision-label-entries = Кратность
decision-label-valid-before = Прежний срок действия
decision-label-valid-now = Новый срок действия
decision-label-formular-code = Код оформления (пункт 31 Правил)
decision-label-extra-check = Дополнительная проверка (пункт 16 Правил)
decision-label-conclusion = Заключение по установлению личности (пункт 16 Правил)
decision-label-returned = Формуляр возвращён без изготовления документа, причина (пункт 40 Правил)
decision-label-documented = Документируемое лицо
decision-label-stateless = Лицо без гражданства
decision-label-foreigner = Иностранец

# The words of every decision page, and the PDF's title.
decision-word = РЕШЕНИЕ
decision-label-number = Номер талона (дела)
decision-label-decided = Дата решения
decision-label-reasons = Основание отказа
decision-label-appeal-route = Порядок обжалования
decision-label-head = Руководитель
decision-label-seal = М.П.

# The heading, subtitle and captions of a decision on an identity document
# (the Rules of the formular), then of a visa decision (item 5 of the standard).
decision-identity-heading = Правила оформления формуляра для изготовления документов, удостоверяющих личность
decision-identity-subtitle = по заявке на оформление документа, удостоверяющего личность
decision-identity-granted-caption = Документ, удостоверяющий личность, оформлен
decision-identity-refused-caption = Отказ в выдаче документа, удостоверяющего личность
decision-visa-heading = Пункт 5 стандарта государственной услуги «Выдача и продление выездных виз»
decision-visa-subtitle = о результате оказания государственной услуги
decision-visa-granted-caption = Государственная услуга оказана
decision-visa-refused-caption = Мотивированный отказ в оказании государственной услуги

# The particulars' values esep words itself.
decision-citizenship-stateless = лицо без гражданства
decision-documents-incomplete = не представлены документы, необходимые для оформления документа, удостоверяющего личность
decision-document-title = Результаты оказания государственной услуги
decision-label-category = Категория визы
