## The desktop app's own words outside the page: native dialog titles, documents it names.

desktop-dialog-save-kit = Save the recovery kit
desktop-dialog-save-export = Save the export of case { $case }
desktop-dialog-save-several = Save the export of cases { $cases }
desktop-dialog-check-file = Choose a file to check
desktop-dialog-save-attachment = Save a copy of { $name }

## App lock (tray menu)
desktop-tray-show = Show Steward
desktop-tray-lock = Lock now

## Authenticator backups: the folder dialog (helper D)
desktop-dialog-backup-folder = Choose the folder for authenticator backups

## Complaint letters: the Save dialog (issue 19, window)
desktop-dialog-save-letter = Save the letter of case { $case }

## The exposure chain: the letter to a company at risk (issue 22, window)
desktop-dialog-save-exposure-letter = Save the letter to { $service }
