//! Bulk input (a JSON array or NDJSON) from arbitrary bytes: the first pass
//! (`check_all`) must never panic, and when it accepts the input the second
//! pass (`for_each`) must yield exactly as many records, in order, each one
//! still valid and unchanged by a second check.

#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use pigello::model::{check, Completeness};
use pigello::records::Input;
use pigello::Error;
use serde_json::Value;

const READ_ONLY: [&str; 3] = ["id", "application_id", "created_at"];

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new("fuzz", Cursor::new(data));
    let count = match input.check_all() {
        Ok(count) => count,
        Err(Error::Input(problems)) => {
            assert!(!problems.is_empty(), "an input error with no problem");
            assert!(!problems.lines.is_empty(), "an input error with no line");
            return;
        }
        Err(other) => panic!("check_all failed with a non-input error: {other:?}"),
    };
    assert!(count > 0, "check_all accepted an input with no records");

    let mut seen = 0;
    input
        .for_each(|position, record| {
            assert_eq!(position.index, seen, "records out of order");
            for key in READ_ONLY {
                assert!(!record.contains_key(key), "read-only {key} kept");
            }
            let again = check(Value::Object(record.clone()), Completeness::Full)
                .unwrap_or_else(|problems| {
                    panic!("a record from for_each fails check: {problems:?}")
                });
            assert_eq!(again, record, "check is not idempotent");
            seen += 1;
        })
        .unwrap_or_else(|err| panic!("for_each failed after check_all accepted: {err:?}"));
    assert_eq!(seen, count, "for_each yielded a different number of records");

    // The first pass is repeatable.
    assert_eq!(input.check_all().ok(), Some(count));
});
