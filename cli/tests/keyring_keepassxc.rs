//! A Secret Service that is not gnome-keyring: KeePassXC 2.7 (Debian's `keepassxc`), headless,
//! its database's "Steward" group exposed over org.freedesktop.secrets. Started by
//! `scripts/keyring/keepassxc-session.sh` on a bus where nothing else can answer as the keyring.
//!
//! A keyring profile with the seven corpus accounts: the database key and every OTP secret are
//! KeePassXC entries (read back with keepassxc-cli, independently of Steward); KeePassXC stops and
//! starts again from its file, and the codes are the same and match oathtool. Locked (KeePassXC's
//! "lock all databases"): a system error saying so, data unchanged; unlocked again, it works.
//! Stopped: the profile says the keyring is unavailable and changes nothing, and a new profile
//! asks for a passphrase, as without any keyring.
//!
//! Runs only in that session (STEWARD_KEEPASSXC_DIR set); elsewhere it says so and skips,
//! unless STEWARD_TEST_KEEPASSXC=required (scripts/test.sh), where that fails it.
//!
//!   scripts/keyring/keepassxc-session.sh env STEWARD_TEST_KEEPASSXC=required \
//!     cargo test -p steward-cli --test keyring_keepassxc

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../../tests/otp_support/mod.rs"]
mod otp_support;
mod support;

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;
use std::time::{Duration, Instant};

use support::CliEnv;

/// The TOTP accounts of the corpus's plain.txt (numbers 1-3 once imported in order).
const TOTP: [usize; 3] = [1, 2, 3];
const AT: &str = "1700000000";

fn keepassxc_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("STEWARD_KEEPASSXC_DIR").map(PathBuf::from);
    if dir.is_none() {
        assert!(
            std::env::var("STEWARD_TEST_KEEPASSXC").as_deref() != Ok("required"),
            "not in a KeePassXC session: run it under scripts/keyring/keepassxc-session.sh"
        );
        eprintln!("SKIPPED: KeePassXC is not the Secret Service here (scripts/keyring/keepassxc-session.sh)");
    }
    dir
}

