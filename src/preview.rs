//! `--dry-run` and `--curl`: requests shown instead of sent. Rendered to
//! text here; the output module writes it.

use crate::api::Planned;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preview {
    /// Method, URL, headers (the secret as `***`) and the body, as text.
    DryRun,
    /// A curl command line that sends the same request; the secret is read
    /// from `$PIGELLO_CLIENT_SECRET` by the shell that runs it.
    Curl,
}

/// The request as text, ending with a newline.
pub fn render(preview: Preview, headers: &[(String, Option<String>)], plan: &Planned) -> String {
    match preview {
        Preview::DryRun => dry_run(headers, plan),
        Preview::Curl => curl(headers, plan),
    }
}

fn dry_run(headers: &[(String, Option<String>)], plan: &Planned) -> String {
    let mut text = format!("{} {}\n", plan.method, plan.url);
    for (name, value) in headers {
        text.push_str(&format!("{name}: {}\n", value.as_deref().unwrap_or("***")));
    }
    if let Some(body) = &plan.body {
        text.push_str("Content-Type: application/json\n\n");
        // Bodies are JSON made by this program; shown pretty when possible.
        let pretty = serde_json::from_slice::<serde_json::Value>(body)
            .ok()
            .and_then(|value| serde_json::to_string_pretty(&value).ok())
            .unwrap_or_else(|| String::from_utf8_lossy(body).into_owned());
        text.push_str(&pretty);
        text.push('\n');
    }
    text.push('\n');
    text
}

fn curl(headers: &[(String, Option<String>)], plan: &Planned) -> String {
    let mut line = format!("curl -sS -X {} {}", plan.method, quote(&plan.url));
    for (name, value) in headers {
        match value {
            Some(value) => line.push_str(&format!(" -H {}", quote(&format!("{name}: {value}")))),
            // Double quotes, so that the shell puts the secret in, and the
            // line itself never holds it.
            None => line.push_str(&format!(" -H \"{name}: $PIGELLO_CLIENT_SECRET\"")),
        }
    }
    if let Some(body) = &plan.body {
        line.push_str(" -H 'Content-Type: application/json' --data-binary ");
        line.push_str(&quote(&String::from_utf8_lossy(body)));
    }
    line.push('\n');
    line
}

/// A word for a POSIX shell: single-quoted, with `'` written as `'\''`.
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::Method;

    fn headers() -> Vec<(String, Option<String>)> {
        vec![
            ("X-PIGELLO-CUSTOMER-ID".into(), Some("c'1".into())),
            ("X-PIGELLO-CLIENT-SECRET".into(), None),
        ]
    }

    fn plan() -> Planned {
        Planned {
            method: Method::PATCH,
            url: "https://api.pigello.io/x/1/".into(),
            body: Some(br#"{"external_id":"it's"}"#.to_vec()),
        }
    }

    #[test]
    fn dry_run_shows_everything_but_the_secret() {
        assert_eq!(
            render(Preview::DryRun, &headers(), &plan()),
            "PATCH https://api.pigello.io/x/1/\nX-PIGELLO-CUSTOMER-ID: c'1\n\
             X-PIGELLO-CLIENT-SECRET: ***\nContent-Type: application/json\n\n\
             {\n  \"external_id\": \"it's\"\n}\n\n"
        );
    }

    #[test]
    fn curl_quotes_for_the_shell_and_reads_the_secret_from_it() {
        assert_eq!(
            render(Preview::Curl, &headers(), &plan()),
            "curl -sS -X PATCH 'https://api.pigello.io/x/1/' -H 'X-PIGELLO-CUSTOMER-ID: c'\\''1' \
             -H \"X-PIGELLO-CLIENT-SECRET: $PIGELLO_CLIENT_SECRET\" \
             -H 'Content-Type: application/json' --data-binary '{\"external_id\":\"it'\\''s\"}'\n"
        );
    }
}
