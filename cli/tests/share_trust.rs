//! Exports support can trust, checked with the tools support already has: every file Steward
//! writes has an OpenSSH signature (`FILE.sig`) that the real `ssh-keygen -Y verify` accepts
//! against the customer's pinned key and rejects after any one-byte change; a file edited and
//! re-signed with another key fails against the pinned key in both `ssh-keygen` and
//! `steward share verify --signer`, and without a pinned key is reported as unpinned (exit 3).

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::path::Path;
use std::process::Command;

use chrono::Utc;
use common::*;
use steward::cases::NewInteraction;
use steward::share::sshsig::{NAMESPACE, SIG_MEDIA_TYPE};
use steward::share::{
    build_export, export_to_file, pdf_sign, render, Format, RedactedCase, Redactor, ShareKey,
};
use support::{profile_with_case, steward};

fn ssh_keygen_verify(dir: &Path, principal: &str, file: &Path, sig: &Path) -> bool {
    let input = std::fs::File::open(file).unwrap();
    Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f"])
        .arg(dir.join("allowed_signers"))
        .args(["-I", principal, "-n", NAMESPACE, "-s"])
        .arg(sig)
        .stdin(input)
        .output()
        .expect("ssh-keygen (OpenSSH) is installed by scripts/install-deps.sh")
        .status
        .success()
}

/// What support keeps after the first contact: the customer's `allowed_signers` line.
fn pin(dir: &Path, key: &ShareKey) {
    std::fs::write(
        dir.join("allowed_signers"),
        key.allowed_signers_line().unwrap() + "\n",
    )
    .unwrap();
}

/// A profile in `dir` with the case `title` and `contacts` on it: its share key, pinned as support
/// would ([`pin`]), and the case's export as of now.
fn pinned_export(dir: &Path, title: &str, contacts: &[NewInteraction]) -> (ShareKey, RedactedCase) {
    let (profile, case) = profile_with_case(dir, title, contacts);
    let key = ShareKey::for_profile(&profile).unwrap();
    pin(dir, &key);
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    (key, x)
}

fn steward_verify(file: &Path, signer: Option<&Path>) -> i32 {
    let mut cmd = steward();
    cmd.args(["share", "verify"]).arg(file);
    if let Some(s) = signer {
        cmd.arg("--signer").arg(s);
    }
    cmd.output().unwrap().status.code().unwrap_or(-1)
}

#[test]
fn every_format_verifies_with_openssh_and_a_changed_byte_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let (key, x) = pinned_export(dir.path(), "Card charged twice", &seed_story());
    for f in Format::ALL {
        let path = dir.path().join(format!("case.{}", f.extension()));
        let done = export_to_file(&x, f, &key, &path).unwrap();
        let sig = Path::new(done.signature_path.as_deref().unwrap()).to_path_buf();
        assert!(
            ssh_keygen_verify(dir.path(), &key.principal(), &path, &sig),
            "ssh-keygen accepts the genuine {}",
            f.as_str()
        );
        assert_eq!(
            steward_verify(&path, Some(&dir.path().join("allowed_signers"))),
            0
        );
        assert_eq!(steward_verify(&path, None), 3, "unpinned: neither 0 nor 1");
        // Picking the .sig itself (easy in a file dialog) checks the file it signs.
        assert_eq!(
            steward_verify(&sig, Some(&dir.path().join("allowed_signers"))),
            0
        );
        // The one command line the file's own brief gives works as written.
        assert!(done
            .check_command
            .starts_with("ssh-keygen -Y verify -f allowed_signers -I "));
        // One byte changed, anywhere: OpenSSH and Steward both refuse it.
        let mut bytes = std::fs::read(&path).unwrap();
        let at = bytes.len() / 2;
        bytes[at] ^= 0x01;
        let changed = dir.path().join(format!("changed.{}", f.extension()));
        std::fs::write(&changed, &bytes).unwrap();
        std::fs::copy(
            &sig,
            dir.path().join(format!("changed.{}.sig", f.extension())),
        )
        .unwrap();
        assert!(
            !ssh_keygen_verify(
                dir.path(),
                &key.principal(),
                &changed,
                &dir.path().join(format!("changed.{}.sig", f.extension()))
            ),
            "ssh-keygen refuses a changed {}",
            f.as_str()
        );
        assert_eq!(
            steward_verify(&changed, Some(&dir.path().join("allowed_signers"))),
            1
        );
        assert_eq!(
            steward_verify(
                &dir.path().join(format!("changed.{}.sig", f.extension())),
                Some(&dir.path().join("allowed_signers"))
            ),
            1,
            "the .sig of a changed file: the changed file is checked"
        );
    }
}

