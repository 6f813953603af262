//! Connection records: reading body files, checking them against the API's
//! schema, and building request bodies from flags.
//!
//! Bodies stay `serde_json` maps (in insertion order) rather than structs, so
//! that what is sent is exactly what was given, field for field.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::cli::FieldArgs;
use crate::error::Error;

/// A connection's fields, as sent or received.
pub type Record = Map<String, Value>;

pub const CUSTOM_ID_MAX_CHARS: usize = 128;

/// Fields the API fills in itself; dropped from input so that `get` output can
/// be edited and sent back.
const READ_ONLY: [&str; 3] = ["id", "application_id", "created_at"];

/// Fields a create (and each bulk record) must have.
const REQUIRED: [(&str, &str); 3] = [
    ("content_type", "--content-type"),
    ("object_id", "--object-id"),
    ("external_id", "--external-id"),
];

const WRITABLE: &str = "content_type, object_id, external_id, organization, hidden, custom_id";

/// Whether a record must be complete (create, bulk) or may be partial (update).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Completeness {
    Full,
    Partial,
}

/// One thing wrong with a record. `field` is a dotted path; empty means the
/// record as a whole.
#[derive(Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl Problem {
    fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

/// Where a body comes from: a file, or stdin when the path is `-`.
#[derive(Debug, Clone)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    pub fn new(path: &Path) -> Self {
        if path == Path::new("-") {
            Source::Stdin
        } else {
            Source::File(path.to_owned())
        }
    }

    /// How errors name this source.
    pub fn label(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_owned(),
            Source::File(path) => path.display().to_string(),
        }
    }

    /// The whole content, without a UTF-8 byte order mark.
    pub fn read(&self) -> Result<Vec<u8>, Error> {
        let mut bytes = Vec::new();
        let result = match self {
            Source::Stdin => std::io::stdin().lock().read_to_end(&mut bytes).map(drop),
            Source::File(path) => std::fs::read(path).map(|content| bytes = content),
        };
        result.map_err(|err| Error::input(format!("{}: cannot read: {err}", self.label())))?;
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        Ok(bytes)
    }
}

/// Checks one record against the write schema, dropping read-only fields.
/// Every problem is returned, not just the first.
pub fn check(value: Value, completeness: Completeness) -> Result<Record, Vec<Problem>> {
    let mut record = match value {
        Value::Object(record) => record,
        other => {
            return Err(vec![Problem::new(
                "",
                format!("expected a JSON object, found {}", kind(&other)),
            )])
        }
    };
    for key in READ_ONLY {
        record.shift_remove(key);
    }

    let mut problems = Vec::new();
    for (key, value) in &record {
        match key.as_str() {
            "content_type" => check_reference(key, value, false, &mut problems),
            "organization" => check_reference(key, value, true, &mut problems),
            "object_id" => check_uuid(key, value, &mut problems),
            "external_id" => {
                if !value.is_string() {
                    problems.push(expected(key, "a string", value));
                }
            }
            "hidden" => {
                if !value.is_boolean() {
                    problems.push(expected(key, "true or false", value));
                }
            }
            "custom_id" => match value {
                Value::Null => {}
                Value::String(text) => {
                    if let Err(message) = check_custom_id(text) {
                        problems.push(Problem::new(key, message));
                    }
                }
                other => problems.push(expected(key, "a string or null", other)),
            },
            _ => problems.push(Problem::new(
                field_name(key),
                format!("unknown field (the fields are {WRITABLE})"),
            )),
        }
    }
    if completeness == Completeness::Full {
        for (field, _) in REQUIRED {
            if !record.contains_key(field) {
                problems.push(Problem::new(field, "required field missing"));
            }
        }
    }
    if problems.is_empty() {
        Ok(record)
    } else {
        Err(problems)
    }
}

/// The schema's limit on custom_id, in characters.
pub fn check_custom_id(text: &str) -> Result<(), String> {
    let chars = text.chars().count();
    if chars > CUSTOM_ID_MAX_CHARS {
        return Err(format!(
            "at most {CUSTOM_ID_MAX_CHARS} characters are allowed, this has {chars}"
        ));
    }
    Ok(())
}

