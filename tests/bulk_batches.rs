//! `conn bulk` at scale: batches, order, concurrency, keep-alive, partial
//! failure, the failed output and resuming from it. Against a local server
//! that counts connections and requests.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use common::server::{Request, Response, TestServer};
use common::*;
use serde_json::{json, Value};

fn record(external_id: &str) -> Value {
    json!({"content_type": {"id": CT}, "object_id": OBJ, "external_id": external_id})
}

/// NDJSON of `count` records; those whose index is in `failing` carry an
/// external_id the server rejects.
fn ndjson(count: usize, failing: &[usize]) -> String {
    (0..count)
        .map(|i| {
            let id = if failing.contains(&i) {
                format!("fail{i}")
            } else {
                format!("e{i}")
            };
            record(&id).to_string() + "\n"
        })
        .collect()
}

/// A bulk endpoint: answers each record with an object carrying an id; a
/// batch with a record whose external_id starts with "fail" is refused whole
/// with per-item errors, as the API does.
fn bulk_server(delay: Duration) -> TestServer {
    TestServer::start(move |request: &Request| {
        assert_eq!(request.method, "POST");
        assert_eq!(request.path, BULK_PATH);
        for (_, header, value) in CREDENTIALS {
            assert_eq!(request.header(header), Some(value), "{header}");
        }
        let items = request.json();
        let items = items.as_array().expect("an array");
        let rejected = |item: &Value| item["external_id"].as_str().unwrap().starts_with("fail");
        if items.iter().any(rejected) {
            let errors: Vec<Value> = items
                .iter()
                .map(|item| {
                    if rejected(item) {
                        json!({"external_id": ["Rejected by the test server."]})
                    } else {
                        json!({})
                    }
                })
                .collect();
            return Response::json(400, &json!(errors)).after(delay);
        }
        let created: Vec<Value> = items
            .iter()
            .map(|item| {
                let mut object = item.clone();
                object["id"] = json!(format!("id-{}", item["external_id"].as_str().unwrap()));
                object
            })
            .collect();
        Response::json(200, &json!(created)).after(delay)
    })
}

/// The external ids the server applied: those of the requests it accepted.
fn applied(server: &TestServer) -> Vec<String> {
    server
        .requests()
        .iter()
        .map(Request::json)
        .filter(|batch| {
            !batch
                .as_array()
                .unwrap()
                .iter()
                .any(|item| item["external_id"].as_str().unwrap().starts_with("fail"))
        })
        .flat_map(|batch| batch.as_array().unwrap().clone())
        .map(|item| item["external_id"].as_str().unwrap().to_owned())
        .collect()
}

fn command(env: &TestEnv, server: &TestServer) -> assert_cmd::Command {
    let mut cmd = env.bare();
    for (var, _, value) in CREDENTIALS {
        cmd.env(var, value);
    }
    cmd.env("PIGELLO_BASE_URL", server.base_url());
    cmd
}

