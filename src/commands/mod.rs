//! One module per command. Each checks its input first, then resolves the
//! settings, then talks to the API and hands the results to the printer.

mod bulk;
mod completions;
mod config;
mod create;
mod delete;
mod get;
mod man;
mod template;
mod update;

use std::io::{BufWriter, StdoutLock};
use std::path::PathBuf;

use crate::api::{Client, Planned};
use crate::cli::{Cli, Command, ConfigCommand, ConnCommand, GlobalArgs, SandboxCommand};
use crate::error::Error;
use crate::output::{self, choose_format, Printer};
use crate::preview::{self, Preview};
use crate::sandbox;
use crate::settings::{self, process_env};
use crate::terminal;

pub fn run(cli: Cli) -> Result<(), Error> {
    let global = &cli.global;
    terminal::set_colour(global.color);
    match cli.command {
        Command::Conn(ConnCommand::Template { bulk }) => template::run(global, bulk),
        Command::Config(ConfigCommand::Init { force }) => config::init(global, force),
        Command::Config(ConfigCommand::Show) => config::show(global),
        Command::Config(ConfigCommand::Path) => config::path(global),
        Command::Config(ConfigCommand::Profiles) => config::profiles(global),
        Command::Man => man::run(),
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

/// The sandbox's state file: `--data`, else as every command finds it.
fn sandbox_data(data: Option<PathBuf>, global: &GlobalArgs) -> Result<PathBuf, Error> {
    settings::sandbox_data(data.or_else(|| global.sandbox_data.clone()), &process_env)
}

type StdoutPrinter = Printer<BufWriter<StdoutLock<'static>>>;

/// What a command talks to the API with.
struct Session {
    client: Client,
    printer: StdoutPrinter,
    /// Requests are shown instead of sent.
    preview: Option<Preview>,
}

impl Session {
    /// Shows a request instead of sending it (`--dry-run`, `--curl`).
    fn show(&self, plan: &Planned) -> Result<(), Error> {
        let preview = self.preview.unwrap_or(Preview::DryRun);
        output::raw(preview::render(preview, self.client.headers(), plan).as_bytes())?;
        Ok(())
    }
}

/// The API client and the printer, from the resolved settings.
fn connect(global: &GlobalArgs) -> Result<Session, Error> {
    let mut settings = settings::resolve(global, &process_env)?;
    if let Some(data) = &settings.sandbox {
        settings.base_url = sandbox::start(data)?;
    }
    let preview = match (global.dry_run, global.curl) {
        (true, _) => Some(Preview::DryRun),
        (_, true) => Some(Preview::Curl),
        _ => None,
    };
    Ok(Session {
        client: Client::new(&settings)?,
        printer: Printer::stdout(choose_format(settings.output)),
        preview,
    })
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
