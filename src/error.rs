//! The one error type, and the single place where exit codes are decided.

use std::fmt;

/// Everything that can end a run unsuccessfully.
///
/// Each variant carries enough context (file, record, URL) to be printed as
/// is; `exit_code()` maps it to the documented exit status.
#[derive(Debug)]
pub enum Error {
    /// Something the program itself got wrong, or an I/O failure outside the
    /// user's input (for example writing stdout).
    Internal(String),
    /// The command line asks for something that cannot be done.
    Usage(String),
    /// Settings are missing or invalid, a profile is unknown, the config file
    /// cannot be read.
    Config(String),
    /// Invalid input: a body file, a record or a PK. Nothing was sent.
    Input(Problems),
    /// The API answered with a status that is not a success.
    Api(Box<ApiFailure>),
    /// The request did not get a usable answer: connection, timeout, or a
    /// response that cannot be understood.
    Transport(String),
    /// Several independent operations failed (one per PK); each is reported.
    Several(Vec<Error>),
    /// Writing the results to stdout failed.
    Output(std::io::Error),
    /// A bulk run left some records not applied.
    Bulk(BulkShortfall),
}

/// What a bulk run did not apply, and why.
#[derive(Debug, Default)]
pub struct BulkShortfall {
    pub total: usize,
    pub applied: usize,
    /// Records in requests that failed.
    pub failed: usize,
    /// Of those, records whose request may have been applied all the same
    /// (no answer, or a server error).
    pub unknown: usize,
    /// Records never sent: after a failure, or after an interrupt.
    pub not_sent: usize,
    /// The exit code of the worst failed request, if any failed.
    pub failure_code: Option<u8>,
    pub interrupted: bool,
    /// Where the records not applied were written.
    pub failed_output: Option<std::path::PathBuf>,
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::Output(err)
    }
}

/// An unsuccessful answer from the API, with its errors made readable.
#[derive(Debug)]
pub struct ApiFailure {
    pub method: String,
    pub url: String,
    pub status: u16,
    pub reason: String,
    /// Readable lines, e.g. `external_id: This field may not be blank.`
    pub details: Vec<String>,
    /// Errors of a bulk request's items: (index in the request, readable line).
    pub items: Vec<(usize, String)>,
}

/// How many detail lines an error prints before summarising the rest.
const MAX_DETAILS: usize = 50;

/// What is wrong with an input: the first problems in full, and how many
/// there were in all (a large file may have millions).
#[derive(Debug, Default)]
pub struct Problems {
    pub lines: Vec<String>,
    pub total: usize,
}

