//! The sandbox: an emulator of the integrationserviceidconnection API, for a
//! first run without credentials and for rehearsing CI jobs. It is served
//! over real HTTP on loopback, so the client code is the same as against
//! production; its state persists in one JSON file.

pub mod emulator;
mod http;
mod store;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::error::Error;
use crate::output;
use crate::terminal;

use emulator::Emulator;
use store::Store;

/// What the sandbox is called in settings: `environment = "sandbox"`.
pub const ENVIRONMENT: &str = "sandbox";

/// The credentials sent to the sandbox, whatever is configured: real ones
/// have no business there.
pub const CREDENTIALS: [(&str, &str); 7] = [
    (
        "X-PIGELLO-CUSTOMER-ID",
        "5a4d0b00-0000-4000-8000-000000000001",
    ),
    (
        "X-PIGELLO-APPLICATION-ID",
        "5a4d0b00-0000-4000-8000-000000000002",
    ),
    (
        "X-PIGELLO-SERVICE-ID",
        "5a4d0b00-0000-4000-8000-000000000003",
    ),
    (
        "X-PIGELLO-SERVICE-VERSION-ID",
        "5a4d0b00-0000-4000-8000-000000000004",
    ),
    (
        "X-PIGELLO-CLIENT-CT",
        "5a4d0b00-0000-4000-8000-000000000005",
    ),
    (
        "X-PIGELLO-CLIENT-ENTITY",
        "5a4d0b00-0000-4000-8000-000000000006",
    ),
    ("X-PIGELLO-CLIENT-SECRET", "sandbox-secret"),
];

/// The default state file: `<data dir>/pigello/sandbox.json`.
pub fn default_data_path() -> Result<PathBuf, Error> {
    dirs::data_dir()
        .map(|dir| dir.join("pigello").join("sandbox.json"))
        .ok_or_else(|| {
            Error::Config(
                "cannot find the user's data folder (is HOME set?); name the sandbox's file \
                 with --sandbox-data or PIGELLO_SANDBOX_DATA"
                    .to_owned(),
            )
        })
}

fn bind(listen: &str, data: &Path) -> Result<String, Error> {
    let emulator = Emulator::new(Store::new(data.to_owned()));
    let handler: Arc<http::Handler> = Arc::new(move |request| emulator.handle(request));
    let address = http::spawn(listen, handler)
        .map_err(|err| Error::Usage(format!("cannot listen on {listen}: {err}")))?;
    Ok(format!("http://{address}"))
}

/// Starts the emulator inside this process, on an ephemeral loopback port,
/// for the rest of the run; returns its base URL.
pub fn start(data: &Path) -> Result<String, Error> {
    bind("127.0.0.1:0", data)
}

/// `pigello sandbox serve`: serves until Ctrl-C.
pub fn serve(listen: &str, data: &Path) -> Result<(), Error> {
    static STOP: AtomicBool = AtomicBool::new(false);
    let host = listen.rsplit_once(':').map_or(listen, |(host, _)| host);
    let loopback = host == "localhost"
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        return Err(Error::Usage(format!(
            "--listen {listen}: the sandbox serves on loopback addresses only (127.0.0.1, [::1], localhost)"
        )));
    }
    let base_url = bind(listen, data)?;
    terminal::catch_interrupts(&STOP, "stopping the sandbox");
    let mut lines = format!(
        "# pigello sandbox at {base_url}, data in {}; Ctrl-C stops it\n\
         export PIGELLO_BASE_URL={base_url}\n",
        data.display()
    );
    for (credential, (_, value)) in crate::settings::CREDENTIALS.iter().zip(CREDENTIALS) {
        lines.push_str(&format!("export {}={value}\n", credential.env));
    }
    output::raw(lines.as_bytes())?;
    while !STOP.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// `pigello sandbox reset`: forgets every connection.
pub fn reset(data: &Path) -> Result<(), Error> {
    Store::new(data.to_owned()).reset().map_err(|err| {
        Error::Internal(format!(
            "cannot reset the sandbox at {}: {err}",
            data.display()
        ))
    })?;
    terminal::notice(&format!("sandbox reset: {}", data.display()));
    Ok(())
}
