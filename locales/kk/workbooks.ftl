export-rejected = қабылданбаған {""}
export-appendix-4 = 4-қосымша
export-republic = Республика
export-department = Департамент
export-office = Бөлімше
export-departments = Департаменттер
export-offices = Бөлімшелер
export-code = Коды
export-name = Атауы
export-served = Қызмет көрсетілді
export-region = Облыс, қала
export-activity = Көлемдер мен мерзімдер
export-months = Айлар бойынша
export-month = Ай
export-comparison = Салыстыру
export-indicator = Көрсеткіш
export-indicator-name = Көрсеткіштің атауы
export-change-percentage-points = Өзгеріс, пайыздық тармақ
export-months-compared = Айлар, салыстыру
export-ranking = Рейтинг
export-level = Деңгей
export-place = Орны
export-value = Мәні, %
export-findings = Бұзушылықтар
export-charts = Диаграммалар
export-1-1-timeliness-department = 1.1 Департаменттер бойынша уақтылылық, %
export-monthly-trend = Айлық динамика, %
export-identity-decided = Шешілді
export-identity-issued = Берілді
export-identity-refused = Бас тартылды
export-identity-returned = Қайтарылды
export-identity-another-reason = басқа себеп
export-identity-total = барлығы
export-identity-registry-request-12 = АХАЖ органына сұрау (12-т.)
export-identity-additional-check-16 = Қосымша тексеру (16-т.)
export-identity-conclusion-16 = Қорытынды (16-т.)
export-identity-deadline-set-report = Есеп үшін белгіленген мерзім
export-identity-recorded = жазылған
export-identity-met = мерзімінде
export-identity-formular-codes-not-fitting-person = Адамға сәйкес келмейтін формуляр кодтары (31-т.)
export-identity-identity-documents = Жеке куәлік құжаттары
findings-findings = Бұзушылықтар
findings-case = іс
findings-complaint = шағым
findings-counts = Қорытынды
template-notes = Түсініктеме
template-yes = иә
template-lists = Тізімдер
template-list = тізім

# Appendix 4's sheet, in Kazakh and Russian side by side whatever the
# run's language: the ministry's form.

# The columns of findings.xlsx.
findings-column-about = Нысан
findings-column-id = Нөмір
findings-column-office = Бөлімше
findings-column-office-name = Бөлімшенің атауы
findings-column-file = Файл
findings-column-sheet = Парақ
findings-column-row = Жол
findings-column-item = Тармақ
findings-column-finding = Бұзушылық
findings-column-figures = Деректер
findings-column-count = Саны

# The columns rejected.xlsx and rejected.csv begin with.
rejected-column-file = Файл
rejected-column-sheet = Парақ
rejected-column-row = Жол
rejected-column-cell = Ұяшық
rejected-column-column = Баған
rejected-column-value = Мән
rejected-column-code = Код
rejected-column-reason = Себеп

# The template workbook (esep template): a table's title row, the columns
# of its notes sheet, the answers of a yes/no column's list.
template-title = esep келісімшарты бойынша тізілім (2-нұсқа): 3-жолдан бастап толтырыңыз; әр бағанға не жазу керектігі — «{ template-notes }» парағында
template-column-table = кесте
template-column-column = баған (тақырып; орысша; кілт)
template-column-required = міндетті
template-column-what = не жазу керек
template-answer-yes = иә
template-answer-no = жоқ
