//! Bad input: body files, bulk records and PKs. Every case exits 4 (or 2 for
//! a command line that asks for nothing sensible), names the file, the record
//! and the field, and sends nothing at all.

mod common;

use std::path::Path;
use std::process::Output;

use common::*;
use httpmock::prelude::*;
use serde_json::{json, Value};

const UNKNOWN_FIELD: &str =
    "unknown field (the fields are content_type, object_id, external_id, organization, hidden, custom_id)";
const UNKNOWN_INNER_FIELD: &str = "unknown field (the only field is id)";
const NO_SUCH_FILE: &str = "cannot read: No such file or directory (os error 2)";
const NO_RECORDS: &str = "no records (expected a JSON array or one JSON object per line)";

fn item_path(pk: &str) -> String {
    format!("{PATH}{pk}/")
}

/// How error messages name a file.
fn label(path: &Path) -> String {
    path.display().to_string()
}

/// A record with the three required fields.
fn record(external_id: &str) -> Value {
    json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": external_id})
}

/// Runs the binary against a server that must not receive any request.
fn refused(env: &TestEnv, args: &[&str], stdin: Option<&str>) -> Output {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let mut cmd = env.cmd(&server);
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let output = cmd.output().unwrap();
    anything.assert_calls(0);
    output
}

/// Runs `pigello conn ARGS... -f FILE` with FILE holding `content`.
fn refused_file(env: &TestEnv, args: &[&str], name: &str, content: &str) -> (String, Output) {
    let path = env.write(name, content);
    let path = label(&path);
    let mut all: Vec<&str> = vec!["conn"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-f", &path]);
    let output = refused(env, &all, None);
    (path, output)
}

/// Exit 4, nothing on stdout, and exactly these problems on stderr.
fn assert_input_error(output: &Output, problems: &[String]) {
    let expected = match problems {
        [one] => format!("error: {one}\nnothing was sent\n"),
        _ => format!(
            "error: {} problems in the input, nothing was sent:\n  {}\n",
            problems.len(),
            problems.join("\n  ")
        ),
    };
    assert_eq!(output.status.code(), Some(4), "{}", stderr_of(output));
    assert_eq!(stdout_of(output), "");
    assert_eq!(stderr_of(output), expected);
    assert_no_secret(output);
}

/// Exit 2, nothing on stdout, and these lines somewhere on stderr.
fn assert_usage_error(output: &Output, lines: &[&str]) {
    assert_eq!(output.status.code(), Some(2), "{}", stderr_of(output));
    assert_eq!(stdout_of(output), "");
    let stderr = stderr_of(output);
    for line in lines {
        assert!(stderr.contains(line), "{line:?} not in:\n{stderr}");
    }
    assert_no_secret(output);
}

/// Each problem prefixed with the file it was found in.
fn in_file(path: &str, problems: &[&str]) -> Vec<String> {
    problems.iter().map(|p| format!("{path}: {p}")).collect()
}

// ---------------------------------------------------------------- create

#[test]
fn create_with_malformed_json_names_the_file() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["create"], "c.json", "{\"external_id\": \"x\",}");
    assert_input_error(
        &output,
        &in_file(&path, &["invalid JSON: trailing comma at line 1 column 21"]),
    );
}

#[test]
fn create_with_wrong_types_lists_every_field() {
    let env = TestEnv::new();
    let body = json!({
        "content_type": {"id": CT}, "object_id": 5, "external_id": "e", "hidden": "yes"
    });
    let (path, output) = refused_file(&env, &["create"], "c.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "object_id: expected a UUID string, found a number",
                "hidden: expected true or false, found a string",
            ],
        ),
    );
}

#[test]
fn create_with_bad_uuids_quotes_each_value() {
    let env = TestEnv::new();
    let body = json!({
        "content_type": {"id": "ct-1"}, "object_id": "not-a-uuid", "external_id": "e",
        "organization": {"id": "12345"}
    });
    let (path, output) = refused_file(&env, &["create"], "c.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "content_type.id: not a UUID: \"ct-1\"",
                "object_id: not a UUID: \"not-a-uuid\"",
                "organization.id: not a UUID: \"12345\"",
            ],
        ),
    );
}

