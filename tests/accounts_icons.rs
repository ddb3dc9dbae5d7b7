//! The accounts view's rows carry the service badge: matched by the service's name, else by the
//! domain recorded on the account (a name Steward doesn't know, at a domain it does), else a
//! monogram. The same core function as the authenticator (`otp::icons::badge`).

mod common;

#[test]
fn account_rows_get_an_icon_by_name_or_domain_else_a_monogram() {
    let dir = tempfile::tempdir().unwrap();
    let profile = common::open(dir.path());
    let cases = profile.cases();
    cases.ensure_account("GitHub", None).unwrap();
    cases
        .ensure_account("Work code hosting", Some("gitlab.com"))
        .unwrap();
    cases
        .ensure_account("Acme Credit Union", Some("acmecu.example"))
        .unwrap();
    let rows = cases.accounts().unwrap();
    let slug = |service: &str| {
        rows.iter()
            .find(|a| a.service == service)
            .unwrap()
            .badge
            .icon
            .as_ref()
            .map(|i| i.slug.clone())
    };
    assert_eq!(slug("GitHub").as_deref(), Some("github"));
    assert_eq!(slug("Work code hosting").as_deref(), Some("gitlab"));
    assert_eq!(slug("Acme Credit Union"), None);
    let acme = rows
        .iter()
        .find(|a| a.service == "Acme Credit Union")
        .unwrap();
    assert_eq!(acme.badge.monogram.letters, "AC");
}
