//! How the CLI tests run the `steward` binary: [`CliEnv`], a temporary folder with a
//! passphrase-protected profile (STEWARD_DATA_DIR, STEWARD_PASSPHRASE_FILE, STEWARD_KEYRING=off)
//! and helpers that run a command and check its JSON, text or error; [`Recording`], the same
//! keeping everything printed (for the leak scans); [`directory_server`], the 2fa.directory and
//! Passkeys Directory snapshots served on 127.0.0.1.
//!
//! Include with `mod support;` next to `#[path = "../../tests/common/mod.rs"] mod common;`:
//! the passphrase is `common::PASSPHRASE`. Each test file is a crate of its own and uses only
//! some of this, hence `dead_code` allowed.
#![allow(dead_code)]

#[path = "../../../tests/support/directory_server.rs"]
pub mod directory_server;

use std::ffi::{OsStr, OsString};
use std::fmt::Debug;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::{self, Output};

use assert_cmd::Command;
use serde_json::Value;
use steward::cases::{NewInteraction, Uuid};
use steward::profile::Profile;

/// A port on 127.0.0.1 where nothing listens, as the directory's address: nothing goes online
/// and the wizard works from the bundled directory data.
pub const CLOSED_DIRECTORY_URL: &str = "http://127.0.0.1:9/v3/all.json";

/// Every `case export --format`, each of which can be written to a file.
pub const CASE_EXPORT_FORMATS: [&str; 8] = [
    "brief",
    "brief-chat",
    "md",
    "html",
    "pdf",
    "json",
    "eml",
    "ics",
];

/// The `steward` binary with nothing set: the environment is the test's own.
pub fn steward() -> Command {
    Command::from_std(process::Command::new(env!("CARGO_BIN_EXE_steward")))
}

/// Runs `cmd`, which must succeed; its stdout as JSON.
pub fn json_ok(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    serde_json::from_slice(&succeeded(cmd, out).stdout).expect("stdout is JSON")
}

/// Runs `cmd`, which must succeed; its stdout as text.
pub fn text_ok(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    String::from_utf8(succeeded(cmd, out).stdout).unwrap()
}

