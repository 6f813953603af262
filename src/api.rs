//! The HTTP client for the integrationserviceidconnection resource: the five
//! endpoints, the credential headers, and turning answers into results or
//! readable errors.

use std::hash::{BuildHasher, Hasher};
use std::io::Read;
use std::time::{Duration, Instant, SystemTime};

use reqwest::blocking::{Client as Http, Response};
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, LOCATION, RETRY_AFTER,
};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::error::{ApiFailure, Error};
use crate::model::{kind, Record};
use crate::settings::{Secret, Settings, SECRET_HEADER};
use crate::terminal;

const RESOURCE: &str = "/integrations/integrationserviceidconnection/";

/// The most read of a successful answer: a bulk answer for the largest
/// batch is a few MiB; anything far past that is not a sane answer.
const MAX_BODY: u64 = 64 * 1024 * 1024;

/// The most read of an error answer: enough for the per-item errors of the
/// largest batch (10,000 records), and no more.
const MAX_ERROR_BODY: u64 = 8 * 1024 * 1024;

/// The longest wait a Retry-After header may ask for.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// The first backoff; each further retry waits twice as long, with jitter.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);

pub struct Client {
    http: Http,
    base_url: String,
    timeout: Duration,
    retries: u32,
    verbose: bool,
    /// Every header sent, in order; `None` stands for the secret's value.
    headers: Vec<(String, Option<String>)>,
    secret: Secret,
}

/// A request as it would be sent: what `--dry-run` and `--curl` show.
pub struct Planned {
    pub method: Method,
    pub url: String,
    pub body: Option<Vec<u8>>,
}

/// An answer read whole.
struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
    /// An earlier attempt may have been applied before its answer was lost.
    earlier_may_have_applied: bool,
}

impl Client {
    pub fn new(settings: &Settings) -> Result<Self, Error> {
        let user_agent = concat!("pigello/", env!("CARGO_PKG_VERSION"));
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let mut shown = vec![
            ("Accept".to_owned(), Some("application/json".to_owned())),
            ("User-Agent".to_owned(), Some(user_agent.to_owned())),
        ];
        for (name, value) in &settings.ids {
            headers.insert(header_name(name)?, header_value(value)?);
            shown.push(((*name).to_owned(), Some(value.clone())));
        }
        let mut secret = header_value(settings.client_secret.expose())?;
        // Keeps the value out of reqwest's own Debug output.
        secret.set_sensitive(true);
        headers.insert(header_name(SECRET_HEADER)?, secret);
        shown.push((SECRET_HEADER.to_owned(), None));

        let mut builder = Http::builder()
            .default_headers(headers)
            .user_agent(user_agent)
            // The credential headers must never reach another origin, and
            // reqwest only strips the standard ones on a redirect.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout);
        if let Some(path) = &settings.ca_cert {
            for certificate in read_certificates(path)? {
                builder = builder.add_root_certificate(certificate);
            }
        }
        let http = builder
            .build()
            .map_err(|err| Error::Internal(format!("cannot set up the HTTP client: {err}")))?;
        Ok(Client {
            http,
            base_url: settings.base_url.clone(),
            timeout: settings.timeout,
            retries: settings.retries,
            verbose: settings.verbose,
            headers: shown,
            secret: settings.client_secret.clone(),
        })
    }

    /// Text from the server with the secret masked: a server or proxy that
    /// echoes request headers must not get it printed.
    /// Masked before the text is cut to one line, so no part survives a cut.
    fn redact(&self, text: &str) -> String {
        let secret = self.secret.expose();
        // Masking a secret of a character or two would garble every message
        // and hide nothing worth hiding.
        if secret.len() < 4 {
            return text.to_owned();
        }
        text.replace(secret, "***")
    }

    fn failure(&self, method: &str, url: &str, reply: Reply) -> Error {
        // A gateway's error for a POST: the server behind it may have acted.
        let gateway = method == "POST" && matches!(reply.status.as_u16(), 502 | 504);
        let mut error = failure(method, url, reply, &|text| self.redact(text));
        if let (true, Error::Api(failure)) = (gateway, &mut error) {
            failure.details.push(unknown_outcome(url).to_owned());
        }
        error
    }

    /// Every header a request carries, in order; `None` is the secret.
    pub fn headers(&self) -> &[(String, Option<String>)] {
        &self.headers
    }

    fn url(&self, tail: &str) -> String {
        format!("{}{RESOURCE}{tail}", self.base_url)
    }

