//! Property tests for records: any valid record passes `check` unchanged
//! (less its read-only fields, in the same order), and survives being written
//! as NDJSON or as a JSON array and read back as bulk input; a too long
//! custom_id, a non-UUID object_id and an unknown field are always refused,
//! naming the field.

use std::io::Cursor;

use pigello::model::{check, Completeness, Position, Problem, Record, CUSTOM_ID_MAX_CHARS};
use pigello::records::Input;
use pigello::Error;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use uuid::Uuid;

const READ_ONLY: [&str; 3] = ["id", "application_id", "created_at"];
const WRITABLE: [&str; 6] = [
    "content_type",
    "object_id",
    "external_id",
    "organization",
    "hidden",
    "custom_id",
];

/// A record as given, and as `check` must return it.
#[derive(Debug, Clone)]
struct Case {
    input: Record,
    expected: Record,
}

/// Any UUID, in any form `Uuid::parse_str` takes (hyphenated, simple, braced,
/// URN) and any mix of upper and lower case.
fn uuid_text() -> impl Strategy<Value = String> {
    (any::<u128>(), 0..4usize, 0..3usize, any::<u64>()).prop_map(|(bits, form, case, mask)| {
        let uuid = Uuid::from_u128(bits);
        let text = match form {
            0 => uuid.hyphenated().to_string(),
            1 => uuid.simple().to_string(),
            2 => uuid.braced().to_string(),
            _ => uuid.urn().to_string(),
        };
        let (prefix, digits) = text.split_at(if form == 3 { "urn:uuid:".len() } else { 0 });
        let digits: String = digits
            .chars()
            .enumerate()
            .map(|(i, c)| match case {
                0 => c,
                1 => c.to_ascii_uppercase(),
                _ if mask >> (i % 64) & 1 == 1 => c.to_ascii_uppercase(),
                _ => c,
            })
            .collect();
        format!("{prefix}{digits}")
    })
}

/// Any text of at most `max` characters, with JSON's special characters,
/// control characters, a BOM, line separators and non-BMP characters often.
fn text(max: usize) -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '"', '\\', '/', '\n', '\r', '\t', '\0', '\u{7f}', '\u{2028}', '\u{feff}', '\u{fffd}', 'é',
        '😀', '{', '[', ',', ':',
    ]);
    prop::collection::vec(prop_oneof![3 => any::<char>(), 1 => special], 0..=max)
        .prop_map(String::from_iter)
}

fn reference(id: String) -> Value {
    let mut object = Record::new();
    object.insert("id".into(), Value::String(id));
    Value::Object(object)
}

/// What the API fills in: anything at all, since it is dropped.
fn read_only_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        uuid_text().prop_map(Value::String),
        text(30).prop_map(Value::String),
        Just(Value::Null),
        any::<i64>().prop_map(Value::from),
        any::<bool>().prop_map(Value::Bool),
    ]
}

