mod common;

use common::*;
use httpmock::prelude::*;
use serde_json::json;

#[test]
fn create_from_flags_sends_exactly_the_fields_given() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method(POST).path(PATH))
            .header("content-type", "application/json")
            .json_body(json!({
                "content_type": {"id": CT},
                "object_id": OBJ,
                "external_id": "erp-1042"
            }));
        then.status(201).json_body(connection(PK, "erp-1042"));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "create", "--content-type", CT, "--object-id", OBJ])
        .args(["--external-id", "erp-1042"])
        .output()
        .unwrap();
    mock.assert();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "erp-1042")).unwrap() + "\n"
    );
    assert_eq!(stderr_of(&output), "");
    assert_no_secret(&output);
}
