mod common;

use common::*;
use httpmock::prelude::*;
use serde_json::json;

fn record(external_id: &str) -> serde_json::Value {
    json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": external_id})
}

#[test]
fn a_json_array_is_posted_to_the_list_endpoint() {
    let server = MockServer::start();
    let answer = json!([connection(PK, "a"), connection(PK2, "b")]);
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH))
            .header("content-type", "application/json")
            .json_body(json!([record("a"), record("b")]));
        then.status(200).json_body(answer.clone());
    });
    let env = TestEnv::new();
    let file = env.write("c.json", &json!([record("a"), record("b")]).to_string());
    let output = env
        .cmd(&server)
        .args(["conn", "bulk", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&answer).unwrap() + "\n"
    );
    assert_no_secret(&output);
}

#[test]
fn ndjson_from_stdin_is_sent_as_one_array_without_read_only_fields() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH)).json_body(json!([
            record("a"),
            {"content_type": {"id": CT}, "object_id": OBJ, "external_id": "b", "hidden": true}
        ]));
        then.status(200)
            .json_body(json!([connection(PK, "a"), connection(PK2, "b")]));
    });
    let env = TestEnv::new();
    let mut second = connection(PK2, "b");
    second["hidden"] = json!(true);
    second.as_object_mut().unwrap().shift_remove("organization");
    second.as_object_mut().unwrap().shift_remove("custom_id");
    let input = format!("{}\n\n{}\n", record("a"), second);
    let output = env
        .cmd(&server)
        .args(["conn", "bulk", "-f", "-", "-o", "ndjson"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        format!("{}\n{}\n", connection(PK, "a"), connection(PK2, "b"))
    );
}

#[test]
fn a_single_record_still_prints_an_array() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path(BULK_PATH);
        then.status(200).json_body(json!([{"id": "a"}]));
    });
    let env = TestEnv::new();
    let file = env.write("c.ndjson", &format!("{}\n", record("a")));
    let output = env
        .cmd(&server)
        .args(["conn", "bulk", "--file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "[\n  {\n    \"id\": \"a\"\n  }\n]\n");
}
