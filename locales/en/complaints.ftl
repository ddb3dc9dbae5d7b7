## Complaints beyond the company (src/complaints): rules, deadlines, what to do next. Rendered by
## the core with t!(). Body names (ombudsmen, regulators) are proper names from
## src/complaints/rules/rules.toml and are not here; neither are quotes from the law.

## Rule names: one per rule in rules.toml (complaint-rule-<rule id>-title)

# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-financial-services-title = UK financial services (banks, lenders, insurers): 8 weeks, then the Financial Ombudsman
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-payment-services-title = UK payments and e-money: 15 business days, then the Financial Ombudsman
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-energy-title = Great Britain gas and electricity: 8 weeks, then the Energy Ombudsman
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-telecoms-8-weeks-title = UK phone and broadband, complaints before 8 April 2026: 8 weeks, then an ADR scheme
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-telecoms-6-weeks-title = UK phone and broadband, complaints from 8 April 2026: 6 weeks, then an ADR scheme
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-data-access-title = UK data access request: one month (up to three if complex), then the ICO
# used by pattern: complaint-rule-{id}-title
complaint-rule-gb-data-complaint-title = UK data protection complaint to the organisation: acknowledged within 30 days, then the ICO
# used by pattern: complaint-rule-{id}-title
complaint-rule-eu-data-access-title = EU data request (GDPR): one month (up to three), then the data protection authority
# used by pattern: complaint-rule-{id}-title
complaint-rule-eu-consumer-adr-title = EU consumer dispute: a certified ADR body (no EU-wide deadline for the trader)
# used by pattern: complaint-rule-{id}-title
complaint-rule-us-cfpb-title = US consumer finance through the CFPB: company response in 15 days, most closed within 60
# used by pattern: complaint-rule-{id}-title
complaint-rule-vn-consumer-title = Viet Nam consumer request to negotiate: 7 working days, then the consumer protection authority
# used by pattern: complaint-rule-{id}-title
complaint-rule-vn-banking-payment-account-title = Viet Nam bank payment account complaint (time limit not confirmed)
# used by pattern: complaint-rule-{id}-title
complaint-rule-vn-banking-card-title = Viet Nam bank card complaint (time limit not confirmed)

## Contact kinds (the Log form's "What was this contact?")

complaint-contact-kind-ordinary = Ordinary contact
complaint-contact-kind-complaint_made = Formal complaint made
complaint-contact-kind-final_response = Final response received

## Periods and what they run from

complaint-unit-calendar_days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
complaint-unit-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
complaint-unit-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
complaint-unit-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
complaint-unit-business_days = { $n ->
    [one] { $n } business day
   *[other] { $n } business days
}
complaint-unit-working_days = { $n ->
    [one] { $n } working day
   *[other] { $n } working days
}
complaint-event-received = received
complaint-event-sent-to-company = sent to the company
complaint-event-final-response = final response
complaint-event-last-contact = last contact
complaint-event-firm-deadline = the firm's deadline passed
complaint-event-other = from
complaint-event-complained-of = the event you complain about
complaint-event-transaction = the transaction
complaint-event-body-lodged = your complaint to the body
complaint-event-complete-file = the complete complaint file
# "received 5 January 2026; 8 weeks → 2 March 2026"
complaint-arithmetic = { $event } { $start }; { $period } → { $end }

## Steps

complaint-step-acknowledge = The firm acknowledges your complaint
complaint-step-summary-resolution = The firm resolves it quickly (summary resolution)
complaint-step-final-response = The firm sends its final response
complaint-step-response = The firm answers
complaint-step-extension-notice = The firm tells you if it needs more time
complaint-step-negotiate = The firm takes up your request and negotiates
complaint-step-follow-up = Follow up with the organisation
complaint-step-complain-to-firm = Complain to the firm
complaint-step-refer = Complain to the ombudsman or regulator: { $body }
complaint-step-refer-adr = Complain to the ADR scheme your provider belongs to
complaint-step-refer-by = Last day to complain to { $body }
complaint-step-refer-adr-by = Last day to complain to the ADR scheme
complaint-step-feedback = Give feedback on the response to { $body }
complaint-step-progress-update = { $body } tells you how your complaint is going
complaint-step-adr-outcome = { $body } decides
complaint-step-support-negotiation = Ask { $body } to help you negotiate

## What you can do next

complaint-next-now = { $action } — you can do this now.
complaint-next-now-by = { $action } — you can do this now, by { $by } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
}).
complaint-next-from = { $action } — from { $from }.
complaint-next-unknown = { $action } — Steward doesn't know from when.

## One line for the case page and the CLI

complaint-headline-not-marked = No formal complaint on this case yet. Mark the contact where you complained, and Steward counts the firm's deadline.
complaint-headline-no-place = Steward needs the country and sector of the complaint to find its rules.
complaint-headline-no-rule = No rule known for { $jurisdiction } { $sector }: Steward gives no dates. Check with a consumer adviser.
complaint-headline-firm-has-time = The firm has until { $date } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
}). { $next }
complaint-headline-waiting = The firm still has time. { $next }
complaint-headline-firm-late = The firm's time ran out on { $date } ({ $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}). { $next }
complaint-headline-open = { $next }
complaint-headline-final-response = Final response received on { $date }. { $next }

## Calendar items for complaint deadlines (.ics)

complaint-ics-category = Complaint deadline
complaint-ics-deadline = { $what } — case { $number }
complaint-ics-by = Last day: { $what } — case { $number }
complaint-ics-opens = From today: { $what } — case { $number }
complaint-ics-reference = Complaint reference: { $reference }
complaint-ics-check = Check this date: Steward counted it by its reading of the rules.