    pub fn plan_create(&self, body: &Record) -> Result<Planned, Error> {
        Ok(Planned {
            method: Method::POST,
            url: self.url(""),
            body: Some(body_bytes(body)?),
        })
    }

    pub fn plan_bulk(&self, records: &[&Record]) -> Result<Planned, Error> {
        Ok(Planned {
            method: Method::POST,
            url: self.url("list/"),
            body: Some(body_bytes(&records)?),
        })
    }

    pub fn plan_get(&self, pk: &str) -> Planned {
        Planned {
            method: Method::GET,
            url: self.url(&format!("{pk}/")),
            body: None,
        }
    }

    pub fn plan_update(&self, pk: &str, body: &Record) -> Result<Planned, Error> {
        Ok(Planned {
            method: Method::PATCH,
            url: self.url(&format!("{pk}/")),
            body: Some(body_bytes(body)?),
        })
    }

    pub fn plan_delete(&self, pk: &str) -> Planned {
        Planned {
            method: Method::DELETE,
            url: self.url(&format!("{pk}/")),
            body: None,
        }
    }

    pub fn create(&self, body: &Record) -> Result<Record, Error> {
        self.object(self.plan_create(body)?)
    }

    /// One request to the bulk endpoint; the answer has one object per record.
    pub fn bulk(&self, records: &[&Record]) -> Result<Vec<Value>, Error> {
        let plan = self.plan_bulk(records)?;
        let url = plan.url.clone();
        match self.send(plan)? {
            Value::Array(items) => Ok(items),
            other => Err(unexpected("POST", &url, "a JSON array", &other)),
        }
    }

    pub fn get(&self, pk: &str) -> Result<Record, Error> {
        self.object(self.plan_get(pk))
    }

    pub fn update(&self, pk: &str, body: &Record) -> Result<Record, Error> {
        self.object(self.plan_update(pk, body)?)
    }

    pub fn delete(&self, pk: &str) -> Result<(), Error> {
        let Planned { method, url, body } = self.plan_delete(pk);
        let reply = self.execute(&method, &url, body)?;
        match reply.status {
            status if status.is_success() => Ok(()),
            // An earlier attempt got through before its answer was lost.
            StatusCode::NOT_FOUND if reply.earlier_may_have_applied => Ok(()),
            _ => Err(self.failure("DELETE", &url, reply)),
        }
    }

    /// Sends a request whose answer is one object.
    fn object(&self, plan: Planned) -> Result<Record, Error> {
        let (method, url) = (plan.method.clone(), plan.url.clone());
        expect_object(self.send(plan)?, method.as_str(), &url)
    }

    /// Sends a request and parses a successful answer as JSON.
    fn send(&self, plan: Planned) -> Result<Value, Error> {
        let Planned { method, url, body } = plan;
        let url = url.as_str();
        let reply = self.execute(&method, url, body)?;
        if !reply.status.is_success() {
            return Err(self.failure(method.as_str(), url, reply));
        }
        serde_json::from_slice(&reply.body).map_err(|err| {
            let what = if reply.body.iter().all(u8::is_ascii_whitespace) {
                "an empty body".to_owned()
            } else {
                format!("a body that is not JSON ({err})")
            };
            Error::Transport(format!(
                "{method} {url} answered {} with {what}",
                reply.status.as_u16()
            ))
        })
    }

