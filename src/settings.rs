//! Resolves the settings a command runs with: command-line flag, then
//! environment variable, then the selected profile of the config file.
//!
//! The result is one `Settings` value; nothing else reads PIGELLO_* variables
//! or the config file.

use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::ValueEnum;
use reqwest::Url;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::error::Error;
use crate::sandbox;
use crate::terminal;

/// A value that must never be printed: Debug and Display show `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Self {
        Secret(value)
    }

    /// The real value, for the one place that needs it: the request header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// One credential: its profile key, environment variable and request header.
pub struct Credential {
    pub key: &'static str,
    pub env: &'static str,
    pub header: &'static str,
}

const fn credential(key: &'static str, env: &'static str, header: &'static str) -> Credential {
    Credential { key, env, header }
}

/// The seven credentials every request carries. The last one is the secret.
pub const CREDENTIALS: [Credential; 7] = [
    credential(
        "customer_id",
        "PIGELLO_CUSTOMER_ID",
        "X-PIGELLO-CUSTOMER-ID",
    ),
    credential(
        "application_id",
        "PIGELLO_APPLICATION_ID",
        "X-PIGELLO-APPLICATION-ID",
    ),
    credential("service_id", "PIGELLO_SERVICE_ID", "X-PIGELLO-SERVICE-ID"),
    credential(
        "service_version_id",
        "PIGELLO_SERVICE_VERSION_ID",
        "X-PIGELLO-SERVICE-VERSION-ID",
    ),
    credential("client_ct", "PIGELLO_CLIENT_CT", "X-PIGELLO-CLIENT-CT"),
    credential(
        "client_entity",
        "PIGELLO_CLIENT_ENTITY",
        "X-PIGELLO-CLIENT-ENTITY",
    ),
    credential(SECRET_KEY, "PIGELLO_CLIENT_SECRET", SECRET_HEADER),
];

const SECRET_KEY: &str = "client_secret";
pub const SECRET_HEADER: &str = "X-PIGELLO-CLIENT-SECRET";

/// Profile keys that are not credentials, and whether each is a number.
const OTHER_KEYS: [(&str, bool); 7] = [
    ("environment", false),
    ("base_url", false),
    ("output", false),
    ("timeout", true),
    ("retries", true),
    ("ca_cert", false),
    ("client_secret_command", false),
];

const SECRET_COMMAND_KEY: &str = "client_secret_command";

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_RETRIES: u32 = 3;

/// What a command runs with, fully resolved and checked.
#[derive(Debug)]
pub struct Settings {
    /// Scheme, host and optional path prefix, without a trailing slash.
    pub base_url: String,
    /// `(header, value)` for the six credentials that are not secret.
    pub ids: Vec<(&'static str, String)>,
    pub client_secret: Secret,
    /// `None` leaves the choice to the output module (table on a terminal).
    pub output: Option<OutputFormat>,
    /// Bounds connecting and the whole of each request.
    pub timeout: Duration,
    /// Further attempts after the first, where a retry is safe.
    pub retries: u32,
    /// A PEM file of further CA certificates to trust.
    pub ca_cert: Option<PathBuf>,
    /// Print each request and response on stderr.
    pub verbose: bool,
    /// Run against the embedded sandbox, keeping its state in this file.
    pub sandbox: Option<PathBuf>,
}

/// Reads an environment variable; a function so tests can supply their own.
pub type EnvLookup<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The environment of this process, with empty variables counted as unset.
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}

/// The config file, its selected profile, and what they say.
struct Profile {
    path: PathBuf,
    file_exists: bool,
    name: String,
    table: toml::Table,
}

impl Profile {
    fn get(&self, key: &str) -> Option<String> {
        // Types were checked when the profile was loaded.
        self.table.get(key).map(|value| match value {
            toml::Value::String(text) => text.clone(),
            other => other.to_string(),
        })
    }

    fn describe(&self) -> String {
        let missing = if self.file_exists { "" } else { ", not found" };
        format!(
            "profile \"{}\" in {}{missing}",
            self.name,
            self.path.display()
        )
    }
}

