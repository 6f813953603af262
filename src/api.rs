//! The HTTP client for the integrationserviceidconnection resource: the five
//! endpoints, the credential headers, and turning answers into results or
//! readable errors.

use std::io::Read;
use std::time::Duration;

use reqwest::blocking::{Client as Http, Response};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, LOCATION};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::error::{ApiFailure, Error};
use crate::model::Record;
use crate::settings::{Settings, SECRET_HEADER};

const RESOURCE: &str = "/integrations/integrationserviceidconnection/";

/// How long a request may take in all, connecting included.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The most read of a successful answer; a bulk answer for a large batch is
/// big, but anything past this is not a sane answer.
const MAX_BODY: u64 = 256 * 1024 * 1024;

/// The most read of an error answer: enough for the per-item errors of the
/// largest batch (10,000 records), and no more.
const MAX_ERROR_BODY: u64 = 8 * 1024 * 1024;

pub struct Client {
    http: Http,
    base_url: String,
}

impl Client {
    pub fn new(settings: &Settings) -> Result<Self, Error> {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        for (name, value) in &settings.ids {
            headers.insert(header_name(name)?, header_value(value)?);
        }
        let mut secret = header_value(settings.client_secret.expose())?;
        // Keeps the value out of reqwest's own Debug output.
        secret.set_sensitive(true);
        headers.insert(header_name(SECRET_HEADER)?, secret);

        let http = Http::builder()
            .default_headers(headers)
            .user_agent(concat!("pigello/", env!("CARGO_PKG_VERSION")))
            // The credential headers must never reach another origin, and
            // reqwest only strips the standard ones on a redirect.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(TIMEOUT)
            .connect_timeout(TIMEOUT)
            .build()
            .map_err(|err| Error::Internal(format!("cannot set up the HTTP client: {err}")))?;
        Ok(Client {
            http,
            base_url: settings.base_url.clone(),
        })
    }

    fn url(&self, tail: &str) -> String {
        format!("{}{RESOURCE}{tail}", self.base_url)
    }

    pub fn create(&self, body: &Record) -> Result<Record, Error> {
        let json = self.send(Method::POST, self.url(""), Some(body_bytes(body)?))?;
        expect_object(json, "POST", &self.url(""))
    }

    /// One request to the bulk endpoint; the answer has one object per record.
    pub fn bulk(&self, records: &[&Record]) -> Result<Vec<Value>, Error> {
        let url = self.url("list/");
        let json = self.send(Method::POST, url.clone(), Some(body_bytes(&records)?))?;
        match json {
            Value::Array(items) => Ok(items),
            other => Err(unexpected("POST", &url, "a JSON array", &other)),
        }
    }

    pub fn get(&self, pk: &str) -> Result<Record, Error> {
        let url = self.url(&format!("{pk}/"));
        let json = self.send(Method::GET, url.clone(), None)?;
        expect_object(json, "GET", &url)
    }

    pub fn update(&self, pk: &str, body: &Record) -> Result<Record, Error> {
        let url = self.url(&format!("{pk}/"));
        let json = self.send(Method::PATCH, url.clone(), Some(body_bytes(body)?))?;
        expect_object(json, "PATCH", &url)
    }

    pub fn delete(&self, pk: &str) -> Result<(), Error> {
        let url = self.url(&format!("{pk}/"));
        let response = self.execute(Method::DELETE, &url, None)?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(failure("DELETE", &url, response))
        }
    }

    /// Sends a request and parses a successful answer as JSON.
    fn send(&self, method: Method, url: String, body: Option<Vec<u8>>) -> Result<Value, Error> {
        let name = method.to_string();
        let response = self.execute(method, &url, body)?;
        if !response.status().is_success() {
            return Err(failure(&name, &url, response));
        }
        let status = response.status();
        let bytes = read_capped(response, MAX_BODY).map_err(|err| {
            Error::Transport(format!("{name} {url}: reading the answer failed: {err}"))
        })?;
        serde_json::from_slice(&bytes).map_err(|err| {
            let what = if bytes.iter().all(u8::is_ascii_whitespace) {
                "an empty body".to_owned()
            } else {
                format!("a body that is not JSON ({err})")
            };
            Error::Transport(format!(
                "{name} {url} answered {} with {what}",
                status.as_u16()
            ))
        })
    }

    fn execute(&self, method: Method, url: &str, body: Option<Vec<u8>>) -> Result<Response, Error> {
        let name = method.to_string();
        let mut request = self.http.request(method, url);
        if let Some(body) = body {
            request = request.header(CONTENT_TYPE, "application/json").body(body);
        }
        request
            .send()
            .map_err(|err| Error::Transport(format!("{name} {url}: {}", transport_message(&err))))
    }
}

