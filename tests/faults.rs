//! Fault injection: what the client does when the network or the server
//! misbehaves. Retries (how many attempts the server saw, how long the client
//! waited), timeouts, dropped connections, redirects, unusable answers, the
//! request log of `-v`, and the settings that govern them (profile timeout and
//! retries, client_secret_command, the config file's permissions, --cacert).
//!
//! Most servers here are `Script`: a raw TCP server whose answers are given
//! per attempt (status, headers, body, delay, or dropping the connection after
//! reading the request) and which keeps every request it read. It stops when
//! dropped, and by itself after a minute in any case.
//!
//! Every test asserts the exact exit code, the exact number of attempts, and
//! that the secret appears in no output.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Output, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use assert_cmd::Command;
use common::*;
use httpmock::prelude::*;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------
// A scripted server

/// What the server does with one request.
#[derive(Clone)]
enum Answer {
    Reply {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        delay: Duration,
        /// Sends the body in this many pieces, waiting `pace` before each.
        pieces: usize,
        pace: Duration,
    },
    /// Reads the request, then closes the connection without a word.
    Drop,
}

impl Answer {
    fn status(status: u16) -> Self {
        Answer::Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            pieces: 1,
            pace: Duration::ZERO,
        }
    }

    fn json(status: u16, body: &Value) -> Self {
        Answer::status(status).body("application/json", body.to_string())
    }

    fn body(self, content_type: &str, text: impl Into<String>) -> Self {
        let mut answer = self.header("content-type", content_type);
        if let Answer::Reply { body, .. } = &mut answer {
            *body = text.into().into_bytes();
        }
        answer
    }

    fn header(mut self, name: &str, value: &str) -> Self {
        if let Answer::Reply { headers, .. } = &mut self {
            headers.push((name.to_owned(), value.to_owned()));
        }
        self
    }

    fn after(mut self, wait: Duration) -> Self {
        if let Answer::Reply { delay, .. } = &mut self {
            *delay = wait;
        }
        self
    }

    /// Sends the head at once, and the body in `count` pieces, each after
    /// waiting `every`.
    fn trickled(mut self, count: usize, every: Duration) -> Self {
        if let Answer::Reply { pieces, pace, .. } = &mut self {
            *pieces = count.max(1);
            *pace = every;
        }
        self
    }
}

/// A request as the server read it.
type Seen = common::server::Request;

type Handler = dyn Fn(usize, &Seen) -> Answer + Send + Sync;

