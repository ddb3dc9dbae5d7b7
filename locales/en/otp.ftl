## The authenticator (src/otp): what an import report says about other apps' exports — warnings,
## notes, why an entry was skipped, how an unnamed entry is called — what a damaged file is
## missing, backup codes running low, and the clock check. Rendered by the core with t!() in the
## reader's language. Product names (Aegis, 2FAS, Bitwarden, Base32, otpauth://) stay as they are.

## Warnings about one imported account

otp-warning-weak-secret = The secret is short ({ $bits } bits; 128 or more is recommended). Codes work, but ask the service for a new key if it offers one.
otp-warning-counter-missing = The link did not say where the counter is; Steward starts at 0. If codes are refused, use "next code" a few times.
otp-warning-issuer-mismatch = The link names two services ("{ $label_issuer }" and "{ $issuer }"); Steward used "{ $issuer }".
otp-warning-stale-counter = This counter-based (HOTP) account came from an app that does not advance its counter; if codes are refused, use "next code" a few times.

## Notes about a file as a whole

otp-note-google-batches = Google Authenticator split this export into { $total } QR codes; only { $n } of them ({ $have }) were read. Import the others too, or some accounts will be missing.
otp-note-bitwarden-hotp = Bitwarden keeps only time-based and Steam codes: counter-based (HOTP) accounts are never in its exports. If you had any, add them again from the service.
otp-note-bitwarden-without-key = { $n } item(s) had no authenticator key and were left out (passwords are not imported).
otp-note-twofas-schema = This backup uses 2FAS schema { $schema }, newer than Steward knows ({ $known }); check the imported accounts.
otp-note-same-key = { $label } uses the same secret key as account { $number }, { $other }. If they are the same account, remove one of them.

## How an entry without a name is called in the report

otp-label-entry = entry { $n }
otp-label-token = token { $n }
otp-label-service = service { $n }
otp-label-item = item { $n }
otp-label-row = row { $n }
otp-label-line = line { $n }
otp-label-account = account { $n }
otp-format-otpauth-list = otpauth link list
otp-format-google = Google Authenticator transfer

## Why an entry was skipped

otp-skip-no-link = it has no otpauth link
otp-skip-algorithm = it uses the { $algorithm } algorithm, which is not supported
otp-skip-digits = { $digits } digits is not supported
otp-skip-digits-not-number = its number of digits is not a number
otp-skip-period = its period is not a whole number of seconds above 0
otp-skip-counter = its counter is not a whole number
otp-skip-yandex = Yandex codes are not supported yet
otp-skip-motp = mOTP codes are not supported
otp-skip-type = its type "{ $kind }" is not supported
otp-skip-md5 = it uses MD5, which Steward does not support
otp-skip-unknown-algorithm = it uses an unknown hash algorithm
otp-skip-unknown-digits = it has an unknown number of digits
otp-skip-negative-counter = its counter is negative
otp-skip-unknown-type = it is of an unknown type

## What is wrong with a secret, a link or a value (the $reason / $found of errors.ftl)

otp-reason-after-padding = it has characters after the padding
otp-reason-base32-digits = it contains 0, 1, 8 or 9, which Base32 does not use
otp-reason-not-base32 = it contains characters that are not Base32
otp-reason-empty = it is empty
otp-reason-too-long = it is far too long
otp-reason-not-bytes = it holds something other than bytes
otp-reason-byte-range = it holds numbers outside the byte range
otp-reason-period-min = it must be at least 1 second
otp-reason-period = it must be a whole number of seconds above 0
otp-reason-counter = it must be a whole number of 0 or more
otp-reason-no-migration-scheme = it does not start with otpauth-migration://
otp-reason-no-data = it has no data= part
otp-found-no-scheme = it has no scheme such as otpauth://
otp-found-scheme = it is a { $scheme }:// link
otp-found-not-a-link = the line is not a link

## What is wrong with a damaged or unsupported file (the $detail of errors.ftl)

otp-detail-json = { $what ->
        [eof] it ends too early
        [syntax] invalid JSON
        [data] unexpected content
       *[io] read error
    } (line { $line }, column { $column })
otp-detail-not-utf8 = it is not UTF-8 text
otp-detail-no-links = it holds no links
otp-detail-no-accounts = it holds no accounts
otp-detail-google-data = the data { $what ->
        [no-accounts] holds no accounts
        [too-long] holds a number that is too long
        [not-payload] is not a transfer payload
       *[eof] ends too early
    }
otp-detail-google-base64 = the data is not valid Base64
otp-detail-password-protected = it is a password-protected export
otp-detail-password-protected-again = it is a password-protected export; export it again without a password
otp-detail-no-entry-list = it has no entry list
otp-detail-no-item-list = it has no item list
otp-detail-no-token-list = it has no token list
otp-detail-csv-header = its first line is not a CSV header
otp-detail-csv-column = it has no login_totp column
otp-detail-csv-line = the CSV cannot be read at line { $line }
otp-detail-aegis-version = vault version { $version } is newer than Steward knows
otp-detail-aegis-no-header = it has no header
otp-detail-aegis-no-contents = it has no vault contents
otp-detail-aegis-hex = the { $what ->
        [slot-salt] slot salt
        [wrapped-key] wrapped key
        [slot-nonce] slot nonce
        [slot-tag] slot tag
        [vault-nonce] vault nonce
       *[vault-tag] vault tag
    } is missing or not hex
