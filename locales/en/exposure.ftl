## The exposure chain (src/exposure): personal details, what is at stake, the lock-down plan.

exposure-detail-address = postal address
exposure-detail-phone = phone number
exposure-detail-email = e-mail address
exposure-detail-card-last-four = last four digits of a card
exposure-detail-date-of-birth = date of birth
exposure-detail-security-answers = answers to security questions
exposure-detail-support-pin = support PIN or passcode

exposure-stake-money = money: payments and transfers
exposure-stake-email = e-mail: the key to resetting every other password
exposure-stake-phone = phone number: codes by text and call
exposure-stake-shopping = shopping: a saved card and your address
exposure-stake-other = other

## The chain (src/exposure/chain.rs): why an account is listed, or not.
# $service: the at-risk account; $detail: a detail's name; $place: where it leaked; $alerts: exposure-alert-numbers.
exposure-reason = { $service } accepts your { $detail } to check who is calling — an impostor got it at { $place } ({ $alerts }).
exposure-reason-rule = { $service } accepts your { $detail } to check who is calling (Steward's service notes say so) — an impostor got it at { $place } ({ $alerts }).
exposure-alert-numbers = { $count ->
    [one] alert { $numbers }
   *[other] alerts { $numbers }
}
exposure-where-unknown = another company
exposure-cleared-different-value = { $service } has a different { $detail } ({ $hint }), not the one that leaked ({ $leaked }).
exposure-cleared-does-not-check = { $service } does not use these to check who is calling, as far as Steward knows: { $details }.
exposure-cleared-does-not-hold = { $service } does not have these: { $details }.

## The lock-down plan (src/exposure/plan.rs). $service: the account's company.
exposure-step-support-pin = Set a support PIN or passcode at { $service }.
exposure-step-support-pin-ask = Ask { $service } whether they offer a support PIN or passcode, and set one.
exposure-step-support-pin-why = Anyone can read out details that leaked; only you know a PIN.
exposure-step-verification-note = Ask { $service } to add a note to your account: anyone asking about it must pass extra checks.
exposure-step-verification-note-why = Support reads the note first, so a caller who knows your details is asked for more.
exposure-step-two-step = Turn on two-step verification at { $service } (Steward's wizard guides you).
exposure-step-two-step-why = Even with your details, a stranger then also needs your phone or key to get in.
exposure-step-change-detail-why = A detail that no longer matches is useless to whoever has it.
exposure-change-card = Ask your bank for a new card, and use it at { $service }: the leaked last four digits then no longer match.
exposure-change-address = Where { $service } allows it, use another address (a mail-forwarding or pick-up address).
exposure-change-email = Use another e-mail address at { $service } (an alias only you know).
exposure-change-security-answers = Change your security answers at { $service } (they need not be true; keep them in your password manager).
exposure-change-support-pin = Change your support PIN at { $service }.
exposure-step-sign-in-before-chat = Turn on { $service }'s setting that lets support talk only after you sign in.
exposure-step-sign-in-before-chat-ask = Ask { $service } to talk about your account only after you have signed in.
exposure-step-sign-in-before-chat-why = An impostor who cannot sign in cannot start the chat.
exposure-step-number-lock = Turn on the number lock (port-out protection) at { $service }.
exposure-step-number-lock-ask = Ask { $service } for a number lock (port-out protection) on your line.
exposure-step-number-lock-why = It stops someone moving your number to their SIM and receiving your codes.
exposure-step-letter = Send { $service } a letter asking them to protect your account (Steward drafts it).
exposure-step-letter-why = A written request leaves a record, and the company knows to take extra care.

## The command line (cli/src/exposure.rs): steward accounts exposure|details|lockdown, steward case disclosed.
exposure-cli-nothing-leaked = Nothing has leaked that Steward knows of. When an impostor got your details at a company, note what they got: steward case disclosed <alert> --got address,card_last_four
exposure-cli-leaked-heading = What leaked
# $detail: the detail's name (with its masked value); $place: the company; $date: the alert's date.
exposure-cli-leak = { $detail } — at { $place }, alert { $number } ({ $date })
exposure-cli-first = Do this first: { $text }
exposure-cli-at-risk-heading = { $n ->
    [one] At risk: 1 account
   *[other] At risk: { $n } accounts
}
exposure-cli-none-at-risk = None of your other accounts is known to accept what leaked.
exposure-cli-repeat = Not the first time: an impostor has contacted this company before.
exposure-cli-why = Why: { $text }
exposure-cli-plan = Plan:
exposure-cli-wizard = Start it with: steward enrol start "{ $service }"
exposure-cli-tick = When done: steward accounts lockdown "{ $service }" { $step }
exposure-cli-not-at-risk-heading = Not at risk
exposure-cli-unknown-heading = Steward doesn't know what these check
exposure-cli-tell = { $service }: tell Steward what it knows about you and checks — steward accounts details "{ $service }" --holds … --checks …
exposure-cli-step-done = Done — ticked.
exposure-cli-step-undone = Unticked.
exposure-cli-questions-not-started = Not answered yet.
exposure-cli-questions-answered = Your answers:
exposure-cli-questions-skipped = You skipped the questions for now.
exposure-cli-stake = At stake: { $stake }
exposure-cli-stake-unknown = At stake: not said
exposure-cli-basis-customer = you said
exposure-cli-basis-rule = Steward's service notes
exposure-cli-detail-checks = { $detail }: it has it, and its support accepts it to check who is calling
exposure-cli-detail-holds = { $detail }: it has it, but doesn't accept it to check who is calling
exposure-cli-detail-lacks = { $detail }: it doesn't have it
exposure-cli-offers = Offers: { $protections }
exposure-cli-source = Source: { $title } — { $url }
exposure-cli-note = What Steward's notes say about their support: { $text }
exposure-cli-alert = Alert { $number }
exposure-cli-alert-at = Alert { $number } · { $service }
exposure-cli-disclosures-saved = Saved.
exposure-cli-disclosures-none = Nothing noted as asked for or given.
exposure-cli-got = They got: { $details }
exposure-cli-asked-only = They asked for, but didn't get: { $details }
exposure-cli-suggestions = Read from the alert's evidence:
exposure-cli-suggest-got = they got { $detail }
exposure-cli-suggest-asked = they asked for { $detail }
exposure-cli-suggest-accept = If that is right: steward case disclosed { $number } --accept
exposure-cli-disclosed-how = Note what they got: steward case disclosed { $number } --got address,card_last_four --value card_last_four=1234
exposure-cli-see-exposure = See which of your accounts that opens: steward accounts exposure

## Protections a service offers (src/exposure/detail.rs, Protection::title).
exposure-protection-support-pin = a support PIN or passcode
exposure-protection-verification-note = a note on your account
exposure-protection-sign-in-before-chat = support only after you sign in
exposure-protection-number-lock = a lock on moving your number
