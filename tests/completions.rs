//! The committed completion scripts and manual page must match what the
//! binary generates.

mod common;

use common::TestEnv;

const GENERATED: [(&[&str], &str); 6] = [
    (&["completions", "bash"], "completions/pigello.bash"),
    (&["completions", "zsh"], "completions/_pigello"),
    (&["completions", "fish"], "completions/pigello.fish"),
    (&["completions", "powershell"], "completions/_pigello.ps1"),
    (&["completions", "elvish"], "completions/pigello.elv"),
    (&["man"], "man/pigello.1"),
];

#[test]
fn committed_completion_scripts_and_manual_page_are_current() {
    let env = TestEnv::new();
    let mut stale = Vec::new();
    for (args, file) in GENERATED {
        let output = env.bare().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(!output.stdout.is_empty(), "{args:?} printed nothing");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let committed = std::fs::read(&path).unwrap_or_default();
        if committed != output.stdout {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}; regenerate them with scripts/update-generated"
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
