//! `pigello conn bulk -f FILE`: every record checked in a first pass, then
//! sent in batches to the bulk endpoint, several at a time. The results are
//! printed in input order as batches complete; records not applied go to the
//! failed output, so that applied + failed output = the input, always.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use tempfile::NamedTempFile;

use crate::batches::{self, Batch, Options, Outcome};
use crate::cli::{BulkArgs, GlobalArgs};
use crate::error::{BulkShortfall, Error};
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

    terminal::catch_interrupts(&STOP);
    let progress = Progress::new(total);
    let mut results = printer.stream();
    let mut shortfall = BulkShortfall {
        total,
        failed_output: args.failed_output.clone(),
        ..BulkShortfall::default()
    };
    let mut failures = 0;
    let label = input.label().to_owned();
    let options = Options {
        batch_size: args.batch_size as usize,
        concurrency: args.concurrency as usize,
        keep_going: args.keep_going,
    };

    let sent = batches::run(
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
            match outcome {
                Outcome::Applied(objects) => {
                    shortfall.applied += count;
                    results.items(&objects)?;
                }
                Outcome::Failed(err) => {
                    shortfall.failed += count;
                    let code = err.exit_code();
                    shortfall.failure_code = shortfall.failure_code.max(Some(code));
                    failures += 1;
                    if failures <= REPORTED_FAILURES {
                        progress.report(&locate_item_errors(err, &label, &batch));
                    } else if failures == REPORTED_FAILURES + 1 {
                        progress.report(&Error::Internal(
                            "more batches failed; they are counted in the summary".to_owned(),
                        ));
                    }
                    write_failed(&mut failed_output, &batch)?;
                }
                Outcome::NotSent => {
                    shortfall.not_sent += count;
                    write_failed(&mut failed_output, &batch)?;
                }
            }
            Ok(())
        },
    );
    progress.finish();
    // The failed output is kept whatever else went wrong: it is how a run resumes.
    let kept = failed_output.map(FailedOutput::keep).transpose();
    sent?;
    results.finish()?;
    kept?;

    shortfall.interrupted = terminal::interrupted();
    if global.verbose || terminal::stderr_is_terminal() {
        summarise(&shortfall, started);
    }
    if shortfall.failed + shortfall.not_sent == 0 && !shortfall.interrupted {
        Ok(())
    } else {
        Err(Error::Bulk(shortfall))
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
        "{} records: {} applied, {} failed, {} not sent, in {seconds:.2} s",
        shortfall.total, shortfall.applied, shortfall.failed, shortfall.not_sent
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

fn write_failed(output: &mut Option<FailedOutput>, batch: &Batch) -> Result<(), Error> {
    match output {
        Some(output) => output.write(batch),
        None => Ok(()),
    }
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
        let folder = match path.parent() {
            Some(folder) if !folder.as_os_str().is_empty() => folder,
            _ => Path::new("."),
        };
        let file = NamedTempFile::new_in(folder).map_err(|err| {
            Error::Usage(format!(
                "--failed-output {}: cannot create a file in {}: {err}",
                path.display(),
                folder.display()
            ))
        })?;
        Ok(FailedOutput {
            path: path.to_owned(),
            file: BufWriter::new(file),
        })
    }

    fn write(&mut self, batch: &Batch) -> Result<(), Error> {
        for (_, record) in &batch.records {
            serde_json::to_writer(&mut self.file, record).map_err(|err| self.failed(err.into()))?;
            self.file.write_all(b"\n").map_err(|err| self.failed(err))?;
        }
        Ok(())
    }

    fn keep(self) -> Result<(), Error> {
        let path = self.path.clone();
        let fail = |err: std::io::Error| {
            Error::Internal(format!(
                "cannot write the failed output {}: {err}",
                path.display()
            ))
        };
        let file = self
            .file
            .into_inner()
            .map_err(|err| fail(err.into_error()))?;
        file.as_file().sync_all().map_err(fail)?;
        file.persist(&path).map_err(|err| fail(err.error))?;
        Ok(())
    }

    fn failed(&self, err: std::io::Error) -> Error {
        Error::Internal(format!(
            "cannot write the failed output {}: {err}",
            self.path.display()
        ))
    }
}