fn external_ids_of(ndjson: &str) -> Vec<String> {
    ndjson
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["external_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn records_go_in_batches_and_come_out_in_input_order() {
    // Later requests answer sooner, so order has to be restored.
    let server = TestServer::start(|request: &Request| {
        let items = request.json();
        let items = items.as_array().unwrap();
        let first: u64 = items[0]["external_id"].as_str().unwrap()[1..]
            .parse()
            .unwrap();
        let delay = Duration::from_millis(40u64.saturating_sub(first / 7 * 3));
        let created: Vec<Value> = items
            .iter()
            .map(|item| json!({"id": format!("id-{}", item["external_id"].as_str().unwrap())}))
            .collect();
        Response::json(200, &json!(created)).after(delay)
    });
    let env = TestEnv::new();
    let file = env.write("in.ndjson", &ndjson(95, &[]));
    let output = command(&env, &server)
        .args([
            "conn",
            "bulk",
            "--batch-size",
            "7",
            "--concurrency",
            "4",
            "-o",
            "ndjson",
            "-f",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let requests = server.requests();
    assert_eq!(requests.len(), 14);
    let mut sizes: Vec<usize> = requests
        .iter()
        .map(|r| r.json().as_array().unwrap().len())
        .collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [4, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
    let expected: String = (0..95)
        .map(|i| format!("{{\"id\":\"id-e{i}\"}}\n"))
        .collect();
    assert_eq!(stdout_of(&output), expected);
    assert!(server.max_in_flight() <= 4);
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn connections_are_kept_alive_and_never_more_than_the_concurrency() {
    let server = bulk_server(Duration::from_millis(5));
    let env = TestEnv::new();
    let file = env.write("in.ndjson", &ndjson(300, &[]));
    for (concurrency, most) in [(1, 1), (3, 3)] {
        let before = server.connections();
        let output = command(&env, &server)
            .args([
                "conn",
                "bulk",
                "--batch-size",
                "10",
                "--concurrency",
                &concurrency.to_string(),
                "-f",
            ])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        let opened = server.connections() - before;
        assert!(
            opened >= 1 && opened <= most,
            "{opened} connections for concurrency {concurrency}"
        );
    }
    assert_eq!(server.requests().len(), 60);
    assert!(server.max_in_flight() <= 3);
}

#[test]
fn the_first_failure_stops_new_batches_and_the_rest_goes_to_the_failed_output() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let input = ndjson(1000, &[345]);
    let file = env.write("in.ndjson", &input);
    let failed = env.home.path().join("failed.ndjson");
    let output = command(&env, &server)
        .args([
            "conn",
            "bulk",
            "--batch-size",
            "10",
            "--concurrency",
            "1",
            "-o",
            "ndjson",
        ])
        .arg("-f")
        .arg(&file)
        .arg("--failed-output")
        .arg(&failed)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(9), "{}", stderr_of(&output));
    // Batches 0..=33 applied, 34 refused, nothing sent after it.
    assert_eq!(server.requests().len(), 35);
    let applied = applied(&server);
    assert_eq!(
        applied,
        (0..340).map(|i| format!("e{i}")).collect::<Vec<_>>()
    );
    assert_eq!(stdout_of(&output).lines().count(), 340);
    // The failed output is the input from record 340 on, byte for byte.
    let rest: String = input
        .lines()
        .skip(340)
        .map(|line| line.to_owned() + "\n")
        .collect();
    assert_eq!(std::fs::read_to_string(&failed).unwrap(), rest);
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!(
            "  {}: record [345] (line 346): external_id: Rejected by the test server.\n",
            file.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(&format!(
            "error: 660 of 1000 records not applied (10 in failed requests, 650 not sent); they are in {0}: resume with `pigello conn bulk -f {0}`\n",
            failed.display()
        )),
        "{stderr}"
    );
    assert_no_secret(&output);
}

#[test]
fn keep_going_sends_everything_and_a_resume_applies_exactly_the_rest() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let input = ndjson(500, &[45, 47, 302]);
    let file = env.write("in.ndjson", &input);
    let failed = env.home.path().join("failed.ndjson");
    let output = command(&env, &server)
        .args([
            "conn",
            "bulk",
            "--batch-size",
            "20",
            "--concurrency",
            "3",
            "--keep-going",
        ])
        .arg("-f")
        .arg(&file)
        .arg("--failed-output")
        .arg(&failed)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(9), "{}", stderr_of(&output));
    assert_eq!(server.requests().len(), 25);
    // Batches 2 (records 40..60) and 15 (300..320) failed whole.
    let failed_records: Vec<usize> = (40..60).chain(300..320).collect();
    let failed_text = std::fs::read_to_string(&failed).unwrap();
    let expected: String = failed_records
        .iter()
        .map(|&i| input.lines().nth(i).unwrap().to_owned() + "\n")
        .collect();
    assert_eq!(failed_text, expected);
    let printed: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(printed.as_array().unwrap().len(), 460);

    // Fix the refused records and resume from the failed output: the
    // records applied by both runs are the input, each exactly once.
    let fixed = failed_text.replace("\"fail", "\"e");
    std::fs::write(&failed, fixed).unwrap();
    let output = command(&env, &server)
        .args(["conn", "bulk", "--batch-size", "20", "-f"])
        .arg(&failed)
        .arg("--failed-output")
        .arg(&failed)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let applied = applied(&server);
    assert_eq!(applied.len(), 500);
    let unique: HashSet<&String> = applied.iter().collect();
    assert_eq!(unique.len(), 500);
    let wanted: HashSet<String> = (0..500).map(|i| format!("e{i}")).collect();
    assert_eq!(unique, wanted.iter().collect());
    // Nothing left to resume.
    assert_eq!(std::fs::read_to_string(&failed).unwrap(), "");
}

#[test]
fn when_nothing_was_applied_the_failure_class_decides_the_exit_code() {
    for (status, code) in [(401, 7), (403, 7), (400, 5), (500, 8), (503, 8)] {
        let server = TestServer::start(move |_| Response::json(status, &json!({"detail": "no"})));
        let env = TestEnv::new();
        let file = env.write("in.ndjson", &ndjson(50, &[]));
        let failed = env.home.path().join("failed.ndjson");
        let output = command(&env, &server)
            .args([
                "conn",
                "bulk",
                "--batch-size",
                "10",
                "--concurrency",
                "1",
                "--retries",
                "0",
                "-f",
            ])
            .arg(&file)
            .arg("--failed-output")
            .arg(&failed)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(code),
            "status {status}: {}",
            stderr_of(&output)
        );
        assert_eq!(server.requests().len(), 1, "status {status}");
        assert_eq!(std::fs::read_to_string(&failed).unwrap(), ndjson(50, &[]));
        assert_eq!(stdout_of(&output), "[]\n");
    }
}

