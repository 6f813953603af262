//! Terminal behaviour: confirmation prompts, tables and colour on a terminal,
//! and their plain counterparts in pipes. The terminal is a pseudo-terminal
//! driven by rexpect; pipes are assert_cmd.
#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;
use httpmock::prelude::*;
use rexpect::process::WaitStatus;
use rexpect::session::{spawn_command, PtySession};
use serde_json::json;

/// How long any one expectation on the terminal may take.
const TIMEOUT_MS: u64 = 5_000;

/// The binary with a clean environment, the seven credentials and the base
/// URL of `server`, as a plain std Command for the pseudo-terminal.
fn terminal_command(home: &Path, server: &MockServer, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_pigello"));
    cmd.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PIGELLO_BASE_URL", server.base_url())
        .args(args);
    for (env, _, value) in CREDENTIALS {
        cmd.env(env, value);
    }
    cmd
}

fn spawn(cmd: std::process::Command) -> PtySession {
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("start the binary on a pseudo-terminal")
}

/// Everything left on the terminal until the process closes it, with the
/// terminal's CR LF line ends turned back into LF.
fn rest(session: &mut PtySession) -> String {
    let raw = session.exp_eof().expect("the process ends");
    // rexpect makes one char of each byte; put the UTF-8 back together.
    let bytes: Vec<u8> = raw
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("one byte per char"))
        .collect();
    String::from_utf8(bytes)
        .expect("the terminal output is UTF-8")
        .replace("\r\n", "\n")
}

/// Like `terminal_command`, on a terminal that reports a size, as every
/// terminal window does (a fresh pseudo-terminal reports 0 x 0).
fn sized_terminal_command(
    home: &Path,
    server: &MockServer,
    columns: u16,
    args: &[&str],
) -> std::process::Command {
    let pigello = terminal_command(home, server, args);
    let mut cmd = std::process::Command::new("sh");
    cmd.env_clear()
        .envs(pigello.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .arg("-c")
        .arg(format!("stty cols {columns} rows 40 && exec \"$0\" \"$@\""))
        .arg(pigello.get_program())
        .args(pigello.get_args());
    cmd
}

/// The exit code, waiting a few seconds at most.
fn exit_code(session: &mut PtySession) -> i32 {
    let deadline = Instant::now() + Duration::from_millis(TIMEOUT_MS);
    loop {
        match session.process().status() {
            Some(WaitStatus::Exited(_, code)) => return code,
            Some(WaitStatus::StillAlive) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Some(WaitStatus::StillAlive) => {
                let _ = session.process_mut().exit();
                panic!("the process did not end within {TIMEOUT_MS} ms");
            }
            other => panic!("the process ended unexpectedly: {other:?}"),
        }
    }
}

/// A DELETE of PK with all seven credentials, answered 204.
fn delete_mock(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        with_credentials(when.method(DELETE).path(format!("{PATH}{PK}/")));
        then.status(204);
    })
}

fn get_mock(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK}/")));
        then.status(200).json_body(connection(PK, "erp-1042"));
    })
}

fn not_found_mock(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK}/")));
        then.status(404).json_body(json!({"detail": "Not found."}));
    })
}

fn not_found_message(server: &MockServer) -> String {
    format!(
        "GET {}{PATH}{PK}/ answered 404 Not Found\n  Not found.\n",
        server.base_url()
    )
}

// ---------------------------------------------------------------------------
// Confirmation of deletes

#[test]
fn delete_on_a_terminal_asks_and_yes_deletes() {
    let server = MockServer::start();
    let mock = delete_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "delete", PK],
    ));
    session
        .exp_string(&format!("Delete connection {PK}? [y/N]"))
        .expect("the question");
    // Nothing is sent before the answer.
    mock.assert_calls(0);
    session.send_line("y").unwrap();
    let after = rest(&mut session);
    assert_eq!(exit_code(&mut session), 0, "{after}");
    mock.assert_calls(1);
    other.assert_calls(0);
    assert!(after.contains(&format!("deleted {PK}")), "{after:?}");
    assert!(!after.contains(SECRET));
}

