//! The `pigello` binary: parse the command line, run it, exit with its code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = pigello::Cli::parse();
    match pigello::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            pigello::terminal::report(&err);
            ExitCode::from(err.exit_code())
        }
    }
}
