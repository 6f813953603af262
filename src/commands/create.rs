//! `pigello conn create`: POST one connection.

use serde_json::Value;

use crate::cli::{FieldArgs, GlobalArgs};
use crate::error::Error;
use crate::model::{body_from_args, Completeness};

pub fn run(global: &GlobalArgs, args: &FieldArgs) -> Result<(), Error> {
    let body = body_from_args(args, Completeness::Full)?;
    let mut session = super::connect(global)?;
    if session.preview.is_some() {
        return session.show(&session.client.plan_create(&body)?);
    }
    let created = session.client.create(&body)?;
    session.printer.one(&Value::Object(created))?;
    Ok(())
}
