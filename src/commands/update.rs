//! `pigello conn update PK`: PATCH only the fields given.

use serde_json::Value;

use crate::cli::{GlobalArgs, UpdateArgs};
use crate::error::Error;
use crate::model::{body_from_args, parse_pk, Completeness, Source};

pub fn run(global: &GlobalArgs, args: &UpdateArgs) -> Result<(), Error> {
    let pk = parse_pk(&args.pk).map_err(Error::input)?;
    let body = body_from_args(&args.fields, Completeness::Partial)?;
    if body.is_empty() {
        return Err(match &args.fields.file {
            Some(path) => Error::input(format!(
                "{}: no fields to update (read-only fields id, application_id and created_at are ignored)",
                Source::new(path).label()
            )),
            None => Error::Usage(
                "nothing to update: give at least one field flag (see --help) or -f FILE".to_owned(),
            ),
        });
    }
    let mut session = super::connect(global)?;
    if session.preview.is_some() {
        return session.show(&session.client.plan_update(&pk, &body)?);
    }
    let updated = session.client.update(&pk, &body)?;
    session.printer.one(&Value::Object(updated))?;
    Ok(())
}
