//! Shared test set-up: the built binary in a clean environment, and the
//! credentials every request must carry.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use httpmock::{MockServer, When};
use tempfile::TempDir;

pub const PATH: &str = "/integrations/integrationserviceidconnection/";
pub const BULK_PATH: &str = "/integrations/integrationserviceidconnection/list/";

pub const SECRET: &str = "s3cr3t-CL13NT-v4lue-never-shown";

/// (environment variable, header, value) for the seven credentials.
pub const CREDENTIALS: [(&str, &str, &str); 7] = [
    ("PIGELLO_CUSTOMER_ID", "X-PIGELLO-CUSTOMER-ID", "cust-1"),
    (
        "PIGELLO_APPLICATION_ID",
        "X-PIGELLO-APPLICATION-ID",
        "app-2",
    ),
    ("PIGELLO_SERVICE_ID", "X-PIGELLO-SERVICE-ID", "svc-3"),
    (
        "PIGELLO_SERVICE_VERSION_ID",
        "X-PIGELLO-SERVICE-VERSION-ID",
        "ver-4",
    ),
    ("PIGELLO_CLIENT_CT", "X-PIGELLO-CLIENT-CT", "ct-5"),
    ("PIGELLO_CLIENT_ENTITY", "X-PIGELLO-CLIENT-ENTITY", "ent-6"),
    ("PIGELLO_CLIENT_SECRET", "X-PIGELLO-CLIENT-SECRET", SECRET),
];

/// The profile keys of the credentials, in the order of `CREDENTIALS` (and
/// of `config init`'s prompts).
pub const KEYS: [&str; 7] = [
    "customer_id",
    "application_id",
    "service_id",
    "service_version_id",
    "client_ct",
    "client_entity",
    "client_secret",
];

pub const CT: &str = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
pub const OBJ: &str = "463a83d0-a816-4902-abba-2486e0c0a0bb";
pub const ORG: &str = "2c1a3f5e-8b7d-4e6f-9a0b-1c2d3e4f5a6b";
pub const PK: &str = "0f9e8d7c-6b5a-4948-8372-615049382716";
pub const PK2: &str = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
pub const APP: &str = "48ac72d0-a829-4896-a067-dcb1c2b0f30c";

/// A home folder of its own, so no real config or environment leaks in.
pub struct TestEnv {
    pub home: TempDir,
}

impl TestEnv {
    pub fn new() -> Self {
        TestEnv {
            home: tempfile::tempdir().expect("temporary home"),
        }
    }

    /// The binary with nothing but HOME (and PATH) set.
    pub fn bare(&self) -> Command {
        Command::from_std(self.std_bare())
    }

    /// The binary with all seven credentials in the environment, pointed at
    /// the server.
    pub fn cmd(&self, server: &MockServer) -> Command {
        Command::from_std(self.std_cmd(server))
    }

    /// As `bare`, for tests that need the standard library's process control.
    pub fn std_bare(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_pigello"));
        cmd.env_clear()
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join(".config"))
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        cmd
    }

    /// As `cmd`, for tests that need the standard library's process control.
    pub fn std_cmd(&self, server: &MockServer) -> std::process::Command {
        let mut cmd = self.std_bare();
        for (env, _, value) in CREDENTIALS {
            cmd.env(env, value);
        }
        cmd.env("PIGELLO_BASE_URL", server.base_url());
        cmd
    }

    /// Writes a file in the home folder, readable by its owner alone as a
    /// config file with a secret should be, and returns its path.
    pub fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.home.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("parent folder");
        }
        std::fs::write(&path, content).expect("test file");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
                .expect("file mode");
        }
        path
    }

    /// Where the binary looks for its config when nothing names one.
    pub fn default_config(&self, content: &str) -> PathBuf {
        self.write(".config/pigello/config.toml", content)
    }
}

/// Requires all seven credential headers with their exact values.
pub fn with_credentials(when: When) -> When {
    CREDENTIALS.iter().fold(when, |when, (_, header, value)| {
        when.header(*header, *value)
    })
}

/// A catch-all mock: any request at all is a failure of the test.
pub fn catch_all(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        when.any_request();
        then.status(599);
    })
}

/// A connection as the API returns it.
pub fn connection(id: &str, external_id: &str) -> serde_json::Value {
    serde_json::json!({
        "content_type": {"id": CT},
        "application_id": APP,
        "organization": null,
        "id": id,
        "hidden": false,
        "created_at": "2026-12-04T10:00:00Z",
        "object_id": OBJ,
        "external_id": external_id,
        "custom_id": null
    })
}

/// Asserts the secret is nowhere in what the process printed.
pub fn assert_no_secret(output: &std::process::Output) {
    for stream in [&output.stdout, &output.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains(SECRET), "the secret was printed:\n{text}");
    }
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}
pub mod server;
