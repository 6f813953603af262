//! Operator experience: `config init|show|path|profiles`, `--dry-run` and
//! `--curl` (replayed against a local server), `conn template`, PKs read from
//! stdin, the man page, `--color`, and the examples in every command's help.
//! Pipes are assert_cmd; the prompts of `config init` run on a
//! pseudo-terminal driven by rexpect.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::*;
use httpmock::prelude::*;
use httpmock::Mock;
use rexpect::process::WaitStatus;
use rexpect::session::{spawn_command, PtySession};
use serde_json::{json, Value};

/// How long any one process may take.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How long any one expectation on the terminal may take.
const TIMEOUT_MS: u64 = 10_000;

const PK3: &str = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";

const VERSION: &str = env!("CARGO_PKG_VERSION");

// ---------------------------------------------------------------------------
// Helpers

fn run(cmd: &mut Command) -> Output {
    cmd.timeout(TIMEOUT).output().expect("run the binary")
}

fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

/// The binary with nothing but HOME, XDG_CONFIG_HOME and PATH, plus the
/// seven credentials as PIGELLO_* variables (no base URL, no environment).
fn with_credential_env(env: &TestEnv) -> Command {
    let mut cmd = env.bare();
    for (variable, _, value) in CREDENTIALS {
        cmd.env(variable, value);
    }
    cmd
}

fn default_path(env: &TestEnv) -> PathBuf {
    env.home.path().join(".config/pigello/config.toml")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("the config file exists")
        .permissions()
        .mode()
        & 0o777
}

fn read_toml(path: &Path) -> toml::Table {
    std::fs::read_to_string(path)
        .expect("the config file")
        .parse()
        .expect("the config file is TOML")
}

/// A profile table: the location key and value, then the given credentials.
fn profile_table(location: (&str, &str), values: &[(&str, &str)]) -> toml::Table {
    let mut table = toml::Table::new();
    table.insert(location.0.into(), location.1.into());
    for (key, value) in values {
        table.insert((*key).into(), (*value).into());
    }
    table
}

/// The seven test credentials as (profile key, value).
fn test_values() -> Vec<(&'static str, &'static str)> {
    KEYS.iter()
        .zip(CREDENTIALS)
        .map(|(key, (_, _, value))| (*key, value))
        .collect()
}

fn profile_of<'a>(file: &'a toml::Table, name: &str) -> &'a toml::Table {
    file.get("profiles")
        .and_then(toml::Value::as_table)
        .and_then(|profiles| profiles.get(name))
        .and_then(toml::Value::as_table)
        .unwrap_or_else(|| panic!("no profile {name} in {file:?}"))
}

/// The headers every request shows under `--dry-run`, the secret as `***`.
fn shown_headers() -> String {
    let mut text = format!("Accept: application/json\nUser-Agent: pigello/{VERSION}\n");
    for (_, header, value) in &CREDENTIALS[..6] {
        text += &format!("{header}: {value}\n");
    }
    text + "X-PIGELLO-CLIENT-SECRET: ***\n"
}

/// One request as `--dry-run` prints it.
fn shown_request(method: &str, url: &str, body: Option<&Value>) -> String {
    let mut text = format!("{method} {url}\n{}", shown_headers());
    if let Some(body) = body {
        text += "Content-Type: application/json\n\n";
        text += &serde_json::to_string_pretty(body).unwrap();
        text += "\n";
    }
    text + "\n"
}

fn record(external_id: &str) -> Value {
    json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": external_id})
}

// ---------------------------------------------------------------------------
// config init, without a terminal

#[test]
fn init_without_a_terminal_writes_the_profile_from_the_environment_with_mode_600() {
    let env = TestEnv::new();
    let path = default_path(&env);
    assert!(!path.parent().unwrap().exists());
    let output = run(with_credential_env(&env)
        .args([
            "config",
            "init",
            "--profile",
            "ci",
            "--environment",
            "dev.api",
        ])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    // "wrote profile" is for people at a terminal.
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);

    assert!(path.parent().unwrap().is_dir(), "the folder is created");
    assert_eq!(mode(&path), 0o600, "mode {:o}", mode(&path));
    let file = read_toml(&path);
    let mut expected = toml::Table::new();
    expected.insert("default_profile".into(), "ci".into());
    let mut profiles = toml::Table::new();
    profiles.insert(
        "ci".into(),
        profile_table(("environment", "dev.api"), &test_values()).into(),
    );
    expected.insert("profiles".into(), profiles.into());
    assert_eq!(file, expected);
}