#[test]
fn create_with_a_custom_id_of_129_characters_is_refused() {
    let env = TestEnv::new();
    let mut body = record("e");
    body["custom_id"] = json!("é".repeat(129));
    let (path, output) = refused_file(&env, &["create"], "c.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["custom_id: at most 128 characters are allowed, this has 129"],
        ),
    );
}

#[test]
fn create_with_a_custom_id_of_128_characters_is_sent() {
    // 128 characters but 256 bytes: the limit counts characters.
    let mut body = record("e");
    body["custom_id"] = json!("é".repeat(128));
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH)).json_body(body.clone());
        then.status(201).json_body(connection(PK, "e"));
    });
    let env = TestEnv::new();
    let file = env.write("c.json", &body.to_string());
    let output = env
        .cmd(&server)
        .args(["conn", "create", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "e")).unwrap() + "\n"
    );
}

#[test]
fn create_from_a_file_without_the_required_fields_lists_each() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["create"], "c.json", r#"{"hidden": true}"#);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "content_type: required field missing",
                "object_id: required field missing",
                "external_id: required field missing",
            ],
        ),
    );
}

#[test]
fn create_from_a_file_missing_one_required_field_names_it() {
    let env = TestEnv::new();
    let body = json!({"content_type": {"id": CT}, "external_id": "e"});
    let (path, output) = refused_file(&env, &["create"], "c.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(&path, &["object_id: required field missing"]),
    );
}

#[test]
fn create_with_unknown_fields_at_the_top_and_nested() {
    let env = TestEnv::new();
    let body = json!({
        "content_type": {"id": CT, "name": "tenant"}, "object_id": OBJ, "external_id": "e",
        "colour": "red", "organization": {"id": ORG, "title": "x"}
    });
    let (path, output) = refused_file(&env, &["create"], "c.json", &body.to_string());
    assert_input_error(
        &output,
        &[
            format!("{path}: content_type.name: {UNKNOWN_INNER_FIELD}"),
            format!("{path}: colour: {UNKNOWN_FIELD}"),
            format!("{path}: organization.title: {UNKNOWN_INNER_FIELD}"),
        ],
    );
}

#[test]
fn create_from_a_missing_file_names_it() {
    let env = TestEnv::new();
    let path = label(&env.home.path().join("missing.json"));
    let output = refused(&env, &["conn", "create", "-f", &path], None);
    assert_input_error(&output, &in_file(&path, &[NO_SUCH_FILE]));
}

#[test]
fn create_from_an_empty_file_is_invalid_json() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["create"], "c.json", "");
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["invalid JSON: EOF while parsing a value at line 1 column 0"],
        ),
    );
}

#[test]
fn create_from_a_file_that_is_not_an_object() {
    let env = TestEnv::new();
    let body = json!([record("e")]);
    let (path, output) = refused_file(&env, &["create"], "c.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(&path, &["expected a JSON object, found an array"]),
    );
}

#[test]
fn create_from_stdin_with_malformed_json_names_stdin() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "create", "-f", "-"], Some("{"));
    assert_input_error(
        &output,
        &in_file(
            "<stdin>",
            &["invalid JSON: EOF while parsing an object at line 1 column 1"],
        ),
    );
}

#[test]
fn create_from_stdin_lists_every_problem() {
    let env = TestEnv::new();
    let output = refused(
        &env,
        &["conn", "create", "-f", "-"],
        Some(r#"{"object_id": 5, "hidden": null}"#),
    );
    assert_input_error(
        &output,
        &in_file(
            "<stdin>",
            &[
                "object_id: expected a UUID string, found a number",
                "hidden: expected true or false, found null",
                "content_type: required field missing",
                "external_id: required field missing",
            ],
        ),
    );
}

#[test]
fn create_with_no_flags_and_no_file_is_a_usage_error() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "create"], None);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr_of(&output),
        "error: missing required fields: give --content-type, --object-id, --external-id \
         (or a body with -f FILE)\n"
    );
}

#[test]
fn create_with_some_flags_names_the_missing_ones() {
    let env = TestEnv::new();
    let output = refused(
        &env,
        &["conn", "create", "--content-type", CT, "--hidden"],
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr_of(&output),
        "error: missing required fields: give --object-id, --external-id \
         (or a body with -f FILE)\n"
    );
}