#[test]
fn delete_on_a_terminal_answered_no_sends_nothing() {
    let server = MockServer::start();
    let mock = delete_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "delete", PK],
    ));
    session
        .exp_string(&format!("Delete connection {PK}? [y/N]"))
        .expect("the question");
    session.send_line("n").unwrap();
    let after = rest(&mut session);
    assert_eq!(exit_code(&mut session), 2, "{after}");
    mock.assert_calls(0);
    other.assert_calls(0);
    assert!(
        after.contains("not confirmed; nothing was deleted"),
        "{after:?}"
    );
    assert!(!after.contains(SECRET));
}

#[test]
fn delete_on_a_terminal_answered_with_enter_alone_sends_nothing() {
    let server = MockServer::start();
    let mock = delete_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "delete", PK],
    ));
    session
        .exp_string(&format!("Delete connection {PK}? [y/N]"))
        .expect("the question");
    // The default, N, in capitals.
    session.send_line("").unwrap();
    let after = rest(&mut session);
    assert_eq!(exit_code(&mut session), 2, "{after}");
    mock.assert_calls(0);
    other.assert_calls(0);
}

#[test]
fn delete_on_a_terminal_answered_with_end_of_input_sends_nothing() {
    let server = MockServer::start();
    let mock = delete_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "delete", PK],
    ));
    session
        .exp_string(&format!("Delete connection {PK}? [y/N]"))
        .expect("the question");
    // Ctrl-D: the person closed the input instead of answering.
    session.send_control('d').unwrap();
    let after = rest(&mut session);
    assert_eq!(exit_code(&mut session), 2, "{after}");
    mock.assert_calls(0);
    other.assert_calls(0);
    assert!(after.contains("nothing was deleted"), "{after:?}");
}

#[test]
fn delete_of_two_pks_on_a_terminal_names_both_in_the_question() {
    let server = MockServer::start();
    let first = delete_mock(&server);
    let second = server.mock(|when, then| {
        with_credentials(when.method(DELETE).path(format!("{PATH}{PK2}/")));
        then.status(204);
    });
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "delete", PK, PK2],
    ));
    session
        .exp_string(&format!("Delete 2 connections ({PK}, {PK2})? [y/N]"))
        .expect("the question");
    session.send_line("yes").unwrap();
    let after = rest(&mut session);
    assert_eq!(exit_code(&mut session), 0, "{after}");
    first.assert_calls(1);
    second.assert_calls(1);
    other.assert_calls(0);
    assert!(after.contains(&format!("deleted {PK}")), "{after:?}");
    assert!(after.contains(&format!("deleted {PK2}")), "{after:?}");
}

#[test]
fn delete_with_stderr_redirected_does_not_prompt_unseen() {
    // stdin and stdout are the terminal, but the question would go to a file.
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let log = env.home.path().join("stderr.txt");
    let mut cmd = terminal_command(env.home.path(), &server, &["conn", "delete", PK]);
    cmd.stderr(Stdio::from(std::fs::File::create(&log).unwrap()));
    let mut session = spawn(cmd);
    let on_terminal = rest(&mut session);
    assert_eq!(exit_code(&mut session), 2);
    other.assert_calls(0);
    assert_eq!(on_terminal, "");
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "error: refusing to delete without --yes when not run from a terminal\n"
    );
}

#[test]
fn delete_without_a_terminal_and_without_yes_refuses() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "delete", PK])
        // Even a "y" waiting on stdin is no confirmation.
        .write_stdin("y\n")
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr_of(&output));
    other.assert_calls(0);
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr_of(&output),
        "error: refusing to delete without --yes when not run from a terminal\n"
    );
    assert_no_secret(&output);
}

