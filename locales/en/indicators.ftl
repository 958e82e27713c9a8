# The indicators of Appendix 4 (src/indicator.rs holds one row an
# indicator: its id and the ids of these texts).

# The headings of Appendix 4 the indicators stand under.
indicator-group-timeliness = 1. Timeliness
indicator-group-quality = 2. Quality
indicator-group-accessibility = 3. Accessibility
indicator-group-complaints = 4. Complaints
indicator-group-politeness = 5. Politeness

# 1.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-timeliness = Share of cases in which the service was provided within the set term from the submission of documents
indicator-timeliness-short = on time
indicator-timeliness-numerator = served cases decided by their deadline
indicator-timeliness-denominator = cases decided in the period, of services with a deadline

# 1.2: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-waiting = Share of consumers who waited at most 15 minutes to be served on the day they applied (item 7(2))
indicator-waiting-short = waited ≤ 15 min
indicator-waiting-numerator = served cases whose wait in the queue (arrival to call) was at most 15 minutes
indicator-waiting-denominator = served cases with both times recorded

# 1.3: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-service-time = Share of consumers served in at most 15 minutes on the day they applied (item 7(3))
indicator-service-time-short = served ≤ 15 min
indicator-service-time-numerator = served cases whose service (call to end) took at most 15 minutes
indicator-service-time-denominator = served cases with both times recorded

# 2.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-quality = Share of consumers satisfied with the quality of the service process
indicator-quality-short = satisfied with quality
indicator-quality-numerator = surveys of the period satisfied with quality (yes, or 4–5)
indicator-quality-denominator = surveys of the period that answered on quality

# 3.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-information = Share of consumers satisfied with the quality of the service and the information about it
indicator-information-short = satisfied with information
indicator-information-numerator = surveys of the period satisfied with the information (yes, or 4–5)
indicator-information-denominator = surveys of the period that answered on information

# 3.2: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-electronic = Share of services whose information is available electronically
indicator-electronic-short = information electronic
indicator-electronic-numerator = services whose information is available electronically
indicator-electronic-denominator = the services of the standard

# 4.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-complaints = Justified complaints as a share of all consumers served in this service
indicator-complaints-short = justified complaints
indicator-complaints-numerator = justified complaints received in the period
indicator-complaints-denominator = cases decided in the period (consumers served)

# 5.1: its name (the wording of Appendix 4; item 7 for 1.2 and 1.3),
# a chart legend's few words, and what it counts.
indicator-politeness = Share of consumers satisfied with the politeness of staff
indicator-politeness-short = satisfied with politeness
indicator-politeness-numerator = surveys of the period satisfied with politeness (yes, or 4–5)
indicator-politeness-denominator = surveys of the period that answered on politeness
