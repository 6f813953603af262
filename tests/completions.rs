//! The committed completion scripts must match what the binary generates.

mod common;

use common::TestEnv;

const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "completions/pigello.bash"),
    ("zsh", "completions/_pigello"),
    ("fish", "completions/pigello.fish"),
    ("powershell", "completions/_pigello.ps1"),
    ("elvish", "completions/pigello.elv"),
];

#[test]
fn committed_completion_scripts_are_current() {
    let env = TestEnv::new();
    let mut stale = Vec::new();
    for (shell, file) in SCRIPTS {
        let output = env.bare().args(["completions", shell]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "completions {shell}");
        assert!(
            !output.stdout.is_empty(),
            "completions {shell} printed nothing"
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let committed = std::fs::read(&path).unwrap_or_default();
        if committed != output.stdout {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts: {stale:?}; regenerate them with scripts/update-completions"
    );
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let output = TestEnv::new()
        .bare()
        .args(["completions", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}