/// A valid record: the required fields, any subset of the optional and
/// read-only ones, in any order.
fn valid_record() -> impl Strategy<Value = Case> {
    (
        uuid_text(),
        uuid_text(),
        text(40),
        // organization: absent, null, or {"id": UUID}
        prop::option::of(prop::option::of(uuid_text())),
        prop::option::of(any::<bool>()),
        // custom_id: absent, null, or at most 128 characters
        prop::option::of(prop::option::of(prop_oneof![
            text(CUSTOM_ID_MAX_CHARS),
            text(3).prop_map(|end| {
                let kept: String = end.chars().take(1).collect();
                let fill = CUSTOM_ID_MAX_CHARS - kept.chars().count();
                format!("{}{kept}", "é".repeat(fill))
            }),
        ])),
        prop::option::of(read_only_value()),
        prop::option::of(read_only_value()),
        prop::option::of(read_only_value()),
    )
        .prop_flat_map(
            |(
                content_type,
                object_id,
                external_id,
                organization,
                hidden,
                custom_id,
                id,
                app,
                at,
            )| {
                let mut fields = vec![
                    ("content_type", reference(content_type)),
                    ("object_id", Value::String(object_id)),
                    ("external_id", Value::String(external_id)),
                ];
                if let Some(organization) = organization {
                    fields.push(("organization", organization.map_or(Value::Null, reference)));
                }
                if let Some(hidden) = hidden {
                    fields.push(("hidden", Value::Bool(hidden)));
                }
                if let Some(custom_id) = custom_id {
                    fields.push(("custom_id", custom_id.map_or(Value::Null, Value::String)));
                }
                for (key, value) in [("id", id), ("application_id", app), ("created_at", at)] {
                    if let Some(value) = value {
                        fields.push((key, value));
                    }
                }
                Just(fields).prop_shuffle()
            },
        )
        .prop_map(|fields| {
            let input: Record = fields
                .into_iter()
                .map(|(key, value)| (key.to_owned(), value))
                .collect();
            let expected = input
                .iter()
                .filter(|(key, _)| !READ_ONLY.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            Case { input, expected }
        })
}

/// How a list of records is written as bulk input.
#[derive(Debug, Clone, Copy)]
enum Form {
    Ndjson { crlf: bool, final_newline: bool },
    Array { pretty: bool },
}

fn form() -> impl Strategy<Value = Form> {
    prop_oneof![
        (any::<bool>(), any::<bool>()).prop_map(|(crlf, final_newline)| Form::Ndjson {
            crlf,
            final_newline
        }),
        any::<bool>().prop_map(|pretty| Form::Array { pretty }),
    ]
}

/// What may come before the first record: a BOM, blank lines, spaces.
fn lead() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", "\u{feff}", "\n\n", "  ", "\u{feff}\n \n"])
}

fn write(records: &[Record], form: Form, lead: &str) -> String {
    let mut out = lead.to_owned();
    match form {
        Form::Ndjson {
            crlf,
            final_newline,
        } => {
            let end = if crlf { "\r\n" } else { "\n" };
            let lines: Vec<String> = records
                .iter()
                .map(|record| serde_json::to_string(record).unwrap())
                .collect();
            out += &lines.join(end);
            if final_newline {
                out += end;
            }
        }
        Form::Array { pretty: false } => out += &serde_json::to_string(records).unwrap(),
        Form::Array { pretty: true } => out += &serde_json::to_string_pretty(records).unwrap(),
    }
    out
}

/// Both passes of a bulk input: the count, and every record with its place.
fn read_back(content: &str) -> Result<(usize, Vec<(Position, Record)>), Error> {
    let mut input = Input::new("in", Cursor::new(content.as_bytes()));
    let count = input.check_all()?;
    let mut records = Vec::new();
    input.for_each(|position, record| records.push((position, record)))?;
    Ok((count, records))
}

/// Same entries in the same order (`Map`'s `==` ignores the order).
fn same_in_order(a: &Record, b: &Record) -> bool {
    a == b && a.keys().eq(b.keys())
}

fn problems(value: Value, completeness: Completeness) -> Vec<Problem> {
    check(value, completeness).expect_err("accepted")
}

/// The problem lines of a bulk input holding just `record`, as NDJSON.
fn bulk_problems(record: &Record) -> Vec<String> {
    let content = serde_json::to_string(record).unwrap() + "\n";
    match Input::new("in", Cursor::new(content.as_bytes())).check_all() {
        Err(Error::Input(problems)) => problems.lines,
        other => panic!("expected an input error, got {other:?}"),
    }
}

/// Whether a problem's `field` names `key`: as it is, or quoted.
fn names(field: &str, key: &str) -> bool {
    field == key || field == format!("{key:?}")
}

/// `record` with `key: value` put at `at`, or in place if already there.
fn with_field(mut record: Record, at: Index, key: &str, value: Value) -> Record {
    if record.contains_key(key) {
        record.insert(key.to_owned(), value);
    } else {
        let at = at.index(record.len() + 1);
        record.shift_insert(at, key.to_owned(), value);
    }
    record
}

