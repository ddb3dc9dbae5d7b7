# Sharing a case: briefs, letters, exports (md, html, pdf, eml, ics), helpdesk tickets,
# notices and the checks of signed files. Rendered in the export's language (`--lang`), not
# necessarily the app's. Quotes, error texts, names and references are data: never here.

## Dates and numbers (src/share/dates.rs). Times are UTC.

# $month is the month's number (1–12).
share-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
share-month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# CLDR medium date: "2 Mar 2026".
share-date-medium = { $day } { $month_name } { $year }
# CLDR long date: "2 March 2026".
share-date-long = { $day } { $month_name } { $year }
# $month and $day have two digits; $time is "14:05".
share-date-time = { $year }-{ $month }-{ $day } { $time } UTC
share-date-short = { $month }-{ $day } { $time }
# The digit grouping of sizes: "off" for none (48213 bytes), else the separator (".").
share-digit-grouping = off

## The brief (src/share/brief.rs)

share-tag-takeover = SECURITY — possible account takeover: a contact I never made
share-tag-exposed = PRIVACY — another customer's data was shown to me
share-tag-impostor = SECURITY — someone contacted me claiming to be you
share-situation-case = Case { $number }: { $title }
# After ", ": where the customer meets the problem.
share-situation-access = { $access ->
    [app] in the app
    [web] on the website
   *[both] in the app and on the website
}
share-situation-still = Since { $since }, still happening as of { $at }.
share-situation-stopped = Since { $since }; no longer happening as of { $at }.
share-situation-since = Since { $since }.
share-situation-route = Please route to: { $team }.
share-contact-not-me = (NOT ME)
share-contact-inbound = (they contacted me)
share-contact-unsolicited = (they contacted me, unasked)
share-contact-said = said: "{ $quote }"
share-contact-error = error: "{ $error }"
share-contact-result = result: { $outcome }
share-contact-ref = ref { $refs }
share-contact-promise-by = by { $date }
# $due is empty or " by <date>"; $state is share-promise-state.
share-contact-promised = promised "{ $promise }"{ $due } ({ $state })
share-promise-state = { $state ->
    [kept] kept
    [missed] missed
   *[pending] pending
}
share-key-error = { $date } ({ $channel }): "{ $error }"
share-assess-first-request = No contact with support yet: this is my first request.
share-assess-contacts = { $n ->
    [one] { $n } contact with support
   *[other] { $n } contacts with support
}; { $status ->
    [resolved] it is marked resolved
   *[open] no one has resolved it yet
}.
share-assess-contacts-teams = { $n ->
    [one] { $n } contact with support
   *[other] { $n } contacts with support
} across { $teams_count } teams ({ $teams }); { $status ->
    [resolved] it is marked resolved
   *[open] no one has resolved it yet
}.
share-assess-not-me = Not me: { $contacts } — someone else posed as me; treat changes made there as unauthorised.
share-assess-loop = Loop: sent back to { $team } at { $at } (first seen at { $first }).
share-assess-lost-record = Lost record: at { $contacts } the agent had no record of what was said before.
share-assess-missed = { $n ->
    [one] Missed promise
   *[other] Missed promises
}: { $promises }.
share-assess-still = Still happening as of { $at }.
share-assess-stopped = No longer happening as of { $at }.
share-request-by = { $request } — by { $date }.
share-identity-verified-none = Verified me: none yet.
share-identity-verified = Verified me: { $contacts }.
share-identity-not-verified = Not verified: { $contacts }.
share-identity-contact-not-me = The { $channel } on { $date } ({ $contact }) was not me.
share-identity-alert-not-me = Not me: { $summary } (reported { $date }).
share-identity-anyone-else = Anyone else asking about this account is not me. I can verify my identity again now.
share-heading-request = Request
share-earlier-contacts = …{ $n } earlier contacts (full timeline follows)
share-heading-background-service = Background: contacts with { $service }
share-heading-background = Background: contacts with support
share-heading-own-attempts = Background: what I tried myself
share-heading-assessment = Assessment
share-heading-references = References
share-heading-complaint = Formal complaint
share-heading-identity = Identity
share-heading-attachments = Attachments
share-chat-request = Request: { $request }
share-chat-refs = Refs: { $refs }
share-chat-error = Error: { $error }
share-chat-error-cut = Error: { $error }… (full text in the attached brief)
share-chat-missed = Missed promises: { $promises }
share-chat-attachments = { $n ->
    [one] { $n } attachment, see the ticket.
   *[other] { $n } attachments, see the ticket.
}
share-chat-more-contacts = …and { $n } more contacts

