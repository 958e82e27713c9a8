# The words of the report's content, which the annual report (PDF), the
# ministry's workbook and the dashboard share: each figure is named alike in all.

a4-values = Значения показателей качества и эффективности
a4-indicators = Показатели качества и доступности
a4-normative = Нормативное значение показателя
a4-illustrative = иллюстративное
a4-target = Целевое значение показателя в последующем году
a4-current = Текущее значение показателя в отчетном году
a4-missed = Значения ниже норматива выделены (4.1: выше)
a4-numerator = Числитель
a4-denominator = Знаменатель
a4-counts = { $n } из { $d }
a4-configured = 3.2 не измеряется по данным: это доля услуг стандарта, информация о которых по настройке esep доступна в электронном формате.
span = записи с { $first } по { $last }
activity = Объёмы, решения и сроки
activity-note = Учитываются все услуги, в том числе документы, удостоверяющие личность. Дело считается поданным в день подачи, рассмотренным — в день решения, госпошлина — в день оплаты. На рассмотрении: поданы по { $end } и к этому дню не рассмотрены. Срок решения — рабочие дни после дня подачи, как считается срок оказания услуги.
activity-services = По услугам
activity-departments = По департаментам
activity-months = По месяцам
activity-all-services = Все услуги
activity-place = Департамент или подразделение
activity-service = Услуга
activity-month = Месяц
activity-submitted = Подано
activity-decided = Рассмотрено
activity-granted = Положительно
activity-refused = Отказано
activity-refusal-rate = Доля отказов, %
activity-pending = На рассмотрении на { $end }
activity-median = Медиана, рабочих дней
activity-p90 = 90-й процентиль, рабочих дней
activity-duty = Госпошлина, тенге
ranking-minimum = Ранжированы места, обслужившие за период не менее { $min } потребителей; обслужили меньше и не ранжированы: { $below }.

summary = Главное
summary-no-norms = Нормативные значения на этот год не заданы: достижение норматива не оценивается.
summary-all-met = Все { $total } измеряемых показателей приложения 4 достигают нормативного значения.
summary-missed = Нормативное значение не достигнуто по { $n } из { $total } измеряемых показателей: { $list }.
summary-missed-item = { $indicator } — { $value } % при нормативе { $norm } %
summary-leaders = { $indicator }: лучший департамент — { $best } ({ $best_value } %), худший — { $worst } ({ $worst_value } %).
summary-no-previous = Сравнения с прошлым годом нет: его данные не переданы и во входных файлах их нет.
summary-no-changes = Значения республики не изменились по сравнению с { $year } годом.
summary-changes = Наибольшие изменения по сравнению с { $year } годом: { $list }.
summary-change-item = { $indicator } { $change } п. п. ({ $year_before } г. — { $previous } %, { $year } г. — { $current } %)
summary-movers = Доля случаев в срок (1.1) выросла больше всего: { $rose } ({ $up } п. п.); снизилась больше всего: { $fell } ({ $down } п. п.).
summary-volumes = Подано дел: { $submitted }; рассмотрено: { $decided }; отказано: { $refused } (доля отказов { $rate } %); на рассмотрении на { $end }: { $pending }; медиана срока решения — { $median } рабочих дня.

prepared-by = Подготовил: { $unit }, { $position } { $person }; { $contact }.
prepared-by-esep = Подготовлено программой esep по данным учета дел подразделений; исполнитель в настройке не указан.
