//! `pigello config init|show|path|profiles`: the settings, written and read
//! back.

use std::path::Path;

use serde_json::json;
use toml_edit::{DocumentMut, Item, Table};

use crate::cli::GlobalArgs;
use crate::error::Error;
use crate::files;
use crate::output::{self, choose_format, Printer};
use crate::settings::{self, process_env, CREDENTIALS};
use crate::terminal;

/// `config path`: the file in use, whether or not it exists yet.
pub fn path(global: &GlobalArgs) -> Result<(), Error> {
    let (path, _) = settings::config_path(global, &process_env)?;
    output::raw(format!("{}\n", path.display()).as_bytes())?;
    Ok(())
}

/// `config profiles`: one name a line, the default marked with `*`.
pub fn profiles(global: &GlobalArgs) -> Result<(), Error> {
    let config = settings::read_config_file(global, &process_env)?;
    let default = config.default_profile.as_deref().unwrap_or("default");
    let mut text = String::new();
    for name in config.profiles.keys() {
        let mark = if name == default { '*' } else { ' ' };
        text.push_str(&format!("{mark} {name}\n"));
    }
    output::raw(text.as_bytes())?;
    Ok(())
}

/// `config show`: every setting, its value and where it came from.
pub fn show(global: &GlobalArgs) -> Result<(), Error> {
    let rows: Vec<serde_json::Value> = settings::describe(global, &process_env)?
        .into_iter()
        .map(|row| json!({"setting": row.key, "value": row.value, "source": row.source}))
        .collect();
    Printer::stdout(choose_format(global.output)).many(&rows)?;
    Ok(())
}

/// `config init`: writes one profile, asking on a terminal, else taking the
/// PIGELLO_* variables and the flags.
pub fn init(global: &GlobalArgs, force: bool) -> Result<(), Error> {
    // A file named with --config may not exist yet: init creates it.
    let config = settings::read_config_file_to_write(global, &process_env)?;
    let (name, _) = config.chosen_profile(global, &process_env);
    let existing = config
        .profiles
        .get(&name)
        .and_then(|p| p.as_table())
        .cloned();
    if existing.is_some() && !force {
        return Err(Error::Usage(format!(
            "profile \"{name}\" exists in {}; --force replaces it",
            config.path.display()
        )));
    }
    // Values, or the defaults offered: the environment of this run, else
    // what the profile held.
    let held = |key: &str| -> Option<String> {
        existing
            .as_ref()
            .and_then(|table| table.get(key))
            .and_then(|value| value.as_str())
            .map(str::to_owned)
    };
    let current = |key: &str, variable: &str| process_env(variable).or_else(|| held(key));

    let mut values: Vec<(&str, String)> = Vec::new();
    let interactive = terminal::interactive();
    // Where to: flags first, then the environment, then the profile; an
    // environment name beats a base URL at each level.
    let target = [
        global.environment.clone().map(|v| ("environment", v)),
        global.base_url.clone().map(|v| ("base_url", v)),
        process_env("PIGELLO_ENVIRONMENT").map(|v| ("environment", v)),
        process_env("PIGELLO_BASE_URL").map(|v| ("base_url", v)),
        held("environment").map(|v| ("environment", v)),
        held("base_url").map(|v| ("base_url", v)),
    ]
    .into_iter()
    .flatten()
    .next();
    let given = global.environment.is_some() || global.base_url.is_some();
    match target {
        // Given on the command line, or no terminal to ask: taken as it is.
        Some(pair) if given || !interactive => values.push(pair),
        // A base URL is not asked for; an environment is, with a default.
        Some(("base_url", url)) => values.push(("base_url", url)),
        other => {
            let default = other.map(|(_, value)| value);
            let environment = if interactive {
                ask(
                    "environment (api, dev.api or sandbox)",
                    default.or(Some("dev.api".into())),
                    false,
                )?
            } else {
                default
            };
            values.extend(environment.map(|value| ("environment", value)));
        }
    }
    let mut missing = Vec::new();
    for credential in &CREDENTIALS {
        let secret = credential.key == "client_secret";
        // A profile that runs a command for its secret keeps doing so,
        // unless this run gives a secret itself.
        if secret
            && held("client_secret_command").is_some()
            && process_env(credential.env).is_none()
        {
            continue;
        }
        let default = current(credential.key, credential.env);
        let value = if interactive {
            ask(credential.key, default, secret)?
        } else {
            default
        };
        match value {
            Some(value) => values.push((credential.key, value)),
            None => missing.push(format!("{}: set {}", credential.key, credential.env)),
        }
    }
    if !values
        .iter()
        .any(|(key, _)| *key == "environment" || *key == "base_url")
    {
        missing
            .push("environment: set --environment or PIGELLO_ENVIRONMENT (or --base-url)".into());
    }
    if !missing.is_empty() {
        return Err(Error::Config(format!(
            "cannot write profile \"{name}\"; without a terminal every value comes from the \
             environment, and these are missing:\n  {}",
            missing.join("\n  ")
        )));
    }
    // Checked as a run would check them, before anything is written.
    for (key, value) in &values {
        settings::check_value(key, value, "the value given")?;
    }

    write_profile(&config.path, &name, &values)?;
    terminal::notice(&format!(
        "wrote profile \"{name}\" to {}",
        config.path.display()
    ));
    Ok(())
}

