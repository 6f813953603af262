//! Bulk input as a stream of records: a JSON array or NDJSON (one object per
//! line), from a file or from stdin. stdin is spooled to a temporary file so
//! the input can be read twice, once to check every record and once to send
//! them, with memory flat however long the input is.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek};

use serde::de::{Deserializer as _, SeqAccess, Visitor};
use serde_json::Value;

use crate::error::{Error, Problems};
use crate::model::{check, Completeness, Position, Record, Source};

const READ_BUFFER: usize = 256 * 1024;

/// A bulk input, ready to be read from the start any number of times.
pub struct Input<R = File> {
    label: String,
    file: R,
}

impl Input {
    pub fn open(source: &Source) -> Result<Self, Error> {
        let label = source.label();
        let cannot_read = |err: io::Error| Error::input(format!("{label}: cannot read: {err}"));
        let file = match source {
            Source::File(path) => {
                let file = File::open(path).map_err(cannot_read)?;
                // A pipe or FIFO (`-f <(...)`) cannot be read twice: spool it.
                if file.metadata().map_err(cannot_read)?.is_file() {
                    file
                } else {
                    spool(file, &label)?
                }
            }
            Source::Stdin => spool(io::stdin().lock(), &label)?,
        };
        Ok(Input { label, file })
    }
}

/// Copies a stream that can be read only once to a temporary file.
fn spool(mut stream: impl Read, label: &str) -> Result<File, Error> {
    let mut spool = tempfile::tempfile().map_err(|err| {
        Error::Internal(format!("cannot create a temporary file for {label}: {err}"))
    })?;
    io::copy(&mut stream, &mut spool)
        .map_err(|err| Error::input(format!("{label}: cannot read: {err}")))?;
    Ok(spool)
}

impl<R: Read + Seek> Input<R> {
    /// An input from any readable, seekable bytes (tests, fuzzing).
    pub fn new(label: impl Into<String>, reader: R) -> Self {
        Input {
            label: label.into(),
            file: reader,
        }
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    /// The first pass: checks every record and counts them. Any problem at
    /// all is an error listing them (the first ones in full, and a count).
    pub fn check_all(&mut self) -> Result<usize, Error> {
        let mut count = 0;
        let mut problems = Problems::default();
        let label = self.label.clone();
        let result = self.scan(|position, value| {
            count += 1;
            match value.map(|value| check(value, Completeness::Full)) {
                Ok(Ok(_)) => {}
                Ok(Err(found)) => found
                    .into_iter()
                    .for_each(|problem| problems.push(format!("{label}: {position}: {problem}"))),
                Err(message) => problems.push(format!("{label}: {position}: {message}")),
            }
        });
        if let Err(message) = result {
            problems.push(message);
        }
        // A pretty-printed object read as NDJSON fails on its first line as
        // incomplete; saying so beats a list of "invalid JSON" for valid JSON.
        let first_incomplete = problems.lines.first().is_some_and(|line| {
            line.starts_with(&format!("{label}: record [0] ")) && line.contains("EOF while parsing")
        });
        if first_incomplete && self.is_one_object() {
            return Err(Error::input(format!(
                "{label}: holds one JSON object over several lines; bulk takes a JSON array \
                 of objects, or one object per line (NDJSON)"
            )));
        }
        if problems.is_empty() && count == 0 {
            problems.push(format!(
                "{label}: no records (expected a JSON array or one JSON object per line)"
            ));
        }
        if problems.is_empty() {
            Ok(count)
        } else {
            Err(Error::Input(problems))
        }
    }

    /// The second pass: every record in order, read-only fields dropped.
    /// Meant for an input that `check_all` accepted.
    pub fn for_each(&mut self, mut each: impl FnMut(Position, Record)) -> Result<(), Error> {
        let label = self.label.clone();
        let mut changed = None;
        self.scan(
            |position, value| match value.map(|value| check(value, Completeness::Full)) {
                Ok(Ok(record)) => each(position, record),
                _ => {
                    changed.get_or_insert(position);
                }
            },
        )
        .map_err(Error::Internal)?;
        match changed {
            None => Ok(()),
            Some(position) => Err(Error::Internal(format!(
                "{label}: {position} changed while it was being read"
            ))),
        }
    }

    /// Calls `visit` for every record of the input, in order. A record that
    /// is not JSON comes as `Err`; an error that stops the reading (a broken
    /// array, an I/O failure) is returned.
    fn scan(&mut self, visit: impl FnMut(Position, Result<Value, String>)) -> Result<(), String> {
        let label = self.label.clone();
        let cannot_read = |err: io::Error| format!("{label}: cannot read: {err}");
        self.file.rewind().map_err(cannot_read)?;
        let mut reader = BufReader::with_capacity(READ_BUFFER, &mut self.file);
        let (first, skipped) = skip_bom_and_space(&mut reader).map_err(cannot_read)?;
        match first {
            None => Ok(()),
            Some(b'[') => scan_array(reader, visit)
                .map_err(|err| format!("{label}: invalid JSON: {}", skipped.place(&err))),
            Some(_) => scan_ndjson(reader, skipped, visit).map_err(cannot_read),
        }
    }

    /// Whether the whole input is one JSON object: the likely mistake of
    /// giving bulk what `get -o json` printed.
    fn is_one_object(&mut self) -> bool {
        if self.file.rewind().is_err() {
            return false;
        }
        let reader = BufReader::with_capacity(READ_BUFFER, &mut self.file);
        serde_json::from_reader::<_, serde_json::Map<String, Value>>(reader).is_ok()
    }
}

/// What came before the first record: lines and columns to add to positions
/// counted from there, so that they count from the top of the file.
#[derive(Clone, Copy, Default)]
struct Skipped {
    lines: usize,
    columns: usize,
}

impl Skipped {
    fn see(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            if byte == b'\n' {
                self.lines += 1;
                self.columns = 0;
            } else {
                self.columns += 1;
            }
        }
    }

