## Phone numbers (src/phone): what Steward noticed about a number, whether an SMS code can reach
## it, what a service's refusal means and what to do. Rendered by the core with t!().
## $place is a country as it reads after "in" ("Vietnam", "the United Kingdom"); $number an
## international number ("+84 912 345 678"); $cc a calling code without the + ("84").

## Places

# A number whose country is not known.
phone-place-unknown = its country
# The region code libphonenumber gives +800, +882… numbers.
phone-region-non-geographic = International (non-geographic)

## SMS outlook, all findings considered

phone-outlook-likely = codes can reach it
phone-outlook-uncertain = codes may not reach it
phone-outlook-unlikely = codes are unlikely to reach it
phone-outlook-impossible = no code can reach it as typed

## Number types, as a person says them ("a valid { $kind } number")

phone-label-mobile = mobile
phone-label-fixed-line = landline
phone-label-fixed-line-or-mobile = mobile or landline
phone-label-voip = VoIP (internet phone)
phone-label-toll-free = toll-free
phone-label-premium-rate = premium-rate
phone-label-shared-cost = shared-cost
phone-label-personal-number = personal (forwarding)
phone-label-pager = pager
phone-label-uan = company (UAN)
phone-label-voicemail = voicemail access
phone-label-unknown = unknown type

## How the input was read

phone-finding-digits-normalised = Steward read the digits as { $digits }.
phone-finding-digits-normalised-action = Some services only accept the digits 0–9: type the number with those.
# Added after a finding's sentence when the number was read with another country than the chosen one.
phone-finding-not-valid-in-chosen = It is not a valid number in { $place } as typed.
phone-finding-ignored-characters = Steward left out the characters that are not part of a phone number and read { $national }.
phone-finding-ignored-characters-action = Type only the digits; spaces are fine.
phone-finding-dropped-idd = 00 is the international call prefix, so Steward read 00{ $cc } as +{ $cc }: { $number }.
phone-finding-plus-form-action = Services expect the + form: type { $number }.
phone-finding-added-plus = Steward read the first digits, { $cc }, as the country code of { $place } (+{ $cc }): { $number }.
phone-finding-added-plus-action = If that is right, type it as { $number }; if not, check the country and the digits.
phone-finding-after-idd = The digits before { $cc } are an international call prefix: Steward read the number as { $number }.
phone-finding-without-plus = Steward read the first digits, { $cc }, as the country code: { $number }.
phone-finding-trunk-zero = There is an extra { $dropped } after the country code +{ $cc }. In { $place } you dial { $dropped } before the number, but after +{ $cc } it must be left out: the number is { $number }.
phone-finding-trunk-zero-action = Type it as { $number } (or choose { $place } and type { $national }). Many services reject the number with the extra { $dropped }, or send the code nowhere.
phone-finding-other-region = This is a number in { $place }, not { $chosen }.
phone-finding-extension = The extension { $ext } is not part of the number: SMS goes to { $e164 }.
phone-finding-extension-action = Leave the extension out when a service asks for a number for codes.
# $country is the country's name, $note one of the phone-sender-id-… sentences.
# same in every language
phone-finding-sender-id = { $country }: { $note }
phone-finding-sender-id-action = If no code arrives within a few minutes, don't keep asking for new ones: choose a voice call or an authenticator app if the service offers one, or ask the service whether its codes are registered for this country.

## Nothing could be read as a number

phone-finding-empty = No number was typed.
phone-finding-empty-action = Type the phone number, with the country code (e.g. { $example }) or after choosing the country.
phone-check-digits-action = Check for a missing or extra digit, or a number typed twice.
phone-finding-no-digits-after-plus = There are no digits after the +.
phone-finding-no-digits = "{ $text }" has no digits: it is not a phone number.
phone-finding-no-digits-action = Type the phone number's digits, e.g. { $example }.
phone-finding-too-long = Too long for a phone number ({ $n } digits): no phone number has more than 15 digits with its country code.
phone-finding-too-short = Too short for a phone number ({ $n } digits).
phone-finding-too-short-action = Type the whole number, with the area or mobile prefix.
phone-finding-unknown-country-code = The digits after the + are not a country code in use.
phone-finding-unknown-country-code-action = Check the country code (e.g. +84 for Vietnam, +44 for the United Kingdom), or choose the country and type the number as dialled there.
phone-finding-not-in-chosen = This is not a phone number in { $place }.
phone-finding-region-needed = Steward can't tell which country this number is from.
phone-finding-region-needed-action = Choose the country, or type the number with + and the country code (e.g. +84 for Vietnam).
phone-finding-letters = "{ $text }" is not a phone number: it has letters in it.
phone-finding-not-a-number = "{ $text }" is not a phone number.
phone-finding-not-a-number-action = Type only the number's digits, spaces and, for the country code, a + in front.

## A number was read but is not valid

