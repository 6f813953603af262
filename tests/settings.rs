//! Where the settings come from: flag, then environment variable, then the
//! selected profile of the config file. Every request is checked for all
//! seven credential headers; every refusal exits 3 and sends nothing.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Output;
use std::thread;
use std::time::{Duration, Instant};

use common::*;
use httpmock::prelude::*;
use httpmock::Mock;

const KNOWN_KEYS: &str = "customer_id, application_id, service_id, service_version_id, client_ct, \
                          client_entity, client_secret, environment, base_url, output, timeout, \
                          retries, ca_cert, client_secret_command";

fn item_path(pk: &str) -> String {
    format!("{PATH}{pk}/")
}

fn label(path: &Path) -> String {
    path.display().to_string()
}

/// A `[profiles.NAME]` table with the seven test credentials and a base URL.
fn profile(name: &str, base_url: &str) -> String {
    let mut text = format!("[profiles.{name}]\nbase_url = \"{base_url}\"\n");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS) {
        text += &format!("{key} = \"{value}\"\n");
    }
    text
}

/// A profile that must not be chosen: other credentials, another server.
fn wrong_profile(name: &str, base_url: &str) -> String {
    let mut text = format!("[profiles.{name}]\nbase_url = \"{base_url}\"\n");
    for key in KEYS {
        text += &format!("{key} = \"wrong-{key}\"\n");
    }
    text
}

/// The answer to `GET PK`, given only with all seven credentials.
fn serving(server: &MockServer) -> Mock<'_> {
    server.mock(|when, then| {
        with_credentials(when.method(GET).path(item_path(PK)));
        then.status(200).json_body(connection(PK, "erp-1"));
    })
}

/// The connection as `-o json` prints it.
fn pretty() -> String {
    serde_json::to_string_pretty(&connection(PK, "erp-1")).unwrap() + "\n"
}

/// The connection as `-o ndjson` prints it.
fn compact() -> String {
    connection(PK, "erp-1").to_string() + "\n"
}

fn assert_success(output: &Output, stdout: &str) {
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(output));
    assert_eq!(stdout_of(output), stdout);
    assert_eq!(stderr_of(output), "");
    assert_no_secret(output);
}

/// Exit 3, nothing on stdout, exactly this on stderr, no secret anywhere.
fn assert_config_error(output: &Output, stderr: &str) {
    assert_eq!(output.status.code(), Some(3), "{}", stderr_of(output));
    assert_eq!(stdout_of(output), "");
    assert_eq!(stderr_of(output), stderr);
    assert_no_secret(output);
}

/// The credential headers with one value replaced.
fn credentials_with(header: &str, value: &str) -> Vec<(&'static str, String)> {
    CREDENTIALS
        .iter()
        .map(|(_, name, default)| {
            let value = if *name == header { value } else { default };
            (*name, value.to_owned())
        })
        .collect()
}

/// A one-shot HTTP proxy on loopback: records the head of the first request
/// it receives and refuses it. Used to see where an https:// request would go
/// without leaving the machine.
fn recording_proxy() -> (String, thread::JoinHandle<Option<String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    listener.set_nonblocking(true).unwrap();
    let handle = thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match listener.accept() {
                Ok((mut stream, _)) => {
                    stream.set_nonblocking(false).unwrap();
                    stream
                        .set_read_timeout(Some(Duration::from_secs(10)))
                        .unwrap();
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        match stream.read(&mut byte) {
                            Ok(1) => head.push(byte[0]),
                            _ => break,
                        }
                    }
                    let _ = stream.write_all(
                        b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                    );
                    return Some(String::from_utf8_lossy(&head).into_owned());
                }
                Err(_) if Instant::now() < deadline => thread::sleep(Duration::from_millis(10)),
                Err(_) => return None,
            }
        }
    });
    (url, handle)
}

// ------------------------------------------------------- where values come from

#[test]
fn a_profile_at_the_default_location_supplies_every_setting() {
    let server = MockServer::start();
    let mock = serving(&server);
    let env = TestEnv::new();
    env.default_config(&profile("default", &server.base_url()));
    let output = env.bare().args(["conn", "get", PK]).output().unwrap();
    mock.assert();
    assert_success(&output, &pretty());
}

