//! Speed and memory figures for README: `cargo bench --bench bulk`.
//!
//! Starts a local server that adds 20 ms to every request, then measures
//! (1) `conn bulk` of 20,000 records at batch 100 and concurrency 1, 4 and 8
//! against the ideal (requests / concurrency x 20 ms) and against a shell loop
//! of curl over the same batches; (2) peak RSS of `conn bulk` for 30k, 300k
//! and 1M records; (3) the median wall time of one `conn get` process against
//! one `curl` process doing the same request.
//!
//! Not a test: it prints figures, it asserts nothing. Needs curl on PATH.

#[path = "../tests/common/server.rs"]
mod server;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use server::{Request, Response, TestServer};

const BIN: &str = env!("CARGO_BIN_EXE_pigello");
const DELAY: Duration = Duration::from_millis(20);
const PK: &str = "0f9e8d7c-6b5a-4948-8372-615049382716";

const CREDENTIALS: [(&str, &str, &str); 7] = [
    ("PIGELLO_CUSTOMER_ID", "X-PIGELLO-CUSTOMER-ID", "c"),
    ("PIGELLO_APPLICATION_ID", "X-PIGELLO-APPLICATION-ID", "a"),
    ("PIGELLO_SERVICE_ID", "X-PIGELLO-SERVICE-ID", "s"),
    (
        "PIGELLO_SERVICE_VERSION_ID",
        "X-PIGELLO-SERVICE-VERSION-ID",
        "v",
    ),
    ("PIGELLO_CLIENT_CT", "X-PIGELLO-CLIENT-CT", "t"),
    ("PIGELLO_CLIENT_ENTITY", "X-PIGELLO-CLIENT-ENTITY", "e"),
    ("PIGELLO_CLIENT_SECRET", "X-PIGELLO-CLIENT-SECRET", "secret"),
];

fn main() {
    if std::env::args().any(|arg| arg == "--list") {
        return; // `cargo bench -- --list` asks what benchmarks exist.
    }
    let folder = tempfile::tempdir().expect("temporary folder");
    let dir = folder.path();
    let slow = api_server(DELAY);
    let fast = api_server(Duration::ZERO);

    // `cargo bench --bench bulk -- memory` runs only the named parts.
    let wanted: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let run = |part: &str| wanted.is_empty() || wanted.iter().any(|w| w == part);
    println!("machine: {} cores, {}", cores(), cpu_model());
    if run("throughput") {
        println!();
        throughput(dir, &slow);
    }
    if run("memory") {
        println!();
        memory(dir, &fast);
    }
    if run("get") {
        println!();
        single_get(&fast);
    }
}

/// The bulk endpoint (answers each record with an object carrying an id) and
/// the get endpoint.
fn api_server(delay: Duration) -> TestServer {
    TestServer::start_unrecorded(move |request: &Request| {
        if request.method == "GET" {
            let object = json!({"content_type": {"id": PK}, "id": PK, "external_id": "x"});
            return Response::json(200, &object).after(delay);
        }
        let mut items = request.json();
        for (i, item) in items.as_array_mut().into_iter().flatten().enumerate() {
            item["id"] = json!(format!("id-{i}"));
        }
        Response::json(200, &items).after(delay)
    })
}

fn record(i: usize) -> Value {
    json!({
        "content_type": {"id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"},
        "object_id": "463a83d0-a816-4902-abba-2486e0c0a0bb",
        "external_id": format!("erp-{i:08}"),
        "custom_id": format!("bench-{i}")
    })
}

fn write_ndjson(path: &Path, count: usize) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("input file"));
    for i in 0..count {
        serde_json::to_writer(&mut file, &record(i)).expect("write record");
        file.write_all(b"\n").expect("write record");
    }
    file.flush().expect("flush input");
}

fn pigello(server: &TestServer) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("PIGELLO_BASE_URL", server.base_url())
        .env("PIGELLO_CONFIG", "/dev/null")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    if let Some(value) = std::env::var_os("MALLOC_ARENA_MAX") {
        cmd.env("MALLOC_ARENA_MAX", value);
    }
    for (var, _, value) in CREDENTIALS {
        cmd.env(var, value);
    }
    cmd
}

fn throughput(dir: &Path, server: &TestServer) {
    const RECORDS: usize = 20_000;
    const BATCH: usize = 100;
    let input = dir.join("20k.ndjson");
    write_ndjson(&input, RECORDS);
    let requests = RECORDS / BATCH;

    println!(
        "## conn bulk: {RECORDS} records, batch {BATCH}, server adds {} ms a request",
        DELAY.as_millis()
    );
    println!("| concurrency | wall time | ideal | vs ideal |");
    println!("|---|---|---|---|");
    let mut at_four = Duration::ZERO;
    for concurrency in [1, 4, 8] {
        let ideal = DELAY * (requests / concurrency) as u32;
        let started = Instant::now();
        let status = pigello(server)
            .args([
                "conn",
                "bulk",
                "-o",
                "ndjson",
                "--batch-size",
                &BATCH.to_string(),
            ])
            .args(["--concurrency", &concurrency.to_string(), "-f"])
            .arg(&input)
            .status()
            .expect("run pigello");
        let took = started.elapsed();
        assert!(status.success(), "pigello failed");
        if concurrency == 4 {
            at_four = took;
        }
        println!(
            "| {concurrency} | {:.3} s | {:.3} s | {:.2}x |",
            took.as_secs_f64(),
            ideal.as_secs_f64(),
            took.as_secs_f64() / ideal.as_secs_f64()
        );
    }

    let batches = split_batches(dir, RECORDS, BATCH);
    let took = curl_loop(server, &batches);
    println!();
    println!(
        "shell loop of curl over the same {requests} batches: {:.3} s; pigello at concurrency 4 is {:.1}x faster",
        took.as_secs_f64(),
        took.as_secs_f64() / at_four.as_secs_f64()
    );
}

