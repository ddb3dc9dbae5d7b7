## The command line's own words.

unknown_language = Steward has no language "{ $language }".
    .hint = Use one of: { $known }.

## Shared by several commands.

# A chrono date format (https://docs.rs/chrono/latest/chrono/format/strftime/), not words: how
# the command line writes a moment in local time ("Fri 20 Nov 2026 14:30").
cli-date-format = %a %e %b %Y %H:%M
cli-yes = yes
cli-no = no
cli-warning = Warning: { $text }
cli-note = Note: { $text }

## steward status, and the profile's passphrase (cli/src/profile.rs).

# Prompts: the command line adds a space after them.
cli-profile-ask-passphrase = Steward passphrase:
cli-profile-no-keyring = No system keyring is available. Choose a passphrase to protect your Steward data.
cli-profile-new-passphrase = New passphrase:
cli-profile-repeat-passphrase = Repeat passphrase:
# Labels in one column: the command line pads them to the longest.
cli-status-data-dir = Data directory:
cli-status-protection = Protection:
cli-status-keyring = System keyring:
cli-status-state-new = no profile yet (one is created on first use)
cli-status-state-keyring = encrypted; key in the system keyring
cli-status-state-passphrase = encrypted; key from your passphrase
cli-status-keyring-available = available
cli-status-keyring-unavailable = not available

## Reading from the terminal (cli/src/input.rs).

cli-input-paste = Paste the text, then press Ctrl+D on a new line.

## steward case … (cli/src/cases/).

cli-case-started = Started case { $number }: { $title }
cli-case-saved = Saved: { $channel } contact on { $date }.
cli-case-alert-raised = ! Raised alert { $number }: { $title }
cli-case-alert-checklist = See the checklist: steward case alerts { $case }
cli-case-updated = Updated case { $number }: { $title } ({ $status })
cli-case-resolved = Resolved case { $number }: { $title }
cli-case-letter-subject = Subject: { $subject }
cli-case-promise-set = Promise { $number } ("{ $text }") is now { $status ->
        [kept] kept
        [broken] broken
       *[pending] pending
    }.
cli-case-list-none-open = No open cases. Start one with: steward case new "What went wrong" --service NAME
cli-case-list-none = No cases.
cli-case-list-contacts = { $n ->
        [one] { $n } contact
       *[other] { $n } contacts
    }
cli-case-list-last-contact = last contact { $date }
cli-case-heading = Case { $number }: { $title }
# Labels in one column: the command line pads them to the longest.
cli-case-label-service = Service:
cli-case-label-status = Status:
cli-case-label-wanted = Wanted:
cli-case-label-opened = Opened:
cli-case-label-resolved = Resolved:
cli-case-no-contacts = No contacts logged yet. Log one with: steward case log { $number } --summary "..."
cli-case-contact = Contact { $n }
cli-case-agent = agent { $agent }
cli-case-on-hold = On hold: { $minutes } min
cli-case-references = References: { $refs }
cli-case-error = Error: "{ $text }"
cli-case-they-said = They said: "{ $text }"
cli-case-promise = Promise { $number }: { $text } ({ $state })
cli-case-promise-state = { $status ->
        [kept] kept
        [broken] broken
        [overdue] OVERDUE
       *[pending] pending
    }
cli-case-promise-due = due { $date }
cli-case-outcome = Outcome: { $outcome }
cli-case-identity-yes-how = Identity verified: yes ({ $how })
cli-case-identity-yes = Identity verified: yes
cli-case-identity-no = Identity verified: no
cli-case-alerts-heading = Security alerts:
cli-case-alert-line = Alert { $number } ({ $state }, { $done }/{ $total } steps): { $title }
cli-case-attachments-heading = Attachments:
cli-insights-summary = Contacts: { $contacts }   Teams: { $teams }   Hand-offs: { $handoffs }   Days open: { $days }   On hold: { $minutes } min
cli-insights-promises = Promises: { $made } made, { $kept } kept, { $broken } broken, { $overdue } overdue
cli-insights-bounced = Bounced: back to { $team } via { $via } on { $date }
cli-insights-repeated = Said { $n } times: "{ $text }"
cli-insights-unsolicited = Unsolicited contacts: { $n } (check they were really the company)
cli-insights-unverified = Identity not checked on { $n ->
        [one] { $n } contact
       *[other] { $n } contacts
    } ({ $checked } checked)
cli-insights-no-escalation = No reason to escalate yet.
cli-insights-escalate = Time to escalate: { $reasons }.
cli-search-none = Nothing found. Try fewer or shorter words.
cli-search-hit = Case { $number } ({ $title }) · { $date } · { $channel }