#[test]
fn create_with_organization_and_no_organization_is_a_usage_error() {
    let env = TestEnv::new();
    let output = refused(
        &env,
        &[
            "conn",
            "create",
            "--content-type",
            CT,
            "--object-id",
            OBJ,
            "--external-id",
            "e",
            "--organization",
            ORG,
            "--no-organization",
        ],
        None,
    );
    assert_usage_error(
        &output,
        &["error: the argument '--organization <UUID>' cannot be used with '--no-organization'"],
    );
}

#[test]
fn create_with_a_custom_id_flag_of_129_characters_is_a_usage_error() {
    let env = TestEnv::new();
    let long = "é".repeat(129);
    let output = refused(
        &env,
        &[
            "conn",
            "create",
            "--content-type",
            CT,
            "--object-id",
            OBJ,
            "--external-id",
            "e",
            "--custom-id",
            &long,
        ],
        None,
    );
    assert_usage_error(
        &output,
        &[&format!(
            "error: invalid value '{long}' for '--custom-id <TEXT>': \
             at most 128 characters are allowed, this has 129"
        )],
    );
}

#[test]
fn create_with_a_custom_id_flag_of_128_characters_is_sent() {
    let custom = "é".repeat(128);
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH)).json_body(json!({
            "content_type": {"id": CT}, "object_id": OBJ, "external_id": "e",
            "custom_id": custom
        }));
        then.status(201).json_body(connection(PK, "e"));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "e", "--custom-id", &custom])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "e")).unwrap() + "\n"
    );
}

// ---------------------------------------------------------------- update

#[test]
fn update_with_malformed_json_names_the_file() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["update", PK], "u.json", "{\"hidden\": tru}");
    assert_input_error(
        &output,
        &in_file(&path, &["invalid JSON: expected ident at line 1 column 15"]),
    );
}

#[test]
fn update_with_wrong_types_lists_every_field() {
    let env = TestEnv::new();
    let body = json!({
        "hidden": "yes", "object_id": 5, "external_id": 42, "custom_id": 7,
        "content_type": "ct", "organization": 3
    });
    let (path, output) = refused_file(&env, &["update", PK], "u.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "hidden: expected true or false, found a string",
                "object_id: expected a UUID string, found a number",
                "external_id: expected a string, found a number",
                "custom_id: expected a string or null, found a number",
                "content_type: expected an object {\"id\": UUID}, found a string",
                "organization: expected an object {\"id\": UUID} or null, found a number",
            ],
        ),
    );
}

#[test]
fn update_with_bad_uuids_quotes_each_value() {
    let env = TestEnv::new();
    let body = json!({
        "object_id": "x", "content_type": {"id": "y"}, "organization": {"id": "z"}
    });
    let (path, output) = refused_file(&env, &["update", PK], "u.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "object_id: not a UUID: \"x\"",
                "content_type.id: not a UUID: \"y\"",
                "organization.id: not a UUID: \"z\"",
            ],
        ),
    );
}

#[test]
fn update_with_a_custom_id_of_129_characters_is_refused() {
    let env = TestEnv::new();
    let body = json!({"custom_id": "c".repeat(129)});
    let (path, output) = refused_file(&env, &["update", PK], "u.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["custom_id: at most 128 characters are allowed, this has 129"],
        ),
    );
}

#[test]
fn update_with_a_custom_id_of_128_characters_and_no_required_fields_is_sent() {
    let body = json!({"custom_id": "c".repeat(128)});
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(PATCH).path(item_path(PK))).json_body(body.clone());
        then.status(200).json_body(connection(PK, "e"));
    });
    let env = TestEnv::new();
    let file = env.write("u.json", &body.to_string());
    let output = env
        .cmd(&server)
        .args(["conn", "update", PK, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "e")).unwrap() + "\n"
    );
}

#[test]
fn update_with_a_custom_id_flag_of_129_characters_is_a_usage_error() {
    let env = TestEnv::new();
    let long = "c".repeat(129);
    let output = refused(&env, &["conn", "update", PK, "--custom-id", &long], None);
    assert_usage_error(
        &output,
        &["at most 128 characters are allowed, this has 129"],
    );
}