struct Script {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    connections: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Script {
    /// Answers the n-th request (counted from 0, over all connections) with
    /// `handler(n, request)`.
    fn answering(handler: impl Fn(usize, &Seen) -> Answer + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("local address");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        {
            let (seen, connections, stop) = (seen.clone(), connections.clone(), stop.clone());
            thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(60);
                while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            connections.fetch_add(1, Ordering::SeqCst);
                            let (seen, handler) = (seen.clone(), handler.clone());
                            thread::spawn(move || serve(stream, &seen, &*handler));
                        }
                        Err(_) => thread::sleep(Duration::from_millis(5)),
                    }
                }
            });
        }
        Script {
            addr,
            seen,
            connections,
            stop,
        }
    }

    /// Gives the answers in order; any request after them is answered 599,
    /// which no test expects.
    fn sequence(answers: Vec<Answer>) -> Self {
        Self::answering(move |n, _| {
            answers
                .get(n)
                .cloned()
                .unwrap_or_else(|| Answer::status(599))
        })
    }

    /// Gives the same answer to every request.
    fn always(answer: Answer) -> Self {
        Self::answering(move |_, _| answer.clone())
    }

    fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn url(&self, tail: &str) -> String {
        format!("{}{PATH}{tail}", self.base_url())
    }

    /// Requests read so far: one per attempt.
    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("requests lock").clone()
    }

    fn attempts(&self) -> usize {
        self.seen.lock().expect("requests lock").len()
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Script {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn serve(stream: TcpStream, seen: &Mutex<Vec<Seen>>, handler: &Handler) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    while let Some(request) = common::server::read_request(&mut reader, 0) {
        let n = {
            let mut seen = seen.lock().expect("requests lock");
            seen.push(request.clone());
            seen.len() - 1
        };
        match handler(n, &request) {
            Answer::Drop => {
                let _ = writer.shutdown(Shutdown::Both);
                return;
            }
            Answer::Reply {
                status,
                headers,
                body,
                delay,
                pieces,
                pace,
            } => {
                thread::sleep(delay);
                let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
                for (name, value) in headers {
                    head += &format!("{name}: {value}\r\n");
                }
                head += &format!("content-length: {}\r\n\r\n", body.len());
                if writer.write_all(head.as_bytes()).is_err() {
                    return;
                }
                for piece in body.chunks(body.len().div_ceil(pieces).max(1)) {
                    thread::sleep(pace);
                    if writer.write_all(piece).is_err() {
                        return;
                    }
                }
            }
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        302 => "Found",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Whatever",
    }
}

// ---------------------------------------------------------------------------
// Running the binary

/// The binary with the seven credentials in its environment, pointed at `base`.
fn pigello(env: &TestEnv, base: &str) -> Command {
    let mut cmd = env.bare();
    for (var, _, value) in CREDENTIALS {
        cmd.env(var, value);
    }
    cmd.env("PIGELLO_BASE_URL", base);
    cmd.timeout(Duration::from_secs(30));
    cmd
}

/// Runs the command; its output and how long it took.
fn timed(cmd: &mut Command) -> (Output, Duration) {
    let started = Instant::now();
    let output = cmd.output().expect("run pigello");
    (output, started.elapsed())
}

fn get(server: &Script, args: &[&str]) -> (Output, Duration) {
    timed(
        pigello(&TestEnv::new(), &server.base_url())
            .args(["conn", "get", PK])
            .args(args),
    )
}

fn create(server: &Script, args: &[&str]) -> (Output, Duration) {
    timed(
        pigello(&TestEnv::new(), &server.base_url())
            .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
            .args(["--external-id", "erp-1042"])
            .args(args),
    )
}

fn delete(server: &Script, args: &[&str]) -> (Output, Duration) {
    timed(
        pigello(&TestEnv::new(), &server.base_url())
            .args(["conn", "delete", PK, "--yes"])
            .args(args),
    )
}

/// The body `create` sends.
fn created_body() -> Value {
    json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": "erp-1042"})
}

/// Asserts the exact exit code and that the secret stayed hidden; returns stderr.
fn exits(output: &Output, code: i32) -> String {
    let stderr = stderr_of(output);
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{stderr}",
        stdout_of(output)
    );
    assert_no_secret(output);
    stderr
}

/// Asserts a successful `conn get PK`: exit 0, the object on stdout, nothing
/// on stderr.
fn got_the_connection(output: &Output) {
    let stderr = exits(output, 0);
    assert_eq!(stderr, "");
    assert_eq!(stdout_of(output), pretty(&connection(PK, "erp-1042")));
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap() + "\n"
}

fn found() -> Answer {
    Answer::json(200, &connection(PK, "erp-1042"))
}

/// Asserts the attempts the server saw: their number, and that each was the
/// same request with all seven credentials.
fn assert_attempts(server: &Script, method: &str, path: &str, count: usize) -> Vec<Seen> {
    let seen = server.seen();
    let lines: Vec<String> = seen
        .iter()
        .map(|s| format!("{} {}", s.method, s.path))
        .collect();
    assert_eq!(seen.len(), count, "attempts the server saw: {lines:?}");
    for attempt in &seen {
        assert_eq!(
            (attempt.method.as_str(), attempt.path.as_str()),
            (method, path)
        );
        for (_, header, value) in CREDENTIALS {
            assert_eq!(attempt.header(header), Some(value), "{header}");
        }
    }
    seen
}

fn item_path() -> String {
    format!("{PATH}{PK}/")
}

/// A port on which nothing listens (it was free a moment ago).
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

// ---------------------------------------------------------------------------
// 429 and Retry-After

#[test]
fn a_429_with_retry_after_in_seconds_is_waited_out_then_the_get_succeeds() {
    let server = Script::sequence(vec![
        Answer::json(429, &json!({"detail": "Slow down."})).header("retry-after", "1"),
        found(),
    ]);
    let (output, took) = get(&server, &[]);
    got_the_connection(&output);
    assert_attempts(&server, "GET", &item_path(), 2);
    // Backoff alone would wait at most 0.5 s.
    assert!(took >= Duration::from_secs(1), "waited only {took:?}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn a_429_with_retry_after_as_an_http_date_is_waited_out() {
    let server = Script::answering(|n, _| match n {
        0 => {
            // Whole seconds: between 2 and 3 s from now.
            let when = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3));
            Answer::status(429).header("retry-after", &when)
        }
        1 => found(),
        _ => Answer::status(599),
    });
    let (output, took) = get(&server, &[]);
    got_the_connection(&output);
    assert_attempts(&server, "GET", &item_path(), 2);
    assert!(took >= Duration::from_millis(1900), "waited only {took:?}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn a_huge_retry_after_is_not_waited_for_when_no_retry_is_left() {
    let server = Script::sequence(vec![
        Answer::json(429, &json!({"detail": "Slow down."})).header("retry-after", "3600")
    ]);
    let (output, took) = get(&server, &["--retries", "0"]);
    let stderr = exits(&output, 5);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 429 Too Many Requests\n  Slow down.\n",
            server.url(&format!("{PK}/"))
        )
    );
    assert_eq!(stdout_of(&output), "");
    assert_attempts(&server, "GET", &item_path(), 1);
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

