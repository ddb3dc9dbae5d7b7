## Every error a person can see, by its code (the error's `code()`), with what to do next in
## `.hint` (or `.hint-cli` / `.hint-window` where the way out differs between the command line
## and the window). Where one code covers several errors, `$variant` says which.

## The keyring and the key (vault)

keyring_unavailable =
    { $variant ->
        [read] The secret of { $label } could not be read from the system keyring: { $detail }
        [write] Could not save to the system keyring: { $detail }
        [delete] The system keyring refused to delete the secret of { $label }: { $detail }
       *[other] The system keyring is not available: { $detail }
    }
    .hint =
        { $variant ->
            [read] Unlock your keyring (log in to your desktop session, or start gnome-keyring), then try again. Nothing was changed or deleted.
            [write] Unlock your keyring (log in to your desktop session, or start gnome-keyring), then try again. Nothing was changed or deleted.
            [delete] Unlock your keyring and try again. Nothing was deleted: the account is still there.
           *[other] Unlock your keyring (log in to a desktop session, or start gnome-keyring), then try again. Nothing was changed.
        }
key_missing =
    { $variant ->
        [entry] The system keyring has no entry "{ $entry }".
       *[other] The key of this profile is not in the system keyring (entry "{ $entry }").
    }
    .hint = Your data is unchanged. If you moved to another computer or reset your keyring, restore the keyring, or restore from an encrypted backup.
key_invalid = The keyring entry "{ $entry }" does not hold a valid key.
kdf_failed = Could not derive a key from the passphrase: { $value }
random_failed = Could not get random bytes from the operating system: { $value }

## The database

wrong_key = The database could not be opened with this key.
database_too_new = The database at { $path } was made by a newer version of Steward (schema { $found }, this version knows { $known }).
    .hint = Update Steward to open this profile.
database_error =
    { $variant ->
        [enrol] The database could not be used: { $value }
       *[other] Database error: { $value }
    }

## The profile

passphrase_required = This profile is protected by a passphrase.
    .hint-cli =
        { $new_profile ->
            [true] No system keyring is available, so choose a passphrase to protect your Steward data. Keep it safe: without it the data cannot be opened.
           *[other] Enter your Steward passphrase (the CLI reads it from the file named by STEWARD_PASSPHRASE_FILE, or asks on the terminal).
        }
    .hint-window =
        { $new_profile ->
            [true] No system keyring is available, so choose a passphrase to protect your Steward data. Keep it safe: without it the data cannot be opened.
           *[other] Enter your Steward passphrase.
        }
wrong_passphrase = That passphrase does not open this profile.
    .hint = Check the passphrase and try again. Your data is unchanged.
passphrase_too_short = The passphrase is too short.
    .hint = Choose a passphrase of at least { $min } characters; a few words you will remember work well.
keyring_key_wrong = The key in the system keyring does not open this profile.
    .hint = Your data is unchanged. If you moved to another computer or reset your keyring, restore the keyring, or restore from an encrypted backup.
profile_file_missing = { $dir } holds a Steward database but no profile.json; it was not opened, so nothing is overwritten.
    .hint-cli = Restore the file from a backup, or choose another data directory with --data-dir. Steward will not overwrite existing data.
    .hint-window = Restore the file from a backup, or start Steward with another data folder. Steward will not overwrite existing data.
profile_file_damaged = { $file } is damaged: { $detail }
    .hint-cli = Restore the file from a backup, or choose another data directory with --data-dir. Steward will not overwrite existing data.
    .hint-window = Restore the file from a backup, or start Steward with another data folder. Steward will not overwrite existing data.
database_missing = steward.db was not found next to profile.json.
data_dir_unusable = Could not use the data directory { $dir }: { $detail }

## Cases

case_not_found = No case matches "{ $value }".
    .hint-cli = Use the case number shown by `steward case list` (e.g. 3).
    .hint-window = Open the case list and pick the case there, or use its number (e.g. 3).
case_ambiguous = "{ $reference }" matches { $count } cases.
    .hint = Use the case number instead.
field_required = { $field } is required.
field_too_long = { $field } is too long ({ $len } characters; at most { $max }).
ends_before_start = The contact ends before it starts.
    .hint = Check the start and end times.
contact_in_future = The contact starts in the future ({ $value }).
    .hint = Log a contact once it has happened; check the date and time (and the year).
promise_due_before_made = The promise is due ({ $due }) before the contact it was made in ({ $made }).
    .hint = Give the date they promised to do it by, after the contact; check the year.
promise_not_found =
    { $variant ->
        [id] No promise matches "{ $value }"; it may have been logged on another profile.
       *[other] Case { $case } has no promise number { $number }.
    }
    .hint-cli =
        { $variant ->
            [id] `steward case show N` lists a case's promises; check that you are on the profile they were logged on.
           *[other] `steward case show { $case }` lists the case's promises, numbered from 1.
        }
    .hint-window =
        { $variant ->
            [id] Open the case to see its promises; check that you are on the profile they were logged on.
           *[other] Open case { $case } to see its promises, numbered from 1.
        }
contact_not_found = Case { $case } has no contact { $contact }.
    .hint-cli = `steward case show { $case }` numbers the case's contacts from 1.
    .hint-window = Open case { $case } to see its contacts, numbered from 1.