#[test]
fn update_with_unknown_fields_at_the_top_and_nested() {
    let env = TestEnv::new();
    let body = json!({"colour": "red", "content_type": {"id": CT, "model": "x"}});
    let (path, output) = refused_file(&env, &["update", PK], "u.json", &body.to_string());
    assert_input_error(
        &output,
        &[
            format!("{path}: colour: {UNKNOWN_FIELD}"),
            format!("{path}: content_type.model: {UNKNOWN_INNER_FIELD}"),
        ],
    );
}

#[test]
fn update_with_a_reference_without_its_id() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["update", PK], "u.json", r#"{"content_type": {}}"#);
    assert_input_error(
        &output,
        &in_file(&path, &["content_type.id: required field missing"]),
    );
}

#[test]
fn update_from_a_missing_file_names_it() {
    let env = TestEnv::new();
    let path = label(&env.home.path().join("missing.json"));
    let output = refused(&env, &["conn", "update", PK, "-f", &path], None);
    assert_input_error(&output, &in_file(&path, &[NO_SUCH_FILE]));
}

#[test]
fn update_from_an_empty_file_is_invalid_json() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["update", PK], "u.json", "");
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["invalid JSON: EOF while parsing a value at line 1 column 0"],
        ),
    );
}

#[test]
fn update_from_a_file_that_is_not_an_object() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["update", PK], "u.json", r#""hidden""#);
    assert_input_error(
        &output,
        &in_file(&path, &["expected a JSON object, found a string"]),
    );
}

#[test]
fn update_from_stdin_names_stdin() {
    let env = TestEnv::new();
    let output = refused(
        &env,
        &["conn", "update", PK, "-f", "-"],
        Some(r#"{"hidden": "yes", "object_id": 5}"#),
    );
    assert_input_error(
        &output,
        &in_file(
            "<stdin>",
            &[
                "hidden: expected true or false, found a string",
                "object_id: expected a UUID string, found a number",
            ],
        ),
    );
}

#[test]
fn update_from_a_file_of_read_only_fields_has_nothing_to_send() {
    let env = TestEnv::new();
    let body = json!({"id": PK, "application_id": APP, "created_at": "2026-12-04T10:00:00Z"});
    let (path, output) = refused_file(&env, &["update", PK], "u.json", &body.to_string());
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["no fields to update (read-only fields id, application_id and created_at are ignored)"],
        ),
    );
}

#[test]
fn update_with_nothing_to_update_is_a_usage_error() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "update", PK], None);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr_of(&output),
        "error: nothing to update: give at least one field flag (see --help) or -f FILE\n"
    );
}

#[test]
fn update_with_organization_and_no_organization_is_a_usage_error() {
    let env = TestEnv::new();
    let output = refused(
        &env,
        &[
            "conn",
            "update",
            PK,
            "--no-organization",
            "--organization",
            ORG,
        ],
        None,
    );
    assert_usage_error(
        &output,
        &["error: the argument '--no-organization' cannot be used with '--organization <UUID>'"],
    );
}