    /// Sends a request, retrying where that is safe, and reads the answer.
    ///
    /// Every request is retried on 429 and 503 (the server refused it
    /// before doing anything) and when the connection could not be opened.
    /// GET, PATCH and DELETE, which may be repeated, are also retried on 502
    /// and 504, after timeouts and after dropped connections. A POST that
    /// may have reached the server is never repeated: that would risk
    /// applying it twice.
    fn execute(&self, method: &Method, url: &str, body: Option<Vec<u8>>) -> Result<Reply, Error> {
        let repeatable = *method != Method::POST;
        let mut attempt = 0;
        let mut may_have_applied = false;
        loop {
            let started = Instant::now();
            self.log_request(method, url, body.as_deref());
            let mut request = self.http.request(method.clone(), url);
            if let Some(body) = &body {
                request = request
                    .header(CONTENT_TYPE, "application/json")
                    .body(body.clone());
            }
            let deadline = started + self.timeout;
            let outcome = request
                .send()
                .map_err(Failure::Request)
                .and_then(|response| read_reply(response, deadline));
            // (wait before the next attempt, whether this one may have been applied)
            let retry = match &outcome {
                Ok(reply) => {
                    self.log_reply(reply, started);
                    match reply.status.as_u16() {
                        // Refused before anything was done.
                        429 | 503 => Some((retry_after(&reply.headers), false)),
                        // A gateway's answer: the server may have acted.
                        502 | 504 if repeatable => Some((retry_after(&reply.headers), true)),
                        _ => None,
                    }
                }
                Err(failure) if failure.never_sent() => Some((None, false)),
                Err(failure) if repeatable && failure.transient() => Some((None, true)),
                Err(_) => None,
            };
            match retry {
                Some((asked, applied)) if attempt < self.retries => {
                    let wait = asked.unwrap_or_else(|| backoff(attempt));
                    may_have_applied |= applied;
                    attempt += 1;
                    self.say_retry(method, url, &outcome, wait, attempt);
                    std::thread::sleep(wait);
                }
                _ => {
                    return match outcome {
                        Ok(mut reply) => {
                            reply.earlier_may_have_applied = may_have_applied;
                            Ok(reply)
                        }
                        Err(failure) => {
                            Err(self.transport_error(method, url, &failure, repeatable))
                        }
                    }
                }
            }
        }
    }

    fn transport_error(
        &self,
        method: &Method,
        url: &str,
        failure: &Failure,
        repeatable: bool,
    ) -> Error {
        let message = failure.describe(self.timeout);
        if repeatable || failure.never_sent() {
            return Error::Transport(format!("{method} {url}: {message}"));
        }
        Error::Transport(format!(
            "{method} {url}: {message}\n  {}",
            unknown_outcome(url)
        ))
    }

    fn say_retry(
        &self,
        method: &Method,
        url: &str,
        outcome: &Result<Reply, Failure>,
        wait: Duration,
        attempt: u32,
    ) {
        if !self.verbose && !terminal::stderr_is_terminal() {
            return;
        }
        let why = match outcome {
            Ok(reply) => reply.status.to_string(),
            Err(failure) => failure.describe(self.timeout),
        };
        terminal::say(&format!(
            "{method} {url}: {why}; retrying in {:.1} s (attempt {} of {})",
            wait.as_secs_f64(),
            attempt + 1,
            self.retries + 1
        ));
    }

    fn log_request(&self, method: &Method, url: &str, body: Option<&[u8]>) {
        if !self.verbose {
            return;
        }
        let mut lines = vec![format!("> {method} {url}")];
        lines.extend(self.headers.iter().map(|(name, value)| {
            format!(
                "> {}: {}",
                name.to_ascii_lowercase(),
                value.as_deref().unwrap_or("***")
            )
        }));
        if let Some(body) = body {
            lines.push("> content-type: application/json".to_owned());
            lines.push(format!("> ({} bytes of body)", body.len()));
        }
        terminal::say(&lines.join("\n"));
    }

    fn log_reply(&self, reply: &Reply, started: Instant) {
        if !self.verbose {
            return;
        }
        let mut lines = vec![format!(
            "< {} ({:.1} ms)",
            reply.status,
            started.elapsed().as_secs_f64() * 1000.0
        )];
        for (name, value) in &reply.headers {
            let value = String::from_utf8_lossy(value.as_bytes());
            lines.push(format!("< {name}: {}", one_line(&self.redact(&value))));
        }
        lines.push(format!("< ({} bytes of body)", reply.body.len()));
        terminal::say(&lines.join("\n"));
    }
}

/// What to do about a POST that may or may not have been applied.
fn unknown_outcome(url: &str) -> &'static str {
    if url.ends_with("/list/") {
        "whether these records were applied is unknown and the request was not repeated; \
         they count as not applied (see --failed-output), and sending them again is safe: \
         bulk updates the connections that exist"
    } else {
        "whether the connection was created is unknown and the request was not repeated; \
         before creating it again, check for it (`pigello conn get PK` if you know its id), \
         or send it with `pigello conn bulk`, which updates a connection that exists"
    }
}

/// Why an attempt got no answer.
enum Failure {
    /// Sending or waiting for the answer's head.
    Request(reqwest::Error),
    /// Reading the answer's body.
    Body(std::io::Error),
    /// The body was larger than is read.
    TooLarge(u64),
}

