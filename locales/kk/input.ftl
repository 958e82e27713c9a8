table-name =
    { $table ->
        [cases] істер
        [complaints] шағымдар
       *[surveys] сауалнамалар
    }
file-no-such-file = мұндай файл жоқ
file-not-a-file = бұл файл емес
file-cannot-read-file-line-bytes = { $file }: файл оқылмайды: { $line }-жол: қалғаны UTF-8 болатын файлда UTF-8 емес байттар бар; файлды UTF-8 ретінде қайта сақтаңыз немесе оны сол күйінде оқу үшін --encoding көрсетіңіз
file-cannot-read-file-line-file = { $file }: файл оқылмайды: { $line }-жол: файлдың кодтамасы өзгереді: алдыңғы жолдар UTF-8 ретінде оқылады, бұл жол оқылмайды; бүкіл файлды бір кодтамамен сақтаңыз немесе оны бір кодтамамен оқу үшін --encoding көрсетіңіз
file-not-format-esep-reads-give = { $file }: esep `{ $ext }` пішімін оқымайды; .xlsx, .xlsm, .xls, .xlsb, .ods немесе .csv беріңіз
file-header-row-lacks-required-column = { $file }{ $sheet }: { $row }-жолдағы тақырыпта міндетті { $list } бағандары жоқ; оларды қосыңыз немесе өз тақырыптарыңызды --mapping арқылы сәйкестендіріңіз; оларды `esep contract` тізеді
file-columns-header-row-both-name = { $file }{ $sheet }: { $row }-жолдағы тақырыптың { $first } және { $second } бағандары екеуі де `{ $column }` деп аталады; біреуін жойыңыз не қайта атаңыз
file-cases-table-under-header-row = { $file }{ $sheet }: { $row }-жолдағы тақырыптың астында істер кестесінде жол жоқ: төмендегі барлық ұяшық бос; істер бар файлды беріңіз
file-no-sheet-holds-cases-workbook = { $file }: бірде-бір парақта іс жоқ: кітапта парақ жоқ
file-too-many-rejected-rows-hold = { $file }{ $sheet }: қабылданбаған жолдар тым көп: сақталған { $kept } қабылданбаған жол --max-memory шегін ({ $limit } МиБ) толтырды, ал { $row }-жол да қабылданбады; ең көп жолды қабылдатпайтынды түзетіңіз (файлдың бір бөлігінде `esep check`) немесе --max-memory мөлшерін арттырыңыз
sheet-empty =
    бос
sheet-no-header =
    бірде-бір жол істердің, шағымдардың не сауалнамалардың үш не одан көп бағанын атамайды
sheet-no-table =
    кесте емес: { $why }
file-unreadable =
    { $file }: файл оқылмайды: { $why }
file-no-header =
    { $file }{ $sheet }: тақырып жолы табылмады: бірде-бір жол { $table ->
        [cases] «істер» кестесінің
        [complaints] «шағымдар» кестесінің
        [surveys] «сауалнамалар» кестесінің
       *[any] істердің, шағымдардың не сауалнамалардың
    } үш не одан көп бағанын атамайды; міндетті бағандары бар тақырып жолын қосыңыз; оларды `esep contract` тізеді
quoted =
    { $text }
