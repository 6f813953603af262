//! The command line as the user types it: clap types only, no I/O.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use uuid::Uuid;

use crate::model::check_custom_id;

#[derive(Parser, Debug)]
#[command(
    name = "pigello",
    version,
    about = "Command-line client for the Pigello Integrations API",
    long_about = "Command-line client for the Pigello Integrations API.\n\n\
        Manages integration service ID connections: the mapping from a Pigello object \
        (content type + object id) to its id in another system.",
    after_help = "Credentials come from environment variables (PIGELLO_*) or a profile in the \
        config file; see README.md or config.example.toml."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after any subcommand.
#[derive(Args, Debug, Default, Clone)]
pub struct GlobalArgs {
    /// Profile to use from the config file [env: PIGELLO_PROFILE]
    #[arg(short = 'p', long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Config file to read [env: PIGELLO_CONFIG]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Environment host prefix: `api` (production) or `dev.api` [env: PIGELLO_ENVIRONMENT]
    #[arg(long, global = true, value_name = "NAME")]
    pub environment: Option<String>,

    /// Base URL of the API, overriding --environment [env: PIGELLO_BASE_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,

    /// Output format; default: table on a terminal, json otherwise [env: PIGELLO_OUTPUT]
    #[arg(short = 'o', long, global = true, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// Seconds a request may take, connecting included [default: 30] [env: PIGELLO_TIMEOUT]
    #[arg(long, global = true, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: Option<u64>,

    /// Further attempts where a retry is safe; 0 means one attempt [default: 3] [env: PIGELLO_RETRIES]
    #[arg(long, global = true, value_name = "N")]
    pub retries: Option<u32>,

    /// PEM file of further CA certificates to trust, e.g. a corporate proxy's [env: PIGELLO_CA_CERT]
    #[arg(long, global = true, value_name = "PATH")]
    pub cacert: Option<PathBuf>,

    /// Print each request and response on stderr (the secret as ***), and a summary after `bulk`
    #[arg(short = 'v', long, global = true)]
    pub verbose: bool,

    /// Run against the embedded sandbox emulator instead of Pigello; no credentials needed
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// The sandbox's state file [default: <data dir>/pigello/sandbox.json] [env: PIGELLO_SANDBOX_DATA]
    #[arg(long, global = true, value_name = "PATH")]
    pub sandbox_data: Option<PathBuf>,

    /// Check the input and print the requests (secret as ***) instead of sending them
    #[arg(long, global = true, conflicts_with = "curl")]
    pub dry_run: bool,

    /// Print an equivalent curl command per request instead of sending it
    #[arg(long, global = true)]
    pub curl: bool,

    /// When to use colour on stderr; NO_COLOR set means never, unless `always`
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,
}

#[derive(ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// A readable table
    Table,
    /// Pretty-printed JSON: one object, or an array for several
    Json,
    /// One compact JSON object per line
    Ndjson,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Manage integration service ID connections
    #[command(subcommand)]
    Conn(ConnCommand),

    /// The embedded emulator of the API, served for other tools
    #[command(subcommand)]
    Sandbox(SandboxCommand),

    /// Write, show and list the settings
    #[command(subcommand)]
    Config(ConfigCommand),

    /// Print the manual page (roff)
    #[command(after_help = "Example:\n  pigello man | man -l -")]
    Man,

    /// Print a shell completion script
    #[command(after_help = "Examples:\n  \
        pigello completions bash > ~/.local/share/bash-completion/completions/pigello\n  \
        pigello completions zsh > ~/.zfunc/_pigello\n  \
        pigello completions fish > ~/.config/fish/completions/pigello.fish")]
    Completions {
        /// The shell to generate the script for
        shell: Shell,
    },
}

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    /// Write a profile: asks on a terminal, else takes PIGELLO_* variables and flags
    #[command(
        after_help = "On a terminal it asks for the environment and the seven values (the \
        secret without echo), offering existing values as defaults. Without a terminal it takes \
        them from the PIGELLO_* environment variables and --environment / --base-url. The file \
        is written with mode 600; other profiles and comments are kept.\n\nExamples:\n  \
        pigello config init --profile dev\n  \
        PIGELLO_CLIENT_SECRET=... pigello config init --profile ci --environment api --force < /dev/null"
    )]
    Init {
        /// Replace the profile if it exists
        #[arg(long)]
        force: bool,
    },

    /// Show every setting as resolved, and where it came from
    #[command(
        after_help = "The secret is masked except for its last 4 characters.\n\n\
        Example:\n  pigello config show --profile production"
    )]
    Show,

    /// Print the path of the config file in use
    #[command(after_help = "Examples:\n  pigello config path\n  \
        $EDITOR \"$(pigello config path)\"")]
    Path,

    /// List the profiles of the config file, the default one marked
    #[command(after_help = "The default profile is marked with `*`.\n\nExample:\n  \
        pigello config profiles")]
    Profiles,
}

