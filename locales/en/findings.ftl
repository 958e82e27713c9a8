# What each kind of finding says (src/law/code.rs holds one row a kind:
# its key, its item, this message).

finding-late = result issued after the deadline
finding-long-wait = waited in the queue more than 15 minutes
finding-long-service = served for more than 15 minutes
finding-outside-hours = documents accepted outside the reception hours
finding-out-of-turn = called before a visitor who arrived earlier: received out of turn
finding-fee-short = state fee below 50 % of the MCI on the day of payment
finding-fee-over = state fee above 50 % of the MCI on the day of payment
finding-fee-paid-late = state fee paid after the documents were accepted (item 11 asks for the receipt with them)
finding-document-missing = a document required by item 11 was not accepted
finding-not-extendable = an extension granted in a category that is not extended
finding-second-extension = a once-only category extended a second time
finding-beyond-cap = extended beyond the term item 6 allows
finding-cap-unknown = work extension without the permit's end date: the cap cannot be checked
finding-knb-approval-missing = extension without the approval of the National Security Committee
finding-applicant-not-allowed = extension applied for by someone item 6 does not allow
finding-supporting-document-missing = the supporting document item 6 requires for the category was not accepted
finding-residence-review = permanent-residence visa to someone neither from an Appendix 2 country nor an ethnic Kazakh: review (asylum applicants are eligible)
finding-ground-not-in-standard = refused on a ground the standard does not give for this service
finding-ground-against-record = refused on a ground of item 6 that the category or the record does not bear out
finding-not-issued-inside = issued a visa of a category that is not issued inside Kazakhstan (item 6: medical, permanent residence, exit)
finding-extension-without-grounds = extended with neither the document confirming the need to stay longer nor exceptional grounds
finding-proxy-without-power-of-attorney = handed to a proxy, but no power of attorney among the documents
finding-extra-check-long = additional identity check longer than 3 working days
finding-conclusion-late = conclusion later than 2 working days after the check
finding-formular-code-mismatch = the formular code does not fit the person's citizenship or age
finding-registry-request-late = birth record asked of the registry more than 2 working days after the documents were accepted
finding-complaint-answered-late = a complaint answered after its term (item 25; Law No. 221)
finding-complaint-unanswered = a complaint still unanswered after its term
finding-complaint-incomplete = a complaint lacks what item 24 asks of it

# The figures behind a finding (audit, findings.xlsx): each by its name
# (src/law/finding.rs, NAMES), then its value.
figure = { $name ->
        [accepted] documents accepted
        [age] age
        [answered] answered
        [applicant_kind] applicant
        [arrived] arrived
        [as_of] as of
        [asked] asked
        [called] called
        [cap] allowed until
        [category] visa category
        [check_ended] check ended
        [citizenship] citizenship
        [conclusion] conclusion
        [day_of_payment] day of payment
        [deadline] deadline
        [decided] decided
        [document] document
        [due] due
        [due_tenge] due, tenge
        [earlier_arrived] the earlier visitor arrived
        [earlier_called] the earlier visitor called
        [ended] ended
        [extended_to] extended to
        [formular_code] formular code
        [ground] ground of refusal
        [issued_to] handed to
        [knb_approved] approved by the National Security Committee
        [limit] last day of the term
        [minutes] minutes
        [missing] missing
        [paid] paid
        [paid_tenge] paid, tenge
        [prior_extensions] extensions before
        [started] started
        [visa_valid_to] visa valid to
       *[other] { $name }
    }
# A state esep names itself where the record gives no value of its own.
figure-state = { $state ->
        [stateless] stateless
        [not-recorded] not recorded
        [no] no
       *[other] { $state }
    }
