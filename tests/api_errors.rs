//! How answers from the API become messages and exit codes: field errors,
//! bulk item errors mapped back to the input, HTTP statuses, unusable answers,
//! redirects and transport failures.
//!
//! Most servers are httpmock; the few answers httpmock cannot give (a reply
//! that is not HTTP, a connection closed early) come from `RawServer`, a
//! one-connection TCP server that stops by itself.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Output;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use common::*;
use httpmock::prelude::*;
use serde_json::json;

/// The URL of one connection on a server.
fn item_url(base: &str, pk: &str) -> String {
    format!("{base}{PATH}{pk}/")
}

/// Asserts a failed run: its exact exit code and that the secret stayed
/// hidden. Returns stderr.
fn failed(output: &Output, code: i32) -> String {
    let stderr = stderr_of(output);
    assert_eq!(output.status.code(), Some(code), "stderr:\n{stderr}");
    assert_no_secret(output);
    stderr
}

/// Asserts a run whose single request failed: exact exit code, nothing on
/// stdout, the secret hidden. Returns stderr.
fn failed_alone(output: &Output, code: i32) -> String {
    let stderr = failed(output, code);
    assert_eq!(stdout_of(output), "", "stdout of a failed request");
    stderr
}

/// `conn get PK` against a server whose only answer for it is `then`.
fn get_answered(configure: impl FnOnce(httpmock::Then)) -> (MockServer, Output, usize, usize) {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK}/")));
        configure(then);
    });
    let other = catch_all(&server);
    // How one answer is reported: a single attempt (retries have their own tests).
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "get", PK, "--retries", "0"])
        .output()
        .unwrap();
    let (hits, stray) = (mock.calls(), other.calls());
    (server, output, hits, stray)
}

// ---------------------------------------------------------------------------
// Field errors

#[test]
fn create_400_field_errors_are_listed_one_per_line_with_their_path() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH)).json_body(json!({
            "content_type": {"id": CT},
            "object_id": OBJ,
            "external_id": "x"
        }));
        then.status(400).json_body(json!({
            "external_id": ["This field may not be blank."],
            "content_type": {"id": ["Invalid pk."]}
        }));
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "x"])
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed_alone(&output, 5);
    assert_eq!(
        stderr,
        format!(
            "error: POST {}{PATH} answered 400 Bad Request\n  \
             external_id: This field may not be blank.\n  \
             content_type.id: Invalid pk.\n",
            server.base_url()
        )
    );
}

#[test]
fn update_400_non_field_errors_are_shown_without_a_field_name() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(PATCH).path(format!("{PATH}{PK}/")))
            .json_body(json!({"external_id": "dup"}));
        then.status(400).json_body(json!({
            "non_field_errors": ["The fields object_id, content_type must make a unique set."]
        }));
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "update", PK, "--external-id", "dup"])
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 5);
    assert_eq!(
        stderr,
        format!(
            "error: PATCH {} answered 400 Bad Request\n  \
             The fields object_id, content_type must make a unique set.\n",
            item_url(&server.base_url(), PK)
        )
    );
}

// ---------------------------------------------------------------------------
// Bulk item errors, mapped back to the input

fn bulk_record(external_id: &str) -> serde_json::Value {
    json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": external_id})
}

/// A bulk run whose one request failed applied nothing: like any other
/// failed request, it prints no results (not even an empty array).
/// A bulk run prints the objects it applied as one JSON array, streamed as
/// batches complete; when none was applied that is an empty array.
fn assert_no_results(output: &Output) {
    assert_eq!(stdout_of(output), "[]\n", "stdout of a failed bulk request");
}

/// Asserts the report of a bulk run whose one request failed: exactly
/// `report` (the API's error with each item error mapped to its record),
/// followed by nothing or by a one-line count of the records not applied.
fn assert_bulk_report(stderr: &str, report: &str) {
    let rest = stderr
        .strip_prefix(report)
        .unwrap_or_else(|| panic!("expected stderr to begin with\n{report}\nbut it is\n{stderr}"));
    assert!(
        rest.is_empty()
            || (rest.starts_with("error: ")
                && rest.contains(" not applied")
                && rest.ends_with('\n')
                && rest.lines().count() == 1),
        "after the report:\n{rest}"
    );
}