#[derive(Subcommand, Debug)]
pub enum SandboxCommand {
    /// Serve the emulated API on loopback until Ctrl-C
    #[command(
        after_help = "Prints the base URL and the environment lines that point pigello (or \
        anything else) at it.\n\nExample:\n  \
        pigello sandbox serve --listen 127.0.0.1:8787 > sandbox.env &\n  \
        . ./sandbox.env && pigello conn bulk -f examples/connections.json"
    )]
    Serve {
        /// Loopback address and port to listen on (port 0 picks a free one)
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
        listen: String,

        /// The state file (as --sandbox-data)
        #[arg(long, value_name = "PATH")]
        data: Option<PathBuf>,
    },

    /// Forget every connection the sandbox holds
    #[command(after_help = "Examples:\n  pigello sandbox reset\n  \
        pigello sandbox reset --data ci-sandbox.json")]
    Reset {
        /// The state file (as --sandbox-data)
        #[arg(long, value_name = "PATH")]
        data: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ConnCommand {
    /// Create one connection
    #[command(after_help = "Examples:\n  \
        pigello conn create --content-type CT_UUID --object-id OBJ_UUID --external-id erp-1042\n  \
        pigello conn create -f connection.json --hidden")]
    Create(FieldArgs),

    /// Create or update many connections in one request
    #[command(
        after_help = "FILE holds a JSON array of connections, or one JSON object per line \
        (NDJSON).\n\nExamples:\n  \
        pigello conn bulk -f connections.json\n  \
        generate-connections | pigello conn bulk -f - -o ndjson > created.ndjson"
    )]
    Bulk(BulkArgs),

    /// Show connections by primary key
    #[command(
        after_help = "`-` reads PKs from stdin, one per line (blank lines and # comments \
        skipped). A PK that fails is reported and the others still run; the worst exit code \
        wins.\n\nExamples:\n  \
        pigello conn get 497f6eca-6276-4993-bfeb-53cbbbba6f08\n  \
        pigello conn get PK1 PK2 -o ndjson\n  \
        cut -d, -f1 ids.csv | pigello conn get - -o ndjson > export.ndjson"
    )]
    Get(PkArgs),

    /// Change some fields of a connection (only the fields given are sent)
    #[command(after_help = "Examples:\n  \
        pigello conn update PK --external-id erp-2001\n  \
        pigello conn get PK -o json > c.json && $EDITOR c.json && pigello conn update PK -f c.json")]
    Update(UpdateArgs),

    /// Delete connections by primary key
    #[command(
        after_help = "Asks for confirmation on a terminal; elsewhere --yes is required. \
        `-` reads PKs from stdin, one per line (blank lines and # comments skipped).\n\n\
        Examples:\n  pigello conn delete PK1 PK2 --yes\n  \
        jq -r '.[].id' created.json | pigello conn delete - --yes"
    )]
    Delete(DeleteArgs),

    /// Print a JSON skeleton of a connection, ready to fill in
    #[command(after_help = "Examples:\n  \
        pigello conn template > connection.json\n  \
        pigello conn template --bulk > connections.json")]
    Template {
        /// An array of one, for `conn bulk`
        #[arg(long)]
        bulk: bool,
    },
}