/// Resolves every setting, or fails listing all that are missing.
pub fn resolve(global: &GlobalArgs, env: EnvLookup) -> Result<Settings, Error> {
    let profile = load_profile(global, env)?;
    let output = match lookup(None, "PIGELLO_OUTPUT", "output", env, &profile) {
        _ if global.output.is_some() => global.output,
        Some((name, source)) => Some(OutputFormat::from_str(&name, false).map_err(|_| {
            Error::Config(format!(
                "{source}: unknown output format \"{name}\" (expected table, json or ndjson)"
            ))
        })?),
        None => None,
    };

    let timeout = lookup(
        global.timeout.map(|secs| secs.to_string()),
        "PIGELLO_TIMEOUT",
        "timeout",
        env,
        &profile,
    )
    .map(|found| {
        whole_number(
            found,
            1,
            u64::MAX,
            "timeout must be a whole number of seconds above 0",
        )
    })
    .transpose()?
    .map_or(DEFAULT_TIMEOUT, Duration::from_secs);
    let retries = lookup(
        global.retries.map(|n| n.to_string()),
        "PIGELLO_RETRIES",
        "retries",
        env,
        &profile,
    )
    .map(|found| {
        whole_number(
            found,
            0,
            u32::MAX.into(),
            "retries must be a whole number from 0",
        )
    })
    .transpose()?
    // Within u32: whole_number checked the range.
    .map_or(DEFAULT_RETRIES, |n| n as u32);
    let ca_cert = lookup(
        global
            .cacert
            .as_ref()
            .map(|path| path.display().to_string()),
        "PIGELLO_CA_CERT",
        "ca_cert",
        env,
        &profile,
    )
    .map(|(path, _)| PathBuf::from(path));

    let (base_url, environment) = target(global, env, &profile);
    if global.sandbox
        || environment
            .as_ref()
            .is_some_and(|(name, _)| name == sandbox::ENVIRONMENT)
    {
        let data = sandbox_data(global.sandbox_data.clone(), env)?;
        return Ok(Settings {
            // Known once the sandbox is started.
            base_url: String::new(),
            ids: sandbox::CREDENTIALS[..6]
                .iter()
                .map(|(header, value)| (*header, (*value).to_owned()))
                .collect(),
            client_secret: Secret::new(sandbox::CREDENTIALS[6].1.to_owned()),
            output,
            timeout,
            retries,
            ca_cert: None,
            verbose: global.verbose,
            sandbox: Some(data),
        });
    }

    let mut missing = Vec::new();
    let mut ids = Vec::new();
    let mut secret = None;
    for credential in &CREDENTIALS {
        let found = lookup(None, credential.env, credential.key, env, &profile);
        let found = match found {
            None if credential.key == SECRET_KEY => secret_from_command(&profile)?,
            found => found,
        };
        let Some((value, source)) = found else {
            missing.push(format!(
                "{}: set {} or `{}` in the profile",
                credential.key, credential.env, credential.key
            ));
            continue;
        };
        check_header_value(credential.key, &value, &source)?;
        if credential.key == SECRET_KEY && value.is_empty() {
            return Err(Error::Config(format!("{source}: client_secret is empty")));
        }
        if credential.key == SECRET_KEY {
            secret = Some(Secret::new(value));
        } else {
            ids.push((credential.header, value));
        }
    }

    let base_url = match (base_url, environment) {
        (Some((url, source)), _) => Some(check_base_url(&url, &source)?),
        (None, Some((name, source))) => Some(environment_url(&name, &source)?),
        (None, None) => {
            missing.push(
                "environment: set --environment, PIGELLO_ENVIRONMENT or `environment` in the \
                 profile (`api` for production, `dev.api` for development, `sandbox` for the \
                 embedded emulator), or a base URL with --base-url, PIGELLO_BASE_URL or `base_url`"
                    .to_owned(),
            );
            None
        }
    };

    match (base_url, secret) {
        (Some(base_url), Some(client_secret)) if missing.is_empty() => Ok(Settings {
            base_url,
            ids,
            client_secret,
            output,
            timeout,
            retries,
            ca_cert,
            verbose: global.verbose,
            sandbox: None,
        }),
        _ => Err(Error::Config(format!(
            "missing settings ({}):\n  {}",
            profile.describe(),
            missing.join("\n  ")
        ))),
    }
}

/// One setting as `config show` reports it.
pub struct Shown {
    pub key: &'static str,
    pub value: String,
    /// `flag`, `env`, `file` or `default`.
    pub source: &'static str,
}