## Alerts, attachments, suggestions, accounts (cli/src/evidence.rs).

cli-alert-open = OPEN
cli-alert-resolved = resolved
cli-alert-resolved-at = resolved { $date }
cli-alert-heading = Alert { $number } ({ $state }) · case { $case }
cli-alert-resolution = Resolution: { $text }
cli-alert-tick = Tick a step: steward case alert-step { $number } STEP --done
cli-alert-resolved-summary = Alert { $number } resolved ({ $done } of { $total } steps done).
cli-alerts-none-case = No alerts on this case.
cli-alerts-none-open = No open alerts.
cli-attachments-none = No attachments. Add one with: steward case attach { $case } FILE
cli-attachment-removed = Removed attachment { $number }: { $name }
cli-attachment-wrote = Wrote { $name } ({ $size }, sha256 { $sha }) to { $path }
cli-attachment-from = From: { $from }
cli-attachment-unknown-sender = unknown
cli-attachment-subject = Subject: { $subject }
cli-attachment-date = Date: { $date }
cli-attachment-dkim-domain = DKIM-Signature: present (d={ $domain }), kept intact
cli-attachment-dkim = DKIM-Signature: present, kept intact
cli-attachment-dkim-none = DKIM-Signature: none
cli-attachment-already = Already attached to case { $case } as attachment { $number }; nothing new was stored.
cli-attachment-attached = Attached to case { $case }:
cli-attachment-read-heading = Read from the text:
cli-attachment-unlogged-hint = If so, raise an alert:
cli-attachment-unlogged-command = steward case alert { $case } --kind contact-not-made --attachment { $number } --summary "A chat I never had"
cli-suggest-none = Nothing to suggest: no reference numbers, agents, error texts or promises found.
cli-suggest-agent = Agent: { $agents }
cli-suggest-promise = Promise: { $text }
cli-suggest-due-days = due in { $days } days
cli-suggest-due-hours = due in { $hours } hours
cli-suggest-due-minutes = due in { $minutes } minutes
cli-suggest-identity = Identity checked by: { $how }
cli-accounts-none = No accounts yet. Starting a case with --service adds one.
cli-accounts-open-alerts = { $n ->
        [one] { $n } OPEN ALERT
       *[other] { $n } OPEN ALERTS
    }
cli-accounts-2fa-off = 2FA not on
cli-accounts-2fa-on = 2FA on: { $methods }
cli-accounts-cases = { $open_count } open of { $n ->
        [one] { $n } case
       *[other] { $n } cases
    }
cli-accounts-attempts = { $n ->
        [one] { $n } enrolment attempt
       *[other] { $n } enrolment attempts
    }

## steward phone … (cli/src/phone.rs).

# Labels in one column: the command line pads them to the longest.
cli-phone-number = Number:
# same in every language
cli-phone-e164 = E.164:
cli-phone-national = National:
cli-phone-country = Country:
cli-phone-type = Type:
cli-phone-valid = Valid:
# same in every language
cli-phone-sms = SMS:
cli-phone-type-name = { $type ->
        [mobile] mobile
        [fixed_line] fixed line
        [fixed_line_or_mobile] fixed line or mobile
        [voip] voip
        [toll_free] toll free
        [premium_rate] premium rate
        [shared_cost] shared cost
        [personal_number] personal number
        [pager] pager
        [uan] uan
        [voicemail] voicemail
       *[unknown] unknown
    }
cli-phone-unreadable = Not readable as a phone number.
cli-phone-not-your-fault = This is not something you did wrong.

## steward otp … (cli/src/otp/).

cli-otp-code-hotp = { $label }: { $code }  (counter { $counter }; `--next` for the next code)
cli-otp-code-totp = { $label }: { $code }  (valid { $seconds } s more)
cli-otp-code-next = Next: { $code }
cli-otp-kind-totp = TOTP { $digits } digits, { $period } s
cli-otp-kind-hotp = HOTP { $digits } digits, counter { $counter }
cli-otp-kind-steam = Steam, { $period } s
cli-otp-list-none = No authenticator accounts yet. Add one with: steward otp add 'otpauth://…' (or --qr FILE, --screen, --manual)
cli-otp-list-backup = · backup codes { $unused }/{ $total } left
cli-otp-read-as = Read as: { $format }
cli-otp-added = { $n ->
        [0] No new accounts were added.
        [one] Added { $n } account:
       *[other] Added { $n } accounts:
    }
