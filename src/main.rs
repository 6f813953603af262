use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = pigello::Cli::parse();
    match pigello::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stopped early (`| head`) is not a failure.
        Err(pigello::Error::Output(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(err) => {
            pigello::terminal::report(&err);
            ExitCode::from(err.exit_code())
        }
    }
}
