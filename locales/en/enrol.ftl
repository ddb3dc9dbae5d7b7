## Enrolment: turning on two-step verification with the wizard (src/enrol/). English is the
## reference; the core renders these with t!("enrol-…") in the current language.

## Methods: their names and how strong they are

enrol-method-passkey = Passkey
enrol-method-security-key = Security key
enrol-method-totp = Authenticator app (codes)
enrol-method-custom-hardware = Hardware token
enrol-method-custom-software = The service's own app
enrol-method-call = Phone call
enrol-method-sms = Text message (SMS)
enrol-method-email = E-mail
enrol-method-passkey-advice = The strongest option: a passkey lives on your phone, computer or password manager and only answers the real website, so it can't be phished, guessed or intercepted.
enrol-method-security-key-advice = The strongest option: a security key (or passkey) only answers the real website, so it can't be phished or intercepted.
enrol-method-totp-advice = A strong option: an authenticator app (Steward is one) makes the codes on your own device, so nobody can intercept them on the way; keep the backup codes in case you lose the device.
enrol-method-custom-hardware-advice = A strong option: the service's own token makes codes offline where nobody can intercept them; keep it safe and know how to recover if you lose it.
enrol-method-custom-software-advice = A fairly strong option: the service's own app confirms sign-ins on your phone, but it only works with that app, so keep a backup method for when you change phones.
enrol-method-call-advice = The weakest kind of option: NIST SP 800-63B treats codes sent to a phone as "restricted" because numbers can be hijacked (SIM swap, porting to another network), so use a phone call only when nothing stronger is offered.
enrol-method-sms-advice = The weakest kind of option: NIST SP 800-63B treats codes sent to a phone as "restricted" because numbers can be hijacked (SIM swap, porting to another network), so use text messages only when nothing stronger is offered.
enrol-method-email-advice = A weak option: anyone who gets into your e-mail gets these codes too, so use it only when nothing stronger is offered and protect the e-mail account with 2FA first.

## The wizard's steps, as the case record names them

enrol-step-choose-method = choose a method
enrol-step-enter-phone = phone number
enrol-step-enter-phone-code = code from the phone
enrol-step-add-authenticator = add to the authenticator
enrol-step-confirm-authenticator = confirm the authenticator
enrol-step-on-website = on the website
enrol-step-test-sign-in = test sign-in
enrol-step-backup-codes = backup codes
enrol-step-summary = summary

## The guide: what to do at each step, and what to do if it fails