otp-detail-aegis-lengths = a nonce or tag has the wrong length (the file was changed)
otp-detail-aegis-no-slots = the header has no key slots
otp-detail-aegis-many-slots = it has { $n } password slots; Aegis writes at most a few
otp-detail-aegis-biometric = it can only be unlocked with the phone's fingerprint or face unlock; export it again with a password
otp-detail-aegis-slot-params = a key slot has no parameters
otp-detail-aegis-wrapped-length = a key slot's wrapped key has the wrong length
otp-detail-aegis-scrypt-missing = the slot's scrypt { $key } is missing
otp-detail-aegis-no-params = the header has no encryption parameters
otp-detail-aegis-base64 = the encrypted contents are not valid Base64
otp-detail-aegis-mismatch = the encrypted contents do not match their key (the file was changed or cut short)
otp-detail-aegis-no-entries = the vault has no entry list
otp-detail-twofas-not-object = it is not a 2FAS backup object
otp-detail-twofas-no-schema = it has no schema version
otp-detail-twofas-no-services = it has no services
otp-detail-twofas-not-list = the services are not a list
otp-detail-twofas-form = the encrypted { $what ->
        [services] services
       *[reference] reference
    } are not in ciphertext:salt:iv form
otp-detail-twofas-base64 = the { $part ->
        [data] data
        [salt] salt
       *[iv] IV
    } of the encrypted { $what ->
        [services] services
       *[reference] reference
    } is not valid Base64
otp-detail-twofas-iv = the IV has the wrong length
otp-detail-twofas-no-salt = the encrypted { $what ->
        [services] services
       *[reference] reference
    } have no salt
otp-detail-twofas-short = the encrypted { $what ->
        [services] services
       *[reference] reference
    } are too short (cut off)
otp-detail-twofas-checksum = the password is right, but the encrypted services do not match their checksum (the file was cut short or changed after the export)
otp-detail-andotp-short = it is too short to be an encrypted backup
otp-detail-andotp-checksum = the password is right, but the file does not match its checksum (it was cut short or changed after the export)
otp-detail-andotp-not-list = it is not a list of accounts
otp-detail-pbkdf2 = { $iterations } PBKDF2 iterations; at most { $max }
otp-detail-scrypt-n = scrypt N = 2^{ $log_n }; at most 2^{ $max }
otp-detail-scrypt-memory = scrypt would need { $mib } MiB of memory
otp-detail-scrypt-not-power = the scrypt N is not a power of two
otp-detail-scrypt-rp-min = scrypt r and p must be at least 1
otp-detail-scrypt-invalid = the scrypt parameters are invalid
otp-detail-pbkdf2-zero = the PBKDF2 iteration count is 0
otp-detail-picture-pixels = the picture has fewer pixels than it says
otp-detail-picture-undecodable = it could not be decoded

## Accounts and backup codes: what is wrong with a value (the $field and $reason of invalid_input)

otp-field-issuer = The issuer
otp-field-account-name = The account name
otp-field-account = The account
otp-field-counter = The counter
otp-field-backup-code = A backup code
otp-field-backup-list = This list of backup codes
otp-invalid-too-long = it is longer than { $max } characters
otp-invalid-control = it contains control characters
otp-invalid-nameless = give at least the service (issuer) or the account name
otp-invalid-counter-max = it cannot go any higher
otp-invalid-counter-large = it is too large
otp-invalid-code-length = codes are at most { $max } characters on one line
otp-invalid-no-new-codes = there are no new codes in it
otp-invalid-too-many-codes = an account keeps at most { $max }
otp-backup-codes-low = { $n ->
        [0] No backup codes are left
        [one] Only 1 backup code is left
       *[other] Only { $n } backup codes are left
    } for { $label }. Ask the service for new ones (usually under security settings, "backup codes" or "recovery codes") and add them here.

## The clock check

otp-clock-unchecked = Steward couldn't check the clock: { $host }: { $detail }.
otp-clock-unchecked-hint = Codes still work if your clock is right. Check your internet connection and try again later.
otp-clock-drift = This computer's clock is { $offset } (compared with { $host }). Codes made now may be refused.
otp-clock-drift-hint = Turn on "Set time automatically" in your system's date and time settings (on Linux: timedatectl set-ntp true), then check again.
otp-clock-right = The clock is right (compared with { $host }).
otp-clock-right-offset = The clock is right: { $offset } compared with { $host }, which codes allow.
otp-clock-the-server = the server
otp-clock-stopped = the check stopped unexpectedly

## A link's parameter by name (the $name of invalid_parameter)

# used by pattern: otp-param-{name}
otp-param-period = period
# used by pattern: otp-param-{name}
otp-param-counter = counter

## Secrets and the backup folder: what Steward says beside the keyring's own words, and why a
## file in the backup folder was passed over

otp-keyring-not-kept = the keyring did not keep what was stored
# Issue 21: a locked KeePassXC database hides its items
otp-keyring-locked = the keyring is locked
otp-secret-no-keyring = this profile is not using the system keyring
otp-secret-backup-codes-of = { $label } (backup codes)
otp-secret-backup-password = the backup password
otp-backup-file-too-large = it is larger than { $mib } MB
otp-backup-damaged-cut = it ends in the middle (cut short while copying?)
otp-backup-damaged-json = it is not valid JSON (damaged)
otp-backup-damaged-no-slots = its header has no key slots
otp-backup-damaged-no-contents = it has no vault contents
otp-backup-folder-not-folder = it is not a folder
otp-backup-folder-name = its name is not valid text
otp-backup-folder-gone = it is not there (unplugged or moved?)

## The clock check: what was wrong with the time server's answer

otp-clock-no-date = the server did not say what time it is (no Date header)
otp-clock-date-unreadable = the server's Date header is not readable
otp-clock-date-invalid = the server's Date header is not a valid date