impl Problems {
    pub fn push(&mut self, line: String) {
        self.total += 1;
        if self.lines.len() < MAX_DETAILS {
            self.lines.push(line);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

impl FromIterator<String> for Problems {
    fn from_iter<I: IntoIterator<Item = String>>(lines: I) -> Self {
        let mut problems = Problems::default();
        lines.into_iter().for_each(|line| problems.push(line));
        problems
    }
}

impl From<Vec<String>> for Problems {
    fn from(lines: Vec<String>) -> Self {
        lines.into_iter().collect()
    }
}

impl Error {
    /// Whether the request surely changed nothing: the API answered with a
    /// refusal (4xx). A server error or a lost answer leaves it unknown.
    pub fn known_not_applied(&self) -> bool {
        matches!(self, Error::Api(failure) if (400..500).contains(&failure.status))
    }

    /// The process exit status for this error. See the table in README.md.
    pub fn exit_code(&self) -> u8 {
        match self {
            // A reader that stopped early (`| head`) is not a failure.
            Error::Output(err) if err.kind() == std::io::ErrorKind::BrokenPipe => 0,
            Error::Internal(_) | Error::Output(_) => 1,
            Error::Usage(_) => 2,
            Error::Config(_) => 3,
            Error::Input(_) => 4,
            Error::Api(failure) => match failure.status {
                404 => 6,
                401 | 403 => 7,
                400..=499 => 5,
                _ => 8,
            },
            Error::Transport(_) => 8,
            Error::Bulk(shortfall) if shortfall.interrupted => 130,
            Error::Bulk(shortfall) if shortfall.applied > 0 => 9,
            Error::Bulk(shortfall) => shortfall.failure_code.unwrap_or(1),
            // The worst failure decides; higher codes are the more serious classes.
            Error::Several(errors) => errors.iter().map(Error::exit_code).max().unwrap_or(1),
        }
    }

    /// An input error with a single problem.
    pub fn input(problem: impl Into<String>) -> Self {
        Error::Input(vec![problem.into()].into())
    }
}

/// Writes up to `MAX_DETAILS` lines, then how many of `total` were left out.
fn write_details(f: &mut fmt::Formatter<'_>, details: &[String], total: usize) -> fmt::Result {
    for line in details.iter().take(MAX_DETAILS) {
        write!(f, "\n  {line}")?;
    }
    let shown = details.len().min(MAX_DETAILS);
    if total > shown {
        write!(f, "\n  ... and {} more", total - shown)?;
    }
    Ok(())
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Internal(msg) | Error::Usage(msg) | Error::Config(msg) => f.write_str(msg),
            Error::Transport(msg) => f.write_str(msg),
            Error::Output(err) => write!(f, "cannot write the results: {err}"),
            Error::Bulk(shortfall) => shortfall.fmt(f),
            Error::Input(problems) => match problems.lines.as_slice() {
                [one] if problems.total == 1 => write!(f, "{one}\nnothing was sent"),
                lines => {
                    let total = problems.total;
                    write!(f, "{total} problems in the input, nothing was sent:")?;
                    write_details(f, lines, total)
                }
            },
            Error::Api(failure) => {
                write!(
                    f,
                    "{} {} answered {}",
                    failure.method, failure.url, failure.status
                )?;
                if !failure.reason.is_empty() {
                    write!(f, " {}", failure.reason)?;
                }
                let items = failure
                    .items
                    .iter()
                    .map(|(index, line)| format!("record [{index}]: {line}"));
                let lines: Vec<String> = failure.details.iter().cloned().chain(items).collect();
                write_details(f, &lines, lines.len())
            }
            Error::Several(errors) => {
                for (i, error) in errors.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\nerror: ")?;
                    }
                    write!(f, "{error}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

impl fmt::Display for BulkShortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let not_applied = self.failed + self.not_sent;
        let unknown = match self.unknown {
            0 => String::new(),
            n => format!(", {n} of them with an outcome unknown"),
        };
        let interrupted = if self.interrupted {
            " after an interrupt"
        } else {
            ""
        };
        write!(
            f,
            "{not_applied} of {} records not applied ({} in failed requests{unknown}, {} not \
             sent{interrupted})",
            self.total, self.failed, self.not_sent,
        )?;
        match &self.failed_output {
            Some(path) => write!(
                f,
                "; they are in {path}: resume with `pigello conn bulk -f {path}`",
                path = path.display()
            ),
            None => f.write_str("; --failed-output PATH keeps them for a resume"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16) -> Error {
        Error::Api(Box::new(ApiFailure {
            method: "GET".into(),
            url: "http://127.0.0.1/x/".into(),
            status,
            reason: String::new(),
            details: vec![],
            items: vec![],
        }))
    }

    #[test]
    fn exit_codes_follow_the_documented_table() {
        assert_eq!(Error::Internal("x".into()).exit_code(), 1);
        assert_eq!(Error::Usage("x".into()).exit_code(), 2);
        assert_eq!(Error::Config("x".into()).exit_code(), 3);
        assert_eq!(Error::input("x").exit_code(), 4);
        assert_eq!(api(400).exit_code(), 5);
        assert_eq!(api(409).exit_code(), 5);
        assert_eq!(api(429).exit_code(), 5);
        assert_eq!(api(404).exit_code(), 6);
        assert_eq!(api(401).exit_code(), 7);
        assert_eq!(api(403).exit_code(), 7);
        assert_eq!(api(500).exit_code(), 8);
        assert_eq!(api(503).exit_code(), 8);
        assert_eq!(api(302).exit_code(), 8);
        assert_eq!(Error::Transport("x".into()).exit_code(), 8);
    }

    #[test]
    fn a_bulk_shortfall_is_9_when_partly_applied_else_the_failure_class() {
        let partly = BulkShortfall {
            total: 10,
            applied: 5,
            failed: 5,
            failure_code: Some(5),
            ..Default::default()
        };
        assert_eq!(Error::Bulk(partly).exit_code(), 9);
        let none = BulkShortfall {
            total: 10,
            failed: 2,
            not_sent: 8,
            failure_code: Some(7),
            ..Default::default()
        };
        assert_eq!(Error::Bulk(none).exit_code(), 7);
        let interrupted = BulkShortfall {
            total: 10,
            applied: 5,
            not_sent: 5,
            interrupted: true,
            ..Default::default()
        };
        assert_eq!(Error::Bulk(interrupted).exit_code(), 130);
    }

    #[test]
    fn the_worst_of_several_errors_decides() {
        assert_eq!(
            Error::Several(vec![api(404), api(401), api(400)]).exit_code(),
            7
        );
        assert_eq!(
            Error::Several(vec![api(404), Error::Transport("x".into())]).exit_code(),
            8
        );
    }

    #[test]
    fn long_detail_lists_are_capped() {
        let problems: Vec<String> = (0..60).map(|i| format!("p{i}")).collect();
        let problems = Problems::from(problems);
        assert_eq!((problems.lines.len(), problems.total), (50, 60));
        let text = Error::Input(problems).to_string();
        assert!(text.starts_with("60 problems in the input, nothing was sent:\n  p0\n"));
        assert!(text.contains("\n  p49\n  ... and 10 more"));
        assert!(!text.contains("p50"));
    }
}