cli-otp-duplicates = Already there, not added again ({ $n }):
cli-otp-duplicate = { $label } (same as account { $number })
cli-otp-skipped = Skipped ({ $n }):
cli-otp-backup-left = { $label }: { $unused } of { $n ->
        [one] { $n } backup code
       *[other] { $n } backup codes
    } left
cli-otp-backup-used = (used { $date })
cli-otp-renamed = Renamed account { $number }: { $label }
cli-otp-removed = Removed account { $number }: { $label }. Make sure the service no longer asks for its codes.
cli-otp-fav-on = ★ Account { $number } is a favourite: { $label }. Favourites are listed first.
cli-otp-fav-off = Account { $number } is no longer a favourite: { $label }
cli-otp-tags-now = Account { $number }, { $label }: { $tags }
cli-otp-tags-now-none = Account { $number }, { $label }, has no tags now.
cli-otp-tags-none = No tags yet. Add one with: steward otp tag ACCOUNT Work
cli-otp-tags-count = { $n ->
        [one] { $n } account
       *[other] { $n } accounts
    }
# Prompts: the command line adds a space after them.
cli-otp-ask-setup-key = Setup key (Base32):
cli-otp-ask-import-password = Password of the { $format } export:
cli-otp-ask-export-password = Password for the export:
cli-otp-repeat-password = Repeat the password:
cli-otp-export-warning = Warning: { $path } holds your authenticator secrets in the clear. Anyone who gets this file can make your codes. Delete it once you have used it; for a backup use --format aegis.
cli-otp-exported = Wrote { $n ->
        [one] { $n } account
       *[other] { $n } accounts
    } to { $path }
cli-otp-exported-encrypted = Wrote { $n ->
        [one] { $n } account
       *[other] { $n } accounts
    } to { $path } (encrypted; Aegis and Steward can import it with the password)

## steward enrol … (cli/src/enrol.rs).

# A prompt: the command line adds a space after it.
cli-enrol-ask-password = privacyIDEA password:
cli-enrol-stuck = Everything tried is in case { $case }. Paste this to support (redacted, { $count } characters):
cli-enrol-stuck-exports = Full exports: steward case export { $case } --format pdf --out brief.pdf
cli-enrol-kit-written = Recovery kit for { $count } account(s) written to { $path }. Print it and keep it somewhere safe; then delete the file.
cli-enrol-list-none = No enrolments yet. Start one: steward enrol start SERVICE
cli-enrol-status = { $status ->
        [done] done
        [stopped] stopped
       *[in_progress] in progress
    }
# The step's code (ChooseMethod, EnterPhone, …), as the English list has always shown it; a
# translation names the step in words.
cli-enrol-list-step = { $step }
cli-enrol-list-case = (case { $n })
cli-enrol-step = { $service } — step { $step } of { $steps }: { $title }
cli-enrol-methods-heading = Methods, strongest first:
cli-enrol-not-now = not now: { $reason }
cli-enrol-receipt = Receipt: { $methods } on { $service }{ $phone }; { $count } backup codes kept; { $tested ->
        [yes] tested
       *[no] not tested
    }.
cli-enrol-receipt-phone = phone { $phone }
cli-enrol-code-now = Code now: { $code }
cli-enrol-backup-heading = Backup codes (shown once):
cli-enrol-if-fails = If it fails: { $text }
cli-enrol-recorded = Recorded in case { $n }.
cli-enrol-rules-curated = Steward's reviewed rules for { $service } (source: { $url })
cli-enrol-rules-inferred = read from the 2FA directory's note: "{ $note }"
cli-enrol-rules = Rules: { $from }
cli-enrol-rules-unknown = Rules: Steward doesn't know this service's own rules.
cli-enrol-plan-heading = What can work, best first:
cli-enrol-after = after { $time }

## steward case export, steward share … (cli/src/share.rs).

# Questions: the command line adds a space after them.
cli-share-ask-request = What should the support agent do? (an action, e.g. "Remove the block on my number"; Enter to skip)
cli-share-ask-still-happening = Is it still happening today? [y/n, Enter to skip]
cli-share-preview-flagged = Looks private but would be sent as written (mask it with --mask TEXT):
cli-share-preview-nothing = Nothing to mask in this case.
cli-share-preview-heading = These would be masked (⟦…⟧ marks each mask):
cli-share-preview-masks = Masks: { $counts }.
cli-share-preview-clear = Sent in the clear by your choice: { $kinds }.
cli-share-wrote = Wrote { $path } ({ $bytes } bytes, { $masks } masks), signed with key { $key }.
cli-share-wrote-several = Wrote { $path } ({ $n ->
        [one] { $n } case
       *[other] { $n } cases
    }, { $bytes } bytes, { $masks } masks), signed with key { $key }.