/// Every setting as it resolves, and where it came from, without failing
/// on missing ones. The secret is masked but for its last 4 characters.
pub fn describe(global: &GlobalArgs, env: EnvLookup) -> Result<Vec<Shown>, Error> {
    let config = read_config_file(global, env)?;
    let (name, _) = config.chosen_profile(global, env);
    let (path, exists, default_profile) = (
        config.path.clone(),
        config.exists,
        config.default_profile.is_some(),
    );
    let profile = profile_from(config, global, env)?;
    let kind = |source: &str| origin(source).name();
    let mut rows = Vec::new();
    let config_source = match (&global.config, env("PIGELLO_CONFIG")) {
        (Some(_), _) => "flag",
        (None, Some(_)) => "env",
        (None, None) => "default",
    };
    let missing = if exists { "" } else { " (not found)" };
    rows.push(Shown {
        key: "config",
        value: format!("{}{missing}", path.display()),
        source: config_source,
    });
    let profile_source = if global.profile.is_some() {
        "flag"
    } else if env("PIGELLO_PROFILE").is_some() {
        "env"
    } else if default_profile {
        "file"
    } else {
        "default"
    };
    rows.push(Shown {
        key: "profile",
        value: name,
        source: profile_source,
    });
    for credential in &CREDENTIALS {
        let found = lookup(None, credential.env, credential.key, env, &profile);
        let row = match found {
            Some((value, source)) if credential.key == SECRET_KEY => (mask(&value), kind(&source)),
            Some((value, source)) => (value, kind(&source)),
            None => match profile.get(SECRET_COMMAND_KEY) {
                Some(command) if credential.key == SECRET_KEY => {
                    (format!("(printed by `{command}`)"), "file")
                }
                _ => ("(not set)".to_owned(), "-"),
            },
        };
        rows.push(Shown {
            key: credential.key,
            value: row.0,
            source: row.1,
        });
    }
    let flags: [(&'static str, &str, Option<String>, &str); 7] = [
        (
            "environment",
            "PIGELLO_ENVIRONMENT",
            global.environment.clone(),
            "(not set)",
        ),
        (
            "base_url",
            "PIGELLO_BASE_URL",
            global.base_url.clone(),
            "(not set)",
        ),
        (
            "output",
            "PIGELLO_OUTPUT",
            global
                .output
                .and_then(|o| o.to_possible_value())
                .map(|v| v.get_name().to_owned()),
            "table on a terminal, json otherwise",
        ),
        (
            "timeout",
            "PIGELLO_TIMEOUT",
            global.timeout.map(|t| t.to_string()),
            "30",
        ),
        (
            "retries",
            "PIGELLO_RETRIES",
            global.retries.map(|r| r.to_string()),
            "3",
        ),
        (
            "ca_cert",
            "PIGELLO_CA_CERT",
            global.cacert.as_ref().map(|p| p.display().to_string()),
            "(none)",
        ),
        (
            "sandbox_data",
            "PIGELLO_SANDBOX_DATA",
            global
                .sandbox_data
                .as_ref()
                .map(|p| p.display().to_string()),
            "<data dir>/pigello/sandbox.json",
        ),
    ];
    for (key, variable, flag, default) in flags {
        let (value, source) = match lookup(flag, variable, key, env, &profile) {
            Some((value, source)) => (value, kind(&source)),
            None => (default.to_owned(), "default"),
        };
        rows.push(Shown { key, value, source });
    }
    // Where requests go, as the two settings above decide it together.
    let (value, source) = match target(global, env, &profile) {
        _ if global.sandbox => ("the sandbox".to_owned(), "flag"),
        (_, Some((name, source))) if name == sandbox::ENVIRONMENT => {
            ("the sandbox".to_owned(), kind(&source))
        }
        (Some((url, source)), _) => (url, kind(&source)),
        (_, Some((name, source))) => (format!("https://{name}.pigello.io"), kind(&source)),
        (None, None) => ("(not set)".to_owned(), "-"),
    };
    rows.push(Shown {
        key: "requests_go_to",
        value,
        source,
    });
    Ok(rows)
}

/// The secret as `config show` prints it: its last 4 characters at most.
fn mask(secret: &str) -> String {
    let count = secret.chars().count();
    if count < 12 {
        return "***".to_owned();
    }
    let tail: String = secret.chars().skip(count - 4).collect();
    format!("***{tail}")
}

/// The sandbox's state file: the one named (a flag), else
/// PIGELLO_SANDBOX_DATA, else `<data dir>/pigello/sandbox.json`.
pub fn sandbox_data(named: Option<PathBuf>, env: EnvLookup) -> Result<PathBuf, Error> {
    match named.or_else(|| env("PIGELLO_SANDBOX_DATA").map(PathBuf::from)) {
        Some(path) => Ok(path),
        None => sandbox::default_data_path(),
    }
}

/// Where requests go: a base URL or an environment name (with sources), at
/// most one of them. The setting from the nearer level (flag, then
/// environment variable, then profile) wins; at one level a base URL beats
/// an environment name.
type Found = Option<(String, String)>;

fn target(global: &GlobalArgs, env: EnvLookup, profile: &Profile) -> (Found, Found) {
    let environment = lookup(
        global.environment.clone(),
        "PIGELLO_ENVIRONMENT",
        "environment",
        env,
        profile,
    );
    let base_url = lookup(
        global.base_url.clone(),
        "PIGELLO_BASE_URL",
        "base_url",
        env,
        profile,
    );
    match (base_url, environment) {
        (Some(url), Some(name)) if origin(&name.1) > origin(&url.1) => (None, Some(name)),
        (Some(url), _) => (Some(url), None),
        (None, name) => (None, name),
    }
}

/// A setting that must be a whole number from `min` to `max`; `rule` says
/// so when it is not.
fn whole_number(
    (value, source): (String, String),
    min: u64,
    max: u64,
    rule: &str,
) -> Result<u64, Error> {
    match value.parse::<u64>() {
        Ok(number) if (min..=max).contains(&number) => Ok(number),
        _ => Err(Error::Config(format!("{source}: {rule}, not \"{value}\""))),
    }
}

/// Where a setting came from, ordered by how near to this run that is.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Origin {
    File,
    Env,
    Flag,
}

