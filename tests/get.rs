mod common;

use common::*;
use httpmock::prelude::*;

fn serve<'a>(server: &'a MockServer, pk: &'static str, external_id: &str) -> httpmock::Mock<'a> {
    let answer = connection(pk, external_id);
    server.mock(move |when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{pk}/")));
        then.status(200).json_body(answer);
    })
}

#[test]
fn one_pk_prints_one_object() {
    let server = MockServer::start();
    let mock = serve(&server, PK, "a");
    let env = TestEnv::new();
    let output = env.cmd(&server).args(["conn", "get", PK]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "a")).unwrap() + "\n"
    );
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
}

#[test]
fn several_pks_print_an_array_in_the_order_given() {
    let server = MockServer::start();
    let first = serve(&server, PK2, "second-pk");
    let second = serve(&server, PK, "first-pk");
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "get", PK2, PK])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    first.assert();
    second.assert();
    let expected = serde_json::json!([connection(PK2, "second-pk"), connection(PK, "first-pk")]);
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&expected).unwrap() + "\n"
    );
}

#[test]
fn ndjson_prints_one_line_per_object() {
    let server = MockServer::start();
    serve(&server, PK, "a");
    serve(&server, PK2, "b");
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "get", PK, PK2, "--output", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        format!("{}\n{}\n", connection(PK, "a"), connection(PK2, "b"))
    );
}

#[test]
fn several_objects_in_a_table_have_one_row_each() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path(format!("{PATH}{PK}/"));
        then.status(200)
            .json_body(serde_json::json!({"id": "a", "external_id": "x", "hidden": false}));
    });
    server.mock(|when, then| {
        when.method(GET).path(format!("{PATH}{PK2}/"));
        then.status(200)
            .json_body(serde_json::json!({"id": "b", "external_id": "y", "hidden": true}));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "get", PK, PK2, "-o", "table"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "\
┌────┬─────────────┬────────┐
│ id ┆ external_id ┆ hidden │
╞════╪═════════════╪════════╡
│ a  ┆ x           ┆ false  │
│ b  ┆ y           ┆ true   │
└────┴─────────────┴────────┘
"
    );
}

#[test]
fn broken_pipe_is_not_an_error() {
    let server = MockServer::start();
    serve(&server, PK, "a");
    let env = TestEnv::new();
    let mut child = env
        .std_cmd(&server)
        .args(["conn", "get", PK])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stderr_of(&output), "");
}

#[cfg(target_os = "linux")]
#[test]
fn an_unwritable_stdout_is_an_internal_error() {
    let server = MockServer::start();
    serve(&server, PK, "a");
    let env = TestEnv::new();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = env
        .std_cmd(&server)
        .args(["conn", "get", PK])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_of(&output),
        "error: cannot write the results: No space left on device (os error 28)\n"
    );
}
