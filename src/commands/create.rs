//! `pigello conn create`: POST one connection.

use serde_json::Value;

use crate::cli::{FieldArgs, GlobalArgs};
use crate::error::Error;
use crate::model::{body_from_args, Completeness};

pub fn run(global: &GlobalArgs, args: &FieldArgs) -> Result<(), Error> {
    let body = body_from_args(args, Completeness::Full)?;
    let (client, mut printer) = super::connect(global)?;
    let created = client.create(&body)?;
    printer.one(&Value::Object(created))?;
    Ok(())
}