fn stop(dir: &Path) {
    let pid = std::fs::read_to_string(dir.join("pid")).unwrap();
    let pid = pid.trim();
    assert!(StdCommand::new("kill").arg(pid).status().unwrap().success());
    // Gone from the bus, and its process ended (it saves the database on the way out).
    let deadline = Instant::now() + Duration::from_secs(20);
    while Path::new(&format!("/proc/{pid}")).exists() {
        assert!(Instant::now() < deadline, "KeePassXC did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn start(dir: &Path) {
    let started = Instant::now();
    let status = StdCommand::new(dir.join("start")).status().unwrap();
    assert!(status.success(), "KeePassXC did not start again");
    eprintln!(
        "KeePassXC restarted in {} ms",
        started.elapsed().as_millis()
    );
}

fn busctl_keepassxc(method: &str) {
    let out = StdCommand::new("busctl")
        .args([
            "--user",
            "call",
            "org.keepassxc.KeePassXC.MainWindow",
            "/keepassxc",
            "org.keepassxc.KeePassXC.MainWindow",
            method,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{method}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The entry titles in KeePassXC's database file, read by keepassxc-cli (not through Steward).
fn entries_in_the_file(dir: &Path) -> Vec<String> {
    let out = StdCommand::new("keepassxc-cli")
        .args(["ls", "-R", "-f", "-q"])
        .arg(dir.join("db.kdbx"))
        .stdin(std::fs::File::open(dir.join("password")).unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.ends_with('/'))
        .map(str::to_string)
        .collect()
}

fn codes(env: &CliEnv) -> Vec<String> {
    TOTP.iter()
        .map(|n| {
            env.json(&["otp", "code", &n.to_string(), "--at", AT])["code"]["code"]
                .as_str()
                .unwrap_or_else(|| panic!("no code for account {n}"))
                .to_string()
        })
        .collect()
}

fn oathtool_codes() -> Vec<String> {
    let text = String::from_utf8(otp_support::read("authenticator-exports", "plain.txt")).unwrap();
    text.lines()
        .filter(|l| l.starts_with("otpauth://totp/"))
        .map(|link| {
            let parsed = steward::otp::uri::parse(link).unwrap();
            otp_support::oathtool(&parsed.account, AT.parse().unwrap())
        })
        .collect()
}

#[test]
fn keepassxc_keeps_the_profile_key_and_the_otp_secrets() {
    let Some(kpxc) = keepassxc_dir() else { return };
    let env = CliEnv::new().keyring();
    let plain = otp_support::corpus("authenticator-exports").join("plain.txt");

    let report = env.json(&["otp", "import", plain.to_str().unwrap()]);
    let added = report["added"].as_array().unwrap();
    assert_eq!(added.len(), 7, "{report}");
    assert!(
        added.iter().all(|a| a["secret_home"] == "keyring"),
        "{report}"
    );
    let status = env.json(&["status"]);
    assert_eq!(status["state"], "keyring", "{status}");

    // In KeePassXC's own file: the database key and the seven secrets, in the exposed group.
    // (Other tests in the same session leave entries of their own, and what the Secret Service
    // deletes goes to KeePassXC's Recycle Bin: count this profile's, by its id.)
    let profile: serde_json::Value = serde_json::from_slice(
        &std::fs::read(env.data().join(steward::profile::PROFILE_FILE)).unwrap(),
    )
    .unwrap();
    let key_entry = profile["key"]["entry"].as_str().unwrap();
    let profile_id = key_entry.strip_prefix("db-key/").unwrap();
    // KeePassXC saves its file shortly after each change, not at once: wait for the eighth.
    let deadline = Instant::now() + Duration::from_secs(20);
    let entries = loop {
        let entries: Vec<String> = entries_in_the_file(&kpxc)
            .into_iter()
            .filter(|e| e.contains(profile_id))
            .collect();
        if entries.len() >= 8 || Instant::now() > deadline {
            break entries;
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    assert_eq!(entries.len(), 8, "{entries:?}");
    assert!(
        entries.iter().all(|e| e.starts_with("Steward/")),
        "{entries:?}"
    );
    assert!(
        entries
            .iter()
            .any(|e| e.starts_with(&format!("Steward/{key_entry}@"))),
        "{entries:?}"
    );

    let before = codes(&env);
    assert_eq!(before, oathtool_codes());

    // KeePassXC stops and opens its file again: everything is still there.
    stop(&kpxc);
    start(&kpxc);
    assert_eq!(codes(&env), before);

    // Locked: a system error that says so, never "the key is missing".
    busctl_keepassxc("lockAllDatabases");
    std::thread::sleep(Duration::from_millis(300));
    let err = env.fails(&["otp", "code", "1", "--at", AT], 2);
    assert_eq!(err["code"], "keyring_unavailable", "{err}");
    assert!(err["message"].as_str().unwrap().contains("locked"), "{err}");
    // Unlocked again (KeePassXC reopened from its file, as a person would unlock it).
    stop(&kpxc);
    start(&kpxc);
    assert_eq!(codes(&env), before);

    // Stopped: no Secret Service at all. The profile says so and changes nothing; a new profile
    // asks for a passphrase, as on a machine without a keyring.
    stop(&kpxc);
    let db = std::fs::read(env.data().join(steward::profile::DB_FILE)).unwrap();
    let err = env.fails(&["otp", "code", "1", "--at", AT], 2);
    assert_eq!(err["code"], "keyring_unavailable", "{err}");
    assert_eq!(
        std::fs::read(env.data().join(steward::profile::DB_FILE)).unwrap(),
        db
    );
    let fresh = CliEnv::new().keyring();
    let err = fresh.fails(&["case", "list"], 1);
    assert_eq!(err["code"], "passphrase_required", "{err}");
    start(&kpxc);
    assert_eq!(codes(&env), before);
}