#[test]
fn a_file_re_signed_with_another_key_fails_against_the_pinned_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = contact("Retail support refused the refund");
    c.team = Some("Retail support".into());
    let (key, x) = pinned_export(dir.path(), "Refund refused", &[c]);

    // The attacker edits the text and signs it again, inside and beside, with a key of their own.
    let attacker = ShareKey::from_seed(&[7u8; 32]);
    let genuine = String::from_utf8(render(&x, Format::Md, &key).unwrap().bytes).unwrap();
    let at = genuine.rfind(steward::share::sign::TRAILER_MARK).unwrap();
    let content = genuine[..at].replace("Retail support", "Fraud team: agent admitted fault");
    // Same case id, chain head and time as the genuine file; only the key differs.
    let block = attacker
        .sign(
            content.as_bytes(),
            &x.case.id,
            &x.integrity.chain_head,
            &x.generated_at,
            "md",
        )
        .unwrap();
    let mut edited = content.into_bytes();
    steward::share::sign::append_trailer(&mut edited, &block).unwrap();
    let edited = String::from_utf8(edited).unwrap();
    let forged = dir.path().join("forged.md");
    std::fs::write(&forged, &edited).unwrap();
    std::fs::write(
        dir.path().join("forged.md.sig"),
        attacker.ssh_sign(edited.as_bytes()).unwrap(),
    )
    .unwrap();

    assert!(!ssh_keygen_verify(
        dir.path(),
        &key.principal(),
        &forged,
        &dir.path().join("forged.md.sig")
    ));
    assert_eq!(
        steward_verify(&forged, Some(&dir.path().join("allowed_signers"))),
        1,
        "wrong signer against the pinned key"
    );
    assert_eq!(
        steward_verify(&forged, None),
        3,
        "without a pin: unpinned, not intact"
    );
    // Pinning by fingerprint works the same.
    let fp = dir.path().join("fingerprint.txt");
    std::fs::write(&fp, key.fingerprint()).unwrap();
    assert_eq!(steward_verify(&forged, Some(&fp)), 1);
}

/// The PDF carries a real PDF signature that poppler's `pdfsig` reports valid and covering the
/// whole document; any changed byte makes it invalid; the PDF/A-3 metadata is still there.
#[test]
fn the_pdf_signature_is_valid_in_pdfsig_and_breaks_on_any_change() {
    let dir = tempfile::tempdir().unwrap();
    let (profile, case) =
        profile_with_case(dir.path(), "Refund refused", &[contact("Called twice")]);
    let key = ShareKey::for_profile(&profile).unwrap();
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    let path = dir.path().join("case.pdf");
    export_to_file(&x, Format::Pdf, &key, &path).unwrap();
    let report = |p: &Path| {
        let out = Command::new("pdfsig")
            .arg(p)
            .output()
            .expect("pdfsig (poppler-utils) is installed by scripts/install-deps.sh");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let r = report(&path);
    assert!(
        r.contains("Signature Validation: Signature is Valid."),
        "{r}"
    );
    assert!(r.contains("Total document signed"), "{r}");
    // The honest answer for a self-signed certificate nobody trusts yet. A certificate that
    // may not sign (a CA's keyCertSign/cRLSign only) got "Unknown issue with Certificate or
    // corrupted data." instead: NSS refused its key usage before asking who issued it.
    assert!(
        r.contains("Certificate Validation: Certificate issuer is unknown."),
        "{r}"
    );
    assert!(
        r.contains(&key.fingerprint()),
        "the certificate names the fingerprint: {r}"
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        String::from_utf8_lossy(&bytes).contains("pdfaid:part"),
        "PDF/A-3 metadata kept"
    );
    let mut changed = bytes.clone();
    changed[bytes.len() / 4] ^= 0x01;
    let changed_path = dir.path().join("changed.pdf");
    std::fs::write(&changed_path, &changed).unwrap();
    let r = report(&changed_path);
    assert!(!r.contains("Signature is Valid."), "{r}");
}

/// Runs `cmd`, which must succeed; its stdout.
fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().expect("the tool is installed");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The certificate inside a PDF's signature (DER), as an agent would get it: `pdfsig -dump`
/// writes the signature's CMS, `openssl pkcs7` takes the certificate out of it.
fn embedded_certificate(pdf: &Path, work: &Path) -> Vec<u8> {
    std::fs::create_dir_all(work).unwrap();
    run(Command::new("pdfsig")
        .current_dir(work)
        .arg("-dump")
        .arg(pdf));
    let cms = work.join(format!(
        "{}.sig0",
        pdf.file_name().unwrap().to_string_lossy()
    ));
    let pem = run(Command::new("openssl")
        .args(["pkcs7", "-inform", "DER", "-print_certs", "-in"])
        .arg(&cms));
    std::fs::write(work.join("cert.pem"), &pem).unwrap();
    run(Command::new("openssl")
        .args(["x509", "-outform", "DER", "-in"])
        .arg(work.join("cert.pem")))
}

/// The PDF signature's certificate is a signing certificate (digitalSignature and
/// nonRepudiation, not a CA) and the same bytes in every export of the profile, whenever it is
/// made: a viewer's "trust this certificate" carries over from one file to the next.
#[test]
fn the_pdf_certificate_may_sign_and_is_the_same_in_every_export() {
    let dir = tempfile::tempdir().unwrap();
    let (profile, case) =
        profile_with_case(dir.path(), "Refund refused", &[contact("Called twice")]);
    let key = ShareKey::for_profile(&profile).unwrap();
    let mut certs = Vec::new();
    for (n, later) in [0, 3].into_iter().enumerate() {
        if n > 0 {
            // Past a second boundary, so a certificate dated "now" would differ too.
            std::thread::sleep(std::time::Duration::from_millis(1100));
        }
        let at = Utc::now() + chrono::Duration::days(later);
        let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), at).unwrap();
        let path = dir.path().join(format!("case-{n}.pdf"));
        export_to_file(&x, Format::Pdf, &key, &path).unwrap();
        certs.push(embedded_certificate(
            &path,
            &dir.path().join(format!("dump-{n}")),
        ));
    }
    assert_eq!(certs[0], certs[1], "two exports, one certificate");
    assert_eq!(certs[0], pdf_sign::certificate(&key).unwrap());
    let other = ShareKey::from_seed(&[9u8; 32]);
    assert_ne!(
        pdf_sign::certificate(&other).unwrap(),
        certs[0],
        "another key, another certificate"
    );

    let text = String::from_utf8(run(Command::new("openssl")
        .args(["x509", "-noout", "-text", "-in"])
        .arg(dir.path().join("dump-0/cert.pem"))))
    .unwrap();
    assert!(
        text.contains("Digital Signature, Non Repudiation"),
        "{text}"
    );
    assert!(!text.contains("Certificate Sign"), "{text}");
    assert!(text.contains("CA:FALSE"), "{text}");
    assert!(text.contains(&key.fingerprint()), "{text}");
    assert!(
        text.contains("Not Before: Jan  1 00:00:00 2020 GMT"),
        "{text}"
    );
    assert!(
        text.contains("Not After : Dec 31 23:59:59 9999 GMT"),
        "{text}"
    );
    // Self-signed: openssl checks the certificate against itself as the only trust anchor.
    let ok = run(Command::new("openssl")
        .args(["verify", "-purpose", "smimesign", "-CAfile"])
        .arg(dir.path().join("dump-0/cert.pem"))
        .arg(dir.path().join("dump-0/cert.pem")));
    assert!(String::from_utf8_lossy(&ok).contains(": OK"));
}