#[test]
fn init_takes_the_environment_from_pigello_environment() {
    let env = TestEnv::new();
    let output = run(with_credential_env(&env)
        .env("PIGELLO_ENVIRONMENT", "api")
        .args(["config", "init", "--profile", "prod"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let file = read_toml(&default_path(&env));
    assert_eq!(
        profile_of(&file, "prod"),
        &profile_table(("environment", "api"), &test_values())
    );
}

#[test]
fn init_takes_the_base_url_flag() {
    let env = TestEnv::new();
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "local"])
        .args(["--base-url", "http://127.0.0.1:8787"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let file = read_toml(&default_path(&env));
    assert_eq!(
        profile_of(&file, "local"),
        &profile_table(("base_url", "http://127.0.0.1:8787"), &test_values())
    );
}

#[test]
fn init_writes_to_the_config_flag_path_creating_its_folders() {
    let env = TestEnv::new();
    let path = env.home.path().join("deep/er/pigello.toml");
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "x", "--environment", "api"])
        .arg("--config")
        .arg(&path)
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(mode(&path), 0o600);
    assert!(!default_path(&env).exists());
    assert_eq!(
        profile_of(&read_toml(&path), "x"),
        &profile_table(("environment", "api"), &test_values())
    );
}

#[test]
fn init_of_an_existing_profile_without_force_fails_and_leaves_the_file() {
    let env = TestEnv::new();
    let first = run(with_credential_env(&env)
        .args([
            "config",
            "init",
            "--profile",
            "ci",
            "--environment",
            "dev.api",
        ])
        .write_stdin(""));
    assert_eq!(code(&first), Some(0), "{}", stderr_of(&first));
    let path = default_path(&env);
    let before = std::fs::read(&path).unwrap();

    let second = run(with_credential_env(&env)
        .env("PIGELLO_CUSTOMER_ID", "other-customer")
        .args(["config", "init", "--profile", "ci", "--environment", "api"])
        .write_stdin(""));
    assert_eq!(code(&second), Some(2), "{}", stderr_of(&second));
    let stderr = stderr_of(&second);
    assert!(stderr.contains("profile \"ci\" exists"), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_no_secret(&second);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file changed");
    assert_eq!(mode(&path), 0o600);
}

/// `--force` replaces the profile with the values given now: without a
/// terminal, the PIGELLO_* variables and flags of this run, not the old
/// profile's values (the help's own example rotates a secret this way).
#[test]
fn init_with_force_replaces_the_profile_with_the_new_values() {
    let env = TestEnv::new();
    let first = run(with_credential_env(&env)
        .args([
            "config",
            "init",
            "--profile",
            "ci",
            "--environment",
            "dev.api",
        ])
        .write_stdin(""));
    assert_eq!(code(&first), Some(0), "{}", stderr_of(&first));

    let new_values: Vec<(&str, String)> = KEYS
        .iter()
        .map(|key| (*key, format!("new-{key}-0123456789")))
        .collect();
    let mut cmd = env.bare();
    for ((variable, _, _), (_, value)) in CREDENTIALS.iter().zip(&new_values) {
        cmd.env(variable, value);
    }
    let output = run(cmd
        .args(["config", "init", "--profile", "ci", "--force"])
        .args(["--environment", "api"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let path = default_path(&env);
    assert_eq!(mode(&path), 0o600);
    let file = read_toml(&path);
    let expected: Vec<(&str, &str)> = new_values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        profile_of(&file, "ci"),
        &profile_table(("environment", "api"), &expected),
        "--force kept the old profile's values over this run's PIGELLO_* variables"
    );
    assert_eq!(file.get("default_profile"), Some(&"ci".into()));
}

#[test]
fn init_with_force_replaces_the_location_of_the_profile() {
    let env = TestEnv::new();
    let first = run(with_credential_env(&env)
        .args([
            "config",
            "init",
            "--profile",
            "ci",
            "--environment",
            "dev.api",
        ])
        .write_stdin(""));
    assert_eq!(code(&first), Some(0), "{}", stderr_of(&first));
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "ci", "--force"])
        .args(["--base-url", "https://proxy.example.com/pigello"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        profile_of(&read_toml(&default_path(&env)), "ci"),
        &profile_table(
            ("base_url", "https://proxy.example.com/pigello"),
            &test_values()
        )
    );
}

#[test]
fn init_keeps_other_profiles_the_default_and_comments_intact() {
    let env = TestEnv::new();
    let original = "# Pigello settings, kept by hand\n\
                    default_profile = \"prod\"\n\
                    \n\
                    # the real one\n\
                    [profiles.prod]\n\
                    environment = \"api\" # production\n\
                    customer_id = \"p-cust\"\n\
                    timeout = 10\n";
    let path = env.default_config(original);
    let output = run(with_credential_env(&env)
        .args([
            "config",
            "init",
            "--profile",
            "dev",
            "--environment",
            "dev.api",
        ])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with(original),
        "the existing text changed:\n{text}"
    );
    let added: toml::Table = text[original.len()..].parse().expect("the added part");
    let mut profiles = toml::Table::new();
    profiles.insert(
        "dev".into(),
        profile_table(("environment", "dev.api"), &test_values()).into(),
    );
    let mut expected = toml::Table::new();
    expected.insert("profiles".into(), profiles.into());
    assert_eq!(added, expected);
    assert_eq!(mode(&path), 0o600);

    // Both are listed, the default unchanged.
    let listed = run(env.bare().args(["config", "profiles"]));
    assert_eq!(code(&listed), Some(0), "{}", stderr_of(&listed));
    assert_eq!(stdout_of(&listed), "  dev\n* prod\n");
}

#[test]
fn init_leaves_an_existing_file_readable_by_its_owner_alone() {
    let env = TestEnv::new();
    let path = env.default_config("[profiles.a]\nenvironment = \"api\"\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "b", "--environment", "api"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    // The file now holds a secret: mode 600, whatever it was before.
    assert_eq!(mode(&path), 0o600, "mode {:o}", mode(&path));
}

#[test]
fn the_first_profile_of_an_empty_file_becomes_the_default() {
    let env = TestEnv::new();
    let path = env.default_config("");
    let output = run(with_credential_env(&env)
        .args([
            "config",
            "init",
            "--profile",
            "first",
            "--environment",
            "api",
        ])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let file = read_toml(&path);
    assert_eq!(file.get("default_profile"), Some(&"first".into()));
    assert_eq!(
        profile_of(&file, "first"),
        &profile_table(("environment", "api"), &test_values())
    );
    let listed = run(env.bare().args(["config", "profiles"]));
    assert_eq!(stdout_of(&listed), "* first\n");
}

/// A file that already has profiles but no `default_profile` runs without
/// `--profile` on the environment alone; adding a further profile must not
/// quietly make that one the default (only the first profile of a file does).
#[test]
fn init_of_a_further_profile_does_not_make_it_the_default() {
    let env = TestEnv::new();
    let original = "# hand-written\n[profiles.a]\nenvironment = \"api\"\n";
    let path = env.default_config(original);
    let output = run(with_credential_env(&env)
        .args([
            "config",
            "init",
            "--profile",
            "b",
            "--environment",
            "dev.api",
        ])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let file = read_toml(&path);
    assert_eq!(
        file.get("default_profile"),
        None,
        "default_profile was added:\n{}",
        std::fs::read_to_string(&path).unwrap()
    );
    assert_eq!(
        profile_of(&file, "b"),
        &profile_table(("environment", "dev.api"), &test_values())
    );
}

#[test]
fn init_without_a_terminal_lists_every_missing_value_and_writes_nothing() {
    let env = TestEnv::new();
    let output = run(env
        .bare()
        .args(["config", "init", "--profile", "ci"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(3), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    let stderr = stderr_of(&output);
    for (key, (variable, _, _)) in KEYS.iter().zip(CREDENTIALS) {
        assert!(
            stderr.contains(&format!("\n  {key}: set {variable}")),
            "{key} not listed:\n{stderr}"
        );
    }
    assert!(
        stderr.contains("\n  environment: set --environment or PIGELLO_ENVIRONMENT"),
        "{stderr}"
    );
    assert!(!default_path(&env).exists());
    assert!(!default_path(&env).parent().unwrap().exists());
}

#[test]
fn init_without_a_terminal_lists_only_the_values_that_are_missing() {
    let env = TestEnv::new();
    let output = run(with_credential_env(&env)
        .env_remove("PIGELLO_SERVICE_ID")
        .env_remove("PIGELLO_CLIENT_SECRET")
        .args(["config", "init", "--profile", "ci", "--environment", "api"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(3), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("\n  service_id: set PIGELLO_SERVICE_ID"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\n  client_secret: set PIGELLO_CLIENT_SECRET"),
        "{stderr}"
    );
    for key in ["customer_id", "application_id", "client_ct", "environment"] {
        assert!(
            !stderr.contains(&format!("\n  {key}:")),
            "{key} listed:\n{stderr}"
        );
    }
    assert!(!default_path(&env).exists());
}

#[test]
fn init_with_an_invalid_environment_fails_and_writes_nothing() {
    let env = TestEnv::new();
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "ci"])
        .args(["--environment", "evil.com/x"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(3), "{}", stderr_of(&output));
    assert!(stderr_of(&output).contains("evil.com/x"));
    assert_no_secret(&output);
    assert!(!default_path(&env).exists());

    // Nor into an existing file.
    let original = "[profiles.a]\nenvironment = \"api\"\n";
    let path = env.default_config(original);
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "ci"])
        .args(["--environment", "evil.com/x"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(3), "{}", stderr_of(&output));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

#[test]
fn init_with_an_unencrypted_remote_base_url_fails_and_writes_nothing() {
    let env = TestEnv::new();
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "ci"])
        .args(["--base-url", "http://example.com"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(3), "{}", stderr_of(&output));
    assert!(!default_path(&env).exists());
}

#[test]
fn a_profile_written_by_init_sends_all_seven_headers_without_any_variable() {
    let server = MockServer::start();
    let get = server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK}/")));
        then.status(200).json_body(connection(PK, "erp-1042"));
    });
    let other = catch_all(&server);
    let env = TestEnv::new();
    let init = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "local"])
        .args(["--base-url", &server.base_url()])
        .write_stdin(""));
    assert_eq!(code(&init), Some(0), "{}", stderr_of(&init));

    // No PIGELLO_* variable at all: everything comes from the file.
    let output = run(env.bare().args(["conn", "get", PK]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    get.assert_calls(1);
    other.assert_calls(0);
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "erp-1042")).unwrap() + "\n"
    );
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
}

// ---------------------------------------------------------------------------
// config init, on a terminal

/// The binary on a pseudo-terminal with a clean environment (no PIGELLO_*).
/// rexpect turns the terminal's echo off; it is turned back on first, as a
/// person's terminal has it, so that whatever the program does not hide
/// shows up in the transcript.
fn terminal_command(home: &Path, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new("sh");
    cmd.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .arg("-c")
        .arg("stty echo && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_pigello"))
        .args(args);
    cmd
}

fn spawn(cmd: std::process::Command) -> PtySession {
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("start the binary on a pseudo-terminal")
}

/// Text from rexpect (one char per byte) as the UTF-8 it was, LF line ends.
fn text_of(raw: &str) -> String {
    let bytes: Vec<u8> = raw
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("one byte per char"))
        .collect();
    String::from_utf8(bytes)
        .expect("the terminal output is UTF-8")
        .replace("\r\n", "\n")
}

/// A terminal session and everything it has shown so far.
struct Transcript {
    session: PtySession,
    shown: String,
}

impl Transcript {
    fn new(cmd: std::process::Command) -> Self {
        Transcript {
            session: spawn(cmd),
            shown: String::new(),
        }
    }

    fn expect(&mut self, text: &str) {
        match self.session.exp_string(text) {
            Ok(before) => {
                self.shown += &text_of(&before);
                self.shown += text;
            }
            Err(err) => panic!("{text:?} not shown ({err}); so far:\n{}", self.shown),
        }
    }

    fn answer(&mut self, line: &str) {
        self.session.send_line(line).expect("type on the terminal");
    }

    /// Waits until the program has turned the terminal's echo off, as it
    /// does to read the secret, so that nothing typed can be echoed.
    fn wait_for_echo_off(&self) {
        let master = self.session.process().get_file_handle().expect("pty");
        let deadline = Instant::now() + Duration::from_millis(TIMEOUT_MS);
        loop {
            // SAFETY: a termios filled by tcgetattr on an open descriptor.
            let mut term: libc::termios = unsafe { std::mem::zeroed() };
            let rc = unsafe { libc::tcgetattr(master.as_raw_fd(), &mut term) };
            assert_eq!(rc, 0, "tcgetattr: {}", std::io::Error::last_os_error());
            if term.c_lflag & libc::ECHO == 0 {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "echo still on after the secret's prompt; so far:\n{}",
                self.shown
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Everything up to the end, and the exit code.
    fn finish(mut self) -> (String, i32) {
        let rest = self.session.exp_eof().expect("the process ends");
        self.shown += &text_of(&rest);
        let deadline = Instant::now() + Duration::from_millis(TIMEOUT_MS);
        loop {
            match self.session.process().status() {
                Some(WaitStatus::Exited(_, code)) => return (self.shown, code),
                Some(WaitStatus::StillAlive) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Some(WaitStatus::StillAlive) => {
                    let _ = self.session.process_mut().exit();
                    panic!("the process did not end within {TIMEOUT_MS} ms");
                }
                other => panic!("the process ended unexpectedly: {other:?}"),
            }
        }
    }
}

#[test]
fn init_on_a_terminal_asks_for_the_environment_and_the_seven_values() {
    let env = TestEnv::new();
    let mut term = Transcript::new(terminal_command(
        env.home.path(),
        &["config", "init", "--profile", "dev"],
    ));
    term.expect("environment (api, dev.api or sandbox) [dev.api]: ");
    term.answer("api");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS).take(6) {
        term.expect(&format!("{key}: "));
        term.answer(value);
    }
    term.expect("client_secret: ");
    term.wait_for_echo_off();
    term.answer(SECRET);
    let (shown, code) = term.finish();
    assert_eq!(code, 0, "{shown}");
    assert!(!shown.contains(SECRET), "the secret was echoed:\n{shown}");
    let path = default_path(&env);
    let mut expected = String::from("environment (api, dev.api or sandbox) [dev.api]: api\n");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS).take(6) {
        expected += &format!("{key}: {value}\n");
    }
    expected += &format!(
        "client_secret: \nwrote profile \"dev\" to {}\n",
        path.display()
    );
    assert_eq!(shown, expected);
    // What was typed for the other prompts is echoed as usual.
    assert!(shown.contains("customer_id: cust-1\n"), "{shown}");
    assert!(
        shown.contains(&format!("wrote profile \"dev\" to {}", path.display())),
        "{shown}"
    );

    // The prompts came in order.
    let mut at = 0;
    for prompt in std::iter::once("environment").chain(KEYS) {
        let found = shown[at..]
            .find(prompt)
            .unwrap_or_else(|| panic!("{prompt} not asked after byte {at}:\n{shown}"));
        at += found + prompt.len();
    }

    assert_eq!(mode(&path), 0o600);
    let file = read_toml(&path);
    assert_eq!(file.get("default_profile"), Some(&"dev".into()));
    assert_eq!(
        profile_of(&file, "dev"),
        &profile_table(("environment", "api"), &test_values())
    );
}

#[test]
fn init_on_a_terminal_with_force_offers_the_current_values_and_enter_keeps_them() {
    let env = TestEnv::new();
    let mut original = String::from("# mine\n[profiles.dev]\nenvironment = \"dev.api\"\n");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS) {
        original += &format!("{key} = \"{value}\"\n");
    }
    let path = env.default_config(&original);

    let mut term = Transcript::new(terminal_command(
        env.home.path(),
        &["config", "init", "--profile", "dev", "--force"],
    ));
    term.expect("environment (api, dev.api or sandbox) [dev.api]: ");
    term.answer("");
    term.expect("customer_id [cust-1]: ");
    term.answer("");
    term.expect("application_id [app-2]: ");
    term.answer("new-app");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS).take(6).skip(2) {
        term.expect(&format!("{key} [{value}]: "));
        term.answer("");
    }
    // The current secret is never shown, not even as the default.
    term.expect("client_secret [keep the current one]: ");
    term.wait_for_echo_off();
    term.answer("");
    let (shown, code) = term.finish();
    assert_eq!(code, 0, "{shown}");
    assert!(!shown.contains(SECRET), "the secret was shown:\n{shown}");

    let mut expected = test_values();
    expected[1] = ("application_id", "new-app");
    let file = read_toml(&path);
    assert_eq!(
        profile_of(&file, "dev"),
        &profile_table(("environment", "dev.api"), &expected)
    );
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn init_on_a_terminal_replaces_the_secret_when_a_new_one_is_typed() {
    let env = TestEnv::new();
    let mut original = String::from("[profiles.dev]\nenvironment = \"dev.api\"\n");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS) {
        original += &format!("{key} = \"{value}\"\n");
    }
    let path = env.default_config(&original);
    let new_secret = "a-brand-new-secret-typed-9876";

    let mut term = Transcript::new(terminal_command(
        env.home.path(),
        &["config", "init", "--profile", "dev", "--force"],
    ));
    term.expect("environment (api, dev.api or sandbox) [dev.api]: ");
    term.answer("");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS).take(6) {
        term.expect(&format!("{key} [{value}]: "));
        term.answer("");
    }
    term.expect("client_secret [keep the current one]: ");
    term.wait_for_echo_off();
    term.answer(new_secret);
    let (shown, code) = term.finish();
    assert_eq!(code, 0, "{shown}");
    assert!(
        !shown.contains(new_secret),
        "the secret was echoed:\n{shown}"
    );
    assert!(
        !shown.contains(SECRET),
        "the old secret was shown:\n{shown}"
    );
    let file = read_toml(&path);
    let mut expected = test_values();
    expected[6] = ("client_secret", new_secret);
    assert_eq!(
        profile_of(&file, "dev"),
        &profile_table(("environment", "dev.api"), &expected)
    );
}

