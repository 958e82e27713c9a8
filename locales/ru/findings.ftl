# What each kind of finding says (src/law/code.rs holds one row a kind:
# its key, its item, this message).

finding-late = результат выдан позже срока
finding-long-wait = ожидание в очереди более 15 минут
finding-long-service = обслуживание заняло более 15 минут
finding-outside-hours = документы приняты вне часов приема
finding-out-of-turn = вызван раньше посетителя, пришедшего до него: прием вне очереди
finding-fee-short = государственная пошлина меньше 50 % МРП на день оплаты
finding-fee-over = государственная пошлина больше 50 % МРП на день оплаты
finding-fee-paid-late = государственная пошлина оплачена после приема документов (пункт 11 требует квитанцию вместе с ними)
finding-document-missing = не принят документ, требуемый пунктом 11
finding-not-extendable = продлена виза категории, которая не продлевается
finding-second-extension = виза, продлеваемая один раз, продлена повторно
finding-beyond-cap = продлена сверх срока, допустимого пунктом 6
finding-cap-unknown = продление рабочей визы без срока разрешения: предел проверить нельзя
finding-knb-approval-missing = продление без согласования с КНБ
finding-applicant-not-allowed = ходатайство о продлении подано лицом, которому пункт 6 этого не разрешает
finding-supporting-document-missing = не принят документ, требуемый пунктом 6 для категории визы
finding-residence-review = виза на ПМЖ лицу не из стран приложения 2 и не казаху по национальности: проверить (ходатайствующие об убежище имеют право)
finding-ground-not-in-standard = отказ по основанию, которого стандарт для этой услуги не предусматривает
finding-ground-against-record = отказ по основанию пункта 6, которого не подтверждают категория визы или сведения дела
finding-not-issued-inside = выдана виза категории, которая в Республике Казахстан не выдается (пункт 6: на лечение, на ПМЖ, выездная)
finding-extension-without-grounds = продлено без документа, подтверждающего необходимость продления пребывания, и без исключительных обстоятельств
finding-proxy-without-power-of-attorney = результат выдан представителю, но доверенности среди документов нет
finding-extra-check-long = дополнительная проверка личности дольше 3 рабочих дней
finding-conclusion-late = заключение вынесено позже 2 рабочих дней после проверки
finding-formular-code-mismatch = код формуляра не соответствует гражданству или возрасту лица
finding-registry-request-late = запрос в орган РАГС направлен позже 2 рабочих дней после приема документов
finding-complaint-answered-late = ответ на жалобу дан позже срока (пункт 25; Закон № 221)
finding-complaint-unanswered = жалоба не отвечена по истечении срока
finding-complaint-incomplete = в жалобе нет сведений, требуемых пунктом 24

# The figures behind a finding (audit, findings.xlsx): each by its name
# (src/law/finding.rs, NAMES), then its value.
figure = { $name ->
        [accepted] документы приняты
        [age] возраст
        [answered] ответ дан
        [applicant_kind] заявитель
        [arrived] пришёл
        [as_of] на день
        [asked] запрошено
        [called] вызван
        [cap] допустимо до
        [category] категория визы
        [check_ended] проверка окончена
        [citizenship] гражданство
        [conclusion] заключение
        [day_of_payment] день оплаты
        [deadline] срок
        [decided] решено
        [document] документ
        [due] срок ответа
        [due_tenge] положено, тенге
        [earlier_arrived] пришедший раньше пришёл
        [earlier_called] пришедший раньше вызван
        [ended] окончено
        [extended_to] продлено до
        [formular_code] код формуляра
        [ground] основание отказа
        [issued_to] кому выдано
        [knb_approved] согласовано с КНБ
        [limit] последний день срока
        [minutes] минут
        [missing] нет сведений
        [paid] оплачено
        [paid_tenge] оплачено, тенге
        [prior_extensions] продлений ранее
        [started] начато
        [visa_valid_to] виза действовала до
       *[other] { $name }
    }
# A state esep names itself where the record gives no value of its own.
figure-state = { $state ->
        [stateless] лицо без гражданства
        [not-recorded] не записано
        [no] нет
       *[other] { $state }
    }
