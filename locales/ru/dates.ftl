# Dates and times as the documents write them: `$year`, `$month` (1 to
# 12) and `$day` are numbers; the month's case is chosen here.

# A date as the forms write it, the month in the genitive: «18» марта 2025 г.
date-long = «{ $day }» { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } г.
# A term's last day, after «до»: «18» марта 2025 г.
date-until = «{ $day }» { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } г.
# The date of an act as a citation gives it (the «от» is the sentence's): 28 февраля 2011 года.
date-of-act = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } года
# A time as the forms write it; `$minute` has two digits.
time-of-day = { $hour } час. { $minute } мин.
# A month as a chart's axis names it, short.
month-short = { $month ->
        [1] янв
        [2] фев
        [3] мар
        [4] апр
        [5] май
        [6] июн
        [7] июл
        [8] авг
        [9] сен
        [10] окт
        [11] ноя
       *[12] дек
    }