#[test]
fn init_on_a_terminal_without_force_refuses_an_existing_profile_before_asking() {
    let env = TestEnv::new();
    let original = "[profiles.dev]\nenvironment = \"dev.api\"\n";
    let path = env.default_config(original);
    let term = Transcript::new(terminal_command(
        env.home.path(),
        &["config", "init", "--profile", "dev"],
    ));
    let (shown, code) = term.finish();
    assert_eq!(code, 2, "{shown}");
    assert!(shown.contains("profile \"dev\" exists"), "{shown}");
    assert!(!shown.contains("customer_id"), "asked anyway:\n{shown}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

// ---------------------------------------------------------------------------
// config show, path, profiles

fn row(setting: &str, value: &str, source: &str) -> Value {
    json!({"setting": setting, "value": value, "source": source})
}

#[test]
fn show_reports_each_value_and_its_source_with_the_secret_masked() {
    let env = TestEnv::new();
    let mut text = String::from(
        "default_profile = \"work\"\n\n[profiles.work]\nenvironment = \"dev.api\"\n\
         customer_id = \"file-customer\"\nretries = 1\n",
    );
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS).skip(1) {
        text += &format!("{key} = \"{value}\"\n");
    }
    let path = env.default_config(&text);
    let output = run(env
        .bare()
        .env("PIGELLO_CUSTOMER_ID", "env-customer")
        .args(["config", "show", "-o", "json"])
        .args(["--base-url", "https://proxy.example.com/pigello"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
    let shown: Value = serde_json::from_str(&stdout_of(&output)).expect("JSON");
    let tail = &SECRET[SECRET.len() - 4..];
    let expected = json!([
        row("config", &path.display().to_string(), "default"),
        row("profile", "work", "file"),
        row("customer_id", "env-customer", "env"),
        row("application_id", "app-2", "file"),
        row("service_id", "svc-3", "file"),
        row("service_version_id", "ver-4", "file"),
        row("client_ct", "ct-5", "file"),
        row("client_entity", "ent-6", "file"),
        row("client_secret", &format!("***{tail}"), "file"),
        row("environment", "dev.api", "file"),
        row("base_url", "https://proxy.example.com/pigello", "flag"),
        row("output", "json", "flag"),
        row("timeout", "30", "default"),
        row("retries", "1", "file"),
        row("ca_cert", "(none)", "default"),
        row("sandbox_data", "<data dir>/pigello/sandbox.json", "default"),
        // The flag's base URL beats the profile's environment.
        row(
            "requests_go_to",
            "https://proxy.example.com/pigello",
            "flag"
        ),
    ]);
    assert_eq!(shown, expected);
    // Pretty JSON, as every -o json.
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&expected).unwrap() + "\n"
    );
}

#[test]
fn show_names_flag_and_env_sources_of_the_config_and_profile() {
    let env = TestEnv::new();
    let path = env.write("elsewhere.toml", "[profiles.a]\nenvironment = \"api\"\n");
    let output = run(with_credential_env(&env)
        .env("PIGELLO_PROFILE", "a")
        .env("PIGELLO_TIMEOUT", "7")
        .arg("--config")
        .arg(&path)
        .args(["config", "show", "-o", "json"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_no_secret(&output);
    let shown: Value = serde_json::from_str(&stdout_of(&output)).expect("JSON");
    let rows = shown.as_array().expect("an array");
    let find = |setting: &str| {
        rows.iter()
            .find(|row| row["setting"] == setting)
            .unwrap_or_else(|| panic!("no row {setting}: {shown}"))
            .clone()
    };
    assert_eq!(
        find("config"),
        row("config", &path.display().to_string(), "flag")
    );
    assert_eq!(find("profile"), row("profile", "a", "env"));
    assert_eq!(find("customer_id"), row("customer_id", "cust-1", "env"));
    assert_eq!(
        find("client_secret"),
        row(
            "client_secret",
            &format!("***{}", &SECRET[SECRET.len() - 4..]),
            "env"
        )
    );
    assert_eq!(find("environment"), row("environment", "api", "file"));
    assert_eq!(find("timeout"), row("timeout", "7", "env"));
    assert_eq!(
        find("output"),
        row("output", "json", "flag"),
        "-o json is a flag"
    );
}

#[test]
fn show_as_a_table_masks_the_secret_too() {
    let env = TestEnv::new();
    let output = run(with_credential_env(&env).args(["config", "show", "-o", "table"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_no_secret(&output);
    let stdout = stdout_of(&output);
    assert!(
        stdout.contains(&format!("***{}", &SECRET[SECRET.len() - 4..])),
        "{stdout}"
    );
    for setting in KEYS {
        assert!(stdout.contains(setting), "{setting} missing:\n{stdout}");
    }
}

#[test]
fn show_masks_a_short_secret_entirely() {
    let env = TestEnv::new();
    let output = run(env
        .bare()
        .env("PIGELLO_CLIENT_SECRET", "tiny-sec")
        .args(["config", "show", "-o", "json"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    assert!(!stdout.contains("tiny-sec"), "{stdout}");
    let shown: Value = serde_json::from_str(&stdout).unwrap();
    let secret = shown
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["setting"] == "client_secret")
        .unwrap();
    assert_eq!(secret, &row("client_secret", "***", "env"));
}

#[test]
fn path_prints_the_default_location_whether_or_not_it_exists() {
    let env = TestEnv::new();
    let output = run(env.bare().args(["config", "path"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        format!("{}\n", default_path(&env).display())
    );
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn path_prints_the_config_flag_or_pigello_config() {
    let env = TestEnv::new();
    let output = run(env
        .bare()
        .args(["config", "path", "--config", "/some/where/flag.toml"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "/some/where/flag.toml\n");

    let output = run(env
        .bare()
        .env("PIGELLO_CONFIG", "/some/where/env.toml")
        .args(["config", "path"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "/some/where/env.toml\n");

    // The flag wins over the variable.
    let output = run(env
        .bare()
        .env("PIGELLO_CONFIG", "/some/where/env.toml")
        .args(["config", "path", "--config", "/some/where/flag.toml"]));
    assert_eq!(stdout_of(&output), "/some/where/flag.toml\n");
}

#[test]
fn profiles_lists_one_name_a_line_with_the_default_marked() {
    let env = TestEnv::new();
    env.default_config(
        "default_profile = \"beta\"\n\n[profiles.alpha]\nenvironment = \"api\"\n\n\
         [profiles.beta]\nenvironment = \"api\"\n\n[profiles.gamma]\nenvironment = \"dev.api\"\n",
    );
    let output = run(env.bare().args(["config", "profiles"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "  alpha\n* beta\n  gamma\n");
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn profiles_marks_the_profile_named_default_when_none_is_chosen() {
    let env = TestEnv::new();
    env.default_config(
        "[profiles.default]\nenvironment = \"api\"\n\n[profiles.other]\nenvironment = \"api\"\n",
    );
    let output = run(env.bare().args(["config", "profiles"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "* default\n  other\n");
}

#[test]
fn profiles_of_the_config_flag_file() {
    let env = TestEnv::new();
    let path = env.write("x.toml", "[profiles.only]\nenvironment = \"api\"\n");
    let output = run(env
        .bare()
        .arg("--config")
        .arg(&path)
        .args(["config", "profiles"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "  only\n");
}

#[test]
fn profiles_without_a_file_lists_nothing() {
    let env = TestEnv::new();
    let output = run(env.bare().args(["config", "profiles"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
}

// ---------------------------------------------------------------------------
// --dry-run

fn url(server: &MockServer, tail: &str) -> String {
    format!("{}{PATH}{tail}", server.base_url())
}

#[test]
fn dry_run_create_prints_the_request_and_sends_nothing() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "create", "--content-type", CT])
        .args(["--object-id", OBJ, "--external-id", "it's"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        shown_request("POST", &url(&server, ""), Some(&record("it's")))
    );
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
    other.assert_calls(0);
}

#[test]
fn dry_run_update_prints_the_patch_and_sends_nothing() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env.cmd(&server).args([
        "conn",
        "update",
        PK,
        "--external-id",
        "erp-2001",
        "--hidden",
        "--dry-run",
    ]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        shown_request(
            "PATCH",
            &url(&server, &format!("{PK}/")),
            Some(&json!({"external_id": "erp-2001", "hidden": true}))
        )
    );
    assert_no_secret(&output);
    other.assert_calls(0);
}

#[test]
fn dry_run_get_prints_one_request_per_pk() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "get", PK, PK2, PK3]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let expected: String = [PK, PK2, PK3]
        .iter()
        .map(|pk| shown_request("GET", &url(&server, &format!("{pk}/")), None))
        .collect();
    assert_eq!(stdout_of(&output), expected);
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
    other.assert_calls(0);
}

#[test]
fn dry_run_delete_needs_no_yes_and_sends_nothing() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "delete", PK, PK2])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let expected: String = [PK, PK2]
        .iter()
        .map(|pk| shown_request("DELETE", &url(&server, &format!("{pk}/")), None))
        .collect();
    assert_eq!(stdout_of(&output), expected);
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
    other.assert_calls(0);
}

#[test]
fn dry_run_bulk_prints_one_request_per_batch() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let records: Vec<Value> = ["a", "b", "c", "d", "e"].map(record).to_vec();
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    let file = env.write("five.ndjson", &text);
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "bulk", "--batch-size", "2", "-f"])
        .arg(&file));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let bulk_url = format!("{}{BULK_PATH}", server.base_url());
    let expected: String = records
        .chunks(2)
        .map(|batch| shown_request("POST", &bulk_url, Some(&Value::from(batch.to_vec()))))
        .collect();
    assert_eq!(stdout_of(&output), expected);
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
    other.assert_calls(0);
}

#[test]
fn dry_run_with_bad_input_still_exits_4() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();

    let body = env.write("bad.json", r#"{"content_type": {"id": "nope"}}"#);
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "create", "-f"])
        .arg(&body));
    assert_eq!(code(&output), Some(4), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");

    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "get", PK, "not-a-uuid"]));
    assert_eq!(code(&output), Some(4), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    assert!(stderr_of(&output).contains("not-a-uuid"));

    let lines = format!("{}\n{{\"external_id\": 5}}\n", record("ok"));
    let file = env.write("bad.ndjson", &lines);
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "bulk", "-f"])
        .arg(&file));
    assert_eq!(code(&output), Some(4), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");

    let output =
        run(env
            .cmd(&server)
            .args(["--dry-run", "conn", "update", "not-a-uuid", "--hidden"]));
    assert_eq!(code(&output), Some(4), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    other.assert_calls(0);
}

#[test]
fn dry_run_and_curl_together_are_a_usage_error() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "--curl", "conn", "get", PK]));
    assert_eq!(code(&output), Some(2), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    other.assert_calls(0);
}

// ---------------------------------------------------------------------------
// --curl

const SECRET_HEADER_IN_CURL: &str = "-H \"X-PIGELLO-CLIENT-SECRET: $PIGELLO_CLIENT_SECRET\"";

/// The curl lines of a `--curl` run, checked for the secret's form.
fn curl_lines(output: &Output, requests: usize) -> Vec<String> {
    assert_eq!(code(output), Some(0), "{}", stderr_of(output));
    assert_eq!(stderr_of(output), "");
    assert_no_secret(output);
    let stdout = stdout_of(output);
    assert!(stdout.ends_with('\n'), "{stdout:?}");
    let lines: Vec<String> = stdout.lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), requests, "one line per request:\n{stdout}");
    for line in &lines {
        assert!(line.starts_with("curl "), "{line}");
        assert!(line.contains(SECRET_HEADER_IN_CURL), "{line}");
    }
    lines
}

/// Runs one curl line in `sh`, the secret in the shell's environment only.
fn replay(line: &str) {
    let output = run(Command::new("sh")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PIGELLO_CLIENT_SECRET", SECRET)
        .arg("-c")
        .arg(line));
    assert_eq!(
        code(&output),
        Some(0),
        "{line}\n{}{}",
        stdout_of(&output),
        stderr_of(&output)
    );
}

/// Requires everything the binary itself sends besides the credentials.
fn as_pigello_sends(when: httpmock::When) -> httpmock::When {
    with_credentials(when)
        .header("Accept", "application/json")
        .header("User-Agent", format!("pigello/{VERSION}"))
}

#[test]
fn curl_create_replays_with_a_quote_in_the_body() {
    let server = MockServer::start();
    let body = json!({
        "content_type": {"id": CT},
        "object_id": OBJ,
        "external_id": "it's \"quoted\" $HOME `x` \\ done",
        "custom_id": "a'b'c",
    });
    let expected = body.clone();
    let create = server.mock(move |when, then| {
        as_pigello_sends(when.method(POST).path(PATH))
            .header("Content-Type", "application/json")
            .json_body(expected);
        then.status(201).json_body(connection(PK, "it's"));
    });
    let env = TestEnv::new();
    let file = env.write("body.json", &body.to_string());
    let output = run(env
        .cmd(&server)
        .args(["--curl", "conn", "create", "-f"])
        .arg(&file));
    create.assert_calls(0);
    let lines = curl_lines(&output, 1);
    replay(&lines[0]);
    create.assert_calls(1);
}

#[test]
fn curl_update_replays_the_patch() {
    let server = MockServer::start();
    let update = server.mock(|when, then| {
        as_pigello_sends(when.method(PATCH).path(format!("{PATH}{PK}/")))
            .header("Content-Type", "application/json")
            .json_body(json!({"external_id": "it's", "hidden": true, "organization": null}));
        then.status(200).json_body(connection(PK, "it's"));
    });
    let env = TestEnv::new();
    let output = run(env.cmd(&server).args([
        "conn",
        "update",
        PK,
        "--external-id",
        "it's",
        "--hidden",
        "--no-organization",
        "--curl",
    ]));
    update.assert_calls(0);
    let lines = curl_lines(&output, 1);
    assert!(
        lines[0].starts_with(&format!(
            "curl -sS -X PATCH '{}'",
            url(&server, &format!("{PK}/"))
        )),
        "{}",
        lines[0]
    );
    replay(&lines[0]);
    update.assert_calls(1);
}

#[test]
fn curl_get_prints_one_line_per_pk_and_each_replays() {
    let server = MockServer::start();
    let mocks: Vec<Mock> = [PK, PK2]
        .iter()
        .map(|pk| {
            server.mock(|when, then| {
                as_pigello_sends(when.method(GET).path(format!("{PATH}{pk}/")));
                then.status(200).json_body(connection(pk, "x"));
            })
        })
        .collect();
    let env = TestEnv::new();
    let output = run(env.cmd(&server).args(["--curl", "conn", "get", PK, PK2]));
    mocks.iter().for_each(|mock| mock.assert_calls(0));
    let lines = curl_lines(&output, 2);
    for (line, mock) in lines.iter().zip(&mocks) {
        assert!(!line.contains("--data-binary"), "{line}");
        replay(line);
        mock.assert_calls(1);
    }
}

#[test]
fn curl_delete_needs_no_yes_and_replays() {
    let server = MockServer::start();
    let delete = server.mock(|when, then| {
        as_pigello_sends(when.method(DELETE).path(format!("{PATH}{PK}/")));
        then.status(204);
    });
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["--curl", "conn", "delete", PK])
        .write_stdin(""));
    delete.assert_calls(0);
    let lines = curl_lines(&output, 1);
    replay(&lines[0]);
    delete.assert_calls(1);
}

#[test]
fn curl_bulk_prints_one_line_per_batch_and_each_replays() {
    let server = MockServer::start();
    let records: Vec<Value> = ["it's", "b", "c"].map(record).to_vec();
    let first_batch = json!([records[0], records[1]]);
    let second_batch = json!([records[2]]);
    let first = server.mock(|when, then| {
        as_pigello_sends(when.method(POST).path(BULK_PATH))
            .header("Content-Type", "application/json")
            .json_body(first_batch);
        then.status(200).json_body(json!([{}, {}]));
    });
    let second = server.mock(|when, then| {
        as_pigello_sends(when.method(POST).path(BULK_PATH))
            .header("Content-Type", "application/json")
            .json_body(second_batch);
        then.status(200).json_body(json!([{}]));
    });
    let env = TestEnv::new();
    let file = env.write("three.json", &Value::from(records).to_string());
    let output = run(env
        .cmd(&server)
        .args(["--curl", "conn", "bulk", "--batch-size", "2", "-f"])
        .arg(&file));
    let lines = curl_lines(&output, 2);
    first.assert_calls(0);
    second.assert_calls(0);
    replay(&lines[0]);
    first.assert_calls(1);
    replay(&lines[1]);
    second.assert_calls(1);
}

#[test]
fn curl_with_a_wrong_secret_in_the_shell_does_not_match() {
    // The secret really comes from the shell: with another value in
    // PIGELLO_CLIENT_SECRET, the server sees that other value.
    let server = MockServer::start();
    let good = server.mock(|when, then| {
        as_pigello_sends(when.method(GET).path(format!("{PATH}{PK}/")));
        then.status(200).json_body(connection(PK, "x"));
    });
    let wrong = server.mock(|when, then| {
        when.method(GET)
            .path(format!("{PATH}{PK}/"))
            .header("X-PIGELLO-CLIENT-SECRET", "from-the-shell");
        then.status(401);
    });
    let env = TestEnv::new();
    let output = run(env.cmd(&server).args(["--curl", "conn", "get", PK]));
    let lines = curl_lines(&output, 1);
    let output = run(Command::new("sh")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PIGELLO_CLIENT_SECRET", "from-the-shell")
        .arg("-c")
        .arg(&lines[0]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    good.assert_calls(0);
    wrong.assert_calls(1);
}

// ---------------------------------------------------------------------------
// conn template

const TEMPLATE: &str = r#"{
  "content_type": {
    "id": "00000000-0000-0000-0000-000000000000"
  },
  "object_id": "00000000-0000-0000-0000-000000000000",
  "external_id": "",
  "organization": {
    "id": "00000000-0000-0000-0000-000000000000"
  },
  "hidden": false,
  "custom_id": null
}
"#;

const TEMPLATE_LINE: &str = r#"{"content_type":{"id":"00000000-0000-0000-0000-000000000000"},"object_id":"00000000-0000-0000-0000-000000000000","external_id":"","organization":{"id":"00000000-0000-0000-0000-000000000000"},"hidden":false,"custom_id":null}"#;

#[test]
fn template_prints_the_create_skeleton() {
    let env = TestEnv::new();
    // No credentials needed.
    let output = run(env.bare().args(["conn", "template"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), TEMPLATE);
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn template_for_bulk_is_an_array_of_one() {
    let env = TestEnv::new();
    let output = run(env.bare().args(["conn", "template", "--bulk"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let one: Value = serde_json::from_str(TEMPLATE).unwrap();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&json!([one])).unwrap() + "\n"
    );
}

#[test]
fn template_as_ndjson_is_compact() {
    let env = TestEnv::new();
    let output = run(env.bare().args(["conn", "template", "-o", "ndjson"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), format!("{TEMPLATE_LINE}\n"));
    let output = run(env
        .bare()
        .args(["conn", "template", "--bulk", "-o", "ndjson"]));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), format!("{TEMPLATE_LINE}\n"));
    // A table is no template: JSON.
    let output = run(env.bare().args(["conn", "template", "-o", "table"]));
    assert_eq!(stdout_of(&output), TEMPLATE);
}

#[test]
fn a_filled_in_template_is_accepted_by_create_and_bulk() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env.bare().args(["conn", "template"]));
    let mut body: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    body["external_id"] = "erp-1042".into();
    let file = env.write(
        "connection.json",
        &stdout_of(&output).replace("\"external_id\": \"\"", "\"external_id\": \"erp-1042\""),
    );
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "create", "-f"])
        .arg(&file));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        shown_request("POST", &url(&server, ""), Some(&body))
    );

    let output = run(env.bare().args(["conn", "template", "--bulk"]));
    let file = env.write(
        "connections.json",
        &stdout_of(&output).replace("\"external_id\": \"\"", "\"external_id\": \"erp-1042\""),
    );
    let output = run(env
        .cmd(&server)
        .args(["--dry-run", "conn", "bulk", "-f"])
        .arg(&file));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        shown_request(
            "POST",
            &format!("{}{BULK_PATH}", server.base_url()),
            Some(&json!([body]))
        )
    );
    other.assert_calls(0);
}

