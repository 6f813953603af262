//! `pigello man`: the manual page, generated from the command definition.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Error;
use crate::output;

pub fn run() -> Result<(), Error> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|err| Error::Internal(format!("cannot render the manual page: {err}")))?;
    output::raw(&page)?;
    Ok(())
}