#[test]
fn delete_with_yes_without_a_terminal_deletes_quietly() {
    let server = MockServer::start();
    let mock = delete_mock(&server);
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "delete", PK, "--yes"])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert_calls(1);
    other.assert_calls(0);
    assert_eq!(stdout_of(&output), "");
    // "deleted PK" is chatter for people; a script gets nothing.
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
}

// ---------------------------------------------------------------------------
// Output format by destination

const TABLE: &str = "\
┌────────────────┬──────────────────────────────────────┐
│ field          ┆ value                                │
╞════════════════╪══════════════════════════════════════╡
│ content_type   ┆ 497f6eca-6276-4993-bfeb-53cbbbba6f08 │
│ application_id ┆ 48ac72d0-a829-4896-a067-dcb1c2b0f30c │
│ organization   ┆                                      │
│ id             ┆ 0f9e8d7c-6b5a-4948-8372-615049382716 │
│ hidden         ┆ false                                │
│ created_at     ┆ 2026-12-04T10:00:00Z                 │
│ object_id      ┆ 463a83d0-a816-4902-abba-2486e0c0a0bb │
│ external_id    ┆ erp-1042                             │
│ custom_id      ┆                                      │
└────────────────┴──────────────────────────────────────┘
";

#[test]
fn get_on_a_terminal_prints_a_table() {
    let server = MockServer::start();
    let mock = get_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(sized_terminal_command(
        env.home.path(),
        &server,
        120,
        &["conn", "get", PK],
    ));
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 0, "{shown}");
    mock.assert_calls(1);
    other.assert_calls(0);
    assert!(
        shown.contains('┌') && shown.contains('┆') && shown.contains('┘'),
        "{shown}"
    );
    assert!(shown.contains("external_id"), "{shown}");
    assert_eq!(shown, TABLE);
}

#[test]
fn get_on_a_narrow_terminal_fits_the_table_to_its_width() {
    let server = MockServer::start();
    let mock = get_mock(&server);
    let env = TestEnv::new();
    let mut session = spawn(sized_terminal_command(
        env.home.path(),
        &server,
        40,
        &["conn", "get", PK],
    ));
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 0, "{shown}");
    mock.assert_calls(1);
    for line in shown.lines() {
        assert!(
            line.chars().count() <= 40,
            "wider than 40 columns: {line}\n{shown}"
        );
    }
    assert!(shown.contains("external_id"), "{shown}");
    assert!(shown.contains("erp-1042"), "{shown}");
}

/// A terminal that reports no size (0 columns: a fresh pseudo-terminal, as
/// under `docker run -t`, `script` or an editor's shell) must not squeeze
/// the table to a letter per line: the width is unknown, not zero.
#[test]
fn get_on_a_terminal_without_a_size_prints_the_table_unsqueezed() {
    let server = MockServer::start();
    let mock = get_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "get", PK],
    ));
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 0, "{shown}");
    mock.assert_calls(1);
    other.assert_calls(0);
    assert!(
        shown.contains('┌') && shown.contains('┆') && shown.contains('┘'),
        "{shown}"
    );
    assert!(shown.contains("external_id"), "{shown}");
    assert_eq!(shown, TABLE);
}

#[test]
fn get_on_a_terminal_with_o_json_prints_json() {
    let server = MockServer::start();
    let mock = get_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "get", PK, "-o", "json"],
    ));
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 0, "{shown}");
    mock.assert_calls(1);
    other.assert_calls(0);
    assert_eq!(
        shown,
        serde_json::to_string_pretty(&connection(PK, "erp-1042")).unwrap() + "\n"
    );
}

#[test]
fn get_in_a_pipe_prints_pretty_json() {
    let server = MockServer::start();
    let mock = get_mock(&server);
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "get", PK])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert_calls(1);
    other.assert_calls(0);
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "erp-1042")).unwrap() + "\n"
    );
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
}

// ---------------------------------------------------------------------------
// Colour of the error prefix

