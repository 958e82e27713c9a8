# The indicators of Appendix 4 (src/indicator.rs holds one row an
# indicator: its id and the ids of these texts).

# The headings of Appendix 4 the indicators stand under.
indicator-group-timeliness = 1. Уақтылылығы
indicator-group-quality = 2. Сапасы
indicator-group-accessibility = 3. Қол жетімділігі
indicator-group-complaints = 4. Шағымдану үдерісі
indicator-group-politeness = 5. Сыпайылық

# 1.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-timeliness = Құжаттарды тапсырған сәттен бастап қызметті белгіленген мерзімде ұсыну жағдайларының %-ы (үлесі)
indicator-timeliness-short = мерзімінде
indicator-timeliness-numerator = мерзімінің соңғы күнінен кешіктірілмей шешілген істер
indicator-timeliness-denominator = кезеңде шешілген, мерзімі белгіленген қызметтер бойынша істер

# 1.2: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-waiting = Жүгінген күні қызмет алғанға дейін 15 минуттан аспай күткен тұтынушылардың %-ы (үлесі) (7-тармақтың 2) тармақшасы)
indicator-waiting-short = күту ≤ 15 мин
indicator-waiting-numerator = кезекте күту уақыты (келгеннен шақырылғанға дейін) 15 минуттан аспаған шешілген істер
indicator-waiting-denominator = екі уақыты да жазылған шешілген істер

# 1.3: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-service-time = Жүгінген күні 15 минуттан аспай қызмет көрсетілген тұтынушылардың %-ы (үлесі) (7-тармақтың 3) тармақшасы)
indicator-service-time-short = қызмет көрсету ≤ 15 мин
indicator-service-time-numerator = қызмет көрсету уақыты (шақырылғаннан аяқталғанға дейін) 15 минуттан аспаған шешілген істер
indicator-service-time-denominator = екі уақыты да жазылған шешілген істер

# 2.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-quality = Қызмет көрсету үдерісінің сапасына қанағаттанған тұтынушылардың %-ы (үлесі)
indicator-quality-short = сапасына қанағаттанған
indicator-quality-numerator = кезеңдегі сапаға «иә» немесе 4–5 баға берген сауалнамалар
indicator-quality-denominator = кезеңдегі сапа туралы сұраққа жауап берген сауалнамалар

# 3.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-information = Қызмет көрсету сапасы мен оны көрсету туралы ақпаратқа қанағаттанған тұтынушылардың %-ы (үлесі)
indicator-information-short = ақпараттандыруға қанағаттанған
indicator-information-numerator = кезеңдегі ақпараттандыруға «иә» немесе 4–5 баға берген сауалнамалар
indicator-information-denominator = кезеңдегі ақпараттандыру туралы сұраққа жауап берген сауалнамалар

# 3.2: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-electronic = Ақпаратына электрондық форматта қол жеткізуге болатын қызметтердің %-ы (үлесі)
indicator-electronic-short = ақпарат электрондық түрде
indicator-electronic-numerator = ақпараты электрондық түрде қолжетімді қызметтер
indicator-electronic-denominator = стандарттағы қызметтер

# 4.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-complaints = Қызметтің осы түрі бойынша қызмет көрсетілген тұтынушылардың жалпы санына негізді шағымдардың %-ы (үлесі)
indicator-complaints-short = негізді шағымдар
indicator-complaints-numerator = кезеңде түскен негізді шағымдар
indicator-complaints-denominator = кезеңде шешілген істер (қызмет көрсетілген тұтынушылар)

# 5.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-politeness = Персоналдың сыпайылығына қанағаттанатын тұтынушылардың %-ы (үлесі)
indicator-politeness-short = сыпайылыққа қанағаттанған
indicator-politeness-numerator = кезеңдегі сыпайылыққа «иә» немесе 4–5 баға берген сауалнамалар
indicator-politeness-denominator = кезеңдегі сыпайылық туралы сұраққа жауап берген сауалнамалар
