//! `pigello conn bulk -f FILE`: every record checked in a first pass, then
//! sent in batches to the bulk endpoint, several at a time. The results are
//! printed in input order as batches complete; records not applied go to the
//! failed output, so that applied + failed output = the input, always.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use tempfile::NamedTempFile;

use crate::batches::{self, Batch, Options, Outcome};
use crate::cli::{BulkArgs, GlobalArgs};
use crate::error::{BulkShortfall, Error};
use crate::files;
use crate::model::{Position, Record, Source};
use crate::records::Input;
use crate::terminal::{self, Progress};

/// How many failed batches are reported in full; the rest are counted.
const REPORTED_FAILURES: usize = 10;

/// Set on the first failure (unless --keep-going) or on Ctrl-C.
static STOP: AtomicBool = AtomicBool::new(false);

pub fn run(global: &GlobalArgs, args: &BulkArgs) -> Result<(), Error> {
    let started = Instant::now();
    let mut input = Input::open(&Source::new(&args.file))?;
    let total = input.check_all()?;
    let session = super::connect(global)?;
    if session.preview.is_some() {
        return preview(&session, &mut input, args.batch_size as usize);
    }
    let super::Session {
        client, printer, ..
    } = session;
    let mut failed_output = args
        .failed_output
        .as_deref()
        .map(FailedOutput::create)
        .transpose()?;

    terminal::catch_interrupts(
        &STOP,
        "interrupted: finishing the requests in flight (Ctrl-C again to quit at once)",
    );
    let progress = Progress::new(total);
    let mut results = printer.stream();
    let mut shortfall = BulkShortfall {
        total,
        failed_output: args.failed_output.clone(),
        ..BulkShortfall::default()
    };
    // Failures of our own outputs: each stops the sending, none loses a record.
    let mut output_error: Option<Error> = None;
    let mut kept_error: Option<Error> = None;
    let mut failures = 0;
    let label = input.label().to_owned();
    let options = Options {
        batch_size: args.batch_size as usize,
        concurrency: args.concurrency as usize,
        keep_going: args.keep_going,
    };

    let read = batches::run(
        &options,
        &STOP,
        |push| input.for_each(push),
        |batch| {
            let bodies: Vec<&Record> = batch.records.iter().map(|(_, record)| record).collect();
            client.bulk(&bodies)
        },
        |batch, outcome| {
            let count = batch.records.len();
            progress.advance(count);
            let outcome = match outcome {
                // One object a record, or the answer cannot be matched to them.
                Outcome::Applied(objects) if objects.len() != count => {
                    Outcome::Failed(Error::Transport(format!(
                        "the bulk endpoint answered {} objects for {count} records; \
                         the batch cannot be matched to its answer",
                        objects.len()
                    )))
                }
                other => other,
            };
            match outcome {
                Outcome::Applied(objects) => {
                    shortfall.applied += count;
                    if output_error.is_none() {
                        if let Err(err) = progress.suspend(|| results.items(&objects)) {
                            // Nobody reads the results: send no more.
                            STOP.store(true, Ordering::SeqCst);
                            output_error = Some(err.into());
                        }
                    }
                }
                Outcome::Failed(err) => {
                    shortfall.failed += count;
                    if !err.known_not_applied() {
                        shortfall.unknown += count;
                    }
                    shortfall.failure_code = shortfall.failure_code.max(Some(err.exit_code()));
                    failures += 1;
                    if failures <= REPORTED_FAILURES {
                        progress.report(&locate_item_errors(err, &label, &batch));
                    } else if failures == REPORTED_FAILURES + 1 {
                        progress.say("more batches failed; they are counted in the summary");
                    }
                    keep(&mut failed_output, &mut kept_error, &batch);
                }
                Outcome::NotSent => {
                    shortfall.not_sent += count;
                    keep(&mut failed_output, &mut kept_error, &batch);
                }
            }
        },
    );
    progress.finish();
    if output_error.is_none() {
        output_error = results.finish().err().map(Error::from);
    }
    // The failed output replaces its target only when complete: it may be
    // the very input of this run, and the only copy of what is left to do.
    if let Some(output) = failed_output {
        // Complete only if every record was read and written.
        if let Err(err) = output.keep(kept_error.is_none() && read.is_ok()) {
            kept_error.get_or_insert(err);
        }
    }

    shortfall.interrupted = terminal::interrupted();
    if global.verbose || terminal::stderr_is_terminal() {
        summarise(&shortfall, started);
    }
    let mut errors: Vec<Error> = Vec::new();
    errors.extend(read.err());
    errors.extend(kept_error);
    if shortfall.failed + shortfall.not_sent > 0 || shortfall.interrupted {
        errors.push(Error::Bulk(shortfall));
    }
    errors.extend(output_error);
    super::combine(errors)
}