impl Failure {
    /// The connection never opened: the server cannot have seen the request.
    fn never_sent(&self) -> bool {
        matches!(self, Failure::Request(err) if err.is_connect())
    }

    /// A timeout or a dropped connection: worth another try when the
    /// request may be repeated.
    fn transient(&self) -> bool {
        match self {
            Failure::Request(err) => err.is_timeout() || err.is_request() || err.is_body(),
            Failure::Body(_) => true,
            Failure::TooLarge(_) => false,
        }
    }

    fn describe(&self, timeout: Duration) -> String {
        match self {
            Failure::Request(err) if err.is_timeout() => {
                format!("no answer within {} s (timed out)", timeout.as_secs())
            }
            Failure::Request(err) => transport_message(err),
            Failure::Body(err) if err.kind() == std::io::ErrorKind::TimedOut => {
                format!(
                    "the answer did not arrive within {} s (timed out)",
                    timeout.as_secs()
                )
            }
            Failure::Body(err) => format!("reading the answer failed: {}", causes(err)),
            Failure::TooLarge(cap) => format!(
                "the answer is larger than {} MiB; not read further",
                cap / (1024 * 1024)
            ),
        }
    }
}

/// Reads the whole answer, up to a size that depends on its status.
/// Reads the whole answer, up to a size that depends on its status, and
/// within the request's deadline: reqwest bounds each read, not their sum,
/// so a body trickling in is cut off here (at most one read past it).
fn read_reply(mut response: Response, deadline: Instant) -> Result<Reply, Failure> {
    let status = response.status();
    let headers = response.headers().clone();
    let cap = if status.is_success() {
        MAX_BODY
    } else {
        MAX_ERROR_BODY
    };
    let mut body = Vec::new();
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let read = match response.read(&mut chunk) {
            Ok(0) => break,
            Ok(read) => read,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(Failure::Body(err)),
        };
        body.extend_from_slice(&chunk[..read]);
        if body.len() as u64 > cap {
            return Err(Failure::TooLarge(cap));
        }
        if Instant::now() > deadline {
            return Err(Failure::Body(std::io::ErrorKind::TimedOut.into()));
        }
    }
    Ok(Reply {
        status,
        headers,
        body,
        earlier_may_have_applied: false,
    })
}

/// The wait a 429 or 503 asks for: seconds, or an HTTP date; at most a minute.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let wait = match value.parse::<u64>() {
        Ok(seconds) => Duration::from_secs(seconds),
        Err(_) => {
            let when = httpdate::parse_http_date(value).ok()?;
            when.duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO)
        }
    };
    Some(wait.min(MAX_RETRY_AFTER))
}

/// Exponential backoff with jitter: the n-th retry waits between half and
/// all of 0.5 s x 2^n, so that many clients refused at once do not return
/// at once.
fn backoff(attempt: u32) -> Duration {
    let full = FIRST_BACKOFF * 2u32.saturating_pow(attempt.min(6));
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    let fraction = 0.5 + (random % 1000) as f64 / 2000.0;
    full.mul_f64(fraction)
}

fn read_certificates(path: &std::path::Path) -> Result<Vec<reqwest::Certificate>, Error> {
    let pem = std::fs::read(path).map_err(|err| {
        Error::Config(format!(
            "cannot read the CA certificate file {}: {err}",
            path.display()
        ))
    })?;
    let certificates = reqwest::Certificate::from_pem_bundle(&pem).map_err(|err| {
        Error::Config(format!(
            "{}: not a PEM certificate file: {err}",
            path.display()
        ))
    })?;
    if certificates.is_empty() {
        return Err(Error::Config(format!(
            "{}: holds no PEM certificate",
            path.display()
        )));
    }
    Ok(certificates)
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
    let found = kind(found);
    Error::Transport(format!(
        "{method} {url} answered with {found} where {want} was expected"
    ))
}

/// A readable account of a transport failure, from the error's whole chain.
fn transport_message(err: &reqwest::Error) -> String {
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
/// `redact` masks the secret in the server's text before anything is cut.
fn failure(method: &str, url: &str, reply: Reply, redact: &dyn Fn(&str) -> String) -> Error {
    let status = reply.status;
    let location = reply
        .headers
        .get(LOCATION)
        .and_then(|value| value.to_str().ok())
        .map(|value| one_line(&redact(value)));
    let html = reply
        .headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.contains("html"));
    let body = redact(&String::from_utf8_lossy(&reply.body)).into_bytes();

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