alert_not_found = No alert matches "{ $value }".
    .hint-cli = `steward case alerts` lists the open alerts with their numbers.
    .hint-window = Open the alerts list to see the open alerts with their numbers.
alert_already_resolved = Alert { $value } is already resolved.
attachment_not_found = No attachment "{ $attachment }" was found.
    .hint-cli =
        { $case ->
            [0] `steward case attachments N` lists a case's attachments, numbered from 1.
           *[other] `steward case attachments { $case }` lists the case's attachments, numbered from 1.
        }
    .hint-window =
        { $case ->
            [0] Open the case to see its attachments, numbered from 1.
           *[other] Open case { $case } to see its attachments, numbered from 1.
        }
empty_file =
    { $variant ->
        [otp] The file is empty.
       *[other] { $value } is empty: there is nothing to attach.
    }
    .hint =
        { $variant ->
            [otp] Export again from the other app and pick the new file.
           *[other] Check that you chose the right file and that it was saved completely.
        }
file_too_large =
    { $variant ->
        [otp] The file is too large ({ $size }; Steward reads exports of up to { $max }).
        [text_file] { $path } holds more than { $max_kib } KiB, too much for { $file ->
            [passphrase] the passphrase file
            [backup_codes] the backup codes file
            [token] the token file
           *[other] the password file
        }. Give a file holding only that.
        [import] { $path } is too large: it goes on past { $max } (Steward reads exports of up to that size).
       *[other] { $name } is too large ({ $size } MiB); Steward keeps files up to { $max } MiB.
    }
    .hint =
        { $variant ->
            [otp] Authenticator exports are small; check that you picked the right file.
            [text_file] Check that you named the right file.
            [import] Authenticator exports are small; check that you picked the right file.
           *[other] Attach a smaller file: crop the screenshot, or save only the pages that matter.
        }
malformed_email = { $name } could not be read as an e-mail: { $detail }.
    .hint = Save the message from your mail program with "Save as" or "Download message" (.eml), or attach it under another name as a plain file.
transcript_not_text = { $value } is not text: a transcript must be UTF-8 text.
    .hint = Attach it as a file instead of as a transcript.
attachment_is_evidence = { $name } is the evidence for open alert { $alert }; it is kept until the alert is resolved.
    .hint-cli = Resolve the alert first: `steward case resolve-alert { $alert }`.
    .hint-window = Resolve alert { $alert } first.
account_not_found = No account matches "{ $value }".
    .hint-cli = `steward accounts` lists your accounts by service name.
    .hint-window = The accounts list shows your accounts by service name.
empty_search = Search needs at least one word.
case_already_resolved = Case { $value } is already resolved.
    .hint-cli = To reopen it, change its status: `steward case edit N --status open`.
    .hint-window = To reopen it, edit the case and set its status to Open.
case_data_corrupt = The stored case data is damaged: { $value }

## Sharing

export_write_failed = Could not write { $path }: { $detail }
file_unreadable =
    { $variant ->
        [open] Could not open { $path }: { $detail }
        [named] Could not read { $what }: { $detail }
       *[other] Could not read { $path }: { $detail }
    }
signing_key_unavailable = The signing key is not available: { $value }
pdf_failed = The PDF could not be made: { $value }
unknown_format =
    { $variant ->
        [export] Unknown format "{ $value }".
        [import] Unknown format "{ $given }"; use one of: { $formats }.
       *[other] Steward does not recognise this file as an authenticator export.
    }
    .hint =
        { $variant ->
            [export] Formats: brief, brief-chat, md, html, pdf, json, eml, ics.
            [import] Leave the format out and Steward will recognise the file by itself.
           *[other] Steward reads Aegis, 2FAS, andOTP, Bitwarden (JSON or CSV), Ente, FreeOTP+, Proton Authenticator, Google Authenticator transfer links and plain otpauth:// lists. Name the format if you know it.
        }
unknown_redaction_field = Unknown redaction field "{ $value }".
    .hint = Fields: { $fields } (backup codes and one-time codes are never sent).
never_unmasked =
    { $value ->
        [private] Text marked private is always masked: unmark it to send it.
       *[other] Backup codes and one-time codes are never exported: each unlocks your account on its own.
    }
    .hint = Fields: { $fields } (backup codes and one-time codes are never sent).
export_internal = Internal error while exporting: { $value }
helpdesk_failed = The hand-off to the helpdesk failed: { $value }.
helpdesk_ticket_unavailable = Could not add to { $reference }: { $detail }. Nothing was sent and the case is unchanged.
    .hint-cli = Check the ticket number (--ticket ID), or open a new ticket with --new.
    .hint-window = Check the ticket number, or open a new ticket instead.
bad_ticket_number = "{ $value }" is not a ticket number.
    .hint = Give the number, e.g. 12, RT#12 or "Zendesk #12".
format_takes_one_case = A { $value } export holds one case; several cases go into one md, html or json file.
    .hint = Formats for several cases: md, html, json. Export pdf, eml, ics or the brief one case at a time.
bad_signer = "{ $value }" is not a key to check against.
    .hint = Give the customer's key as an allowed_signers file, an `ssh-ed25519 AAAA…` line or its `SHA256:…` fingerprint.