    /// A serde_json error's message with its place counted from the top.
    fn place(&self, err: &serde_json::Error) -> String {
        let message = what_went_wrong(err);
        if err.line() == 0 {
            return message;
        }
        let column = if err.line() == 1 {
            err.column() + self.columns
        } else {
            err.column()
        };
        format!(
            "{message} at line {} column {column}",
            err.line() + self.lines
        )
    }
}

/// JSON's white space (RFC 8259): not form feed, which Rust's ASCII white
/// space includes and serde_json refuses.
fn is_json_space(byte: &u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

/// A serde_json error's message without the place it adds, which counts
/// from where that parse began.
fn what_went_wrong(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rsplit_once(" at line ") {
        Some((what, _)) => what.to_owned(),
        None => message,
    }
}

/// Consumes a UTF-8 byte order mark and leading white space; returns the
/// first byte after them, left unread.
fn skip_bom_and_space(reader: &mut impl BufRead) -> io::Result<(Option<u8>, Skipped)> {
    let mut skipped = Skipped::default();
    if reader.fill_buf()?.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    loop {
        let buffer = reader.fill_buf()?;
        let Some(&first) = buffer.first() else {
            return Ok((None, skipped));
        };
        let spaces = buffer.iter().take_while(|b| is_json_space(b)).count();
        if spaces == 0 {
            return Ok((Some(first), skipped));
        }
        skipped.see(&buffer[..spaces]);
        reader.consume(spaces);
    }
}

fn scan_array(
    reader: impl Read,
    visit: impl FnMut(Position, Result<Value, String>),
) -> Result<(), serde_json::Error> {
    struct Elements<F>(F);

    impl<'de, F: FnMut(Position, Result<Value, String>)> Visitor<'de> for Elements<F> {
        type Value = ();

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON array of connections")
        }

        fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
            let mut index = 0;
            while let Some(value) = seq.next_element::<Value>()? {
                (self.0)(Position { index, line: None }, Ok(value));
                index += 1;
            }
            Ok(())
        }
    }

    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    deserializer.deserialize_seq(Elements(visit))?;
    deserializer.end()
}