#[test]
fn an_invalid_record_anywhere_in_a_large_input_sends_nothing() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let mut input = ndjson(50_000, &[]);
    input.push_str("{\"content_type\": {\"id\": \"x\"}, \"object_id\": \"y\"}\n");
    let file = env.write("big.ndjson", &input);
    let output = command(&env, &server)
        .args(["conn", "bulk", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr_of(&output));
    assert_eq!(server.requests().len(), 0);
    assert_eq!(server.connections(), 0);
    assert_eq!(
        stderr_of(&output),
        format!(
            "error: 3 problems in the input, nothing was sent:\n  \
             {0}: record [50000] (line 50001): content_type.id: not a UUID: \"x\"\n  \
             {0}: record [50000] (line 50001): object_id: not a UUID: \"y\"\n  \
             {0}: record [50000] (line 50001): external_id: required field missing\n",
            file.display()
        )
    );
    assert_eq!(stdout_of(&output), "");
}

#[test]
fn ndjson_from_stdin_is_spooled_and_sent_in_batches() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let output = command(&env, &server)
        .args([
            "conn",
            "bulk",
            "-f",
            "-",
            "--batch-size",
            "3",
            "-o",
            "ndjson",
        ])
        .write_stdin(ndjson(10, &[]))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(server.requests().len(), 4);
    // Requests may arrive in any order; the output keeps the input's.
    let mut applied = applied(&server);
    applied.sort_by_key(|id| id[1..].parse::<usize>().unwrap());
    let expected: Vec<String> = (0..10).map(|i| format!("e{i}")).collect();
    assert_eq!(applied, expected);
    let printed: Vec<String> = stdout_of(&output)
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["id"]
                .as_str()
                .unwrap()[3..]
                .to_owned()
        })
        .collect();
    assert_eq!(printed, expected);
}