/// Anything `Uuid::parse_str` refuses, or not a string at all.
fn not_uuid() -> impl Strategy<Value = Value> {
    let near_miss = prop_oneof![
        text(40),
        // A valid UUID with one character changed to a non-hex one.
        (uuid_text(), any::<Index>(), "[g-zG-Z_ .+-]").prop_map(|(text, at, other)| {
            let at = at.index(text.len());
            format!("{}{other}{}", &text[..at], &text[at + 1..])
        }),
        // Cut short or made longer.
        (uuid_text(), any::<Index>()).prop_map(|(text, at)| text[..at.index(text.len())].into()),
        (uuid_text(), "[0-9a-f]{1,2}").prop_map(|(text, more)| text + &more),
        // Padded: parse_pk trims, check does not.
        uuid_text().prop_map(|text| format!(" {text}")),
        uuid_text().prop_map(|text| format!("{text}\n")),
    ]
    .prop_filter("a valid UUID", |text| Uuid::parse_str(text).is_err())
    .prop_map(Value::String);
    prop_oneof![
        4 => near_miss,
        1 => prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            Just(Value::Array(vec![])),
            uuid_text().prop_map(reference),
        ],
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn valid_records_pass_check_less_read_only_fields_in_order(case in valid_record()) {
        for completeness in [Completeness::Full, Completeness::Partial] {
            let record = check(Value::Object(case.input.clone()), completeness);
            prop_assert!(record.is_ok(), "{:?} refused: {:?}", case.input, record);
            let record = record.unwrap();
            prop_assert!(same_in_order(&record, &case.expected), "{record:?} != {:?}", case.expected);
            // Checking again changes nothing.
            let again = check(Value::Object(record.clone()), completeness).unwrap();
            prop_assert!(same_in_order(&again, &record));
        }
    }

    #[test]
    fn valid_records_survive_serialising_and_checking(case in valid_record(), pretty in any::<bool>()) {
        let record = check(Value::Object(case.input), Completeness::Full).unwrap();
        let text = if pretty {
            serde_json::to_string_pretty(&record).unwrap()
        } else {
            serde_json::to_string(&record).unwrap()
        };
        let value: Value = serde_json::from_str(&text).unwrap();
        let again = check(value, Completeness::Full).unwrap();
        prop_assert!(same_in_order(&again, &record), "{text}");
    }

    #[test]
    fn bulk_input_gives_back_the_same_records_in_order(
        cases in prop::collection::vec(valid_record(), 1..8),
        form in form(),
        lead in lead(),
        as_checked in any::<bool>(),
    ) {
        // Written as given (with read-only fields) or as `check` returned them.
        let written: Vec<Record> = cases
            .iter()
            .map(|case| if as_checked { case.expected.clone() } else { case.input.clone() })
            .collect();
        let content = write(&written, form, lead);
        let read = read_back(&content);
        prop_assert!(read.is_ok(), "refused: {:?}\n{content}", read.err());
        let (count, records) = read.unwrap();
        prop_assert_eq!(count, cases.len());
        prop_assert_eq!(records.len(), cases.len());
        let lead_lines = lead.matches('\n').count();
        for (i, ((position, record), case)) in records.iter().zip(&cases).enumerate() {
            prop_assert_eq!(position.index, i);
            let line = match form {
                Form::Ndjson { .. } => Some(lead_lines + i + 1),
                Form::Array { .. } => None,
            };
            prop_assert_eq!(position.line, line);
            prop_assert!(
                same_in_order(record, &case.expected),
                "record [{}]: {:?} != {:?}\n{}", i, record, case.expected, content
            );
        }
    }

    #[test]
    fn a_custom_id_over_128_characters_is_refused(
        case in valid_record(),
        long in prop::collection::vec(any::<char>(), CUSTOM_ID_MAX_CHARS + 1..400)
            .prop_map(String::from_iter),
        at in any::<Index>(),
    ) {
        let chars = long.chars().count();
        let record = with_field(case.input, at, "custom_id", Value::String(long));
        let message = format!("at most 128 characters are allowed, this has {chars}");
        for completeness in [Completeness::Full, Completeness::Partial] {
            prop_assert_eq!(
                problems(Value::Object(record.clone()), completeness),
                vec![Problem { field: "custom_id".into(), message: message.clone() }]
            );
        }
        prop_assert_eq!(
            bulk_problems(&record),
            vec![format!("in: record [0] (line 1): custom_id: {message}")]
        );
    }

    #[test]
    fn an_object_id_that_is_not_a_uuid_is_refused(
        case in valid_record(),
        bad in not_uuid(),
    ) {
        let mut record = case.input;
        record.insert("object_id".into(), bad);
        for completeness in [Completeness::Full, Completeness::Partial] {
            let found = problems(Value::Object(record.clone()), completeness);
            prop_assert_eq!(found.len(), 1, "{:?}", found);
            prop_assert_eq!(&found[0].field, "object_id");
            prop_assert!(
                found[0].message.starts_with("not a UUID: ")
                    || found[0].message.starts_with("expected a UUID string, found "),
                "{}", found[0].message
            );
        }
        let lines = bulk_problems(&record);
        prop_assert_eq!(lines.len(), 1);
        prop_assert!(lines[0].starts_with("in: record [0] (line 1): object_id: "), "{}", lines[0]);
    }

    #[test]
    fn a_reference_id_that_is_not_a_uuid_is_refused(
        case in valid_record(),
        bad in not_uuid(),
        organization in any::<bool>(),
        at in any::<Index>(),
    ) {
        let key = if organization { "organization" } else { "content_type" };
        let mut reference = Record::new();
        reference.insert("id".into(), bad);
        let record = with_field(case.input, at, key, Value::Object(reference));
        let found = problems(Value::Object(record), Completeness::Full);
        prop_assert_eq!(found.len(), 1, "{:?}", found);
        prop_assert_eq!(found[0].field.clone(), format!("{key}.id"));
    }

    #[test]
    fn an_unknown_field_is_refused_by_name(
        case in valid_record(),
        key in text(20).prop_filter("a known field", |key| {
            !WRITABLE.contains(&key.as_str()) && !READ_ONLY.contains(&key.as_str())
        }),
        value in read_only_value(),
        at in any::<Index>(),
    ) {
        let record = with_field(case.input, at, &key, value);
        let message = format!("unknown field (the fields are {})", WRITABLE.join(", "));
        for completeness in [Completeness::Full, Completeness::Partial] {
            let found = problems(Value::Object(record.clone()), completeness);
            prop_assert_eq!(found.len(), 1, "{:?}", found);
            prop_assert!(names(&found[0].field, &key), "{:?} for {:?}", found[0].field, key);
            prop_assert_eq!(&found[0].message, &message);
        }
        let lines = bulk_problems(&record);
        prop_assert_eq!(lines.len(), 1);
        prop_assert!(lines[0].ends_with(&format!(": {message}")), "{}", lines[0]);
    }

    /// Field names come from the input: printed raw, they could forge lines
    /// or send escape sequences to the terminal.
    #[test]
    fn problem_lines_hold_no_control_characters(
        case in valid_record(),
        key in text(20).prop_filter("a known field", |key| {
            !WRITABLE.contains(&key.as_str()) && !READ_ONLY.contains(&key.as_str())
        }),
        inner in any::<bool>(),
        at in any::<Index>(),
    ) {
        let record = if inner {
            let mut reference = Record::new();
            reference.insert("id".into(), Value::String(Uuid::nil().to_string()));
            reference.insert(key, Value::Null);
            with_field(case.input, at, "content_type", Value::Object(reference))
        } else {
            with_field(case.input, at, &key, Value::Null)
        };
        for line in bulk_problems(&record) {
            prop_assert!(!line.chars().any(char::is_control), "{:?}", line);
        }
    }

    /// JSON white space is space, tab, CR and LF: a form feed before the
    /// records, or on a line of its own, is not.
    #[test]
    fn form_feed_is_not_white_space(
        cases in prop::collection::vec(valid_record(), 1..4),
        form in form(),
        at in any::<Index>(),
    ) {
        let inputs: Vec<Record> = cases.into_iter().map(|case| case.input).collect();
        let content = write(&inputs, form, "");
        // Before the records, or (NDJSON) as a line between two of them.
        let content = match form {
            Form::Ndjson { .. } if inputs.len() > 1 => {
                let lines: Vec<&str> = content.split_inclusive('\n').collect();
                let at = at.index(lines.len() - 1) + 1;
                format!("{}\u{c}\n{}", lines[..at].concat(), lines[at..].concat())
            }
            _ => format!("\u{c}{content}"),
        };
        prop_assert!(read_back(&content).is_err(), "accepted: {:?}", content);
    }
}
