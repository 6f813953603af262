//! Everything written to stderr or read from the terminal: error reports,
//! chatter meant only for people, and confirmation prompts.

use std::io::{self, BufRead, IsTerminal, Write};

use crate::error::Error;

/// Whether stderr is a person's terminal.
pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

/// Whether a prompt can be answered: both stdin and stderr are a terminal.
pub fn interactive() -> bool {
    io::stdin().is_terminal() && stderr_is_terminal()
}

fn colour() -> bool {
    stderr_is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}

/// Prints an error once, each part of a multiple error on its own line.
pub fn report(error: &Error) {
    if let Error::Several(errors) = error {
        errors.iter().for_each(report);
        return;
    }
    let prefix = if colour() {
        "\x1b[1;31merror:\x1b[0m"
    } else {
        "error:"
    };
    // Nothing useful can be done if stderr itself is gone.
    let _ = writeln!(io::stderr().lock(), "{prefix} {error}");
}

/// A message for a person at a terminal; scripts and logs do not get it.
pub fn notice(message: &str) {
    if stderr_is_terminal() {
        let _ = writeln!(io::stderr().lock(), "{message}");
    }
}

/// Asks a yes/no question on the terminal; anything but yes is no.
pub fn confirm(question: &str) -> io::Result<bool> {
    let mut stderr = io::stderr().lock();
    write!(stderr, "{question} [y/N] ")?;
    stderr.flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}