#[test]
fn update_drops_read_only_fields_and_sends_the_rest_exactly() {
    let mut file_body = connection(PK, "erp-7");
    file_body["hidden"] = json!(true);
    file_body["organization"] = json!({"id": ORG});
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(PATCH).path(item_path(PK)))
            .header("content-type", "application/json")
            .json_body(json!({
                "content_type": {"id": CT}, "organization": {"id": ORG}, "hidden": true,
                "object_id": OBJ, "external_id": "erp-7", "custom_id": null
            }));
        then.status(200).json_body(file_body.clone());
    });
    let env = TestEnv::new();
    let file = env.write("u.json", &serde_json::to_string_pretty(&file_body).unwrap());
    let output = env
        .cmd(&server)
        .args(["conn", "update", PK, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&file_body).unwrap() + "\n"
    );
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn get_output_can_be_fed_back_to_update_unchanged() {
    let server = MockServer::start();
    let get = server.mock(|when, then| {
        with_credentials(when.method(GET).path(item_path(PK)));
        then.status(200).json_body(connection(PK, "erp-1"));
    });
    let patch = server.mock(|when, then| {
        with_credentials(when.method(PATCH).path(item_path(PK))).json_body(json!({
            "content_type": {"id": CT}, "organization": null, "hidden": false,
            "object_id": OBJ, "external_id": "erp-1", "custom_id": null
        }));
        then.status(200).json_body(connection(PK, "erp-1"));
    });
    let env = TestEnv::new();
    let got = env
        .cmd(&server)
        .args(["conn", "get", PK, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(got.status.code(), Some(0), "{}", stderr_of(&got));
    get.assert();
    let file = env.write("c.json", &stdout_of(&got));
    let output = env
        .cmd(&server)
        .args(["conn", "update", PK, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    patch.assert();
    assert_eq!(stdout_of(&output), stdout_of(&got));
}

// ---------------------------------------------------------------- bulk

#[test]
fn bulk_with_a_malformed_json_array_names_the_file_and_position() {
    let env = TestEnv::new();
    let content = format!("[{},\n{{\"external_id\": }}]", record("a"));
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_input_error(
        &output,
        &in_file(&path, &["invalid JSON: expected value at line 2 column 17"]),
    );
}

#[test]
fn bulk_with_a_malformed_ndjson_line_names_the_record_and_line() {
    let env = TestEnv::new();
    let content = format!(
        "{}\n\n{{\"external_id\": }}\n{}\n",
        record("a"),
        record("c")
    );
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["record [1] (line 3): invalid JSON at column 17: expected value"],
        ),
    );
}

#[test]
fn bulk_with_wrong_types_in_an_array() {
    let env = TestEnv::new();
    let mut bad = record("b");
    bad["object_id"] = json!(5);
    bad["hidden"] = json!("yes");
    let content = json!([record("a"), bad]).to_string();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "record [1]: object_id: expected a UUID string, found a number",
                "record [1]: hidden: expected true or false, found a string",
            ],
        ),
    );
}

#[test]
fn bulk_with_wrong_types_in_ndjson() {
    let env = TestEnv::new();
    let mut bad = record("b");
    bad["hidden"] = json!("yes");
    let content = format!("{}\n{}\n", record("a"), bad);
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["record [1] (line 2): hidden: expected true or false, found a string"],
        ),
    );
}

#[test]
fn bulk_with_bad_uuids_in_each_field() {
    let env = TestEnv::new();
    let mut first = record("a");
    first["object_id"] = json!("obj");
    let mut second = record("b");
    second["content_type"] = json!({"id": "ct"});
    let mut third = record("c");
    third["organization"] = json!({"id": "org"});
    let content = json!([first, second, third]).to_string();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "record [0]: object_id: not a UUID: \"obj\"",
                "record [1]: content_type.id: not a UUID: \"ct\"",
                "record [2]: organization.id: not a UUID: \"org\"",
            ],
        ),
    );
}

#[test]
fn bulk_with_a_custom_id_of_129_characters_is_refused() {
    let env = TestEnv::new();
    let mut bad = record("b");
    bad["custom_id"] = json!("é".repeat(129));
    let content = format!("{}\n{}\n", record("a"), bad);
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &["record [1] (line 2): custom_id: at most 128 characters are allowed, this has 129"],
        ),
    );
}

#[test]
fn bulk_with_a_custom_id_of_128_characters_is_sent() {
    let mut long = record("b");
    long["custom_id"] = json!("é".repeat(128));
    let body = json!([record("a"), long]);
    let answer = json!([connection(PK, "a"), connection(PK2, "b")]);
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH)).json_body(body.clone());
        then.status(200).json_body(answer.clone());
    });
    let env = TestEnv::new();
    let file = env.write("b.json", &body.to_string());
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
}

#[test]
fn bulk_records_missing_required_fields_are_each_named() {
    let env = TestEnv::new();
    let content = json!([
        {"object_id": OBJ, "external_id": "a"},
        {"content_type": {"id": CT}, "external_id": "b"},
        {"content_type": {"id": CT}, "object_id": OBJ},
        record("d")
    ])
    .to_string();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "record [0]: content_type: required field missing",
                "record [1]: object_id: required field missing",
                "record [2]: external_id: required field missing",
            ],
        ),
    );
}

#[test]
fn bulk_with_unknown_fields_at_the_top_and_nested() {
    let env = TestEnv::new();
    let mut top = record("a");
    top["colour"] = json!("red");
    let mut nested = record("b");
    nested["content_type"] = json!({"id": CT, "name": "tenant"});
    let content = format!("{top}\n{nested}\n");
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", &content);
    assert_input_error(
        &output,
        &[
            format!("{path}: record [0] (line 1): colour: {UNKNOWN_FIELD}"),
            format!("{path}: record [1] (line 2): content_type.name: {UNKNOWN_INNER_FIELD}"),
        ],
    );
}

