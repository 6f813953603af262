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

    /// Results that arrive a part at a time, printed as they come: an array
    /// in JSON, a line per object in NDJSON, rows of one table.
    pub fn stream(self) -> Stream<W> {
        Stream {
            printer: self,
            written: 0,
            table: None,
        }
    }
}

pub struct Stream<W: Write> {
    printer: Printer<W>,
    written: usize,
    table: Option<StreamTable>,
}

impl<W: Write> Stream<W> {
    pub fn items(&mut self, objects: &[Value]) -> io::Result<()> {
        let out = &mut self.printer.out;
        match self.printer.format {
            OutputFormat::Json => {
                for object in objects {
                    out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                    // Indented one level, as the element of a pretty array is.
                    let text = serde_json::to_string_pretty(object)?;
                    for (i, line) in text.split('\n').enumerate() {
                        out.write_all(if i == 0 { b"  " } else { b"\n  " })?;
                        out.write_all(line.as_bytes())?;
                    }
                    self.written += 1;
                }
            }
            OutputFormat::Ndjson => self.printer.ndjson(objects)?,
            OutputFormat::Table => {
                if objects.is_empty() {
                    return Ok(());
                }
                let table = self.table.get_or_insert_with(|| StreamTable::new(objects));
                if self.written == 0 {
                    table.header(out)?;
                }
                for object in objects {
                    table.row(out, object)?;
                }
                self.written += objects.len();
            }
        }
        self.printer.out.flush()
    }

    pub fn finish(mut self) -> io::Result<()> {
        let out = &mut self.printer.out;
        if self.printer.format == OutputFormat::Json {
            out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        out.flush()
    }
}

/// A table printed row by row: columns and widths are fixed by the first
/// part of the results. A longer value later pushes its row out of line
/// rather than being cut: the data matters more than the alignment.
struct StreamTable {
    columns: Vec<String>,
    widths: Vec<usize>,
}

const STREAM_COLUMN_MAX: usize = 40;

impl StreamTable {
    fn new(first: &[Value]) -> Self {
        let columns: Vec<String> = columns(first).into_iter().map(str::to_owned).collect();
        let widths = columns
            .iter()
            .map(|column| {
                first
                    .iter()
                    .filter_map(|object| object.get(column))
                    .map(|value| cell(value).chars().count())
                    .chain([column.chars().count()])
                    .max()
                    .unwrap_or(0)
                    .min(STREAM_COLUMN_MAX)
            })
            .collect();
        StreamTable { columns, widths }
    }

    fn header(&self, out: &mut impl Write) -> io::Result<()> {
        let cells: Vec<String> = self.columns.iter().map(|c| c.to_uppercase()).collect();
        self.line(out, &cells)
    }

    fn row(&self, out: &mut impl Write, object: &Value) -> io::Result<()> {
        let cells: Vec<String> = self
            .columns
            .iter()
            .map(|column| object.get(column).map(cell).unwrap_or_default())
            .collect();
        self.line(out, &cells)
    }

    fn line(&self, out: &mut impl Write, cells: &[String]) -> io::Result<()> {
        let mut line = String::new();
        for (i, (text, width)) in cells.iter().zip(&self.widths).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(text);
            let length = text.chars().count();
            line.extend(std::iter::repeat_n(' ', width.saturating_sub(length)));
        }
        writeln!(out, "{}", line.trim_end())
    }
}

fn new_table() -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    // Fit the terminal, when it knows its width: a new pseudo-terminal may
    // say 0, and a table squeezed to nothing helps nobody.
    if table.width().is_some_and(|width| width > 0) {
        table.set_content_arrangement(ContentArrangement::Dynamic);
    }
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
    let columns = columns(objects);
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

/// Every field of the objects, in order of first appearance.
fn columns(objects: &[Value]) -> Vec<&str> {
    let mut columns: Vec<&str> = Vec::new();
    for fields in objects.iter().filter_map(Value::as_object) {
        for key in fields.keys() {
            if !columns.contains(&key.as_str()) {
                columns.push(key);
            }
        }
    }
    columns
}

/// A value as a table shows it: references by their id, null as empty, and
/// control characters escaped, so that no escape sequence from the server
/// reaches the terminal.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) if text.chars().any(char::is_control) => text
            .chars()
            .flat_map(|c| {
                let escaped: Vec<char> = if c.is_control() {
                    c.escape_default().collect()
                } else {
                    vec![c]
                };
                escaped
            })
            .collect(),
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
    fn a_streamed_json_array_is_the_same_as_a_whole_one() {
        let objects = [sample(), json!({"a": 1}), json!({"b": {"c": [1, 2]}})];
        let whole = render(OutputFormat::Json, |p| p.many(&objects).unwrap());
        let mut out = Vec::new();
        let mut stream = Printer::new(&mut out, OutputFormat::Json).stream();
        stream.items(&objects[..2]).unwrap();
        stream.items(&[]).unwrap();
        stream.items(&objects[2..]).unwrap();
        stream.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), whole);

        let mut out = Vec::new();
        Printer::new(&mut out, OutputFormat::Json)
            .stream()
            .finish()
            .unwrap();
        assert_eq!(out, b"[]\n");
    }

    #[test]
    fn a_streamed_table_keeps_the_first_parts_columns() {
        let mut out = Vec::new();
        let mut stream = Printer::new(&mut out, OutputFormat::Table).stream();
        stream
            .items(&[json!({"id": "1", "content_type": {"id": "ct"}, "external_id": "x"})])
            .unwrap();
        stream
            .items(&[json!({"id": "2", "external_id": "a-much-longer-value-than-the-column-is-wide-by-far"})])
            .unwrap();
        stream.finish().unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "ID  CONTENT_TYPE  EXTERNAL_ID\n\
             1   ct            x\n\
             2                 a-much-longer-value-than-the-column-is-wide-by-far\n"
        );
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
    fn control_characters_in_cells_are_escaped() {
        assert_eq!(cell(&json!("a\u{1b}[31mred\nb")), "a\\u{1b}[31mred\\nb");
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
