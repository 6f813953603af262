//! pigello: a command-line client for the Pigello Integrations API.
//!
//! Flow of a run: `cli` (what was typed) -> `settings` (what to run with) ->
//! `commands` (the work, through `api`) -> `output` (stdout) or
//! `terminal` (stderr). `error` decides the exit code.

pub mod api;
pub mod batches;
pub mod cli;
pub mod commands;
pub mod error;
pub mod files;
pub mod model;
pub mod output;
pub mod preview;
pub mod records;
pub mod sandbox;
pub mod settings;
pub mod terminal;

pub use cli::Cli;
pub use commands::run;
pub use error::Error;