// ---------------------------------------------------------------------------
// PKs from stdin

fn serve_get<'a>(server: &'a MockServer, pk: &str, status: u16) -> Mock<'a> {
    server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{pk}/")));
        match status {
            200 => then
                .status(200)
                .json_body(connection(pk, &format!("ext-{pk}"))),
            _ => then.status(status).json_body(json!({"detail": "Nope."})),
        };
    })
}

fn serve_delete<'a>(server: &'a MockServer, pk: &str, status: u16) -> Mock<'a> {
    server.mock(|when, then| {
        with_credentials(when.method(DELETE).path(format!("{PATH}{pk}/")));
        match status {
            204 => then.status(204),
            _ => then.status(status).json_body(json!({"detail": "Nope."})),
        };
    })
}

const STDIN_PKS: &str = "# exported 2026-12-04\n\
                         0f9e8d7c-6b5a-4948-8372-615049382716\n\
                         \n\
                         \x20\x20\n\
                         # the second\n\
                         1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\n\
                         2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\n";

#[test]
fn get_dash_reads_pks_from_stdin_skipping_blanks_and_comments() {
    let server = MockServer::start();
    let mocks = [PK, PK2, PK3].map(|pk| serve_get(&server, pk, 200));
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "get", "-"])
        .write_stdin(STDIN_PKS));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    mocks.iter().for_each(|mock| mock.assert_calls(1));
    let expected: Vec<Value> = [PK, PK2, PK3]
        .iter()
        .map(|pk| connection(pk, &format!("ext-{pk}")))
        .collect();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&expected).unwrap() + "\n"
    );
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn get_dash_with_one_pk_on_stdin_prints_one_object() {
    let server = MockServer::start();
    let mock = serve_get(&server, PK, 200);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "get", "-"])
        .write_stdin(format!("{PK}\n")));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    mock.assert_calls(1);
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, &format!("ext-{PK}"))).unwrap() + "\n"
    );
}

