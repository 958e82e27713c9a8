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