#[test]
fn bulk_400_item_errors_name_the_record_in_a_json_array_file() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH))
            .json_body(json!([bulk_record("a"), bulk_record("")]));
        then.status(400).json_body(json!([
            {},
            {"external_id": ["This field may not be blank."]}
        ]));
    });
    let other = catch_all(&server);
    let env = TestEnv::new();
    let file = env.write(
        "bulk.json",
        &serde_json::to_string_pretty(&json!([bulk_record("a"), bulk_record("")])).unwrap(),
    );
    let output = env
        .cmd(&server)
        .args(["conn", "bulk", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 5);
    assert_bulk_report(
        &stderr,
        &format!(
            "error: POST {}{BULK_PATH} answered 400 Bad Request\n  \
             {}: record [1]: external_id: This field may not be blank.\n",
            server.base_url(),
            file.display()
        ),
    );
    assert_no_results(&output);
}

#[test]
fn bulk_400_item_errors_name_the_record_and_line_in_an_ndjson_file() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH)).json_body(json!([
            bulk_record("a"),
            bulk_record("b"),
            bulk_record("")
        ]));
        then.status(400).json_body(json!([
            {},
            {},
            {"external_id": ["This field may not be blank."], "content_type": {"id": ["Invalid pk."]}}
        ]));
    });
    let other = catch_all(&server);
    let env = TestEnv::new();
    // A blank line, so the record index (2) and the line (4) differ.
    let lines = [
        bulk_record("a").to_string(),
        bulk_record("b").to_string(),
        String::new(),
        bulk_record("").to_string(),
    ];
    let file = env.write("bulk.ndjson", &(lines.join("\n") + "\n"));
    let output = env
        .cmd(&server)
        .args(["conn", "bulk", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 5);
    let file = file.display();
    assert_bulk_report(
        &stderr,
        &format!(
            "error: POST {}{BULK_PATH} answered 400 Bad Request\n  \
             {file}: record [2] (line 4): external_id: This field may not be blank.\n  \
             {file}: record [2] (line 4): content_type.id: Invalid pk.\n",
            server.base_url()
        ),
    );
    assert_no_results(&output);
}

#[test]
fn bulk_400_item_errors_from_stdin_are_labelled_stdin() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH))
            .json_body(json!([bulk_record(""), bulk_record("b")]));
        then.status(400)
            .json_body(json!([{"external_id": ["This field may not be blank."]}, {}]));
    });
    let other = catch_all(&server);
    let input = format!("{}\n{}\n", bulk_record(""), bulk_record("b"));
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "bulk", "-f", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 5);
    assert_bulk_report(
        &stderr,
        &format!(
            "error: POST {}{BULK_PATH} answered 400 Bad Request\n  \
             <stdin>: record [0] (line 1): external_id: This field may not be blank.\n",
            server.base_url()
        ),
    );
    assert_no_results(&output);
}

/// A bulk request of a realistic size whose every record is refused: the
/// answer (about 100 KB of item errors) must still be read as item errors,
/// not cut off and shown as raw JSON.
#[test]
fn bulk_400_with_a_large_list_of_item_errors_is_still_mapped_to_records() {
    const RECORDS: usize = 2000;
    let records: Vec<serde_json::Value> = (0..RECORDS).map(|_| bulk_record("")).collect();
    let errors: Vec<serde_json::Value> = (0..RECORDS)
        .map(|_| json!({"external_id": ["This field may not be blank."]}))
        .collect();
    let answer = serde_json::to_string(&errors).unwrap();
    assert!(answer.len() > 64 * 1024, "the answer must be large");

    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH));
        then.status(400)
            .header("content-type", "application/json")
            .body(answer.clone());
    });
    let other = catch_all(&server);
    let env = TestEnv::new();
    let file = env.write("big.json", &serde_json::to_string(&records).unwrap());
    let output = env
        .cmd(&server)
        .args(["conn", "bulk", "--batch-size", "2000", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 5);
    let file = file.display();
    let mut expected = format!(
        "error: POST {}{BULK_PATH} answered 400 Bad Request\n",
        server.base_url()
    );
    for index in 0..50 {
        expected +=
            &format!("  {file}: record [{index}]: external_id: This field may not be blank.\n");
    }
    expected += &format!("  ... and {} more\n", RECORDS - 50);
    assert_bulk_report(&stderr, &expected);
    assert_no_results(&output);
}

// ---------------------------------------------------------------------------
// Statuses

