# Dates and times as the documents write them: `$year`, `$month` (1 to
# 12) and `$day` are numbers; the month's case is chosen here.

# A date as the forms write it, the month in the nominative: 2025 жылғы «18» наурыз.
date-long = { $year } жылғы «{ $day }» { $month ->
        [1] қаңтар
        [2] ақпан
        [3] наурыз
        [4] сәуір
        [5] мамыр
        [6] маусым
        [7] шілде
        [8] тамыз
        [9] қыркүйек
        [10] қазан
        [11] қараша
       *[12] желтоқсан
    }
# A term's last day, before «дейін», which governs the dative: 2025 жылғы «18» наурызға.
date-until = { $year } жылғы «{ $day }» { $month ->
        [1] қаңтарға
        [2] ақпанға
        [3] наурызға
        [4] сәуірге
        [5] мамырға
        [6] маусымға
        [7] шілдеге
        [8] тамызға
        [9] қыркүйекке
        [10] қазанға
        [11] қарашаға
       *[12] желтоқсанға
    }
# The date of an act as a citation gives it: 2011 жылғы 28 ақпандағы.
date-of-act = { $year } жылғы { $day } { $month ->
        [1] қаңтардағы
        [2] ақпандағы
        [3] наурыздағы
        [4] сәуірдегі
        [5] мамырдағы
        [6] маусымдағы
        [7] шілдедегі
        [8] тамыздағы
        [9] қыркүйектегі
        [10] қазандағы
        [11] қарашадағы
       *[12] желтоқсандағы
    }
# A time as the forms write it; `$minute` has two digits.
time-of-day = { $hour } сағат { $minute } минут
# A month as a chart's axis names it, short.
month-short = { $month ->
        [1] қаң
        [2] ақп
        [3] нау
        [4] сәу
        [5] мам
        [6] мау
        [7] шіл
        [8] там
        [9] қыр
        [10] қаз
        [11] қар
       *[12] жел
    }
