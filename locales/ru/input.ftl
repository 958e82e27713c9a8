table-name =
    { $table ->
        [cases] дела
        [complaints] жалобы
       *[surveys] опросы
    }
file-no-such-file = такого файла нет
file-not-a-file = это не файл
file-cannot-read-file-line-bytes = { $file }: файл не читается: строка { $line }: байты не в UTF-8 в файле, который в остальном в UTF-8; сохраните файл заново в UTF-8 или укажите --encoding, чтобы прочитать его как есть
file-cannot-read-file-line-file = { $file }: файл не читается: строка { $line }: файл меняет кодировку: строки до неё читаются как UTF-8, эта — нет; сохраните весь файл в одной кодировке или укажите --encoding, чтобы прочитать его в одной
file-not-format-esep-reads-give = { $file }: формат `{ $ext }` esep не читает; дайте .xlsx, .xlsm, .xls, .xlsb, .ods или .csv
file-header-row-lacks-required-column = { $file }{ $sheet }: в заголовке строки { $row } нет обязательных столбцов { $list }; добавьте их или сопоставьте свои заголовки с ними через --mapping; их перечисляет `esep contract`
file-columns-header-row-both-name = { $file }{ $sheet }: столбцы { $first } и { $second } заголовка строки { $row } оба называют `{ $column }`; удалите или переименуйте один
file-cases-table-under-header-row = { $file }{ $sheet }: под заголовком строки { $row } в таблице дел нет строк: все ячейки ниже пусты; дайте файл, в котором есть дела
file-no-sheet-holds-cases-workbook = { $file }: ни один лист не содержит дел: в книге нет листов
file-too-many-rejected-rows-hold = { $file }{ $sheet }: слишком много отклонённых строк: { $kept } сохранённых отклонённых строк заняли бюджет --max-memory в { $limit } МиБ, а строка { $row } тоже отклонена; исправьте то, что отклоняет больше всего строк (`esep check` на части файла), или увеличьте --max-memory
sheet-empty =
    пустой
sheet-no-header =
    ни одна строка не называет трёх и более столбцов дел, жалоб или опросов
sheet-no-table =
    не таблица: { $why }
file-unreadable =
    { $file }: файл не читается: { $why }
file-no-header =
    { $file }{ $sheet }: строка заголовков не найдена: ни одна строка не называет трёх и более столбцов { $table ->
        [cases] таблицы «дела»
        [complaints] таблицы «жалобы»
        [surveys] таблицы «опросы»
       *[any] дел, жалоб или опросов
    }; добавьте строку заголовков с обязательными столбцами; их перечисляет `esep contract`
quoted =
    { $text }
workbook-empty =
    файл пуст (0 байт); скопируйте его заново оттуда, где он был сохранён
workbook-encrypted =
    книга защищена паролем; сохраните копию без пароля (Файл → Сведения → Защитить книгу → Зашифровать с использованием пароля, очистите его)
workbook-not-a-workbook =
    это не книга, а { $kind ->
        [html] веб-страница (HTML), какие некоторые системы выгружают под именем таблицы
        [pdf] документ PDF
        [xml] файл XML (возможно, таблица XML Excel 2003)
        [zip] zip-архив без книги внутри
        [text] текст
       *[unknown] файл неизвестного вида
    }; откройте файл в Excel или LibreOffice и сохраните как .xlsx (или, если это текст CSV, переименуйте в .csv)
workbook-damaged =
    книга повреждена или обрезана ({ $why }); скопируйте её заново или откройте и пересохраните в Excel или LibreOffice
workbook-part-too-large =
    часть `{ $part }` книги распаковывается в { $mib } МиБ, больше предела в { $limit } МиБ; разделите книгу или, если файлу можно доверять, увеличьте предел через --max-unpacked
workbook-declares =
    часть `{ $part }` книги { $what }; так не пишет ни одна программа электронных таблиц: файл повреждён или сделан, чтобы исчерпать память; откройте и пересохраните его в Excel или LibreOffice (или, если ему можно доверять, увеличьте --max-memory)