#[test]
fn verbose_logs_each_request_and_ends_with_a_summary() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let file = env.write("in.ndjson", &ndjson(25, &[]));
    let output = command(&env, &server)
        .args(["conn", "bulk", "-v", "--batch-size", "10", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    let last = stderr.lines().last().unwrap();
    assert!(
        last.starts_with("25 records: 25 sent, 25 applied, 0 failed, 0 not sent, in ")
            && last.ends_with(" s"),
        "{stderr}"
    );
    let posts = format!("> POST {}{BULK_PATH}\n", server.base_url());
    assert_eq!(stderr.matches(&posts).count(), 3, "{stderr}");
    assert_eq!(
        stderr.matches("> x-pigello-client-secret: ***\n").count(),
        3,
        "{stderr}"
    );
    assert_eq!(stderr.matches("< 200 OK (").count(), 3, "{stderr}");
    assert_no_secret(&output);
}

#[cfg(unix)]
#[test]
fn ctrl_c_finishes_in_flight_batches_writes_the_failed_output_and_exits_130() {
    let server = bulk_server(Duration::from_millis(300));
    let env = TestEnv::new();
    let input = ndjson(100, &[]);
    let file = env.write("in.ndjson", &input);
    let failed = env.home.path().join("failed.ndjson");
    let child = env
        .std_bare()
        .envs(CREDENTIALS.iter().map(|(var, _, value)| (*var, *value)))
        .env("PIGELLO_BASE_URL", server.base_url())
        .args([
            "conn",
            "bulk",
            "--batch-size",
            "10",
            "--concurrency",
            "2",
            "-o",
            "ndjson",
            "-f",
        ])
        .arg(&file)
        .arg("--failed-output")
        .arg(&failed)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while server.requests().is_empty() {
        assert!(std::time::Instant::now() < deadline, "no request arrived");
        std::thread::sleep(Duration::from_millis(5));
    }
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "{}", stderr_of(&output));
    let applied = applied(&server);
    assert!(
        applied.len() < 100,
        "everything was sent despite the interrupt"
    );
    // What was printed is what the server applied (in input order, while
    // requests may arrive in any), and with the failed output it is the
    // input: in order, nothing twice.
    let mut printed = external_ids_of(&stdout_of(&output));
    let mut arrived = applied.clone();
    arrived.sort_by_key(|id| id[1..].parse::<usize>().unwrap());
    assert_eq!(printed, arrived);
    let rest = std::fs::read_to_string(&failed).unwrap();
    printed.extend(external_ids_of(&rest));
    let all = printed;
    assert_eq!(all, (0..100).map(|i| format!("e{i}")).collect::<Vec<_>>());
}

