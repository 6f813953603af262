//! Everything written to stderr or read from the terminal: error reports,
//! chatter meant only for people, confirmation prompts, progress and Ctrl-C.

use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::ColorChoice;
use crate::error::Error;

/// Whether stderr is a person's terminal.
pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

/// Whether a prompt can be answered: both stdin and stderr are a terminal.
pub fn interactive() -> bool {
    io::stdin().is_terminal() && stderr_is_terminal()
}

/// `--color`: 0 auto, 1 always, 2 never.
static COLOUR: AtomicU8 = AtomicU8::new(0);

pub fn set_colour(choice: ColorChoice) {
    let value = match choice {
        ColorChoice::Auto => 0,
        ColorChoice::Always => 1,
        ColorChoice::Never => 2,
    };
    COLOUR.store(value, Ordering::Relaxed);
}

fn colour() -> bool {
    match COLOUR.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            stderr_is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        }
    }
}

/// Prints an error once, each part of a multiple error on its own line.
/// What is no failure (a closed pipe) is not printed.
pub fn report(error: &Error) {
    if let Error::Several(errors) = error {
        errors.iter().for_each(report);
        return;
    }
    if error.exit_code() == 0 {
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

/// A message for stderr, whether or not it is a terminal.
pub fn say(message: &str) {
    let _ = writeln!(io::stderr().lock(), "{message}");
}

/// A message for a person at a terminal; scripts and logs do not get it.
pub fn notice(message: &str) {
    if stderr_is_terminal() {
        let _ = writeln!(io::stderr().lock(), "{message}");
    }
}

/// Asks for a line on the terminal.
pub fn prompt(question: &str) -> io::Result<String> {
    let mut stderr = io::stderr().lock();
    write!(stderr, "{question}")?;
    stderr.flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(answer)
}

/// Asks a yes/no question on the terminal; anything but yes is no.
pub fn confirm(question: &str) -> io::Result<bool> {
    let answer = prompt(&format!("{question} [y/N] "))?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// Set by the first Ctrl-C; a second one ends the process at once.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Makes Ctrl-C (and a termination signal) set `stop` instead of ending
/// the process, so a run can finish what is in flight and say what was left
/// undone; `message` says what happens meanwhile.
pub fn catch_interrupts(stop: &'static AtomicBool, message: &'static str) {
    let handler = move || {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        stop.store(true, Ordering::SeqCst);
        let _ = writeln!(io::stderr().lock(), "\n{message}");
    };
    // Without the handler Ctrl-C ends the process, as it always did: worse,
    // but nothing to stop the run for.
    let _ = ctrlc::set_handler(handler);
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// A progress bar on stderr, only when stderr is a terminal.
pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn new(total: usize) -> Self {
        if !stderr_is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(
            "{bar:30} {human_pos}/{human_len} records  {per_sec}  ETA {eta}",
        ) {
            bar.set_style(style);
        }
        Progress(Some(bar))
    }

    pub fn advance(&self, records: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(records as u64);
        }
    }

    /// Reports an error without garbling the bar.
    pub fn report(&self, error: &Error) {
        self.suspend(|| report(error));
    }

    /// Says something on stderr without garbling the bar.
    pub fn say(&self, message: &str) {
        self.suspend(|| say(message));
    }

    /// Runs `f` with the bar hidden: anything written to the terminal, on
    /// stdout too, then stays clear of it.
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.0 {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    pub fn finish(self) {
        if let Some(bar) = self.0 {
            bar.finish_and_clear();
        }
    }
}
