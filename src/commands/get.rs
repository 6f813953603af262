//! `pigello conn get PK...`: one GET per PK; a failure does not stop the rest.

use serde_json::Value;

use crate::cli::{GlobalArgs, PkArgs};
use crate::error::Error;
use crate::model::{parse_pks, read_pks};

pub fn run(global: &GlobalArgs, args: &PkArgs) -> Result<(), Error> {
    let pks = parse_pks(&read_pks(&args.pks)?)?;
    let mut session = super::connect(global)?;
    if session.preview.is_some() {
        for pk in &pks {
            session.show(&session.client.plan_get(pk))?;
        }
        return Ok(());
    }
    let (client, printer) = (&session.client, &mut session.printer);
    let mut found = Vec::with_capacity(pks.len());
    let mut errors = Vec::new();
    for pk in &pks {
        match client.get(pk) {
            Ok(record) => found.push(Value::Object(record)),
            Err(err) => errors.push(err),
        }
    }
    // The shape follows the request, not the outcome: several PKs, an array.
    let printed = match found.as_slice() {
        [one] if pks.len() == 1 => printer.one(one),
        [] if pks.len() == 1 => Ok(()),
        _ => printer.many(&found),
    };
    // A closed stdout must not hide that a PK failed.
    errors.extend(printed.err().map(Error::from));
    super::combine(errors)
}