#[test]
fn get_404_not_found_exits_6_with_the_detail() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(404).json_body(json!({"detail": "Not found."}));
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 6);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 404 Not Found\n  Not found.\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn get_401_unauthorized_exits_7() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(401)
            .json_body(json!({"detail": "Authentication credentials were not provided."}));
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 7);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 401 Unauthorized\n  \
             Authentication credentials were not provided.\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn get_403_forbidden_exits_7() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(403).json_body(json!({
            "detail": "You do not have permission to perform this action."
        }));
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 7);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 403 Forbidden\n  \
             You do not have permission to perform this action.\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn every_status_class_has_its_exit_code() {
    let cases = [
        (400, 5),
        (401, 7),
        (403, 7),
        (404, 6),
        (405, 5),
        (409, 5),
        (429, 5),
        (500, 8),
        (502, 8),
        (503, 8),
        (504, 8),
    ];
    for (status, code) in cases {
        let (_server, output, hits, stray) = get_answered(|then| {
            then.status(status);
        });
        assert_eq!((hits, stray), (1, 0), "status {status}");
        let stderr = failed(&output, code);
        assert_eq!(stdout_of(&output), "", "status {status}");
        assert!(
            stderr.starts_with("error: GET ") && stderr.contains(&format!(" answered {status} ")),
            "status {status}: {stderr}"
        );
    }
}

#[test]
fn a_500_html_page_is_summarised_by_its_title_and_never_dumped() {
    let page = "<!DOCTYPE html>\n<html><head><title>Server Error (500)</title></head>\n\
                <body><h1>Traceback</h1><pre>File \"/srv/app/views.py\", line 42, in dispatch\n\
                KeyError: 'tenant'</pre></body></html>\n";
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(500)
            .header("content-type", "text/html; charset=utf-8")
            .body(page);
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 500 Internal Server Error\n  \
             (an HTML page: Server Error (500))\n",
            item_url(&server.base_url(), PK)
        )
    );
    for leak in ["Traceback", "views.py", "KeyError", "<html", "<pre>"] {
        assert!(
            !stderr.contains(leak),
            "the page was dumped ({leak}):\n{stderr}"
        );
    }
}

#[test]
fn a_502_html_page_without_a_content_type_is_still_summarised() {
    let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n\
                <body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n\
                <hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(502).body(page);
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 502 Bad Gateway\n  (an HTML page: 502 Bad Gateway)\n",
            item_url(&server.base_url(), PK)
        )
    );
    assert!(!stderr.contains("nginx"), "{stderr}");
}

#[test]
fn a_503_html_page_without_a_title_is_summarised_by_the_status() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(503)
            .header("content-type", "text/html")
            .body("<html><body><p>Down for maintenance until 04:00</p></body></html>");
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 503 Service Unavailable\n  \
             (an HTML page: 503 Service Unavailable)\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn a_plain_text_error_body_is_cut_to_its_first_line() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(502)
            .header("content-type", "text/plain")
            .body("upstream connect error\nreset reason: connection termination\n");
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 502 Bad Gateway\n  upstream connect error\n",
            item_url(&server.base_url(), PK)
        )
    );
}

// ---------------------------------------------------------------------------
// Successful statuses with unusable answers

#[test]
fn a_200_with_invalid_json_exits_8() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(200)
            .header("content-type", "application/json")
            .body("{\"id\": \"0f9e8d7c\", ");
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    let head = format!(
        "error: GET {} answered 200 with a body that is not JSON (",
        item_url(&server.base_url(), PK)
    );
    assert!(stderr.starts_with(&head), "{stderr}");
    assert!(
        stderr.ends_with(")\n") && stderr.lines().count() == 1,
        "{stderr}"
    );
}

#[test]
fn a_200_with_an_empty_body_exits_8() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(200).header("content-type", "application/json");
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 200 with an empty body\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn a_200_with_an_array_where_an_object_is_expected_exits_8() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(200)
            .json_body(json!([connection(PK, "erp-1042")]));
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered with an array where a JSON object was expected\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn a_bulk_answer_that_is_an_object_where_an_array_is_expected_exits_8() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(BULK_PATH));
        then.status(200).json_body(connection(PK, "a"));
    });
    let other = catch_all(&server);
    let env = TestEnv::new();
    let file = env.write("bulk.json", &json!([bulk_record("a")]).to_string());
    let output = env
        .cmd(&server)
        .args(["conn", "bulk", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 8);
    assert_bulk_report(
        &stderr,
        &format!(
            "error: POST {}{BULK_PATH} answered with an object where a JSON array was expected\n",
            server.base_url()
        ),
    );
    assert_no_results(&output);
}

