//! `pigello conn template`: a create body with every field, to fill in.

use serde_json::json;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::error::Error;
use crate::output::Printer;

pub fn run(global: &GlobalArgs, bulk: bool) -> Result<(), Error> {
    let zero = "00000000-0000-0000-0000-000000000000";
    let connection = json!({
        "content_type": {"id": zero},
        "object_id": zero,
        "external_id": "",
        "organization": {"id": zero},
        "hidden": false,
        "custom_id": null
    });
    // A table is no template: JSON unless NDJSON is asked for.
    let format = match global.output {
        Some(OutputFormat::Ndjson) => OutputFormat::Ndjson,
        _ => OutputFormat::Json,
    };
    let mut printer = Printer::stdout(format);
    if bulk {
        printer.many(&[connection])?;
    } else {
        printer.one(&connection)?;
    }
    Ok(())
}