#[test]
fn get_dash_with_a_bad_line_names_it_and_sends_nothing() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "get", "-"])
        .write_stdin(format!("{PK}\nnot-a-pk\n{PK2}\n")));
    assert_eq!(code(&output), Some(4), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    let stderr = stderr_of(&output);
    assert!(stderr.contains("not-a-pk"), "{stderr}");
    assert!(stderr.contains("nothing was sent"), "{stderr}");
    other.assert_calls(0);
}

#[test]
fn get_dash_reports_a_failing_pk_and_still_gets_the_others() {
    let server = MockServer::start();
    let missing = serve_get(&server, PK, 404);
    let found = [PK2, PK3].map(|pk| serve_get(&server, pk, 200));
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "get", "-"])
        .write_stdin(STDIN_PKS));
    assert_eq!(code(&output), Some(6), "{}", stderr_of(&output));
    missing.assert_calls(1);
    found.iter().for_each(|mock| mock.assert_calls(1));
    let expected: Vec<Value> = [PK2, PK3]
        .iter()
        .map(|pk| connection(pk, &format!("ext-{pk}")))
        .collect();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&expected).unwrap() + "\n"
    );
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!(
            "GET {} answered 404",
            url(&server, &format!("{PK}/"))
        )),
        "{stderr}"
    );
}