timestamp_failed = No timestamp from { $url }: { $detail }. Nothing was written.
    .hint = Check the time-stamping address and your connection, or turn timestamps off and export again.
timestamp_url_invalid = "{ $url }" can't be used for timestamps: { $detail }.
    .hint = Give the address your time-stamping authority publishes, e.g. http://timestamp.example/tsr.
export_tampered = The file does not match its signature: it was changed after Steward made it.
export_unsigned = The file carries no Steward signature (keep FILE.sig next to it).
export_wrong_signer = The file was signed by another key than the one you pinned.
signer_not_pinned =
    The signature is valid, but by a key you have not pinned: check it with --signer.
    .hint-window = Compare the key's fingerprint with the one the customer gave you, or check the file against their key.

## Enrolment

enrolment_not_found = No enrolment matches "{ $reference }".
    .hint-cli = `steward enrol status` lists your enrolments.
    .hint-window = The list of enrolments shows the ones you have started.
enrol_wrong_step =
    That does not fit this step ({ $step_key ->
        [choose_method] choose a method
        [enter_phone] phone number
        [enter_phone_code] code from the phone
        [add_authenticator] add to the authenticator
        [confirm_authenticator] confirm the authenticator
        [on_website] on the website
        [test_sign_in] test sign-in
        [backup_codes] backup codes
        [summary] summary
       *[other] { $step }
    }).
    .hint = { $hint }
enrolment_finished = This enrolment is finished.
    .hint = Start a new enrolment to add another method.
enrol_method_not_offered = { $service } does not offer that method.
    .hint = Pick one of the methods the wizard lists.
# same in every language: the reason is already in the reader's words.
enrol_method_blocked = { $reason }
    .hint = Pick the recommended method instead.
# same in every language: the reason is already in the reader's words.
enrol_needs_another_method_first = { $why }
    .hint = Follow the recommended path: it starts with the method that has to come first.
enrol_number_refused = { $service } already refused { $number }: { $reason }
    .hint = Use another mobile number (ideally from another carrier), or ask support with the brief ("I'm stuck").
enrol_back_off = Wait until { $until } before trying again.
    .hint = { $why }
enrol_phone_invalid = "{ $input }" is not a complete phone number: { $problem }
    .hint = Type the number with its country code (+84 912 345 678), or pick the country first.
enrol_password_needed = The privacyIDEA password is needed to continue.
    .hint = Give your privacyIDEA password again (it could not be kept in the system keyring).
# same in every language: the provider's error, already in the reader's words.
enrol_provider_unavailable = { $value }
enrol_no_service = The service name is empty.
    .hint = Type the name of the service, e.g. Amazon.
# same in every language: the problem, already in the reader's words.
enrol_invalid_input = { $value }
enrolment_corrupt = The saved enrolment is damaged: { $value }

## The sign-in server (privacyIDEA)

pi_unreachable = Steward couldn't reach the sign-in server at { $url }: { $detail }.
    .hint = Check your internet connection and try again. If it keeps happening, the service may be down for a while: try again later.
pi_login_failed = The user name or password was not accepted.
    .hint = Check the user name and password for typos (and Caps Lock), then try again. If you forgot the password, reset it on the service's website first.
pi_not_allowed = The service doesn't allow this: { $message }
    .hint = Your account may not be allowed to set this up, or already has as many sign-in methods as allowed: remove one you no longer use, or ask the service's support.
pi_wrong_code = That code was not accepted (the service said: { $message }).
    .hint = Type the code that is showing right now (codes change every 30 seconds), or the newest code from the text message, and try again.
pi_rate_limited =
    { $wait_unit ->
        [second] Too many tries in a short time, so the service is refusing codes for now (for up to a second).
        [seconds] Too many tries in a short time, so the service is refusing codes for now (for up to { $wait_n } seconds).
        [minutes] Too many tries in a short time, so the service is refusing codes for now (for up to { $wait_n } minutes).
        [hours] Too many tries in a short time, so the service is refusing codes for now (for up to { $wait_n } hours).
       *[other] Too many tries in a short time, so the service is refusing codes for now.
    }
    .hint =
        { $wait_unit ->
            [second] Wait a second before trying again, and use the newest code.
            [seconds] Wait { $wait_n } seconds before trying again, and use the newest code.
            [minutes] Wait { $wait_n } minutes before trying again, and use the newest code.
            [hours] Wait { $wait_n } hours before trying again, and use the newest code.
           *[other] Wait a few minutes before trying again, and use the newest code.
        }
pi_locked = This sign-in method is locked after too many wrong codes.
    .hint = Use another way to sign in (such as a backup code), reset this method in your account settings, or ask the service's support to unlock it.
pi_sms_not_sent = The service could not send the text message with the code ({ $message }).
    .hint = Check the phone number, including the country code (for example +84 for Vietnam), and try again. Steward removed the unfinished setup, so you can start over.
pi_server_error =
    { $has_code ->
        [yes] The sign-in server reported a problem (HTTP { $status }, error { $code }): { $message }
       *[other] The sign-in server reported a problem (HTTP { $status }): { $message }
    }
    .hint =
        { $status ->
            [401] Your sign-in has probably expired: sign in again.
           *[other] Try again in a few minutes. If it keeps happening, contact the service's support and mention this message.
        }