#[test]
fn bulk_from_a_missing_file_names_it() {
    let env = TestEnv::new();
    let path = label(&env.home.path().join("missing.json"));
    let output = refused(&env, &["conn", "bulk", "-f", &path], None);
    assert_input_error(&output, &in_file(&path, &[NO_SUCH_FILE]));
}

#[test]
fn bulk_from_an_empty_file_has_no_records() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", "");
    assert_input_error(&output, &in_file(&path, &[NO_RECORDS]));
}

#[test]
fn bulk_from_a_file_of_blank_lines_has_no_records() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", "\n  \n\t\n");
    assert_input_error(&output, &in_file(&path, &[NO_RECORDS]));
}

#[test]
fn bulk_from_an_empty_array_has_no_records() {
    let env = TestEnv::new();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", " [ ]\n");
    assert_input_error(&output, &in_file(&path, &[NO_RECORDS]));
}

#[test]
fn bulk_from_empty_stdin_has_no_records() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "bulk", "-f", "-"], Some(""));
    assert_input_error(&output, &in_file("<stdin>", &[NO_RECORDS]));
}

#[test]
fn bulk_records_that_are_not_objects_are_each_named() {
    let env = TestEnv::new();
    let content = json!([1, "two", null, [record("x")], record("e")]).to_string();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "record [0]: expected a JSON object, found a number",
                "record [1]: expected a JSON object, found a string",
                "record [2]: expected a JSON object, found null",
                "record [3]: expected a JSON object, found an array",
            ],
        ),
    );
}

#[test]
fn bulk_ndjson_lines_that_are_not_objects_are_named() {
    let env = TestEnv::new();
    let content = format!("{}\n5\n\"x\"\n", record("a"));
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "record [1] (line 2): expected a JSON object, found a number",
                "record [2] (line 3): expected a JSON object, found a string",
            ],
        ),
    );
}

#[test]
fn bulk_lists_every_problem_of_every_record_in_an_array() {
    let env = TestEnv::new();
    let content = json!([
        record("a"),
        {"content_type": {"id": "nope"}, "object_id": OBJ, "external_id": 1},
        record("c"),
        {"object_id": OBJ, "external_id": "d", "hidden": "no", "extra": true},
        "five"
    ])
    .to_string();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_input_error(
        &output,
        &[
            format!("{path}: record [1]: content_type.id: not a UUID: \"nope\""),
            format!("{path}: record [1]: external_id: expected a string, found a number"),
            format!("{path}: record [3]: hidden: expected true or false, found a string"),
            format!("{path}: record [3]: extra: {UNKNOWN_FIELD}"),
            format!("{path}: record [3]: content_type: required field missing"),
            format!("{path}: record [4]: expected a JSON object, found a string"),
        ],
    );
}

#[test]
fn bulk_lists_every_problem_of_every_record_in_ndjson_with_lines() {
    let env = TestEnv::new();
    // Blank lines are skipped: record numbers and line numbers differ.
    let content = format!(
        "\n{}\n\n{}\n{{\"hidden\": }}\n\n{}\n",
        json!({"content_type": {"id": CT}, "object_id": 5, "external_id": "a"}),
        record("b"),
        json!({"content_type": {"id": CT, "x": 1}, "object_id": OBJ})
    );
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", &content);
    assert_input_error(
        &output,
        &[
            format!(
                "{path}: record [0] (line 2): object_id: expected a UUID string, found a number"
            ),
            format!("{path}: record [2] (line 5): invalid JSON at column 12: expected value"),
            format!("{path}: record [3] (line 7): content_type.x: {UNKNOWN_INNER_FIELD}"),
            format!("{path}: record [3] (line 7): external_id: required field missing"),
        ],
    );
}

#[test]
fn bulk_from_stdin_as_a_json_array_names_stdin_and_record() {
    let env = TestEnv::new();
    let input =
        json!([record("a"), {"content_type": {"id": CT}, "object_id": "o", "external_id": "b"}])
            .to_string();
    let output = refused(&env, &["conn", "bulk", "-f", "-"], Some(&input));
    assert_input_error(
        &output,
        &in_file("<stdin>", &["record [1]: object_id: not a UUID: \"o\""]),
    );
}