/// `content_type` and `organization`: `{"id": UUID}`, or null where allowed.
fn check_reference(key: &str, value: &Value, nullable: bool, problems: &mut Vec<Problem>) {
    let object = match value {
        Value::Object(object) => object,
        Value::Null if nullable => return,
        other => {
            let want = if nullable {
                "an object {\"id\": UUID} or null"
            } else {
                "an object {\"id\": UUID}"
            };
            problems.push(expected(key, want, other));
            return;
        }
    };
    match object.get("id") {
        Some(id) => check_uuid(&format!("{key}.id"), id, problems),
        None => problems.push(Problem::new(format!("{key}.id"), "required field missing")),
    }
    for inner in object.keys().filter(|inner| *inner != "id") {
        problems.push(Problem::new(
            format!("{key}.{}", field_name(inner)),
            "unknown field (the only field is id)",
        ));
    }
}

fn check_uuid(field: &str, value: &Value, problems: &mut Vec<Problem>) {
    match value {
        Value::String(text) if Uuid::parse_str(text).is_ok() => {}
        Value::String(text) => {
            problems.push(Problem::new(field, format!("not a UUID: {}", quote(text))))
        }
        other => problems.push(expected(field, "a UUID string", other)),
    }
}

fn expected(field: &str, want: &str, found: &Value) -> Problem {
    Problem::new(field, format!("expected {want}, found {}", kind(found)))
}

/// A JSON value's kind, as messages name it.
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A field name from the input as messages show it: plain names as they
/// are; anything else (control characters, dots, empty, long) quoted, so
/// that it can neither reach the terminal raw nor pass for another path.
fn field_name(key: &str) -> String {
    let plain = !key.is_empty()
        && key.len() <= 60
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain {
        key.to_owned()
    } else {
        quote(key)
    }
}

/// A value quoted for an error message, shortened if long.
fn quote(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        format!("{text:?}")
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head:?}...")
    }
}

/// Checks a primary key and returns it in canonical form for the URL.
pub fn parse_pk(raw: &str) -> Result<String, String> {
    Uuid::parse_str(raw.trim())
        .map(|uuid| uuid.hyphenated().to_string())
        .map_err(|_| format!("PK {} is not a UUID", quote(raw)))
}

/// The PK arguments, with `-` standing for the lines of stdin (blank lines
/// and `#` comments skipped).
pub fn read_pks(args: &[String]) -> Result<Vec<String>, Error> {
    let mut pks = Vec::with_capacity(args.len());
    for arg in args {
        if arg != "-" {
            pks.push(arg.clone());
            continue;
        }
        let bytes = Source::Stdin.read()?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::input("<stdin>: the PKs are not UTF-8 text"))?;
        pks.extend(
            text.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(str::to_owned),
        );
    }
    Ok(pks)
}

/// Checks every PK, reporting all bad ones together.
pub fn parse_pks(raw: &[String]) -> Result<Vec<String>, Error> {
    let (good, bad): (Vec<_>, Vec<_>) = raw.iter().map(|pk| parse_pk(pk)).partition(Result::is_ok);
    if bad.is_empty() {
        Ok(good.into_iter().flatten().collect())
    } else {
        Err(Error::Input(
            bad.into_iter().filter_map(Result::err).collect(),
        ))
    }
}

/// The body of a create or update: the `-f` file's object, if any, with the
/// flags laid over it. Only the fields given end up in the body.
pub fn body_from_args(args: &FieldArgs, completeness: Completeness) -> Result<Record, Error> {
    let source = args.file.as_deref().map(Source::new);
    let mut value = match &source {
        Some(source) => parse_object(source)?,
        None => Value::Object(Record::new()),
    };
    if let Value::Object(record) = &mut value {
        apply_flags(record, args);
    }
    check(value, completeness).map_err(|problems| match &source {
        Some(source) => {
            let lines: Vec<String> = problems
                .iter()
                .map(|problem| format!("{}: {problem}", source.label()))
                .collect();
            Error::Input(lines.into())
        }
        // Without a file, the only possible problem is a missing flag.
        None => {
            let flags: Vec<&str> = REQUIRED
                .iter()
                .filter(|(field, _)| problems.iter().any(|p| p.field == *field))
                .map(|(_, flag)| *flag)
                .collect();
            Error::Usage(format!(
                "missing required fields: give {} (or a body with -f FILE)",
                flags.join(", ")
            ))
        }
    })
}

fn parse_object(source: &Source) -> Result<Value, Error> {
    let bytes = source.read()?;
    serde_json::from_slice(&bytes)
        .map_err(|err| Error::input(format!("{}: invalid JSON: {err}", source.label())))
}

