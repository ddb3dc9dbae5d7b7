//! Native file dialogs, opened from Rust inside the commands that need a file. The page never
//! sends a path and has no `dialog:` permission: it asks to export or to check a file, the person
//! picks the file in the system's own dialog (GTK on Linux), and the command says what it did.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Save a new file, open an existing one, or choose a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    Save,
    Open,
    Folder,
}

/// What a dialog shows: its title, the folder it starts in, the suggested name (Save) and the
/// extension it filters on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRequest {
    pub kind: DialogKind,
    pub title: String,
    pub directory: Option<PathBuf>,
    pub file_name: Option<String>,
    /// Shows only files with this extension (no dot).
    pub extension: Option<String>,
}

impl FileRequest {
    /// A Save dialog in `directory` suggesting `file_name`, showing only `.extension` files.
    pub fn save(
        title: String,
        directory: Option<PathBuf>,
        file_name: String,
        extension: &str,
    ) -> Self {
        FileRequest {
            kind: DialogKind::Save,
            title,
            directory,
            file_name: Some(file_name),
            extension: Some(extension.to_string()),
        }
    }

    /// A folder chooser starting in `directory` (the authenticator's backup folder).
    pub fn folder(title: String, directory: Option<PathBuf>) -> Self {
        FileRequest {
            kind: DialogKind::Folder,
            title,
            directory,
            file_name: None,
            extension: None,
        }
    }

    /// An Open dialog (one existing file) starting in `directory`.
    pub fn open(title: String, directory: Option<PathBuf>) -> Self {
        FileRequest {
            kind: DialogKind::Open,
            title,
            directory,
            file_name: None,
            extension: None,
        }
    }
}

/// How the commands get a file from the person.
#[derive(Debug, Default)]
pub enum FileDialogs {
    /// The system's own dialogs, over the main window.
    #[default]
    Native,
    /// Answers given in advance, in order, and a record of what was asked: for tests, where the
    /// mock runtime has no window to open a dialog over. An answer of `None` (or no answer left)
    /// is a cancelled dialog.
    Scripted(Mutex<Script>),
}

/// The answers a scripted dialog gives and what it was asked.
#[derive(Debug, Default)]
pub struct Script {
    pub answers: VecDeque<Option<PathBuf>>,
    pub asked: Vec<FileRequest>,
}

impl FileDialogs {
    /// Dialogs that answer `answers` in order.
    pub fn scripted(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        FileDialogs::Scripted(Mutex::new(Script {
            answers: answers.into_iter().collect(),
            asked: Vec::new(),
        }))
    }

    /// What the scripted dialogs were asked, in order (nothing for native ones).
    pub fn asked(&self) -> Vec<FileRequest> {
        match self {
            FileDialogs::Native => Vec::new(),
            FileDialogs::Scripted(script) => lock(script).asked.clone(),
        }
    }
}

fn lock(script: &Mutex<Script>) -> std::sync::MutexGuard<'_, Script> {
    script
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A free file name in `dir`: `case-3.pdf`, then `case-3 (2).pdf`, …
fn free_name(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..1000)
        .map(|n| dir.join(format!("{stem} ({n}).{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// The name a Save dialog suggests: `stem.ext`, or the first free `stem (n).ext` in `dir`.
pub(crate) fn suggested_name(dir: Option<&Path>, stem: &str, ext: &str) -> String {
    match dir {
        Some(dir) => free_name(dir, stem, ext)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("{stem}.{ext}")),
        None => format!("{stem}.{ext}"),
    }
}

/// Shows the dialog and waits for the person's choice; `None` when they cancel. Blocks: call it
/// from an async command (never on the main thread) and never while holding the profile.
pub(crate) fn choose<R: Runtime>(
    app: &AppHandle<R>,
    dialogs: &FileDialogs,
    request: FileRequest,
) -> Option<PathBuf> {
    match dialogs {
        FileDialogs::Scripted(script) => {
            let mut script = lock(script);
            script.asked.push(request);
            script.answers.pop_front().flatten()
        }
        FileDialogs::Native => native(app, request),
    }
}

fn native<R: Runtime>(app: &AppHandle<R>, request: FileRequest) -> Option<PathBuf> {
    let mut dialog = app.dialog().file().set_title(request.title);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    if let Some(directory) = request.directory {
        dialog = dialog.set_directory(directory);
    }
    if let Some(name) = request.file_name {
        dialog = dialog.set_file_name(name);
    }
    if let Some(ext) = &request.extension {
        dialog = dialog.add_filter(format!("{} (*.{ext})", ext.to_uppercase()), &[ext.as_str()]);
    }
    let chosen = match request.kind {
        DialogKind::Save => dialog.blocking_save_file(),
        DialogKind::Open => dialog.blocking_pick_file(),
        DialogKind::Folder => dialog.blocking_pick_folder(),
    };
    chosen.and_then(|p| p.into_path().ok())
}