fn succeeded(what: impl Debug, out: Output) -> Output {
    assert!(
        out.status.success(),
        "{what:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A temporary folder for one test: `data/` (the data directory, created by the first command
/// that needs it) and `pass` (the profile passphrase), plus what the builder methods add.
pub struct CliEnv {
    pub dir: tempfile::TempDir,
    /// Set (`Some`) or removed (`None`) for every command, in this order, after the defaults.
    vars: Vec<(OsString, Option<OsString>)>,
    /// Global options given to every command before its own arguments.
    args: Vec<OsString>,
    /// The system keyring unlocks the profile, not the passphrase file.
    keyring: bool,
}

impl CliEnv {
    /// `pass` holds `common::PASSPHRASE`.
    pub fn new() -> CliEnv {
        CliEnv::with_passphrase(crate::common::PASSPHRASE)
    }

    /// `pass` holds `passphrase`.
    pub fn with_passphrase(passphrase: &str) -> CliEnv {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pass"), format!("{passphrase}\n")).unwrap();
        CliEnv {
            dir,
            vars: vec![],
            args: vec![],
            keyring: false,
        }
    }

    /// Every command runs with `key` set to `value`.
    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> CliEnv {
        self.vars
            .push((key.into(), Some(value.as_ref().to_os_string())));
        self
    }

    /// Every command runs without `key`, even when the test's own environment has it.
    pub fn env_remove(mut self, key: &str) -> CliEnv {
        self.vars.push((key.into(), None));
        self
    }

    /// Every command gets `arg` (a global option such as `--no-keyring`) before its own.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> CliEnv {
        self.args.push(arg.as_ref().to_os_string());
        self
    }

    /// The directory's address is [`CLOSED_DIRECTORY_URL`].
    pub fn offline(self) -> CliEnv {
        self.env("STEWARD_DIRECTORY_URL", CLOSED_DIRECTORY_URL)
    }

    /// The profile is unlocked by the system keyring: no passphrase file, STEWARD_KEYRING unset.
    pub fn keyring(mut self) -> CliEnv {
        self.keyring = true;
        self
    }

    /// Whether the system keyring unlocks the profile ([`CliEnv::keyring`]).
    pub fn uses_keyring(&self) -> bool {
        self.keyring
    }

    /// A file `name` in the folder, holding `contents`.
    pub fn with_file(self, name: &str, contents: impl AsRef<[u8]>) -> CliEnv {
        self.write(name, contents.as_ref());
        self
    }

    /// An empty folder `name` in the folder.
    pub fn with_dir(self, name: &str) -> CliEnv {
        std::fs::create_dir(self.path(name)).unwrap();
        self
    }

    /// `name` in the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `name` in the folder, as a command-line argument.
    pub fn path_arg(&self, name: &str) -> String {
        self.path(name).display().to_string()
    }

    /// Writes `bytes` to `name` in the folder; its path.
    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Writes `bytes` to `name` in the folder; its path as a command-line argument.
    pub fn file(&self, name: &str, bytes: &[u8]) -> String {
        self.write(name, bytes).display().to_string()
    }

    /// The data directory.
    pub fn data(&self) -> PathBuf {
        self.path("data")
    }

    /// `steward` on the data directory `data`, as a std command (to spawn, kill, or set its
    /// standard streams).
    pub fn process_in(&self, data: &Path) -> process::Command {
        let mut cmd = process::Command::new(env!("CARGO_BIN_EXE_steward"));
        cmd.env("STEWARD_DATA_DIR", data);
        if self.keyring {
            cmd.env_remove("STEWARD_PASSPHRASE_FILE")
                .env_remove("STEWARD_KEYRING");
        } else {
            cmd.env("STEWARD_PASSPHRASE_FILE", self.path("pass"))
                .env("STEWARD_KEYRING", "off");
        }
        for (key, value) in &self.vars {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        cmd.args(&self.args);
        cmd
    }

    /// `steward` on the data directory, as a std command.
    pub fn process(&self) -> process::Command {
        self.process_in(&self.data())
    }

    /// `steward` on the data directory.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.process())
    }

    /// Runs `--json` and `args`; how it went, whatever that was.
    pub fn run_json(&self, args: &[&str]) -> Output {
        self.cmd().arg("--json").args(args).output().unwrap()
    }

    /// Runs `--json` and `args`, which must succeed; stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        json_ok(self.cmd().arg("--json").args(args))
    }

    /// [`CliEnv::json`] with `stdin` on standard input.
    pub fn json_stdin(&self, args: &[&str], stdin: &str) -> Value {
        json_ok(self.cmd().arg("--json").args(args).write_stdin(stdin))
    }

    /// Runs `args` (human output), which must succeed; stdout.
    pub fn text(&self, args: &[&str]) -> String {
        text_ok(self.cmd().args(args))
    }

    /// Runs `--json` and `args`, which must exit with `exit`, print nothing on stdout and a
    /// JSON error on stderr; that error.
    pub fn fails(&self, args: &[&str], exit: i32) -> Value {
        let out = self.run_json(args);
        assert_eq!(
            out.status.code(),
            Some(exit),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stdout.is_empty(),
            "{args:?} printed on stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        serde_json::from_slice(&out.stderr).expect("stderr is a JSON error")
    }
}

/// A [`CliEnv`] that keeps everything the CLI printed, labelled by command: what the leak scans
/// search.
pub struct Recording {
    env: CliEnv,
    /// ("stdout of `ARGS`" or "stderr of `ARGS`", the bytes), in the order printed.
    pub printed: Vec<(String, Vec<u8>)>,
}

impl Deref for Recording {
    type Target = CliEnv;
    fn deref(&self) -> &CliEnv {
        &self.env
    }
}

impl Recording {
    pub fn new(env: CliEnv) -> Recording {
        Recording {
            env,
            printed: vec![],
        }
    }

    /// Runs `args` with `stdin` (or an empty one) and keeps what it printed; (exit code, or -1
    /// when killed by a signal; stdout).
    pub fn run_with(&mut self, args: &[&str], stdin: Option<&str>) -> (i32, Vec<u8>) {
        let out = self
            .env
            .cmd()
            .args(args)
            .write_stdin(stdin.unwrap_or_default())
            .output()
            .unwrap();
        let label = args.join(" ");
        self.printed
            .push((format!("stdout of `{label}`"), out.stdout.clone()));
        self.printed
            .push((format!("stderr of `{label}`"), out.stderr));
        (out.status.code().unwrap_or(-1), out.stdout)
    }

    /// [`Recording::run_with`], which must succeed; stdout.
    pub fn run(&mut self, args: &[&str], stdin: Option<&str>) -> Vec<u8> {
        let (code, stdout) = self.run_with(args, stdin);
        assert_eq!(
            code,
            0,
            "`{}` failed: {}",
            args.join(" "),
            self.last_stderr()
        );
        stdout
    }

    /// [`Recording::run`] without standard input.
    pub fn ok(&mut self, args: &[&str]) -> Vec<u8> {
        self.run(args, None)
    }

    /// [`Recording::ok`] with `--json`; stdout as JSON.
    pub fn json(&mut self, args: &[&str]) -> Value {
        let mut full = vec!["--json"];
        full.extend_from_slice(args);
        serde_json::from_slice(&self.ok(&full)).unwrap()
    }

    /// What the last command printed on stderr.
    pub fn last_stderr(&self) -> String {
        String::from_utf8_lossy(&self.printed.last().unwrap().1).into_owned()
    }
}

/// A passphrase profile in `dir/profile` with one case, `title` at "Bank", and `contacts` logged
/// on it; the profile and the case's id.
pub fn profile_with_case(dir: &Path, title: &str, contacts: &[NewInteraction]) -> (Profile, Uuid) {
    let profile = crate::common::open(&dir.join("profile"));
    let store = profile.cases();
    let case = store
        .create_case(&crate::common::new_case(title, "Bank"))
        .unwrap();
    for contact in contacts {
        store.log_interaction(case.id, contact).unwrap();
    }
    (profile, case.id)
}

/// `steward` on the data directory `data` (`--data-dir`), with no profile to open (no
/// passphrase file, no keyring), the 2FA directory at `directory_url` and no Passkeys Directory
/// address.
pub fn without_profile(data: &Path, directory_url: &str) -> Command {
    let mut cmd = steward();
    cmd.arg("--data-dir")
        .arg(data)
        .env("STEWARD_DIRECTORY_URL", directory_url)
        .env_remove("STEWARD_PASSKEYS_URL")
        .env("STEWARD_KEYRING", "off")
        .env_remove("STEWARD_PASSPHRASE_FILE")
        .env_remove("STEWARD_DATA_DIR");
    cmd
}