/// The fields of a connection, as flags, plus an optional JSON body file.
/// Flags override the file's fields; only the fields given are sent.
#[derive(Args, Debug, Default)]
pub struct FieldArgs {
    /// JSON object with the connection's fields (`-` reads stdin)
    #[arg(short = 'f', long, value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Content type of the Pigello object
    #[arg(long, value_name = "UUID")]
    pub content_type: Option<Uuid>,

    /// Id of the Pigello object
    #[arg(long, value_name = "UUID")]
    pub object_id: Option<Uuid>,

    /// Id of the object in the other system
    #[arg(long, value_name = "TEXT")]
    pub external_id: Option<String>,

    /// Organization the connection belongs to
    #[arg(long, value_name = "UUID", conflicts_with = "no_organization")]
    pub organization: Option<Uuid>,

    /// Send `organization: null`
    #[arg(long)]
    pub no_organization: bool,

    /// Hide the connection; bare `--hidden` means true
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub hidden: Option<bool>,

    /// A further id of your choice (at most 128 characters)
    #[arg(long, value_name = "TEXT", value_parser = parse_custom_id, conflicts_with = "no_custom_id")]
    pub custom_id: Option<String>,

    /// Send `custom_id: null`
    #[arg(long)]
    pub no_custom_id: bool,
}

#[derive(Args, Debug)]
pub struct BulkArgs {
    /// JSON array or NDJSON file of connections (`-` reads stdin)
    #[arg(short = 'f', long, value_name = "PATH")]
    pub file: PathBuf,

    /// Records per request
    #[arg(long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub batch_size: u32,

    /// Requests in flight at once
    #[arg(long, value_name = "N", default_value_t = 4,
          value_parser = clap::value_parser!(u32).range(1..=64))]
    pub concurrency: u32,

    /// Go on sending the other batches after one fails
    #[arg(long)]
    pub keep_going: bool,

    /// Write every record not applied to PATH as NDJSON, ready to resume with `-f PATH`
    #[arg(long, value_name = "PATH")]
    pub failed_output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct PkArgs {
    /// Primary keys (UUIDs) of the connections; `-` reads them from stdin
    #[arg(value_name = "PK", required = true)]
    pub pks: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Primary key (UUID) of the connection
    #[arg(value_name = "PK")]
    pub pk: String,

    #[command(flatten)]
    pub fields: FieldArgs,
}

#[derive(Args, Debug)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub pks: PkArgs,

    /// Delete without asking for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
}

fn parse_custom_id(value: &str) -> Result<String, String> {
    check_custom_id(value).map(|()| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_work_after_the_subcommand() {
        let cli = Cli::try_parse_from([
            "pigello",
            "conn",
            "get",
            "x",
            "--profile",
            "p",
            "-o",
            "ndjson",
        ])
        .unwrap();
        assert_eq!(cli.global.profile.as_deref(), Some("p"));
        assert_eq!(cli.global.output, Some(OutputFormat::Ndjson));
    }

    #[test]
    fn bare_hidden_means_true() {
        let cli = Cli::try_parse_from(["pigello", "conn", "create", "--hidden"]).unwrap();
        let Command::Conn(ConnCommand::Create(fields)) = cli.command else {
            panic!("parsed as another command");
        };
        assert_eq!(fields.hidden, Some(true));
        let cli = Cli::try_parse_from(["pigello", "conn", "create", "--hidden", "false"]).unwrap();
        let Command::Conn(ConnCommand::Create(fields)) = cli.command else {
            panic!("parsed as another command");
        };
        assert_eq!(fields.hidden, Some(false));
    }

    #[test]
    fn custom_id_longer_than_the_limit_is_refused() {
        assert!(parse_custom_id(&"é".repeat(128)).is_ok());
        assert!(parse_custom_id(&"é".repeat(129)).is_err());
    }
}
