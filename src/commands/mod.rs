//! One module per command. Each checks its input first, then resolves the
//! settings, then talks to the API and hands the results to the printer.

mod bulk;
mod completions;
mod create;
mod delete;
mod get;
mod update;

use std::io::{BufWriter, StdoutLock};
use std::path::PathBuf;

use crate::api::Client;
use crate::cli::{Cli, Command, ConnCommand, GlobalArgs, SandboxCommand};
use crate::error::Error;
use crate::output::{choose_format, Printer};
use crate::sandbox;
use crate::settings::{self, process_env};

pub fn run(cli: Cli) -> Result<(), Error> {
    let global = &cli.global;
    match cli.command {
        Command::Conn(ConnCommand::Create(args)) => create::run(global, &args),
        Command::Conn(ConnCommand::Bulk(args)) => bulk::run(global, &args),
        Command::Conn(ConnCommand::Get(args)) => get::run(global, &args),
        Command::Conn(ConnCommand::Update(args)) => update::run(global, &args),
        Command::Conn(ConnCommand::Delete(args)) => delete::run(global, &args),
        Command::Sandbox(SandboxCommand::Serve { listen, data }) => {
            sandbox::serve(&listen, &sandbox_data(data, global)?)
        }
        Command::Sandbox(SandboxCommand::Reset { data }) => {
            sandbox::reset(&sandbox_data(data, global)?)
        }
        Command::Completions { shell } => completions::run(shell),
    }
}

/// The sandbox's state file: `--data`, `--sandbox-data`, PIGELLO_SANDBOX_DATA, or the default.
fn sandbox_data(data: Option<PathBuf>, global: &GlobalArgs) -> Result<PathBuf, Error> {
    match data
        .or_else(|| global.sandbox_data.clone())
        .or_else(|| process_env("PIGELLO_SANDBOX_DATA").map(PathBuf::from))
    {
        Some(path) => Ok(path),
        None => sandbox::default_data_path(),
    }
}

type StdoutPrinter = Printer<BufWriter<StdoutLock<'static>>>;

/// The API client and the printer, from the resolved settings.
fn connect(global: &GlobalArgs) -> Result<(Client, StdoutPrinter), Error> {
    let mut settings = settings::resolve(global, &process_env)?;
    if let Some(data) = &settings.sandbox {
        settings.base_url = sandbox::start(data)?;
    }
    let client = Client::new(&settings)?;
    Ok((client, Printer::stdout(choose_format(settings.output))))
}

/// Combines the failures of independent operations (one per PK): none is
/// success, one is itself, more are reported together.
fn combine(mut errors: Vec<Error>) -> Result<(), Error> {
    match errors.len() {
        0 => Ok(()),
        1 => Err(errors.remove(0)),
        _ => Err(Error::Several(errors)),
    }
}
