//! Turns what a person types into a safe FTS5 query.

/// Each word becomes a quoted prefix term (`"word"*`), all of them required. Quoting makes FTS5
/// syntax characters (`"`, `*`, `:`, `-`, `AND`, `NEAR`…) plain text, so no input is a syntax error.
/// Returns `None` when nothing searchable is left.
pub(crate) fn to_fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\'' && c != '-'))
        .map(|w| w.trim_matches(|c: char| c == '\'' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::to_fts_query;

    #[test]
    fn words_become_quoted_prefix_terms() {
        assert_eq!(
            to_fts_query("unusual activity").as_deref(),
            Some("\"unusual\"* \"activity\"*")
        );
        assert_eq!(
            to_fts_query("\"NEAR(a b)\" OR *").as_deref(),
            Some("\"NEAR\"* \"a\"* \"b\"* \"OR\"*")
        );
        assert_eq!(to_fts_query("  ?!  ").as_deref(), None);
        assert_eq!(to_fts_query("TKT-4471").as_deref(), Some("\"TKT-4471\"*"));
    }
}