## The preview of what would be masked (src/share/gate.rs): where each text is.

# used by pattern: the gate names the field ("title", "contact 2 summary").
share-field = { $field ->
    [title] title
    [service] service
    [desired-outcome] desired outcome
    [resolution] resolution
    [request] request
    [owner-team] team to own it
    [team] team
    [agent] agent
    [reference] reference
    [summary] summary
    [error] error
    [quote] quote
    [promise] promise
    [outcome] outcome
    [identity-method] identity method
    [name] name
    [description] description
   *[other] { $field }
}
share-field-alert = alert { $n } summary
share-field-contact = contact { $n } { $field }
share-field-attachment = attachment { $n } { $field }
share-field-case = case { $n } { $field }
share-case-warning = Case { $n }: { $warning }
share-quotes-withheld = [{ $n } quote(s) with another customer's details, not shared]
share-warning-last-four-and-address = The last four digits of a card or account and your postal address would go out together: together they are often enough to pass a phone-support identity check. Consider keeping the address masked.

## The escalation letter (src/share/escalation.rs)

share-letter-subject = Complaint and request for escalation: { $title }
share-letter-subject-refs = Complaint and request for escalation: { $title } (ref. { $refs })
share-letter-greeting = Dear Customer Relations / Complaints team,
share-letter-opening-service = I am asking for this problem to be escalated to someone who can resolve it. Since { $since } I have contacted { $service } { $n ->
    [one] { $n } time
   *[other] { $n } times
}
share-letter-opening = I am asking for this problem to be escalated to someone who can resolve it. Since { $since } I have contacted you { $n ->
    [one] { $n } time
   *[other] { $n } times
}
share-letter-not-resolved = { $contacted }, and it is still not resolved.
share-letter-not-resolved-teams = { $contacted }, across { $teams_count ->
    [one] { $teams_count } team
   *[other] { $teams_count } teams
} ({ $teams }), and it is still not resolved.
share-letter-heading-happened = What happened
share-letter-ref = ref. { $refs }
share-letter-error-shown = The error shown was: "{ $error }".
share-letter-and = { " " }and{ " " }
share-letter-bounce = On { $date } I was sent back to { $team } after { $via } had passed me on.
share-letter-due = due { $date }
# $due is empty or ", due <date>".
share-letter-missed = On { $date } I was told: "{ $promise }"{ $due }. This did not happen.
share-letter-heading-missed = Promises that were not kept
share-letter-hold = In total I have spent { $minutes } minutes on hold.
share-letter-heading-asking = What I am asking for
share-letter-default-ask = A resolution of this problem, and one person or team who owns it until it is resolved.
share-letter-reply-by = Please reply with a named contact and a plan by { $date }. If I do not hear back by then, I will take this further.
share-letter-record = { $identity } I have kept a record of every contact, with dates and reference numbers, and can send it on request.
share-letter-closing = Yours faithfully,

## Markdown, HTML and PDF (src/share/markup.rs, pdf.rs)

share-case-title = Case { $number } — { $title }
share-warning-label = Warning:
share-heading-timeline = Full timeline
share-heading-contents = Contents
# used by pattern: the labels of a contact in the full timeline.
share-label = { $label ->
    [channel] Channel
    [team] Team
    [agent] Agent
    [waited] Waited
    [references] References
    [summary] Summary
    [error] Error (exact)
    [they-said] They said
    [promise] Promise
    [outcome] Outcome
   *[identity] Identity
}
share-minutes = { $minutes } min
share-due = due { $date }
# A promise's status as recorded ("missed" is share-promise-state).
share-promise-status = { $status ->
    [kept] kept
    [broken] broken
   *[pending] pending
}
share-identity-state = { $state ->
    [verified] verified
    [not-verified] not verified
   *[unknown] unknown
}
share-footer-generated = Generated by { $generator } at { $at }. Redaction: { $n } mask(s) applied.
share-footer-generated-unmasked = Generated by { $generator } at { $at }. Redaction: { $n } mask(s) applied; sent in the clear by choice: { $kinds }.
share-footer-chain = Event-chain head: { $head } ({ $events_count } events, chain { $state ->
    [intact] intact
   *[broken] BROKEN
}).
share-footer-attachment = Attachment { $number } { $name }: SHA-256 { $sha256 }, { $size } bytes.
share-case-status = { $status ->
    [open] open
    [waiting_on_them] waiting on them
    [waiting_on_me] waiting on me
    [escalated] escalated
    [resolved] resolved
   *[other] { $status }
}
share-contents-line = { $title } ({ $status }, { $n ->
    [one] { $n } contact
   *[other] { $n } contacts
})
share-several-intro = { $n } cases, generated by { $generator } at { $at }. Each case opens with its brief, then its full timeline.
share-several-title = Steward export — { $n } cases
share-check-place-above = above
share-check-place-page = on page { $page }
share-pdf-page = page { $page } of { $pages }
share-pdf-footer-case = Case { $number }
share-pdf-embedded = The signed JSON export this PDF was made from

## How to check a file (src/share/check.rs)

share-check-heading = How to check this file
share-check-pointer = Check it with ssh-keygen, no Steward needed: see “{ $heading }” { $place }.
share-check-signed = Signed with the customer's Steward key { $fingerprint } (principal { $principal }). Keep this fingerprint: later files from this customer must show the same one.
share-check-allowed-signers = allowed_signers line: { $line }
share-check-openssh = Check with OpenSSH (Linux, macOS, Windows 10+): { $command }
share-check-steward = Or, where Steward is installed: steward share verify { $file } --signer allowed_signers
share-check-pdf = A PDF also carries a PDF signature (PAdES) that PDF viewers and poppler's pdfsig check: its certificate is self-signed, names the same fingerprint and is the same in every file from this customer, so a viewer shows the signature as valid and the certificate's issuer as unknown or not trusted — trust comes from the fingerprint.

## The .eml draft and .ics to-dos (src/share/mail.rs)

share-eml-attached = The attached { $file }.pdf has the full timeline; { $file }.json is the same record, machine-readable. Each comes with its signature ({ $file }.pdf.sig, { $file }.json.sig): check them with the command above.
# The draft's placeholder sender name; the mail client puts the real one.
share-eml-from = Me
share-ics-calendar = Steward case { $number }
share-ics-support = Support
share-ics-summary = { $who } promised: { $promise } (case { $number })
share-ics-promised-in = Promised in contact { $contact }.
share-ics-if-not = If it did not happen, log it in Steward and share the case brief.
share-ics-category = Support case

## Notes about a file, for the customer (src/share/render.rs)

share-note-not-archival = The PDF is a plain PDF, not archival PDF/A-3u: the case has characters the bundled Noto Sans font does not have (for example Chinese, Japanese, Korean or emoji), which may show as boxes.

## Notifications (src/share/notify.rs)

share-notice-overdue = Overdue: case { $number }
share-notice-due-soon = Due soon: case { $number }

## Helpdesk hand-offs (src/share/send.rs)

share-helpdesk-rt = Request Tracker (queue { $queue })
# same in every language: a product name.
share-helpdesk-zendesk = Zendesk
share-helpdesk-redmine = Redmine (project { $project })
share-update-nothing-new = Update on case { $number } ({ $reference }): no new contacts since the last update on { $date }. The current brief follows.
share-update-new = Update on case { $number } ({ $reference }): { $n ->
    [one] { $n } new contact
   *[other] { $n } new contacts
} since the last update on { $date }:
share-update = Update on case { $number } ({ $reference }). The current brief follows.
share-sent-update = Sent an update with the case brief to { $system }: added to ticket { $reference }.
share-sent-opened = Shared the case brief with { $system }; ticket { $reference } opened.

## Checking a signed file (src/share/sign.rs)

share-verify-unsigned = No Steward signature was found: this file cannot be checked.
share-verify-several = It holds { $n } cases, each with its event-chain head.
# $whose: own (this profile's key), other (another profile's key) or unknown.
share-verify-intact-at = Intact: unchanged since it was signed at { $at } by { $whose ->
    [own] this profile's key
    [other] another profile's key
   *[unknown] key
} { $key_id }.
share-verify-tampered-by = Tampered: the content does not match the signature made by { $whose ->
    [own] this profile's key
    [other] another profile's key
   *[unknown] key
} { $key_id }.
share-verify-tampered-ssh = Tampered: the file does not match its SSH signature (FILE.sig).
share-verify-intact = Intact: unchanged since it was signed.
# $verdict is one of the "Intact: …" messages without its last full stop.
share-verify-pinned = { $verdict }, by the pinned key { $fingerprint }.
share-verify-own = { $verdict }, by this profile's own key { $fingerprint }.
share-verify-wrong-signer = Wrong signer: the signature is valid but made by { $fingerprint }, not by the key you pinned ({ $pinned }). Someone else signed this file: do not trust its content.
share-verify-unpinned = Valid signature by an unpinned key { $fingerprint }: compare this fingerprint with the one the customer gave you before (or check with --signer KEY).
share-verify-damaged = Tampered: the signature block is damaged and cannot be read.

## Redaction: what a mask was, why text was flagged, and the masks themselves (src/share/redact/)

share-redact-kind = { $kind ->
    [card] card number
    [iban] IBAN
    [phone] phone number
    [email] e-mail address
    [otp] one-time code
    [backup_code] backup code
    [password] password
    [reset_link] reset or sign-in link
    [address] postal address
    [private] text marked private
   *[id_number] ID number
}
share-flag-reason = { $reason ->
    [long_number] a long number
    [card_like] a number that passes the card-number check
    [after_password_word] the word after "password"
    [link_token] a random-looking part of a link
    [token_like] a random-looking code
   *[code_like] a number that may be a one-time code
}
share-mask-code = [code]
share-mask-password = [password]
share-mask-backup-codes = [backup codes removed]
share-mask-email = [e-mail at { $domain }]
share-mask-id = [ID number]
share-mask-card-security = [card security code]
share-mask-token = [token]
share-mask-login = [login]
share-mask-card = [card ending { $last }]
share-mask-iban = [IBAN { $country }… ending { $last }]
# $prefix is empty or the country code with a space ("+84 ").
share-mask-phone = [phone { $prefix }…{ $last }]
share-mask-address = [address]
share-mask-private = [private]

## The PDF signature's reason, as PDF readers show it beside the signature (src/share/pdf_sign.rs)

share-pdf-sign-reason = Steward case export: unchanged since it was signed

## django-helpdesk (src/share/helpdesk/django_helpdesk.rs): how the contact logged on the case names it

share-helpdesk-django = django-helpdesk (queue { $queue })

## Signing key and time-stamping problems (details of share_key / timestamp errors)

share-key-not-a-key = the keyring entry "{ $entry }" does not hold a signing key
share-key-damaged = the stored signing key is damaged
share-tsa-unreachable = it could not be reached ({ $error })
share-tsa-answered = it answered { $status }
share-tsa-too-large = its answer was too large to be a timestamp
share-tsa-not-granted = it did not grant a timestamp

## Repeat impostors and the exposure letters (issue 22; src/share/brief.rs, src/share/exposure_letter.rs)

# The brief's situation line when the case's account has had two or more impostor alerts.
# $nth: how many (2 = the second time); $who: me (someone posed as the customer), you (as the
# company), both; $dates: when each happened.
share-situation-repeat = This is the { $nth ->
        [2] second
        [3] third
       *[other] { $nth }th
    } time { $who ->
        [me] someone posing as me has contacted you
        [you] someone posing as you has contacted me
       *[both] someone has posed as me or as you
    } ({ $dates }).
# A personal detail inside a sentence of a letter (names only, never the value).
share-exposure-detail = { $detail ->
        [address] my postal address
        [phone] my phone number
        [email] my e-mail address
        [card_last_four] the last four digits of a card
        [date_of_birth] my date of birth
        [security_answers] the answers to my security questions
       *[support_pin] my support PIN
    }
# Joins the last two details of a list ("my postal address and the last four digits of a card").
share-exposure-and = { " " }and{ " " }
share-exposure-greeting = Dear { $company } support team,
# The letter to a company whose support accepts details an impostor obtained elsewhere.
share-exposure-note-subject = Please protect my account: an impostor obtained my personal details
share-exposure-note-subject-account = Please protect my account { $account }: an impostor obtained my personal details
share-exposure-note-leaked = On { $date }, someone posing as me obtained { $details } from the support team at { $company }.
share-exposure-note-why = You accept { $details } to check who is calling, so the same person may now try to pass as me with you.
share-exposure-note-why-any = Companies often accept such details to check who is calling, so the same person may now try to pass as me with you.
# $how: what a caller must do first: pin, sign_in, either.
share-exposure-note-ask = Please add a note to my account{ $account } that anyone contacting you as me must first { $how ->
        [pin] give my support PIN
        [sign_in] sign in to my account
       *[either] give my support PIN or sign in to my account
    }, and must not be accepted on these details alone.
# Before the masked identifier in share-exposure-note-ask (" m•••@gmail.com").
share-exposure-account = { " " }{ $account }
share-exposure-note-pin = If you offer a support PIN or passcode, please set one up on my account and tell me how to choose it.
share-exposure-note-protections = Please tell me which other protections you offer against callers who know my details, and confirm in writing when the note is on my account.
share-exposure-no-values = For my safety, please do not repeat any of these details in your reply.
# The letter to the company where it happened, when it happened again.
share-exposure-second-subject = { $nth ->
        [2] Second
        [3] Third
       *[other] { $nth }th
    } impostor contact about my account: please investigate
share-exposure-second-subject-refs = { $nth ->
        [2] Second
        [3] Third
       *[other] { $nth }th
    } impostor contact about my account (ref. { $refs }): please investigate
share-exposure-second-opening = This is the { $nth ->
        [2] second
        [3] third
       *[other] { $nth }th
    } time { $who ->
        [me] someone posing as me has contacted your support
        [you] someone posing as you has contacted me
       *[both] someone has posed as me with your support or as you with me
    } about my account{ $account }: { $dates }.
share-exposure-second-obtained = They obtained { $details }.
share-exposure-second-refs = References: { $refs }
share-exposure-second-investigate = Please investigate how these contacts got past your checks, tell me what was disclosed or changed on my account, and undo any change made in them.
share-exposure-second-sign-in = Please require anyone contacting you about my account to sign in to it first, before any chat or call, and add a note to my account saying so.
share-exposure-second-reply = Please reply in writing with what you found and what you have changed.

## The brief's formal complaint (src/share/brief.rs, `complaint`). $date: a day; $contact: the
## contact's number in the timeline; $reference: the firm's complaint reference, masked as needed;
## $rule: the complaint rule's title; $law: its law or scheme; $label: a step of the rule.

share-complaint-received = Received by the firm on { $date }.
share-complaint-received-contact = Received by the firm on { $date } (contact #{ $contact }).
share-complaint-received-ref = Received by the firm on { $date }; their reference { $reference }.
share-complaint-received-contact-ref = Received by the firm on { $date } (contact #{ $contact }); their reference { $reference }.
share-complaint-rule = Rule: { $rule }.
share-complaint-rule-law = Rule: { $rule } ({ $law }).
share-complaint-no-rule = No complaint rule is known for it: Steward counts no deadlines.
share-complaint-final-response = Final response received on { $date }.
share-complaint-step = { $label }: by { $date }.
share-complaint-step-open = { $label }: possible since { $date }.
share-complaint-step-from = { $label }: from { $date }.
share-complaint-step-passed = { $label }: { $date } (passed).
share-complaint-step-done = { $label }: { $date } (done).
share-complaint-check = (Steward's reading of the rule: check this date.)
share-chat-complaint = Formal complaint received { $date }.
share-chat-complaint-due = Formal complaint received { $date }. { $label }: { $due }{ $passed ->
    [yes] {" "}(passed).
   *[no] .
}