// ---------------------------------------------------------------------------
// Redirects and transport failures

#[test]
fn a_redirect_to_another_host_is_reported_and_not_followed() {
    let elsewhere = MockServer::start();
    let stolen = catch_all(&elsewhere);
    let target = elsewhere.url(format!("{PATH}{PK}/"));

    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK}/")));
        then.status(302).header("location", target.clone());
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    // The other host never saw a request, so never saw the secret.
    stolen.assert_calls(0);
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 302 Found\n  redirected to {target}; not followed, \
             so that the credentials go to no other address\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn a_redirect_of_a_delete_is_not_followed_either() {
    let elsewhere = MockServer::start();
    let stolen = catch_all(&elsewhere);
    let target = elsewhere.url("/moved");

    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(DELETE).path(format!("{PATH}{PK}/")));
        then.status(307).header("location", target.clone());
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "delete", PK, "--yes"])
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    stolen.assert_calls(0);
    let stderr = failed_alone(&output, 8);
    assert!(
        stderr.contains(&format!("redirected to {target}; not followed")),
        "{stderr}"
    );
}

#[test]
fn connection_refused_exits_8() {
    // A port that was just free: nothing listens on it any more.
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let base = format!("http://127.0.0.1:{port}");
    let server = MockServer::start();
    let output = TestEnv::new()
        .cmd(&server)
        .env("PIGELLO_BASE_URL", &base)
        .args(["conn", "get", PK, "--retries", "0"])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let stderr = failed_alone(&output, 8);
    let head = format!("error: GET {}: cannot connect", item_url(&base, PK));
    assert!(stderr.starts_with(&head), "{stderr}");
    assert!(stderr.to_lowercase().contains("refused"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

/// A server for one connection that answers with fixed bytes, then closes.
/// It gives up by itself after a few seconds, connected to or not.
struct RawServer {
    base_url: String,
    thread: JoinHandle<Vec<u8>>,
}

impl RawServer {
    fn answering(response: &'static [u8]) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(5);
            let mut stream = loop {
                match listener.accept() {
                    Ok((stream, _)) => break stream,
                    Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => {
                        if Instant::now() > deadline {
                            return Vec::new();
                        }
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    Err(err) => panic!("accept: {err}"),
                }
            };
            let request = read_head(&mut stream);
            let _ = stream.write_all(response);
            let _ = stream.flush();
            let _ = stream.shutdown(std::net::Shutdown::Both);
            request
        });
        RawServer { base_url, thread }
    }

    /// The request head the server received (empty if none came).
    fn request(self) -> String {
        String::from_utf8_lossy(&self.thread.join().unwrap()).into_owned()
    }
}

/// Reads up to the end of the request head, for at most a few seconds.
fn read_head(stream: &mut TcpStream) -> Vec<u8> {
    stream.set_nonblocking(false).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(3)))
        .unwrap();
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    head
}

/// Runs `conn get PK` against a raw server and checks the request it got.
fn get_from_raw(response: &'static [u8]) -> (String, Output) {
    let raw = RawServer::answering(response);
    let base = raw.base_url.clone();
    let server = MockServer::start();
    let output = TestEnv::new()
        .cmd(&server)
        .env("PIGELLO_BASE_URL", &base)
        .args(["conn", "get", PK, "--retries", "0"])
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    let request = raw.request().to_ascii_lowercase();
    assert!(
        request.starts_with(&format!("get {PATH}{PK}/ http/1.1\r\n")),
        "request: {request}"
    );
    for (_, header, value) in CREDENTIALS {
        let line = format!(
            "\r\n{}: {}\r\n",
            header.to_ascii_lowercase(),
            value.to_ascii_lowercase()
        );
        assert!(request.contains(&line), "{header} missing: {request}");
    }
    (base, output)
}

