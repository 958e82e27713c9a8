export-rejected = rejected {""}
export-appendix-4 = Appendix 4
export-republic = Republic
export-department = Department
export-office = Office
export-departments = Departments
export-offices = Offices
export-code = Code
export-name = Name
export-served = Served
export-region = Region
export-activity = Activity
export-months = Months
export-month = Month
export-comparison = Comparison
export-indicator = Indicator
export-indicator-name = Indicator name
export-change-percentage-points = Change, percentage points
export-months-compared = Months compared
export-ranking = Ranking
export-level = Level
export-place = Place
export-value = Value, %
export-findings = Findings
export-charts = Charts
export-1-1-timeliness-department = 1.1 Timeliness by department, %
export-monthly-trend = Monthly trend, %
export-identity-decided = Decided
export-identity-issued = Issued
export-identity-refused = Refused
export-identity-returned = Returned
export-identity-another-reason = another reason
export-identity-total = total
export-identity-registry-request-12 = Registry request (12)
export-identity-additional-check-16 = Additional check (16)
export-identity-conclusion-16 = Conclusion (16)
export-identity-deadline-set-report = Deadline set for the report
export-identity-recorded = recorded
export-identity-met = met
export-identity-formular-codes-not-fitting-person = Formular codes not fitting the person (31)
export-identity-identity-documents = Identity documents
findings-findings = findings
findings-case = case
findings-complaint = complaint
findings-counts = counts
template-notes = Notes
template-yes = yes
template-lists = Lists
template-list = list

# Appendix 4's sheet, in Kazakh and Russian side by side whatever the
# run's language: the ministry's form.

# The columns of findings.xlsx.
findings-column-about = about
findings-column-id = id
findings-column-office = office
findings-column-office-name = office_name
findings-column-file = file
findings-column-sheet = sheet
findings-column-row = row
findings-column-item = item
findings-column-finding = finding
findings-column-figures = figures
findings-column-count = count

# The columns rejected.xlsx and rejected.csv begin with.
rejected-column-file = file
rejected-column-sheet = sheet
rejected-column-row = row
rejected-column-cell = cell
rejected-column-column = column
rejected-column-value = value
rejected-column-code = code
rejected-column-reason = reason

# The template workbook (esep template): a table's title row, the columns
# of its notes sheet, the answers of a yes/no column's list.
template-title = Register in the esep contract (version 2): fill it in from row 3; what to write in each column is on the sheet «{ template-notes }»
template-column-table = table
template-column-column = column (Russian header; Kazakh header; key)
template-column-required = required
template-column-what = what to write
template-answer-yes = yes
template-answer-no = no