## Desktop notifications (src/share/notify.rs)

complaint-notice-due = Complaint deadline soon — case { $number }
complaint-notice-passed = Complaint deadline passed — case { $number }
complaint-notice-opens = Your next step opens today — case { $number }

## Complaint letters (src/share/complaint_letter.rs). Quotes and error texts are the customer's
## record and stay verbatim; $law is the rule's citation; $body an ombudsman's or regulator's name.

complaint-letter-the-firm = the company
complaint-letter-greeting-firm = Dear Complaints team,
complaint-letter-greeting-body = Dear Sir or Madam,
complaint-letter-to-body = The ombudsman or regulator
complaint-letter-to = To: { $to }
complaint-letter-to-url = To: { $to } ({ $url })
complaint-letter-references = References: { $refs }
complaint-letter-rule = Rules that apply: { $law }.
complaint-letter-answer-final = final response
complaint-letter-answer-other = answer
complaint-letter-deadline = Your { $answer } is due by { $date } ({ $arithmetic }).
complaint-letter-check = (I have counted the dates myself; please tell me if you count them differently.)
complaint-letter-received = I made my formal complaint on { $date }.
complaint-letter-received-contact = I made my formal complaint on { $date } (contact { $contact } below).
complaint-letter-acknowledge = Please acknowledge this complaint in writing and give me your complaint reference.
complaint-letter-complaint-subject = Formal complaint: { $title }
complaint-letter-complaint-subject-refs = Formal complaint: { $title } (ref. { $refs })
complaint-letter-complaint-opening = I am making a formal complaint to { $firm } about: { $title }.
complaint-letter-complaint-then = If I don't have your { $answer } by then, I can take my complaint to the ombudsman or regulator ({ $body }) from { $date }.
complaint-letter-chaser-subject = Complaint: your deadline has passed — { $title }
complaint-letter-chaser-subject-refs = Complaint: your deadline has passed — { $title } (ref. { $refs })
complaint-letter-chaser-passed = Your { $answer } was due by { $date } ({ $arithmetic }). I have not received it.
complaint-letter-chaser-no-date = I have not received your { $answer }.
complaint-letter-chaser-ask = Please send me your { $answer } now, in writing.
complaint-letter-chaser-next = I am now entitled to take my complaint to the ombudsman or regulator ({ $body }, from { $date }), and I intend to do so.
complaint-letter-referral-subject = Complaint about { $title }: referral
complaint-letter-referral-subject-refs = Complaint about { $title }: referral (ref. { $refs })
complaint-letter-referral-opening = I would like you to look at my complaint against { $firm } about: { $title }.
complaint-letter-referral-final = They sent their final response on { $date }{ $contact }, and it did not resolve my complaint.
complaint-letter-referral-no-answer = Their time to send their { $answer } ended on { $date } ({ $arithmetic }), and I have not received one.
complaint-letter-referral-open = When I may come to you: { $arithmetic }.
complaint-letter-referral-by = I am writing within the time limit, which ends on { $date }.
complaint-letter-evidence = { $n ->
    [one] I have { $n } document as evidence and can send it to you.
   *[other] I have { $n } documents as evidence and can send them to you.
}

## The command line (cli/src/complaints.rs)

complaint-cli-cleared = Case { $number }: the complaint mark is removed.
complaint-cli-kind-set = Contact { $contact } is now: { $kind }.
complaint-cli-letter-written = Letter written to { $path }.
complaint-cli-reference = Complaint reference: { $reference }
complaint-cli-days = { $days ->
    [0] today
    [one] { $days } day left
   *[other] { $days } days left
}
complaint-cli-days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
complaint-cli-check = check this date
complaint-cli-unconfirmed = not confirmed: Steward gives no date
complaint-cli-no-event = no date yet: it counts from { $event }
complaint-cli-no-number = no fixed number of days
complaint-cli-extended = If they extend it (they must tell you, with reasons): { $arithmetic }
complaint-cli-next = What you can do:
complaint-cli-letters = Letters: steward share letter CASE --kind { $kinds }
complaint-cli-rules-footer = Each rule cites its sources: steward complaint rules --json

## Ombudsmen, ADR schemes and regulators as the customer reads them (complaint-body-<id>; the
## rules file's `name` keeps the reviewer's notes)

# used by pattern: complaint-body-{id}
# same in every language
complaint-body-fos = Financial Ombudsman Service
# used by pattern: complaint-body-{id}
# same in every language
complaint-body-energy-ombudsman = Energy Ombudsman
# used by pattern: complaint-body-{id}
# same in every language
complaint-body-communications-ombudsman = Communications Ombudsman
# used by pattern: complaint-body-{id}
complaint-body-cisas = CISAS (Communications and Internet Services Adjudication Scheme)
# used by pattern: complaint-body-{id}
complaint-body-ico = Information Commissioner's Office (ICO)
# used by pattern: complaint-body-{id}
complaint-body-eu-dpa = the data protection authority of your EU country
# used by pattern: complaint-body-{id}
complaint-body-eu-adr-entity = a certified consumer ADR body in the trader's country
# used by pattern: complaint-body-{id}
complaint-body-cfpb = Consumer Financial Protection Bureau (CFPB)
# used by pattern: complaint-body-{id}
complaint-body-vn-consumer-authority = the consumer protection authority (Department of Industry and Trade, Sở Công Thương, of your province)