#[test]
fn an_answer_that_is_not_http_exits_8() {
    let (base, output) = get_from_raw(b"SSH-2.0-OpenSSH_9.6\r\n");
    let stderr = failed_alone(&output, 8);
    assert!(
        stderr.starts_with(&format!("error: GET {}: ", item_url(&base, PK))),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_connection_closed_without_an_answer_exits_8() {
    let (base, output) = get_from_raw(b"");
    let stderr = failed_alone(&output, 8);
    assert!(
        stderr.starts_with(&format!("error: GET {}: ", item_url(&base, PK))),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_body_cut_short_exits_8() {
    let (base, output) = get_from_raw(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\
          Connection: close\r\n\r\n{\"id\": \"0f9e8d7c-6b5a-4948-8372-615049382716\",",
    );
    let stderr = failed_alone(&output, 8);
    assert!(
        stderr.starts_with(&format!("error: GET {}", item_url(&base, PK))),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

// ---------------------------------------------------------------------------
// Several PKs: each request stands alone, the worst failure decides

#[test]
fn get_of_two_pks_prints_the_found_one_and_reports_the_missing_one() {
    let server = MockServer::start();
    let found = server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK}/")));
        then.status(200).json_body(connection(PK, "erp-1042"));
    });
    let missing = server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK2}/")));
        then.status(404).json_body(json!({"detail": "Not found."}));
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "get", PK, PK2])
        .output()
        .unwrap();
    found.assert();
    missing.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 6);
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&json!([connection(PK, "erp-1042")])).unwrap() + "\n"
    );
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 404 Not Found\n  Not found.\n",
            item_url(&server.base_url(), PK2)
        )
    );
}

#[test]
fn get_of_two_pks_failing_differently_exits_with_the_worst() {
    let server = MockServer::start();
    let missing = server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK}/")));
        then.status(404).json_body(json!({"detail": "Not found."}));
    });
    let refused = server.mock(|when, then| {
        with_credentials(when.method(GET).path(format!("{PATH}{PK2}/")));
        then.status(401)
            .json_body(json!({"detail": "Invalid client secret."}));
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "get", PK, PK2])
        .output()
        .unwrap();
    missing.assert();
    refused.assert();
    other.assert_calls(0);
    let stderr = failed(&output, 7);
    // Several PKs print an array whatever the outcome; none was found.
    assert_eq!(stdout_of(&output), "[]\n");
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 404 Not Found\n  Not found.\n\
             error: GET {} answered 401 Unauthorized\n  Invalid client secret.\n",
            item_url(&server.base_url(), PK),
            item_url(&server.base_url(), PK2)
        )
    );
}

#[test]
fn delete_of_a_missing_pk_exits_6() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(DELETE).path(format!("{PATH}{PK}/")));
        then.status(404).json_body(json!({"detail": "Not found."}));
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "delete", PK, "--yes"])
        .output()
        .unwrap();
    mock.assert();
    other.assert_calls(0);
    let stderr = failed_alone(&output, 6);
    assert_eq!(
        stderr,
        format!(
            "error: DELETE {} answered 404 Not Found\n  Not found.\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn delete_of_two_pks_goes_on_after_a_missing_one() {
    let server = MockServer::start();
    let missing = server.mock(|when, then| {
        with_credentials(when.method(DELETE).path(format!("{PATH}{PK}/")));
        then.status(404).json_body(json!({"detail": "Not found."}));
    });
    let deleted = server.mock(|when, then| {
        with_credentials(when.method(DELETE).path(format!("{PATH}{PK2}/")));
        then.status(204);
    });
    let other = catch_all(&server);
    let output = TestEnv::new()
        .cmd(&server)
        .args(["conn", "delete", PK, PK2, "--yes"])
        .output()
        .unwrap();
    missing.assert();
    deleted.assert();
    other.assert_calls(0);
    let stderr = failed_alone(&output, 6);
    assert_eq!(
        stderr,
        format!(
            "error: DELETE {} answered 404 Not Found\n  Not found.\n",
            item_url(&server.base_url(), PK)
        )
    );
}

#[test]
fn a_status_without_a_standard_reason_is_shown_without_a_dangling_space() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(520).body("");
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 520\n",
            item_url(&server.base_url(), PK)
        )
    );
}

/// Text from the server reaches the user's terminal: escape sequences in it
/// (which could retitle the window, clear the screen or hide lines) must not
/// be passed through raw.
#[test]
fn control_characters_in_an_error_from_the_server_are_not_passed_through() {
    let (server, output, hits, stray) = get_answered(|then| {
        then.status(400).json_body(json!({
            "external_id": ["Bad\u{1b}]0;owned\u{7} value\u{1b}[2J."]
        }));
    });
    assert_eq!((hits, stray), (1, 0));
    let stderr = failed_alone(&output, 5);
    assert!(
        stderr.starts_with(&format!(
            "error: GET {} answered 400 Bad Request\n  external_id: Bad",
            item_url(&server.base_url(), PK)
        )),
        "{stderr:?}"
    );
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "raw control characters from the server: {stderr:?}"
    );
}
