//! What the command tests share: the app with Steward's real commands and capabilities over
//! Tauri's mock runtime (no display needed), its profile in a temporary folder, and calls sent
//! from the page's own origin as the UI sends them. Each test file is its own crate and includes
//! this with `mod support;`; not every file uses every helper.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use steward::error::ErrorInfo;
use steward::profile::ProfileStatus;
use steward_desktop::dialogs::{FileDialogs, FileRequest};
use steward_desktop::AppState;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

/// The passphrase the tests' profiles are unlocked with (no keyring needed).
pub const PASSPHRASE: &str = "correct horse battery staple";

/// The page's own origin: where the UI's calls come from.
pub const APP_ORIGIN: &str = "tauri://localhost";

/// The repository's test corpus (`tests/fixtures/corpus` at the workspace root).
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/corpus")
}

/// A file of the corpus, `sub/file`.
pub fn corpus(sub: &str, file: &str) -> Vec<u8> {
    let path = corpus_dir().join(sub).join(file);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The app, its main window, and the profile's temporary folder. The calls are `Page`'s.
pub struct Harness {
    pub app: App<MockRuntime>,
    pub page: Page,
    /// The temporary folder the profile is in, when the harness made it (dropped last).
    dir: Option<tempfile::TempDir>,
}

/// The main window, calling the commands as the UI does. Unlike the app, it can be shared with
/// other threads (`&Page` is `Send`).
pub struct Page {
    pub window: WebviewWindow<MockRuntime>,
}

impl std::ops::Deref for Harness {
    type Target = Page;

    fn deref(&self) -> &Page {
        &self.page
    }
}

impl Harness {
    /// A locked app over a new profile in a temporary folder.
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    /// A harness whose file dialogs answer `choices` in order (`None`: cancelled).
    pub fn scripted(choices: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        Self::with(|state| state.dialogs = FileDialogs::scripted(choices))
    }

    /// Like `new`, with `prepare` changing the state (its data folder is already chosen) before
    /// the app is built.
    pub fn with(prepare: impl FnOnce(&mut AppState)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut harness = Self::at(dir.path(), prepare);
        harness.dir = Some(dir);
        harness
    }

    /// The app with its profile in `root/steward`; the caller keeps `root`.
    pub fn at(root: &Path, prepare: impl FnOnce(&mut AppState)) -> Self {
        let mut state = AppState::new(root.join("steward"));
        prepare(&mut state);
        let app = steward_desktop::setup(mock_builder(), state)
            .build(steward_desktop::context())
            .expect("app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window");
        Harness {
            app,
            page: Page { window },
            dir: None,
        }
    }

    /// The temporary folder the harness made (the profile is in its `steward` folder).
    pub fn dir(&self) -> &Path {
        self.dir
            .as_ref()
            .expect("a harness with its own folder")
            .path()
    }

    /// What the (scripted) file dialogs were asked so far.
    pub fn asked(&self) -> Vec<FileRequest> {
        self.app.state::<AppState>().dialogs.asked()
    }
}

impl Page {
    /// Invokes `cmd` from `origin` with `body` and `headers`: the response, or the error as sent.
    pub fn invoke(
        &self,
        origin: &str,
        cmd: &str,
        body: InvokeBody,
        headers: &[(&'static str, &str)],
    ) -> Result<Value, Value> {
        let mut map = tauri::http::HeaderMap::new();
        for (name, value) in headers {
            map.insert(*name, value.parse().expect("header value"));
        }
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().expect("origin url"),
            body,
            headers: map,
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request)
            .map(|body| body.deserialize::<Value>().expect("JSON response"))
    }

    /// Invokes `cmd` with JSON `args` from `origin`.
    pub fn raw_from(&self, origin: &str, cmd: &str, args: Value) -> Result<Value, Value> {
        self.invoke(origin, cmd, InvokeBody::Json(args), &[])
    }

    /// Invokes `cmd` with JSON `args` from the app's own origin, as the UI does.
    pub fn raw(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.raw_from(APP_ORIGIN, cmd, args)
    }

    /// Invokes `cmd` with a raw byte body and headers, as the UI sends a file.
    pub fn raw_body(
        &self,
        cmd: &str,
        bytes: &[u8],
        headers: &[(&'static str, &str)],
    ) -> Result<Value, Value> {
        self.invoke(APP_ORIGIN, cmd, InvokeBody::Raw(bytes.to_vec()), headers)
    }

    /// `cmd`'s answer in the contract's shape; panics if it fails.
    pub fn call<T: DeserializeOwned>(&self, cmd: &str, args: Value) -> T {
        match self.raw(cmd, args) {
            Ok(value) => serde_json::from_value(value).expect("response has the contract's shape"),
            Err(err) => panic!("{cmd} failed: {err}"),
        }
    }

    /// `cmd`'s error; panics if it succeeds.
    pub fn fail(&self, cmd: &str, args: Value) -> ErrorInfo {
        match self.raw(cmd, args) {
            Ok(value) => panic!("{cmd} should have failed, returned {value}"),
            Err(err) => serde_json::from_value(err).expect("error is an ErrorInfo"),
        }
    }

    /// `cmd` given a file as the UI sends it: the answer in shape `T`, or the error.
    pub fn bytes<T: DeserializeOwned>(
        &self,
        cmd: &str,
        bytes: &[u8],
        headers: &[(&'static str, &str)],
    ) -> Result<T, ErrorInfo> {
        match self.raw_body(cmd, bytes, headers) {
            Ok(value) => Ok(serde_json::from_value(value).expect("response shape")),
            Err(err) => Err(serde_json::from_value(err).expect("error is an ErrorInfo")),
        }
    }

    /// Unlocks the profile with `PASSPHRASE`.
    pub fn unlock(&self) -> ProfileStatus {
        self.call("profile_unlock", json!({ "passphrase": PASSPHRASE }))
    }
}

/// A server (privacyIDEA, a helpdesk) that says when a request arrived and answers — 503, a
/// refusal — only when released: for showing the window stays usable while a call waits.
pub fn slow_server() -> (
    String,
    std::sync::mpsc::Receiver<()>,
    std::sync::mpsc::Sender<()>,
) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (arrived_tx, arrived_rx) = std::sync::mpsc::channel();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ = arrived_tx.send(());
            let _ = release_rx.recv();
            let body = "busy";
            let _ = write!(
                stream,
                "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (url, arrived_rx, release_tx)
}
