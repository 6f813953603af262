//! The embedded sandbox: the CLI against the in-process emulator (`--sandbox`,
//! `PIGELLO_ENVIRONMENT=sandbox`, a profile's `environment = "sandbox"`), and
//! `pigello sandbox serve` spoken to by the CLI and by raw HTTP requests.
//!
//! Every wait is bounded and every child process is killed and reaped when
//! its guard is dropped, so a failing test leaves nothing running.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::*;
use serde_json::{json, Value};

/// The sandbox's fixed credentials: (environment variable, header, value).
const SANDBOX_CREDENTIALS: [(&str, &str, &str); 7] = [
    (
        "PIGELLO_CUSTOMER_ID",
        "X-PIGELLO-CUSTOMER-ID",
        "5a4d0b00-0000-4000-8000-000000000001",
    ),
    (
        "PIGELLO_APPLICATION_ID",
        "X-PIGELLO-APPLICATION-ID",
        SANDBOX_APPLICATION_ID,
    ),
    (
        "PIGELLO_SERVICE_ID",
        "X-PIGELLO-SERVICE-ID",
        "5a4d0b00-0000-4000-8000-000000000003",
    ),
    (
        "PIGELLO_SERVICE_VERSION_ID",
        "X-PIGELLO-SERVICE-VERSION-ID",
        "5a4d0b00-0000-4000-8000-000000000004",
    ),
    (
        "PIGELLO_CLIENT_CT",
        "X-PIGELLO-CLIENT-CT",
        "5a4d0b00-0000-4000-8000-000000000005",
    ),
    (
        "PIGELLO_CLIENT_ENTITY",
        "X-PIGELLO-CLIENT-ENTITY",
        "5a4d0b00-0000-4000-8000-000000000006",
    ),
    (
        "PIGELLO_CLIENT_SECRET",
        "X-PIGELLO-CLIENT-SECRET",
        "sandbox-secret",
    ),
];

const SANDBOX_APPLICATION_ID: &str = "5a4d0b00-0000-4000-8000-000000000002";

/// The Connection schema's properties, in the reference's order.
const CONNECTION_KEYS: [&str; 9] = [
    "content_type",
    "application_id",
    "organization",
    "id",
    "hidden",
    "created_at",
    "object_id",
    "external_id",
    "custom_id",
];

/// The second record of examples/connections.json.
const OBJ_2: &str = "9b2f1c3e-5d7a-4b8c-9e0f-1a2b3c4d5e6f";

/// Bounds one ordinary CLI run, and the server's start and stop.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Bounds the two overlapping bulk runs of 300 records each (debug build).
const BULK_TIMEOUT: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------
// Helpers: processes
// ---------------------------------------------------------------------------

/// Kills and reaps the child when dropped, whatever happened to the test.
struct ChildGuard(Child);

impl ChildGuard {
    fn spawn(mut cmd: std::process::Command) -> Self {
        ChildGuard(cmd.spawn().expect("the binary starts"))
    }