#[test]
fn default_profile_chooses_the_profile() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&format!(
        "default_profile = \"work\"\n{}{}",
        wrong_profile("default", &other.base_url()),
        profile("work", &server.base_url())
    ));
    let output = env.bare().args(["conn", "get", PK]).output().unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn the_profile_flag_overrides_default_profile() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&format!(
        "default_profile = \"work\"\n{}{}",
        wrong_profile("work", &other.base_url()),
        profile("home", &server.base_url())
    ));
    for flag in ["-p", "--profile"] {
        let output = env
            .bare()
            .args(["conn", "get", PK, flag, "home"])
            .output()
            .unwrap();
        assert_success(&output, &pretty());
    }
    mock.assert_calls(2);
    elsewhere.assert_calls(0);
}

#[test]
fn pigello_profile_overrides_default_profile() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&format!(
        "default_profile = \"work\"\n{}{}",
        wrong_profile("work", &other.base_url()),
        profile("home", &server.base_url())
    ));
    let output = env
        .bare()
        .env("PIGELLO_PROFILE", "home")
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn the_profile_flag_beats_pigello_profile() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&format!(
        "{}{}",
        wrong_profile("work", &other.base_url()),
        profile("home", &server.base_url())
    ));
    let output = env
        .bare()
        .env("PIGELLO_PROFILE", "work")
        .args(["-p", "home", "conn", "get", PK])
        .output()
        .unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn the_config_flag_names_the_file_to_read() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&wrong_profile("default", &other.base_url()));
    let file = env.write(
        "elsewhere/pigello.toml",
        &profile("default", &server.base_url()),
    );
    let output = env
        .bare()
        .args(["conn", "get", PK, "--config"])
        .arg(&file)
        .output()
        .unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn pigello_config_names_the_file_to_read() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&wrong_profile("default", &other.base_url()));
    let file = env.write(
        "elsewhere/pigello.toml",
        &profile("default", &server.base_url()),
    );
    let output = env
        .bare()
        .env("PIGELLO_CONFIG", &file)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn the_config_flag_beats_pigello_config() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    let wrong = env.write("wrong.toml", &wrong_profile("default", &other.base_url()));
    let right = env.write("right.toml", &profile("default", &server.base_url()));
    let output = env
        .bare()
        .env("PIGELLO_CONFIG", &wrong)
        .arg("--config")
        .arg(&right)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn an_environment_variable_overrides_just_its_key_of_the_profile() {
    let env = TestEnv::new();
    for (variable, header, _) in CREDENTIALS {
        let server = MockServer::start();
        let expected = credentials_with(header, "from-the-environment");
        let mock = server.mock(|when, then| {
            let when = when.method(GET).path(item_path(PK));
            expected
                .iter()
                .fold(when, |when, (name, value)| when.header(*name, value));
            then.status(200).json_body(connection(PK, "erp-1"));
        });
        env.default_config(&profile("default", &server.base_url()));
        let output = env
            .bare()
            .env(variable, "from-the-environment")
            .args(["conn", "get", PK])
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{variable}: {}",
            stderr_of(&output)
        );
        mock.assert();
        assert_eq!(stdout_of(&output), pretty());
    }
}

#[test]
fn the_base_url_flag_beats_pigello_base_url() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    let output = env
        .cmd(&other)
        .args(["conn", "get", PK, "--base-url", &server.base_url()])
        .output()
        .unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn pigello_base_url_beats_the_profile() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&profile("default", &other.base_url()));
    let output = env
        .bare()
        .env("PIGELLO_BASE_URL", server.base_url())
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    mock.assert();
    elsewhere.assert_calls(0);
    assert_success(&output, &pretty());
}

