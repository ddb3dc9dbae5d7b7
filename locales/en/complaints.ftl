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
complaint-step-refer = Take it to { $body }
complaint-step-refer-adr = Take it to the ADR scheme your provider belongs to
complaint-step-feedback = Give feedback on the response to { $body }
complaint-step-progress-update = { $body } tells you how your complaint is going
complaint-step-adr-outcome = { $body } decides
complaint-step-support-negotiation = Ask { $body } to help you negotiate

## What you can do next

complaint-next-now = { $action }: you can do this now.
complaint-next-now-by = { $action }: you can do this now, by { $by } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
}).
complaint-next-from = { $action }: from { $from }.
complaint-next-unknown = { $action }: Steward doesn't know from when.

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
