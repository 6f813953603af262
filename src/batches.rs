//! Sends records in batches, several requests in flight, and hands every
//! batch's outcome back in input order.
//!
//! Threads: the caller's closure `produce` reads the input on one thread and
//! cuts it into batches; `concurrency` workers send them; the calling thread
//! collects the outcomes, reordering them by batch number. A window of
//! permits bounds how many batches exist at once, so memory stays flat
//! whatever the size of the input.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;

use serde_json::Value;

use crate::error::Error;
use crate::model::{Position, Record};

pub struct Options {
    pub batch_size: usize,
    pub concurrency: usize,
    /// Go on sending after a batch failed.
    pub keep_going: bool,
}

pub struct Batch {
    pub index: usize,
    pub records: Vec<(Position, Record)>,
}

pub enum Outcome {
    /// The API answered with these objects, one per record.
    Applied(Vec<Value>),
    /// The request failed; its records were not applied, as far as is known.
    Failed(Error),
    /// Never sent: an earlier batch failed, or the run was interrupted.
    NotSent,
}

/// Runs the batches. `stop` is shared with whoever may interrupt the run;
/// once it is set no new request starts, requests in flight finish, and the
/// remaining batches come back as `NotSent`. A failed batch sets it too,
/// unless `keep_going`.
///
/// `produce` is handed a sink for the records, in order. `collect` sees every
/// batch exactly once, in order, whatever happens; it may set `stop` itself.
/// The error returned is the producer's (reading the input).
pub fn run<P, S, C>(
    options: &Options,
    stop: &AtomicBool,
    produce: P,
    send: S,
    mut collect: C,
) -> Result<(), Error>
where
    P: FnOnce(&mut dyn FnMut(Position, Record)) -> Result<(), Error> + Send,
    S: Fn(&Batch) -> Result<Vec<Value>, Error> + Sync,
    C: FnMut(Batch, Outcome),
{
    let batch_size = options.batch_size.max(1);
    let concurrency = options.concurrency.max(1);
    // Batches produced but not yet collected: enough to keep every worker
    // busy while the collector waits for a slow batch ahead of them.
    let window = concurrency * 2;

    let (work_tx, work_rx) = mpsc::sync_channel::<Batch>(concurrency);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(Batch, Outcome)>();
    let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        // Cannot fail: the channel has room for exactly this many.
        let _ = permit_tx.send(());
    }

    thread::scope(|scope| {
        let producer = scope.spawn(move || {
            let mut batch = Vec::with_capacity(batch_size);
            let mut index = 0;
            let mut dispatch = |records: Vec<(Position, Record)>| {
                // Both fail only once the other side is gone, when nothing
                // more is wanted anyway.
                if permit_rx.recv().is_ok() {
                    let _ = work_tx.send(Batch { index, records });
                }
                index += 1;
            };
            let result = produce(&mut |position, record| {
                batch.push((position, record));
                if batch.len() == batch_size {
                    dispatch(std::mem::replace(
                        &mut batch,
                        Vec::with_capacity(batch_size),
                    ));
                }
            });
            if !batch.is_empty() {
                dispatch(batch);
            }
            result
        });

        for _ in 0..concurrency {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            let send = &send;
            scope.spawn(move || loop {
                let next = match work_rx.lock() {
                    Ok(receiver) => receiver.recv(),
                    Err(_) => break,
                };
                let Ok(batch) = next else { break };
                let outcome = if stop.load(Ordering::SeqCst) {
                    Outcome::NotSent
                } else {
                    // A panic must not lose the batch: the collector waits
                    // for every batch in turn, and would wait forever.
                    let sent =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| send(&batch)))
                            .unwrap_or_else(|_| {
                                Err(Error::Internal(
                                    "sending a batch failed unexpectedly".to_owned(),
                                ))
                            });
                    match sent {
                        Ok(objects) => Outcome::Applied(objects),
                        Err(err) => {
                            if !options.keep_going {
                                stop.store(true, Ordering::SeqCst);
                            }
                            Outcome::Failed(err)
                        }
                    }
                };
                if done_tx.send((batch, outcome)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);

        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (batch, outcome) in done_rx {
            waiting.insert(batch.index, (batch, outcome));
            while let Some((batch, outcome)) = waiting.remove(&next) {
                next += 1;
                collect(batch, outcome);
                let _ = permit_tx.send(());
            }
        }
        producer
            .join()
            .unwrap_or_else(|_| Err(Error::Internal("the input reader stopped".to_owned())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    fn records(count: usize) -> impl FnOnce(&mut dyn FnMut(Position, Record)) -> Result<(), Error> {
        move |push| {
            for index in 0..count {
                let mut record = Record::new();
                record.insert("n".into(), json!(index));
                push(Position { index, line: None }, record);
            }
            Ok(())
        }
    }

    fn numbers(batch: &Batch) -> Vec<Value> {
        batch.records.iter().map(|(_, r)| r["n"].clone()).collect()
    }

    /// (batch index, outcome kind, first record number) for each collected batch.
    fn outcomes(
        options: &Options,
        count: usize,
        fail: &[usize],
    ) -> Vec<(usize, &'static str, usize)> {
        let stop = AtomicBool::new(false);
        let mut seen = Vec::new();
        run(
            options,
            &stop,
            records(count),
            |batch| {
                // Later batches answer sooner, to exercise the reordering.
                std::thread::sleep(Duration::from_millis(5 * (3 - batch.index as u64 % 3)));
                if fail.contains(&batch.index) {
                    Err(Error::Transport("down".into()))
                } else {
                    Ok(numbers(batch))
                }
            },
            |batch, outcome| {
                let kind = match outcome {
                    Outcome::Applied(objects) => {
                        assert_eq!(objects, numbers(&batch));
                        "applied"
                    }
                    Outcome::Failed(_) => "failed",
                    Outcome::NotSent => "not sent",
                };
                seen.push((batch.index, kind, batch.records[0].0.index));
            },
        )
        .unwrap();
        seen
    }

    #[test]
    fn every_batch_comes_back_once_in_order() {
        let options = Options {
            batch_size: 3,
            concurrency: 4,
            keep_going: false,
        };
        let seen = outcomes(&options, 31, &[]);
        assert_eq!(seen.len(), 11);
        for (i, (index, kind, first)) in seen.iter().enumerate() {
            assert_eq!((*index, *kind, *first), (i, "applied", i * 3));
        }
    }

    #[test]
    fn after_a_failure_nothing_new_is_sent_unless_keep_going() {
        let options = Options {
            batch_size: 2,
            concurrency: 1,
            keep_going: false,
        };
        let kinds: Vec<&str> = outcomes(&options, 10, &[1]).iter().map(|s| s.1).collect();
        assert_eq!(
            kinds,
            ["applied", "failed", "not sent", "not sent", "not sent"]
        );

        let options = Options {
            batch_size: 2,
            concurrency: 1,
            keep_going: true,
        };
        let kinds: Vec<&str> = outcomes(&options, 10, &[1, 3])
            .iter()
            .map(|s| s.1)
            .collect();
        assert_eq!(kinds, ["applied", "failed", "applied", "failed", "applied"]);
    }

    #[test]
    fn no_more_requests_in_flight_than_the_concurrency() {
        let in_flight = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let options = Options {
            batch_size: 1,
            concurrency: 3,
            keep_going: false,
        };
        run(
            &options,
            &stop,
            records(30),
            |batch| {
                let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(3));
                in_flight.fetch_sub(1, Ordering::SeqCst);
                Ok(numbers(batch))
            },
            |_, _| {},
        )
        .unwrap();
        assert_eq!(most.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn a_collector_that_stops_still_sees_every_batch_and_nothing_more_is_sent() {
        let sent = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let options = Options {
            batch_size: 1,
            concurrency: 1,
            keep_going: false,
        };
        let mut kinds = Vec::new();
        run(
            &options,
            &stop,
            records(50),
            |batch| {
                sent.fetch_add(1, Ordering::SeqCst);
                Ok(numbers(batch))
            },
            |batch, outcome| {
                if batch.index == 0 {
                    stop.store(true, Ordering::SeqCst);
                }
                kinds.push(matches!(outcome, Outcome::NotSent));
            },
        )
        .unwrap();
        assert_eq!(kinds.len(), 50);
        // The window bounds what may already have been sent.
        let sent = sent.load(Ordering::SeqCst);
        assert!(sent <= 4, "{sent}");
        assert_eq!(
            kinds.iter().filter(|not_sent| **not_sent).count(),
            50 - sent
        );
    }

    #[test]
    fn a_panic_while_sending_fails_that_batch_and_hangs_nothing() {
        let stop = AtomicBool::new(false);
        let options = Options {
            batch_size: 1,
            concurrency: 2,
            keep_going: true,
        };
        let mut failed = Vec::new();
        run(
            &options,
            &stop,
            records(5),
            |batch| {
                if batch.index == 1 {
                    panic!("injected");
                }
                Ok(numbers(batch))
            },
            |batch, outcome| {
                if matches!(outcome, Outcome::Failed(Error::Internal(_))) {
                    failed.push(batch.index);
                }
            },
        )
        .unwrap();
        assert_eq!(failed, [1]);
    }
}