impl Origin {
    fn name(&self) -> &'static str {
        match self {
            Origin::File => "file",
            Origin::Env => "env",
            Origin::Flag => "flag",
        }
    }
}

/// The origin of a source as `lookup` names it.
fn origin(source: &str) -> Origin {
    if source.starts_with("--") {
        Origin::Flag
    } else if source.starts_with("PIGELLO_") {
        Origin::Env
    } else {
        Origin::File
    }
}

/// One setting: the flag if given, else the environment variable, else the
/// profile. The second value says where it came from, for error messages.
fn lookup(
    flag: Option<String>,
    env_name: &str,
    key: &str,
    env: EnvLookup,
    profile: &Profile,
) -> Option<(String, String)> {
    if let Some(value) = flag {
        let flag = match key {
            "ca_cert" => "--cacert".to_owned(),
            _ => format!("--{}", key.replace('_', "-")),
        };
        return Some((value, flag));
    }
    if let Some(value) = env(env_name) {
        return Some((value, env_name.to_owned()));
    }
    profile
        .get(key)
        .map(|value| (value, format!("`{key}` in {}", profile.describe())))
}

/// The config file's parts, as read.
pub struct ConfigFile {
    pub path: PathBuf,
    pub exists: bool,
    pub default_profile: Option<String>,
    pub profiles: toml::Table,
}

impl ConfigFile {
    /// The profile chosen by flag, environment, `default_profile`, else
    /// `default`; and whether anything chose it explicitly.
    pub fn chosen_profile(&self, global: &GlobalArgs, env: EnvLookup) -> (String, bool) {
        let chosen = global
            .profile
            .clone()
            .or_else(|| env("PIGELLO_PROFILE"))
            .or_else(|| self.default_profile.clone());
        let explicit = chosen.is_some();
        (chosen.unwrap_or_else(|| "default".to_owned()), explicit)
    }
}

/// The config file in use: `--config`, PIGELLO_CONFIG, else the default
/// location; and whether it was named explicitly.
pub fn config_path(global: &GlobalArgs, env: EnvLookup) -> Result<(PathBuf, bool), Error> {
    Ok(match (&global.config, env("PIGELLO_CONFIG")) {
        (Some(path), _) => (path.clone(), true),
        (None, Some(path)) => (PathBuf::from(path), true),
        (None, None) => (default_config_path()?, false),
    })
}

/// Reads and checks the top level of the config file; an absent default
/// file is an empty one.
pub fn read_config_file(global: &GlobalArgs, env: EnvLookup) -> Result<ConfigFile, Error> {
    let (path, explicit) = config_path(global, env)?;
    parse_config_file(path, explicit)
}

/// As `read_config_file`, for a file about to be written: an absent one is
/// empty even when named explicitly.
pub fn read_config_file_to_write(global: &GlobalArgs, env: EnvLookup) -> Result<ConfigFile, Error> {
    let (path, _) = config_path(global, env)?;
    parse_config_file(path, false)
}