/// The wait itself cannot be sat through in a test; `-v` says how long it
/// will be before it starts, so the run is stopped there.
#[test]
fn a_huge_retry_after_is_capped_at_a_minute() {
    let server = Script::sequence(vec![
        Answer::status(503).header("retry-after", "3600"),
        found(),
    ]);
    let env = TestEnv::new();
    let mut cmd = env.std_bare();
    for (var, _, value) in CREDENTIALS {
        cmd.env(var, value);
    }
    let mut child = KillOnDrop(
        cmd.env("PIGELLO_BASE_URL", server.base_url())
            .args(["conn", "get", PK, "-v", "--retries", "1"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let stderr = child.0.stderr.take().unwrap();
    let (lines, received) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut said = Vec::new();
    let retry = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match received.recv_timeout(left) {
            Ok(line) if line.contains("retrying in") => break line,
            Ok(line) => said.push(line),
            Err(_) => panic!(
                "no retry announced within 10 s; stderr:\n{}",
                said.join("\n")
            ),
        }
    };
    drop(child);
    assert!(!said.iter().any(|line| line.contains(SECRET)));
    assert_eq!(
        retry,
        format!(
            "GET {}: 503 Service Unavailable; retrying in 60.0 s (attempt 2 of 2)",
            server.url(&format!("{PK}/"))
        )
    );
    assert_attempts(&server, "GET", &item_path(), 1);
}

/// A child process of this test, ended when the test is.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

// ---------------------------------------------------------------------------
// 5xx answers

#[test]
fn get_503_then_200_succeeds_on_the_second_attempt() {
    let server = Script::sequence(vec![Answer::status(503), found()]);
    let (output, took) = get(&server, &[]);
    got_the_connection(&output);
    assert_attempts(&server, "GET", &item_path(), 2);
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn create_503_then_201_is_retried_with_the_same_body() {
    let server = Script::sequence(vec![
        Answer::json(503, &json!({"detail": "Maintenance."})),
        Answer::json(201, &connection(PK, "erp-1042")),
    ]);
    let (output, _) = create(&server, &[]);
    let stderr = exits(&output, 0);
    assert_eq!(stderr, "");
    assert_eq!(stdout_of(&output), pretty(&connection(PK, "erp-1042")));
    let seen = assert_attempts(&server, "POST", PATH, 2);
    assert_eq!(seen[0].body, seen[1].body, "the retry sent another body");
    let sent: Value = serde_json::from_slice(&seen[0].body).unwrap();
    assert_eq!(sent, created_body());
    for attempt in &seen {
        assert_eq!(attempt.header("content-type"), Some("application/json"));
    }
}

#[test]
fn bulk_429_then_200_is_retried_with_the_same_body() {
    let server = Script::sequence(vec![
        Answer::status(429).header("retry-after", "0"),
        Answer::json(200, &json!([connection(PK, "erp-1042")])),
    ]);
    let env = TestEnv::new();
    let file = env.write("bulk.json", &json!([created_body()]).to_string());
    let (output, _) = timed(
        pigello(&env, &server.base_url())
            .args(["conn", "bulk", "-f"])
            .arg(&file),
    );
    exits(&output, 0);
    let seen = assert_attempts(&server, "POST", BULK_PATH, 2);
    assert_eq!(seen[0].body, seen[1].body);
    let sent: Value = serde_json::from_slice(&seen[0].body).unwrap();
    assert_eq!(sent, json!([created_body()]));
}

/// A 502 or 504 comes from a gateway after the request may have reached the
/// API: a GET is repeated, a POST is not.
#[test]
fn a_502_or_504_is_retried_for_a_get_but_not_for_a_post() {
    for status in [502, 504] {
        let server = Script::sequence(vec![Answer::status(status), found()]);
        let (output, _) = get(&server, &[]);
        got_the_connection(&output);
        assert_attempts(&server, "GET", &item_path(), 2);

        let server = Script::sequence(vec![
            Answer::status(status),
            Answer::json(201, &connection(PK, "erp-1042")),
        ]);
        let (output, _) = create(&server, &[]);
        let stderr = exits(&output, 8);
        // Not repeated, and the outcome called unknown: the API behind the
        // gateway may have created it.
        assert_eq!(
            stderr,
            format!(
                "error: POST {}{PATH} answered {status} {}\n  whether the connection was \
                 created is unknown and the request was not repeated; before creating it \
                 again, check for it (`pigello conn get PK` if you know its id), or send it \
                 with `pigello conn bulk`, which updates a connection that exists\n",
                server.base_url(),
                reason(status)
            )
        );
        assert_eq!(stdout_of(&output), "");
        assert_attempts(&server, "POST", PATH, 1);
    }
}

#[test]
fn a_500_html_page_is_not_retried_and_is_summarised_by_its_title() {
    let page = "<!DOCTYPE html>\n<html><head><title>Server Error (500)</title></head>\n\
                <body><h1>Traceback</h1><pre>KeyError: 'tenant'</pre></body></html>\n";
    let server = Script::always(Answer::status(500).body("text/html; charset=utf-8", page));
    let (output, _) = get(&server, &["--retries", "3"]);
    let stderr = exits(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 500 Internal Server Error\n  \
             (an HTML page: Server Error (500))\n",
            server.url(&format!("{PK}/"))
        )
    );
    assert_eq!(stdout_of(&output), "");
    assert_attempts(&server, "GET", &item_path(), 1);
}

// ---------------------------------------------------------------------------
// Slow answers

#[test]
fn a_get_slower_than_the_timeout_is_retried_then_fails_timed_out() {
    let server = Script::always(found().after(Duration::from_secs(4)));
    let (output, took) = get(&server, &["--timeout", "1", "--retries", "1"]);
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert!(
        stderr.starts_with(&format!("error: GET {}: ", server.url(&format!("{PK}/")))),
        "{stderr}"
    );
    assert!(stderr.contains("timed out"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_attempts(&server, "GET", &item_path(), 2);
    // Two timeouts of 1 s and one backoff of at most 0.5 s.
    assert!(took >= Duration::from_secs(2), "took {took:?}");
    assert!(took < Duration::from_secs(4), "took {took:?}");
}

#[test]
fn a_get_that_timed_out_once_succeeds_on_the_second_attempt() {
    let server = Script::sequence(vec![found().after(Duration::from_secs(3)), found()]);
    let (output, took) = get(&server, &["--timeout", "1"]);
    got_the_connection(&output);
    assert_attempts(&server, "GET", &item_path(), 2);
    assert!(took < Duration::from_secs(3), "took {took:?}");
}

#[test]
fn a_create_slower_than_the_timeout_is_sent_once_and_its_outcome_called_unknown() {
    let server = Script::sequence(vec![
        Answer::json(201, &connection(PK, "erp-1042")).after(Duration::from_secs(3)),
        Answer::json(201, &connection(PK, "erp-1042")),
    ]);
    let (output, took) = create(&server, &["--timeout", "1", "--retries", "3"]);
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert!(
        stderr.starts_with(&format!("error: POST {}{PATH}: ", server.base_url())),
        "{stderr}"
    );
    for said in ["timed out", "unknown", "pigello conn get"] {
        assert!(stderr.contains(said), "{said} not in:\n{stderr}");
    }
    assert_attempts(&server, "POST", PATH, 1);
    assert!(took < Duration::from_secs(3), "took {took:?}");
}

/// `--timeout` bounds the whole request: an answer whose head comes at once
/// but whose body trickles in (each piece well within the timeout) must not
/// hold the run for longer.
#[test]
fn a_body_trickling_in_slower_than_the_timeout_is_cut_off() {
    // About 4 s for the whole body, a piece every 0.25 s.
    let server = Script::always(found().trickled(16, Duration::from_millis(250)));
    let (output, took) = get(&server, &["--timeout", "1", "--retries", "0"]);
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert!(stderr.contains("timed out"), "{stderr}");
    assert_attempts(&server, "GET", &item_path(), 1);
    assert!(took < Duration::from_millis(2500), "took {took:?}");
}

// ---------------------------------------------------------------------------
// Dropped connections

#[test]
fn a_get_whose_connection_dropped_is_retried() {
    let server = Script::sequence(vec![Answer::Drop, found()]);
    let (output, _) = get(&server, &[]);
    got_the_connection(&output);
    assert_attempts(&server, "GET", &item_path(), 2);
}

#[test]
fn a_get_whose_connection_keeps_dropping_is_tried_retries_plus_one_times() {
    let server = Script::always(Answer::Drop);
    let (output, _) = get(&server, &["--retries", "2"]);
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert!(
        stderr.starts_with(&format!("error: GET {}: ", server.url(&format!("{PK}/")))),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("unknown"), "{stderr}");
    assert_attempts(&server, "GET", &item_path(), 3);
}

#[test]
fn an_update_whose_connection_dropped_is_retried_with_the_same_body() {
    let server = Script::sequence(vec![Answer::Drop, found()]);
    let (output, _) = timed(pigello(&TestEnv::new(), &server.base_url()).args([
        "conn",
        "update",
        PK,
        "--external-id",
        "erp-1042",
    ]));
    let stderr = exits(&output, 0);
    assert_eq!(stderr, "");
    let seen = assert_attempts(&server, "PATCH", &item_path(), 2);
    assert_eq!(seen[0].body, seen[1].body);
    assert_eq!(
        serde_json::from_slice::<Value>(&seen[0].body).unwrap(),
        json!({"external_id": "erp-1042"})
    );
}

#[test]
fn a_create_whose_connection_dropped_is_sent_once_and_its_outcome_called_unknown() {
    let server = Script::sequence(vec![
        Answer::Drop,
        Answer::json(201, &connection(PK, "erp-1042")),
    ]);
    let (output, _) = create(&server, &["--retries", "3"]);
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert!(
        stderr.starts_with(&format!("error: POST {}{PATH}: ", server.base_url())),
        "{stderr}"
    );
    for said in ["unknown", "not repeated", "pigello conn get"] {
        assert!(stderr.contains(said), "{said} not in:\n{stderr}");
    }
    assert_attempts(&server, "POST", PATH, 1);
}

#[test]
fn a_bulk_request_whose_connection_dropped_is_sent_once() {
    let server = Script::sequence(vec![
        Answer::Drop,
        Answer::json(200, &json!([connection(PK, "erp-1042")])),
    ]);
    let env = TestEnv::new();
    let file = env.write("bulk.json", &json!([created_body()]).to_string());
    let (output, _) = timed(
        pigello(&env, &server.base_url())
            .args(["conn", "bulk", "-f"])
            .arg(&file),
    );
    let stderr = exits(&output, 8);
    assert!(
        stderr.starts_with(&format!("error: POST {}{BULK_PATH}: ", server.base_url())),
        "{stderr}"
    );
    assert!(stderr.contains("unknown"), "{stderr}");
    assert_attempts(&server, "POST", BULK_PATH, 1);
}

// ---------------------------------------------------------------------------
// Connections refused, and --retries

#[test]
fn a_refused_connection_is_retried_and_retries_0_tries_once_without_waiting() {
    let base = format!("http://127.0.0.1:{}", closed_port());
    let url = format!("{base}{PATH}{PK}/");

    // `-v` logs each attempt, which is how they are counted here.
    let (output, took) =
        timed(pigello(&TestEnv::new(), &base).args(["conn", "get", PK, "-v", "--retries", "3"]));
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr.matches(&format!("> GET {url}\n")).count(),
        4,
        "{stderr}"
    );
    assert_eq!(stderr.matches("; retrying in ").count(), 3, "{stderr}");
    assert!(
        stderr.contains(&format!("error: GET {url}: cannot connect")),
        "{stderr}"
    );
    // Backoffs of at least 0.25, 0.5 and 1 s.
    assert!(took >= Duration::from_millis(1700), "took {took:?}");

    let (output, took) =
        timed(pigello(&TestEnv::new(), &base).args(["conn", "get", PK, "-v", "--retries", "0"]));
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr.matches(&format!("> GET {url}\n")).count(),
        1,
        "{stderr}"
    );
    assert!(!stderr.contains("retrying"), "{stderr}");
    assert!(took < Duration::from_millis(1500), "took {took:?}");
}

/// A create whose connection never opened cannot have been applied: it is
/// retried like any other request.
#[test]
fn a_create_whose_connection_was_refused_is_retried() {
    let base = format!("http://127.0.0.1:{}", closed_port());
    let url = format!("{base}{PATH}");
    let (output, _) = timed(
        pigello(&TestEnv::new(), &base)
            .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
            .args(["--external-id", "erp-1042", "-v", "--retries", "2"]),
    );
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr.matches(&format!("> POST {url}\n")).count(),
        3,
        "{stderr}"
    );
    let error = stderr
        .lines()
        .find(|line| line.starts_with("error: "))
        .unwrap_or_else(|| panic!("no error in:\n{stderr}"));
    assert!(
        error.starts_with(&format!("error: POST {url}: cannot connect")),
        "{stderr}"
    );
    // It was never sent, so its outcome is known.
    assert!(!stderr.contains("unknown"), "{stderr}");
}

#[test]
fn retries_0_means_exactly_one_attempt_and_retries_n_means_n_plus_one() {
    let server = Script::sequence(vec![Answer::status(503), found()]);
    let (output, _) = get(&server, &["--retries", "0"]);
    let stderr = exits(&output, 8);
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 503 Service Unavailable\n",
            server.url(&format!("{PK}/"))
        )
    );
    assert_attempts(&server, "GET", &item_path(), 1);

    let server = Script::always(Answer::status(503));
    let (output, _) = get(&server, &["--retries", "2"]);
    exits(&output, 8);
    assert_attempts(&server, "GET", &item_path(), 3);
}