fn apply_flags(record: &mut Record, args: &FieldArgs) {
    let reference = |uuid: &Uuid| {
        let mut object = Record::new();
        object.insert("id".into(), Value::String(uuid.to_string()));
        Value::Object(object)
    };
    if let Some(uuid) = &args.content_type {
        record.insert("content_type".into(), reference(uuid));
    }
    if let Some(uuid) = &args.object_id {
        record.insert("object_id".into(), Value::String(uuid.to_string()));
    }
    if let Some(text) = &args.external_id {
        record.insert("external_id".into(), Value::String(text.clone()));
    }
    if let Some(uuid) = &args.organization {
        record.insert("organization".into(), reference(uuid));
    }
    if args.no_organization {
        record.insert("organization".into(), Value::Null);
    }
    if let Some(hidden) = args.hidden {
        record.insert("hidden".into(), Value::Bool(hidden));
    }
    if let Some(text) = &args.custom_id {
        record.insert("custom_id".into(), Value::String(text.clone()));
    }
    if args.no_custom_id {
        record.insert("custom_id".into(), Value::Null);
    }
}

/// Where a bulk record stands in its input, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Zero-based, like `.[N]` in jq.
    pub index: usize,
    /// One-based line, for NDJSON input.
    pub line: Option<usize>,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "record [{}]", self.index)?;
        if let Some(line) = self.line {
            write!(f, " (line {line})")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const CT: &str = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
    const OBJ: &str = "463a83d0-a816-4902-abba-2486e0c0a0bb";

    fn problems(value: Value, completeness: Completeness) -> Vec<String> {
        check(value, completeness)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_full_record_passes_unchanged_in_order() {
        let value = json!({
            "external_id": "x", "content_type": {"id": CT}, "object_id": OBJ,
            "organization": null, "hidden": false, "custom_id": null
        });
        let record = check(value.clone(), Completeness::Full).unwrap();
        assert_eq!(
            serde_json::to_string(&record).unwrap(),
            serde_json::to_string(&value).unwrap()
        );
    }

    #[test]
    fn read_only_fields_are_dropped_keeping_the_order() {
        let record = check(
            json!({"id": OBJ, "external_id": "x", "application_id": OBJ, "hidden": true, "created_at": "t"}),
            Completeness::Partial,
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&record).unwrap(),
            r#"{"external_id":"x","hidden":true}"#
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let found = problems(
            json!({
                "content_type": {"id": "nope", "name": "x"}, "object_id": 5,
                "hidden": "yes", "custom_id": "c".repeat(129), "colour": "red",
                "organization": "abc"
            }),
            Completeness::Full,
        );
        assert_eq!(
            found,
            [
                "content_type.id: not a UUID: \"nope\"",
                "content_type.name: unknown field (the only field is id)",
                "object_id: expected a UUID string, found a number",
                "hidden: expected true or false, found a string",
                "custom_id: at most 128 characters are allowed, this has 129",
                "colour: unknown field (the fields are content_type, object_id, external_id, organization, hidden, custom_id)",
                "organization: expected an object {\"id\": UUID} or null, found a string",
                "external_id: required field missing",
            ]
        );
    }

    #[test]
    fn odd_field_names_are_quoted_and_escaped() {
        let found = problems(
            json!({"\u{1b}[2K\rerror: x": 1, "content_type.id": 2, "": 3}),
            Completeness::Partial,
        );
        let names: Vec<&str> = found
            .iter()
            .map(|p| p.split(": unknown").next().unwrap())
            .collect();
        assert_eq!(
            names,
            ["\"\\u{1b}[2K\\rerror: x\"", "\"content_type.id\"", "\"\""]
        );
    }

    #[test]
    fn partial_records_need_no_required_fields_but_are_typed() {
        assert!(check(json!({}), Completeness::Partial).is_ok());
        assert_eq!(
            problems(json!({"content_type": null}), Completeness::Partial),
            ["content_type: expected an object {\"id\": UUID}, found null"]
        );
        assert_eq!(
            problems(json!({"content_type": {}}), Completeness::Partial),
            ["content_type.id: required field missing"]
        );
        assert_eq!(
            problems(json!([1]), Completeness::Partial),
            ["expected a JSON object, found an array"]
        );
    }

    #[test]
    fn pks_are_normalised_and_bad_ones_all_reported() {
        assert_eq!(parse_pk("497F6ECA62764993BFEB53CBBBBA6F08").unwrap(), CT);
        let err = parse_pks(&[CT.into(), "x".into(), "".into()]).unwrap_err();
        assert_eq!(err.exit_code(), 4);
        let Error::Input(problems) = err else {
            panic!()
        };
        assert_eq!(
            problems.lines,
            ["PK \"x\" is not a UUID", "PK \"\" is not a UUID"]
        );
    }
}