#[test]
fn global_flags_work_before_and_after_the_subcommand() {
    let server = MockServer::start();
    let mock = serving(&server);
    let other = MockServer::start();
    let elsewhere = catch_all(&other);
    let env = TestEnv::new();
    env.default_config(&wrong_profile("default", &other.base_url()));
    let file = env.write(
        "p.toml",
        &format!(
            "{}{}",
            wrong_profile("default", &other.base_url()),
            profile("work", &server.base_url())
        ),
    );
    let file = label(&file);
    let placements: [&[&str]; 4] = [
        &[
            "--config", &file, "-p", "work", "-o", "ndjson", "conn", "get", PK,
        ],
        &[
            "conn", "get", PK, "--config", &file, "-p", "work", "-o", "ndjson",
        ],
        &[
            "conn",
            "--config",
            &file,
            "get",
            "--profile",
            "work",
            PK,
            "--output",
            "ndjson",
        ],
        &[
            "-o", "ndjson", "conn", "get", "-p", "work", PK, "--config", &file,
        ],
    ];
    for args in placements {
        let output = env.bare().args(args).output().unwrap();
        assert_success(&output, &compact());
    }
    mock.assert_calls(4);
    elsewhere.assert_calls(0);
}

// ------------------------------------------------------------ output format

#[test]
fn the_output_format_comes_from_flag_then_environment_then_profile() {
    let server = MockServer::start();
    let mock = serving(&server);
    let env = TestEnv::new();
    let with_ndjson = format!(
        "{}output = \"ndjson\"\n",
        profile("default", &server.base_url())
    );
    let with_json = format!(
        "{}output = \"json\"\n",
        profile("default", &server.base_url())
    );
    let cases: [(&str, Option<&str>, &[&str], String); 6] = [
        // (profile, PIGELLO_OUTPUT, flags, stdout)
        (&with_json, None, &["-o", "ndjson"], compact()),
        (&with_json, Some("ndjson"), &[], compact()),
        (&with_ndjson, None, &[], compact()),
        (&with_ndjson, Some("json"), &[], pretty()),
        (&with_json, Some("ndjson"), &["--output", "json"], pretty()),
        (&with_ndjson, Some("json"), &["-o", "ndjson"], compact()),
    ];
    for (config, variable, flags, stdout) in &cases {
        env.default_config(config);
        let mut cmd = env.bare();
        if let Some(value) = variable {
            cmd.env("PIGELLO_OUTPUT", value);
        }
        let output = cmd.args(["conn", "get", PK]).args(*flags).output().unwrap();
        assert_success(&output, stdout);
    }
    mock.assert_calls(cases.len());
}

#[test]
fn an_invalid_pigello_output_is_refused() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .env("PIGELLO_OUTPUT", "xml")
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    anything.assert_calls(0);
    assert_config_error(
        &output,
        "error: PIGELLO_OUTPUT: unknown output format \"xml\" (expected table, json or ndjson)\n",
    );
}

#[test]
fn an_invalid_output_in_the_profile_is_refused_naming_the_profile() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let path = env.default_config(&format!(
        "{}output = \"yaml\"\n",
        profile("default", &server.base_url())
    ));
    let output = env.bare().args(["conn", "get", PK]).output().unwrap();
    anything.assert_calls(0);
    assert_config_error(
        &output,
        &format!(
            "error: `output` in profile \"default\" in {}: unknown output format \"yaml\" \
             (expected table, json or ndjson)\n",
            label(&path)
        ),
    );
}

// ------------------------------------------------------------ refusals

#[test]
fn missing_settings_are_listed_in_one_error_and_nothing_is_sent() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let output = env
        .bare()
        .env("PIGELLO_CUSTOMER_ID", "cust-1")
        .env("PIGELLO_BASE_URL", server.base_url())
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    anything.assert_calls(0);
    let path = env.home.path().join(".config/pigello/config.toml");
    let mut expected = format!(
        "error: missing settings (profile \"default\" in {}, not found):",
        label(&path)
    );
    for (key, (variable, _, _)) in KEYS.iter().zip(CREDENTIALS).skip(1) {
        expected += &format!("\n  {key}: set {variable} or `{key}` in the profile");
    }
    assert_config_error(&output, &(expected + "\n"));
}