// ---------------------------------------------------------------------------
// DELETE

#[test]
fn a_delete_retried_after_a_gateway_error_then_answering_404_counts_as_done() {
    // A 504 comes from a gateway: the server behind it may have deleted it.
    let server = Script::sequence(vec![
        Answer::status(504),
        Answer::json(404, &json!({"detail": "Not found."})),
    ]);
    let (output, _) = delete(&server, &[]);
    let stderr = exits(&output, 0);
    assert_eq!(stderr, "");
    assert_eq!(stdout_of(&output), "");
    assert_attempts(&server, "DELETE", &item_path(), 2);
}

#[test]
fn a_delete_refused_with_503_then_answering_404_is_not_found() {
    // A 503 is a refusal: nothing was deleted, so the 404 after it is real.
    let server = Script::sequence(vec![
        Answer::status(503),
        Answer::json(404, &json!({"detail": "Not found."})),
    ]);
    let (output, _) = delete(&server, &[]);
    let stderr = exits(&output, 6);
    assert!(
        stderr.contains(" answered 404 Not Found\n  Not found.\n"),
        "{stderr}"
    );
    assert_attempts(&server, "DELETE", &item_path(), 2);
}

#[test]
fn a_delete_whose_answer_was_lost_then_answers_404_counts_as_done() {
    let server = Script::sequence(vec![
        Answer::Drop,
        Answer::json(404, &json!({"detail": "Not found."})),
    ]);
    let (output, _) = delete(&server, &[]);
    exits(&output, 0);
    assert_attempts(&server, "DELETE", &item_path(), 2);
}