phone-check-number-action = Check for a missing, extra or mistyped digit, and that the country is right.
phone-finding-too-short-for = Too short for a number in { $place } ({ $n } digits after +{ $cc }).
phone-finding-too-long-for = Too long for a number in { $place } ({ $n } digits after +{ $cc }).
phone-finding-no-such-length = No number in { $place } has { $n } digits after +{ $cc }.
phone-finding-invalid = This is not a valid number in { $place }: its digits don't match any number range in use there.

## What kind of number it is

phone-other-channel-action = Use a mobile number, or choose a voice call or an authenticator app if the service offers one.
phone-finding-mobile = { $number } is a valid mobile number in { $place }: it can receive SMS codes.
phone-finding-fixed-line-or-mobile = { $number } is a valid number in { $place }, where mobile and landline numbers look alike: if it is a landline, SMS codes won't arrive.
phone-finding-fixed-line-or-mobile-action = If it is a landline, choose a voice call or an authenticator app instead of SMS.
phone-finding-fixed-line = { $number } is a landline number in { $place }. Most services can't send SMS codes to landlines, and many refuse them.
phone-finding-voip = { $number } is a VoIP (internet phone) number in { $place }. Many services refuse VoIP numbers for verification, and their codes often don't arrive.
phone-finding-voip-action = Use a mobile number from a regular SIM, or an authenticator app if the service offers one.
phone-finding-personal = { $number } is a personal (forwarding) number in { $place }: it passes calls on to another phone, and SMS to it often fails.
phone-finding-personal-action = Give the service the mobile number it forwards to.
phone-finding-toll-free = { $number } is a toll-free number in { $place }: it can't receive SMS codes.
phone-finding-premium-rate = { $number } is a premium-rate number in { $place }: it can't receive SMS codes.
phone-finding-shared-cost = { $number } is a shared-cost number in { $place }: it can't receive SMS codes.
phone-finding-uan = { $number } is a company number (one number for several offices) in { $place }: it can't receive SMS codes.
phone-finding-pager = { $number } is a pager number in { $place }: it can't receive SMS codes.
phone-finding-voicemail = { $number } is a voicemail access number in { $place }: it can't receive SMS codes.
phone-finding-unknown-type = { $number } is a valid number of a kind Steward can't tell in { $place }: it can't receive SMS codes.

## The service refused the number

# $title is the refusal's title (a phone-refusal-… message).
phone-finding-refused-invalid = { $title } And the number is indeed not valid: correct it first (see above).
phone-finding-refused-said-invalid = The service says the number is invalid, but { $number } is a valid { $kind } number in { $place }. When the service still refuses it, the block is on its side — a risk or fraud check, or a rule about this country or number range — not something you typed wrong.
phone-finding-refused-number-right = The number is right: { $number } is a valid { $kind } number in { $place }. When the service still refuses it, the block is on its side — a risk or fraud check, or a rule about this country or number range — not something you typed wrong.

## Sender-ID registration rules: one sentence shown after the country's name. Which country
## says which is src/phone/sender_id.toml.

# used by pattern: src/phone/sender_id.toml
phone-sender-id-vn = Mobile networks only deliver SMS from sender names ("brandnames") registered with each network; codes from unregistered or foreign senders are often blocked.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-in = Every business sender and message template must be registered on the operators' DLT platform (TRAI rules); unregistered codes are dropped.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-cn = Senders need a registered signature and approved templates, and messages from abroad are heavily filtered.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-id = Sender names must be registered with the operators; unregistered international traffic is often blocked or delayed.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-sg = Sender names must be in the SMS Sender ID Registry; messages from unregistered names can be blocked or labelled "Likely-SCAM".
# used by pattern: src/phone/sender_id.toml
phone-sender-id-ae = Sender names must be registered with the telecoms regulator (TDRA) and the operators; others are blocked.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-regulator = Sender names must be registered with the regulator and the operators; messages from unregistered senders are blocked.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-filtered = Sender names must be registered with the operators; unregistered senders are filtered.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-often-blocked = Sender names must be registered with the operators; messages from unregistered senders are often blocked.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-tr = Sender names (headers) must be registered; messages from unregistered international senders are often blocked.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-ru = Sender names must be registered with each mobile network, and international traffic is filtered; codes from unregistered senders often never arrive.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-international-blocked = Sender names must be registered with the operators; unregistered international traffic is often blocked.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-ng = Sender names must be registered with the operators, and numbers on the do-not-disturb list may not get messages from unregistered senders.
# used by pattern: src/phone/sender_id.toml
phone-sender-id-ph = Operators filter messages from unregistered sender names and international routes; codes can be delayed or dropped.

## Refusals: what a service's error text means (title, then why) and the advice. Which kind and
## which advice is src/phone/refusals.toml; the patterns that recognise the services' texts stay
## there.