fn header_name(name: &str) -> Result<HeaderName, Error> {
    HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::Internal(format!("{name} is not a valid header name")))
}

fn header_value(value: &str) -> Result<HeaderValue, Error> {
    // Settings already checked the characters; this cannot fail for them.
    HeaderValue::from_str(value)
        .map_err(|_| Error::Config("a credential cannot be sent as a header".to_owned()))
}

fn body_bytes(body: &impl serde::Serialize) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(body)
        .map_err(|err| Error::Internal(format!("cannot encode the body: {err}")))
}

fn expect_object(json: Value, method: &str, url: &str) -> Result<Record, Error> {
    match json {
        Value::Object(record) => Ok(record),
        other => Err(unexpected(method, url, "a JSON object", &other)),
    }
}

fn unexpected(method: &str, url: &str, want: &str, found: &Value) -> Error {
    let found = match found {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    Error::Transport(format!(
        "{method} {url} answered with {found} where {want} was expected"
    ))
}

fn read_capped(response: Response, cap: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    response.take(cap).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A readable account of a transport failure, from the error's whole chain.
fn transport_message(err: &reqwest::Error) -> String {
    if err.is_timeout() {
        return format!("no answer within {} s (timed out)", TIMEOUT.as_secs());
    }
    let lead = if err.is_connect() {
        "cannot connect"
    } else {
        "the request failed"
    };
    match std::error::Error::source(err) {
        Some(source) => format!("{lead}: {}", causes(source)),
        None => lead.to_owned(),
    }
}

/// An error and its sources, each said once: `a: b: c`.
fn causes(err: &dyn std::error::Error) -> String {
    let mut said: Vec<String> = Vec::new();
    let mut next = Some(err);
    while let Some(cause) = next {
        let text = cause.to_string();
        if !said.iter().any(|known| known.contains(&text)) {
            said.push(text);
        }
        next = cause.source();
    }
    said.join(": ")
}

/// Turns an unsuccessful answer into an error with readable details.
fn failure(method: &str, url: &str, response: Response) -> Error {
    let status = response.status();
    let location = response
        .headers()
        .get(LOCATION)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.contains("html"));
    // An unreadable error body still leaves the status to report.
    let body = read_capped(response, MAX_ERROR_BODY).unwrap_or_default();

    let mut failure = ApiFailure {
        method: method.to_owned(),
        url: url.to_owned(),
        status: status.as_u16(),
        reason: status.canonical_reason().unwrap_or("").to_owned(),
        details: Vec::new(),
        items: Vec::new(),
    };
    if status.is_redirection() {
        failure.details.push(match location {
            Some(location) => format!(
                "redirected to {location}; not followed, so that the credentials go to no other address"
            ),
            None => "a redirect without a Location".to_owned(),
        });
        return Error::Api(Box::new(failure));
    }
    describe_body(&body, html, status, &mut failure);
    Error::Api(Box::new(failure))
}

fn describe_body(body: &[u8], html: bool, status: StatusCode, failure: &mut ApiFailure) {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    if html || text.starts_with('<') {
        let title = html_title(text).unwrap_or_else(|| status.to_string());
        failure.details.push(format!("(an HTML page: {title})"));
        return;
    }
    match serde_json::from_str::<Value>(text) {
        // A bulk answer: one error object per item, `{}` for the valid ones.
        Ok(Value::Array(items)) if items.iter().all(Value::is_object) => {
            for (index, item) in items.iter().enumerate() {
                let mut lines = Vec::new();
                field_errors(item, "", &mut lines);
                failure
                    .items
                    .extend(lines.into_iter().map(|line| (index, line)));
            }
        }
        Ok(value) => field_errors(&value, "", &mut failure.details),
        Err(_) => failure.details.push(one_line(text)),
    }
}

/// Flattens Django REST framework style errors, e.g.
/// `{"content_type": {"id": ["Invalid."]}}` to `content_type.id: Invalid.`
fn field_errors(value: &Value, path: &str, lines: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            for (key, inner) in fields {
                let path = match key.as_str() {
                    "detail" | "non_field_errors" => path.to_owned(),
                    _ if path.is_empty() => one_line(key),
                    _ => format!("{path}.{}", one_line(key)),
                };
                field_errors(inner, &path, lines);
            }
        }
        Value::Array(items)
            if items
                .iter()
                .all(|item| !item.is_object() && !item.is_array()) =>
        {
            for item in items {
                field_errors(item, path, lines);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                field_errors(item, &format!("{path}[{index}]"), lines);
            }
        }
        Value::String(message) if path.is_empty() => lines.push(one_line(message)),
        Value::String(message) => lines.push(format!("{path}: {}", one_line(message))),
        Value::Null => {}
        other if path.is_empty() => lines.push(other.to_string()),
        other => lines.push(format!("{path}: {other}")),
    }
}