#[test]
fn delete_dash_yes_deletes_each_pk_from_stdin() {
    let server = MockServer::start();
    let mocks = [PK, PK2, PK3].map(|pk| serve_delete(&server, pk, 204));
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "delete", "-", "--yes"])
        .write_stdin(STDIN_PKS));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    mocks.iter().for_each(|mock| mock.assert_calls(1));
    other.assert_calls(0);
    assert_eq!(stdout_of(&output), "");
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn delete_dash_without_yes_refuses_without_a_terminal() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "delete", "-"])
        .write_stdin(STDIN_PKS));
    assert_eq!(code(&output), Some(2), "{}", stderr_of(&output));
    other.assert_calls(0);
}

#[test]
fn delete_dash_reports_a_404_and_still_deletes_the_others() {
    let server = MockServer::start();
    let missing = serve_delete(&server, PK, 404);
    let deleted = [PK2, PK3].map(|pk| serve_delete(&server, pk, 204));
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "delete", "-", "--yes"])
        .write_stdin(STDIN_PKS));
    assert_eq!(code(&output), Some(6), "{}", stderr_of(&output));
    missing.assert_calls(1);
    deleted.iter().for_each(|mock| mock.assert_calls(1));
    let stderr = stderr_of(&output);
    assert!(
        stderr.starts_with(&format!(
            "error: DELETE {} answered 404",
            url(&server, &format!("{PK}/"))
        )),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
    assert_no_secret(&output);
}

