# The words of the report's content, which the annual report (PDF), the
# ministry's workbook and the dashboard share: each figure is named alike in all.

a4-values = Сапа және тиімділік көрсеткіштерінің мәні
a4-indicators = Сапа мен қол жетімділік көрсеткіштері
a4-normative = Көрсеткіштің нормативтік мәні
a4-illustrative = иллюстрациялық
a4-target = Көрсеткіштің келесі жылдағы нысаналы мәні
a4-current = Есепті жылдағы көрсеткіштің ағымдағы мәні
a4-missed = Нормативтік мәнге жетпеген мәндер белгіленген (4.1: асып кеткен)
a4-numerator = Алымы
a4-denominator = Бөлімі
a4-counts = { $d } ішінен { $n }
a4-configured = 3.2 деректер бойынша өлшенбейді: бұл esep баптауы бойынша ақпараты электрондық форматта қолжетімді стандарт қызметтерінің үлесі.
span = { $first } – { $last } аралығындағы жазбалар
activity = Көлемдер, шешімдер және мерзімдер
activity-note = Барлық қызметтер, оның ішінде жеке басты куәландыратын құжаттар есептеледі. Іс берілген күні берілген, шешім күні қаралған, мемлекеттік баж төленген күні төленген деп есептеледі. Қаралуда: { $end } дейін берілген және сол күнге дейін қаралмаған. Шешім мерзімі — қызмет көрсету мерзімі сияқты, берілген күннен кейінгі жұмыс күндері.
activity-services = Қызметтер бойынша
activity-departments = Департаменттер бойынша
activity-months = Айлар бойынша
activity-all-services = Барлық қызметтер
activity-place = Департамент не бөлімше
activity-service = Қызмет
activity-month = Ай
activity-submitted = Берілді
activity-decided = Қаралды
activity-granted = Оң шешім
activity-refused = Бас тартылды
activity-refusal-rate = Бас тарту үлесі, %
activity-pending = { $end } қаралуда
activity-median = Медиана, жұмыс күні
activity-p90 = 90-процентиль, жұмыс күні
activity-duty = Мемлекеттік баж, теңге
ranking-minimum = Рейтингке кезеңде кемінде { $min } тұтынушыға қызмет көрсеткен орындар енгізілді; азырақ қызмет көрсеткендер рейтингке енгізілмеді: { $below }.

summary = Негізгі қорытындылар
summary-no-norms = Осы жылға нормативтік мәндер берілмеген: нормативке жету бағаланбайды.
summary-all-met = 4-қосымшаның өлшенетін барлық { $total } көрсеткіші нормативтік мәнге жетеді.
summary-missed = Нормативтік мәнге жетпеген көрсеткіштер: { $n } (өлшенетін { $total } көрсеткіштің ішінде): { $list }.
summary-missed-item = { $indicator } — { $value } %, норматив { $norm } %
summary-leaders = { $indicator }: ең жақсы департамент — { $best } ({ $best_value } %), ең нашары — { $worst } ({ $worst_value } %).
summary-no-previous = Өткен жылмен салыстыру жоқ: оның деректері берілмеген және кіріс файлдарында жоқ.
summary-no-changes = Республика мәндері { $year } жылмен салыстырғанда өзгерген жоқ.
summary-changes = { $year } жылмен салыстырғанда ең үлкен өзгерістер: { $list }.
summary-change-item = { $indicator } { $change } п. т. ({ $year_before } ж. — { $previous } %, { $year } ж. — { $current } %)
summary-movers = Мерзімінде көрсетілген жағдайлар үлесі (1.1) ең көп өскен: { $rose } ({ $up } п. т.); ең көп төмендеген: { $fell } ({ $down } п. т.).
summary-volumes = Берілген істер: { $submitted }; қаралғаны: { $decided }; бас тартылғаны: { $refused } (бас тарту үлесі { $rate } %); { $end } қаралуда: { $pending }; шешім мерзімінің медианасы — { $median } жұмыс күні.

prepared-by = Дайындаған: { $unit }, { $position } { $person }; { $contact }.
prepared-by-esep = esep бағдарламасы бөлімшелердің істерді есепке алу деректері бойынша дайындады; орындаушы баптауда көрсетілмеген.