#[test]
fn a_delete_answering_404_at_the_first_attempt_exits_6() {
    let server = Script::sequence(vec![
        Answer::json(404, &json!({"detail": "Not found."})),
        Answer::status(204),
    ]);
    let (output, _) = delete(&server, &["--retries", "3"]);
    let stderr = exits(&output, 6);
    assert_eq!(
        stderr,
        format!(
            "error: DELETE {} answered 404 Not Found\n  Not found.\n",
            server.url(&format!("{PK}/"))
        )
    );
    assert_attempts(&server, "DELETE", &item_path(), 1);
}

// ---------------------------------------------------------------------------
// Unusable answers, redirects, refusals: never retried

#[test]
fn invalid_json_in_a_200_is_not_retried_and_exits_8() {
    let server = Script::always(Answer::status(200).body("application/json", "{\"id\": "));
    let (output, _) = get(&server, &["--retries", "3"]);
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert!(
        stderr.starts_with(&format!(
            "error: GET {} answered 200 with a body that is not JSON (",
            server.url(&format!("{PK}/"))
        )),
        "{stderr}"
    );
    assert_attempts(&server, "GET", &item_path(), 1);
}

#[test]
fn a_redirect_to_another_host_is_shown_not_followed_and_not_retried() {
    let elsewhere = Script::always(found());
    let target = elsewhere.url(&format!("{PK}/"));
    let server = Script::always(Answer::status(302).header("location", &target));
    let (output, _) = get(&server, &["--retries", "3"]);
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr,
        format!(
            "error: GET {} answered 302 Found\n  redirected to {target}; not followed, \
             so that the credentials go to no other address\n",
            server.url(&format!("{PK}/"))
        )
    );
    assert_attempts(&server, "GET", &item_path(), 1);

    // A create redirected with 308 (which asks for the body to be sent again).
    let server = Script::always(Answer::status(308).header("location", &elsewhere.url("")));
    let (output, _) = create(&server, &["--retries", "3"]);
    let stderr = exits(&output, 8);
    assert!(
        stderr.contains(&format!("redirected to {}", elsewhere.url(""))),
        "{stderr}"
    );
    assert_attempts(&server, "POST", PATH, 1);

    // The other host was never even connected to, so it never saw the secret.
    assert_eq!(elsewhere.connections(), 0);
    assert_eq!(elsewhere.attempts(), 0);
}

#[test]
fn refusals_and_not_found_are_not_retried() {
    for (status, code) in [(400, 5), (401, 7), (403, 7), (404, 6)] {
        let server = Script::sequence(vec![
            Answer::json(status, &json!({"detail": "No."})),
            found(),
        ]);
        let (output, _) = get(&server, &["--retries", "3"]);
        let stderr = exits(&output, code);
        assert_eq!(
            stderr,
            format!(
                "error: GET {} answered {status} {}\n  No.\n",
                server.url(&format!("{PK}/")),
                reason(status)
            )
        );
        assert_eq!(stdout_of(&output), "");
        assert_attempts(&server, "GET", &item_path(), 1);
    }
}

// ---------------------------------------------------------------------------
// -v

#[test]
fn verbose_logs_the_exchange_on_stderr_with_the_secret_masked() {
    let body = connection(PK, "erp-1042").to_string();
    let server = Script::always(Answer::status(200).body("application/json", body.clone()));
    let (output, _) = get(&server, &["-v"]);
    let stderr = exits(&output, 0);
    assert_eq!(stdout_of(&output), pretty(&connection(PK, "erp-1042")));

    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines[0], format!("> GET {}", server.url(&format!("{PK}/"))));
    for (_, header, value) in CREDENTIALS {
        let shown = if value == SECRET { "***" } else { value };
        let line = format!("> {}: {shown}", header.to_ascii_lowercase());
        assert!(lines.contains(&line.as_str()), "{line} not in:\n{stderr}");
    }
    assert!(lines.contains(&"> accept: application/json"), "{stderr}");
    let reply = lines
        .iter()
        .position(|line| line.starts_with("< 200 OK ("))
        .unwrap_or_else(|| panic!("no status line in:\n{stderr}"));
    assert!(lines[reply].ends_with(" ms)"), "{stderr}");
    assert!(
        lines[reply..].contains(&format!("< content-length: {}", body.len()).as_str()),
        "{stderr}"
    );
    assert_eq!(
        lines.last().copied(),
        Some(format!("< ({} bytes of body)", body.len()).as_str()),
        "{stderr}"
    );
    // Nothing but request lines, then answer lines.
    assert!(lines[..reply].iter().all(|line| line.starts_with("> ")));
    assert!(lines[reply..].iter().all(|line| line.starts_with("< ")));
}