#[test]
fn with_nothing_set_every_setting_is_named() {
    let env = TestEnv::new();
    let output = env.bare().args(["conn", "get", PK]).output().unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    let stderr = stderr_of(&output);
    assert!(
        stderr.starts_with("error: missing settings (profile \"default\" in "),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
    for (key, (variable, _, _)) in KEYS.iter().zip(CREDENTIALS) {
        let line = format!("\n  {key}: set {variable} or `{key}` in the profile\n");
        assert!(stderr.contains(&line), "{key} not named in:\n{stderr}");
    }
    assert!(
        stderr.ends_with(
            "\n  environment: set --environment, PIGELLO_ENVIRONMENT or `environment` in the \
             profile (`api` for production, `dev.api` for development, `sandbox` for the \
             embedded emulator), or a base URL with --base-url, PIGELLO_BASE_URL or \
             `base_url`\n"
        ),
        "{stderr}"
    );
}

#[test]
fn settings_missing_from_an_existing_profile_name_it() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let path = env.default_config(&format!(
        "default_profile = \"work\"\n[profiles.work]\nbase_url = \"{}\"\nclient_secret = \"{SECRET}\"\n",
        server.base_url()
    ));
    let output = env
        .bare()
        .env("PIGELLO_CUSTOMER_ID", "cust-1")
        .env("PIGELLO_CLIENT_CT", "ct-5")
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    anything.assert_calls(0);
    assert_config_error(
        &output,
        &format!(
            "error: missing settings (profile \"work\" in {}):\n  \
             application_id: set PIGELLO_APPLICATION_ID or `application_id` in the profile\n  \
             service_id: set PIGELLO_SERVICE_ID or `service_id` in the profile\n  \
             service_version_id: set PIGELLO_SERVICE_VERSION_ID or `service_version_id` in the profile\n  \
             client_entity: set PIGELLO_CLIENT_ENTITY or `client_entity` in the profile\n",
            label(&path)
        ),
    );
}

#[test]
fn an_unknown_profile_is_named_with_the_ones_there_are() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let path = env.default_config(&format!(
        "{}{}",
        profile("work", &server.base_url()),
        profile("home", &server.base_url())
    ));
    let expected = format!(
        "error: unknown profile \"nope\" in {} (it has: home, work)\n",
        label(&path)
    );
    let by_flag = env
        .bare()
        .args(["conn", "get", PK, "-p", "nope"])
        .output()
        .unwrap();
    assert_config_error(&by_flag, &expected);
    let by_variable = env
        .bare()
        .env("PIGELLO_PROFILE", "nope")
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    assert_config_error(&by_variable, &expected);
    anything.assert_calls(0);
}

#[test]
fn an_unknown_default_profile_is_named() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let path = env.default_config(&format!(
        "default_profile = \"nope\"\n{}",
        profile("default", &server.base_url())
    ));
    let output = env.bare().args(["conn", "get", PK]).output().unwrap();
    anything.assert_calls(0);
    assert_config_error(
        &output,
        &format!(
            "error: unknown profile \"nope\" in {} (it has: default)\n",
            label(&path)
        ),
    );
}

#[test]
fn a_profile_asked_for_without_a_config_file_is_unknown() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "get", PK, "-p", "work"])
        .output()
        .unwrap();
    anything.assert_calls(0);
    let path = env.home.path().join(".config/pigello/config.toml");
    assert_config_error(
        &output,
        &format!(
            "error: unknown profile \"work\" in {} (file not found)\n",
            label(&path)
        ),
    );
}

#[test]
fn an_explicit_config_file_that_does_not_exist_is_refused() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let path = label(&env.home.path().join("nowhere.toml"));
    let expected =
        format!("error: cannot read config file {path}: No such file or directory (os error 2)\n");
    let by_flag = env
        .cmd(&server)
        .args(["conn", "get", PK, "--config", &path])
        .output()
        .unwrap();
    assert_config_error(&by_flag, &expected);
    let by_variable = env
        .cmd(&server)
        .env("PIGELLO_CONFIG", &path)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    assert_config_error(&by_variable, &expected);
    anything.assert_calls(0);
}

#[test]
fn an_unknown_key_in_the_profile_is_named() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let path = env.default_config(&format!(
        "{}secret = \"x\"\n",
        profile("default", &server.base_url())
    ));
    let output = env.bare().args(["conn", "get", PK]).output().unwrap();
    anything.assert_calls(0);
    assert_config_error(
        &output,
        &format!(
            "error: {}: unknown key `secret` in profile \"default\" (known keys: {KNOWN_KEYS})\n",
            label(&path)
        ),
    );
}

