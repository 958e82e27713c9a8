export-rejected = отклонённые {""}
export-appendix-4 = Приложение 4
export-republic = Республика
export-department = Департамент
export-office = Подразделение
export-departments = Департаменты
export-offices = Подразделения
export-code = Код
export-name = Наименование
export-served = Обслужено
export-region = Область, город
export-activity = Объёмы и сроки
export-months = По месяцам
export-month = Месяц
export-comparison = Сравнение
export-indicator = Показатель
export-indicator-name = Наименование показателя
export-change-percentage-points = Изменение, п. п.
export-months-compared = Месяцы, сравнение
export-ranking = Рейтинг
export-level = Уровень
export-place = Место
export-value = Значение, %
export-findings = Нарушения
export-charts = Диаграммы
export-1-1-timeliness-department = 1.1 Своевременность по департаментам, %
export-monthly-trend = Помесячная динамика, %
export-identity-decided = Решено
export-identity-issued = Выдано
export-identity-refused = Отказано
export-identity-returned = Возвращено
export-identity-another-reason = иная причина
export-identity-total = всего
export-identity-registry-request-12 = Запрос в орган РАГС (п. 12)
export-identity-additional-check-16 = Дополнительная проверка (п. 16)
export-identity-conclusion-16 = Заключение (п. 16)
export-identity-deadline-set-report = Срок, заданный для отчёта
export-identity-recorded = записано
export-identity-met = в срок
export-identity-formular-codes-not-fitting-person = Коды формуляра, не соответствующие лицу (п. 31)
export-identity-identity-documents = Документы, удост. личность
findings-findings = Нарушения
findings-case = дело
findings-complaint = жалоба
findings-counts = Итоги
template-notes = Пояснения
template-yes = да
template-lists = Списки
template-list = список

# Appendix 4's sheet, in Kazakh and Russian side by side whatever the
# run's language: the ministry's form.

# The columns of findings.xlsx.
findings-column-about = Предмет
findings-column-id = Номер
findings-column-office = Подразделение
findings-column-office-name = Наименование подразделения
findings-column-file = Файл
findings-column-sheet = Лист
findings-column-row = Строка
findings-column-item = Пункт
findings-column-finding = Нарушение
findings-column-figures = Данные
findings-column-count = Количество

# The columns rejected.xlsx and rejected.csv begin with.
rejected-column-file = Файл
rejected-column-sheet = Лист
rejected-column-row = Строка
rejected-column-cell = Ячейка
rejected-column-column = Столбец
rejected-column-value = Значение
rejected-column-code = Код
rejected-column-reason = Причина

# The template workbook (esep template): a table's title row, the columns
# of its notes sheet, the answers of a yes/no column's list.
template-title = Реестр по контракту esep (версия 2): заполняйте со строки 3; что писать в каждом столбце — на листе «{ template-notes }»
template-column-table = таблица
template-column-column = столбец (заголовок; по-казахски; ключ)
template-column-required = обязательный
template-column-what = что писать
template-answer-yes = да
template-answer-no = нет