fn parse_config_file(path: PathBuf, explicit_path: bool) -> Result<ConfigFile, Error> {
    let file = read_config(&path, explicit_path)?;
    let file_exists = file.is_some();
    let mut file = file.unwrap_or_default();

    let default_profile = match file.remove("default_profile") {
        None => None,
        Some(toml::Value::String(name)) => Some(name),
        Some(_) => {
            return Err(Error::Config(format!(
                "{}: `default_profile` must be a string",
                path.display()
            )))
        }
    };
    let profiles = match file.remove("profiles") {
        None => toml::Table::new(),
        Some(toml::Value::Table(profiles)) => profiles,
        Some(_) => {
            return Err(Error::Config(format!(
                "{}: `profiles` must be a table of [profiles.NAME] tables",
                path.display()
            )))
        }
    };
    if let Some(key) = file.keys().next() {
        return Err(Error::Config(format!(
            "{}: unknown top-level key `{key}` (expected `default_profile` and [profiles.NAME] tables)",
            path.display()
        )));
    }
    Ok(ConfigFile {
        path,
        exists: file_exists,
        default_profile,
        profiles,
    })
}

fn load_profile(global: &GlobalArgs, env: EnvLookup) -> Result<Profile, Error> {
    profile_from(read_config_file(global, env)?, global, env)
}

/// The chosen profile of a config file already read, its keys checked.
fn profile_from(config: ConfigFile, global: &GlobalArgs, env: EnvLookup) -> Result<Profile, Error> {
    let (name, explicit_profile) = config.chosen_profile(global, env);
    let ConfigFile {
        path,
        exists: file_exists,
        mut profiles,
        ..
    } = config;

    let table = match profiles.remove(&name) {
        Some(toml::Value::Table(table)) => table,
        Some(_) => {
            return Err(Error::Config(format!(
                "{}: profile \"{name}\" must be a table ([profiles.{name}])",
                path.display()
            )))
        }
        None if explicit_profile => {
            let known: Vec<&str> = profiles.keys().map(String::as_str).collect();
            let known = if known.is_empty() {
                "it has none".to_owned()
            } else {
                format!("it has: {}", known.join(", "))
            };
            let location = if file_exists {
                format!("{} ({known})", path.display())
            } else {
                format!("{} (file not found)", path.display())
            };
            return Err(Error::Config(format!(
                "unknown profile \"{name}\" in {location}"
            )));
        }
        None => toml::Table::new(),
    };

    for (key, value) in &table {
        let number = match OTHER_KEYS.iter().find(|(known, _)| known == key) {
            Some((_, number)) => *number,
            None if CREDENTIALS.iter().any(|c| c.key == key) => false,
            None => {
                let other: Vec<&str> = OTHER_KEYS.iter().map(|(key, _)| *key).collect();
                return Err(Error::Config(format!(
                    "{}: unknown key `{key}` in profile \"{name}\" (known keys: {}, {})",
                    path.display(),
                    CREDENTIALS.map(|c| c.key).join(", "),
                    other.join(", ")
                )));
            }
        };
        match value {
            toml::Value::String(_) if !number => {}
            toml::Value::Integer(n) if number && *n >= 0 => {}
            _ => {
                let want = if number {
                    "a whole number from 0"
                } else {
                    "a string"
                };
                return Err(Error::Config(format!(
                    "{}: `{key}` in profile \"{name}\" must be {want}",
                    path.display()
                )));
            }
        }
    }
    if table.contains_key(SECRET_KEY) && table.contains_key(SECRET_COMMAND_KEY) {
        return Err(Error::Config(format!(
            "{}: profile \"{name}\" has both `{SECRET_KEY}` and `{SECRET_COMMAND_KEY}`; keep one",
            path.display()
        )));
    }
    if profiles_hold_secret(&table, &profiles) {
        warn_if_readable_by_others(&path);
    }

    Ok(Profile {
        path,
        file_exists,
        name,
        table,
    })
}

fn profiles_hold_secret(selected: &toml::Table, others: &toml::Table) -> bool {
    selected.contains_key(SECRET_KEY)
        || others
            .values()
            .filter_map(toml::Value::as_table)
            .any(|profile| profile.contains_key(SECRET_KEY))
}

