//! One record from arbitrary bytes (skipped unless it is JSON): `check` must
//! never panic, must agree with itself across modes, and what it accepts must
//! survive serialising, reading back and checking again unchanged, alone or
//! as bulk input. Also `parse_pk` on the bytes as text.

#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use pigello::model::{check, parse_pk, Completeness, Record};
use pigello::records::Input;
use serde_json::Value;

const READ_ONLY: [&str; 3] = ["id", "application_id", "created_at"];
const REQUIRED: [&str; 3] = ["content_type", "object_id", "external_id"];

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        pk(text);
    }
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let full = check(value.clone(), Completeness::Full);
    let partial = check(value.clone(), Completeness::Partial);
    for problems in [&full, &partial]
        .into_iter()
        .filter_map(|r| r.as_ref().err())
    {
        assert!(!problems.is_empty(), "rejected with no problem");
        for problem in problems {
            let _ = problem.to_string();
        }
    }
    match (&full, &partial) {
        (Ok(full), Ok(partial)) => assert_eq!(full, partial, "modes disagree"),
        (Ok(_), Err(problems)) => panic!("full accepts, partial refuses: {problems:?}"),
        (Err(_), Ok(record)) => assert!(
            REQUIRED.iter().any(|field| !record.contains_key(*field)),
            "partial accepts a complete record that full refuses"
        ),
        (Err(_), Err(_)) => {}
    }

    if let Ok(record) = &partial {
        let Value::Object(mut expected) = value else {
            panic!("a non-object accepted")
        };
        for key in READ_ONLY {
            expected.shift_remove(key);
        }
        assert_eq!(
            record, &expected,
            "check changed more than read-only fields"
        );
        assert!(
            record.keys().eq(expected.keys()),
            "check reordered the fields"
        );
        round_trip(record, Completeness::Partial);
    }
    if let Ok(record) = &full {
        round_trip(record, Completeness::Full);
        bulk(record);
    }
});

/// Serialised (compact and pretty), read back and checked again: the same.
fn round_trip(record: &Record, completeness: Completeness) {
    for text in [
        serde_json::to_string(record).unwrap(),
        serde_json::to_string_pretty(record).unwrap(),
    ] {
        let value: Value = serde_json::from_str(&text).unwrap();
        let again = check(value, completeness)
            .unwrap_or_else(|problems| panic!("accepted, then refused: {problems:?} in {text}"));
        assert_eq!(&again, record, "changed by a round trip through {text}");
        assert!(again.keys().eq(record.keys()), "reordered by a round trip");
    }
}

/// As the only record of an NDJSON and of a JSON array input: the same.
fn bulk(record: &Record) {
    let line = serde_json::to_string(record).unwrap();
    for content in [
        format!("{line}\n"),
        format!("[{line}]"),
        format!("[\n{}\n]\n", serde_json::to_string_pretty(record).unwrap()),
    ] {
        let mut input = Input::new("fuzz", Cursor::new(content.as_bytes()));
        let count = input
            .check_all()
            .unwrap_or_else(|err| panic!("refused as bulk input: {err:?} in {content}"));
        assert_eq!(count, 1);
        let mut records = Vec::new();
        input.for_each(|_, r| records.push(r)).unwrap();
        assert_eq!(
            records,
            std::slice::from_ref(record),
            "changed as bulk input {content}"
        );
    }
}

/// A PK that parses is canonical and parses to itself.
fn pk(text: &str) {
    match parse_pk(text) {
        Ok(pk) => {
            assert_eq!(pk.len(), 36);
            assert!(!pk.chars().any(|c| c.is_ascii_uppercase()));
            assert_eq!(parse_pk(&pk).as_deref(), Ok(pk.as_str()));
        }
        Err(message) => assert!(message.ends_with("is not a UUID")),
    }
}
