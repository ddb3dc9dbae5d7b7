//! What the command line reads from the person: files they name, standard input, and answers
//! typed at the terminal. Every read goes through one capped reader ([`read_capped`]), so a
//! device, an endless pipe or the wrong file gives a clear error instead of filling the memory.
//! Callers say what a failure means (the error codes are in `error`).

use std::io::{IsTerminal, Read};
use std::path::Path;

use zeroize::Zeroizing;

use crate::error::{CliError, NamedFile};

/// What a capped read got: at most the limit, plus one byte when there was more.
pub struct Capped {
    pub bytes: Zeroizing<Vec<u8>>,
    /// The source held more than the limit (`bytes` then holds the limit plus one byte).
    pub over: bool,
}

/// Reads at most `max` bytes, and one more to know whether there was more.
pub fn read_capped(reader: impl Read, max: u64) -> std::io::Result<Capped> {
    let mut bytes = Zeroizing::new(Vec::new());
    reader.take(max + 1).read_to_end(&mut bytes)?;
    let over = bytes.len() as u64 > max;
    Ok(Capped { bytes, over })
}

/// Why [`file`] could not read a file.
pub enum FileError {
    Open(std::io::Error),
    Read(std::io::Error),
    /// A regular file larger than the limit, with its real size (nothing was read).
    TooLarge(u64),
}

/// Reads a file of at most `max` bytes. A regular file's size is checked before reading, so a
/// "too large" error can say how large it really is; the read itself is capped too, since a
/// device or a pipe has no size (then `over` says there was more).
pub fn file(path: &Path, max: u64) -> Result<Capped, FileError> {
    let file = std::fs::File::open(path).map_err(FileError::Open)?;
    if let Ok(meta) = file.metadata() {
        if meta.is_file() && meta.len() > max {
            return Err(FileError::TooLarge(meta.len()));
        }
    }
    read_capped(file, max).map_err(FileError::Read)
}

/// A small text file the person named (a passphrase, password, token or list of codes), whole,
/// as UTF-8. Trimming is the caller's: a passphrase keeps everything but one final newline.
pub fn text_file(path: &Path, named: NamedFile) -> Result<Zeroizing<String>, CliError> {
    let shown = || path.display().to_string();
    let unreadable = |detail: String| CliError::Unreadable {
        file: named,
        path: shown(),
        detail,
    };
    let read = match file(path, named.max()) {
        Ok(read) if !read.over => read,
        Ok(_) | Err(FileError::TooLarge(_)) => return Err(named.too_large(shown())),
        Err(FileError::Open(e) | FileError::Read(e)) => return Err(unreadable(e.to_string())),
    };
    let text =
        std::str::from_utf8(&read.bytes).map_err(|_| unreadable(steward::t!("cli-not-utf8")))?;
    Ok(Zeroizing::new(text.to_string()))
}

/// `text` without the one line break `echo` adds (`\n` or `\r\n`); anything else is kept.
pub fn without_final_newline(text: &str) -> &str {
    text.strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(text)
}

/// The most read from standard input for a link, a setup key or backup codes: a link is at most
/// a few kilobytes (a QR code holds under 3 KB).
pub const MAX_STDIN_SECRET: u64 = 1024 * 1024;

/// A link, setup key or backup codes piped in (`what`: `link`, `setup_key` or `backup_codes`,
/// a code the error messages name in the reader's language), trimmed.
pub fn stdin_secret(what: &str) -> Result<Zeroizing<String>, CliError> {
    let unreadable = |detail: String| CliError::StdinUnreadable {
        what: what.to_string(),
        detail,
    };
    let read = read_capped(std::io::stdin().lock(), MAX_STDIN_SECRET)
        .map_err(|e| unreadable(e.to_string()))?;
    if read.over {
        return Err(CliError::StdinTooLarge {
            what: what.to_string(),
            max: MAX_STDIN_SECRET,
        });
    }
    let text =
        std::str::from_utf8(&read.bytes).map_err(|_| unreadable(steward::t!("cli-not-utf8")))?;
    Ok(Zeroizing::new(text.trim().to_string()))
}

/// A pasted transcript or a piped file, up to `max` bytes (and one more when there was more).
/// At a terminal, says how to end the paste first.
pub fn stdin_paste(max: u64) -> Result<Capped, CliError> {
    if std::io::stdin().is_terminal() {
        eprintln!("{}", steward::t!("cli-input-paste"));
    }
    read_capped(std::io::stdin().lock(), max).map_err(|e| CliError::CannotRead {
        what: "standard input".into(),
        detail: e.to_string(),
    })
}

/// Asks at the terminal without showing what is typed.
pub fn ask_hidden(prompt: &str) -> std::io::Result<Zeroizing<String>> {
    rpassword::prompt_password(prompt).map(Zeroizing::new)
}

/// Asks for a new secret twice; `failed` phrases a read error, `differ` two different answers.
pub fn ask_hidden_twice(
    first: &str,
    second: &str,
    failed: impl Fn(std::io::Error) -> CliError,
    differ: CliError,
) -> Result<Zeroizing<String>, CliError> {
    let one = ask_hidden(first).map_err(&failed)?;
    let two = ask_hidden(second).map_err(&failed)?;
    if *one != *two {
        return Err(differ);
    }
    Ok(one)
}

/// Asks a question on stderr and reads one line of answer, trimmed (empty when none).
pub fn ask_line(question: &str) -> String {
    eprint!("{question} ");
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    line.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_read_stops_one_byte_past_the_limit() {
        let read = read_capped(std::io::repeat(b'a'), 10).unwrap();
        assert!(read.over);
        assert_eq!(read.bytes.len(), 11);
        let read = read_capped(&b"0123456789"[..], 10).unwrap();
        assert!(!read.over);
        assert_eq!(read.bytes.len(), 10);
    }

    #[test]
    fn a_device_is_read_only_up_to_the_limit() {
        let read = file(Path::new("/dev/zero"), 1024).ok().unwrap();
        assert!(read.over);
        assert_eq!(read.bytes.len(), 1025);
    }

    #[test]
    fn a_large_regular_file_is_refused_before_reading_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        std::fs::File::create(&path)
            .unwrap()
            .set_len(70_000)
            .unwrap();
        assert!(matches!(
            file(&path, 65_536),
            Err(FileError::TooLarge(70_000))
        ));
        let err = text_file(&path, NamedFile::Passphrase).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{} holds more than 64 KiB, too much for the passphrase file. Give a file holding only that.",
                path.display()
            )
        );
        let err = text_file(&path, NamedFile::ExportPassword).unwrap_err();
        assert!(err
            .to_string()
            .ends_with(": it is larger than 64 KiB, too large to be a password file"));
    }

    #[test]
    fn only_the_final_newline_is_taken_off() {
        assert_eq!(without_final_newline("pass\n"), "pass");
        assert_eq!(without_final_newline("pass\r\n"), "pass");
        assert_eq!(without_final_newline("pass\n\n"), "pass\n");
        assert_eq!(without_final_newline(" pass "), " pass ");
    }
}