#[test]
fn a_large_json_array_is_streamed_in_batches_like_ndjson() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let records: Vec<Value> = (0..2_500).map(|i| record(&format!("e{i}"))).collect();
    let file = env.write("in.json", &serde_json::to_string_pretty(&records).unwrap());
    let output = command(&env, &server)
        .args(["conn", "bulk", "--batch-size", "250", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(server.requests().len(), 10);
    let printed: Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = printed
        .as_array()
        .unwrap()
        .iter()
        .map(|object| object["id"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = (0..2_500).map(|i| format!("id-e{i}")).collect();
    assert_eq!(ids, expected);
}

/// Runs bulk with stdout a pipe that is closed after the first line.
#[cfg(unix)]
fn bulk_into_a_pipe_closed_early(
    env: &TestEnv,
    server: &TestServer,
    input: &std::path::Path,
    failed: &std::path::Path,
) -> std::process::Output {
    use std::io::BufRead;
    let mut child = env
        .std_bare()
        .envs(CREDENTIALS.iter().map(|(var, _, value)| (*var, *value)))
        .env("PIGELLO_BASE_URL", server.base_url())
        .args([
            "conn",
            "bulk",
            "--batch-size",
            "10",
            "--concurrency",
            "2",
            "-o",
            "ndjson",
        ])
        .arg("-f")
        .arg(input)
        .arg("--failed-output")
        .arg(failed)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    drop(stdout);
    child.wait_with_output().unwrap()
}

/// The external ids applied by the server, sorted by record number.
fn applied_in_order(server: &TestServer) -> Vec<String> {
    let mut applied = applied(server);
    applied.sort_by_key(|id| id[1..].parse::<usize>().unwrap());
    applied
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_stops_the_sending_and_loses_no_record() {
    let server = bulk_server(Duration::from_millis(20));
    let env = TestEnv::new();
    let input = ndjson(200, &[]);
    let file = env.write("in.ndjson", &input);
    let failed = env.home.path().join("failed.ndjson");
    let output = bulk_into_a_pipe_closed_early(&env, &server, &file, &failed);
    assert_eq!(output.status.code(), Some(9), "{}", stderr_of(&output));
    let applied = applied_in_order(&server);
    assert!(
        !applied.is_empty() && applied.len() < 200,
        "{}",
        applied.len()
    );
    let mut all = applied;
    all.extend(external_ids_of(&std::fs::read_to_string(&failed).unwrap()));
    all.sort_by_key(|id| id[1..].parse::<usize>().unwrap());
    assert_eq!(all, (0..200).map(|i| format!("e{i}")).collect::<Vec<_>>());
    assert_no_secret(&output);
}

#[cfg(unix)]
#[test]
fn resuming_in_place_into_a_closed_stdout_keeps_what_is_left() {
    let server = bulk_server(Duration::from_millis(20));
    let env = TestEnv::new();
    let file = env.write("rest.ndjson", &ndjson(200, &[]));
    let output = bulk_into_a_pipe_closed_early(&env, &server, &file, &file);
    assert_eq!(output.status.code(), Some(9), "{}", stderr_of(&output));
    let applied = applied_in_order(&server);
    let rest = external_ids_of(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(applied.len() + rest.len(), 200);
    let mut all = applied;
    all.extend(rest);
    all.sort_by_key(|id| id[1..].parse::<usize>().unwrap());
    assert_eq!(all, (0..200).map(|i| format!("e{i}")).collect::<Vec<_>>());
}

#[cfg(target_os = "linux")]
#[test]
fn an_unwritable_stdout_stops_the_sending_and_loses_no_record() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let file = env.write("in.ndjson", &ndjson(100, &[]));
    let failed = env.home.path().join("failed.ndjson");
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = env
        .std_bare()
        .envs(CREDENTIALS.iter().map(|(var, _, value)| (*var, *value)))
        .env("PIGELLO_BASE_URL", server.base_url())
        .args([
            "conn",
            "bulk",
            "--batch-size",
            "10",
            "--concurrency",
            "1",
            "-o",
            "ndjson",
        ])
        .arg("-f")
        .arg(&file)
        .arg("--failed-output")
        .arg(&failed)
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(9), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("error: cannot write the results: No space left on device"),
        "{stderr}"
    );
    let mut all = applied_in_order(&server);
    assert!(all.len() < 100);
    all.extend(external_ids_of(&std::fs::read_to_string(&failed).unwrap()));
    assert_eq!(all, (0..100).map(|i| format!("e{i}")).collect::<Vec<_>>());
}

#[test]
fn a_folder_as_failed_output_is_refused_before_anything_is_sent() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let file = env.write("in.ndjson", &ndjson(10, &[]));
    let output = command(&env, &server)
        .args(["conn", "bulk", "-f"])
        .arg(&file)
        .arg("--failed-output")
        .arg(env.home.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr_of(&output));
    assert_eq!(
        stderr_of(&output),
        format!(
            "error: --failed-output {}: is a folder; name a file\n",
            env.home.path().display()
        )
    );
    assert_eq!(server.requests().len(), 0);
}

#[test]
fn an_answer_with_fewer_objects_than_records_is_not_counted_as_applied() {
    let server = TestServer::start(|request: &Request| {
        let mut items = request.json().as_array().unwrap().clone();
        items.pop();
        Response::json(200, &json!(items))
    });
    let env = TestEnv::new();
    let input = ndjson(30, &[]);
    let file = env.write("in.ndjson", &input);
    let failed = env.home.path().join("failed.ndjson");
    let output = command(&env, &server)
        .args(["conn", "bulk", "--batch-size", "10", "--keep-going", "-f"])
        .arg(&file)
        .arg("--failed-output")
        .arg(&failed)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8), "{}", stderr_of(&output));
    assert_eq!(std::fs::read_to_string(&failed).unwrap(), input);
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("the bulk endpoint answered 9 objects for 10 records"),
        "{stderr}"
    );
    assert!(
        stderr.contains("30 of 30 records not applied (30 in failed requests, 30 of them with an outcome unknown, 0 not sent)"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_as_input_is_read_once_and_spooled() {
    let server = bulk_server(Duration::ZERO);
    let env = TestEnv::new();
    let fifo = env.home.path().join("in.fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, ndjson(25, &[])).unwrap())
    };
    let output = command(&env, &server)
        .args(["conn", "bulk", "--batch-size", "10", "-f"])
        .arg(&fifo)
        .timeout(Duration::from_secs(10))
        .output()
        .unwrap();
    writer.join().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(applied_in_order(&server).len(), 25);
}