/// The same records as JSON array files of one batch each, for curl.
fn split_batches(dir: &Path, records: usize, batch: usize) -> PathBuf {
    let folder = dir.join("batches");
    std::fs::create_dir_all(&folder).expect("batches folder");
    for (n, start) in (0..records).step_by(batch).enumerate() {
        let items: Vec<Value> = (start..(start + batch).min(records)).map(record).collect();
        std::fs::write(
            folder.join(format!("{n:05}.json")),
            json!(items).to_string(),
        )
        .expect("batch file");
    }
    folder
}

fn curl_headers() -> String {
    CREDENTIALS
        .iter()
        .map(|(_, header, value)| format!("-H '{header}: {value}' "))
        .collect()
}

fn curl_loop(server: &TestServer, batches: &Path) -> Duration {
    let script = format!(
        "for f in {dir}/*.json; do curl -q -sS -o /dev/null -X POST -H 'Content-Type: application/json' {headers}--data-binary @\"$f\" {url}/integrations/integrationserviceidconnection/list/ || exit 1; done",
        dir = batches.display(),
        headers = curl_headers(),
        url = server.base_url()
    );
    let started = Instant::now();
    // Side by side with pigello: a clean environment, and no ~/.curlrc (-q).
    let status = Command::new("sh")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .args(["-c", &script])
        .status()
        .expect("run sh");
    assert!(status.success(), "curl loop failed");
    started.elapsed()
}

fn memory(dir: &Path, server: &TestServer) {
    println!("## conn bulk peak memory (batch 100, concurrency 4, server without delay)");
    println!("| records | input size | peak RSS | wall time |");
    println!("|---|---|---|---|");
    for count in [30_000, 300_000, 1_000_000] {
        let input = dir.join(format!("{count}.ndjson"));
        write_ndjson(&input, count);
        let size = std::fs::metadata(&input).map(|m| m.len()).unwrap_or(0);
        let mut cmd = pigello(server);
        cmd.args(["conn", "bulk", "-o", "ndjson", "-f"]).arg(&input);
        let started = Instant::now();
        let peak = peak_rss_kib(cmd);
        println!(
            "| {count} | {:.0} MiB | {:.1} MiB | {:.1} s |",
            size as f64 / 1048576.0,
            peak as f64 / 1024.0,
            started.elapsed().as_secs_f64()
        );
        let _ = std::fs::remove_file(&input);
    }
}

/// Runs the command to its end and returns its peak resident set, in KiB.
// The child is reaped by wait4 itself, which also gives its resource usage.
#[allow(clippy::zombie_processes)]
fn peak_rss_kib(mut cmd: Command) -> i64 {
    let child = cmd.spawn().expect("spawn");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 is given
    // pointers to our own locals for a child of ours.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert!(
        pid > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "run failed"
    );
    usage.ru_maxrss
}

fn single_get(server: &TestServer) {
    const RUNS: usize = 200;
    let url = format!(
        "{}/integrations/integrationserviceidconnection/{PK}/",
        server.base_url()
    );
    let mut curl_args = vec![
        "-q".to_owned(),
        "-sS".to_owned(),
        "-o".to_owned(),
        "/dev/null".to_owned(),
    ];
    for (_, header, value) in CREDENTIALS {
        curl_args.push("-H".to_owned());
        curl_args.push(format!("{header}: {value}"));
    }
    curl_args.push(url);
    let mut ours = Vec::with_capacity(RUNS);
    let mut theirs = Vec::with_capacity(RUNS);
    // Interleaved, so that any drift of the machine hits both alike.
    for _ in 0..RUNS {
        let started = Instant::now();
        let status = pigello(server)
            .args(["conn", "get", PK])
            .status()
            .expect("run pigello");
        ours.push(started.elapsed());
        assert!(status.success());
        let started = Instant::now();
        let status = Command::new("curl")
            .env_clear()
            .args(&curl_args)
            .status()
            .expect("run curl");
        theirs.push(started.elapsed());
        assert!(status.success());
    }
    let (ours, theirs) = (median(ours), median(theirs));
    println!("## one GET as a whole process, median of {RUNS} runs each");
    println!("| client | median wall time |");
    println!("|---|---|");
    println!(
        "| pigello conn get | {:.2} ms |",
        ours.as_secs_f64() * 1000.0
    );
    println!("| curl | {:.2} ms |", theirs.as_secs_f64() * 1000.0);
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|name| name.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown processor".to_owned())
}