workbook-long-text-run =
    содержит между двумя тегами больше { $mib } МиБ текста подряд
workbook-strings-declared =
    объявляет { $declared } { $declared ->
        [one] строку
        [few] строки
       *[many] строк
    } и содержит { $items }
workbook-strings-held =
    содержит { $items } { $items ->
        [one] строку
        [few] строки
       *[many] строк
    }
workbook-long-record =
    объявляет запись в { $mib } МиБ, больше бюджета --max-memory в { $budget } МиБ
workbook-strings-past-budget =
    { $counted } до места, где чтение остановлено, — больше, чем вмещает бюджет --max-memory в { $budget } МиБ
mapping-unreadable =
    не удаётся прочитать файл сопоставления `{ $path }`: { $why }
mapping-syntax =
    файл сопоставления `{ $path }` неверен; чтение TOML сообщает: «{ $why }»
mapping-unknown-key =
    файл сопоставления `{ $path }`: `[{ $section }]` сопоставляет «{ $header }» с `{ $key }`, а такого столбца в таблице «{ $table }» нет; столбцы: { $known }
reason-required = обязательное значение не заполнено
when-decided = для рассмотренного дела (выдано или отказано)
when-refused = при отказе
when-visa-case = для визовой услуги
when-id-document = для услуги по документу, удостоверяющему личность
when-visa-extend = при продлении визы
when-extension-granted = когда виза продлена
reason-cell-error = в ячейке ошибка формулы; исправьте формулу или введите значение
reason-too-long = текст длиннее 32 767 символов, которые вмещает ячейка (как их считает Excel: эмодзи за два); сократите его
reason-longer-than-column = длиннее { $max } символов, которые вмещает столбец (как их считает Excel: эмодзи за два); сократите
reason-not-a-date = не дата: используйте ячейку-дату или запись вида 04.03.2025, 04.03.2025 10:30, 2025-03-04, 2025-03-04T10:30
reason-number-not-date = число, а не дата: задайте ячейке формат даты
reason-duration-not-date = длительность, а не дата: задайте ячейке формат даты
reason-not-yes-no = не да/нет: пишите да/нет, иә/жоқ, yes/no, 1/0, true/false или +/-
reason-office-format = не код подразделения: пишите RRRR-DDD (код области и района), например 1910-262
reason-unknown-office = кода подразделения нет в справочнике кодов районов (приказ № 451 от 2021 года)
reason-beyond-calendar = для дела нужны рабочие дни { $year } года (срок или часы приема), а календарь содержит { $held }; исправьте дату или добавьте fixtures/calendar/{ $year }.toml
reason-duplicate-id = номер уже использован: { $first }; сохранена первая строка
reason-decided-before-submitted = результат выдан раньше приема документов
reason-decided-while-pending = у дела на рассмотрении указана дата выдачи результата: удалите её или укажите результат
reason-born-after-submission = дата рождения позже даты приема документов
reason-born-too-early = дата рождения более чем на 130 лет раньше даты приема документов
reason-outgoing-after-received = исходящая дата жалобы позже даты ее поступления
reason-ground-not-refused = основание отказа указано для дела без отказа
reason-iin-format = ИИН состоит ровно из 12 цифр
reason-iin-check-digit = неверная контрольная цифра ИИН
reason-unknown-country = не страна: запишите трёхбуквенный код (ISO 3166-1 alpha-3, например UZB) или название страны по-русски, по-казахски или по-английски, либо ЛБГ
reason-entries = кратность: 1 или 2
reason-not-a-count = не целое число от 0
reason-not-an-amount = не сумма в тенге (например, 1966 или 1966,50)
reason-formular-code = не код формуляра по пункту 31: 00, 01, 03 … 18 (кода 02 нет)
reason-not-an-answer = не ответ: да/нет или оценка 1–5
reason-duplicate-id-headline =
    номер уже использован в одной из предыдущих строк; сохранена первая строка