#[test]
fn bulk_from_stdin_as_ndjson_names_stdin_record_and_line() {
    let env = TestEnv::new();
    let input = format!("{}\n{{\"external_id\": \"b\"}}\n", record("a"));
    let output = refused(&env, &["conn", "bulk", "-f", "-"], Some(&input));
    assert_input_error(
        &output,
        &in_file(
            "<stdin>",
            &[
                "record [1] (line 2): content_type: required field missing",
                "record [1] (line 2): object_id: required field missing",
            ],
        ),
    );
}

#[test]
fn bulk_from_stdin_with_a_malformed_array() {
    let env = TestEnv::new();
    let input = format!("[{},", record("a"));
    let output = refused(&env, &["conn", "bulk", "-f", "-"], Some(&input));
    assert_input_error(
        &output,
        &in_file(
            "<stdin>",
            &[&format!(
                "invalid JSON: EOF while parsing a value at line 1 column {}",
                input.len()
            )],
        ),
    );
}

#[test]
fn bulk_array_errors_count_lines_from_the_top_of_the_file() {
    let env = TestEnv::new();
    let content = format!("\n\n[{},\n{{\"external_id\": }}]", record("a"));
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_input_error(
        &output,
        &in_file(&path, &["invalid JSON: expected value at line 4 column 17"]),
    );
}

#[test]
fn bulk_ndjson_line_numbers_count_leading_blank_lines() {
    let env = TestEnv::new();
    let content = format!("\n \n{}\n{{\"hidden\": 1}}\n", record("a"));
    let (path, output) = refused_file(&env, &["bulk"], "b.ndjson", &content);
    assert_input_error(
        &output,
        &in_file(
            &path,
            &[
                "record [1] (line 4): hidden: expected true or false, found a number",
                "record [1] (line 4): content_type: required field missing",
                "record [1] (line 4): object_id: required field missing",
                "record [1] (line 4): external_id: required field missing",
            ],
        ),
    );
}

#[test]
fn bulk_of_a_single_pretty_printed_object_says_what_is_expected() {
    // `conn get PK -o json` prints one pretty object; given to bulk it is
    // neither an array nor one object per line. The answer should say so once,
    // not call each line of a valid JSON document invalid JSON.
    let env = TestEnv::new();
    let content = serde_json::to_string_pretty(&record("a")).unwrap();
    let (path, output) = refused_file(&env, &["bulk"], "b.json", &content);
    assert_eq!(output.status.code(), Some(4), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    let stderr = stderr_of(&output);
    assert!(stderr.starts_with(&format!("error: {path}: ")), "{stderr}");
    assert!(stderr.contains("JSON array"), "{stderr}");
    assert!(!stderr.contains("invalid JSON"), "{stderr}");
    assert!(stderr.ends_with("nothing was sent\n"), "{stderr}");
}

// ---------------------------------------------------------------- PKs

#[test]
fn get_with_a_bad_pk_names_it() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "get", "x"], None);
    assert_input_error(&output, &["PK \"x\" is not a UUID".to_owned()]);
}

#[test]
fn get_lists_every_bad_pk() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "get", "x", PK, "not-a-pk", ""], None);
    assert_input_error(
        &output,
        &[
            "PK \"x\" is not a UUID".to_owned(),
            "PK \"not-a-pk\" is not a UUID".to_owned(),
            "PK \"\" is not a UUID".to_owned(),
        ],
    );
}

#[test]
fn update_with_a_bad_pk_names_it() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "update", "x", "--hidden"], None);
    assert_input_error(&output, &["PK \"x\" is not a UUID".to_owned()]);
}

#[test]
fn delete_lists_every_bad_pk() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "delete", PK, "x", "y", "--yes"], None);
    assert_input_error(
        &output,
        &[
            "PK \"x\" is not a UUID".to_owned(),
            "PK \"y\" is not a UUID".to_owned(),
        ],
    );
}

#[test]
fn delete_with_a_bad_pk_is_an_input_error_even_without_yes() {
    let env = TestEnv::new();
    let output = refused(&env, &["conn", "delete", "x"], None);
    assert_input_error(&output, &["PK \"x\" is not a UUID".to_owned()]);
}