#[test]
fn a_malformed_config_names_the_line_but_never_shows_the_secret() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let broken = [
        // An unterminated string, and an unquoted value.
        format!("[profiles.default]\ncustomer_id = \"cust-1\"\nclient_secret = \"{SECRET}\nclient_ct = \"ct-5\"\n"),
        format!("[profiles.default]\ncustomer_id = \"cust-1\"\nclient_secret = {SECRET}\n"),
    ];
    for content in broken {
        let path = env.default_config(&content);
        // Everything else is set, so only the file can stop the request.
        let output = env.cmd(&server).args(["conn", "get", PK]).output().unwrap();
        assert_eq!(output.status.code(), Some(3), "{}", stderr_of(&output));
        assert_eq!(stdout_of(&output), "");
        let stderr = stderr_of(&output);
        let start = format!("error: {}: invalid TOML on line 3: ", label(&path));
        assert!(stderr.starts_with(&start), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert_no_secret(&output);
    }
    anything.assert_calls(0);
}

#[test]
fn an_http_base_url_to_another_host_is_refused_and_nothing_is_sent() {
    // Were a request sent to 10.1.2.3, it would go through the proxy, which
    // is the mock server: so "nothing sent" is seen, not assumed.
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let refusal = "\"http://10.1.2.3\" uses http://, which would send the credentials \
                   unencrypted; use https:// (http:// is allowed only for loopback hosts)\n";

    let by_variable = env
        .cmd(&server)
        .env("PIGELLO_BASE_URL", "http://10.1.2.3")
        .env("HTTP_PROXY", server.base_url())
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    assert_config_error(&by_variable, &format!("error: PIGELLO_BASE_URL: {refusal}"));

    let by_flag = env
        .cmd(&server)
        .env("HTTP_PROXY", server.base_url())
        .args(["conn", "get", PK, "--base-url", "http://10.1.2.3"])
        .output()
        .unwrap();
    assert_config_error(&by_flag, &format!("error: --base-url: {refusal}"));

    let path = env.default_config(&profile("default", "http://10.1.2.3"));
    let by_profile = env
        .bare()
        .env("HTTP_PROXY", server.base_url())
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    assert_config_error(
        &by_profile,
        &format!(
            "error: `base_url` in profile \"default\" in {}: {refusal}",
            label(&path)
        ),
    );
    anything.assert_calls(0);
}

#[test]
fn environment_dev_api_goes_to_dev_api_pigello_io() {
    // The real host cannot be reached from a test; a recording proxy shows
    // where the request was headed, and that it would be tunnelled (TLS), not
    // handed to the proxy with its credentials.
    let (proxy, recorded) = recording_proxy();
    let env = TestEnv::new();
    let config = profile("default", "unused")
        .replace("base_url = \"unused\"\n", "environment = \"dev.api\"\n");
    env.default_config(&config);
    let output = env
        .bare()
        .env("HTTPS_PROXY", &proxy)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    let head = recorded.join().unwrap().expect("a request to the proxy");
    assert!(
        head.starts_with("CONNECT dev.api.pigello.io:443 HTTP/1.1\r\n"),
        "{head}"
    );
    assert!(!head.contains(SECRET), "{head}");
    assert_eq!(output.status.code(), Some(8), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    let stderr = stderr_of(&output);
    let start = format!("error: GET https://dev.api.pigello.io{PATH}{PK}/: ");
    assert!(stderr.starts_with(&start), "{stderr}");
    assert_no_secret(&output);
}

#[test]
fn an_invalid_environment_is_refused_naming_the_value() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let refusal = "\"evil.com/x\" is not an environment name (expected e.g. `api` or `dev.api`)\n";
    let config = profile("default", "unused")
        .replace("base_url = \"unused\"\n", "environment = \"evil.com/x\"\n");
    let path = env.default_config(&config);
    let by_profile = env
        .bare()
        .env("HTTPS_PROXY", server.base_url())
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    assert_config_error(
        &by_profile,
        &format!(
            "error: `environment` in profile \"default\" in {}: {refusal}",
            label(&path)
        ),
    );
    let by_variable = env
        .bare()
        .env("PIGELLO_ENVIRONMENT", "evil.com/x")
        .env("HTTPS_PROXY", server.base_url())
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    assert_config_error(
        &by_variable,
        &format!("error: PIGELLO_ENVIRONMENT: {refusal}"),
    );
    let by_flag = env
        .bare()
        .env("HTTPS_PROXY", server.base_url())
        .args(["conn", "get", PK, "--environment", "evil.com/x"])
        .output()
        .unwrap();
    assert_config_error(&by_flag, &format!("error: --environment: {refusal}"));
    anything.assert_calls(0);
}