/// A secret in a file others can read is a secret shared; say so.
#[cfg(unix)]
fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(metadata) = std::fs::metadata(path) {
        if metadata.permissions().mode() & 0o077 != 0 {
            terminal::say(&format!(
                "warning: {0} holds client_secret and can be read by other users; \
                 run `chmod 600 {0}`",
                path.display()
            ));
        }
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_path: &Path) {}

/// The secret from the profile's `client_secret_command`: run without a
/// shell, its trimmed stdout. Its output is never quoted in errors.
fn secret_from_command(profile: &Profile) -> Result<Option<(String, String)>, Error> {
    let Some(command) = profile.get(SECRET_COMMAND_KEY) else {
        return Ok(None);
    };
    let source = format!("`{SECRET_COMMAND_KEY}` in {}", profile.describe());
    let fail = |why: String| Error::Config(format!("{source}: `{command}` {why}"));
    let words = split_words(&command).map_err(|why| fail(why.to_owned()))?;
    let Some((program, args)) = words.split_first() else {
        return Err(fail("is empty".to_owned()));
    };
    let output = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::inherit())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|err| fail(format!("could not be run: {err}")))?;
    if !output.status.success() {
        return Err(fail(format!("failed ({})", output.status)));
    }
    let secret = String::from_utf8(output.stdout)
        .map_err(|_| fail("printed something that is not UTF-8 text".to_owned()))?;
    let secret = secret.trim();
    if secret.is_empty() {
        return Err(fail("printed nothing".to_owned()));
    }
    Ok(Some((secret.to_owned(), source)))
}

/// Splits a command line into words as a shell would for plain words and
/// quotes ('single', "double", backslash escapes), without running one.
fn split_words(line: &str) -> Result<Vec<String>, &'static str> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => words.extend(word.take()),
            '\'' => {
                let current = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => current.push(c),
                        None => return Err("has an unclosed ' quote"),
                    }
                }
            }
            '"' => {
                let current = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c) => current.push(c),
                            None => return Err("ends with a lone backslash"),
                        },
                        Some(c) => current.push(c),
                        None => return Err("has an unclosed \" quote"),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(c) => word.get_or_insert_with(String::new).push(c),
                None => return Err("ends with a lone backslash"),
            },
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Ok(words)
}

fn default_config_path() -> Result<PathBuf, Error> {
    dirs::config_dir()
        .map(|dir| dir.join("pigello").join("config.toml"))
        .ok_or_else(|| {
            Error::Config(
                "cannot find the user's config folder (is HOME set?); name a config file with \
                 --config or PIGELLO_CONFIG"
                    .to_owned(),
            )
        })
}

/// The parsed file, or `None` when the default file does not exist.
fn read_config(path: &Path, explicit: bool) -> Result<Option<toml::Table>, Error> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => return Ok(None),
        Err(err) => {
            return Err(Error::Config(format!(
                "cannot read config file {}: {err}",
                path.display()
            )))
        }
    };
    parse_config(&text)
        .map(Some)
        .map_err(|msg| Error::Config(format!("{}: {msg}", path.display())))
}

/// Parses the config text. The error names the line but never quotes it:
/// the line may hold the secret.
fn parse_config(text: &str) -> Result<toml::Table, String> {
    text.parse::<toml::Table>().map_err(|err| {
        let line = err
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        let message = err.message().trim_end();
        match line {
            Some(line) => format!("invalid TOML on line {line}: {message}"),
            None => format!("invalid TOML: {message}"),
        }
    })
}

/// Checks one profile value as a run would: environment names, base URLs
/// and credentials that can be sent as headers.
pub fn check_value(key: &str, value: &str, source: &str) -> Result<(), Error> {
    match key {
        "environment" if value == sandbox::ENVIRONMENT => Ok(()),
        "environment" => environment_url(value, source).map(drop),
        "base_url" => check_base_url(value, source).map(drop),
        _ => check_header_value(key, value, source),
    }
}

/// Header values must be visible ASCII; the value itself is never quoted.
fn check_header_value(key: &str, value: &str, source: &str) -> Result<(), Error> {
    if value.bytes().all(|b| (0x20..0x7f).contains(&b)) && value.trim() == value {
        return Ok(());
    }
    Err(Error::Config(format!(
        "{key} from {source} has characters that cannot be sent in a header \
         (control characters, non-ASCII, or surrounding spaces)"
    )))
}