# used by pattern: src/phone/refusals.toml
phone-refusal-risk-block = The service's risk check blocked this number.
# used by pattern: src/phone/refusals.toml
phone-refusal-risk-block-why = Services run fraud checks before sending a code. When a check says no, they show a vague message such as "unusual activity": it is a decision on their side, not a problem with the number or anything you typed, and retrying doesn't change it.
# used by pattern: src/phone/refusals.toml
phone-refusal-rate-limited = Too many tries: the service has paused codes for this number or account.
# used by pattern: src/phone/refusals.toml
phone-refusal-rate-limited-why = Services limit how many codes they send in a period. The limit lifts by itself after a while; every new try can restart the clock.
# used by pattern: src/phone/refusals.toml
phone-refusal-invalid-number = The service says the number is not valid.
# used by pattern: src/phone/refusals.toml
phone-refusal-invalid-number-why = Either the number was typed in a form the service doesn't read (an extra 0 after the country code, a missing country code), or the service's own check rejects numbers of this country or range.
# used by pattern: src/phone/refusals.toml
phone-refusal-unsupported-country = The service doesn't send codes to this country.
# used by pattern: src/phone/refusals.toml
phone-refusal-unsupported-country-why = Some services only send SMS to some countries, often because of the cost or the sender registration rules there. The number is fine; retrying won't help.
# used by pattern: src/phone/refusals.toml
phone-refusal-number-type = The service doesn't accept this kind of number.
# used by pattern: src/phone/refusals.toml
phone-refusal-number-type-why = Many services refuse landline, VoIP (internet phone), virtual or prepaid numbers for verification.
# used by pattern: src/phone/refusals.toml
phone-refusal-number-in-use = The number is already linked to another account, or has been used too often.
# used by pattern: src/phone/refusals.toml
phone-refusal-number-in-use-why = Services allow a phone number on a limited number of accounts. If you don't have another account there, someone may have used your number.
# used by pattern: src/phone/refusals.toml
phone-refusal-delivery-failed = The service couldn't send the SMS.
# used by pattern: src/phone/refusals.toml
phone-refusal-delivery-failed-why = The service tried, but the message didn't go out or wasn't delivered. This is usually on the service's or the networks' side, not the number.
# used by pattern: src/phone/refusals.toml
phone-refusal-opted-out = This number has opted out of the service's texts.
# used by pattern: src/phone/refusals.toml
phone-refusal-opted-out-why = Someone replied STOP to the service's messages from this number at some point, so its SMS system refuses to send to it until the number opts back in.
# used by pattern: src/phone/refusals.toml
phone-refusal-wrong-code = The code was wrong or expired.
# used by pattern: src/phone/refusals.toml
phone-refusal-wrong-code-why = The SMS did arrive; the code typed was not the newest one, was mistyped, or was typed too late.
# used by pattern: src/phone/refusals.toml
phone-refusal-unrecognised = Steward doesn't recognise this message.
# used by pattern: src/phone/refusals.toml
phone-refusal-unrecognised-why = It may still be a block on the service's side. Keep the exact text: support needs it.

# used by pattern: src/phone/refusals.toml
phone-advice-stop-retrying = Stop asking for new codes for now. Repeated tries are what the service's risk checks count, and they can make a block last longer.
# used by pattern: src/phone/refusals.toml
# $wait is a phone-wait-… text ("24 hours").
phone-advice-wait = Wait { $wait } before trying again, then try once.
# used by pattern: src/phone/refusals.toml
phone-advice-voice-call = If the service offers it, choose a voice call ("Call me instead") rather than SMS: calls are not filtered the way texts are.
# used by pattern: src/phone/refusals.toml
phone-advice-authenticator-app = Choose an authenticator app instead of SMS if the service offers one: Steward can be that app, and it doesn't depend on the phone network.
# used by pattern: src/phone/refusals.toml
phone-advice-contact-support = Contact the service's support with the brief Steward prepares: the exact message, when you saw it, and that the number itself is valid.
# used by pattern: src/phone/refusals.toml
phone-advice-check-number = Check the number: the right country, no extra 0 after the country code, no missing or extra digit. Steward's phone check shows the form to type.
# used by pattern: src/phone/refusals.toml
phone-advice-use-another-number = Use a different number: a mobile number on a regular SIM, not a VoIP, virtual or landline number.
# used by pattern: src/phone/refusals.toml
phone-advice-request-new-code = Ask for one new code and type it within a few minutes; only the newest code works.
# used by pattern: src/phone/refusals.toml
phone-advice-check-phone = Check the phone: signal, no block on unknown senders or short codes, a message inbox that isn't full; restart it if in doubt.
# used by pattern: src/phone/refusals.toml
phone-advice-reply-start = Text START (or UNSTOP) to the number the codes come from, then ask for a new code.

## How long to wait (in phone-advice-wait)

phone-wait-a-few-hours = a few hours
phone-wait-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
phone-wait-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
phone-wait-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
