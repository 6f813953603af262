//! `pigello completions SHELL`: the completion script, generated from the
//! command definition so it never falls behind.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Error;
use crate::output;

pub fn run(shell: Shell) -> Result<(), Error> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "pigello", &mut script);
    output::raw(&script)?;
    Ok(())
}