#[test]
fn empty_environment_variables_count_as_unset() {
    let server = MockServer::start();
    let mock = serving(&server);
    let env = TestEnv::new();
    env.default_config(&format!(
        "default_profile = \"work\"\n{}",
        profile("work", &server.base_url())
    ));
    let mut cmd = env.bare();
    for (variable, _, _) in CREDENTIALS {
        cmd.env(variable, "");
    }
    for variable in [
        "PIGELLO_PROFILE",
        "PIGELLO_CONFIG",
        "PIGELLO_BASE_URL",
        "PIGELLO_ENVIRONMENT",
        "PIGELLO_OUTPUT",
    ] {
        cmd.env(variable, "");
    }
    let output = cmd.args(["conn", "get", PK]).output().unwrap();
    mock.assert();
    assert_success(&output, &pretty());
}

#[test]
fn an_empty_credential_variable_with_no_profile_is_missing() {
    let server = MockServer::start();
    let anything = catch_all(&server);
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .env("PIGELLO_SERVICE_ID", "")
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    anything.assert_calls(0);
    let path = env.home.path().join(".config/pigello/config.toml");
    assert_config_error(
        &output,
        &format!(
            "error: missing settings (profile \"default\" in {}, not found):\n  \
             service_id: set PIGELLO_SERVICE_ID or `service_id` in the profile\n",
            label(&path)
        ),
    );
}

#[test]
fn the_nearer_of_base_url_and_environment_decides_where_requests_go() {
    // A profile's base_url no longer beats PIGELLO_ENVIRONMENT=sandbox, nor
    // a profile's environment = "sandbox" a --base-url flag.
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(GET).path(item_path(PK));
        then.status(200).json_body(serde_json::json!({"id": PK}));
    });
    let env = TestEnv::new();
    env.default_config("[profiles.default]\nenvironment = \"sandbox\"\n");
    let output = env
        .cmd(&server)
        .env_remove("PIGELLO_BASE_URL")
        .args([
            "--base-url",
            &server.base_url(),
            "conn",
            "get",
            PK,
            "--retries",
            "0",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();

    let env = TestEnv::new();
    env.default_config(&format!(
        "[profiles.default]\nbase_url = \"{}\"\n",
        server.base_url()
    ));
    let data = env.home.path().join("sandbox.json");
    let output = env
        .cmd(&server)
        .env_remove("PIGELLO_BASE_URL")
        .env("PIGELLO_ENVIRONMENT", "sandbox")
        .env("PIGELLO_SANDBOX_DATA", &data)
        .args(["conn", "get", PK, "--retries", "0"])
        .output()
        .unwrap();
    // The sandbox has no such connection: 404 from it, not the server's 200.
    assert_eq!(output.status.code(), Some(6), "{}", stderr_of(&output));
    mock.assert_calls(1);
}

#[test]
fn an_empty_client_secret_in_the_profile_is_refused() {
    let env = TestEnv::new();
    let mut text = String::from("[profiles.default]\nbase_url = \"http://127.0.0.1:9\"\n");
    for (key, (_, _, value)) in KEYS.iter().zip(CREDENTIALS).take(6) {
        text += &format!("{key} = \"{value}\"\n");
    }
    text += "client_secret = \"\"\n";
    let path = env.default_config(&text);
    let output = env.bare().args(["conn", "get", PK]).output().unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr_of(&output));
    assert_eq!(
        stderr_of(&output),
        format!(
            "error: `client_secret` in profile \"default\" in {}: client_secret is empty\n",
            path.display()
        )
    );
}