cli-share-signature = Signature: { $path } (keep it next to the file).
cli-share-verify-chain = Case { $case }, event-chain head { $head }.
cli-share-key = Signing key { $fingerprint } (key id { $id }).
cli-share-key-openssh = OpenSSH public key: { $key }
cli-share-key-allowed = allowed_signers line (give it to support with your first file):
cli-share-appended = Added the brief and the signed PDF and JSON to { $reference } ("{ $subject }", status { $status }); { $n ->
        [one] { $n } new contact
       *[other] { $n } new contacts
    } since the last update. Recorded in the case.
cli-share-opened = Opened { $reference } ("{ $subject }", status { $status }). It is now a reference of the case.
cli-share-timestamps-on = Timestamps: on. Every signed file gets proof of when from { $url } (only a hash of the file is sent).
cli-share-timestamps-turn-off = Turn off: steward share timestamp --off
cli-share-timestamps-off = Timestamps: off. Files are signed without proof of when.
cli-share-timestamps-turn-on = Turn on: steward share timestamp URL (a time-stamping authority you trust)

## steward directory … (cli/src/directory.rs).

cli-directory-unknown-time = an unknown time
cli-directory-up-to-date = The 2FA directory is up to date: { $n ->
        [one] { $n } service
       *[other] { $n } services
    } (fetched { $when }).
cli-directory-downloaded = Downloaded the 2FA directory: { $n ->
        [one] { $n } service
       *[other] { $n } services
    } from { $url }.
cli-directory-passkeys-count = Passkeys Directory: { $domains } domains with passkeys, { $n } of these services.
cli-directory-saved-copy = Using the saved copy from { $when }; it could not be refreshed: { $error }
cli-directory-older-copy = Using an older saved copy; it could not be refreshed: { $error }
cli-directory-passkeys-unknown = Passkey support is not known right now: { $error }
cli-directory-passkeys-saved-copy = Passkey data: using the saved copy from { $when }; it could not be refreshed: { $error }
cli-directory-passkeys-older-copy = Passkey data: using an older saved copy; it could not be refreshed: { $error }
cli-directory-passkeys-note = Note (passkey data): { $error }
cli-directory-unavailable = The 2FA directory is not available right now.
cli-directory-no-match = No service in the 2FA directory matches "{ $query }".
cli-directory-no-2fa = no 2FA offered
cli-directory-has-passkeys = passkeys
cli-directory-also-at = Also at: { $domains }
cli-directory-methods-heading = 2FA methods, strongest first:
cli-directory-no-2fa-service = { $name } does not offer two-factor sign-in, according to 2fa.directory.
cli-directory-notes = Notes: { $notes }
cli-directory-passkeys-heading = Passkeys (from the { $credit }):
# Labels in one column: the command line pads them to the longest.
cli-directory-passkey-setup = How to set one up:
cli-directory-passkey-recovery = Account recovery:
cli-directory-setup = How to set it up: { $url }
cli-directory-recovery = Account recovery:  { $url }
cli-directory-contact-email = e-mail { $email }
cli-directory-contact-form = form { $url }
cli-directory-contact = Contact: { $ways }
cli-not-utf8 = it is not UTF-8 text

# share helpdesk set|show|test|forget (the helpdesk saved in the profile).
cli-helpdesk-saved = Helpdesk saved.
cli-helpdesk-show = Helpdesk: { $system } at { $address }
cli-helpdesk-show-rt = Queue: { $queue }; you are { $requestor } there
cli-helpdesk-token = Token: { $token }, saved { $home ->
        [keyring] in the system keyring
       *[database] in the encrypted profile database
    }
cli-helpdesk-no-token = Token: none saved (steward share helpdesk set --token-file FILE)
cli-helpdesk-none = No helpdesk saved.
cli-helpdesk-how = Save one: steward share helpdesk set --to rt --url URL --queue General --requestor EMAIL --token-file FILE
cli-helpdesk-ok-rt = Connected: Request Tracker { $version } at { $address } accepts your token, and queue { $queue } is open to you.
cli-helpdesk-ok-zendesk = Connected: Zendesk at { $address } accepts your token (signed in as { $account }).
cli-helpdesk-forgotten = Helpdesk and its token removed.
# Redmine: steward share helpdesk show|test (cli/src/helpdesk.rs)
cli-helpdesk-show-project = Project: { $project }
cli-helpdesk-ok-redmine = Connected: Redmine at { $address } accepts your key (signed in as { $account }), and project { $project } is open to you.