pi_bad_response = The sign-in server sent an answer Steward doesn't understand ({ $detail }).
    .hint = Check the server address. If it is right, try again later or contact the service's support.

## Phone numbers

unknown_region = "{ $value }" is not a country Steward knows.
    .hint-cli = Use the two-letter country code, e.g. VN for Vietnam, GB for the United Kingdom (`steward phone regions` lists them all).
    .hint-window = Pick the country from the list, or use its two-letter code, e.g. VN for Vietnam, GB for the United Kingdom.
phone_data_damaged = Steward's built-in { $file } is damaged: { $message }
    .hint = Reinstall Steward; this is a bug.

## Authenticator links, files and exports

not_otpauth = This is not an otpauth:// link ({ $found }).
    .hint = Copy the whole link from the QR code or the service's setup page; it starts with otpauth://.
is_migration_link = This is a Google Authenticator transfer link, not a single account link.
    .hint-cli = Import it instead: it can hold several accounts (`steward otp import`).
    .hint-window = Import it instead: it can hold several accounts.
unknown_otp_type = Unknown code type "{ $value }" (expected totp, hotp or steam).
unknown_algorithm = Unknown hash algorithm "{ $value }" (expected SHA1, SHA256 or SHA512).
missing_secret = The link has no secret.
    .hint = Check that the setup key was copied completely: letters A-Z and digits 2-7.
invalid_secret = The secret is not valid: { $reason }.
    .hint = Check that the setup key was copied completely: letters A-Z and digits 2-7.
invalid_digits = { $digits } digits is not supported (codes have 6 to 10 digits; Steam codes have 5).
invalid_parameter = The { $name } value is not valid: { $reason }.
not_migration_link = This is not a Google Authenticator transfer link: { $reason }.
    .hint = Use the link exactly as read from Google Authenticator's "Transfer accounts" QR code; it starts with otpauth-migration://offline?data=.
password_required =
    { $variant ->
        [export] An encrypted export needs a password: give --password-file FILE.
       *[other] This { $format } file is encrypted and needs its password.
    }
    .hint =
        { $variant ->
            [export] Choose a password to protect the export and write it in a file only you can read.
           *[other] Give the password you chose when you exported the file.
        }
wrong_password =
    { $variant ->
        [or_damaged] The password is wrong, or this { $format } file is damaged or incomplete.
       *[other] The password is wrong for this { $format } file (or the file was changed).
    }
    .hint =
        { $variant ->
            [or_damaged] Check the password (capitals, keyboard layout) and try again. If it is right, export the file again from the other app: it may have been cut short while copying. Nothing was imported.
           *[other] Check the password (capitals, keyboard layout) and try again. Nothing was imported.
        }
malformed = This { $format } file is damaged or incomplete: { $detail }.
    .hint = Export again from the other app; the file may have been cut short while copying. Nothing was imported.
unsupported_file = This { $format } file is not supported: { $detail }.
    .hint = Export again from the other app without encryption or in another format.
unsafe_kdf_parameters = This { $format } file asks for key-derivation settings Steward refuses ({ $detail }).
    .hint = This file would take too long or too much memory to unlock; it is probably not a real export.
empty_password = An export password cannot be empty.
    .hint = Choose a password to protect the export.
nothing_to_export = There is nothing to export.
crypto_failed = Encryption failed: { $value }

## The clock check

bad_time_server = "{ $value }" is not a server address Steward can use for the clock check.
    .hint = Use a full address such as { $default_server }, or leave it out to use the default.
time_server_not_https = The clock check needs an https:// server (plain http:// only works on this computer itself).
    .hint = Use a full address such as { $default_server }, or leave it out to use the default.

## QR codes, the clipboard and the screen

not_an_image = This file is not a PNG or JPEG image.
    .hint = Save the QR code as a PNG or JPEG picture and pick that file.
image_damaged = The image is damaged or incomplete: { $detail }.
    .hint = Take the screenshot again and pick the new file.
image_too_large =
    { $variant ->
        [bytes] The file is too large ({ $size } bytes) to be a screenshot or photo of a QR code.
       *[other] This picture is too large ({ $width } × { $height } pixels; Steward reads pictures up to 40 megapixels). Crop it to the QR code and try again.
    }
    .hint = Crop the picture to the QR code, or take a screenshot of just that part of the screen.
no_qr_found = No QR code was found in the image.
    .hint = Make the QR code bigger on the screen (zoom in) or take a sharper picture, with the whole code visible, then try again.
qr_unreadable = A QR code was found but could not be read.
    .hint = Make the QR code bigger on the screen (zoom in) or take a sharper picture, with the whole code visible, then try again.
