## The window's own words (English). Ids are the UI's message keys with '.' written as '-'.
## Placeholders are { $name }; a plural picks its form by { $n }.


## direction

direction-unsolicited = Unsolicited contact
direction-inbound = They contacted me
direction-outbound = I contacted them

## status

status-waiting_on_them = Waiting on them
status-waiting_on_me = Waiting on me
status-escalated = Escalated
status-resolved = Resolved
status-open = Open

## channel

channel-social = Social media
channel-portal = Web portal
channel-in_person = In person
# same in every language (a name, a format, or an example)
channel-email = E-mail
channel-letter = Letter
channel-phone = Phone
channel-chat = Chat

## format

format-daysAgo = { $n } days ago
format-yesterday = yesterday
format-today = today

## app

app-failedTitle = Steward could not open your records
app-nothingDeleted = { "." } Nothing has been deleted.
app-keptIn = Your records are kept in
app-opening = Opening your records…

## common

common-tryAgain = Try again
common-contacts =
    { $n ->
        [one] { $n } contact
       *[other] { $n } contacts
    }
common-closeCase = Close case
common-cancel = Cancel
common-overdue = Overdue
common-close = Close
common-loading = Loading…

## profile

profile-newKeyring = Will be encrypted; the key will be kept in your system keyring.
profile-keyring = Encrypted; the key is kept in your system keyring.
profile-newPassphrase = Will be encrypted with a passphrase you choose.
profile-passphrase = Encrypted with your passphrase.

## settings

settings-system = Same as system
settings-languageSystem = Same as system
settings-appearance = Appearance
settings-language = Language
settings-light = Light
settings-dark = Dark

## caseList

caseList-emptyResolved = No resolved cases yet. When a problem is solved, close its case and it will be listed here.
caseList-emptyActive = No open cases. Start one when you first contact support about a problem.
caseList-emptyAll = No cases yet. Start one when you first contact support about a problem.
caseList-overdueTitle = A promise they made is overdue
caseList-last = last { $when }
caseList-overdue = Overdue
caseList-cases = Cases

## main