#[test]
fn error_prefix_is_coloured_on_a_terminal() {
    let server = MockServer::start();
    let mock = not_found_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "get", PK],
    ));
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 6, "{shown}");
    mock.assert_calls(1);
    other.assert_calls(0);
    assert!(shown.contains("\x1b["), "no colour: {shown:?}");
    assert_eq!(
        shown,
        format!("\x1b[1;31merror:\x1b[0m {}", not_found_message(&server))
    );
}

#[test]
fn error_prefix_is_plain_on_a_terminal_with_no_color() {
    let server = MockServer::start();
    let mock = not_found_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let mut cmd = terminal_command(env.home.path(), &server, &["conn", "get", PK]);
    cmd.env("NO_COLOR", "1");
    let mut session = spawn(cmd);
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 6, "{shown}");
    mock.assert_calls(1);
    other.assert_calls(0);
    assert!(!shown.contains("\x1b["), "coloured: {shown:?}");
    assert_eq!(shown, format!("error: {}", not_found_message(&server)));
}

#[test]
fn an_empty_no_color_leaves_colour_on() {
    // no-color.org: only a NO_COLOR that is present and not empty counts.
    let server = MockServer::start();
    let mock = not_found_mock(&server);
    let env = TestEnv::new();
    let mut cmd = terminal_command(env.home.path(), &server, &["conn", "get", PK]);
    cmd.env("NO_COLOR", "");
    let mut session = spawn(cmd);
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 6, "{shown}");
    mock.assert_calls(1);
    assert!(shown.starts_with("\x1b[1;31merror:\x1b[0m "), "{shown:?}");
}

#[test]
fn error_prefix_is_plain_when_only_stdout_is_a_terminal() {
    let server = MockServer::start();
    let mock = not_found_mock(&server);
    let other = catch_all(&server);
    let env = TestEnv::new();
    let log = env.home.path().join("stderr.txt");
    let mut cmd = terminal_command(env.home.path(), &server, &["conn", "get", PK]);
    cmd.stderr(Stdio::from(std::fs::File::create(&log).unwrap()));
    let mut session = spawn(cmd);
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 6, "{shown}");
    mock.assert_calls(1);
    other.assert_calls(0);
    assert_eq!(shown, "");
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        format!("error: {}", not_found_message(&server))
    );
}

#[test]
fn error_prefix_is_plain_in_a_pipe() {
    let server = MockServer::start();
    let mock = not_found_mock(&server);
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "get", PK])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr_of(&output));
    mock.assert_calls(1);
    other.assert_calls(0);
    assert_eq!(stdout_of(&output), "");
    let stderr = stderr_of(&output);
    assert!(!stderr.contains("\x1b["), "coloured: {stderr:?}");
    assert_eq!(stderr, format!("error: {}", not_found_message(&server)));
    assert_no_secret(&output);
}

#[test]
fn bulk_on_a_terminal_ends_with_a_summary_and_prints_a_table() {
    let server = MockServer::start();
    let record =
        serde_json::json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": "t-1"});
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH)).json_body(serde_json::json!([record]));
        then.status(200)
            .json_body(serde_json::json!([{"id": PK, "external_id": "t-1"}]));
    });
    let env = TestEnv::new();
    let file = env.write("one.ndjson", &format!("{record}\n"));
    let mut session = spawn(terminal_command(
        env.home.path(),
        &server,
        &["conn", "bulk", "-f", file.to_str().unwrap()],
    ));
    let shown = rest(&mut session);
    assert_eq!(exit_code(&mut session), 0, "{shown}");
    mock.assert_calls(1);
    assert!(
        shown.contains(&format!("ID{}EXTERNAL_ID\n{PK}  t-1\n", " ".repeat(36))),
        "{shown}"
    );
    assert!(
        shown.contains("1 records: 1 sent, 1 applied, 0 failed, 0 not sent, in "),
        "{shown}"
    );
}