## steward otp backup …, and the import report (cli/src/otp/backup.rs, render.rs) — helper D.

cli-otp-backup-ask-password = Backup password (you need it to open the backups):
cli-otp-backup-ask-found-password = Password of the backup { $file }:
cli-otp-backup-on = Automatic backups: on (after every change)
cli-otp-backup-off = Automatic backups: off
cli-otp-backup-folder = Folder: { $folder } (keeps the { $keep } newest of Steward's backups)
cli-otp-backup-no-folder = Folder: none chosen yet (steward otp backup set --folder DIR)
cli-otp-backup-password-keyring = Password: set, kept in the system keyring
cli-otp-backup-password-database = Password: set, kept sealed in your encrypted profile (no system keyring here)
cli-otp-backup-password-none = Password: not set yet
cli-otp-backup-last = Last backup: { $date } ({ $file })
cli-otp-backup-last-never = Last backup: never
cli-otp-backup-pending = { $n ->
        [one] { $n } change is
       *[other] { $n } changes are
    } in no backup yet (since { $date }).
cli-otp-backup-all-saved = Every change is in the last backup.
cli-otp-backup-failed = The last automatic backup failed: { $detail }
cli-otp-backup-reminder = Back up your authenticator: changes have waited { $days } days or more. Run: steward otp backup now
cli-otp-backup-written = Backed up { $n ->
        [one] { $n } account
       *[other] { $n } accounts
    } to { $path } (encrypted; Aegis and Steward can import it with the password)
cli-otp-backup-pruned = Removed Steward's older backups: { $files }
cli-otp-backup-found = A newer backup was found: { $file } ({ $date }, { $app ->
        [steward] written by Steward on another device
       *[other] written by another app, such as Aegis
    }). Import it with: steward otp backup check --import
cli-otp-backup-none-found = No newer backup in the backup folder.
cli-otp-backup-skipped = Skipped { $file }: { $reason }
cli-otp-backup-dismissed = { $file } will not be offered again.
cli-otp-report-title = Compare these codes with your old app before you delete anything there:
cli-otp-report-added = new, number { $number }
cli-otp-report-here = already here as number { $number }
cli-otp-report-code = { $label }  { $code }  ({ $state }; { $seconds } s left)
cli-otp-report-hotp = { $label }  { $code }  ({ $state }; counter { $counter }, not advanced)
cli-otp-report-skipped = { $label }  skipped: { $reason }

## django-helpdesk: steward share helpdesk test (cli/src/helpdesk.rs)

cli-helpdesk-ok-django = Connected: django-helpdesk at { $address } accepts your token, and queue { $queue } is open to it; tickets are opened for { $requestor }.

# What clap refuses on the command line, for languages other than English (English keeps
# clap's own words). Names, options and values stay as typed.
cli-refused-command = There is no command '{ $name }'.
cli-refused-option = There is no option '{ $name }' here.
cli-refused-missing = Missing: { $names }.
cli-refused-no-command = Say which command: this group has several.
cli-refused-value = '{ $value }' is not a value { $name } takes.{ $valid ->
        [none] { "" }
       *[other] { " " }It takes: { $valid }.
    }
cli-refused-conflict = { $name } cannot be used with { $other }.
cli-refused-utf8 = Part of the command line is not valid text (UTF-8).
cli-refused-other = The command line is not one Steward understands.
cli-refused-suggested = Did you mean '{ $name }'?
# The labels before an error and its hint on the terminal.
cli-error-label = error
cli-hint-label = hint

## Repeat impostor alerts (issue 22, exposure letters; cli/src/evidence.rs)

cli-alert-repeat-letter = Ask { $service } to investigate: steward share letter --account "{ $service }" --second-time

## steward profile unlock-with (issue 18: changing how the profile is unlocked)

cli-profile-unlock-now-passphrase = This profile is now unlocked with your passphrase. { $accounts ->
        [one] The secret of 1 authenticator account moved with it.
       *[other] The secrets of { $accounts } authenticator accounts moved with it.
    }
cli-profile-unlock-now-keyring = This profile is now unlocked with the system keyring; no passphrase is asked. { $accounts ->
        [one] The secret of 1 authenticator account moved into the keyring.
       *[other] The secrets of { $accounts } authenticator accounts moved into the keyring.
    }