main-job1 = : who you spoke to, what they said and promised, reference numbers and the exact error messages, so you never have to explain from scratch again.
main-job3 = : being sent back and forth, promises not kept, contacts you never made — and says when to escalate.
main-job2a = : it checks your phone number the way services read it and explains why a code may never arrive (
main-job2b = ), and it is your authenticator app for sign-in codes, with backup codes kept safe (
main-intro = Steward is on your side when you deal with companies. It does three jobs:
main-startCase = Start a case when you first contact support about a problem.
main-nothingSent = Nothing is sent anywhere unless you export or share it.
main-chooseCase = Choose a case on the left, or start a new one.
main-job1Title = Keeps your own record of every support contact
main-stayHere = Your records stay on this computer, in
main-job3Title = Notices what a support loop hides
main-job2Title = Helps you secure your accounts
main-yourCases = Your support cases
main-welcome = Welcome to Steward
main-newCaseTitle = New case (Ctrl+N)
main-sidebar = Cases and search
main-startNew = Start a new case
main-recordsKeptIn = Records kept in
main-loading = Loading cases…
main-authenticator = Authenticator
main-phoneCheck = Phone check
main-turnOn2fa = Turn on 2FA
main-showCases = Show cases
main-filterResolved = Resolved
main-newCase = New case
main-accounts = Accounts
main-filterActive = Active
main-filterAll = All

## caseView

caseView-empty = No contacts logged yet. Each time you call, chat or write to support — or they contact you — choose “Log a contact” and note what happened.
caseView-securityTitle = Report a security problem: a contact you never made, or someone else's data shown to you
caseView-shareTitle = Share this case: a brief for support, exports, redacted and signed
caseView-alertRaised = Alert raised. Work through the checklist below when you can.
caseView-timelineCount =
    { $n ->
        [one] { $n } contact, oldest first
       *[other] { $n } contacts, oldest first
    }
caseView-earlierHidden =
    { $n ->
        [one] { $n } earlier contact is not shown.
       *[other] { $n } earlier contacts are not shown.
    }
caseView-showEarlier =
    { $n ->
        [one] Show { $n } earlier contact
       *[other] Show { $n } earlier contacts
    }
caseView-logTitle = Log a contact (Ctrl+L)
caseView-saved = Contact saved. { $note }
caseView-resolvedOn = Resolved on { $date }.
caseView-opened = · opened { $date }
caseView-security = Security alert…
caseView-savedPlain = Contact saved.
caseView-loading = Loading case…
caseView-log = Log a contact
caseView-whatIWant = What I want:
caseView-caseNo = Case #{ $n }
caseView-resolved = Resolved.
caseView-timeline = Timeline
caseView-status = Status
caseView-share = Share…

## newCase

newCase-intro = A case is one problem you want solved, however many times you have to contact support about it.
newCase-titleError = Give the case a short title, so you can find it again.
newCase-problemPh = e.g. Can't sign in after changing my phone number
newCase-outcome = What do you want as the outcome? (optional)
# same in every language (a name, a format, or an example)
newCase-servicePh = e.g. Amazon, Kindle Direct Publishing
newCase-service = Which company or service? (optional)
newCase-outcomePh = e.g. A refund, my account unlocked
newCase-problem = What is the problem?
newCase-create = Create case
newCase-creating = Creating…
newCase-title = New case

## closeCase

closeCase-intro = Closing marks the case as resolved. Its history stays, and you can still find it under “Resolved”.
closeCase-howPh = e.g. Refund received on 3 March
closeCase-how = How did it end? (optional)
closeCase-title = Close this case
closeCase-closing = Closing…

## unlock

unlock-help = At least { $n } characters. A few unrelated words are easier to remember and harder to guess than a short password.
unlock-noKeyring = No system keyring is available on this computer, so a passphrase protects it instead.
unlock-remember = Choose one you will remember: without it, the records cannot be opened.
unlock-wrong = That passphrase is not right. Try again — nothing has been lost.
unlock-willCreate = Steward will create a new, encrypted profile for your records.
unlock-notSame = The two passphrases are not the same. Type it again.
unlock-enterToOpen = Enter your passphrase to open your records.
unlock-minLength = Use at least { $n } characters.
unlock-where = Where your records are kept
unlock-protects = A passphrase protects it.
unlock-again = Type the passphrase again
unlock-enter = Enter your passphrase.
unlock-how = How they are protected
unlock-choose = Choose a passphrase.
unlock-unlockTitle = Unlock your records
unlock-show = Show passphrase
unlock-setUp = Set up Steward
unlock-newPassphrase = New passphrase
unlock-createProfile = Create profile
unlock-passphrase = Passphrase
unlock-unlocking = Unlocking…
unlock-creating = Creating…
unlock-unlock = Unlock

## search

search-nothing = Nothing found for “{ $q }”. Try fewer or different words, a reference number, or part of an error message.
search-hint = Type a word, a reference number or part of an error message.
search-placeholder = Search contacts, errors, references…
search-found =
    { $n ->
        [one] { $n } contact found
       *[other] { $n } contacts found
    }
search-label = Search your contacts
search-results = Search results
search-searching = Searching…

## card

card-errors = Error messages, exactly as shown
card-markPending = Mark pending again: { $text }
card-minutes =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
card-references =
    { $n ->
        [one] Reference
       *[other] References
    }
card-markBroken = Mark broken: { $text }
card-promised = What they promised
card-markKept = Mark kept: { $text }
card-identity = Identity checked
card-said = What they said
card-dontKnow = Don't know
card-outcome = Outcome:
card-waited = Waited
card-broken = Broken
card-agent = Agent
card-ended = Ended
card-team = Team
card-kept = Kept
card-undo = Undo
card-yes = Yes
card-no = No
card-by = by

## log

log-help = Write it down while you remember. Only the summary is needed; add whatever else you have.
log-summaryError = Write a short summary of what happened. One sentence is enough.
log-errorTexts = Error messages you saw, exactly as shown (one per line)
log-promisesError = Say what was promised for each date you entered.
log-quotes = Things they said, word for word (one per line)
log-waitError = Enter the wait as a whole number of minutes.
log-referencesHelp = Separate several with commas or new lines.
log-dueError = One of the due dates is not a valid date.
log-transcriptFailed = The transcript could not be kept: { $error }
log-identityHowPh = e.g. Code sent by SMS, security questions
log-whenError = Enter the date and time of the contact.
log-wait = Minutes waiting (on hold, in a queue)
log-outcomePh = e.g. Escalated to the account team
log-identity = Did they check that you are you?
log-transcriptKept = The transcript is kept with it.
log-references = Reference or ticket numbers
log-promisePh = e.g. We will call you back
log-ctrlEnter = Press Ctrl+Enter to save.
log-teamPh = e.g. Retail support
log-addPromise = Add another promise
log-team = Team or department
log-agent = Agent’s name or ID
log-promised = What they promised
log-removePromise = Remove promise { $n }
log-identityHow = How? (optional)
log-who = Who started it
log-summary = What happened?
log-title = Log a contact
log-by = By (optional)
log-save = Save contact
log-dontKnow = Don’t know
log-promise = Promise
log-outcome = Outcome
log-saving = Saving…
log-remove = Remove
log-when = When
log-how = How

## transcript

transcript-nothing = Nothing found to suggest: no reference numbers, agent names, error texts or promises.
transcript-keep = Keep the transcript with this contact (as an attachment)
transcript-added = Added to the form below. Check it before saving.
transcript-found = Found in the text — tick what is right
transcript-label = Chat transcript or e-mail text
transcript-summary = Paste a transcript (optional)
transcript-use = Use the ticked suggestions
transcript-suggest = Suggest from transcript
transcript-dueMinutes = (due in { $n } minutes)
transcript-identityBy = Identity checked by
transcript-dueHours = (due in { $n } hours)
transcript-dueDays = (due in { $n } days)
transcript-errorText = Error text
transcript-reference = Reference
transcript-reading = Reading…
transcript-promise = Promise
transcript-agent = Agent

## attach

attach-empty = Keep screenshots, PDFs, e-mails (.eml) and chat transcripts here. They are stored encrypted with your records, each with a SHA-256 checksum.
attach-dkimTitle = The DKIM-Signature header is kept intact, so the sender's signature can be checked.
attach-already = { $name } was already attached (no. { $no }); nothing new was stored.
attach-pick = Add a file, e-mail (.eml) or screenshot
attach-neverHad = { $subject }: a chat I never had.
attach-raise = No — raise an impostor alert
attach-title = Attachments and evidence
attach-dkimBy = DKIM-signed by { $domain }
attach-hadChat = Did you have this chat?
attach-add = Add a file or e-mail…
attach-noDkim = No DKIM signature
attach-attached = Attached { $name }.
attach-unknownSender = unknown sender
attach-itWasMe = Yes, it was me
attach-removeName = Remove { $name }
attach-from = From { $from }
attach-dkim = DKIM-signed
attach-kindTranscript = Transcript
attach-adding = Adding…
attach-remove = Remove
attach-save = Save a copy…
attach-saveName = Save a copy of { $name }
attach-saved = Saved a copy of { $name } to { $path }. The copy is the same file, byte for byte.
attach-kindImage = Image
attach-kindFile = File
attach-keep = Keep
# same in every language (a name, a format, or an example)
attach-kindPdf = PDF

## insights

insights-unverified =
    { $n ->
        [one] Nobody checked who you were on { $n } contact: anyone giving your details could have had the same answers.
       *[other] Nobody checked who you were on { $n } contacts: anyone giving your details could have had the same answers.
    }
insights-askSupervisor = Ask for a supervisor or a formal complaint reference. Quote your reference numbers and the promises they missed, and say what you want by when.
insights-unsolicited =
    { $n ->
        [one] { $n } unsolicited contact: check they were really the company.
       *[other] { $n } unsolicited contacts: check they were really the company.
    }
insights-drafted = Drafted from your timeline. Read it, change what you like, then copy it into an e-mail or the company's complaint form.
insights-draft = Draft an escalation letter
insights-told = Told { $n } times: “{ $text }”
insights-teamsInvolved = Teams involved: { $teams }
insights-letterTitle = Escalation letter
insights-escalate = Time to escalate
insights-keptOf = { $kept } of { $made }
insights-missed = Promises missed
insights-hMin = { $h } h { $m } min
insights-kept = Promises kept
insights-hold = Time on hold
insights-overdue = { $n } overdue
insights-handoffs = Hand-offs
insights-daysOpen = Days open
insights-on = on { $date }
insights-title = Insights
insights-contacts = Contacts
insights-bounced = Bounced:
insights-min = { $m } min
insights-subject = Subject
insights-letter = Letter
insights-h = { $h } h
insights-teams = Teams

## alerts

alerts-notMadeHelp = A transcript, e-mail or confirmation of a call or chat you did not have.
alerts-exposedHelp = Orders, addresses or account details that are not yours.
alerts-exposed = Support showed me someone else’s data
alerts-notMade = A record of a contact I never made
alerts-howDealt = How was it dealt with? (optional)
alerts-which = About which contact? (optional)
alerts-resolvedAlerts = Resolved security alerts ({ $n })
alerts-dialogTitle = Report a security problem
alerts-stepsDone = { $done } of { $n } steps done
alerts-evidence = Evidence (optional)
alerts-dealt = It’s dealt with…
alerts-resolvedAt = resolved { $date }
alerts-whatNow = What to do now
alerts-what = What happened?
alerts-raised = raised { $date }
alerts-markResolved = Mark resolved
alerts-words = In your words
alerts-raise = Raise alert
alerts-alertNo = Alert { $n }
alerts-saving = Saving…
alerts-none = None

## phone

phone-searchPh = Country name or code, e.g. Vietnam or +84
phone-sms-unlikely = SMS codes are unlikely to reach it
phone-sms-impossible = No SMS code can reach it as typed
phone-looksLike = { $name }: mobile numbers look like
phone-sms-uncertain = SMS codes may not reach it
phone-numberPh = + country code and number
phone-countryLabel = Country: { $name }, +{ $code }
phone-sms-likely = SMS codes can reach it
phone-type-voip = VoIP (internet phone)
phone-type-personal_number = Personal (forwarding)
phone-type-uan = Company number (UAN)
phone-noMatch = No country matches.
phone-type-fixed_line_or_mobile = Mobile or landline
phone-choose = Choose the country
phone-type-voicemail = Voicemail access
phone-search = Search countries
phone-type-premium_rate = Premium-rate
phone-type-unknown = Unknown type
phone-type-shared_cost = Shared-cost
phone-use = Use { $value }
phone-type-toll_free = Toll-free
phone-countries = Countries
phone-type-fixed_line = Landline
phone-sev-problem = Problem
phone-sev-warning = Warning
phone-country = Country
phone-type-mobile = Mobile
phone-type-pager = Pager
phone-sev-info = Note
phone-sev-ok = Good
phone-or = or

## phoneCheck

phoneCheck-intro = Type the number the way you would give it to a service. Steward says whether it is right, how to write it, and whether SMS codes can reach it. Nothing is sent anywhere.
# same in every language (a name, a format, or an example)
phoneCheck-refusalPh = e.g. We detected unusual activity and are unable to verify your mobile number at this time
phoneCheck-refusal = Did a service refuse it? Paste its exact message (optional)
phoneCheck-notYou = This is not something you did wrong.
phoneCheck-title = Check a phone number
phoneCheck-number = Phone number

## accounts

accounts-intro = Each service you have a case with or added here. Your identifier there is shown masked, so this screen is safe to share.
accounts-empty = No accounts yet. Add one above, start a case with a service name, or turn on two-step verification.
accounts-twoStep = Two-step verification
accounts-openAlerts = Open security alerts
accounts-attempts = Enrolment attempts
accounts-m-totp = Authenticator app
accounts-loading = Loading accounts…
accounts-identifier = Your identifier
accounts-alerts = Security alerts
accounts-m-custom_hardware = Hardware token
accounts-m-custom_software = Service's app
accounts-title = Your accounts
accounts-back = Back to cases
accounts-m-security_key = Security key
accounts-m-sms = Text message
accounts-lastContact = Last contact
accounts-m-call = Phone call
accounts-openCases = Open cases
accounts-caseNo = case #{ $n }
accounts-nOpen = { $n } open
accounts-service = Service
accounts-notSet = not set
accountEdit-open = Edit
accountEdit-title = Edit { $service }
accountEdit-domain = The service's web address
accountEdit-domainHint = For example paypal.com. Empty: none.
accountEdit-identifier = Your identifier there
accountEdit-identifierHint = The e-mail address, phone number or customer number you use with this service. It is kept encrypted and shown masked.
accountEdit-identifierKept = Now { $masked }. Leave this empty to keep it, or type a new one.
accountEdit-identifierClear = Remove the identifier
accountEdit-save = Save
editCase-open = Edit
editCase-title = Edit case { $n }
editCase-save = Save changes
enrol-stop = Stop this enrolment…
enrol-stopTitle = Stop turning on two-step verification for { $service }?
enrol-stopKeeps = It will no longer be listed to resume. What you tried stays in case { $n }, and you can start again at any time.
enrol-stopNothing = It will no longer be listed to resume. You can start again at any time.
enrol-stopCancel = Keep going
enrol-stopYes = Stop it
accounts-ofTotal = of { $n }
accounts-notOn = not on
accounts-none = none
accounts-m-passkey = Passkey

## otp

otp-emptyHelp = When a service offers "authenticator app" for two-step verification, Steward can be that app. Add the account from its QR code or setup key, or import the accounts you already have in another app.
otp-noMatch = No account matches “{ $query }”.
otp-list = Accounts and their codes
otp-importOther = Import from another app
otp-findPh = Find an account…
otp-find = Find an account
otp-noAccounts = No accounts yet
otp-addAn = Add an account
otp-add = Add account
otp-checkAgain = Check again
otp-backUp = Back up
otp-import = Import

## otpItem

otpItem-newCode = New code ready. Use it once; ask for another only if it is refused.
otpItem-copied = Copied. The clipboard is cleared in 30 seconds.
otpItem-backupLeft =
    { $n ->
        [one] { $n } backup code left
       *[other] { $n } backup codes left
    }
otpItem-copyFor = Copy the code for { $who }
otpItem-codeFor = Code for { $who }: { $code }
otpItem-qr = Move to a phone (QR)
otpItem-secondsLeft = { $n } seconds left
otpItem-moreFor = More for { $who }
otpItem-getNext = Get next code
otpItem-loading = Loading code
otpItem-backupCodes = Backup codes
otpItem-counter = Counter { $n }
otpItem-rename = Rename
otpItem-remove = Remove
otpItem-next = Next:
otpItem-copy = Copy
otpItem-more = More

## otpText

otpText-totp = { $digits } digits, every { $period } s
otpText-hotp = { $digits } digits, counter-based

## otpDialogs

otpDialogs-removeText = Steward will no longer make codes for this account, and its backup codes are removed too. Before you remove it, turn off two-step verification at { $service } or set up another way to sign in — otherwise you may be locked out.
otpDialogs-scan = Open your phone's authenticator app, choose to add an account by scanning, and point it here.
otpDialogs-anyone = Anyone who sees this code can copy the account. Close it when you are done.
otpDialogs-addLabel = Add codes the service gave you (one per line)
otpDialogs-left = { $unused } of { $total } codes left.
otpDialogs-noneKept = No backup codes kept yet.
otpDialogs-moveTitle = Move { $label } to a phone
otpDialogs-backupTitle = Backup codes: { $label }
otpDialogs-yourAccount = Your account there
otpDialogs-iUsed = I used this code
otpDialogs-removeTitle = Remove { $label }?
otpDialogs-renameTitle = Rename account
otpDialogs-show = Show the codes
otpDialogs-theService = the service
otpDialogs-markUsed = Mark used
otpDialogs-add = Add codes
otpDialogs-keepIt = Keep it
otpDialogs-save = Save
otpDialogs-used = used

## otpAdd

otpAdd-screenHelp = Show the QR code on your screen (for example on the service's security page), then press Scan. Steward steps aside for a moment and reads it. On Wayland it asks your desktop for the screenshot, and the desktop may ask you first.
otpAdd-linkHelp = The link behind the service's QR code (it starts with otpauth://), or a Google Authenticator transfer link.
otpAdd-clipHelp = Right-click the QR code and choose "Copy image", or take a screenshot to the clipboard, then press Read.
otpAdd-pictureHelp = A screenshot or a photo; the whole code must be visible.
otpAdd-tooLarge = This file is too large to be a picture of a QR code.
otpAdd-keyHelp = Letters A–Z and digits 2–7; spaces do not matter.
otpAdd-crop = Crop the picture to the QR code and try again.
otpAdd-advanced = Advanced (only if the service says so)
otpAdd-picture = Picture of the QR code (PNG or JPEG)
otpAdd-timeBased = Time-based (most services)
otpAdd-chooseFirst = Choose a picture first.
# same in every language (a name, a format, or an example)
otpAdd-namePh = e.g. you@example.com
otpAdd-seconds = Seconds per code
otpAdd-wayScreen = Scan the screen
otpAdd-wayClipboard = Copied picture
otpAdd-title = Add an account
otpAdd-how = How to add it
otpAdd-counterBased = Counter-based
otpAdd-wayLink = Paste a link
otpAdd-wayImage = Picture file
otpAdd-wayManual = Type the key
otpAdd-another = Add another
# same in every language (a name, a format, or an example)
otpAdd-issuerPh = e.g. GitHub
otpAdd-link = Setup link
otpAdd-key = Setup key
otpAdd-algorithm = Algorithm
otpAdd-working = Working…
otpAdd-counter = Counter
otpAdd-digits = Digits
otpAdd-done = Done
otpAdd-type = Type
otpAdd-scan = Scan
otpAdd-read = Read
otpAdd-add = Add

## otpReport

otpReport-addedN =
    { $n ->
        [one] Added { $n } account.
       *[other] Added { $n } accounts.
    }
otpReport-alreadyIn = Already in Steward (not added again)
otpReport-googleMigration = Google Authenticator transfer
otpReport-noneAdded = No new accounts were added.
otpReport-otpauthList = a list of otpauth links
otpReport-already = { $n } already there.
otpReport-readAs = Read as { $format }.
otpReport-skippedN = { $n } skipped.
otpReport-skipped = Skipped
otpReport-added = Added

## otpImport

otpImport-help = Aegis, 2FAS, andOTP, Bitwarden, Ente Auth, FreeOTP+, Proton Authenticator, Google Authenticator (transfer links or a screenshot of its QR code), or a list of otpauth links.
otpImport-encrypted = This file is encrypted. Enter the password you chose when you exported it.
otpImport-unknown = Steward does not recognise { $name }. Choose the app it came from.
otpImport-tooLarge = This file is too large to be an authenticator export.
otpImport-isPicture = { $name } is a picture: its QR codes will be read.
otpImport-checkFile = Check that you picked the right file.
otpImport-googleLinks = Google Authenticator transfer links
otpImport-enteList = Ente Auth / list of otpauth links
otpImport-looksLike = { $name } looks like a { $app } export.
otpImport-auto = Recognise it automatically
otpImport-title = Import from another app
otpImport-chooseFile = Choose the export file
otpImport-password = Password of the export
otpImport-importing = Importing…
otpImport-format = Format
otpImport-bitwarden = Bitwarden (JSON or CSV)

## otpExport

otpExport-keepSafe = Keep this file and its password somewhere safe (not on this computer only). Aegis and Steward can import it with the password.
otpExport-count =
    { $n ->
        [one] { $n } account. The file is saved in your Downloads folder.
       *[other] { $n } accounts. The file is saved in your Downloads folder.
    }
otpExport-atLeast = At least 8 characters. Without it the backup cannot be opened.
otpExport-encBackupHelp = (recommended) — Aegis format, opened with a password
otpExport-anyone = Anyone who gets this file can make all your codes.
otpExport-plainHelp = — not encrypted, for apps that read nothing else
otpExport-importDelete = Import it where you need it, then delete it.
otpExport-savedTo =
    { $n ->
        [one] { $n } account saved to
       *[other] { $n } accounts saved to
    }
otpExport-understand = I understand; I will delete it after use.
otpExport-notEncrypted = This file is not encrypted.
otpExport-title = Back up your authenticator
otpExport-differ = The passwords differ.
otpExport-plain = Plain list of links
otpExport-repeat = Repeat the password
otpExport-encBackup = Encrypted backup
otpExport-savedTitle = Export saved
otpExport-password = Password
otpExport-saving = Saving…
otpExport-importFormat = Format

## otpLink

otpLink-introGoogle = A setup link was opened with Steward. Add it only if you are setting up two-step verification yourself or moving accounts from Google Authenticator.
otpLink-intro = A setup link was opened with Steward. Add it only if you are setting up two-step verification yourself.
otpLink-invalid = A link was opened with Steward, but it is not a setup link Steward can read. Nothing was added.
otpLink-totp = Time-based, { $digits } digits every { $period } s
otpLink-addMany = Add these { $n } accounts to Steward?
otpLink-hotp = Counter-based, { $digits } digits
otpLink-addOne = Add this account to Steward?
otpLink-invalidTitle = This link cannot be added
otpLink-cannot = These cannot be added:
otpLink-doneTitle = Added from the link
otpLink-notNamed = (not named)
otpLink-dontAdd = Don't add
otpLink-addThem = Add them
otpLink-account = Account

## enrol

enrol-stuckTitle = Opens the case with everything tried, ready to send to support
enrol-password = Your password on the privacyIDEA server
enrol-recorded = Recorded in case { $n }
enrol-signIn = Sign in and carry on
enrol-stepOf = Step { $n } of { $total }
enrol-whereStand = Where things stand
enrol-ifFails = If it doesn't work
enrol-startAnother = Start another
enrol-openCase = Open case { $n }
enrol-stuck = I'm stuck
enrol-back = ← Back
enrol-pause = Pause
enrol-goodToKnow = Good to know

## step

step-confirm_authenticator = Confirming the authenticator
step-add_authenticator = Adding to the authenticator
step-enter_phone_code = Code from the phone
step-choose_method = Choosing a method
step-on_website = On the website
step-enter_phone = Phone number
step-test_sign_in = Test sign-in
step-backup_codes = Backup codes
step-summary = Finished

## method

## enrolText

enrolText-minS = { $m } min { $s } s
enrolText-min = { $m } min
enrolText-s = { $s } s

## enrolStart

enrolStart-intro = Two-step verification (2FA) asks for a second proof, such as a code, when you sign in. Steward guides you one step at a time, recommends the strongest method the service offers, and records every refusal so support can see exactly what happened.
enrolStart-piHelp = Steward then sets up the second step directly on your company's server. Leave these empty for a website such as Amazon.
enrolStart-pick = Pick a suggestion with the arrow keys and Enter, or press Enter to start with what you typed.
enrolStart-nothing = Nothing half-done. Anything you start is kept here until it is finished.
enrolStart-kept = Kept in your computer's keyring, never in Steward's records.
enrolStart-typeFirst = Type the name or web address of the service first.
enrolStart-which = Which service? Type its name or web address
enrolStart-pi = My company uses a privacyIDEA server
enrolStart-forExample = For example: Amazon, or amazon.com.
enrolStart-title = Turn on two-step verification
enrolStart-carryOn = Carry on where you left off
enrolStart-placeholder = e.g. Amazon or amazon.com
enrolStart-user = Your user name there
enrolStart-password = Your password there
enrolStart-server = Server address
enrolStart-starting = Starting…
enrolStart-services = Services
enrolStart-case = case { $n }
enrolStart-resume = Resume →
enrolStart-start = Start

## enrolSteps

enrolSteps-scanned = Scanned the QR code already with the Authenticator (from the screen or a screenshot)? Choose it here.
enrolSteps-mostSites = Most websites show a QR code; under it there is often "Can't scan it?" with the link or key.
enrolSteps-copyWord = Copy it word for word: Steward explains it and keeps it, exactly as written, in the case.
enrolSteps-onlyOnce = Steward shows them only this once. Keep them somewhere safe, away from this computer.
enrolSteps-changes = It changes every 30 seconds; Steward shows the new one by itself.
enrolSteps-serverWait = The server asked to wait: you can try again in { $wait }.
enrolSteps-backupPaste = Backup codes (paste them all, one per line)
enrolSteps-setupLink = The service's setup link (otpauth://…)
enrolSteps-refused = It refused — paste the exact message
enrolSteps-writeDown = Write these backup codes down now
enrolSteps-askNewIn = Ask for a new code (in { $wait })
enrolSteps-codeFromSms = The code from the text message
enrolSteps-orPick = Or pick from my Authenticator
enrolSteps-typeCode = Type this code on the website
enrolSteps-nothingOn = Nothing was turned on.
enrolSteps-report = Report this message
enrolSteps-yourMobile = Your mobile number
enrolSteps-askNew = Ask for a new code
enrolSteps-chooseAccount = Choose an account
enrolSteps-readingCode = Reading the code…
enrolSteps-useAccount = Use this account
enrolSteps-getBackup = Get backup codes
enrolSteps-until = (until { $when })
enrolSteps-checkCode = Check the code
enrolSteps-tried = What was tried
enrolSteps-signInNow = Sign in now
enrolSteps-recommended = Recommended
enrolSteps-saveCodes = Save codes
enrolSteps-whatIsOn = What is on
enrolSteps-checkNow = Check now
enrolSteps-worked = It worked
enrolSteps-continue = Continue
enrolSteps-notNow = Not now
enrolSteps-refusedBadge = Refused
enrolSteps-workedBadge = Worked
enrolSteps-skip = Skip
enrolSteps-on = On
enrolSteps-skipTest = Skip the test

## share

share-refused = Copying was refused: select the text below and press Ctrl+C.
share-fmt-ics = Calendar to-dos for promised call-backs (.ics)
share-addresses = My postal addresses to mask (one per line)
share-fmt-pdf = PDF (brief first, full timeline after)
share-clear = Send something in the clear on purpose
share-saveBtn = Save…
share-notSaved = Nothing was saved.
share-copied = Chat brief copied ({ $n } characters).
share-nothing = Nothing in this case needs masking.
share-fmt-eml = E-mail draft (.eml, PDF attached)
share-quick = Quick: paste into a support chat
share-never = Backup codes and one-time codes are never sent.
share-keepNext = — keep it next to the file)
share-fmt-json = JSON (machine-readable)
share-signedWith = , signed with key { $key }
share-unmask-reset_link = Reset / sign-in links
share-fmt-brief = Brief as plain text
share-unmask-address = My postal addresses
share-whatMasked = What will be masked
share-checkHint = Steward checks that an export is unchanged since it was signed, and by whose key. Keep its .sig file next to it.
share-unmask-email = E-mail addresses
# same in every language (a name, a format, or an example)
share-fmt-html = Web page (HTML)
share-copy = Copy chat brief
share-kind-email = e-mail address
share-kind-address = postal address
share-title = Share case { $n }
share-unmask-phone = Phone numbers
share-kind-otp = one-time code
share-masked = masked { $what }
share-language = Language of the file
share-languageHelp = Support may read another language than you. What you quoted and the error texts you saw stay exactly as written.
share-export = Export a file
share-sigIn = (signature in
share-unmask-card = Card numbers
share-kind-phone = phone number
share-check = Check a file
share-kind-card = card number
share-kind-backup_code = backup code
share-kind-reset_link = reset link
share-brief = Chat brief
share-exporting = Exporting…
share-unmask-password = Passwords
share-checking = Checking…
# same in every language (a name, a format, or an example)
share-fmt-md = Markdown
share-kind-password = password
share-unmaskLegend = Unmask
share-checkBtn = Check a file…
share-key-title = Your signing key
share-key-explain = Every file Steward saves or sends is signed with this key. Give it to the support agent once, before you send anything (read the fingerprint out on a call, or paste the key in a chat you started): then a file someone changed and signed again with another key fails their check.
share-key-fingerprint = Fingerprint
share-key-openssh = Public key (OpenSSH)
share-key-allowed = A line for their allowed_signers file
share-key-copy = Copy
share-key-copied = Copied. This is your public key: sharing it is safe.
share-notChecked = No file was checked.
share-unmask-iban = IBANs
share-saved = Saved
share-kind-iban = IBAN
share-kind-id_number = ID number
share-unmask-id_number = ID numbers (passport, national ID, SSN)
share-kind-private = text you marked private
share-flag-long_number = a long number: an account or ID number?
share-flag-card_like = passes the card-number check
share-flag-after_password_word = comes right after the word “password”
share-flag-link_token = a random-looking part of a link
share-flag-token_like = a random-looking code
share-flag-code_like = may be a one-time code
share-flags-title = Looks private but will be sent as written
share-flags-hint = Steward could not tell whether these are private. Mask any that are.
share-flags-mask = Mask it
share-flags-maskLabel = Mask it: { $text }
share-private-title = Marked private by you (always masked)
share-private-undo = Undo
share-private-undoLabel = Undo: send { $text } as written
share-private-added = { $text } will be masked as [private].
share-private-removed = { $text } will be sent as written.
share-ask-title = Before you share: what support needs from you
share-ask-intro = Only you know these. They go at the top of the brief, so the agent knows what to do without asking.
share-ask-request = What should the agent do?
share-ask-requestPh = e.g. Remove the block on my number so I can turn on 2-step verification
share-ask-requestHint = Write it as an action the agent can take (“Remove…”, “Refund…”, “Reset…”), not as the problem.
share-ask-by = By when?
share-ask-optional = Optional.
share-ask-still = Is it still happening?
share-ask-yes = Yes
share-ask-no = No
share-ask-stillHint = Say whether it still happens today: the brief tells the agent.
share-ask-stillWasYes = You last said yes ({ $date }). Please answer again for today.
share-ask-stillWasNo = You last said no ({ $date }). Please answer again for today.
share-ask-access = Where does it happen?
share-ask-accessUnsaid = Not said
share-ask-accessApp = In the app
share-ask-accessWeb = On the website
share-ask-accessBoth = Both (app and website)
share-ask-team = Which team should handle it?
share-ask-teamPh = e.g. Account security
share-ask-save = Save
share-ask-saving = Saving…
share-ask-saved = Saved on the case.
share-ask-nothing = Nothing changed.
share-ask-needsRequest = First fill in “What should the agent do?” at the top: without it, the agent would have to guess.
share-ask-fill = Fill it in
share-when-title = Proof of when
share-when-on = On
share-when-off = Off
share-when-explain = Proof of when: ask a time-stamping authority you choose to sign the date of each file. Only a fingerprint (hash) of the file is sent, never its content.
share-when-switch = Stamp every file I save
share-when-address = Address of the time-stamping authority
share-when-help = An RFC 3161 authority you trust, e.g. your company's. Plain http:// is normal: its answer is signed.
share-when-save = Save
share-when-turnOff = Turn off
share-when-isOn = On: each file you save is stamped by
share-when-isOff = Off: files carry your signature only, no proof of when.

## api

api-unexpected = Something went wrong.
api-unexpectedHint = Nothing you saved has been lost. If this keeps happening, restart Steward.
api-noBackend = This page is not connected to Steward's core.
api-noBackendHint = Open Steward as the desktop app; a plain browser cannot reach your records.

## plan

plan-refusedTitle = { $service } refused { $numbers }
plan-blockedTitle = The way in is blocked
plan-earlier = Earlier:
plan-stillWorks = What can still work, best first
plan-paths = Ways to turn it on, best first
plan-others = Also possible
plan-finishHint = Already on: { $methods }. You can stop here and add more later.
plan-finish = Finish with what is on
plan-ruledOut = Not possible yet
plan-rules-unknown = Steward doesn't know { $service }'s own rules (for example, which method must come first): if the website asks for another method first, do that one and tell Steward.
plan-rules-inferred = { $service }'s rules, as read from the 2FA directory's note (not checked by hand):
plan-rules-curated = { $service }'s rules, checked by hand, from
plan-rules-checked = (read on { $date })
plan-go-method = Set up { $method }
plan-go-anotherNumber = Use another number
plan-go-support = I'm stuck: prepare the brief
plan-waitUntil = You can try again after { $when }.
plan-notAgain = Steward won't accept { $numbers } again: it was refused.
plan-needsFirst = { $service } only lets you add { $method } once { $needs } is on.
plan-or = { " " }or{ " " }
plan-more =
    { $n ->
        [one] { $n } more option
       *[other] { $n } more options
    }

## receipt

receipt-title = Receipt: two-step verification at { $service }
receipt-methods = What is on
receipt-phone = Phone for codes
receipt-backupCodes = Backup codes
receipt-codesKept =
    { $n ->
        [one] { $n } backup code kept in Steward
       *[other] { $n } backup codes kept in Steward
    }
receipt-noCodes = None kept in Steward
receipt-date = Turned on
receipt-test = Test
receipt-testedYes = Tested: signing in worked
receipt-testedNo = Not tested: sign in with it once soon
receipt-since = On since { $date }
receipt-phoneShort = phone { $phone }
receipt-codesShort =
    { $n ->
        [one] { $n } backup code
       *[other] { $n } backup codes
    }

## kit

kit-title = Recovery kit
kit-intro = One page per account with two-step verification on: what is on, where it lives, and how to get back in if you lose your phone. Print it and keep it at home.
kit-withCodes = Include my unused backup codes
kit-codesWarning = With the codes, anyone who has this paper and your password can sign in: keep it locked away.
kit-save = Print a recovery kit…
kit-saving = Saving…
kit-saved =
    { $n ->
        [one] Recovery kit for { $n } account saved as
       *[other] Recovery kit for { $n } accounts saved as
    }
kit-printIt = Print it, keep it somewhere safe, then delete the file.

# Several cases in one file (the case list)
main-exportSeveral = Export several cases in one file…
shareSeveral-title = Export several cases in one file
shareSeveral-intro = Tick the cases to put in one signed file, for example to give support the whole story at once.
shareSeveral-cases = Cases
shareSeveral-count =
    { $n ->
        [one] { $n } case ticked: tick at least two.
       *[other] { $n } cases ticked.
    }
shareSeveral-needsRequest = Case { $n } does not say yet what the agent should do.
shareSeveral-openShare = Say it in the Share dialog of case { $n }
shareSeveral-masked = Card numbers, phone numbers, passwords and other private details are masked in every case, as in the Share dialog.
shareSeveral-formatsHint = One file holds several cases as Markdown, a web page or JSON. For a PDF, share each case on its own.

# Favourites and tags (groups) in the authenticator
otp-fav = Add to favourites
otp-fav-off = Remove from favourites
otp-fav-for = Favourite: { $who }
otp-tags-edit = Tags…
otp-tags-title = Tags of { $label }
otp-tags-none = No tags yet. Tags such as "Work" or "Bank" let you filter the list.
otp-tags-list = Tags
otp-tags-remove = Remove the tag { $tag }
otp-tags-new = New tag
otp-tags-newPh = Work, Bank, Family…
otp-tags-help = At most 32 characters and 20 tags per account; capitals do not matter.
otp-tags-add = Add tag
otp-tags-filter = Show
otp-tags-all = All
otp-tags-favourites = ★ Favourites ({ $n })
otp-tags-chip = { $tag } ({ $n })
otp-tags-noneInFilter = No account here yet.

## App lock (lock screen, Settings)
lock-title = Steward is locked
lock-reason-idle = It locked itself after a while without use. Your records and codes are hidden until you unlock.
lock-reason-session = It locked with your computer. Your records and codes are hidden until you unlock.
lock-reason-minimised = It locked when the window was minimised. Your records and codes are hidden until you unlock.
lock-reason-manual = Your records and codes are hidden until you unlock.
lock-keyringNote = Your computer's keyring holds the key. Where it can, your computer asks you to confirm it is you; on a computer left unlocked anyone at it can open Steward, so lock your computer when you leave it.
lock-failedCount =
    { $n ->
        [one] { $n } wrong try since Steward locked. Nothing is blocked or lost.
       *[other] { $n } wrong tries since Steward locked. Nothing is blocked or lost.
    }
lock-settings-idle = Lock after no use for
lock-settings-never = Never
lock-settings-minutes =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
lock-settings-session = Lock when my computer locks
lock-settings-minimise = Lock when the window is minimised
lock-now = Lock now
lock-now-title = Lock Steward now (Ctrl+Shift+L)

## Authenticator: automatic backups, "a newer backup was found", the import report (helper D)
otpBackup-button = Backups
otpBackup-title = Automatic backups
otpBackup-intro = After every change Steward writes an encrypted backup of your accounts into a folder you choose (an Aegis vault: Aegis and Steward can import it with the password). Choose a synced folder to keep a copy off this computer.
otpBackup-folder = Folder
otpBackup-noFolder = No folder chosen yet.
otpBackup-chooseFolder = Choose folder…
otpBackup-keep = Backups to keep (older ones of Steward's are removed; nothing else is)
otpBackup-remindDays = Remind me when changes have waited this many days without a backup
otpBackup-password = Backup password
otpBackup-newPassword = New backup password (optional)
otpBackup-passwordKept = Set. Leave empty to keep it.
otpBackup-repeat = Repeat the password
otpBackup-differ = The two passwords are not the same.
otpBackup-auto = Back up automatically after every change
otpBackup-inKeyring = The password is kept in the system keyring.
otpBackup-inProfile = The password is kept sealed in your encrypted profile (there is no system keyring here).
otpBackup-save = Save
otpBackup-now = Back up now
otpBackup-savedOn = Saved. Backups are on.
otpBackup-savedOff = Saved. Automatic backups are off.
otpBackup-written = Backed up { $n ->
        [one] { $n } account
       *[other] { $n } accounts
    } to { $file }.
otpBackup-last = Last backup: { $date } ({ $file }).
otpBackup-never = No backup yet.
otpBackup-pending = { $n ->
        [one] { $n } change is in no backup yet.
       *[other] { $n } changes are in no backup yet.
    }
otpBackup-allSaved = Every change is in the last backup.
otpBackup-reminder = Back up your authenticator: { $n ->
        [one] { $n } change has
       *[other] { $n } changes have
    } waited without a backup.
otpBackup-reminderFailing = The automatic backup is failing: your latest changes are in no backup.
otpBackup-open = Open backups
otpBackup-found = A newer backup was found: { $file } ({ $date }, { $app ->
        [steward] from Steward on another device
       *[other] from another app, such as Aegis
    }).
otpBackup-importIt = Import it
otpBackup-notThis = Not this one
otpBackup-passwordTitle = Password of the backup
otpBackup-passwordHelp = { $file } is encrypted with another password than your backup password. Type the password it was made with.
otpBackup-reportTitle = What the backup held
otpBackup-compareTitle = Compare the codes before you delete anything
otpBackup-compareHelp = Each account's code now. If your old app shows the same code, the account works here.
otpBackup-colAccount = Account
otpBackup-colWhat = What happened
otpBackup-colCode = Code now
otpBackup-outcomeAdded = Added (number { $number })
otpBackup-outcomeHere = Already here (number { $number })
otpBackup-outcomeSkipped = Skipped: { $reason }
otpBackup-hotpNote = counter { $counter }, not advanced
otpBackup-atImport = at import time

# Send to helpdesk (the Share dialog's section, components/share/SendToHelpdesk.tsx) and the
# case header's ticket.
helpdeskSend-title = Send to helpdesk
helpdeskSend-intro = Open a ticket with your helpdesk: the brief goes as its text, the signed PDF and JSON are attached. Set it up once; it is saved in your profile.
helpdeskSend-kind = Helpdesk
helpdeskSend-address = Address
helpdeskSend-queue = Queue
helpdeskSend-requestor = Your e-mail address in the helpdesk
helpdeskSend-token = Token
helpdeskSend-tokenHelp = Steward keeps the token in the system keyring, or in your encrypted profile when there is no keyring. It is never shown again.
helpdeskSend-tokenKeep = Leave empty to keep the saved token ({ $token })
helpdeskSend-test = Test connection
helpdeskSend-testing = Testing…
helpdeskSend-save = Save
helpdeskSend-cancel = Cancel
helpdeskSend-change = Change
helpdeskSend-forget = Forget
helpdeskSend-forgotten = The helpdesk and its token were removed from this profile.
helpdeskSend-ok-rt = Connected: Request Tracker { $version } accepts your token, and queue { $queue } is open to you.
helpdeskSend-ok-zendesk = Connected: Zendesk accepts your token (signed in as { $account }).
# Redmine in Send to helpdesk (ui/src/components/share/SendToHelpdesk.tsx)
helpdeskSend-project = Project (its identifier, as in …/projects/support)
helpdeskSend-apiKey = API key (in Redmine: My account → API access key)
helpdeskSend-ok-redmine = Connected: Redmine accepts your key (signed in as { $account }), and project { $project } is open to you.
helpdeskSend-savedProject = project { $project }
helpdeskSend-savedSummary = { $system } at { $address }
helpdeskSend-savedQueue = queue { $queue }, as { $requestor }
helpdeskSend-tokenSaved = Token { $token }, saved { $home ->
        [keyring] in the system keyring
       *[database] in your encrypted profile
    }
helpdeskSend-noToken = No token saved: choose Change and paste it.
helpdeskSend-ticket = Ticket
helpdeskSend-ticketNew = Open a new ticket
helpdeskSend-ticketUpdate = Add an update to { $reference }
helpdeskSend-language = Language of the ticket
helpdeskSend-preview = What will be sent
helpdeskSend-previewHelp = Exactly this leaves your computer, with private details masked as shown above.
helpdeskSend-subject = Subject: { $subject }
helpdeskSend-files = Attached: { $files }
helpdeskSend-send = Send
helpdeskSend-sending = Sending…
helpdeskSend-opened = Sent. Ticket { $reference } was opened ({ $status }).
helpdeskSend-appended = Sent. Your update was added to ticket { $reference } ({ $status }).
helpdeskSend-needsRequest = Say first what you want support to do (at the top of this dialog).
caseView-ticket = Ticket { $reference }

## Authenticator: the QR dialog's picture description (issue 17 leftovers)
otpDialogs-qrAlt = QR code for { $label }

# Complaints in the window (issue 19): the Complaint panel on the case page, its Mark dialog, the
# Log form's "What was this contact?" and the timeline badge (ui/src/components/complaints/).

complaintPanel-title = Formal complaint
complaintPanel-titleTo = Formal complaint to { $firm }
complaintPanel-theCompany = the company
complaintPanel-noneYet = None yet. If support keeps bouncing you, a formal complaint starts a clock the company must answer by; mark the contact where you complained and Steward counts the days.
complaintPanel-mark = Mark a formal complaint…
complaintPanel-received = Received { $date }
complaintPanel-theirRef = their reference { $reference }
complaintPanel-daysLeft = { $n ->
    [one] 1 day left
   *[other] { $n } days left
}
complaintPanel-daysOver = { $n ->
    [one] 1 day overdue
   *[other] { $n } days overdue
}
complaintPanel-lastDayToday = Last day today
complaintPanel-firmHasUntil = { $firm } has until { $date } to give you its final answer.
complaintPanel-firmRanOut = { $firm }'s time to answer ran out on { $date }.
complaintPanel-deadlineUnknown = Steward can't say how long { $firm } has: the rules don't give a confirmed number. Ask them in writing by when they will answer.
complaintPanel-answered = { $firm } sent its final response on { $date }.
complaintPanel-nextNow = What you can do now
complaintPanel-nextFrom = What you can do from { $date }
complaintPanel-nextLater = What you can do later
complaintPanel-where = { $body }:
complaintPanel-lastDay = { $n ->
    [one] Last day: { $date } (1 day left)
   *[other] Last day: { $date } ({ $n } days left)
}
complaintPanel-noLastDayYet = No last day yet: the clock starts when the company sends its final response.
complaintPanel-noLastDay = Steward knows no last day for this.
complaintPanel-check = check this
complaintPanel-checkTitle = Steward's own reading of the rule, or read only in secondary sources: check it before you rely on it, and act earlier if you can.
complaintPanel-unknown = Unknown
complaintPanel-missingUnconfirmed = Not confirmed: Steward's sources don't settle this, so it gives no date.
complaintPanel-missingNoNumber = The rules give no number of days (for example "promptly").
complaintPanel-missingFinalResponse = Starts when the company sends its final response.
complaintPanel-missingEvent = Starts from something not recorded on this case yet.
complaintPanel-missingProblemDate = Counts from when the problem happened, which this case doesn't record (the longest limit; act well before it).
complaintPanel-missingHolidays = Counted without public holidays: the real date may be a little later.
complaintPanel-stepFrom = From this day: { $what }
complaintPanel-stepDone = done
complaintPanel-steps = Every date, step by step
complaintPanel-source = From { $law }; sources read on { $date }.
complaintPanel-noRuleTitle = No rule known for { $where }.
complaintPanel-noRule = Steward gives no dates rather than guess. Ask { $firm } in writing how long it has to answer, and check with a consumer adviser.
complaintPanel-place = { $country }, { $sector }
complaintPanel-edit = Change or remove…
complaintPanel-finalArrived = Their final response arrived…
complaintPanel-finalUndo = It wasn't their final response
complaintFinal-title = Their final response
complaintFinal-help = Which contact was the company's final answer to your complaint (or its letter saying it won't change its position)? Your time to go further counts from its date.
complaintFinal-contact = The contact with their final response
complaintFinal-none = No other contact is logged yet. Log their answer with "Their final response" in the Log form.
complaintFinal-save = This was their final response
complaintPanel-letterComplaint = Draft the formal complaint letter
complaintPanel-letterChaser = Draft a chaser: the deadline has passed
complaintPanel-letterReferral = Draft the referral letter

complaintMark-title = Mark a formal complaint
complaintMark-titleChange = Change the formal complaint
complaintMark-help = Which contact was your formal complaint, and where is the company? Steward looks up the rules for that country and kind of company and counts the dates.
complaintMark-contact = The contact where you complained
complaintMark-country = Where the company is
complaintMark-sector = What kind of company
complaintMark-choose = Choose…
complaintMark-knownCountries = Steward knows rules for
complaintMark-otherCountries = Other countries (no rules yet)
complaintMark-noCountry = no country
complaintMark-ruleFound = Rule:
complaintMark-noRuleTitle = No rule known.
complaintMark-noRule = You can still mark it: Steward keeps the date and reference, and says plainly it doesn't know the deadline.
complaintMark-received = The company received it on
complaintMark-receivedHelp = If you don't know, the day you sent it.
complaintMark-reference = Their complaint reference (if any)
complaintMark-save = Mark as formal complaint
complaintMark-saveChange = Save the changes
complaintMark-clear = Remove the mark
complaintMark-region = Where you are in the UK
complaintMark-regionHelp = Bank holidays differ, and some deadlines are counted in working days.
complaintMark-region-england = England and Wales
# same in every language (a name)
complaintMark-region-scotland = Scotland
complaintMark-region-ni = Northern Ireland

# used by pattern: complaintSector-{sector}
complaintSector-financial-services = Bank, lender or insurer
# used by pattern: complaintSector-{sector}
complaintSector-payment-services = Payments or e-money
# used by pattern: complaintSector-{sector}
complaintSector-energy = Gas or electricity
# used by pattern: complaintSector-{sector}
complaintSector-telecoms = Phone or broadband
# used by pattern: complaintSector-{sector}
complaintSector-data-protection-access = A request for my personal data
# used by pattern: complaintSector-{sector}
complaintSector-data-protection-complaint = How they handled my personal data
# used by pattern: complaintSector-{sector}
complaintSector-consumer-general = Goods or services
# used by pattern: complaintSector-{sector}
complaintSector-consumer-finance = Loans, cards or accounts (consumer finance)
# used by pattern: complaintSector-{sector}
complaintSector-banking-payment-account = Bank account or payments
# used by pattern: complaintSector-{sector}
complaintSector-banking-card = Bank card
complaintSector-other = Something else

logKind-legend = What was this contact?
logKind-ordinary = An ordinary contact
logKind-complaint = I made a formal complaint
logKind-final = Their final response
logKind-complaintHelp = Where is the company, and what does it do? Steward counts how long it has to answer.
logKind-finalHelp = Their final answer to your complaint (or a letter saying they won't change their position). Your time to go further counts from it.
logKind-whereError = Choose where the company is and what kind of company it is.
logKind-marked = Marked as your formal complaint.
logKind-notMarked = Saved, but not marked as a formal complaint: { $error }
logKind-badgeComplaint = Formal complaint
logKind-badgeFinal = Final response
complaintLetter-drafting = Drafting the letter…
complaintLetter-to = To:
complaintLetter-subject = Subject
complaintLetter-body = Letter
complaintLetter-masked = Drafted from your timeline: references, dates and how they were counted are in it, and private details (card numbers, codes, …) are masked as in every export. Read it through before you send it.
complaintLetter-copy = Copy the letter
complaintLetter-copied = Copied. Paste it into an e-mail or the company's complaint form.
complaintLetter-copyRefused = The system refused the copy: select the letter and press Ctrl+C.
complaintLetter-save = Save as a file…
complaintLetter-saving = Saving…
complaintLetter-saved = Saved in { $path }
complaintLetter-notSaved = Not saved: the Save dialog was closed.

## django-helpdesk in the Share dialog's "Send to helpdesk" (ui/src/components/share/SendToHelpdesk.tsx)

helpdeskSend-queueNumber = Queue number (your helpdesk tells you which)
helpdeskSend-djangoToken = API token (or user name:password, if your helpdesk uses passwords)
helpdeskSend-ok-django = Connected: django-helpdesk accepts your token, and queue { $queue } is open to it; tickets are opened for { $requestor }.

# Quick capture (the global shortcut), beside the settings: what it does on this desktop.
quickCapture-on = Ctrl+Alt+L logs a contact from anywhere on your desktop.
quickCapture-wayland = On Wayland, Steward cannot hear Ctrl+Alt+L outside its window: press Ctrl+L in the window to log a contact.
quickCapture-noDisplay = This desktop gives Steward no shortcut outside its window: press Ctrl+L in the window to log a contact.
quickCapture-taken = Another app uses Ctrl+Alt+L, so it does not reach Steward: press Ctrl+L in the window to log a contact.

## The exposure chain in the window (issue 22): the At risk screen, what an account checks, what an impostor got (ui/src/components/exposure/)

main-atRisk = At risk
main-atRiskCount = { $n ->
    [one] { $n } account at risk
   *[other] { $n } accounts at risk
}
atRisk-title = At risk
atRisk-back = Back
atRisk-intro = When someone posing as you gets personal details at one company, every company that accepts those details to check who is calling is open to them too. Here is what leaked, which of your accounts that opens, and what to do.
atRisk-loading = Reading what Steward knows…
atRisk-first = Do this first
atRisk-showPlan = Show the plan
atRisk-leaked = What leaked
atRisk-leakedAt = at { $service }, { $date }
atRisk-leakedOn = on { $date }
atRisk-accounts = Accounts this opens
atRisk-accountsNone = None of your other accounts is known to accept what leaked. Tell Steward what the accounts below check, so it can be sure.
atRisk-stake = At stake: { $stake }
atRisk-stakeUnknown = At stake: not known yet
atRisk-repeat = Not the first time at this company
atRisk-why = Why it is listed
atRisk-source = Source:
atRisk-note = What Steward's notes say about { $service }'s support
atRisk-plan = Lock it down
atRisk-notOffered = Steward's notes say { $service } does not offer this.
atRisk-askOffered = Ask { $service } whether they offer this.
atRisk-openWizard = Turn on two-step verification…
atRisk-openLetter = Write the letter…
atRisk-editAnswers = What { $service } checks…
atRisk-notAtRisk = Not at risk
atRisk-unknown = Not known yet: do these accept what leaked?
atRisk-unknownHelp = Steward doesn't know whether these companies accept what leaked to check it's you. Answer a few questions for each (or ask them), and Steward can tell whether they are at risk.
atRisk-tell = Tell Steward what they check
atRisk-nothing = Nothing has leaked that Steward knows of.
atRisk-nothingHelp = If someone posing as you got details from a company — a chat transcript you never had, an e-mail about a change you didn't ask for — open its case, raise an alert and answer "What did they get?". Steward then shows here which of your other accounts accept those details.
atRisk-noAccounts = Steward knows none of your accounts yet. Add the ones an impostor could call as you — your bank, your e-mail, your phone company — in Accounts (each case's company is one already).
knowledge-title = What { $service } knows about you
knowledge-intro = A few questions, all optional. Steward uses your answers only to see which accounts a stranger could get into with details leaked somewhere else. It keeps no card number: at most the last four digits, shown masked.
knowledge-loading = Reading…
knowledge-stake = What could someone do with this account?
knowledge-stakeUnsure = Not sure
knowledge-details = Your details at { $service }
knowledge-detail = Detail
knowledge-holds = They have it
knowledge-checks = Their support asks for it
knowledge-checksHelp = "Their support asks for it": to check it's you when you call or chat.
knowledge-cardLastFour = Last four digits of the card they have
knowledge-cardHint = Only the last four digits. They are masked once typed.
knowledge-cardKept = Kept: { $hint }. Type four digits to change it.
knowledge-fromRules = Steward's notes on { $service } say their support accepts this.
knowledge-forget = Forget
knowledge-forgetLabel = Forget your answer about the { $detail }
knowledge-sources = Where Steward's notes come from:
knowledge-skip = Skip for now
knowledge-save = Save
knowledge-saving = Saving…
accounts-whatTheyCheck = What they check…
accounts-whatTheyCheckLabel = What they check… ({ $service })
disclosed-ask = What did they get?
disclosed-askHelp = Tell Steward which of your details the impostor got: it then finds your other accounts that accept them.
disclosed-got = They got: { $details }
disclosed-askedOnly = They asked for: { $details }
disclosed-change = Change
disclosed-seeAtRisk = See which accounts are at risk
disclosed-title = What did they get? (alert { $n })
disclosed-intro = Tick what the impostor asked for and what they were given. Steward read the transcript and ticked what it found; check each line — you know best what was said.
disclosed-noEvidence = This alert has no transcript for Steward to read: tick what you know.
disclosed-noneFound = Steward found none of your details in the transcript: tick what you know.
disclosed-askedFor = They asked for it
disclosed-gotIt = They got it
disclosed-inTranscript = In the transcript:
disclosed-cardValue = Last four digits they got (optional)
disclosed-cardFound = In the transcript: { $hint }
disclosed-confirm = Confirm
disclosed-saving = Saving…
disclosed-secondTimeLetter = Write to { $service }: this is the second time…
exposureLetter-title = Letter to { $service }
exposureLetter-masked = It names what leaked, never the values: card digits, your address and numbers are left out or masked. Read it through before you send it.

## How this profile is unlocked (issue 18; ui/src/components/frame/UnlockSettings.tsx)

unlockSettings-title = Unlocked with:
unlockSettings-nowKeyring = the system keyring
unlockSettings-nowPassphrase = your passphrase
unlockSettings-change = Change how it is unlocked…
unlockSettings-dialogTitle = How this profile is unlocked
unlockSettings-intro = Your records are encrypted again with the new key, and your authenticator secrets move with them. If anything goes wrong on the way, nothing changes: the profile still opens the way it does now.
unlockSettings-choose = Unlock it with
unlockSettings-toNewPassphrase = A new passphrase
unlockSettings-toKeyring = The system keyring (no passphrase to type)
unlockSettings-noKeyring = No system keyring is available on this computer.
unlockSettings-current = Your passphrase now
unlockSettings-wrongCurrent = That is not the passphrase that opens this profile now. Nothing was changed.
unlockSettings-rememberNew = Choose one you will remember: without it, the records cannot be opened. Steward will ask for it when you unlock.
unlockSettings-keyringNote = The key goes into the system keyring; Steward will not ask for a passphrase any more.
unlockSettings-confirm = Change
unlockSettings-changing = Changing…
unlockSettings-donePassphrase = Done: this profile is now unlocked with your passphrase. { $n ->
        [one] 1 authenticator account moved with it.
       *[other] { $n } authenticator accounts moved with it.
    }
unlockSettings-doneKeyring = Done: this profile is now unlocked with the system keyring. { $n ->
        [one] 1 authenticator account moved with it.
       *[other] { $n } authenticator accounts moved with it.
    }

## Accounts: adding one that has no case (issue 22 — your bank or e-mail provider, to ask what they check)
accounts-addLabel = Add an account by its service's name
accounts-addPlaceholder = e.g. your bank, your e-mail provider
accounts-add = Add
accounts-addHelp = Add the services an impostor could call as you — your bank, your e-mail, your phone company — then tell Steward what each one checks.