#[test]
fn verbose_shows_the_request_body_size_and_each_attempt() {
    let answer = connection(PK, "erp-1042").to_string();
    let server = Script::sequence(vec![
        Answer::status(503).header("retry-after", "0"),
        Answer::status(201).body("application/json", answer.clone()),
    ]);
    let (output, _) = create(&server, &["-v"]);
    let stderr = exits(&output, 0);
    assert_eq!(stdout_of(&output), pretty(&connection(PK, "erp-1042")));
    let seen = assert_attempts(&server, "POST", PATH, 2);
    let url = format!("{}{PATH}", server.base_url());
    assert_eq!(stderr.matches(&format!("> POST {url}\n")).count(), 2);
    assert_eq!(
        stderr
            .matches(&format!("\n> ({} bytes of body)\n", seen[0].body.len()))
            .count(),
        2,
        "{stderr}"
    );
    assert!(stderr.contains("\n< 503 Service Unavailable ("), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "\nPOST {url}: 503 Service Unavailable; retrying in 0.0 s (attempt 2 of 4)\n"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("\n< 201 Created ("), "{stderr}");
    assert!(
        stderr.ends_with(&format!("\n< ({} bytes of body)\n", answer.len())),
        "{stderr}"
    );
    assert_eq!(stderr.matches("x-pigello-client-secret: ***").count(), 2);
}

// ---------------------------------------------------------------------------
// client_secret_command

/// The six credentials that are not secret, as profile lines.
fn profile_ids() -> String {
    CREDENTIALS
        .iter()
        .filter(|(_, _, value)| *value != SECRET)
        .map(|(var, _, value)| {
            let key = var.trim_start_matches("PIGELLO_").to_ascii_lowercase();
            format!("{key} = \"{value}\"\n")
        })
        .collect()
}

/// Writes a config file of one default profile with `lines`, private to its owner.
fn config(env: &TestEnv, lines: &str, mode: u32) -> std::path::PathBuf {
    let path = env.write("pigello.toml", &format!("[profiles.default]\n{lines}"));
    set_mode(&path, mode);
    path
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The binary reading the secret from the profile's command only.
fn with_profile(env: &TestEnv, server: &MockServer, path: &Path) -> Command {
    let mut cmd = env.cmd(server);
    cmd.env_remove("PIGELLO_CLIENT_SECRET")
        .arg("--config")
        .arg(path)
        .timeout(Duration::from_secs(30));
    cmd
}

#[test]
fn client_secret_command_supplies_the_secret_header() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(GET).path(item_path()));
        then.status(200).json_body(connection(PK, "erp-1042"));
    });
    let other = catch_all(&server);
    let env = TestEnv::new();
    let path = config(
        &env,
        &format!("client_secret_command = \"sh -c 'printf %s {SECRET}'\"\n"),
        0o600,
    );
    let output = with_profile(&env, &server, &path)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    // A profile naming the secret only in a command gets no warning.
    got_the_connection(&output);
    mock.assert();
    other.assert_calls(0);
}

#[test]
fn a_failing_client_secret_command_exits_3_naming_it_without_its_output() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    // It prints `leaked-output`, which its own text does not contain.
    let command = "sh -c 'printf leaked-%s output; exit 3'";
    let path = config(
        &env,
        &format!("client_secret_command = \"{command}\"\n"),
        0o600,
    );
    let output = with_profile(&env, &server, &path)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert_eq!(stdout_of(&output), "");
    assert!(stderr.contains(&format!("`{command}`")), "{stderr}");
    assert!(stderr.contains("failed"), "{stderr}");
    assert!(!stderr.contains("leaked-output"), "{stderr}");
    other.assert_calls(0);
}

#[test]
fn a_client_secret_command_that_prints_nothing_exits_3() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let path = config(&env, "client_secret_command = \"true\"\n", 0o600);
    let output = with_profile(&env, &server, &path)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(stderr.contains("`true` printed nothing"), "{stderr}");
    other.assert_calls(0);
}

#[test]
fn a_client_secret_command_that_does_not_exist_exits_3() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let command = "pigello-no-such-secret-program --flag";
    let path = config(
        &env,
        &format!("client_secret_command = \"{command}\"\n"),
        0o600,
    );
    let output = with_profile(&env, &server, &path)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert_eq!(stdout_of(&output), "");
    assert!(stderr.contains(&format!("`{command}`")), "{stderr}");
    assert!(stderr.contains("could not be run"), "{stderr}");
    other.assert_calls(0);
}

#[test]
fn client_secret_and_client_secret_command_in_one_profile_exit_3() {
    let server = MockServer::start();
    let other = catch_all(&server);
    let env = TestEnv::new();
    let path = config(
        &env,
        &format!("client_secret = \"{SECRET}\"\nclient_secret_command = \"echo x\"\n"),
        0o600,
    );
    let output = with_profile(&env, &server, &path)
        .args(["conn", "get", PK])
        .output()
        .unwrap();
    let stderr = exits(&output, 3);
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    assert!(
        stderr.contains("`client_secret` and `client_secret_command`"),
        "{stderr}"
    );
    other.assert_calls(0);
}

// ---------------------------------------------------------------------------
// The config file's permissions

/// Runs `conn get PK` with every setting from a config file of that mode.
fn get_with_config_of_mode(mode: u32) -> (Output, std::path::PathBuf) {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(GET).path(item_path()));
        then.status(200).json_body(connection(PK, "erp-1042"));
    });
    let env = TestEnv::new();
    let path = config(
        &env,
        &format!(
            "{}client_secret = \"{SECRET}\"\nbase_url = \"{}\"\n",
            profile_ids(),
            server.base_url()
        ),
        mode,
    );
    let output = env
        .bare()
        .arg("--config")
        .arg(&path)
        .args(["conn", "get", PK])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    mock.assert();
    (output, path)
}