enrol-guide-the-method = the method
enrol-guide-stopped-title = Stopped setting up two-step verification at { $service }
enrol-guide-stopped-do = Start again whenever you are ready; what was tried is kept in the case.
enrol-guide-stopped-fails = Use "I'm stuck" to send support everything that was tried.
enrol-guide-choose-title = Turn on two-step verification at { $service }
enrol-guide-choose-pick = Pick how { $service } should check it is you. The strongest methods are listed first.
enrol-guide-choose-sms-weak = Text-message codes are the weakest choice (NIST SP 800-63B): a number can be moved to another SIM. Prefer an authenticator app when it is offered.
enrol-guide-service-says = { $service } says: { $notes }
enrol-guide-choose-inferred = What Steward knows of { $service }'s rules is read from the 2FA directory's note, not checked by hand.
enrol-guide-choose-unknown-rules = Steward doesn't know { $service }'s own rules (for example, which method must come first): if the website asks for another method first, do that one and tell Steward.
enrol-guide-choose-fails = If a method is refused, Steward records the message and recommends the next best one.
enrol-guide-phone-title = Your phone number
enrol-guide-phone-type = Type your mobile number the way you would give it to the service; Steward checks it and shows it with its country code.
enrol-guide-phone-server-texts = Steward then asks the server to text you a code.
enrol-guide-phone-on-site = On { $service }'s security settings page, choose { $method } and type the number exactly as Steward shows it (with the + and country code).
enrol-guide-phone-fails = If the service refuses the number, paste its exact message: Steward explains it and stops you from retrying blindly.
enrol-guide-code-your-phone = your phone
enrol-guide-code-title = Type the code you received
enrol-guide-code-sent = A code was sent to { $to }. Type it here.
enrol-guide-code-site-sends = { $service } sends a code to { $to }. Type it on the website.
enrol-guide-tell-how-refused = Then tell Steward how it went: "It worked", or paste the website's message if it refused.
enrol-guide-code-fails = No code after two minutes? Ask for a new one (Steward makes you wait a little between requests, so the number is not blocked). A refusal message: paste it exactly.
enrol-guide-add-title = Add the service to your authenticator
enrol-guide-add-choose = On { $service }'s security settings page, choose the authenticator app. It shows a QR code.
enrol-guide-add-scan = Scan it with Steward (from the screen, a screenshot or a file), or paste its link (otpauth://…).
enrol-guide-add-fails = If the website shows only a setup key, add it in the Authenticator with "Type a key", then come back.
enrol-guide-confirm-title = Confirm with a code
enrol-guide-confirm-server = Steward sends the server the code its authenticator shows now.
enrol-guide-confirm-type = Type the code Steward shows into { $service }'s page.
enrol-guide-tell-worked = Then tell Steward: "It worked", or paste the website's message.
enrol-guide-confirm-fails = A code refused? Wait for the next one (every 30 seconds) and try once more; if it keeps failing, check the computer's clock in the Authenticator.
enrol-guide-passkey-title = Create a passkey for { $service }
enrol-guide-passkey-create = On { $service }'s sign-in and security page, choose to create a passkey. Your phone, computer or password manager makes it and keeps it; Steward never holds it.
enrol-guide-tell-how = Then tell Steward how it went: "It worked", or paste the website's message.
enrol-guide-passkey-fails = If your device can't make one, use a password manager that supports passkeys, or pick the next method.
enrol-guide-site-title = Set up { $method } on { $service }'s website
enrol-guide-site-follow = Steward cannot do this one for you: follow { $service }'s instructions.
enrol-guide-site-fails = If it is refused, paste the exact message; Steward records it and suggests another method.
enrol-guide-test-title = Check that signing in works
enrol-guide-test-server = Steward signs in once with a code from the new method, so you know it works before you rely on it.
enrol-guide-test-server-fails = If the server says to wait, Steward waits; trying earlier makes the wait longer.
enrol-guide-test-sign-out = Sign out of { $service }, then sign in again using { $method }, so you know it works before you rely on it.
enrol-guide-test-tell = Then tell Steward: "It worked", or paste the website's message. You can skip the test; the receipt then says "not tested".
enrol-guide-test-fails = If signing in fails, paste the exact message: the method may need setting up again.
enrol-guide-backup-title = Keep your backup codes
enrol-guide-backup-server = Steward asks the server for a set of one-time backup codes and keeps them with the authenticator account, encrypted.
enrol-guide-backup-offers = { $service } offers backup (recovery) codes for when your phone is lost. Show them on the website.
enrol-guide-backup-paste = Paste them here: Steward keeps them encrypted with the authenticator account.
enrol-guide-backup-fails = No backup codes offered? Skip this step; write down the service's recovery instructions instead.
enrol-guide-summary-title = Two-step verification is on
# same in every language (a format: a method and where it is)
enrol-guide-summary-item = { $method } ({ $detail })
enrol-guide-summary-nothing = Nothing was turned on.
enrol-guide-summary-on = On at { $service }: { $methods }.
enrol-guide-summary-codes = { $n } backup codes are kept in Steward.
enrol-guide-summary-export = Make an encrypted backup of the Authenticator (Export) and keep it off this computer.
enrol-guide-summary-fails = Lost your phone later? Use a backup code, then the service's recovery page.

## The wizard: what an action did, what to do first, and what it writes into the case

enrol-wizard-case-title = Turning on two-step verification at { $service }
enrol-wizard-case-outcome = Two-step verification on for my { $service } account
enrol-wizard-team-website = { $service } website
enrol-wizard-team-privacyidea = { $service } (privacyIDEA at { $url })
enrol-wizard-paste-link = Paste the link from the QR code (otpauth://…), or scan the QR in the Authenticator and come back.
enrol-wizard-no-account-in-link = No authenticator account was found in that link.
enrol-wizard-add-key-first = Add the service's key to the authenticator first.
enrol-wizard-service-asked-pause = The service asked for a pause; trying earlier only makes the wait longer.
enrol-wizard-back-to-choice = Go back to the choice of method first.
enrol-wizard-server-gave-key = The server gave Steward a new key; it is in your authenticator now.
enrol-wizard-choose-phone-first = Choose text message or phone call first.
enrol-wizard-not-a-number = Steward could not read it as a phone number.
enrol-wizard-code-sent-to = A code was sent to { $number }.
enrol-wizard-type-number-on-site = On the website, type the number as { $number } and ask for the code.
enrol-wizard-with-note = { $message } Note: { $warnings }
enrol-wizard-no-code-here = There is no code to type at this step.
enrol-wizard-type-code-on-site = Type the code on the website. Then choose "It worked", or paste the website's message if it refused.
enrol-wizard-code-digits = A code is the digits from the message, e.g. 123456.
enrol-wizard-new-code-after-sent = A new code can be asked for once one was sent.
enrol-wizard-codes-take-time = Codes can take a minute or two to arrive, and asking again and again can get the number blocked.
enrol-wizard-new-code-sent = A new code was sent.
enrol-wizard-ask-site-new-code = Ask the website for a new code now.
enrol-wizard-choose-method-first = Choose a method first.
enrol-wizard-signed-in-with = Signed in with { $method }: it works.
enrol-wizard-signed-in-new-code = Signed in with the new code: it works.
enrol-wizard-nothing-to-confirm = Follow the step's instructions; there is nothing to confirm yet.
enrol-wizard-backup-after-method = Backup codes come after the method is on.
enrol-wizard-paste-backup-codes = Paste the backup codes the website shows (one per line), or skip this step.
enrol-wizard-backup-codes-kept = { $n } backup codes kept with the authenticator account, encrypted.
enrol-wizard-write-codes-down = Write these codes down or print them, and keep them somewhere safe: they are shown only now.
enrol-wizard-choose-authenticator-first = Choose the authenticator app first.
enrol-wizard-added-to-authenticator = Added to Steward's authenticator. Type the code below into the website.
enrol-wizard-using-account = Using the authenticator account "{ $label }". Type the code below into the website.
enrol-wizard-paste-refusal = Paste the service's message exactly as it appeared.
enrol-wizard-finish-from-choice = Finish from the choice of method.
enrol-wizard-nothing-on-yet = Nothing is on yet: set up one method first (the recommended one).
enrol-wizard-no-test-to-skip = There is no test to skip here.
enrol-wizard-not-tested = Not tested. Sign in with it once soon, while you can still change things.
enrol-wizard-first-step = This is the first step.
enrol-wizard-stopped = Stopped. Nothing on the service was changed by Steward.
enrol-wizard-asking-support = Asking support for help
enrol-wizard-stuck-at = Stuck turning on two-step verification at the step "{ $step }".
enrol-wizard-stuck-at-method = Stuck turning on two-step verification at the step "{ $step }" ({ $method }).
enrol-wizard-authenticator-detail = Authenticator account "{ $service }" in Steward
enrol-wizard-method-on = { $method } is on.
enrol-wizard-method-on-next = { $method } is on. Next: { $next }.
enrol-wizard-done-summary = Two-step verification is on: { $methods }.
enrol-wizard-done = Done.
enrol-wizard-tried-refused = Tried to turn on two-step verification ({ $method }) at the step "{ $step }"; the service refused.
enrol-wizard-tried-refused-to = Tried to turn on two-step verification ({ $method } to { $number }) at the step "{ $step }"; the service refused.
enrol-wizard-wrong-codes = { $n } wrong codes in a row. Wait a minute, check you are reading the newest code, then try again.
enrol-wizard-check-code = { $title } Check the code and try again.
enrol-wizard-rate-limited = { $title } Steward will not try again before { $time }.
enrol-wizard-dont-retry = Don't keep retrying: it will not change the answer.
enrol-wizard-next-because = { $why } Next: { $next }.
enrol-wizard-next-best = Next best: { $next }.
enrol-wizard-no-other-method = There is no other method to try here; use "I'm stuck" to ask support with everything recorded.

## The plan: the paths that can still work, and what rules some out

enrol-plan-not-first = { $service } does not let { $method } be the first method; another one has to be on first.
enrol-plan-your-number = your number
enrol-plan-refused-gated = { $why } { $service } refused { $number }, so that path needs a phone number { $service } accepts first.
enrol-plan-refused = { $service } refused { $number } for codes by phone.
enrol-plan-wait-title = Wait, then try the same number again
enrol-plan-wait-detail = { $service } asks people to wait before trying again after this refusal. Steward reminds you when the time has passed.
enrol-plan-nothing-can = Nothing { $service } offers can be set up from here: ask support, with everything recorded.
enrol-plan-once-phone-verified = the phone number is verified
enrol-plan-once-on = { $method } is on
enrol-plan-then-stronger = Then add { $method }: it is stronger, and { $service } allows it once { $once }.
enrol-plan-then-backup = Then add a backup method: { $why }
enrol-plan-another-number-title = { $method } to another number
enrol-plan-another-number-detail = { $service } refused { $numbers }. Use a different mobile number, ideally from another carrier, in your name; not an internet (VoIP) or virtual number, which many services refuse.
enrol-plan-another-number-detail-voip = { $service } refused { $numbers }. Use a different mobile number, ideally from another carrier, in your name; not an internet (VoIP) or virtual number, which { $service } refuses.
enrol-plan-then-passkey-2fa = Then turn on two-step verification too: a passkey signs you in without a password, but { $service } may still let someone in another way until a second step is on.
enrol-plan-sms-or-call = Text message (SMS) or phone call
enrol-plan-support-title = Ask { $service }'s support, with the brief
enrol-plan-support-contact = Contact { $team }. { $ask } Steward prepares the brief with every refusal and its exact words.
enrol-plan-support-contact-page = Contact { $team } ({ $page }). { $ask } Steward prepares the brief with every refusal and its exact words.
enrol-plan-support-ask = Ask { $service }'s support to turn on two-step verification with you or to lift the block. Steward prepares the brief with every refusal and its exact words.
enrol-plan-support-ask-page = Ask { $service }'s support to turn on two-step verification with you or to lift the block. Start from { $page }. Steward prepares the brief with every refusal and its exact words.
enrol-plan-support-then = When they say it is fixed, come back and carry on from here.

## The curated service rules' words. src/enrol/rules/service-rules.json holds the facts
## (methods, domains, sources) and names these ids in its text fields.

## Amazon

# used by pattern: service-rules.json (Amazon)
enrol-rule-amazon-totp-needs = Amazon only lets you add an authenticator app after a phone number has been verified for Two-Step Verification.
# used by pattern: service-rules.json (Amazon)
enrol-rule-amazon-covers = Turning it on at Amazon.com turns it on for the other regional Amazon sites (UK, DE, …) and for everything you sign in to with the same Amazon account, such as Kindle Direct Publishing (KDP) and Amazon Pay.
# used by pattern: service-rules.json (Amazon)
enrol-rule-amazon-refusal-1 = Amazon's risk check refused this phone number for Two-Step Verification. It is about the number (often a new, prepaid, foreign or internet number), not a typing mistake, and trying the same number again soon does not change the answer.
# used by pattern: service-rules.json (Amazon)
enrol-rule-amazon-support-team = Amazon Customer Service (account security)
# used by pattern: service-rules.json (Amazon)
enrol-rule-amazon-support-ask = Ask them to lift the block on your phone number for Two-Step Verification (or to verify it with you), and paste the brief so they see what you tried.

## Google

# used by pattern: service-rules.json (Google)
enrol-rule-google-covers = 2-Step Verification is a setting of your Google Account, so turning it on once covers Gmail, YouTube, Google Drive, Google Play, Google Pay and every other Google service you sign in to with that account.

## Apple Account (iCloud)

# used by pattern: service-rules.json (Apple Account (iCloud))
enrol-rule-apple-security-key-needs = Apple only lets you add security keys once two-factor authentication is already on for your Apple Account, and then asks for at least two FIDO Certified keys.
# used by pattern: service-rules.json (Apple Account (iCloud))
enrol-rule-apple-covers = Two-factor authentication is a setting of your Apple Account, so it also protects iCloud (icloud.com) and everything else you sign in to with that Apple Account.

## Microsoft account

# used by pattern: service-rules.json (Microsoft account)
enrol-rule-microsoft-covers = Two-step verification is a setting of your personal Microsoft account, so it covers Outlook.com, OneDrive, Xbox, Skype and the other Microsoft services you sign in to with that account.

## Instagram

# used by pattern: service-rules.json (Instagram)
enrol-rule-instagram-covers = Threads signs you in with your Instagram account, so two-factor authentication turned on for Instagram also protects Threads.

## WhatsApp

# used by pattern: service-rules.json (WhatsApp)
enrol-rule-whatsapp-email-needs = WhatsApp's two-step verification is a six-digit PIN you choose after your phone number is registered with a code sent by SMS or phone call; the email address is an optional extra you add while turning it on (or later), on an account already registered that way.

## PayPal

# used by pattern: service-rules.json (PayPal)
enrol-rule-paypal-security-key-needs = PayPal needs another 2-step verification method (text message or authenticator app) in place as a backup before it lets you add a security key.

## Vietcombank

# used by pattern: service-rules.json (Vietcombank)
enrol-rule-vietcombank-custom-software-needs = Vietcombank only switches you to Smart OTP (in the VCB Digibank app) after you have confirmed 2 transactions with OTP codes sent by SMS to your registered phone number.

## VPBank

# used by pattern: service-rules.json (VPBank)
enrol-rule-vpbank-custom-software-needs = VPBank asks for an OTP from the method you use now (text message or email) before it switches you to VPBank Smart OTP.

## Barclays (UK)

# used by pattern: service-rules.json (Barclays (UK))
enrol-rule-barclays-custom-software-needs = Barclays only lets you use Mobile PINsentry in the Barclays app after you have used the PINsentry card reader at least once, and it can take up to 10 days after you register for the app before Mobile PINsentry shows up.
# used by pattern: service-rules.json (Barclays (UK))
enrol-rule-barclays-support-team = Barclays Online Banking helpdesk (0345 600 2323; +44 247 684 2063 from outside the UK) or a Barclays branch
# used by pattern: service-rules.json (Barclays (UK))
enrol-rule-barclays-support-ask = Ask for a PINsentry card reader (or a replacement): you need to use the card reader once before Mobile PINsentry in the Barclays app can be used.

## Lloyds Bank

# used by pattern: service-rules.json (Lloyds Bank)
enrol-rule-lloyds-custom-software-needs = Lloyds uses the mobile number it holds for you to check it's you when you register the Mobile Banking app on a new device; a number you have just changed may not work straight away.

## Chase

# used by pattern: service-rules.json (Chase)
enrol-rule-chase-support-team = Chase customer support
# used by pattern: service-rules.json (Chase)
enrol-rule-chase-support-ask = If you want an RSA SecurID hardware token instead of codes by text, call or the Chase app, ask Chase support for one; 2fa.directory notes Chase gives them out for high-risk accounts.

## Bank of America

# used by pattern: service-rules.json (Bank of America)
enrol-rule-bank-of-america-security-key-needs = Bank of America sends you an authorization code by text message or phone call, and asks for your debit card PIN, before it registers a USB security key.
# used by pattern: service-rules.json (Bank of America)
enrol-rule-bank-of-america-refusal-1 = Bank of America refused this mobile number because it is already registered; it asks you to try a different number.

## Rules read from a 2fa.directory entry's note

enrol-rule-inferred-source-title = { $service }: how to turn on 2FA (linked from 2fa.directory)
enrol-rule-inferred-phone-first = { $service } asks for a verified phone number before any other method (2fa.directory's note).
enrol-rule-inferred-phone-backup = { $service } wants a phone number as the backup method (2fa.directory's note).
enrol-rule-inferred-totp-before-hardware = { $service } needs the authenticator app on before a hardware token (2fa.directory's note).
enrol-rule-inferred-other-before-key = { $service } needs another method on before a security key (2fa.directory's note).
enrol-rule-inferred-totp-before-sms = { $service } needs the authenticator app on before text messages (2fa.directory's note).

## The recovery kit

enrol-kit-where-totp = Steward's authenticator on this computer (keep an encrypted export of it somewhere else)
enrol-kit-where-phone = your phone number
enrol-kit-where-phone-masked = your phone number { $phone }
enrol-kit-where-passkey = your phone, computer or password manager (where you created the passkey)
enrol-kit-where-security-key = your security key
enrol-kit-where-email = your e-mail inbox
enrol-kit-where-own-app = { $service }'s own app
enrol-kit-where-token = { $service }'s token
enrol-kit-title = Recovery kit
enrol-kit-how-title = How to use this kit
enrol-kit-how-keep = Keep it printed, somewhere safe at home — not in your e-mail or on this computer only.
enrol-kit-how-with-codes = It holds backup codes: anyone who has this paper and your password can sign in. Cross out each code you use.
enrol-kit-how-codes-counted = Backup codes are counted, not printed: they are kept encrypted in Steward. Print a kit with the codes only if you have nowhere else to keep them.
enrol-kit-how-lost = Lost your phone? Use a backup code, then set up the method again on a new phone. No code left? Use the recovery page or the support route below.
enrol-kit-none-title = No accounts yet
enrol-kit-none = Finish turning on two-step verification for an account with Steward's wizard; it then appears here.
# same in every language (a format: a method and where it lives)
enrol-kit-method-line = { $method }: { $place }
enrol-kit-since-tested = On since { $date }; tested: signing in worked.
enrol-kit-since-untested = On since { $date }; not tested yet: sign in with it once.
enrol-kit-codes-none = Backup codes: none kept in Steward.
enrol-kit-codes-left = Backup codes: { $n } unused, kept in Steward.
enrol-kit-recovery-page = Recovery page: { $page }
enrol-kit-support = Support: { $support }

## Carrying out the steps through privacyIDEA

enrol-provider-nothing-pending = There is no code request to answer.
enrol-provider-nothing-pending-hint = Ask for a code first.
enrol-provider-token-phone = Phone (Steward)
enrol-provider-token-authenticator = Steward authenticator
enrol-provider-token-backup-codes = Backup codes (Steward)
enrol-pi-not-customer-account = this is an { $role } account; sign in with your own customer account
enrol-pi-international-only = Steward sends phone numbers only in international format, such as +84912345678
enrol-pi-still-waiting = the token is still waiting for its code

## The Passkeys Directory: how a service takes passkeys (src/directory/passkeys.rs)

enrol-passkey-passwordless = Sign in with a passkey instead of a password ({ $level ->
        [required] required
       *[optional] optional
    })
enrol-passkey-mfa = A passkey as the second step ({ $level ->
        [required] required
       *[optional] optional
    })

## What is wrong with a privacyIDEA server's answer (the $detail of its errors)

enrol-pi-bad-answer = { $what ->
        [sign-in] the sign-in answer
        [check] the code check
        [token] the new token
        [confirmation] the confirmation
        [backup-codes] the backup codes
       *[token-list] the token list
    }: { $problem ->
        [fields] fields are missing or of the wrong kind
       *[json] not valid JSON
    }
enrol-pi-no-session = the sign-in answer has no session
enrol-pi-no-transaction = a challenge without a transaction id
enrol-pi-no-verdict = the code check has no verdict
enrol-pi-bad-session = the session the server gave is not usable
enrol-pi-no-request = could not build the request
enrol-pi-cut-off = the answer was cut off ({ $error })
enrol-pi-http = HTTP { $status }, { $what ->
        [json] invalid JSON
        [page] not JSON, probably an error page
       *[no-result] no result
    }
enrol-pi-no-link = the new token has no otpauth:// link
enrol-pi-codes-unnumbered = the backup codes are not numbered
enrol-pi-no-codes = the server sent no backup codes

## privacyIDEA: when it refuses for too many requests without saying more

enrol-pi-too-many-requests = too many requests

## The curated identity checks (issue 22, the exposure chain): what each service's support
## accepts to check who is calling and what it offers against impostors, as the sources in
## src/enrol/rules/service-rules.json ("identity_checks") say. Only what a cited page says.

# used by pattern: service-rules.json (Amazon, identity_checks)
enrol-identity-amazon-note = In 2012 an attacker called Amazon with a stranger's name, e-mail address and billing address, added a card to his account, then called again and got in with that card — and saw the last four digits of his real card. Amazon said it had closed that route and no longer lets account settings such as the e-mail address or cards be changed by phone. In another reported case, an impostor in Amazon's support chat gave a customer's name and a made-up address, and the agent gave out his real address; he only learned of it from the chat transcript Amazon e-mailed him. In 2023 Amazon representatives told a customer that once two-step verification is on, no one at Amazon can get past it. Steward has no page saying what Amazon's support checks today.
# used by pattern: service-rules.json (Google, identity_checks)
enrol-identity-google-note = Google's help says it returns an account only when it is sure the owner gets it back, and that it asks for so little personal information at sign-up that it has few ways to check who you are: getting back in goes through the recovery phone and e-mail on the account and Google's account recovery form. Google says it gives no phone support for Gmail and won't text you asking you to reply or take a call to prove who you are, so someone calling as Google is not Google.
# used by pattern: service-rules.json (Apple, identity_checks)
enrol-identity-apple-note = Apple Support may ask you to make a one-time, four-digit Support PIN on your Apple Account page to show it is you. In 2012 Apple's phone support gave a caller a journalist's account with only his e-mail address, billing address and the last four digits of his card (digits Amazon had shown the caller); after that, Apple stopped resetting passwords over the phone.
# used by pattern: service-rules.json (Microsoft, identity_checks)
enrol-identity-microsoft-note = Microsoft's help says its support staff can't see your account details or unlock accounts: only you can recover your account, with your security info or the account recovery form.
# used by pattern: service-rules.json (PayPal, identity_checks)
enrol-identity-paypal-note = PayPal asks callers for the one-time passcode shown under Help & Contact once you have logged in (valid for an hour); if you usually call from the same number you can use a Customer Service PIN instead.
# used by pattern: service-rules.json (T-Mobile, identity_checks)
enrol-identity-t-mobile-note = T-Mobile asks for the account PIN (6 to 15 digits) when you call Care or visit a store, and another carrier must give it to move your number. SIM Protection blocks SIM changes and Port Out Protection blocks moving the number until you turn them off in the T-Life app or on T-Mobile.com. In a 2019 Princeton study of prepaid accounts at AT&T, T-Mobile, Verizon and two other carriers, representatives given a wrong PIN went on to other questions, such as the billing address or date of birth and recent calls, and one right answer was enough to move the number to a new SIM.
# used by pattern: service-rules.json (Verizon, identity_checks)
enrol-identity-verizon-note = Verizon's 4-digit Account PIN is the main way its Customer Service checks the account owner, by phone or chat (it can't be the last four digits of your Social Security number). Number Lock stops your number being moved to another carrier until you turn it off. In a 2019 Princeton study of prepaid accounts at AT&T, T-Mobile, Verizon and two other carriers, representatives given a wrong PIN went on to other questions, such as the billing address or date of birth and recent calls, and one right answer was enough to move the number to a new SIM.
# used by pattern: service-rules.json (AT&T, identity_checks)
enrol-identity-att-note = AT&T asks for your wireless account passcode (4 to 8 digits) when you call Customer Care and in some stores; with Extra security on, it is also asked in every store and when you sign in online. Since July 2025, Wireless Account Lock in the myAT&T app blocks SIM changes and number transfers until you turn it off there. In a 2019 Princeton study of prepaid accounts at AT&T, T-Mobile, Verizon and two other carriers, representatives given a wrong PIN went on to other questions, such as the billing address or date of birth and recent calls, and one right answer was enough to move the number to a new SIM.
# used by pattern: service-rules.json (Barclays, identity_checks)
enrol-identity-barclays-note = When you call Barclays it can check it is you with app ID: a notification in the Barclays app, where you log in, see the name of the person you are talking to and confirm, instead of giving your Telephone Banking details. If Barclays calls you, ask them to use app ID. Barclays says it never asks you to reveal your PIN, PINsentry codes or other membership details.
# used by pattern: service-rules.json (Vietcombank, identity_checks)
enrol-identity-vietcombank-note = Vietcombank lists five ways to lock your cards at once if something looks wrong: in VCB Digibank, by SMS to 6167 (VCB KT TOANBO locks every card), through the automatic line 1900545413, by asking its 24/7 support centre, or at a branch. Steward has no Vietcombank page saying what its support asks to check who is calling.
# used by pattern: service-rules.json (Lloyds, identity_checks)
enrol-identity-lloyds-note = Lloyds Telephone Banking uses a Personal Security Number (PSN). Lloyds says it never asks you for your PSN, your password or memorable information, or your card's PIN, expiry date or CVV; its automated calls ask you to key in the 4-digit code shown on your Internet Banking screen, and a person asking you for a code is a scam.
# used by pattern: service-rules.json (VPBank, identity_checks)
enrol-identity-vpbank-note = VPBank says it never asks for your VPBank NEO login or password, an OTP, your card PIN or CVV, or other personal information. It suggests setting transaction limits in the app and turning off online payments on a credit card you don't use online. Steward has no VPBank page saying what its support asks to check who is calling.
# used by pattern: service-rules.json (HSBC, identity_checks)
enrol-identity-hsbc-note = HSBC UK's telephone banking checks callers by Voice ID or the telephone banking security number; if Voice ID can't recognise you, an agent asks you security questions. HSBC says it never calls to ask you for a Secure Key code or your PIN, and warns that callers may already know your name, address and account details.
