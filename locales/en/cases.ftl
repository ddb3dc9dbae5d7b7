## Cases (src/cases): security alerts and their checklists, what the insights say about a case,
## and one-line descriptions of attachments. Rendered by the core with t!(). What the customer
## typed (summaries, quotes, error texts) is data and never here.

## Security alerts: a headline and why it matters

cases-alert-unsolicited-contact = Unsolicited contact: check it was really them
cases-alert-unsolicited-contact-why = Someone contacted you without you asking. Impostors pose as support to get codes, passwords or personal details. Give none; contact the company yourself through its official website or app.
cases-alert-contact-not-made = Possible impostor: a contact you never made
cases-alert-contact-not-made-why = There is a record of a contact with support that you never had. Someone may have posed as you to get your details or change your account.
cases-alert-data-exposed = You were shown someone else's account data
cases-alert-data-exposed-why = Support showed you data that belongs to someone else. The accounts may be mixed up, which means your data may be shown to others too.

# The summary of the alert an unsolicited contact raises by itself. $channel is the contact's
# channel ("phone", "chat"), $team the team they named, $what the customer's summary (data).
cases-alert-unsolicited-summary = Unsolicited { $channel } contact: { $what }
cases-alert-unsolicited-summary-team = Unsolicited { $channel } contact from "{ $team }": { $what }

## An alert's checklist: what to do, and why it helps

cases-alert-step-change-password = Change your password
cases-alert-step-change-password-at = Change your password at { $service }
cases-alert-step-change-password-why = If someone has been acting as you, or accounts got mixed up, a new password that you use nowhere else locks them out.
cases-alert-step-review-activity = Review recent sign-ins and signed-in devices
cases-alert-step-review-activity-why = Sign out any device or session you don't recognise, and check that the e-mail address, phone number and postal address on the account are still yours.
cases-alert-step-two-step = Turn on two-step verification
cases-alert-step-two-step-why = Then a password alone is not enough to get in. An authenticator app is harder to hijack than codes by SMS.
cases-alert-step-tell-support = Tell support, with the evidence
cases-alert-step-tell-support-why = Send the transcript, e-mail or screenshot attached to this case, with the date and time, so they can trace who contacted them as you and what was disclosed.
cases-alert-step-tell-support-exposed-why = Say exactly what you were shown and when (a screenshot attached to this case helps), so they can separate the accounts and protect the other customer too.
cases-alert-step-verification-note = Ask support to add a verification note to your account
cases-alert-step-verification-note-why = A note such as "only make changes after checking the code from my authenticator app" makes it harder for the next impostor to pass as you.

## Insights: why escalating now makes sense

cases-escalate-contacts = { $n ->
    [one] { $n } contact without a resolution
   *[other] { $n } contacts without a resolution
}
cases-escalate-bounced = sent back to { $team } after being passed on
cases-escalate-handoffs = { $n ->
    [one] passed between teams { $n } time
   *[other] passed between teams { $n } times
}
cases-escalate-promises = { $n ->
    [one] { $n } promise not kept
   *[other] { $n } promises not kept
}
cases-escalate-days = { $days ->
    [one] open for { $days } day
   *[other] open for { $days } days
}

## Attachments in one line, for a reader who doesn't have the file

cases-attachment-email = an e-mail
cases-attachment-unknown-sender = an unknown sender
cases-attachment-email-from = e-mail from { $from }
# A chrono date format (https://docs.rs/chrono/latest/chrono/format/strftime/), not words: a
# translation writes the date the way its readers do.
# same in every language (a format: the check for English left over does not apply)
cases-attachment-date-format = %-d %b %Y %H:%M UTC
cases-attachment-subject = subject "{ $subject }"
cases-attachment-dkim = DKIM-signed
cases-attachment-transcript = a chat transcript
# $digest is what the chat shows (cases-chat-…, joined by "; ").
cases-attachment-transcript-digest = a chat transcript: { $digest }
cases-attachment-image = a screenshot or photo
cases-attachment-pdf = a PDF document
cases-attachment-file = a file

## What a chat shows: kinds of personal detail (never the values), joined by ", " in $details

cases-chat-asked = the agent asked for the { $details }
cases-chat-given = the person in the chat gave the { $details }
cases-chat-disclosed = the agent disclosed the { $details }
cases-chat-references = reference { $refs }
cases-detail-date-of-birth = date of birth
cases-detail-address = address
cases-detail-card-last-four = last four digits of the card
cases-detail-card-number = card number
cases-detail-phone-number = phone number
cases-detail-email = e-mail address
cases-detail-password = password or PIN
cases-detail-one-time-code = one-time code
cases-detail-security-answer = security answer

## What a case's field is called in an error ({ $field } of field_required / field_too_long):
## the field's English name made into an id by CaseError::args.

# used by pattern: cases-field-{field}
cases-field-agent = Agent
# used by pattern: cases-field-{field}
cases-field-desired-outcome = Desired outcome
# used by pattern: cases-field-{field}
cases-field-domain = Domain
# used by pattern: cases-field-{field}
cases-field-error-text = Error text
# used by pattern: cases-field-{field}
cases-field-identifier = Identifier
# used by pattern: cases-field-{field}
cases-field-identity-check = Identity check
# used by pattern: cases-field-{field}
cases-field-outcome = Outcome
# used by pattern: cases-field-{field}
cases-field-promise = Promise
# used by pattern: cases-field-{field}
cases-field-quote = Quote
# used by pattern: cases-field-{field}
cases-field-reference-number = Reference number
# used by pattern: cases-field-{field}
cases-field-request = Request
# used by pattern: cases-field-{field}
cases-field-resolution = Resolution
# used by pattern: cases-field-{field}
cases-field-service = Service
# used by pattern: cases-field-{field}
cases-field-summary = Summary
# used by pattern: cases-field-{field}
cases-field-team = Team
# used by pattern: cases-field-{field}
cases-field-title = Title
# used by pattern: cases-field-{field}
cases-field-alert = Alert
# used by pattern: cases-field-{field}
cases-field-case = Case

## Why an event breaks the case history's hash chain (src/cases/events.rs)

cases-chain-wrong-link = links to an event that is not the previous one
cases-chain-wrong-hash = content does not match its hash

## What is wrong with an attached e-mail or a saved attachment (details of malformed_email, case_data_corrupt)

cases-email-no-headers = no e-mail headers were found
cases-email-no-from-date = it has neither a From nor a Date header
cases-attachment-bytes-missing = the bytes of { $name } are missing
cases-attachment-bytes-changed = the bytes of { $name } do not match their SHA-256

## Repeat impostor alerts (issue 22, exposure letters): an alert that is not the first on its account.
## $nth is which time this is (2 = the second); $earlier lists the earlier alerts' numbers.

cases-alert-repeat = This is the { $nth ->
        [2] second
        [3] third
       *[other] { $nth }th
    } time at { $service } (earlier: alert { $earlier }). Impostors come back when a first try worked: ask { $service } to investigate, and to require sign-in before any chat about your account.
cases-alert-step-tell-support-repeat = Tell support this is the { $nth ->
        [2] second
        [3] third
       *[other] { $nth }th
    } time, with the evidence, and ask them to investigate