#[test]
fn a_config_file_with_client_secret_readable_by_others_gets_a_warning() {
    for mode in [0o644, 0o640, 0o604] {
        let (output, path) = get_with_config_of_mode(mode);
        let stderr = exits(&output, 0);
        assert_eq!(stdout_of(&output), pretty(&connection(PK, "erp-1042")));
        let path = path.display();
        assert_eq!(
            stderr,
            format!(
                "warning: {path} holds client_secret and can be read by other users; \
                 run `chmod 600 {path}`\n"
            ),
            "mode {mode:o}"
        );
    }
}

#[test]
fn a_config_file_with_client_secret_private_to_its_owner_gets_no_warning() {
    for mode in [0o600, 0o400] {
        let (output, _) = get_with_config_of_mode(mode);
        got_the_connection(&output);
    }
}

// ---------------------------------------------------------------------------
// Timeout and retries from the profile

#[test]
fn timeout_and_retries_from_the_profile_take_effect() {
    let server = Script::always(found().after(Duration::from_secs(4)));
    let env = TestEnv::new();
    let path = config(&env, "timeout = 1\nretries = 0\n", 0o600);
    let (output, took) = timed(
        pigello(&env, &server.base_url())
            .arg("--config")
            .arg(&path)
            .args(["conn", "get", PK]),
    );
    let stderr = exits(&output, 8);
    assert!(stderr.contains("timed out"), "{stderr}");
    assert_attempts(&server, "GET", &item_path(), 1);
    assert!(took < Duration::from_millis(2500), "took {took:?}");

    // The flag beats the profile.
    let server = Script::always(found().after(Duration::from_secs(4)));
    let (output, _) = timed(
        pigello(&env, &server.base_url())
            .arg("--config")
            .arg(&path)
            .args(["conn", "get", PK, "--retries", "1"]),
    );
    exits(&output, 8);
    assert_attempts(&server, "GET", &item_path(), 2);
}

#[test]
fn a_bad_timeout_or_retries_in_the_profile_exits_3() {
    for (line, key) in [
        ("timeout = \"x\"", "timeout"),
        ("timeout = 0", "timeout"),
        ("timeout = 1.5", "timeout"),
        ("retries = -1", "retries"),
        ("retries = \"3\"", "retries"),
    ] {
        let server = Script::always(found());
        let env = TestEnv::new();
        let path = config(&env, &format!("{line}\n"), 0o600);
        let (output, _) = timed(
            pigello(&env, &server.base_url())
                .arg("--config")
                .arg(&path)
                .args(["conn", "get", PK]),
        );
        let stderr = exits(&output, 3);
        assert_eq!(stdout_of(&output), "", "{line}");
        assert!(stderr.contains(&format!("`{key}`")), "{line}: {stderr}");
        assert!(
            stderr.contains(&path.display().to_string()),
            "{line}: {stderr}"
        );
        assert_eq!(server.connections(), 0, "{line}");
    }
}

// ---------------------------------------------------------------------------
// --cacert and TLS

#[test]
fn a_cacert_that_is_not_a_pem_certificate_exits_3_naming_the_file() {
    let env = TestEnv::new();
    let garbage = env.write("not-a-cert.pem", "this is not a certificate\n");
    let broken = env.write(
        "broken.pem",
        "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n",
    );
    let missing = env.home.path().join("missing.pem");
    for file in [&garbage, &broken, &missing] {
        let server = Script::always(found());
        let (output, _) = timed(
            pigello(&env, &server.base_url())
                .args(["conn", "get", PK, "--cacert"])
                .arg(file),
        );
        let stderr = exits(&output, 3);
        assert_eq!(stdout_of(&output), "");
        assert!(stderr.contains(&file.display().to_string()), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert_eq!(server.connections(), 0);
    }
}

/// A TLS server needs a certificate: made with the `openssl` tool, served by
/// a few lines of Python (httpmock's own https mode would turn every other
/// test's base URL into https://). Skipped where either tool is missing.
const TLS_SERVER: &str = r#"
import socket, ssl, sys
cert, key, wanted, body = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].encode()
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(8)
listener.settimeout(20)
print(listener.getsockname()[1], flush=True)
served = 0
while served < wanted:
    try:
        raw, _ = listener.accept()
    except OSError:
        break
    raw.settimeout(10)
    try:
        conn = context.wrap_socket(raw, server_side=True)
    except (ssl.SSLError, OSError):
        print("handshake failed", flush=True)
        raw.close()
        continue
    head = b""
    try:
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(4096)
            if not chunk:
                break
            head += chunk
    except OSError:
        pass
    lines = head.decode("latin-1").split("\r\n")
    print("request " + lines[0], flush=True)
    for line in lines[1:]:
        if line:
            print("header " + line.lower(), flush=True)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                 b"Connection: close\r\n\r\n" % len(body) + body)
    conn.close()
    served += 1
"#;