    /// The exit status, or `None` if it is still running after `limit`.
    fn wait_for(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.0.try_wait().expect("try_wait") {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

/// Runs the command to completion within `TIMEOUT` (killed if it overruns).
fn run(cmd: std::process::Command) -> Output {
    assert_cmd::Command::from_std(cmd)
        .timeout(TIMEOUT)
        .output()
        .expect("the binary runs within the time limit")
}

fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

fn assert_success(output: &Output) {
    assert_eq!(
        code(output),
        Some(0),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn json_stdout(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "stdout is not JSON ({err}):\n{}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/connections.json")
}

/// The binary with `--sandbox --sandbox-data DATA` and no credentials at all.
fn sandboxed(env: &TestEnv, data: &Path) -> std::process::Command {
    let mut cmd = env.std_bare();
    cmd.arg("--sandbox").arg("--sandbox-data").arg(data);
    cmd
}

fn with_args(mut cmd: std::process::Command, args: &[&str]) -> std::process::Command {
    cmd.args(args);
    cmd
}

/// The connections in the sandbox's state file.
fn stored(data: &Path) -> Vec<Value> {
    let text = std::fs::read(data)
        .unwrap_or_else(|err| panic!("cannot read the state file {}: {err}", data.display()));
    let document: Value = serde_json::from_slice(&text).expect("the state file is JSON");
    document["connections"]
        .as_array()
        .expect("the state file has a list of connections")
        .clone()
}

fn id_of(connection: &Value) -> String {
    connection["id"].as_str().expect("an id").to_owned()
}

// ---------------------------------------------------------------------------
// Helpers: the schema
// ---------------------------------------------------------------------------

fn is_uuid(text: &str) -> bool {
    uuid::Uuid::parse_str(text).is_ok()
}

fn is_uuid_v4(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            14 => *b == b'4',
            19 => matches!(b, b'8' | b'9' | b'a' | b'b'),
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(b),
        })
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Checks `YYYY-MM-DDTHH:MM:SS[.fraction]Z` by hand; returns Unix seconds.
fn rfc3339_utc_seconds(text: &str) -> i64 {
    let bytes = text.as_bytes();
    let shape = bytes.len() >= 20
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[10] == b'T'
        && bytes[13] == b':'
        && bytes[16] == b':'
        && text.ends_with('Z')
        && [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
            .iter()
            .all(|range| bytes[range.clone()].iter().all(u8::is_ascii_digit));
    assert!(shape, "created_at {text:?} is not RFC 3339 in UTC");
    let fraction = &text[19..text.len() - 1];
    assert!(
        fraction.is_empty()
            || (fraction.len() >= 2
                && fraction.len() <= 10
                && fraction.starts_with('.')
                && fraction[1..].bytes().all(|b| b.is_ascii_digit())),
        "created_at {text:?} has a malformed fraction of a second"
    );
    let number = |from: usize, to: usize| text[from..to].parse::<i64>().unwrap();
    let (year, month, day) = (number(0, 4), number(5, 7), number(8, 10));
    let (hour, minute, second) = (number(11, 13), number(14, 16), number(17, 19));
    assert!(
        (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && hour < 24
            && minute < 60
            && second < 60,
        "created_at {text:?} is out of range"
    );
    days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
}

fn now_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Asserts `value` is a Connection as the OpenAPI schema describes it, with
/// exactly its keys in the reference's order, made by the sandbox just now.
fn assert_connection(value: &Value) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"));
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    assert_eq!(keys, CONNECTION_KEYS, "keys of {value}");

    let content_type = object["content_type"].as_object().expect("content_type");
    assert_eq!(content_type.len(), 1, "{value}");
    assert!(
        is_uuid(content_type["id"].as_str().unwrap_or("")),
        "{value}"
    );
    assert_eq!(object["application_id"], json!(SANDBOX_APPLICATION_ID));
    match &object["organization"] {
        Value::Null => {}
        Value::Object(org) => {
            assert_eq!(org.len(), 1, "{value}");
            assert!(is_uuid(org["id"].as_str().unwrap_or("")), "{value}");
        }
        other => panic!("organization {other} is neither null nor {{\"id\": UUID}}"),
    }
    let id = object["id"].as_str().expect("id is a string");
    assert!(is_uuid_v4(id), "id {id:?} is not a lowercase UUID v4");
    assert!(object["hidden"].is_boolean(), "{value}");
    let created = rfc3339_utc_seconds(object["created_at"].as_str().expect("created_at"));
    assert!(
        (created - now_seconds()).abs() < 600,
        "created_at {} is not now",
        object["created_at"]
    );
    assert!(
        is_uuid(object["object_id"].as_str().unwrap_or("")),
        "{value}"
    );
    assert!(object["external_id"].is_string(), "{value}");
    match &object["custom_id"] {
        Value::Null => {}
        Value::String(text) => assert!(text.chars().count() <= 128, "{value}"),
        other => panic!("custom_id {other} is neither null nor a string"),
    }
}

/// Asserts the two connections of examples/connections.json, as created.
fn assert_example_connections(value: &Value) -> Vec<String> {
    let list = value.as_array().expect("an array of connections");
    assert_eq!(list.len(), 2, "{value}");
    list.iter().for_each(assert_connection);
    let [first, second] = [&list[0], &list[1]];
    assert_eq!(first["content_type"], json!({"id": CT}));
    assert_eq!(first["object_id"], json!(OBJ));
    assert_eq!(first["external_id"], json!("erp-1001"));
    assert_eq!(first["organization"], Value::Null);
    assert_eq!(first["hidden"], json!(false));
    assert_eq!(first["custom_id"], Value::Null);
    assert_eq!(second["content_type"], json!({"id": CT}));
    assert_eq!(second["object_id"], json!(OBJ_2));
    assert_eq!(second["external_id"], json!("erp-1002"));
    assert_eq!(second["organization"], Value::Null);
    assert_eq!(second["hidden"], json!(false));
    assert_eq!(second["custom_id"], json!("building-7"));
    assert_ne!(first["id"], second["id"]);
    vec![id_of(first), id_of(second)]
}

#[test]
fn json_objects_keep_their_key_order_in_these_tests() {
    // The key-order assertions rely on serde_json's preserve_order feature.
    let value: Value = serde_json::from_str(r#"{"b": 1, "a": 2}"#).unwrap();
    let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["b", "a"]);
}

// ---------------------------------------------------------------------------
// The in-process sandbox
// ---------------------------------------------------------------------------

#[test]
fn sandbox_flag_bulk_creates_schema_conformant_connections_without_credentials() {
    let env = TestEnv::new();
    let data = env.home.path().join("state/sandbox.json");
    let output = run(with_args(
        sandboxed(&env, &data),
        &["conn", "bulk", "-f", examples().to_str().unwrap()],
    ));
    assert_success(&output);
    let ids = assert_example_connections(&json_stdout(&output));
    let stored = stored(&data);
    assert_eq!(stored.len(), 2);
    assert_eq!(stored.iter().map(id_of).collect::<Vec<_>>(), ids);
    assert_eq!(stored, json_stdout(&output).as_array().unwrap().clone());
}

#[test]
fn sandbox_environment_variables_choose_the_sandbox_and_its_file() {
    let env = TestEnv::new();
    let data = env.home.path().join("from-env/sandbox.json");
    let mut cmd = env.std_bare();
    cmd.env("PIGELLO_ENVIRONMENT", "sandbox")
        .env("PIGELLO_SANDBOX_DATA", &data)
        .args(["conn", "bulk", "-f"])
        .arg(examples());
    let output = run(cmd);
    assert_success(&output);
    let ids = assert_example_connections(&json_stdout(&output));
    assert_eq!(stored(&data).len(), 2);

    // A second process, configured the same way, sees them.
    let mut cmd = env.std_bare();
    cmd.env("PIGELLO_ENVIRONMENT", "sandbox")
        .env("PIGELLO_SANDBOX_DATA", &data)
        .args(["conn", "get", &ids[1]]);
    let output = run(cmd);
    assert_success(&output);
    assert_eq!(json_stdout(&output)["external_id"], json!("erp-1002"));

    // `sandbox reset` finds the file through PIGELLO_SANDBOX_DATA too.
    let mut cmd = env.std_bare();
    cmd.env("PIGELLO_SANDBOX_DATA", &data)
        .args(["sandbox", "reset"]);
    assert_success(&run(cmd));
    assert_eq!(stored(&data).len(), 0);
}

#[test]
fn a_sandbox_profile_uses_the_default_data_file() {
    let env = TestEnv::new();
    env.default_config("[profiles.default]\nenvironment = \"sandbox\"\n");
    let default = env.home.path().join(".local/share/pigello/sandbox.json");
    assert!(!default.exists());
    let mut cmd = env.std_bare();
    cmd.args(["conn", "bulk", "-f"]).arg(examples());
    let output = run(cmd);
    assert_success(&output);
    let ids = assert_example_connections(&json_stdout(&output));
    assert!(default.is_file(), "{} was not written", default.display());
    assert_eq!(stored(&default).iter().map(id_of).collect::<Vec<_>>(), ids);

    // A run with the plain flag and no file named uses the same default.
    let output = run(with_args(
        env.std_bare(),
        &["--sandbox", "conn", "get", &ids[0]],
    ));
    assert_success(&output);
    assert_eq!(json_stdout(&output)["id"], json!(ids[0]));
}

#[test]
fn the_sandbox_sends_its_own_credentials_whatever_is_configured() {
    let env = TestEnv::new();
    let data = env.home.path().join("sandbox.json");
    let mut cmd = sandboxed(&env, &data);
    for (var, _, value) in CREDENTIALS {
        cmd.env(var, value);
    }
    cmd.env("PIGELLO_ENVIRONMENT", "api");
    cmd.args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "erp-1"]);
    let output = run(cmd);
    assert_success(&output);
    let created = json_stdout(&output);
    assert_connection(&created);
    assert_no_secret(&output);
}

#[test]
fn state_persists_between_runs_through_get_update_and_delete() {
    let env = TestEnv::new();
    let data = env.home.path().join("sandbox.json");
    let output = run(with_args(
        sandboxed(&env, &data),
        &["conn", "bulk", "-f", examples().to_str().unwrap()],
    ));
    assert_success(&output);
    let created = json_stdout(&output);
    let ids = assert_example_connections(&created);
    let first = created[0].clone();

    // Another process finds it.
    let output = run(with_args(sandboxed(&env, &data), &["conn", "get", &ids[0]]));
    assert_success(&output);
    assert_eq!(json_stdout(&output), first);

    // Update changes only `hidden` and answers with the whole connection.
    let output = run(with_args(
        sandboxed(&env, &data),
        &["conn", "update", &ids[0], "--hidden"],
    ));
    assert_success(&output);
    let updated = json_stdout(&output);
    assert_connection(&updated);
    let mut expected = first.clone();
    expected["hidden"] = json!(true);
    assert_eq!(updated, expected);
    let output = run(with_args(sandboxed(&env, &data), &["conn", "get", &ids[0]]));
    assert_success(&output);
    assert_eq!(json_stdout(&output), expected);

    // Delete, and it is gone; the other connection stays.
    let output = run(with_args(
        sandboxed(&env, &data),
        &["conn", "delete", &ids[0], "--yes"],
    ));
    assert_success(&output);
    let output = run(with_args(sandboxed(&env, &data), &["conn", "get", &ids[0]]));
    assert_eq!(code(&output), Some(6), "{}", stderr_of(&output));
    assert!(stderr_of(&output).contains("404"), "{}", stderr_of(&output));
    let output = run(with_args(sandboxed(&env, &data), &["conn", "get", &ids[1]]));
    assert_success(&output);
    assert_eq!(
        stored(&data).iter().map(id_of).collect::<Vec<_>>(),
        [ids[1].clone()]
    );
}

#[test]
fn bulk_twice_updates_instead_of_duplicating() {
    let env = TestEnv::new();
    let data = env.home.path().join("sandbox.json");
    let bulk = |file: &Path| {
        let output = run(with_args(
            sandboxed(&env, &data),
            &["conn", "bulk", "-f", file.to_str().unwrap()],
        ));
        assert_success(&output);
        json_stdout(&output)
    };
    let first = bulk(&examples());
    let ids = assert_example_connections(&first);
    let second = bulk(&examples());
    assert_eq!(assert_example_connections(&second), ids);
    // An update keeps what the API filled in when it created the connection.
    assert_eq!(second, first);
    assert_eq!(stored(&data).len(), 2);

    // Same content_type + object_id + external_id: the other fields change.
    let changed = env.write(
        "changed.json",
        &json!([{
            "content_type": {"id": CT},
            "object_id": OBJ_2,
            "external_id": "erp-1002",
            "custom_id": "building-8",
            "hidden": true
        }])
        .to_string(),
    );
    let third = bulk(&changed);
    assert_connection(&third[0]);
    assert_eq!(third[0]["id"], json!(ids[1]));
    assert_eq!(third[0]["created_at"], first[1]["created_at"]);
    assert_eq!(third[0]["custom_id"], json!("building-8"));
    assert_eq!(third[0]["hidden"], json!(true));
    assert_eq!(stored(&data).len(), 2);

    // A different external_id is another connection.
    let other = env.write(
        "other.json",
        &json!([{"content_type": {"id": CT}, "object_id": OBJ, "external_id": "erp-9999"}])
            .to_string(),
    );
    let fourth = bulk(&other);
    assert_connection(&fourth[0]);
    assert!(!ids.contains(&id_of(&fourth[0])));
    let stored = stored(&data);
    assert_eq!(stored.len(), 3);
    assert_eq!(stored[0]["external_id"], json!("erp-1001"));
    assert_eq!(stored[0]["id"], json!(ids[0]));
}

#[test]
fn sandbox_reset_empties_the_state() {
    let env = TestEnv::new();
    let data = env.home.path().join("sandbox.json");
    let output = run(with_args(
        sandboxed(&env, &data),
        &["conn", "bulk", "-f", examples().to_str().unwrap()],
    ));
    assert_success(&output);
    let ids = assert_example_connections(&json_stdout(&output));

    let mut cmd = env.std_bare();
    cmd.args(["sandbox", "reset", "--data"]).arg(&data);
    let output = run(cmd);
    assert_success(&output);
    assert_eq!(stored(&data).len(), 0);
    for id in &ids {
        let output = run(with_args(sandboxed(&env, &data), &["conn", "get", id]));
        assert_eq!(code(&output), Some(6), "{}", stderr_of(&output));
    }
}

#[test]
fn a_blank_external_id_is_refused_by_the_emulator_as_the_api_would() {
    let env = TestEnv::new();
    let data = env.home.path().join("sandbox.json");
    let output = run(with_args(
        sandboxed(&env, &data),
        &[
            "conn",
            "create",
            "--content-type",
            CT,
            "--object-id",
            OBJ,
            "--external-id",
            "",
        ],
    ));
    assert_eq!(code(&output), Some(5), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("external_id: This field may not be blank."),
        "{stderr}"
    );
    assert!(stderr.contains("400"), "{stderr}");
    assert_eq!(stdout_of(&output), "");
    assert!(!data.exists() || stored(&data).is_empty());
}

#[test]
fn a_bulk_refused_by_the_emulator_applies_nothing() {
    let env = TestEnv::new();
    let data = env.home.path().join("sandbox.json");
    let file = env.write(
        "blank.json",
        &json!([
            {"content_type": {"id": CT}, "object_id": OBJ, "external_id": "erp-1"},
            {"content_type": {"id": CT}, "object_id": OBJ_2, "external_id": "  "}
        ])
        .to_string(),
    );
    let output = run(with_args(
        sandboxed(&env, &data),
        &["conn", "bulk", "-f", file.to_str().unwrap()],
    ));
    assert_eq!(code(&output), Some(5), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("record [1]: external_id: This field may not be blank."),
        "{stderr}"
    );
    assert!(!data.exists() || stored(&data).is_empty());
}

/// 300 records with object ids and external ids of their own.
fn many_records(prefix: &str) -> String {
    let records: Vec<Value> = (0..300)
        .map(|i| {
            json!({
                "content_type": {"id": CT},
                "object_id": uuid::Uuid::new_v4().to_string(),
                "external_id": format!("{prefix}-{i}")
            })
        })
        .collect();
    Value::Array(records).to_string()
}

#[test]
fn two_overlapping_runs_lose_nothing() {
    let env = TestEnv::new();
    let data = env.home.path().join("shared/sandbox.json");
    let mut runs = Vec::new();
    for prefix in ["a", "b"] {
        let input = env.write(&format!("{prefix}.json"), &many_records(prefix));
        let out = env.home.path().join(format!("{prefix}.out"));
        let err = env.home.path().join(format!("{prefix}.err"));
        let mut cmd = sandboxed(&env, &data);
        cmd.args(["conn", "bulk", "--batch-size", "10", "-f"])
            .arg(&input)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(std::fs::File::create(&err).unwrap());
        runs.push((ChildGuard::spawn(cmd), out, err));
    }
    for (child, out, err) in &mut runs {
        let status = child.wait_for(BULK_TIMEOUT);
        let stderr = std::fs::read_to_string(&*err).unwrap_or_default();
        assert_eq!(
            status.and_then(|s| s.code()),
            Some(0),
            "status {status:?}, stderr:\n{stderr}"
        );
        let written: Value = serde_json::from_slice(&std::fs::read(&*out).unwrap()).unwrap();
        assert_eq!(written.as_array().unwrap().len(), 300);
    }
    let stored = stored(&data);
    assert_eq!(stored.len(), 600);
    let mut external_ids: Vec<String> = stored
        .iter()
        .map(|c| c["external_id"].as_str().unwrap().to_owned())
        .collect();
    external_ids.sort();
    external_ids.dedup();
    assert_eq!(external_ids.len(), 600);
    let mut ids: Vec<String> = stored.iter().map(id_of).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 600);
    // Replaced atomically: no temporary file is left beside it.
    let left: Vec<String> = std::fs::read_dir(data.parent().unwrap())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sandbox.json" && name != "sandbox.json.lock")
        .collect();
    assert!(left.is_empty(), "left in the data folder: {left:?}");
}

// ---------------------------------------------------------------------------
// `pigello sandbox serve`
// ---------------------------------------------------------------------------

/// A running `sandbox serve`, with what it printed.
struct Served {
    child: ChildGuard,
    /// `127.0.0.1:PORT`
    addr: String,
    /// The `export NAME=VALUE` lines, in order.
    exports: Vec<(String, String)>,
}

impl Served {
    fn start(env: &TestEnv, data: &Path) -> Self {
        Self::start_with(env, Some(data))
    }

