mod common;

use common::*;
use httpmock::prelude::*;

#[test]
fn delete_with_yes_sends_one_delete_per_pk() {
    let server = MockServer::start();
    let mocks: Vec<_> = [PK, PK2]
        .into_iter()
        .map(|pk| {
            server.mock(move |when, then| {
                with_credentials(when.method(DELETE).path(format!("{PATH}{pk}/")));
                then.status(204);
            })
        })
        .collect();
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "delete", PK, PK2, "--yes"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    for mock in &mocks {
        mock.assert();
    }
    assert_eq!(stdout_of(&output), "");
    assert_no_secret(&output);
}

#[test]
fn a_failed_delete_does_not_stop_the_others() {
    let server = MockServer::start();
    let missing = server.mock(|when, then| {
        when.method(DELETE).path(format!("{PATH}{PK}/"));
        then.status(404)
            .json_body(serde_json::json!({"detail": "Not found."}));
    });
    let deleted = server.mock(|when, then| {
        when.method(DELETE).path(format!("{PATH}{PK2}/"));
        then.status(204);
    });
    let env = TestEnv::new();
    let output = env
        .cmd(&server)
        .args(["conn", "delete", "-y", PK, PK2])
        .output()
        .unwrap();
    missing.assert();
    deleted.assert();
    assert_eq!(output.status.code(), Some(6));
    assert_eq!(
        stderr_of(&output),
        format!(
            "error: DELETE {}{PATH}{PK}/ answered 404 Not Found\n  Not found.\n",
            server.base_url()
        )
    );
}
