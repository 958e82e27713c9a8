# The words of the report's content, which the annual report (PDF), the
# ministry's workbook and the dashboard share: each figure is named alike in all.

a4-values = Values of the quality and efficiency indicators
a4-indicators = Quality and accessibility indicators
a4-normative = Normative value of the indicator
a4-illustrative = illustrative
a4-target = Target value of the indicator in the next year
a4-current = Current value of the indicator in the reporting year
a4-missed = Values below the normative are marked (4.1: above)
a4-numerator = Numerator
a4-denominator = Denominator
a4-counts = { $n } of { $d }
a4-configured = 3.2 is not measured from the data: it is the share of the standard's services whose information esep's configuration marks as available electronically.
span = records from { $first } to { $last }
activity = Volumes, decisions and time
activity-note = Every service counts, identity documents too. A case counts as submitted on the day it was submitted, as decided on the day of its decision, and its duty on the day it was paid. Pending: submitted by { $end } and not decided by then. Days to a decision are working days after the day of submission, as the deadline is counted.
activity-services = By service
activity-departments = By department
activity-months = By month
activity-all-services = All services
activity-place = Department or office
activity-service = Service
activity-month = Month
activity-submitted = Submitted
activity-decided = Decided
activity-granted = Granted
activity-refused = Refused
activity-refusal-rate = Refused, %
activity-pending = Pending at { $end }
activity-median = Median, working days
activity-p90 = 90th percentile, working days
activity-duty = State duty, tenge
ranking-minimum = Ranked: places that served at least { $min } consumers in the period; { $below } served fewer and are not ranked.

summary = Key messages
summary-no-norms = No normative values are set for this year: meeting the norm is not assessed.
summary-all-met = All { $total } measured indicators of Appendix 4 meet their normative value.
summary-missed = { $n } of the { $total } measured indicators miss their normative value: { $list }.
summary-missed-item = { $indicator } — { $value } % against a norm of { $norm } %
summary-leaders = { $indicator }: best department — { $best } ({ $best_value } %), worst — { $worst } ({ $worst_value } %).
summary-no-previous = No comparison with the previous year: its data was not given and the input holds none.
summary-no-changes = The republic's values did not change against { $year }.
summary-changes = The biggest changes against { $year }: { $list }.
summary-change-item = { $indicator } { $change } p.p. ({ $year_before }: { $previous } %, { $year }: { $current } %)
summary-movers = Cases on time (1.1) rose most in { $rose } ({ $up } p.p.) and fell most in { $fell } ({ $down } p.p.).
summary-volumes = Cases submitted: { $submitted }; decided: { $decided }; refused: { $refused } (refusal rate { $rate } %); pending on { $end }: { $pending }; median days to a decision — { $median } working days.

prepared-by = Prepared by { $unit }, { $position } { $person }; { $contact }.
prepared-by-esep = Prepared by esep from the offices' case records; no preparer is set in the configuration.