qr_without_otp = The QR code does not hold an authenticator link (otpauth://).
    .hint = This QR code is for something else. On the service's security page, look for the code shown when you turn on an "authenticator app".
clipboard_no_image = The clipboard holds no image.
    .hint = Copy the QR code as a picture first (right-click it and choose "Copy image", or take a screenshot to the clipboard), then try again.
clipboard_unavailable =
    { $variant ->
        [copy_brief] The brief could not be copied: { $detail }
        [copy_code] The code could not be copied: { $detail }
       *[other] The clipboard could not be read: { $detail }
    }
    .hint =
        { $variant ->
            [copy_brief] Select the text and copy it by hand (Ctrl+C).
            [copy_code] Select the code and copy it by hand (Ctrl+C).
           *[other] Save the picture to a file and add it from the file instead.
        }
screen_unavailable = The screen could not be read: { $detail }
    .hint = Your desktop does not let apps read the screen (common on Wayland). Take a screenshot with the Print Screen key and add it from the file, or copy it to the clipboard.
screen_blank = Steward could not see what is on the screen (the picture came back empty).
    .hint = Your desktop does not let apps read the screen (common on Wayland). Take a screenshot with the Print Screen key and add it from the file, or copy it to the clipboard.
# Screen scan through the portal (issue 21): src/otp/screen/
screen_portal_missing = This desktop offers no screenshot service, so Steward cannot see the screen ({ $detail }).
    .hint = On Wayland, apps see the screen through the desktop's screenshot portal: install xdg-desktop-portal and the one for your desktop (xdg-desktop-portal-gnome, -kde or -wlr). Or take a screenshot with Print Screen and add it from the file or the clipboard.
screen_portal_refused = The desktop did not take the screenshot for Steward: { $detail }
    .hint = Allow Steward to take screenshots in your desktop's settings (privacy or app permissions) and try again, or take a screenshot with Print Screen and add it from the file or the clipboard.
screen_cancelled = The screenshot was cancelled; nothing was added.
    .hint = Try again and confirm the desktop's screenshot dialog, or add the QR code from a file or the clipboard.
too_long_for_qr = This link is too long for a QR code.
    .hint = Export it to a file instead.

## The authenticator's accounts

otp_account_not_found = No authenticator account matches "{ $value }".
    .hint-cli = Use the account's number from `steward otp list`, or part of its name.
    .hint-window = Pick the account from the authenticator list, or search for part of its name.
otp_account_ambiguous = "{ $reference }" matches several accounts: { $candidates }.
    .hint = Use the account's number instead.
confirmation_required = Removing { $label } needs your confirmation.
    .hint-cli = Its codes cannot be made again unless you add it again from the service. Confirm with --yes (CLI) or the Remove button.
    .hint-window = Its codes cannot be made again unless you add it again from the service. Confirm with the Remove button.
otp_secret_missing = The secret of { $label } is missing from the system keyring.
    .hint-cli = Nothing was deleted. If you reset or moved your keyring, restore it, or add the account again from your encrypted backup (steward otp import).
    .hint-window = Nothing was deleted. If you reset or moved your keyring, restore it, or add the account again from your encrypted backup (Import).
otp_secret_damaged = The stored secret of { $label } is damaged.
    .hint-cli = Nothing was deleted. Add the account again from your encrypted backup (steward otp import), then remove the damaged one.
    .hint-window = Nothing was deleted. Add the account again from your encrypted backup (Import), then remove the damaged one.
not_hotp = { $label } is not a counter-based (HOTP) account.
    .hint = Time-based codes change by themselves; the next one is shown near the end of each period.
no_backup_codes = { $label } has no backup codes.
    .hint = Add the codes the service gave you when you turned on two-step verification.
backup_code_not_found = That is not one of the backup codes of { $label }.
    .hint = Check the code; spaces and dashes do not matter.
backup_code_used = That backup code of { $label } was already used on { $used_at }.
    .hint = Each backup code works once. Use another one, or ask the service for new codes.
otp_tag_empty = A tag cannot be empty.
    .hint = Type a short word such as "Work" or "Bank".
otp_tag_control = A tag cannot contain control characters.
    .hint = Use letters, digits, spaces and punctuation.
otp_tag_too_long = The tag "{ $tag }" is too long: at most { $max } characters.
    .hint = Use a shorter tag.
otp_tag_too_many = { $label } cannot have more than { $max } tags.
    .hint = Remove a tag you no longer use first.
otp_tag_duplicate = { $label } already has the tag "{ $tag }".
    .hint = Tags are the same whatever their capitals ("work" is "Work").
otp_tag_not_found = { $label } has no tag "{ $tag }".
    .hint-cli = `steward otp list` shows each account's tags.
    .hint-window = The account's tags are shown under its name.
invalid_input = { $field } is not valid: { $reason }.
write_failed = Could not write { $path }: { $detail }

## The 2FA directory

directory_unavailable = The 2FA directory is not available: { $why }
    .hint-cli = Connect to the internet and run `steward directory refresh`. You can still set up 2FA: follow the service's own instructions.
    .hint-window = Connect to the internet and refresh the directory. You can still set up 2FA: follow the service's own instructions.
directory_service_not_found = "{ $name }" is not in the 2FA directory under that name or address.
    .hint-cli =
        { $n_close ->
            [0] Try `steward directory search` with part of the name or the website's address. Not every service is listed; its own help pages say which 2FA methods it offers.
           *[other] Did you mean: { $close }?
        }
    .hint-window =
        { $n_close ->
            [0] Search the directory with part of the name or the website's address. Not every service is listed; its own help pages say which 2FA methods it offers.
           *[other] Did you mean: { $close }?
        }
directory_malformed =
    The { $data ->
        [passkeys] Passkeys Directory
       *[other] 2FA directory
    } data is not in the expected format: { $detail }.
    .hint =
        The download was not used; the saved copy (if any) is unchanged. Try again later, or check that { $url_env } points to { $data ->
            [passkeys] a Passkeys Directory v1 all.json
           *[other] a 2fa.directory v3 all.json
        }.
directory_bad_url =
    "{ $url }" is not an address Steward can download the { $data ->
        [passkeys] Passkeys Directory
       *[other] 2FA directory
    } from.
    .hint = Use an https:// address such as { $default_url }, or unset { $url_env } to use it.
directory_unreachable =
    Steward couldn't reach the { $data ->
        [passkeys] Passkeys Directory
       *[other] 2FA directory
    } at { $host }: { $detail }.
    .hint = Check your internet connection and try again. Setting up 2FA still works without it: type the service's name yourself.