/// Writes a batch not applied to the failed output; the first failure to
/// do so stops the sending, as nothing more could be kept.
fn keep(output: &mut Option<FailedOutput>, error: &mut Option<Error>, batch: &Batch) {
    if error.is_some() {
        return;
    }
    if let Some(output) = output {
        if let Err(err) = output.write(batch) {
            STOP.store(true, Ordering::SeqCst);
            *error = Some(err);
        }
    }
}

/// Shows the request of every batch instead of sending it.
fn preview(session: &super::Session, input: &mut Input, batch_size: usize) -> Result<(), Error> {
    let mut batch: Vec<Record> = Vec::with_capacity(batch_size);
    let mut result = Ok(());
    let mut show = |batch: &mut Vec<Record>| {
        if result.is_ok() {
            let bodies: Vec<&Record> = batch.iter().collect();
            result = session
                .client
                .plan_bulk(&bodies)
                .and_then(|plan| session.show(&plan));
        }
        batch.clear();
    };
    input.for_each(|_, record| {
        batch.push(record);
        if batch.len() == batch_size {
            show(&mut batch);
        }
    })?;
    if !batch.is_empty() {
        show(&mut batch);
    }
    result
}

fn summarise(shortfall: &BulkShortfall, started: Instant) {
    let seconds = started.elapsed().as_secs_f64();
    terminal::say(&format!(
        "{} records: {} sent, {} applied, {} failed, {} not sent, in {seconds:.2} s",
        shortfall.total,
        shortfall.applied + shortfall.failed,
        shortfall.applied,
        shortfall.failed,
        shortfall.not_sent
    ));
}

/// Names each per-item error of a failed batch by its record in the input.
fn locate_item_errors(err: Error, label: &str, batch: &Batch) -> Error {
    let Error::Api(mut failure) = err else {
        return err;
    };
    for (index, line) in std::mem::take(&mut failure.items) {
        let place = match batch.records.get(index) {
            Some((position, _)) => format!("{label}: {position}"),
            None => format!("item [{index}] of the answer"),
        };
        failure.details.push(format!("{place}: {line}"));
    }
    if failure.details.is_empty() {
        let (first, last) = span(batch);
        failure
            .details
            .push(format!("{label}: {first} to {last} were not applied"));
    }
    Error::Api(failure)
}

fn span(batch: &Batch) -> (Position, Position) {
    let first = batch.records.first().map(|(p, _)| *p);
    let last = batch.records.last().map(|(p, _)| *p);
    let none = Position {
        index: 0,
        line: None,
    };
    (first.unwrap_or(none), last.unwrap_or(none))
}

/// The records not applied, as NDJSON. Written to a temporary file beside
/// the target and renamed at the end, so that the target may even be the
/// input being resumed from.
struct FailedOutput {
    path: PathBuf,
    file: BufWriter<NamedTempFile>,
}

impl FailedOutput {
    fn create(path: &Path) -> Result<Self, Error> {
        if path.is_dir() {
            return Err(Error::Usage(format!(
                "--failed-output {}: is a folder; name a file",
                path.display()
            )));
        }
        let file = files::temporary_beside(path).map_err(|err| {
            Error::Usage(format!(
                "--failed-output {}: cannot create a file in {}: {err}",
                path.display(),
                files::folder_of(path).display()
            ))
        })?;
        Ok(FailedOutput {
            path: path.to_owned(),
            file: BufWriter::new(file),
        })
    }

    fn write(&mut self, batch: &Batch) -> Result<(), Error> {
        for (_, record) in &batch.records {
            serde_json::to_writer(&mut self.file, record)
                .map_err(std::io::Error::from)
                .and_then(|()| self.file.write_all(b"\n"))
                .map_err(|err| self.cannot_write(&err))?;
        }
        Ok(())
    }

    /// Renames the file over its target when `complete`; else, or when the
    /// rename fails, leaves it where it is and says where that is.
    fn keep(self, complete: bool) -> Result<(), Error> {
        let path = self.path.clone();
        let file = self
            .file
            .into_inner()
            .map_err(|err| cannot_write(&path, &err.into_error()))?;
        if let Err(err) = file.as_file().sync_all() {
            return Err(cannot_write(&path, &err));
        }
        if !complete {
            // Incomplete: the target stays as it was, and this goes.
            drop(file);
            return Ok(());
        }
        match file.persist(&path) {
            Ok(_) => Ok(()),
            Err(err) => {
                let kept = err.file.keep().map(|(_, kept)| kept);
                let place = match kept {
                    Ok(kept) => format!("; the records not applied are in {}", kept.display()),
                    Err(_) => String::new(),
                };
                Err(Error::Internal(format!(
                    "cannot put the failed output at {}: {}{place}",
                    path.display(),
                    err.error
                )))
            }
        }
    }

    fn cannot_write(&self, err: &std::io::Error) -> Error {
        cannot_write(&self.path, err)
    }
}

fn cannot_write(path: &Path, err: &std::io::Error) -> Error {
    Error::Internal(format!(
        "cannot write the failed output {}: {err}; it was left as it was, and no more \
         batches were sent",
        path.display()
    ))
}