/// Asks for one value on the terminal; Enter keeps the default. The secret
/// is read without echo and its default is never shown.
fn ask(key: &str, default: Option<String>, secret: bool) -> Result<Option<String>, Error> {
    let failed = |err: std::io::Error| Error::Internal(format!("cannot read the answer: {err}"));
    let answer = if secret {
        let hint = if default.is_some() {
            " [keep the current one]"
        } else {
            ""
        };
        rpassword::prompt_password(format!("{key}{hint}: ")).map_err(failed)?
    } else {
        let hint = default
            .as_deref()
            .map(|d| format!(" [{d}]"))
            .unwrap_or_default();
        terminal::prompt(&format!("{key}{hint}: ")).map_err(failed)?
    };
    let answer = answer.trim();
    Ok(if answer.is_empty() {
        default
    } else {
        Some(answer.to_owned())
    })
}

/// Writes the profile into the config file, keeping everything else in it
/// (other profiles, comments, layout). Mode 600; replaced atomically.
fn write_profile(path: &Path, name: &str, values: &[(&str, String)]) -> Result<(), Error> {
    // Through a symbolic link to the file it names, so that a managed
    // dotfile is changed rather than replaced by a copy.
    let resolved = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let path = resolved.as_path();
    let failed = |what: &str, err: &dyn std::fmt::Display| {
        Error::Config(format!("cannot {what} {}: {err}", path.display()))
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(err) => return Err(failed("read", &err)),
    };
    let mut document: DocumentMut = text
        .parse()
        .map_err(|_| Error::Config(format!("{}: not valid TOML; fix it first", path.display())))?;
    let profiles = document
        .entry("profiles")
        .or_insert_with(|| {
            let mut table = Table::new();
            table.set_implicit(true);
            Item::Table(table)
        })
        .as_table_mut()
        .ok_or_else(|| Error::Config(format!("{}: `profiles` is not a table", path.display())))?;
    // Keys not asked for (timeout, retries, output, ...) are kept.
    let mut profile = profiles
        .get(name)
        .and_then(Item::as_table)
        .cloned()
        .unwrap_or_default();
    for key in ["environment", "base_url"] {
        profile.remove(key);
    }
    if values.iter().any(|(key, _)| *key == "client_secret") {
        profile.remove("client_secret_command");
    }
    for (key, value) in values {
        profile.insert(key, toml_edit::value(value.as_str()));
    }
    let first = profiles.is_empty();
    profiles.insert(name, Item::Table(profile));
    // The first profile of a file becomes its default, so that it is used
    // without --profile. (Top-level keys are written before the tables.)
    if first && !document.contains_key("default_profile") && name != "default" {
        document.insert("default_profile", toml_edit::value(name));
    }

    // The temporary file is the owner's alone (mode 600), and so is the
    // config file once it is renamed into place.
    files::replace(path, |out| out.write_all(document.to_string().as_bytes()))
        .map_err(|err| failed("write", &err))
}