directory_http_status =
    The { $data ->
        [passkeys] Passkeys Directory
       *[other] 2FA directory
    } at { $host } answered with HTTP status { $status } instead of the data.
    .hint = The service may be down for a while; try again later. The saved copy (if any) is still used.
directory_io =
    Steward couldn't { $action ->
        [create] create
        [read] read
       *[other] write
    } the saved copy of the { $data ->
        [passkeys] Passkeys Directory
       *[other] 2FA directory
    } ({ $path }): { $detail }.
    .hint = Check that the data directory exists, is writable and the disk is not full.

## The command line (steward)

# same in every language: clap's own words.
invalid_arguments = { $message }
    .hint = Run the command with --help to see what it takes.
nothing_to_change = Nothing to change: give { $give }.
# same in every language: the option and what is wrong with it.
invalid_time = { $option }: { $detail }
unknown_step = "{ $given }" is not a step of the checklist; use one of: { $steps } (or 1–5).
unknown_method = "{ $given }" is not a method; use passkey, security_key, totp, sms, call, email, custom_software or custom_hardware
bad_date = "{ $given }" is not a date like 2026-12-31.
bad_yes_no = --still-happening takes yes or no.
bad_access = --access takes app, web or both.
case_required = Name at least one case.
out_required = Say where to write the { $format } file with --out FILE.
option_required = Give { $option }.
token_file_required = Give the token file.
account_required = A QR code holds one account: choose it with --account NUMBER.
passphrase_file_unreadable = Could not read the passphrase file { $path }: { $detail }
password_file_unreadable =
    { $variant ->
        [too_large] Could not read the password file { $path }: it is larger than { $max_kib } KiB, too large to be a password file
       *[other] Could not read the password file { $path }: { $detail }
    }
codes_file_unreadable = Could not read the backup codes file { $path }: { $detail }
token_file_unreadable = Could not read the token file { $path }: { $detail }
image_unreadable = Could not read { $path }: { $detail }
stdin_unreadable = Could not read { $what ->
        [link] the link
        [setup_key] the setup key
       *[backup_codes] the backup codes
    } from standard input: { $detail }
stdin_too_large = Standard input holds more than { $max } — too much for { $what ->
        [link] the link
        [setup_key] the setup key
       *[backup_codes] the backup codes
    }, which is at most a few kilobytes. Pipe in only the link or the key.
file_unwritable =
    { $variant ->
        [create] Could not create { $path }: { $detail }
       *[other] Could not write { $path }: { $detail }
    }
passphrase_prompt_failed = Could not read the passphrase: { $detail }
passphrases_differ = The two passphrases differ; nothing was created. Try again.
prompt_failed = Could not read the answer: { $detail }
passwords_differ = The two passwords differ; nothing was written. Try again.
password_needed = The privacyIDEA password is needed: { $detail }. Use --password-file.
# same in every language: the detail is the whole message.
json_failed = { $detail }
output_failed =
    { $variant ->
        [stdout] Could not write: { $detail }
       *[other] Could not write the output: { $detail }
    }
# same in every language: the detail is the whole message.

## The window (errors the shell raises itself)

locked = Steward is locked.
    .hint = Unlock your profile first.
bad_request =
    { $variant ->
        [no_case] No case was given.
        [bad_contact] Bad contact id.
        [file_bytes_not_raw] The file's bytes were not sent as a raw body.
        [picture_not_raw] The picture was not sent as a raw body.
        [file_not_raw] The file was not sent as a raw body.
        [one_link] Open one link at a time.
        [unknown_format] Unknown format.
       *[other] { $detail }
    }
    .hint =
        { $variant ->
            [one_link] Paste a single link; several accounts come in with Import.
           *[other] This is a bug in Steward's window; nothing was saved.
        }
preference_too_large = The preference { $key } is { $size } bytes; preferences are at most { $max }.
unknown_preference = There is no preference called { $key }.
    .hint = Preferences: { $keys }.
preferences_unavailable = Preferences could not be read or saved: { $detail }

## Details inside other messages: why an address or a connection failed, how far a clock is off.