reason-required-when =
    обязательно { $when }, но не заполнено
reason-stacked-marks =
    на букве больше { $most } диакритических знаков; наберите имя заново
reason-unprintable =
    { $script ->
        [symbols] управляющие знаки или символы
        [han] буквы (китайская письменность)
        [japanese] буквы (японская письменность)
        [hangul] буквы (корейская письменность)
        [arabic] буквы (арабская письменность)
        [hebrew] буквы (еврейская письменность)
        [georgian] буквы (грузинская письменность)
        [armenian] буквы (армянская письменность)
        [devanagari] буквы (деванагари письменность)
        [thai] буквы (тайская письменность)
        [mongolian] буквы (монгольская письменность)
        [tibetan] буквы (тибетская письменность)
       *[other] буквы ({ $name } письменность)
    }, которых нет в шрифтах документов; запишите латиницей или кириллицей, как в паспорте
reason-not-in-vocabulary =
    недопустимое значение; допустимо: { $allowed }
reason-unknown-country-near =
    не страна: не «{ $name }» ли ({ $code })? Запишите трёхбуквенный код или название страны по-русски, по-казахски или по-английски, либо ЛБГ
shown-personal =
    <личные данные скрыты>
shown-shape =
    <вида { $shape }>
shown-count =
    { $kind ->
        [letters] букв: { $count }
        [digits] цифр: { $count }
       *[others] других знаков: { $count }
    }

# Why a workbook or a sheet of it cannot be read (src/ingest/unread.rs).
read-in-sheet = лист «{ $sheet }»: { $why }
# `$words`: what the reader library said, as it said it; `$at`: where.
read-reader-said = { $words } ({ $at }); это книга, сохранённая Excel или LibreOffice, и она не повреждена? Откройте и пересохраните её
read-at-workbook = при открытии книги
read-at-first-cell = на первой ячейке листа
read-after-cell = после ячейки { $cell }
read-password = книга защищена паролем; сохраните её копию без пароля
read-beyond = ячейка { $cell } лежит за последней ячейкой листа (XFD1048576); файл сохранён не программой электронных таблиц или повреждён: откройте и пересохраните его в Excel или LibreOffice
read-too-long-run = содержит между двумя тегами текст длиннее 8 МиБ; ни одна программа электронных таблиц такого не пишет: файл повреждён или сделан, чтобы исчерпать память; откройте и пересохраните его в Excel или LibreOffice
read-damaged-reference = ячейка { $cell } ссылается на общую строку не её номером; файл повреждён или сохранён не программой электронных таблиц: откройте и пересохраните его в Excel или LibreOffice
read-check-stopped = проверка ссылок на общие строки остановилась
read-no-reader = не удаётся запустить чтение книги: { $words }
read-cell-before-sheet = чтение книги передало ячейку раньше листа
# `$how`: one of read-ended-*.
read-reader-ended = книга повреждена или сделана, чтобы исчерпать память: { $how }; откройте и пересохраните её в Excel или LibreOffice (или увеличьте --max-memory, если ей можно доверять)
read-ended-stopped = её чтение остановилось на ней
read-ended-code = её чтение завершилось с кодом { $code }
read-ended-cpu = её чтение исчерпало { $seconds } с процессорного времени, которые ему отведены
read-ended-memory = её чтение исчерпало { $mib } МиБ памяти, которые ему отведены
read-panicked = книга повреждена: её чтение остановилось на ней ({ $words }); откройте и пересохраните её в Excel или LibreOffice
read-early-rows = строки до строки заголовков, по строку { $row }, занимают больше бюджета --max-memory в { $mib } МиБ; удалите строки над заголовками или увеличьте --max-memory, если файлу можно доверять
read-csv-unclosed-quote = строка { $line }: запись, которая начинается здесь, длиннее { $mib } МиБ: открытая в ней кавычка (") не закрыта; закройте её или сохраните файл заново из программы электронных таблиц
read-csv-line = строка { $line }: { $words }
