//! `pigello conn delete PK...`: confirmed on a terminal, `--yes` elsewhere.

use crate::cli::{DeleteArgs, GlobalArgs};
use crate::error::Error;
use crate::model::{parse_pks, read_pks};
use crate::terminal;

pub fn run(global: &GlobalArgs, args: &DeleteArgs) -> Result<(), Error> {
    let pks = parse_pks(&read_pks(&args.pks.pks)?)?;
    // Settings first, so nobody confirms a deletion that cannot be sent.
    let session = super::connect(global)?;
    if session.preview.is_some() {
        for pk in &pks {
            session.show(&session.client.plan_delete(pk))?;
        }
        return Ok(());
    }
    let client = &session.client;
    if !args.yes {
        confirm(&pks)?;
    }
    let mut errors = Vec::new();
    for pk in &pks {
        match client.delete(pk) {
            Ok(()) => terminal::notice(&format!("deleted {pk}")),
            Err(err) => errors.push(err),
        }
    }
    super::combine(errors)
}

fn confirm(pks: &[String]) -> Result<(), Error> {
    if !terminal::interactive() {
        return Err(Error::Usage(
            "refusing to delete without --yes when not run from a terminal".to_owned(),
        ));
    }
    let question = match pks {
        [one] => format!("Delete connection {one}?"),
        _ => format!("Delete {} connections ({})?", pks.len(), pks.join(", ")),
    };
    let confirmed = terminal::confirm(&question)
        .map_err(|err| Error::Internal(format!("cannot read the answer: {err}")))?;
    if confirmed {
        Ok(())
    } else {
        Err(Error::Usage(
            "not confirmed; nothing was deleted".to_owned(),
        ))
    }
}
