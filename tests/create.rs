mod common;

use common::*;
use httpmock::prelude::*;
use serde_json::json;

#[test]
fn create_from_flags_sends_exactly_the_fields_given() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH))
            .header("content-type", "application/json")
            .json_body(json!({
                "content_type": {"id": CT},
                "object_id": OBJ,
                "external_id": "erp-1042"
            }));
        then.status(201).json_body(connection(PK, "erp-1042"));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "erp-1042"])
        .output()
        .unwrap();
    mock.assert();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "erp-1042")).unwrap() + "\n"
    );
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
}

#[test]
fn create_from_a_file_keeps_its_order_and_flags_override_its_fields() {
    let server = MockServer::start();
    // The exact bytes: file order kept, flags replace values in place, the
    // new flag field appended, nothing invented.
    let sent = format!(
        r#"{{"external_id":"from-flag","content_type":{{"id":"{CT}"}},"object_id":"{OBJ}","organization":null,"hidden":true}}"#
    );
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH)).body(sent.clone());
        then.status(201).json_body(connection(PK, "from-flag"));
    });
    let env = TestEnv::new();
    let file = env.write(
        "body.json",
        &format!(
            r#"{{"external_id": "from-file", "content_type": {{"id": "{CT}"}}, "object_id": "{OBJ}", "organization": {{"id": "{ORG}"}}}}"#
        ),
    );
    let output = env
        .cmd(&server)
        .args(["conn", "create", "-f"])
        .arg(&file)
        .args([
            "--external-id",
            "from-flag",
            "--no-organization",
            "--hidden",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
}

#[test]
fn create_reads_the_body_from_stdin_with_dash() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH)).json_body(json!({
            "content_type": {"id": CT}, "object_id": OBJ, "external_id": "x",
            "custom_id": null, "hidden": false
        }));
        then.status(201).json_body(connection(PK, "x"));
    });
    let env = TestEnv::new();
    let body = json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": "x"});
    let output = env
        .cmd(&server)
        .args([
            "conn",
            "create",
            "-f",
            "-",
            "--no-custom-id",
            "--hidden",
            "false",
        ])
        .args(["-o", "ndjson"])
        .write_stdin(body.to_string())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(stdout_of(&output), connection(PK, "x").to_string() + "\n");
}

#[test]
fn create_with_every_flag() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH)).json_body(json!({
            "content_type": {"id": CT}, "object_id": OBJ, "external_id": "e",
            "organization": {"id": ORG}, "hidden": true, "custom_id": "c-1"
        }));
        then.status(201).json_body(connection(PK, "e"));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "e", "--organization", ORG, "--hidden=true"])
        .args(["--custom-id", "c-1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
}

#[test]
fn the_api_answer_is_printed_with_unknown_fields_and_its_key_order() {
    let server = MockServer::start();
    let answer = r#"{"zeta":1,"id":"x","content_type":{"id":"y"},"new_field":{"a":[1,2]}}"#;
    server.mock(|when, then| {
        when.method(POST).path(PATH);
        then.status(201)
            .header("content-type", "application/json")
            .body(answer);
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "e", "-o", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), format!("{answer}\n"));
}

#[test]
fn create_prints_a_field_value_table_when_asked() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path(PATH);
        then.status(201)
            .json_body(json!({"id": PK, "content_type": {"id": CT}, "organization": null}));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "e", "-o", "table"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "\
┌──────────────┬──────────────────────────────────────┐
│ field        ┆ value                                │
╞══════════════╪══════════════════════════════════════╡
│ id           ┆ 0f9e8d7c-6b5a-4948-8372-615049382716 │
│ content_type ┆ 497f6eca-6276-4993-bfeb-53cbbbba6f08 │
│ organization ┆                                      │
└──────────────┴──────────────────────────────────────┘
"
    );
}
