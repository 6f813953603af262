mod common;

use common::*;
use httpmock::prelude::*;
use serde_json::json;

fn pk_path(pk: &str) -> String {
    format!("{PATH}{pk}/")
}

#[test]
fn update_sends_only_the_fields_given() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method("PATCH").path(pk_path(PK)))
            .header("content-type", "application/json")
            .body(r#"{"external_id":"erp-2001"}"#);
        then.status(200).json_body(connection(PK, "erp-2001"));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "update", PK, "--external-id", "erp-2001"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
    assert_eq!(
        stdout_of(&output),
        serde_json::to_string_pretty(&connection(PK, "erp-2001")).unwrap() + "\n"
    );
}

#[test]
fn get_output_edited_and_fed_back_to_update() {
    let server = MockServer::start();
    let mut edited = connection(PK, "edited");
    let get = server.mock(|when, then| {
        with_credentials(when.method(GET).path(pk_path(PK)));
        then.status(200).json_body(connection(PK, "original"));
    });
    let patch = server.mock(|when, then| {
        // Read-only fields dropped; everything else sent as it was.
        with_credentials(when.method("PATCH").path(pk_path(PK))).json_body(json!({
            "content_type": {"id": CT}, "organization": null, "hidden": true,
            "object_id": OBJ, "external_id": "edited", "custom_id": null
        }));
        then.status(200).json_body(edited.clone());
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "get", PK, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    get.assert();
    let mut body: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    body["external_id"] = json!("edited");
    let file = env.write("c.json", &serde_json::to_string_pretty(&body).unwrap());

    edited["hidden"] = json!(true);
    let output = env
        .cmd(&server)
        .args(["conn", "update", PK, "--hidden", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    patch.assert();
}

#[test]
fn update_can_null_organization_and_custom_id() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        with_credentials(when.method("PATCH").path(pk_path(PK)))
            .json_body(json!({"organization": null, "custom_id": null}));
        then.status(200).json_body(connection(PK, "x"));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "update", PK, "--no-organization", "--no-custom-id"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
}

#[test]
fn update_uses_the_canonical_pk_in_the_url() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method("PATCH").path(pk_path(PK));
        then.status(200).json_body(connection(PK, "x"));
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "update", &PK.to_uppercase(), "--hidden"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    mock.assert();
}
