//! config.example.toml documents every key; it must also be a file the
//! binary accepts as it is.

mod common;

use common::*;
use httpmock::prelude::*;

#[test]
fn the_example_config_is_accepted_and_its_default_profile_used() {
    let server = MockServer::start();
    let zeros = "00000000-0000-0000-0000-000000000000";
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(format!("{PATH}{PK}/"))
            .header("X-PIGELLO-CUSTOMER-ID", zeros)
            .header("X-PIGELLO-CLIENT-ENTITY", zeros)
            .header("X-PIGELLO-CLIENT-SECRET", "replace-with-your-client-secret");
        then.status(200).json_body(connection(PK, "a"));
    });
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let env = TestEnv::new();
    let output = env
        .bare()
        .arg("--config")
        .arg(&example)
        .args(["--base-url", &server.base_url(), "conn", "get", PK])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
}