net-not-an-address = that is not a web address
net-has-login = the address must not contain a user name or password
net-not-https = Steward only signs in over a secure connection (https://)
net-not-http = it must start with http:// or https://
net-timeout = it did not answer in time
net-no-connection = no connection could be made (offline, the server is down, or a firewall blocks it)
clock-minutes = { $n } minutes
clock-seconds =
    { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
clock-behind = { $amount } behind
clock-ahead = { $amount } ahead

# Helpdesk connection saved in the profile (share helpdesk set|show|test|forget, the Share
# dialog's "Send to helpdesk").
helpdesk_token_refused = { $system } refused the sign-in: the token was refused (wrong, expired or revoked). Nothing was sent and the case is unchanged.
    .hint-cli = Make a new token in { $system } and save it: steward share helpdesk set --token-file FILE.
    .hint-window = Make a new token in { $system }, paste it in the token field and save.
helpdesk_unreachable = { $system } at { $address } could not be reached: { $detail }. Nothing was sent and the case is unchanged.
    .hint = Check the address and your connection, then try again.
helpdesk_not_this_kind = What answers at { $address } is not { $system }. Nothing was sent.
    .hint = Check the address: it is the helpdesk's own web address, e.g. https://rt.example.com or https://example.zendesk.com.
helpdesk_queue_unavailable = { $system } has no queue "{ $queue }" you can open tickets in.
    .hint = { $system ->
        [django-helpdesk] Ask your helpdesk for the queue's number, and check that your API account may use that queue.
       *[other] Check the queue's name with your helpdesk (often "General").
    }
# Redmine (src/share/helpdesk/redmine.rs)
helpdesk_project_unavailable = { $system } has no project "{ $project }" that you can open issues in. Nothing was sent.
    .hint = Give the project's identifier (the short name in its address, e.g. support in https://redmine.example.com/projects/support) and check that you are a member there.
helpdesk_not_set = No helpdesk is saved in this profile yet.
    .hint-cli = Save one with: steward share helpdesk set --to rt --url URL --queue General --requestor EMAIL --token-file FILE (or give --to and its options).
    .hint-window = Fill in the helpdesk's address and your token, then save.
helpdesk_setting_missing =
    { $value ->
        [address] The helpdesk's address is missing.
        [queue] The Request Tracker queue is missing.
        [requestor] Your e-mail address in the helpdesk is missing.
        [project] The Redmine project is missing.
       *[token] The token is missing.
    }
    .hint = Fill it in and save again.
helpdesk_address_invalid = "{ $address }" can't be used as the helpdesk's address: { $detail }.
    .hint = Give its web address, e.g. https://rt.example.com or https://example.zendesk.com.
helpdesk_token_unavailable = The helpdesk token could not be kept or read: { $value }.
    .hint = Check that the system keyring is unlocked, then save the token again.

## Automatic authenticator backups (helper D: otp backup)

otp_backup_not_configured = Automatic backups are not set up yet: choose a folder and a backup password first.
    .hint-cli = Set them with: steward otp backup set --folder DIR --keep 10
    .hint-window = Open Backups, choose a folder and a password, then save.
otp_backup_folder_unusable = Backups cannot be written to { $folder }: { $detail }.
    .hint = Choose a folder that exists and that you can write in (a synced folder, such as Nextcloud or Syncthing, keeps a copy off this computer).
otp_backup_keep_invalid = Keep between { $min } and { $max } backups.
    .hint = 10 is a good number: a few weeks of changes.
otp_backup_password_empty = A backup password cannot be empty.
    .hint = Choose a password you will remember: without it nobody can open the backups, not Steward and not Aegis.
otp_backup_found_gone = That backup ({ $file }) is no longer in the backup folder, or it changed.
    .hint = Check the folder again for newer backups.

## App lock
unlock_refused = Your computer did not confirm it is you, so Steward stays locked.
    .hint = Try again and enter your computer password when it asks. Nothing has been lost.

## Complaints (src/complaints)
complaint_rule_unknown = No complaint rule is called "{ $value }".
    .hint-cli = `steward complaint rules` lists them.
    .hint-window = Pick a rule from the list.
complaint_rule_does_not_fit = The rule { $rule } is not for { $jurisdiction } { $sector }.
    .hint = Choose a rule for that country and sector, or leave the rule out and Steward picks one.
complaint_bad_jurisdiction = "{ $value }" is not a country code.
    .hint = Use the two-letter code (GB, VN, US) or EU.
complaint_bad_sector = "{ $value }" is not a sector name.
    .hint-cli = Use a sector from `steward complaint rules`, e.g. financial-services.
    .hint-window = Pick a sector from the list.
complaint_bad_time_zone = "{ $value }" is not a time zone Steward knows.
    .hint = Use a name like Europe/London or Asia/Ho_Chi_Minh.
complaint_not_marked = Case { $value } has no formal complaint marked.
    .hint-cli = Mark one with `steward case complaint mark { $value } --contact N`.
    .hint-window = Mark the contact where you complained as the formal complaint.
complaint_contact_not_on_case = That contact is not on case { $case }.
    .hint = Pick one of the case's own contacts.
complaint_date_out_of_range = { $value } can't be when the complaint was received.
    .hint = Check the year: a date between 1970 and 2200.

# Helpdesk hand-off problems (src/share/error.rs HelpdeskProblem): helpdesk_failed's $value.
# $system is the helpdesk's product name; $said is the helpdesk's own words, verbatim.
helpdesk-problem = { $problem ->
    [answered] { $said_given ->
        [yes] { $system } answered HTTP { $status }: { $said }
       *[other] { $system } answered HTTP { $status }
    }
    [api_forbidden] { $system } refused (HTTP 403): the key may not do this, or { $system }'s REST API is turned off (Administration → Settings → API){ $said_given ->
        [yes] : { $said }
       *[other] {""}
    }
    [not_staff] { $system } signed this account in but does not let it use the API{ $said_given ->
        [yes] {" "}({ $said })
       *[other] {""}
    }: it lets only its staff accounts in; ask the helpdesk for an API account
    [not_json] { $system }'s answer is not the JSON Steward expects
    [unreadable] the answer could not be read
    [too_large] the answer was too large to be a helpdesk's
    [no_ticket_id] { $system } did not say which { $system ->
        [Redmine] issue
        [Zendesk] request
       *[other] ticket
    } it opened
    [no_upload_token] { $system } gave no upload token
    [empty_text] the { $system ->
        [Redmine] note
        [Zendesk] comment
       *[other] message
    } to add is empty
    [bad_address] { $address }: { $detail }
    [no_client] could not start an HTTP client
    [file_answered] { $system } answered HTTP { $status } for { $file }
    [file_unreadable] { $file } could not be read back from { $system }
    [file_too_large] { $file } is too large
    [file_refused] { $system } refused the file { $file }{ $said_given ->
        [yes] : { $said }
       *[other] {""}
    }
    [not_added] { $system } did not add the { $system ->
        [Redmine] note
        [Zendesk] comment
       *[other] message
    } to { $reference }{ $said_given ->
        [yes] : { $said }
       *[other] {""}
    }
    [not_kept] { $system } added to { $reference } but did not keep { $files } (it keeps only the file types its owner allows: HELPDESK_VALID_EXTENSIONS must list .pdf, .json and .sig)
    [files_not_added] { $system } opened { $reference } but its files could not all be added: { $detail }
   *[other] { $problem }
}
# Why a ticket cannot be added to (ShareError::TicketUnavailable): helpdesk_ticket_unavailable's $detail.
helpdesk-ticket-refusal = { $why ->
    [may_not_add] { $system ->
        [Redmine] { $system } does not let you add notes to this issue
        [django-helpdesk] { $system } does not let this account add to this ticket
       *[other] { $system } does not let you reply on this ticket
    }
   *[other] { $system ->
        [Redmine] { $system } has no such issue that you can see (it does not exist, or it is in a project you are not a member of)
        [Zendesk] { $system } has no such request that you can see (it does not exist, or it is not yours)
        [django-helpdesk] { $system } has no such ticket that this account can see (it does not exist, or it is in another queue)
       *[other] { $system } has no such ticket that you can see (it does not exist, or it is not yours)
    }
}

## The exposure chain (src/exposure/error.rs)
exposure_card_not_four_digits = The last four digits of a card are exactly 4 digits.
    .hint = Type only the last four, like 4821 — Steward never needs the whole card number.
exposure_bad_phone = That is not a phone number: Steward needs at least its last 4 digits.
    .hint = Type the number or just its last four digits, like 5678.
exposure_bad_email = That is not an e-mail address.
    .hint = Type it like name@example.com; Steward keeps only its masked form.
exposure_duplicate_detail = { $detail } is listed twice.
    .hint = Give each detail once.
exposure_unknown_detail = Steward does not know the detail "{ $value }".
    .hint = Use one of: address, phone, email, card_last_four, date_of_birth, security_answers, support_pin.
exposure_unknown_stake = Steward does not know the stake "{ $value }".
    .hint = Use one of: money, email, phone, shopping, other.
exposure_unknown_step = Steward does not know the step "{ $value }".
    .hint = Use one of: support_pin, verification_note, two_step, change_detail, sign_in_before_chat, number_lock, letter.
exposure_value_without_detail = Say which detail the value is for.
    .hint = Write it as detail=value, like card_last_four=4821.
exposure_step_not_in_plan = The step { $step } is not in the plan for { $service }.
    .hint-cli = `steward accounts exposure` shows each account's plan.
    .hint-window = Tick a step shown under the account.

## Changing how the profile is unlocked (issue 18: keyring ↔ passphrase, a new passphrase)

unlock_unchanged = This profile is already unlocked with the system keyring.
    .hint = Nothing was changed. To protect it with a passphrase instead, choose the passphrase.
database_in_use = Steward's data is open somewhere else (another Steward window or command).
    .hint = Close the other Steward windows and commands, then try again. Nothing was changed.

## steward profile unlock-with (issue 18)

new_passphrases_differ = The two new passphrases differ; nothing was changed. Try again.
new_passphrase_needed = The new passphrase is needed.
    .hint-cli = Give it with --new-passphrase-file FILE, or run the command at a terminal to type it.

## Exposure letters (issue 22; src/share/exposure_letter.rs)

exposure_letter_not_at_risk = Nothing that leaked puts { $service } at risk, so there is no letter to write to it.
    .hint-cli = `steward accounts exposure` lists the accounts at risk; `steward accounts details "{ $service }"` shows what Steward knows about it.
    .hint-window = Check what { $service } holds and checks in its questionnaire.
exposure_letter_not_repeat = { $service } has had fewer than two impostor alerts, so there is no "second time" letter yet.
    .hint-cli = `steward case alerts` lists the alerts; without --second-time you get the letter asking for a note on the account.
    .hint-window = Raise an alert on the case when it happens again.