fn html_title(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let start = start + lower[start..].find('>')? + 1;
    let end = start + lower[start..].find("</title")?;
    let title = html
        .get(start..end)?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!title.is_empty()).then(|| one_line(&title))
}

/// Text from the server made safe to print: one line of reasonable length,
/// control characters escaped so that no escape sequence reaches the terminal.
fn one_line(text: &str) -> String {
    const MAX: usize = 300;
    let line = text.lines().next().unwrap_or("").trim();
    let mut safe = String::with_capacity(line.len());
    for (count, c) in line.chars().enumerate() {
        if count == MAX {
            safe.push_str("...");
            break;
        }
        if c.is_control() {
            safe.extend(c.escape_default());
        } else {
            safe.push(c);
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines(value: Value) -> Vec<String> {
        let mut lines = Vec::new();
        field_errors(&value, "", &mut lines);
        lines
    }

    #[test]
    fn field_errors_are_flattened_readably() {
        assert_eq!(
            lines(json!({
                "external_id": ["This field may not be blank."],
                "content_type": {"id": ["Invalid pk.", "Second."]},
                "non_field_errors": ["Must be unique."],
                "detail": "Not found."
            })),
            [
                "external_id: This field may not be blank.",
                "content_type.id: Invalid pk.",
                "content_type.id: Second.",
                "Must be unique.",
                "Not found.",
            ]
        );
        assert_eq!(lines(json!(["Bad thing."])), ["Bad thing."]);
        assert_eq!(lines(json!({"x": [{"y": ["z"]}]})), ["x[0].y: z"]);
    }

    #[test]
    fn server_text_cannot_reach_the_terminal_as_escape_sequences() {
        assert_eq!(
            one_line("bad\u{1b}]0;owned\u{7} thing"),
            "bad\\u{1b}]0;owned\\u{7} thing"
        );
        assert_eq!(lines(json!({"a\u{1b}[2J": ["x"]})), ["a\\u{1b}[2J: x"]);
    }

    #[test]
    fn html_pages_are_summarised_by_their_title() {
        let page = "<html><head><TITLE>502 Bad\n Gateway</TITLE></head><body>...</body></html>";
        assert_eq!(html_title(page).as_deref(), Some("502 Bad Gateway"));
        assert_eq!(html_title("<html><body>x</body></html>"), None);
    }
}
