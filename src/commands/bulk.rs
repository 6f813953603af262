//! `pigello conn bulk -f FILE`: every record checked, then one POST to the
//! bulk endpoint; the API's per-item errors are mapped back to the records.

use crate::cli::{BulkArgs, GlobalArgs};
use crate::error::Error;
use crate::model::{read_records, Position, Record, Source};

pub fn run(global: &GlobalArgs, args: &BulkArgs) -> Result<(), Error> {
    let source = Source::new(&args.file);
    let records = read_records(&source)?;
    let (client, mut printer) = super::connect(global)?;
    let bodies: Vec<&Record> = records.iter().map(|(_, record)| record).collect();
    match client.bulk(&bodies) {
        Ok(applied) => {
            printer.many(&applied)?;
            Ok(())
        }
        Err(err) => Err(locate_item_errors(err, &source, &records)),
    }
}

/// Names each per-item error by the record it belongs to in the input.
fn locate_item_errors(err: Error, source: &Source, records: &[(Position, Record)]) -> Error {
    let Error::Api(mut failure) = err else {
        return err;
    };
    let label = source.label();
    for (index, line) in std::mem::take(&mut failure.items) {
        let place = match records.get(index) {
            Some((position, _)) => format!("{label}: {position}"),
            None => format!("item [{index}] of the answer"),
        };
        failure.details.push(format!("{place}: {line}"));
    }
    Error::Api(failure)
}
