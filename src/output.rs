//! The only writer of stdout: results as a table, JSON or NDJSON, written to
//! any `impl Write` so it can be tested without a process.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde_json::Value;

use crate::cli::OutputFormat;

/// The format to print in: the one asked for, else a table on a terminal and
/// JSON in a pipe or file.
pub fn choose_format(asked: Option<OutputFormat>) -> OutputFormat {
    asked.unwrap_or_else(|| {
        if io::stdout().is_terminal() {
            OutputFormat::Table
        } else {
            OutputFormat::Json
        }
    })
}

/// Bytes that are already the result, such as a completion script.
pub fn raw(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

pub struct Printer<W: Write> {
    out: W,
    format: OutputFormat,
}

impl Printer<io::BufWriter<io::StdoutLock<'static>>> {
    pub fn stdout(format: OutputFormat) -> Self {
        Printer::new(io::BufWriter::new(io::stdout().lock()), format)
    }
}

impl<W: Write> Printer<W> {
    pub fn new(out: W, format: OutputFormat) -> Self {
        Printer { out, format }
    }

    /// One result: an object in JSON, field/value rows in a table.
    pub fn one(&mut self, object: &Value) -> io::Result<()> {
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut self.out, object)?;
                writeln!(self.out)?;
            }
            OutputFormat::Ndjson => self.ndjson(std::slice::from_ref(object))?,
            OutputFormat::Table => writeln!(self.out, "{}", record_table(object))?,
        }
        self.out.flush()
    }

    /// Several results: an array in JSON, a row per object in a table.
    pub fn many(&mut self, objects: &[Value]) -> io::Result<()> {
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut self.out, objects)?;
                writeln!(self.out)?;
            }
            OutputFormat::Ndjson => self.ndjson(objects)?,
            OutputFormat::Table if objects.is_empty() => {}
            OutputFormat::Table => writeln!(self.out, "{}", rows_table(objects))?,
        }
        self.out.flush()
    }

    fn ndjson(&mut self, objects: &[Value]) -> io::Result<()> {
        for object in objects {
            serde_json::to_writer(&mut self.out, object)?;
            writeln!(self.out)?;
        }
        Ok(())
    }
}

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table
}

fn record_table(object: &Value) -> Table {
    let mut table = new_table();
    table.set_header(["field", "value"]);
    match object {
        Value::Object(fields) => {
            for (key, value) in fields {
                table.add_row([key.as_str(), &cell(value)]);
            }
        }
        other => {
            table.add_row(["", &cell(other)]);
        }
    }
    table
}

/// One row per object; the columns are every field seen, in order of first
/// appearance, so fields the API adds later are shown too.
fn rows_table(objects: &[Value]) -> Table {
    let mut columns: Vec<&str> = Vec::new();
    for fields in objects.iter().filter_map(Value::as_object) {
        for key in fields.keys() {
            if !columns.contains(&key.as_str()) {
                columns.push(key);
            }
        }
    }
    let mut table = new_table();
    table.set_header(columns.clone());
    for object in objects {
        table.add_row(
            columns
                .iter()
                .map(|column| object.get(*column).map(cell).unwrap_or_default()),
        );
    }
    table
}

/// A value as a table shows it: references by their id, null as empty.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Object(fields) if fields.len() == 1 && fields.contains_key("id") => {
            cell(&fields["id"])
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(format: OutputFormat, print: impl FnOnce(&mut Printer<&mut Vec<u8>>)) -> String {
        let mut out = Vec::new();
        print(&mut Printer::new(&mut out, format));
        String::from_utf8(out).unwrap()
    }

    fn sample() -> Value {
        json!({"id": "a", "content_type": {"id": "ct"}, "organization": null, "hidden": true, "extra": [1]})
    }

    #[test]
    fn json_keeps_every_field_in_order() {
        let text = render(OutputFormat::Json, |p| p.one(&sample()).unwrap());
        assert_eq!(
            text,
            "{\n  \"id\": \"a\",\n  \"content_type\": {\n    \"id\": \"ct\"\n  },\n  \"organization\": null,\n  \"hidden\": true,\n  \"extra\": [\n    1\n  ]\n}\n"
        );
        let text = render(OutputFormat::Json, |p| p.many(&[json!({"a": 1})]).unwrap());
        assert_eq!(text, "[\n  {\n    \"a\": 1\n  }\n]\n");
    }

    #[test]
    fn ndjson_is_one_compact_object_per_line() {
        let text = render(OutputFormat::Ndjson, |p| {
            p.many(&[json!({"a": 1}), json!({"b": [2]})]).unwrap()
        });
        assert_eq!(text, "{\"a\":1}\n{\"b\":[2]}\n");
    }

    #[test]
    fn tables_show_references_by_id_and_null_as_empty() {
        let text = render(OutputFormat::Table, |p| p.one(&sample()).unwrap());
        assert_eq!(
            text,
            "\
┌──────────────┬───────┐
│ field        ┆ value │
╞══════════════╪═══════╡
│ id           ┆ a     │
│ content_type ┆ ct    │
│ organization ┆       │
│ hidden       ┆ true  │
│ extra        ┆ [1]   │
└──────────────┴───────┘
"
        );
    }

    #[test]
    fn several_objects_share_columns_in_first_seen_order() {
        let text = render(OutputFormat::Table, |p| {
            p.many(&[json!({"id": "1", "a": "x"}), json!({"id": "2", "b": "y"})])
                .unwrap()
        });
        assert_eq!(
            text,
            "\
┌────┬───┬───┐
│ id ┆ a ┆ b │
╞════╪═══╪═══╡
│ 1  ┆ x ┆   │
│ 2  ┆   ┆ y │
└────┴───┴───┘
"
        );
    }
}
