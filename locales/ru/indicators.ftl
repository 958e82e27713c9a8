# The indicators of Appendix 4 (src/indicator.rs holds one row an
# indicator: its id and the ids of these texts).

# The headings of Appendix 4 the indicators stand under.
indicator-group-timeliness = 1. Своевременность
indicator-group-quality = 2. Качество
indicator-group-accessibility = 3. Доступность
indicator-group-complaints = 4. Процесс обжалования
indicator-group-politeness = 5. Вежливость

# 1.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-timeliness = % (доля) случаев предоставления услуги в установленный срок с момента сдачи документов
indicator-timeliness-short = в срок
indicator-timeliness-numerator = дела, решённые не позднее последнего дня срока
indicator-timeliness-denominator = дела, решённые в периоде, по услугам, для которых установлен срок

# 1.2: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-waiting = % (доля) потребителей, ожидавших получения услуги в день обращения не более 15 минут (подпункт 2) пункта 7)
indicator-waiting-short = ожидание ≤ 15 мин
indicator-waiting-numerator = решённые дела, где ожидание в очереди (от прихода до вызова) не превысило 15 минут
indicator-waiting-denominator = решённые дела, где записаны оба времени

# 1.3: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-service-time = % (доля) потребителей, обслуженных в день обращения не более чем за 15 минут (подпункт 3) пункта 7)
indicator-service-time-short = обслуживание ≤ 15 мин
indicator-service-time-numerator = решённые дела, где обслуживание (от вызова до окончания) заняло не более 15 минут
indicator-service-time-denominator = решённые дела, где записаны оба времени

# 2.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-quality = % (доля) потребителей, удовлетворенных качеством процесса предоставления услуги
indicator-quality-short = удовлетворены качеством
indicator-quality-numerator = опросы периода с оценкой качества «да» или 4–5
indicator-quality-denominator = опросы периода, ответившие на вопрос о качестве

# 3.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-information = % (доля) потребителей, удовлетворенных качеством и информацией о порядке предоставления услуги
indicator-information-short = удовлетворены информированием
indicator-information-numerator = опросы периода с оценкой информированности «да» или 4–5
indicator-information-denominator = опросы периода, ответившие на вопрос об информированности

# 3.2: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-electronic = % (доля) услуг, информация о которых доступна в электронном формате
indicator-electronic-short = информация в электронном виде
indicator-electronic-numerator = услуги, информация о которых доступна в электронном виде
indicator-electronic-denominator = услуги стандарта

# 4.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-complaints = % (доля) обоснованных жалоб к общему количеству обслуженных потребителей по данному виду услуг
indicator-complaints-short = обоснованные жалобы
indicator-complaints-numerator = обоснованные жалобы, поступившие в периоде
indicator-complaints-denominator = дела, решённые в периоде (обслуженные потребители)

# 5.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-politeness = % (доля) потребителей, удовлетворенных вежливостью персонала
indicator-politeness-short = удовлетворены вежливостью
indicator-politeness-numerator = опросы периода с оценкой вежливости «да» или 4–5
indicator-politeness-denominator = опросы периода, ответившие на вопрос о вежливости