#[test]
fn delete_dash_exits_with_the_worst_code_of_several_failures() {
    let server = MockServer::start();
    let missing = serve_delete(&server, PK, 404);
    let refused = serve_delete(&server, PK2, 401);
    let deleted = serve_delete(&server, PK3, 204);
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "delete", "-", "--yes"])
        .write_stdin(STDIN_PKS));
    assert_eq!(code(&output), Some(7), "{}", stderr_of(&output));
    missing.assert_calls(1);
    refused.assert_calls(1);
    deleted.assert_calls(1);
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!(
            "error: DELETE {} answered 404",
            url(&server, &format!("{PK}/"))
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "error: DELETE {} answered 401",
            url(&server, &format!("{PK2}/"))
        )),
        "{stderr}"
    );
    assert_no_secret(&output);
}

#[test]
fn pks_from_stdin_and_arguments_mix_in_order() {
    let server = MockServer::start();
    let mocks = [PK, PK2, PK3].map(|pk| serve_get(&server, pk, 200));
    let env = TestEnv::new();
    let output = run(env
        .cmd(&server)
        .args(["conn", "get", PK3, "-"])
        .write_stdin(format!("{PK}\n{PK2}\n")));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    mocks.iter().for_each(|mock| mock.assert_calls(1));
    let shown: Value = serde_json::from_str(&stdout_of(&output)).unwrap();
    let ids: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [PK3, PK, PK2]);
}