fn environment_url(name: &str, source: &str) -> Result<String, Error> {
    let valid_label = |label: &str| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if !name.split('.').all(valid_label) {
        return Err(Error::Config(format!(
            "{source}: \"{name}\" is not an environment name (expected e.g. `api` or `dev.api`)"
        )));
    }
    Ok(format!("https://{}.pigello.io", name.to_ascii_lowercase()))
}

/// A URL as errors show it: without user, password, query or fragment,
/// any of which may hold a credential.
fn shown_url(url: &Url) -> String {
    let port = url
        .port()
        .map(|port| format!(":{port}"))
        .unwrap_or_default();
    let path = url.path().trim_end_matches('/');
    format!(
        "{}://{}{port}{path}",
        url.scheme(),
        url.host_str().unwrap_or_default()
    )
}

fn check_base_url(raw: &str, source: &str) -> Result<String, Error> {
    // The raw text is never quoted: it may hold a password or a token.
    let url = Url::parse(raw).map_err(|err| {
        Error::Config(format!("{source}: the base URL is not a valid URL ({err})"))
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(format!(
            "{source}: the base URL must not contain a user name or password"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Config(format!(
            "{source}: the base URL {} must not have a query or fragment",
            shown_url(&url)
        )));
    }
    let raw = shown_url(&url);
    let host = url.host_str().unwrap_or_default();
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match url.scheme() {
        "https" if !host.is_empty() => {}
        "http" if loopback => {}
        "http" => {
            return Err(Error::Config(format!(
                "{source}: \"{raw}\" uses http://, which would send the credentials unencrypted; \
                 use https:// (http:// is allowed only for loopback hosts)"
            )))
        }
        _ => {
            return Err(Error::Config(format!(
                "{source}: \"{raw}\" is not an https:// URL with a host"
            )))
        }
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn full_env() -> HashMap<&'static str, String> {
        let mut env: HashMap<&'static str, String> = CREDENTIALS
            .iter()
            .map(|c| (c.env, format!("env-{}", c.key)))
            .collect();
        env.insert("PIGELLO_ENVIRONMENT", "dev.api".into());
        env.insert("PIGELLO_CONFIG", "/nonexistent/pigello/config.toml".into());
        env
    }

    fn resolve_with(
        global: &GlobalArgs,
        env: &HashMap<&'static str, String>,
    ) -> Result<Settings, Error> {
        let lookup = |name: &str| env.get(name).cloned();
        resolve(global, &lookup)
    }

    #[test]
    fn secret_is_redacted_in_debug_and_display() {
        let secret = Secret::new("hunter2".into());
        assert_eq!(format!("{secret:?} {secret}"), "*** ***");
    }

    #[test]
    fn environment_variables_alone_are_enough() {
        let mut env = full_env();
        env.remove("PIGELLO_CONFIG");
        // An explicit config path that does not exist is an error...
        let err = resolve_with(
            &GlobalArgs::default(),
            &HashMap::from([("PIGELLO_CONFIG", "/nonexistent/x.toml".to_owned())]),
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(err
            .to_string()
            .contains("cannot read config file /nonexistent/x.toml"));
        // ...but the settings themselves resolve from the environment.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "").unwrap();
        env.insert("PIGELLO_CONFIG", path.display().to_string());
        let settings = resolve_with(&GlobalArgs::default(), &env).unwrap();
        assert_eq!(settings.base_url, "https://dev.api.pigello.io");
        assert_eq!(settings.client_secret.expose(), "env-client_secret");
        assert_eq!(
            settings.ids[0],
            ("X-PIGELLO-CUSTOMER-ID", "env-customer_id".into())
        );
        assert_eq!(settings.ids.len(), 6);
        assert_eq!(settings.output, None);
    }

    #[test]
    fn flag_beats_environment_beats_profile() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "[profiles.default]\nenvironment = \"api\"\noutput = \"table\"\ncustomer_id = \"file\"\n",
        )
        .unwrap();
        let mut env = full_env();
        env.insert("PIGELLO_CONFIG", path.display().to_string());
        env.remove("PIGELLO_CUSTOMER_ID");
        env.remove("PIGELLO_ENVIRONMENT");

        let settings = resolve_with(&GlobalArgs::default(), &env).unwrap();
        assert_eq!(settings.base_url, "https://api.pigello.io");
        assert_eq!(settings.ids[0].1, "file");
        assert_eq!(settings.output, Some(OutputFormat::Table));

        env.insert("PIGELLO_ENVIRONMENT", "dev.api".into());
        env.insert("PIGELLO_OUTPUT", "ndjson".into());
        let settings = resolve_with(&GlobalArgs::default(), &env).unwrap();
        assert_eq!(settings.base_url, "https://dev.api.pigello.io");
        assert_eq!(settings.output, Some(OutputFormat::Ndjson));

        let flags = GlobalArgs {
            environment: Some("api".into()),
            output: Some(OutputFormat::Json),
            ..GlobalArgs::default()
        };
        let settings = resolve_with(&flags, &env).unwrap();
        assert_eq!(settings.base_url, "https://api.pigello.io");
        assert_eq!(settings.output, Some(OutputFormat::Json));
    }

    #[test]
    fn missing_settings_are_listed_together() {
        let env = HashMap::from([
            ("PIGELLO_CONFIG", "/nonexistent-dir/none.toml".to_owned()),
            ("PIGELLO_CUSTOMER_ID", "c".to_owned()),
        ]);
        // An explicit missing file is its own error, so point at an empty file.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "").unwrap();
        let mut env = env;
        env.insert("PIGELLO_CONFIG", path.display().to_string());
        let err = resolve_with(&GlobalArgs::default(), &env).unwrap_err();
        let text = err.to_string();
        assert_eq!(err.exit_code(), 3);
        assert!(!text.contains("customer_id:"), "{text}");
        for key in [
            "application_id",
            "service_id",
            "service_version_id",
            "client_ct",
            "client_entity",
            "client_secret",
            "environment",
        ] {
            assert!(
                text.contains(&format!("\n  {key}: set ")),
                "{key} not in {text}"
            );
        }
    }

    #[test]
    fn toml_errors_name_the_line_but_never_quote_it() {
        let text = "[profiles.default]\nclient_secret = \"s3cr3t-value\nenvironment = \"api\"\n";
        let msg = parse_config(text).unwrap_err();
        assert!(msg.starts_with("invalid TOML on line 2:"), "{msg}");
        assert!(!msg.contains("s3cr3t"), "{msg}");
    }

    #[test]
    fn base_urls_must_be_https_unless_loopback() {
        assert_eq!(
            check_base_url("http://127.0.0.1:8080/", "x").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert!(check_base_url("http://localhost:1", "x").is_ok());
        assert!(check_base_url("http://[::1]:1", "x").is_ok());
        assert_eq!(
            check_base_url("https://proxy.example/pigello/", "x").unwrap(),
            "https://proxy.example/pigello"
        );
        assert_eq!(
            check_base_url("http://10.0.0.1", "x")
                .unwrap_err()
                .exit_code(),
            3
        );
        assert!(check_base_url("ftp://host", "x").is_err());
        let err = check_base_url("https://host/?token=t0ken", "x").unwrap_err();
        assert!(!err.to_string().contains("t0ken"), "{err}");
        let err = check_base_url("https://user:pw@host", "x").unwrap_err();
        assert!(!err.to_string().contains("pw"));
        let err = check_base_url("https://user:pw@exa mple.com", "x").unwrap_err();
        assert!(!err.to_string().contains("pw"), "{err}");
    }

    #[test]
    fn a_masked_secret_shows_at_most_its_last_four_characters() {
        assert_eq!(mask("abcdefghijklmnop"), "***mnop");
        assert_eq!(mask("short-secret"), "***cret");
        assert_eq!(mask("tiny"), "***");
        assert_eq!(mask("eleven-char"), "***");
    }

    #[test]
    fn command_lines_split_into_words_without_a_shell() {
        assert_eq!(
            split_words("pass show pigello/dev").unwrap(),
            ["pass", "show", "pigello/dev"]
        );
        assert_eq!(
            split_words(r#"sh -c 'echo "a b"' "x\"y" z\ w ''"#).unwrap(),
            ["sh", "-c", "echo \"a b\"", "x\"y", "z w", ""]
        );
        assert!(split_words("a 'b").is_err());
        assert!(split_words("a \"b").is_err());
        assert!(split_words("a \\").is_err());
        assert_eq!(split_words("  ").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn environment_names_cannot_inject_a_host() {
        assert_eq!(
            environment_url("dev.api", "x").unwrap(),
            "https://dev.api.pigello.io"
        );
        for bad in ["", "evil.com/", "a..b", "a b", "-x", "x@y"] {
            assert!(environment_url(bad, "x").is_err(), "{bad:?} accepted");
        }
    }
}