/// In the .eml draft each `.sig` is an opaque attachment (application/octet-stream, base64), so
/// no mail client saves it with CRLF line endings; decoded, it is the exact `.sig` bytes and the
/// real ssh-keygen verifies the attached file with it. A CRLF copy is what ssh-keygen refuses.
#[test]
fn the_eml_carries_each_sig_as_base64_bytes_that_ssh_keygen_verifies() {
    use mail_parser::MimeHeaders;
    let dir = tempfile::tempdir().unwrap();
    let (key, x) = pinned_export(dir.path(), "Refund refused", &seed_story());
    let eml = render(&x, Format::Eml, &key).unwrap().bytes;
    let raw = String::from_utf8_lossy(&eml);
    let msg = mail_parser::MessageParser::default().parse(&eml).unwrap();
    let parts: Vec<_> = msg.attachments().collect();
    for (file, sig) in [
        ("case-1.pdf", "case-1.pdf.sig"),
        ("case-1.json", "case-1.json.sig"),
    ] {
        let file_part = parts
            .iter()
            .find(|a| a.attachment_name() == Some(file))
            .unwrap();
        let sig_part = parts
            .iter()
            .find(|a| a.attachment_name() == Some(sig))
            .unwrap();
        let ct = sig_part.content_type().unwrap();
        assert_eq!(
            format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default()),
            SIG_MEDIA_TYPE
        );
        assert_eq!(SIG_MEDIA_TYPE, "application/octet-stream");
        assert_eq!(sig_part.content_transfer_encoding(), Some("base64"));
        // The MIME headers as written, not only as parsed.
        let at = raw.find(&format!("filename=\"{sig}\"")).unwrap();
        let headers = &raw[raw[..at].rfind("\r\n\r\n").unwrap()..at + 200];
        assert!(
            headers.contains("Content-Type: application/octet-stream")
                && headers.contains("Content-Transfer-Encoding: base64"),
            "{headers}"
        );
        let bytes = sig_part.contents();
        assert_eq!(
            bytes,
            key.ssh_sign(file_part.contents()).unwrap().as_bytes(),
            "decoded, the exact .sig"
        );
        assert!(!bytes.contains(&b'\r'));
        let path = dir.path().join(file);
        std::fs::write(&path, file_part.contents()).unwrap();
        std::fs::write(dir.path().join(sig), bytes).unwrap();
        assert!(
            ssh_keygen_verify(dir.path(), &key.principal(), &path, &dir.path().join(sig)),
            "ssh-keygen verifies {file} with the {sig} from the .eml"
        );
        // What a text transport that rewrites line endings would have delivered.
        let crlf = String::from_utf8(bytes.to_vec())
            .unwrap()
            .replace('\n', "\r\n");
        let crlf_path = dir.path().join(format!("{sig}.crlf"));
        std::fs::write(&crlf_path, crlf).unwrap();
        assert!(!ssh_keygen_verify(
            dir.path(),
            &key.principal(),
            &path,
            &crlf_path
        ));
    }
}
