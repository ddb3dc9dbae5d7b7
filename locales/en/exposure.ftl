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