// ---------------------------------------------------------------------------
// man, colour, help

#[test]
fn man_prints_a_roff_page() {
    let env = TestEnv::new();
    let output = run(env.bare().arg("man"));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let page = stdout_of(&output);
    assert!(
        page.starts_with(".TH") || page.starts_with(".ie"),
        "{}",
        &page[..page.len().min(200)]
    );
    assert!(page.contains(".TH pigello 1"), "{page}");
    assert!(page.contains("pigello"));
    assert!(page.contains(".SH"), "no sections: {page}");
    assert_eq!(stderr_of(&output), "");
}

const COLOURED_PREFIX: &str = "\x1b[1;31merror:\x1b[0m ";

/// An input error (no server needed), with `args` before the command.
fn failing(env: &TestEnv, args: &[&str]) -> Output {
    let output = run(env.bare().args(args).args(["conn", "get", "not-a-uuid"]));
    assert_eq!(code(&output), Some(4), "{}", stderr_of(&output));
    output
}

#[test]
fn color_always_colours_the_error_prefix_in_a_pipe() {
    let env = TestEnv::new();
    let stderr = stderr_of(&failing(&env, &["--color", "always"]));
    assert!(stderr.contains("\x1b["), "{stderr:?}");
    assert!(stderr.starts_with(COLOURED_PREFIX), "{stderr:?}");
}

#[test]
fn color_never_and_the_default_in_a_pipe_are_plain() {
    let env = TestEnv::new();
    for args in [&["--color", "never"][..], &["--color", "auto"][..], &[][..]] {
        let stderr = stderr_of(&failing(&env, args));
        assert!(!stderr.contains("\x1b["), "{args:?}: {stderr:?}");
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr:?}");
    }
}

/// `--color always` is a per-run request and wins over NO_COLOR, as
/// no-color.org advises and `--help` says.
#[test]
fn color_always_wins_over_no_color() {
    let env = TestEnv::new();
    let output = run(env.bare().env("NO_COLOR", "1").args([
        "--color",
        "always",
        "conn",
        "get",
        "not-a-uuid",
    ]));
    assert_eq!(code(&output), Some(4));
    assert!(stderr_of(&output).starts_with(COLOURED_PREFIX));

    let output = run(env.bare().env("NO_COLOR", "1").args([
        "--color",
        "never",
        "conn",
        "get",
        "not-a-uuid",
    ]));
    assert!(!stderr_of(&output).contains("\x1b["));
}

#[test]
fn color_never_is_plain_even_on_a_terminal() {
    let env = TestEnv::new();
    let term = Transcript::new(terminal_command(
        env.home.path(),
        &["--color", "never", "conn", "get", "not-a-uuid"],
    ));
    let (shown, code) = term.finish();
    assert_eq!(code, 4, "{shown}");
    assert!(!shown.contains("\x1b["), "{shown:?}");
    assert!(shown.starts_with("error: "), "{shown:?}");
}

#[test]
fn an_unknown_color_value_is_a_usage_error() {
    let env = TestEnv::new();
    let output = run(env.bare().args(["--color", "sometimes", "conn", "get", PK]));
    assert_eq!(code(&output), Some(2), "{}", stderr_of(&output));
}

#[test]
fn every_command_has_examples_in_its_help() {
    let commands: [&[&str]; 15] = [
        &["conn", "create"],
        &["conn", "bulk"],
        &["conn", "get"],
        &["conn", "update"],
        &["conn", "delete"],
        &["conn", "template"],
        &["config", "init"],
        &["config", "show"],
        &["config", "path"],
        &["config", "profiles"],
        &["sandbox", "serve"],
        &["sandbox", "reset"],
        &["completions"],
        &["man"],
        &[],
    ];
    let env = TestEnv::new();
    let mut without = Vec::new();
    for command in commands {
        let output = run(env.bare().args(command).arg("--help"));
        assert_eq!(
            code(&output),
            Some(0),
            "{command:?}: {}",
            stderr_of(&output)
        );
        let help = stdout_of(&output);
        if command.is_empty() {
            // The top level points at the commands; it needs no example.
            assert!(help.contains("Usage: pigello"), "{help}");
            continue;
        }
        // An "Example:" or "Examples:" heading, followed by a pigello line.
        let section = help
            .find("Example")
            .map(|at| &help[at..])
            .filter(|section| section.contains("\n  pigello ") || section.contains("| pigello "));
        if section.is_none() {
            without.push(command.join(" "));
        }
    }
    assert!(
        without.is_empty(),
        "commands whose --help has no Example section: {without:?}"
    );
}

#[test]
fn init_with_force_keeps_the_keys_it_does_not_ask_for() {
    let env = TestEnv::new();
    let path = env.default_config(
        "[profiles.ci]\nenvironment = \"dev.api\"\ntimeout = 10\noutput = \"ndjson\"\n\
         client_secret_command = \"pass show pigello/ci\"\ncustomer_id = \"old\"\n",
    );
    let mut cmd = with_credential_env(&env);
    cmd.env_remove("PIGELLO_CLIENT_SECRET");
    let output = run(cmd
        .args(["config", "init", "--profile", "ci", "--force"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    let file = read_toml(&path);
    let profile = profile_of(&file, "ci");
    assert_eq!(profile.get("timeout"), Some(&toml::Value::Integer(10)));
    assert_eq!(profile.get("output"), Some(&"ndjson".into()));
    // The secret still comes from the command; none was written.
    assert_eq!(
        profile.get("client_secret_command"),
        Some(&"pass show pigello/ci".into())
    );
    assert!(profile.get("client_secret").is_none());
    assert_eq!(profile.get("customer_id"), Some(&"cust-1".into()));
    assert_eq!(profile.get("environment"), Some(&"dev.api".into()));
}

#[cfg(unix)]
#[test]
fn init_through_a_symbolic_link_changes_the_file_it_names() {
    let env = TestEnv::new();
    let real = env.write("dotfiles/pigello.toml", "# managed\n");
    let link = default_path(&env);
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let output = run(with_credential_env(&env)
        .args(["config", "init", "--profile", "b", "--environment", "api"])
        .write_stdin(""));
    assert_eq!(code(&output), Some(0), "{}", stderr_of(&output));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(text.contains("# managed\n"), "{text}");
    assert!(text.contains("[profiles.b]"), "{text}");
}