    /// As `start`; without `data`, the sandbox uses its default file.
    fn start_with(env: &TestEnv, data: Option<&Path>) -> Self {
        let mut cmd = env.std_bare();
        cmd.args(["sandbox", "serve", "--listen", "127.0.0.1:0"]);
        if let Some(data) = data {
            cmd.arg("--data").arg(data);
        }
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = ChildGuard::spawn(cmd);
        let stdout = child.0.stdout.take().expect("stdout is piped");
        let (lines_tx, lines_rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines_tx.send(line).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + TIMEOUT;
        let mut exports = Vec::new();
        let mut printed = Vec::new();
        while exports.len() < 8 {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = lines_rx.recv_timeout(left).unwrap_or_else(|_| {
                panic!(
                    "`sandbox serve` did not print its env lines in time; it printed {printed:?}"
                )
            });
            printed.push(line.clone());
            if let Some(export) = line.strip_prefix("export ") {
                let (name, value) = export.split_once('=').expect("NAME=VALUE");
                exports.push((name.to_owned(), value.to_owned()));
            }
        }
        let base_url = exports
            .iter()
            .find(|(name, _)| name == "PIGELLO_BASE_URL")
            .map(|(_, value)| value.clone())
            .unwrap_or_else(|| panic!("no PIGELLO_BASE_URL in {printed:?}"));
        let addr = base_url
            .strip_prefix("http://127.0.0.1:")
            .map(|port| format!("127.0.0.1:{port}"))
            .unwrap_or_else(|| panic!("unexpected base URL {base_url}"));
        Served {
            child,
            addr,
            exports,
        }
    }

    /// The CLI with exactly the printed variables (and HOME/PATH).
    fn cli(&self, env: &TestEnv, args: &[&str]) -> std::process::Command {
        let mut cmd = env.std_bare();
        cmd.envs(self.exports.iter().map(|(k, v)| (k, v)));
        cmd.args(args);
        cmd
    }

    /// A request with all seven credentials.
    fn call(&self, method: &str, path: &str, body: Option<&str>) -> Reply {
        let headers: Vec<(&str, &str)> = SANDBOX_CREDENTIALS
            .iter()
            .map(|(_, header, value)| (*header, *value))
            .collect();
        request(&self.addr, method, path, &headers, body)
    }

    /// Stops it as Ctrl-C would; it must exit 0 promptly.
    fn interrupt(mut self) {
        #[cfg(unix)]
        {
            let pid = libc::pid_t::try_from(self.child.0.id()).expect("a pid");
            // SAFETY: sends a signal to our own child, which we have not reaped.
            let sent = unsafe { libc::kill(pid, libc::SIGINT) };
            assert_eq!(sent, 0, "kill(SIGINT) failed");
            let status = self.child.wait_for(TIMEOUT);
            assert!(status.is_some(), "`sandbox serve` still runs after SIGINT");
            assert_eq!(status.unwrap().code(), Some(0), "{status:?}");
        }
        #[cfg(not(unix))]
        drop(self);
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|err| {
            panic!(
                "the {} answer is not JSON ({err}): {:?}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Asserts the status and a JSON body; returns the body.
    fn expect(&self, status: u16) -> Value {
        assert_eq!(
            self.status,
            status,
            "answer: {}",
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(self.header("content-type"), Some("application/json"));
        self.json()
    }
}

/// One HTTP/1.1 request on its own connection; the body is read by its
/// Content-Length, since the server keeps connections alive.
fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Reply {
    let mut stream = TcpStream::connect(addr).expect("connect to the sandbox");
    stream.set_read_timeout(Some(TIMEOUT)).unwrap();
    stream.set_write_timeout(Some(TIMEOUT)).unwrap();
    let body = body.unwrap_or("");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\n");
    if !body.is_empty() || matches!(method, "POST" | "PATCH" | "PUT") {
        head.push_str("Content-Type: application/json\r\n");
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body.as_bytes());
    stream.write_all(&bytes).expect("send the request");

    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).expect("a status line");
    let mut parts = line.split_whitespace();
    assert_eq!(parts.next(), Some("HTTP/1.1"), "status line {line:?}");
    let status: u16 = parts
        .next()
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("status line {line:?}"));
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("a header line");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').expect("a header");
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
    }
    let length: usize = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .map(|(_, value)| value.parse().expect("a Content-Length number"))
        .expect("the answer has a Content-Length");
    let mut body = vec![0; length];
    reader.read_exact(&mut body).expect("the whole body");
    Reply {
        status,
        headers,
        body,
    }
}

fn item(pk: &str) -> String {
    format!("{PATH}{pk}/")
}

fn valid_body(external_id: &str) -> String {
    json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": external_id}).to_string()
}

/// Asserts a DRF-style error `{"field": ["message", ...]}` with exactly
/// these fields, each with at least one message.
fn assert_field_errors(value: &Value, fields: &[&str]) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("not an error object: {value}"));
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut want = fields.to_vec();
    want.sort_unstable();
    assert_eq!(keys, want, "{value}");
    for messages in object.values() {
        let messages = messages
            .as_array()
            .unwrap_or_else(|| panic!("not a list of messages: {value}"));
        assert!(!messages.is_empty(), "{value}");
        assert!(
            messages
                .iter()
                .all(|m| m.as_str().is_some_and(|m| !m.is_empty())),
            "{value}"
        );
    }
}

#[test]
fn serve_prints_its_env_lines_and_the_cli_works_against_it() {
    let env = TestEnv::new();
    let data = env.home.path().join("served.json");
    let served = Served::start(&env, &data);
    let names: Vec<&str> = served.exports.iter().map(|(n, _)| n.as_str()).collect();
    let mut want = vec!["PIGELLO_BASE_URL"];
    want.extend(SANDBOX_CREDENTIALS.iter().map(|(var, _, _)| *var));
    assert_eq!(names, want);
    for (var, _, value) in SANDBOX_CREDENTIALS {
        assert!(
            served.exports.contains(&(var.to_owned(), value.to_owned())),
            "{var}={value} not printed"
        );
    }

    let output = run(served.cli(
        &env,
        &[
            "conn",
            "create",
            "--content-type",
            CT,
            "--object-id",
            OBJ,
            "--external-id",
            "erp-42",
        ],
    ));
    assert_success(&output);
    let created = json_stdout(&output);
    assert_connection(&created);
    assert_eq!(created["external_id"], json!("erp-42"));
    let id = id_of(&created);

    let output = run(served.cli(&env, &["conn", "get", &id]));
    assert_success(&output);
    assert_eq!(json_stdout(&output), created);

    let output = run(served.cli(&env, &["conn", "bulk", "-f", examples().to_str().unwrap()]));
    assert_success(&output);
    assert_example_connections(&json_stdout(&output));

    let output = run(served.cli(&env, &["conn", "get", PK]));
    assert_eq!(code(&output), Some(6), "{}", stderr_of(&output));

    assert_eq!(stored(&data).len(), 3);
    served.interrupt();
}

#[test]
fn serve_answers_401_without_any_one_of_the_seven_headers() {
    let env = TestEnv::new();
    let served = Served::start(&env, &env.home.path().join("s.json"));
    let body = valid_body("erp-1");
    for (_, missing, _) in SANDBOX_CREDENTIALS {
        let headers: Vec<(&str, &str)> = SANDBOX_CREDENTIALS
            .iter()
            .filter(|(_, header, _)| *header != missing)
            .map(|(_, header, value)| (*header, *value))
            .collect();
        assert_eq!(headers.len(), 6);
        for (method, path, body) in [
            ("POST", PATH.to_owned(), Some(body.as_str())),
            ("POST", BULK_PATH.to_owned(), Some("[]")),
            ("GET", item(PK), None),
            ("PATCH", item(PK), Some("{}")),
            ("DELETE", item(PK), None),
        ] {
            let reply = request(&served.addr, method, &path, &headers, body);
            let answer = reply.expect(401);
            let what = format!("{method} {path} without {}", missing);
            let object = answer.as_object().expect(&what);
            assert_eq!(object.len(), 1, "{what}: {answer}");
            assert!(
                object["detail"].as_str().is_some_and(|d| !d.is_empty()),
                "{what}: {answer}"
            );
        }
    }
    // With none at all, and with one present but empty.
    request(&served.addr, "GET", &item(PK), &[], None).expect(401);
    let mut headers: Vec<(&str, &str)> = SANDBOX_CREDENTIALS
        .iter()
        .map(|(_, header, value)| (*header, *value))
        .collect();
    headers[6].1 = "";
    request(&served.addr, "GET", &item(PK), &headers, None).expect(401);
    // Nothing was created by any of them.
    assert!(
        !env.home.path().join("s.json").exists()
            || stored(&env.home.path().join("s.json")).is_empty()
    );
    served.interrupt();
}

#[test]
fn serve_validates_creates_with_django_rest_framework_errors() {
    let env = TestEnv::new();
    let data = env.home.path().join("s.json");
    let served = Served::start(&env, &data);

    let errors = served
        .call(
            "POST",
            PATH,
            Some(
                &json!({"content_type": {"id": CT}, "object_id": "not-a-uuid", "external_id": "x"})
                    .to_string(),
            ),
        )
        .expect(400);
    assert_field_errors(&errors, &["object_id"]);

    let errors = served
        .call(
            "POST",
            PATH,
            Some(&json!({"content_type": {"id": CT}, "object_id": OBJ}).to_string()),
        )
        .expect(400);
    assert_eq!(errors, json!({"external_id": ["This field is required."]}));

    let errors = served
        .call(
            "POST",
            PATH,
            Some(
                &json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": "x", "colour": "red"})
                    .to_string(),
            ),
        )
        .expect(400);
    assert_field_errors(&errors, &["colour"]);

    let long = "c".repeat(129);
    let errors = served
        .call(
            "POST",
            PATH,
            Some(
                &json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": "x", "custom_id": long})
                    .to_string(),
            ),
        )
        .expect(400);
    assert_field_errors(&errors, &["custom_id"]);

    let errors = served
        .call(
            "POST",
            PATH,
            Some(
                &json!({"content_type": {"id": "nope"}, "object_id": OBJ, "external_id": "x"})
                    .to_string(),
            ),
        )
        .expect(400);
    let object = errors.as_object().unwrap();
    assert_eq!(
        object.keys().collect::<Vec<_>>(),
        ["content_type"],
        "{errors}"
    );
    assert_field_errors(&errors["content_type"], &["id"]);

    for blank in ["", "   "] {
        let errors = served
            .call("POST", PATH, Some(&valid_body(blank)))
            .expect(400);
        assert_eq!(
            errors,
            json!({"external_id": ["This field may not be blank."]})
        );
    }

    // Every problem at once, each under its field.
    let errors = served
        .call(
            "POST",
            PATH,
            Some(&json!({"content_type": {"id": "nope"}, "hidden": "yes"}).to_string()),
        )
        .expect(400);
    assert_eq!(
        errors.as_object().unwrap().len(),
        4,
        "content_type, hidden, object_id, external_id: {errors}"
    );
    assert_eq!(errors["object_id"], json!(["This field is required."]));
    assert_eq!(errors["external_id"], json!(["This field is required."]));
    assert_field_errors(&errors["content_type"], &["id"]);

    // A body that is not an object, and one that is not JSON.
    let errors = served.call("POST", PATH, Some("[]")).expect(400);
    assert_field_errors(&errors, &["non_field_errors"]);
    for bad in ["{nope", ""] {
        let errors = served.call("POST", PATH, Some(bad)).expect(400);
        assert!(errors["detail"].is_string(), "{errors}");
    }

    // None of those created anything; 128 characters is allowed.
    assert!(!data.exists() || stored(&data).is_empty());
    let created = served
        .call(
            "POST",
            PATH,
            Some(
                &json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": "x", "custom_id": "c".repeat(128)})
                    .to_string(),
            ),
        )
        .expect(201);
    assert_connection(&created);
    assert_eq!(stored(&data).len(), 1);
    served.interrupt();
}

#[test]
fn serve_bulk_reports_one_error_object_per_item_and_applies_nothing() {
    let env = TestEnv::new();
    let data = env.home.path().join("s.json");
    let served = Served::start(&env, &data);
    let existing = served
        .call(
            "POST",
            BULK_PATH,
            Some(&format!("[{}]", valid_body("erp-1"))),
        )
        .expect(200);
    assert_connection(&existing[0]);
    let existing = existing[0].clone();

    // Valid items: an update of the existing connection and a new one.
    let update = json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": "erp-1", "hidden": true});
    let new = json!({"content_type": {"id": CT}, "object_id": OBJ_2, "external_id": "erp-2"});
    let blank = json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": ""});
    let body = json!([update, blank]).to_string();
    let errors = served.call("POST", BULK_PATH, Some(&body)).expect(400);
    assert_eq!(
        errors,
        json!([{}, {"external_id": ["This field may not be blank."]}])
    );

    let missing = json!({"content_type": {"id": CT}, "object_id": "nope"});
    let body = json!([update, new, missing, blank]).to_string();
    let errors = served.call("POST", BULK_PATH, Some(&body)).expect(400);
    let list = errors.as_array().expect("a list of errors");
    assert_eq!(list.len(), 4, "{errors}");
    assert_eq!(list[0], json!({}));
    assert_eq!(list[1], json!({}));
    assert_field_errors(&list[2], &["object_id", "external_id"]);
    assert_eq!(list[2]["external_id"], json!(["This field is required."]));
    assert_eq!(
        list[3],
        json!({"external_id": ["This field may not be blank."]})
    );

    // Nothing applied: the existing connection is unchanged, none is new.
    let now = served
        .call("GET", &item(&id_of(&existing)), None)
        .expect(200);
    assert_eq!(now, existing);
    assert_eq!(stored(&data), vec![existing.clone()]);

    // Not a list, and not JSON.
    let errors = served
        .call("POST", BULK_PATH, Some(&update.to_string()))
        .expect(400);
    assert_field_errors(&errors, &["non_field_errors"]);
    let errors = served.call("POST", BULK_PATH, Some("[{")).expect(400);
    assert!(errors["detail"].is_string(), "{errors}");
    assert_eq!(stored(&data), vec![existing.clone()]);

    // And the valid items alone are applied: an update and a creation.
    let written = served
        .call("POST", BULK_PATH, Some(&json!([update, new]).to_string()))
        .expect(200);
    let written = written.as_array().unwrap();
    assert_eq!(written.len(), 2);
    written.iter().for_each(assert_connection);
    let mut updated = existing.clone();
    updated["hidden"] = json!(true);
    assert_eq!(written[0], updated);
    assert_ne!(written[1]["id"], existing["id"]);
    assert_eq!(stored(&data).len(), 2);
    served.interrupt();
}

#[test]
fn serve_gets_patches_and_deletes_by_pk() {
    let env = TestEnv::new();
    let data = env.home.path().join("s.json");
    let served = Served::start(&env, &data);
    let created = served
        .call("POST", PATH, Some(&valid_body("erp-7")))
        .expect(201);
    assert_connection(&created);
    let id = id_of(&created);

    assert_eq!(served.call("GET", &item(&id), None).expect(200), created);
    assert_eq!(
        served.call("GET", &item(PK), None).expect(404),
        json!({"detail": "Not found."})
    );
    for bad in ["not-a-uuid", "123"] {
        assert_eq!(
            served.call("GET", &item(bad), None).expect(404),
            json!({"detail": "Not found."})
        );
    }

    // PATCH: only the fields given change.
    let patched = served
        .call(
            "PATCH",
            &item(&id),
            Some(&json!({"custom_id": "c-1"}).to_string()),
        )
        .expect(200);
    assert_connection(&patched);
    let mut expected = created.clone();
    expected["custom_id"] = json!("c-1");
    assert_eq!(patched, expected);
    let patched = served
        .call(
            "PATCH",
            &item(&id),
            Some(&json!({"hidden": true, "organization": {"id": ORG}}).to_string()),
        )
        .expect(200);
    assert_connection(&patched);
    expected["hidden"] = json!(true);
    expected["organization"] = json!({"id": ORG});
    assert_eq!(patched, expected);
    assert_eq!(served.call("GET", &item(&id), None).expect(200), expected);
    // A partial update is validated too, and applies nothing when refused.
    let errors = served
        .call(
            "PATCH",
            &item(&id),
            Some(&json!({"hidden": false, "external_id": ""}).to_string()),
        )
        .expect(400);
    assert_eq!(
        errors,
        json!({"external_id": ["This field may not be blank."]})
    );
    assert_eq!(served.call("GET", &item(&id), None).expect(200), expected);
    served
        .call(
            "PATCH",
            &item(PK),
            Some(&json!({"hidden": false}).to_string()),
        )
        .expect(404);

    // PUT is not one of the endpoints.
    let answer = served
        .call("PUT", &item(&id), Some(&valid_body("erp-8")))
        .expect(405);
    assert_eq!(answer, json!({"detail": "Method \"PUT\" not allowed."}));
    assert_eq!(served.call("GET", &item(&id), None).expect(200), expected);

    // DELETE: 204 with an empty body, then 404.
    let reply = served.call("DELETE", &item(&id), None);
    assert_eq!(reply.status, 204);
    assert!(reply.body.is_empty(), "{:?}", reply.body);
    assert_eq!(
        served.call("DELETE", &item(&id), None).expect(404),
        json!({"detail": "Not found."})
    );
    served.call("GET", &item(&id), None).expect(404);
    assert!(stored(&data).is_empty());
    served.interrupt();
}

#[test]
fn serve_listens_on_loopback_only() {
    let env = TestEnv::new();
    let data = env.home.path().join("s.json");
    for listen in ["0.0.0.0:0", "[::]:0", "192.0.2.1:0", "example.com:0"] {
        let mut cmd = env.std_bare();
        cmd.args(["sandbox", "serve", "--listen", listen, "--data"])
            .arg(&data);
        let output = run(cmd);
        assert_eq!(
            code(&output),
            Some(2),
            "--listen {listen}: {}",
            stderr_of(&output)
        );
        assert!(
            stderr_of(&output).contains("loopback"),
            "{}",
            stderr_of(&output)
        );
        assert_eq!(stdout_of(&output), "");
    }
}

#[test]
fn serve_stops_cleanly_on_sigint() {
    let env = TestEnv::new();
    let data = env.home.path().join("s.json");
    let served = Served::start(&env, &data);
    // An idle keep-alive connection does not hold it up.
    let _idle = TcpStream::connect(&served.addr).unwrap();
    served
        .call("POST", PATH, Some(&valid_body("erp-1")))
        .expect(201);
    served.interrupt();
    assert_eq!(stored(&data).len(), 1);
}

#[test]
fn serve_without_data_uses_the_default_file_and_a_busy_port_is_an_error() {
    let env = TestEnv::new();
    let served = Served::start_with(&env, None);
    served
        .call("POST", PATH, Some(&valid_body("erp-1")))
        .expect(201);
    let default = env.home.path().join(".local/share/pigello/sandbox.json");
    assert_eq!(stored(&default).len(), 1);

    let mut cmd = env.std_bare();
    cmd.args(["sandbox", "serve", "--listen", &served.addr]);
    let output = run(cmd);
    assert_eq!(code(&output), Some(2), "{}", stderr_of(&output));
    assert!(
        stderr_of(&output).contains(&served.addr),
        "{}",
        stderr_of(&output)
    );
    served.interrupt();
}

#[test]
fn bulk_matches_existing_connections_whatever_the_case_of_their_uuids() {
    let env = TestEnv::new();
    let data = env.home.path().join("s.json");
    let served = Served::start(&env, &data);
    let upper = json!([{
        "content_type": {"id": CT.to_uppercase()},
        "object_id": OBJ.to_uppercase(),
        "external_id": "erp-1"
    }]);
    let created = served
        .call("POST", BULK_PATH, Some(&upper.to_string()))
        .expect(200);
    assert_connection(&created[0]);
    assert_eq!(created[0]["content_type"], json!({"id": CT}));
    assert_eq!(created[0]["object_id"], json!(OBJ));
    let again = served
        .call(
            "POST",
            BULK_PATH,
            Some(&format!("[{}]", valid_body("erp-1"))),
        )
        .expect(200);
    assert_eq!(again[0]["id"], created[0]["id"]);
    assert_eq!(stored(&data).len(), 1);
    // A pk in capitals names the same connection.
    let id = id_of(&created[0]);
    assert_eq!(
        served
            .call("GET", &item(&id.to_uppercase()), None)
            .expect(200),
        created[0]
    );
    served.interrupt();
}

#[test]
fn a_damaged_state_file_is_reported_and_left_alone() {
    let env = TestEnv::new();
    let data = env.write("sandbox.json", "{nope");
    for args in [
        vec!["--retries", "0", "conn", "get", PK],
        vec![
            "--retries",
            "0",
            "conn",
            "bulk",
            "-f",
            examples().to_str().unwrap(),
        ],
    ] {
        let output = run(with_args(sandboxed(&env, &data), &args));
        assert_eq!(code(&output), Some(8), "{}", stderr_of(&output));
        let stderr = stderr_of(&output);
        assert!(stderr.contains(&data.display().to_string()), "{stderr}");
        assert!(stderr.contains("pigello sandbox reset"), "{stderr}");
        assert_eq!(std::fs::read_to_string(&data).unwrap(), "{nope");
    }
    let mut cmd = env.std_bare();
    cmd.args(["sandbox", "reset", "--data"]).arg(&data);
    assert_success(&run(cmd));
    let output = run(with_args(
        sandboxed(&env, &data),
        &["conn", "bulk", "-f", examples().to_str().unwrap()],
    ));
    assert_success(&output);
    assert_eq!(stored(&data).len(), 2);
}
