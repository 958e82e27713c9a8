
# The annual report (esep report): charts, then the cover, headings and
# columns of its tables, then the notes and the methodology's rules.
report-timeliness-chart = 1.1 Своевременность по департаментам, %
report-axis-note = Шкала начинается не с нуля.
report-illustrative = иллюстративный норматив
report-normative-short = норматив
report-monthly-chart = 1.1, 1.2, 1.3 по месяцам, %
report-complaints-chart = Обоснованные жалобы по месяцам
report-name = Наименование
report-served = Обслужено
report-republic = Республика
report-rank = Место
report-annual = Годовой отчет
report-title = Показатели качества и эффективности государственной услуги «Выдача и продление выездных виз»
report-subtitle = Результаты работы подразделений миграционной полиции (пункты 18–19 стандарта)
report-served-consumers = Обслужено потребителей
report-founded-complaints = Обоснованных жалоб
report-departments-count = Департаментов
report-offices-count = Подразделений
report-findings-count = Нарушений, выявленных проверкой
report-rejected-rows = Отклонённых строк
report-left-out-rows = Строк других периодов (не учтены)
report-appendix4 = Значения показателей качества и эффективности (приложение 4)
report-item7 = Время ожидания в очереди и обслуживания (подпункты 2) и 3) пункта 7 стандарта)
report-places = Департаменты и подразделения
report-departments = Департаменты
report-offices = Подразделения
report-code = Код
report-charts = Диаграммы
report-rankings = Рейтинг департаментов и подразделений
report-findings = Результаты проверки на соответствие стандарту
report-finding = Нарушение
report-item = Пункт
report-count = Количество
report-office = Подразделение
report-total = Всего
report-most-frequent = Наиболее частые
report-quality = Качество данных
report-table = Таблица
report-rows = Строк
report-accepted = Принято
report-rejected = Отклонено
report-column = Столбец
report-reason = Причина
report-missed-note = Значения, не достигшие норматива, выделены красным (для 4.1 — превысившие его).
report-percent-note = Значения в процентах, округлены до десятых; при нулевом знаменателе значения нет (—). Определения — в приложении «Методика».
report-rule-scope = Показатели приложения 4 считают дела услуг стандарта (выдача и продление выездных виз). Дела о документах, удостоверяющих личность, и обоснованные жалобы на такие дела в них не входят: они — в разделе «Документы, удостоверяющие личность». Опросы услугу не указывают и учитываются все.
report-rule-rounding = Значения вычисляются в процентах из точных счётчиков и округляются до десятых (половина — от нуля); при нулевом знаменателе значения нет (—), а не 0. В опросе «да» или оценка 4–5 означает удовлетворённость.
report-rule-levels = Уровни: республика, департамент (код области RRRR), подразделение (код района RRRR-DDD по справочнику приказа № 451); каждое значение разбивается также по услугам и месяцам.
report-methodology = Методика
report-indicator = Показатель
report-ranking-gap = ещё подразделений: { $between } — полный рейтинг в indicators.xlsx, лист «{ $sheet }»
report-comparison = Сравнение с { $before } годом
report-comparison-none = Данных за { $before } год нет ни во входных файлах, ни в указанных через --previous: сравнения нет.
report-comparison-note = В каждой ячейке: значение { $year } года, под ним — значение { $before } года и изменение в процентных пунктах (из округлённых значений). Зелёным — изменение к лучшему, красным — к худшему (для 4.1 лучше меньше). Тот же период года и те же определения.
report-rule-period = Период: { $period }. Дело относится к периоду по дню выдачи результата (дело на рассмотрении — по дню приёма документов), жалоба — по дню поступления, опрос — по дню опроса.
report-rule-previous = Сравнение с { $before } годом: { $source ->
        [none] данных за { $before } год нет (их можно дать через --previous).
        [own] строки { $before } года тех же входных данных, по тем же определениям и правилам.
       *[files] { $sources }, по тем же определениям и правилам.
    }
report-rule-deadline = Срок (подпункт 1) пункта 7 стандарта), в рабочих днях: { $deadlines }. Срок считается по производственному календарю Республики Казахстан (праздничные дни, переносы выходных, рабочие субботы и воскресенья): день приёма документов — день 0, счёт начинается со следующего рабочего дня. Дело своевременно, если результат выдан не позднее последнего дня срока.
report-rule-no-deadline = Для услуг { $services } срок не установлен: они не входят в 1.1.
report-rule-data = Данные: { $sources }. Строк периода: { $read }, из них отклонено при проверке { $rejected } (они не входят ни в один показатель, раздел «Качество данных»); строк других периодов не учтено: { $left_out }.
report-monthly-chart-beside = 1.1, 1.2, 1.3 по месяцам, %: { $year } и { $before } (пунктир)
# A ranking's title: `$places` departments or offices, `$order` highest or
# lowest (where lower is better) first.
report-ranking = { $places ->
        [departments] Департаменты
       *[offices] Подразделения
    }: { $id } { $indicator }, % ({ $order ->
        [highest] от высшего значения
       *[lowest] от низшего значения
    })
report-name-code = Наименование (код)

# The section on identity documents, counted apart from Appendix 4.
identity-term-registry = Запрос копии актовой записи о рождении в орган РАГС — в течение двух рабочих дней
identity-term-extra-check = Дополнительная проверка личности документируемого — в срок до трёх рабочих дней
identity-term-conclusion = Заключение по установлению личности — в течение двух рабочих дней после проверки
identity-other-reason = Иная причина
identity-heading = Документы, удостоверяющие личность
identity-decided = Решено дел
identity-issued = Документ выдан
identity-refused = Отказано
identity-returned = Возвращено формуляров
identity-code-mismatches = Кодов формуляра, не соответствующих лицу
identity-term = Срок
identity-recorded = Записано
identity-kept = Соблюдён
identity-return-reason = Причина возврата формуляра
identity-department = Департамент
identity-decided-short = Решено
identity-issued-short = Выдано
identity-returned-short = Возвращено
identity-extra-check-in-time = Доп. проверка в срок, %
identity-term-issue = Выдача документа — в срок { $days } рабочих дней, заданный для отчёта (Правила общего срока не устанавливают)
identity-note = Документы, удостоверяющие личность, оформляются не по стандарту, а по акту: { $act }. Они не входят ни в один показатель приложения 4 и в число обслуженных потребителей. Здесь — дела, решённые в отчётном периоде, и сроки Правил там, где в деле записаны их даты.
