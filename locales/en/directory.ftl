## The service directories (src/directory): what is wrong with a downloaded copy of the 2FA
## directory or the Passkeys Directory. Rendered by the core with t!(). The data sets' names
## ($data) and the JSON reader's own words ($error) are not translated.

directory-nothing-two-factor = the download lists no services at all
directory-nothing-passkeys = the download lists no domain with passkey support
directory-the-server = the server
directory-download-stopped = the download stopped unexpectedly
directory-download-too-large = the download is larger than the { $data } should ever be (over { $max } bytes)
directory-download-broke-off = the download broke off ({ $error })
directory-passkeys-stopped = reading the passkey data stopped unexpectedly
directory-not-downloaded = it has not been downloaded yet
directory-entry-not-pair = not a [name, details] pair
directory-entry-no-name = no name
directory-entry-details = details are not an object
directory-entry-no-domain = no domain
directory-expected-list = expected a list of [name, details] entries, found { $found }
directory-no-usable-entry = none of its { $n } entries is a [name, details] pair with a domain (the first: { $why })
directory-too-large = it is { $size } bytes, far larger than the { $data } should be (at most { $max })
directory-not-json = it is not valid JSON ({ $error }; { $size } bytes)
directory-json-kind = { $kind ->
        [null] null
        [bool] true/false
        [number] a number
        [string] a string
        [list] a list
       *[object] an object
    }
directory-expected-object = expected an object of domains, found { $found }
directory-listed-twice = { $domain } is listed twice
directory-no-usable-domain = none of its { $n } entries is a domain with details (the first problem: { $why })
directory-not-a-domain = { $key } is not a domain
directory-details-not-object = the details of { $domain } are not an object