fn tool_works(program: &str, args: &[&str]) -> bool {
    std::process::Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn openssl(dir: &Path, args: &[&str]) {
    let output = std::process::Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A CA, and a certificate it signed for 127.0.0.1: (CA file, cert, key).
fn make_certificates(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"];
    openssl(
        dir,
        &[
            &["req", "-x509", "-nodes", "-days", "2"][..],
            &ec,
            &["-keyout", "ca.key", "-out", "ca.pem"],
            &["-subj", "/CN=pigello test CA"],
            &["-addext", "basicConstraints=critical,CA:TRUE"],
            &["-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        ]
        .concat(),
    );
    openssl(
        dir,
        &[
            &["req", "-nodes"][..],
            &ec,
            &["-keyout", "server.key", "-out", "server.csr"],
            &["-subj", "/CN=127.0.0.1"],
        ]
        .concat(),
    );
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n\
         keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-set_serial",
            "2",
            "-days",
            "2",
            "-extfile",
            "server.ext",
            "-out",
            "server.pem",
        ],
    );
    (
        dir.join("ca.pem"),
        dir.join("server.pem"),
        dir.join("server.key"),
    )
}

#[test]
fn https_is_verified_and_cacert_adds_a_trusted_ca() {
    if !tool_works("openssl", &["version"]) || !tool_works("python3", &["-c", "import ssl"]) {
        eprintln!("skipped: needs the openssl and python3 programs");
        return;
    }
    let env = TestEnv::new();
    let certs = env.home.path().join("certs");
    std::fs::create_dir_all(&certs).unwrap();
    let (ca, cert, key) = make_certificates(&certs);
    // The CA as a user would have it: a copy somewhere of their own.
    let ca_copy = env.write("corporate-ca.pem", &std::fs::read_to_string(&ca).unwrap());

    let body = connection(PK, "erp-1042").to_string();
    let mut server = KillOnDrop(
        std::process::Command::new("python3")
            .args(["-c", TLS_SERVER])
            .arg(&cert)
            .arg(&key)
            .arg("2")
            .arg(&body)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let mut said = BufReader::new(server.0.stdout.take().unwrap());
    let mut port = String::new();
    said.read_line(&mut port).unwrap();
    let base = format!("https://127.0.0.1:{}", port.trim());

    // Without the CA the certificate is not trusted: nothing is sent.
    let (output, _) = timed(pigello(&env, &base).args(["conn", "get", PK, "--retries", "0"]));
    let stderr = exits(&output, 8);
    assert_eq!(stdout_of(&output), "");
    assert!(
        stderr.starts_with(&format!("error: GET {base}{PATH}{PK}/: cannot connect")),
        "{stderr}"
    );
    assert!(stderr.to_lowercase().contains("certificate"), "{stderr}");

    // With it, by flag and by environment variable, the request goes through.
    let (output, _) = timed(
        pigello(&env, &base)
            .args(["conn", "get", PK, "--retries", "0", "--cacert"])
            .arg(&ca_copy),
    );
    got_the_connection(&output);
    let (output, _) = timed(pigello(&env, &base).env("PIGELLO_CA_CERT", &ca_copy).args([
        "conn",
        "get",
        PK,
        "--retries",
        "0",
    ]));
    got_the_connection(&output);

    let status = server.0.wait().unwrap();
    assert!(status.success());
    let mut log = String::new();
    said.read_to_string(&mut log).unwrap();
    let log: Vec<&str> = log.lines().collect();
    let request = format!("request GET {PATH}{PK}/ HTTP/1.1");
    assert_eq!(
        log.iter()
            .filter(|line| line.starts_with("request "))
            .count(),
        2,
        "{log:?}"
    );
    assert!(log
        .iter()
        .all(|line| !line.starts_with("request ") || *line == request));
    assert_eq!(
        log.iter()
            .filter(|line| **line == "handshake failed")
            .count(),
        1,
        "{log:?}"
    );
    let secret = format!("header x-pigello-client-secret: {}", SECRET.to_lowercase());
    assert_eq!(
        log.iter().filter(|line| **line == secret).count(),
        2,
        "{log:?}"
    );
}

#[test]
fn a_server_echoing_the_secret_does_not_get_it_printed() {
    let server = httpmock::MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(httpmock::Method::GET);
        then.status(400)
            .header("x-echo", format!("secret was {SECRET}"))
            .json_body(json!({"detail": format!("bad secret {SECRET}"), "external_id": [SECRET]}));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "get", PK, "-v", "--retries", "0"])
        .output()
        .unwrap();
    mock.assert();
    let stderr = exits(&output, 5);
    assert!(stderr.contains("< x-echo: secret was ***\n"), "{stderr}");
    assert!(
        stderr.contains("\n  bad secret ***\n  external_id: ***\n"),
        "{stderr}"
    );
    assert_no_secret(&output);
}

#[test]
fn http_proxy_is_used_and_no_proxy_bypasses_it() {
    let target = httpmock::MockServer::start();
    let direct = target.mock(|when, then| {
        when.method(httpmock::Method::GET).path(item_path());
        then.status(200).json_body(connection(PK, "direct"));
    });
    let proxy = httpmock::MockServer::start();
    // A forward proxy receives the absolute URL; httpmock matches its path.
    let proxied = proxy.mock(|when, then| {
        when.method(httpmock::Method::GET).path(item_path());
        then.status(200).json_body(connection(PK, "proxied"));
    });
    let env = TestEnv::new();
    let run = |no_proxy: Option<&str>| {
        let mut cmd = env.cmd(&target);
        cmd.env("HTTP_PROXY", proxy.base_url())
            .args(["conn", "get", PK, "-o", "ndjson"]);
        if let Some(hosts) = no_proxy {
            cmd.env("NO_PROXY", hosts);
        }
        cmd.output().unwrap()
    };
    let through = run(None);
    assert_eq!(exits(&through, 0), "");
    assert!(stdout_of(&through).contains("\"proxied\""));
    let around = run(Some("127.0.0.1"));
    assert_eq!(exits(&around, 0), "");
    assert!(stdout_of(&around).contains("\"direct\""));
    proxied.assert_calls(1);
    direct.assert_calls(1);
}

#[test]
fn a_secret_echoed_across_the_cut_of_a_long_line_leaves_no_part_of_it() {
    let server = httpmock::MockServer::start();
    server.mock(|when, then| {
        when.method(httpmock::Method::GET);
        then.status(400)
            .header("x-echo", format!("{}{SECRET}", "y".repeat(295)))
            .body(format!("{}{SECRET}", "x".repeat(290)));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "get", PK, "-v", "--retries", "0"])
        .output()
        .unwrap();
    exits(&output, 5);
    let stderr = stderr_of(&output);
    assert!(!stderr.contains(&SECRET[..6]), "{stderr}");
    assert_no_secret(&output);
}