fn scan_ndjson(
    mut reader: impl BufRead,
    skipped: Skipped,
    mut visit: impl FnMut(Position, Result<Value, String>),
) -> io::Result<()> {
    let mut line = Vec::new();
    let mut index = 0;
    for number in skipped.lines + 1.. {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.iter().all(is_json_space) {
            continue;
        }
        let value = serde_json::from_slice(&line).map_err(|err| {
            // serde_json counts lines and columns within this line only.
            let message = what_went_wrong(&err);
            let column = if number == skipped.lines + 1 {
                err.column() + skipped.columns
            } else {
                err.column()
            };
            format!("invalid JSON at column {column}: {message}")
        });
        visit(
            Position {
                index,
                line: Some(number),
            },
            value,
        );
        index += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(content: &str) -> Input<io::Cursor<&[u8]>> {
        Input::new("in.json", io::Cursor::new(content.as_bytes()))
    }

    fn positions(content: &str) -> Vec<String> {
        let mut seen = Vec::new();
        input(content)
            .scan(|position, value| seen.push(format!("{position} {}", value.is_ok())))
            .unwrap();
        seen
    }

    #[test]
    fn ndjson_positions_count_records_and_lines() {
        assert_eq!(
            positions("{}\n\n  \n{\"a\":\n[1]\n"),
            [
                "record [0] (line 1) true",
                "record [1] (line 4) false",
                "record [2] (line 5) true"
            ]
        );
    }

    #[test]
    fn places_count_from_the_top_of_the_file_past_leading_blank_lines() {
        assert_eq!(
            positions("\n \n{}\n\n{}\n"),
            ["record [0] (line 3) true", "record [1] (line 5) true"]
        );
        let Error::Input(problems) = input("\n\n  [{},\n{\"a\": }]").check_all().unwrap_err()
        else {
            panic!()
        };
        assert_eq!(
            problems.lines.last().unwrap(),
            "in.json: invalid JSON: expected value at line 4 column 7"
        );
        let Error::Input(problems) = input("\n  [{\"a\" 1}]").check_all().unwrap_err() else {
            panic!()
        };
        assert_eq!(
            problems.lines,
            ["in.json: invalid JSON: expected `:` at line 2 column 9"]
        );
    }

    #[test]
    fn one_pretty_printed_object_is_named_as_such() {
        let Error::Input(problems) = input("{\n  \"a\": 1\n}\n").check_all().unwrap_err() else {
            panic!()
        };
        assert_eq!(
            problems.lines,
            ["in.json: holds one JSON object over several lines; bulk takes a JSON array of objects, or one object per line (NDJSON)"]
        );
    }

    #[test]
    fn a_form_feed_is_not_white_space_anywhere() {
        // Found by fuzzing: it was skipped before the first record and on a
        // line of its own, though JSON refuses it everywhere.
        for content in ["\u{c}{}\n", "{}\n\u{c}\n{}\n"] {
            let seen = positions(content);
            assert!(
                seen.iter().any(|p| p.ends_with("false")),
                "{content:?}: {seen:?}"
            );
        }
    }

    #[test]
    fn arrays_are_read_element_by_element_after_a_bom() {
        assert_eq!(
            positions("\u{feff}\n [ {}, [], 3 ]\n"),
            ["record [0] true", "record [1] true", "record [2] true"]
        );
    }

    #[test]
    fn a_broken_array_is_one_problem_with_its_place() {
        let err = input("[{}, {\"a\" 1}]").check_all().unwrap_err();
        let Error::Input(problems) = err else {
            panic!()
        };
        assert_eq!(
            problems.lines.last().unwrap(),
            "in.json: invalid JSON: expected `:` at line 1 column 11"
        );
    }

    #[test]
    fn trailing_content_after_the_array_is_refused() {
        let Error::Input(problems) = input("[] x").check_all().unwrap_err() else {
            panic!()
        };
        assert_eq!(
            problems.lines,
            ["in.json: invalid JSON: trailing characters at line 1 column 4"]
        );
    }

    #[test]
    fn empty_inputs_have_no_records() {
        for content in ["", " \n ", "[]"] {
            let Error::Input(problems) = input(content).check_all().unwrap_err() else {
                panic!()
            };
            assert_eq!(
                problems.lines,
                ["in.json: no records (expected a JSON array or one JSON object per line)"]
            );
        }
    }

    #[test]
    fn problems_are_capped_but_counted() {
        let content = "{\"hidden\": 1}\n".repeat(1000);
        let Error::Input(problems) = input(&content).check_all().unwrap_err() else {
            panic!()
        };
        // Four problems a record: hidden's type and three required fields.
        assert_eq!(problems.total, 4000);
        assert_eq!(problems.lines.len(), 50);
    }
}
