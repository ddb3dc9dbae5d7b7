# Generated from the doc comments of cli/src/** by
# `STEWARD_WRITE_HELP_FTL=1 cargo test -p steward-cli --bin steward help::`: edit the doc
# comments, not this file. Ids are the command's path (`cli-help-case-list`), `-arg-<id>`
# for its options, `-value-<name>` for a value's help, `-long` for the long form.
# Other languages translate every message (cli/src/help.rs puts them in `--help`).

## clap's own words (English help is clap's; these are for the other languages).

cli-help-word-usage = Usage:
cli-help-word-commands = Commands:
cli-help-word-arguments = Arguments:
cli-help-word-options = Options:
cli-help-word-possible-values = Possible values:
cli-help-word-print-help = Print help
cli-help-word-print-help-short = Print help (see more with '--help')
cli-help-word-print-help-long = Print help (see a summary with '-h')
cli-help-word-print-version = Print version
cli-help-word-help-command = Print this message or the help of the given subcommand(s)
cli-help-word-help-command-arg = Print help for the subcommand(s)
cli-help-word-default = [default: { $value }]
cli-help-word-env = [env: { $name }]
cli-help-word-values = [possible values: { $values }]
cli-help-word-alias = [alias: { $aliases }]

## Commands and their options.

# used by pattern: cli/src/help.rs walks the command tree
cli-help = Secure your accounts and keep your own record of every support interaction.
# used by pattern: cli/src/help.rs walks the command tree
cli-help-arg-data-dir = The profile's data directory (default: shared with the desktop app)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-arg-json = Print machine-readable JSON on stdout (errors as JSON on stderr)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-arg-passphrase-file = A file holding the profile passphrase (for profiles kept without the system keyring)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-arg-no-keyring = Do not use the system keyring; a new profile is then protected by a passphrase
# used by pattern: cli/src/help.rs walks the command tree
cli-help-arg-lang = The language Steward writes in: en, vi (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else English). With --json, ids and arguments stay the same in every language
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case = Cases: problems you are working through with support
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-new = Start a case
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-new-arg-title = A short title ("Phone number refused for 2-step verification")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-new-arg-service = The company or service ("Amazon")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-new-arg-desired-outcome = What you want as the outcome ("2-step verification turned on")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-list = List cases (open ones unless --all or --resolved)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-show = Show a case with its whole timeline
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log = Log a contact with support on a case
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-summary = What happened, in your words
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-channel = phone, chat, email, portal, social, in_person, letter (default: as last time)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-direction = outbound (I contacted them), inbound (they contacted me), unsolicited
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-at = When it started: "now" (default), "2026-11-20 14:30" (local), "-2h"
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-duration = How long it took: 25m, 1h10m
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-ended = When it ended (same forms as --at)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-wait = Time on hold before talking to someone: 40m
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-team = Team or department (default: as last time on this case)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-agent = Agent name or ID
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-references = A reference or ticket number they gave (repeat for several)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-error-texts = An exact error text you saw (repeat for several)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-quotes = Something the agent said, word for word (repeat for several)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-promises = A promise they made, optionally with when it is due: "Call back|+48h" or "Refund|2026-11-30"
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-outcome = How it ended
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-verified = Did they verify your identity?
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-verified-how = How they verified it ("code sent by SMS")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-log-arg-kind = What this contact was: ordinary (default), complaint_made (your formal complaint; see `case complaint mark`), final_response (the firm's final response or deadlock letter)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-edit = Change a case's title, status, service or desired outcome
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-edit-arg-status = open, waiting_on_them, waiting_on_me, escalated, resolved
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-close = Mark a case resolved
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-close-arg-resolution = How it ended
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-insights = What the timeline shows: contacts, teams, hand-offs, bounces, promises, when to escalate
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-escalate = Draft an escalation letter from the timeline: what happened, promises missed, what you ask
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-escalate-arg-lang = The language to write the letter in (en, vi); default: Steward's language
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-promise = Mark a promise kept or broken (promises are numbered from 1 in `case show`)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-search = Find contacts by any word you remember: error texts, agent, team, reference numbers
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint = The formal complaint on a case: mark the contact, see the deadlines and next steps
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark = Mark a contact as the formal complaint (marking again changes it): Steward counts the firm's deadline from the rules for the country and sector
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-contact = The contact that was the complaint (its number in `case show`); default: the latest
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-jurisdiction = Where the firm is: GB, VN, US or EU (ISO 3166-1 code)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-sector = The sector: financial-services, payment-services, energy, telecoms, … (see `steward complaint rules`)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-rule = A rule id from `steward complaint rules` (default: Steward picks it)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-received = When the firm received it (YYYY-MM-DD, local to the firm); default: the contact's date
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-reference = The firm's complaint reference
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-time-zone = The time zone the dates are counted in (default: the country's, e.g. Europe/London)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-mark-arg-region = The part of the UK whose bank holidays count: england-and-wales (default), scotland, northern-ireland
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-show = The complaint's deadlines, what you can do now and by when
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-show-arg-on = Show it as on this day (YYYY-MM-DD, local to the firm); default: today
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-clear = Remove the complaint mark (the contacts stay as logged)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-kind = Set what a logged contact was: ordinary, complaint_made, final_response
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-complaint-kind-arg-contact = The contact's number in `steward case show`
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert = Raise a security alert: a contact you never made, or someone else's data shown to you
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-arg-kind-value-contact-not-made = A transcript, confirmation or record of a contact you never had
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-arg-kind-value-data-exposed = Support showed you someone else's account data
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-arg-summary = What happened, in your words
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-arg-contact = The contact it is about (contacts are numbered from 1 in `case show`)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-arg-attachment = The evidence: an attachment number from `case attachments`
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alerts = List security alerts: a case's (all of them), or every open alert
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-step = Tick (or untick) a step of an alert's checklist
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-step-arg-alert = The alert's number ("2", "alert 2")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-step-arg-step = change-password, review-activity, two-step, tell-support, verification-note, or 1–5
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-step-arg-done = Mark the step done
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-alert-step-arg-undo = Mark the step not done
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-resolve-alert = Mark an alert dealt with
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-resolve-alert-arg-note = How it was dealt with
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-attach = Attach a file, an e-mail (.eml) or a pasted transcript (FILE `-` reads standard input)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-attach-arg-file = The file, or `-` for standard input (a pasted transcript unless --name is given)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-attach-arg-contact = The contact it belongs to (numbered from 1 in `case show`)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-attach-arg-transcript = The file is a chat transcript (text)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-attach-arg-name = The name to keep it under (default: the file's name)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-attachments = List a case's attachments with their SHA-256
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-detach = Remove an attachment from a case
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-save-attachment = Write an attachment's bytes, exactly as added, to a file (or `-` for standard output)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-suggest = Suggest what to log from a pasted transcript or e-mail text (FILE, or `-`/nothing for standard input): reference numbers, agents, error texts, promises, identity check
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-disclosed = What an impostor asked for and got in an alert (confirm what Steward read from the evidence); without options, the alert's list and what the evidence suggests
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-disclosed-arg-alert = The alert's number ("1", "alert 1")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-disclosed-arg-asked = Details the impostor asked for (comma-separated)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-disclosed-arg-got = Details they got (comma-separated): address, card_last_four, …
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-disclosed-arg-values = The value they got, only as much as needed: card_last_four=4821, phone=5678
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-disclosed-arg-accept = Confirm what Steward read from the alert's evidence, as it is
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-disclosed-arg-clear = Nothing was asked for or given: remove the alert's list
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export = Export a case (brief, brief-chat, md, html, pdf, json, eml, ics), redacted and signed
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-cases = The case ("3", or words from its title in quotes); several cases go into one md, html or json file
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-format = brief, brief-chat, md, html, pdf, json, eml or ics (several cases: md, html, json)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-out = Where to write it (PDF, .eml and .ics also get FILE.sig next to it). Without --out the brief formats are printed
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-no-redact = Send a kind in the clear on purpose: card, iban, phone, email, password, reset_link, address, id_number. Backup codes and one-time codes are never sent
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-addresses = A postal address of yours to mask wherever it appears (repeatable)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-private = Any other text to mask wherever it appears, e.g. one the preview flagged (repeatable)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-region = Your country (e.g. VN): phone numbers written the national way there are found first
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-preview = Only show what would be masked and what looks private but is left; write nothing
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-lang = The language to write the export in, for whoever reads it (en, vi); default: Steward's language. What you recorded (quotes, error texts, names) stays as written
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-request = What the support agent should do, as an action ("Remove the risk block on my number")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-request-by = When you need it by (YYYY-MM-DD; "none" removes it)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-still-happening = Whether the problem still happens today: yes or no
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-access = Where you meet the problem: app, web or both
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-owner-team = The team that should own the case
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-timestamp-url = Get an RFC 3161 timestamp (proof of when) from this time-stamping authority for this export: only a hash of the file is sent; it goes into the PDF signature and FILE.tsr
# used by pattern: cli/src/help.rs walks the command tree
cli-help-case-export-arg-no-timestamp = No timestamp for this export, even when the profile has one set
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone = Phone numbers: check one for SMS codes, read a service's refusal message
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone-check = Check a phone number: validity, type, formats, and whether SMS codes can reach it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone-check-arg-number = The number as you would type it: "0912 345 678", "+84 912 345 678", "0084…"
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone-check-arg-region = The country for numbers typed without a country code (two letters: VN, GB, US)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone-check-arg-refused = The error text a service showed when it refused this number
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone-refusal = Explain an error text a service showed when verifying a phone number or sending a code
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone-refusal-arg-text = The exact text, in quotes
# used by pattern: cli/src/help.rs walks the command tree
cli-help-phone-regions = List the countries, with calling codes and an example mobile number
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts = Your accounts: services, your identifier there (masked), open cases and alerts
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-edit = Set an account's domain or your identifier there (shown masked)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-edit-arg-service = The service's name ("Example Shop")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-edit-arg-identifier = Your e-mail, username or phone number there
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-exposure = What leaked, which of your accounts that opens (most at stake first), why, and what to do first
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details = What an account has and its support checks to know it's you; without options, what Steward knows (your answers and its service notes)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-service = The service's name ("Example Bank"); answering about one Steward doesn't know adds it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-stake = What is at stake there: money, email, phone, shopping, other
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-holds = Details the account has (comma-separated): address, phone, email, card_last_four, date_of_birth, security_answers, support_pin
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-checks = Details its support accepts to check who is calling (comma-separated)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-lacks = Details the account does not have (comma-separated)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-values = The value to match, only as much as needed: card_last_four=4821, phone=5678, email=you@example.com (kept masked)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-skip = Skip the questions for this account for now
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-details-arg-forget = Forget what you said about a detail (its value too)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-lockdown = Tick (or untick) a step of an account's lock-down plan
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-lockdown-arg-service = The service's name ("Example Bank")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-lockdown-arg-step = support-pin, verification-note, two-step, change-detail, sign-in-before-chat, number-lock, letter
# used by pattern: cli/src/help.rs walks the command tree
cli-help-accounts-lockdown-arg-undo = Mark the step not done
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp = Authenticator codes: accounts from links, QR codes and other apps' exports
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add = Add an account: an otpauth:// link (or `-` to read it from standard input), a QR code in a picture, on the screen or on the clipboard, or a setup key typed in
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-link = An otpauth:// or otpauth-migration:// link; `-` reads it from standard input
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-qr = A PNG or JPEG picture of a QR code (a screenshot, a photo)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-screen = Read a QR code shown anywhere on the screen
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-clipboard = Read a QR code picture from the clipboard
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-manual = Type the setup key in (with --issuer, --name and, unless asked for, --secret)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-secret = The Base32 setup key. Prefer leaving it out: it is then asked for without showing it (or read from standard input), and stays out of your shell history
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-period = Seconds per code (default 30)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-algorithm = SHA1 (default), SHA256 or SHA512
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-hotp = A counter-based (HOTP) account
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-counter = The HOTP counter to start from (default 0)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-add-arg-steam = A Steam Guard account (5-character codes)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-import = Import another app's export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP+, Proton, Google Authenticator transfer links, otpauth lists
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-import-arg-format = The format, if Steward should not guess: aegis, 2fas, andotp, bitwarden, ente, freeotp_plus, proton, google, otpauth
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-import-arg-password-file = A file holding the export's password (else it is asked for when needed)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-list = List your authenticator accounts (no codes, no secrets), favourites first
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-list-arg-tag = Only the accounts with this tag (capitals do not matter)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-list-arg-fav = Only your favourites
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-tag = Add tags (groups such as "Work" or "Bank") to an account
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-untag = Remove tags from an account
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-fav = Star an account as a favourite (listed first); `--off` un-stars it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-tags = The tags in use and how many accounts have each
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-code = Show the code of an account (by number or part of its name)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-code-arg-at = The code at this time (seconds since 1970) instead of now
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-code-arg-next = Counter-based (HOTP) accounts: advance to the next code and save the counter
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-export = Export every account: an encrypted Aegis vault (other apps import it), a plain list of otpauth:// links, or one account as a QR code (SVG) to scan with a phone
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-export-arg-format = aegis (encrypted, recommended), uris (plaintext) or qr (plaintext, one account)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-export-arg-out = Where to write it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-export-arg-password-file = A file holding the password for an aegis export (else it is asked for twice)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-export-arg-account = For qr: which account (by number or name); needed when there are several
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-rename = Rename an account
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-rename-arg-issuer = The service ("GitHub"); an empty value removes it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-rename-arg-name = Your account there ("alice@example.com")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-remove = Remove an account and its backup codes. Its codes cannot be made again afterwards
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-remove-arg-yes = Confirm the removal
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-codes = Backup (recovery) codes a service gave you, kept with the account
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-codes-add = Add codes (as separate arguments, or one per line with `-` for standard input)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-codes-list = How many codes are left; `--show` prints them
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-codes-use = Mark a code used
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup = Automatic encrypted backups (Aegis vaults) into a folder you choose, and newer backups found there
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-set = Choose the folder, how many backups to keep and the password; turns backups on (`--off` turns them off, keeping the settings)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-set-arg-folder = The folder backups go to (a synced folder keeps a copy off this computer)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-set-arg-keep = How many of Steward's backups to keep there (older ones are removed; nothing else is)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-set-arg-remind-days = Remind when changes have been in no backup for this many days (default 7)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-set-arg-password-file = A file holding the backup password (`-` reads standard input). Else it is asked for, unless one is already set
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-set-arg-off = Turn automatic backups off
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-now = Write a backup now
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-status = Where backups go, the last one, and changes that are in no backup yet
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-check = Look in the backup folder for a newer backup (from Aegis or Steward on another device)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-check-arg-import = Import the newer backup found (accounts already here are not added twice)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-check-arg-dismiss = Do not offer the newer backup found again
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-backup-check-arg-password-file = A file holding the found backup's password (`-` reads standard input); else the backup password set here is tried, then asked for
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-clock = Check this computer's clock against an internet server (codes need the right time)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-otp-clock-arg-server = The https:// server to ask (default: $STEWARD_TIME_SERVER, else Cloudflare)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share = Shared exports: verify a file, show this profile's signing key
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-verify = Check that an export is unchanged since Steward signed it (exit 0 intact, 1 otherwise)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-verify-arg-signer = The customer's key to check against: an allowed_signers file, an `ssh-ed25519 AAAA…` line or a `SHA256:…` fingerprint. Without it a valid signature is only "unpinned" (exit 3)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-key = This profile's signing key (the key id printed by `share verify`)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-timestamp = Proof of when: show the time-stamping authority every export is stamped by, set one (`share timestamp URL`) or turn it off (`--off`). Off by default; only a hash of each file is sent to it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send = Open a helpdesk ticket with the brief and the signed PDF and JSON attached, or add to the case's ticket there when it has one; the ticket number is recorded in the case as a reference. Without --to: the helpdesk saved with `share helpdesk set`
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-to = The helpdesk, with its options below; without it, the one saved with `share helpdesk set`
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-to-value-rt = Request Tracker (REST2)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-to-value-zendesk = A Zendesk help center (end-user Requests API)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-rt-url = RT's REST2 base URL (http://127.0.0.1:8080/REST/2.0)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-rt-token-file = A file holding your RT auth token (kept out of the process list and shell history)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-requestor = Your e-mail address in RT (the ticket's requestor)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-zendesk-url = Your Zendesk help center (https://example.zendesk.com)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-zendesk-token-file = A file holding your Zendesk OAuth access token
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-queue = RT's queue (with --to rt; default General)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-ticket = Add to this ticket ("12", "RT#12") instead of the case's own or a new one
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-new = Open a new ticket even when the case already has one in this helpdesk
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-no-redact = As for `case export`: send a kind in the clear on purpose
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-lang = The language to write the ticket in (en, vi); default: Steward's language
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-request = What the support agent should do, as an action ("Remove the risk block on my number")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-request-by = When you need it by (YYYY-MM-DD; "none" removes it)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-still-happening = Whether the problem still happens today: yes or no
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-access = Where you meet the problem: app, web or both
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-owner-team = The team that should own the case
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-timestamp-url = Get an RFC 3161 timestamp (proof of when) from this time-stamping authority for this export: only a hash of the file is sent; it goes into the PDF signature and FILE.tsr
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-send-arg-no-timestamp = No timestamp for this export, even when the profile has one set
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk = The helpdesk this profile sends cases to, shared with the window: set, show, test, forget. The token is kept in the system keyring (or the encrypted profile database)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-set = Save the helpdesk (what is left out keeps its saved value)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-set-arg-to = rt, zendesk, redmine or django-helpdesk (--kind is the same)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-set-arg-url = The helpdesk's address (https://rt.example.com, https://example.zendesk.com)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-set-arg-queue = Where tickets go: RT's queue, Redmine's project identifier (--project is the same), django-helpdesk's queue number
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-set-arg-requestor = Your e-mail address in RT (the ticket's requestor)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-set-arg-token-file = A file holding your token (`-`: read it from standard input)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-show = Show the saved helpdesk (the token masked)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-test = Check the saved helpdesk with one harmless signed-in request
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-helpdesk-forget = Remove the saved helpdesk and its token
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-letter = Draft a letter, redacted. For a case (--kind): the formal complaint, a chaser when the firm's deadline has passed, or the referral to the ombudsman or regulator, with the references and the deadline arithmetic. For an account (--account): the letter asking a company at risk from a leak to add a note to your account, or with --second-time the letter to the company where an impostor came back
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-letter-arg-case = The case a complaint letter is about ("3", or words from its title in quotes)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-letter-arg-kind = complaint (to the firm), chaser (its deadline has passed), referral (to the ombudsman or regulator)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-letter-arg-account = An account (its service's name): the letter asking its company to add a note to your account after your details leaked elsewhere, naming the details (never their values) and where they leaked
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-letter-arg-second-time = With --account: the letter to the company where an impostor contacted support about your account again (two impostor alerts or more), asking it to investigate
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-letter-arg-lang = The language to write it in (en, vi); default: Steward's language
# used by pattern: cli/src/help.rs walks the command tree
cli-help-share-letter-arg-out = Write it to this file instead of printing it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-directory = Which services support which 2FA methods (public data from 2fa.directory)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-directory-search = Find services by name or web address ("amazon", "amazon.de", a sign-in page's URL)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-directory-search-arg-limit = How many services to list at most
# used by pattern: cli/src/help.rs walks the command tree
cli-help-directory-show = A service's 2FA methods, strongest first, with advice; passkey support; set-up and recovery links
# used by pattern: cli/src/help.rs walks the command tree
cli-help-directory-refresh = Download the directory now if the saved copy is more than a day old (or always, with --force)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol = Turn on two-step verification for a service, step by step (resumable)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-arg-enrolment = Which enrolment: its id (or the start of it), the service name, or "latest"
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-arg-password-file = A file holding the privacyIDEA password (else it is asked for, or taken from the keyring)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-start = Start turning on two-step verification for a service ("Amazon", "amazon.de")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-start-arg-privacyidea = Enrol directly on a privacyIDEA server (its base URL) instead of guiding you on the service's website
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-start-arg-user = Your user name on that privacyIDEA server
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-status = Where an enrolment is and what to do next; without --enrolment, all of them
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-status-arg-all = List every enrolment instead of showing one
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-method = Pick a method: passkey, security_key, totp, sms, call, email, custom_software, custom_hardware
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-phone = Your phone number, for text or call codes
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-phone-arg-region = The country for numbers without a country code (VN, GB, US)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-code = A code you received by text message (privacyIDEA)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-resend = Ask for a new code (Steward makes you wait a little between requests)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-link = The service's QR code: its link (otpauth://…) or an image file of it
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-ok = The step worked on the website (or, with privacyIDEA: check it now)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-refused = The service refused: paste its exact message
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-backup-codes = Keep the backup codes the service showed (or, with privacyIDEA, get new ones)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-backup-codes-arg-file = A file with the codes, one per line
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-backup-codes-arg-skip = No backup codes offered: finish without them
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-finish = Enough methods for now: go on to the backup codes with what is on
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-skip-test = Don't test signing in now (the receipt then says "not tested")
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-kit = The recovery kit: per account, how to get back in (print it and keep it at home)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-kit-arg-with-backup-codes = Also print the unused backup codes (else they are counted, not shown)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-kit-arg-out = Write a printable PDF here instead of printing text
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-back = Go back one step
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-stuck = "I'm stuck": records where you are in the case and prints the brief for support
# used by pattern: cli/src/help.rs walks the command tree
cli-help-enrol-stop = Stop this enrolment (what was tried stays in its case)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-status = Where your data is and how it is protected
# used by pattern: cli/src/help.rs walks the command tree
cli-help-profile = How this profile is unlocked: a passphrase or the system keyring
# used by pattern: cli/src/help.rs walks the command tree
cli-help-profile-unlock-with = Change how this profile is unlocked: with a passphrase (also to choose a new one) or with the system keyring
# used by pattern: cli/src/help.rs walks the command tree
cli-help-profile-unlock-with-arg-method = passphrase or keyring
# used by pattern: cli/src/help.rs walks the command tree
cli-help-profile-unlock-with-arg-new-passphrase-file = A file holding the new passphrase (else it is asked twice at the terminal)
# used by pattern: cli/src/help.rs walks the command tree
cli-help-complaint = Complaint rules: deadlines, ombudsmen and regulators per country and sector
# used by pattern: cli/src/help.rs walks the command tree
cli-help-complaint-rules = The complaint rules Steward knows: per country and sector, the firm's deadline and what comes next, each with its source
# used by pattern: cli/src/help.rs walks the command tree
cli-help-complaint-rules-arg-jurisdiction = Only this country (GB, VN, US, EU)
