//! Bulk input (a JSON array or NDJSON) from arbitrary bytes: the first pass
//! (`check_all`) must never panic; when it accepts the input the second pass
//! (`for_each`) must yield exactly as many records, in order, each one still
//! valid and unchanged by a second check. Both must agree with a plain
//! reading of the bytes by the JSON and NDJSON specifications.
//!
//! Valid records are hard to come by from random bytes (three fields, two
//! UUIDs), so each input is also tried before and after a valid record: the
//! fuzzer's bytes then act as leading bytes, separators and further records.

#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use pigello::model::{check, Completeness, Record};
use pigello::records::Input;
use pigello::Error;
use serde_json::Value;

const READ_ONLY: [&str; 3] = ["id", "application_id", "created_at"];

/// A valid record as an NDJSON line.
const VALID: &[u8] = b"{\"content_type\":{\"id\":\"497f6eca-6276-4993-bfeb-53cbbbba6f08\"},\
    \"object_id\":\"463a83d0-a816-4902-abba-2486e0c0a0bb\",\"external_id\":\"a\"}\n";

fuzz_target!(|data: &[u8]| {
    one(data);
    one(&[data, VALID].concat());
    one(&[VALID, data].concat());
});

fn one(data: &[u8]) {
    let mut input = Input::new("fuzz", Cursor::new(data));
    let count = match input.check_all() {
        Ok(count) => count,
        Err(Error::Input(problems)) => {
            assert!(!problems.is_empty(), "an input error with no problem");
            assert!(!problems.lines.is_empty(), "an input error with no line");
            assert_eq!(oracle(data), None, "refused, but the input is valid");
            return;
        }
        Err(other) => panic!("check_all failed with a non-input error: {other:?}"),
    };
    assert!(count > 0, "check_all accepted an input with no records");

    let mut records = Vec::new();
    input
        .for_each(|position, record| {
            assert_eq!(position.index, records.len(), "records out of order");
            for key in READ_ONLY {
                assert!(!record.contains_key(key), "read-only {key} kept");
            }
            let again = check(Value::Object(record.clone()), Completeness::Full).unwrap_or_else(
                |problems| panic!("a record from for_each fails check: {problems:?}"),
            );
            assert_eq!(again, record, "check is not idempotent");
            records.push(record);
        })
        .unwrap_or_else(|err| panic!("for_each failed after check_all accepted: {err:?}"));
    assert_eq!(records.len(), count, "for_each yielded a different number");
    assert_eq!(
        Some(records),
        oracle(data),
        "accepted, but not as the specifications read it"
    );

    // The first pass is repeatable.
    assert_eq!(input.check_all().ok(), Some(count));
}

/// The records of a valid input, read the simplest way: after an optional
/// UTF-8 BOM and JSON white space, either one JSON array (RFC 8259) or lines
/// of one JSON value each (NDJSON, blank lines allowed). `None` if the input
/// is not that, is empty, or holds a record `check` refuses.
fn oracle(data: &[u8]) -> Option<Vec<Record>> {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let start = data.iter().position(|b| !is_space(b))?;
    let values: Vec<Value> = if data[start] == b'[' {
        serde_json::from_slice(data).ok()?
    } else {
        data.split(|&b| b == b'\n')
            .filter(|line| !line.iter().all(is_space))
            .map(serde_json::from_slice)
            .collect::<Result<_, _>>()
            .ok()?
    };
    let records: Vec<Record> = values
        .into_iter()
        .map(|value| check(value, Completeness::Full).ok())
        .collect::<Option<_>>()?;
    (!records.is_empty()).then_some(records)
}
