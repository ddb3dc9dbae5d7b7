## The command line's own words.

unknown_language = Steward has no language "{ $language }".
    .hint = Use one of: { $known }.
