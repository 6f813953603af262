//! The emulated integrationserviceidconnection API: the five endpoints, as
//! the reference describes them, with Django REST framework style errors.
//!
//! Where the reference is silent this follows the OpenAPI transcription's
//! assumptions, and for bulk it assumes an upsert: a record with the same
//! content_type, object_id and external_id as an existing connection
//! updates it instead of creating another.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::http::{Request, Response};
use super::store::Store;
use crate::model::{check, Completeness, Problem, Record};
use crate::settings::CREDENTIALS;

pub const RESOURCE: &str = "/integrations/integrationserviceidconnection/";

pub struct Emulator {
    store: Store,
}

/// Which endpoint a path names.
enum Route {
    Collection,
    Bulk,
    Item(String),
}

impl Emulator {
    pub fn new(store: Store) -> Self {
        Emulator { store }
    }

    pub fn handle(&self, request: &Request) -> Response {
        let Some(route) = route(&request.path) else {
            return answer(404, &json!({"detail": "Not found."}));
        };
        if CREDENTIALS
            .iter()
            .any(|c| request.header(c.header).is_none_or(str::is_empty))
        {
            return answer(
                401,
                &json!({"detail": "Authentication credentials were not provided."}),
            );
        }
        let application_id = request
            .header("X-PIGELLO-APPLICATION-ID")
            .unwrap_or_default()
            .to_owned();
        let result = match (request.method.as_str(), route) {
            ("POST", Route::Collection) => {
                body(request).and_then(|value| self.create(value, &application_id))
            }
            ("POST", Route::Bulk) => {
                body(request).and_then(|value| self.bulk(value, &application_id))
            }
            ("GET", Route::Item(pk)) => self.get(&pk),
            ("PATCH", Route::Item(pk)) => body(request).and_then(|value| self.update(&pk, value)),
            ("DELETE", Route::Item(pk)) => self.delete(&pk),
            (method, _) => Err(answer(
                405,
                &json!({"detail": format!("Method \"{method}\" not allowed.")}),
            )),
        };
        result.unwrap_or_else(|response| response)
    }

    fn create(&self, value: Value, application_id: &str) -> Result<Response, Response> {
        let fields =
            validate(value, Completeness::Full).map_err(|p| answer(400, &field_errors(&p)))?;
        let created = self.change(|connections| {
            let connection = new_connection(&fields, application_id);
            connections.push(connection.clone());
            (connection, true)
        })?;
        Ok(answer(201, &Value::Object(created)))
    }

    fn bulk(&self, value: Value, application_id: &str) -> Result<Response, Response> {
        let Value::Array(items) = value else {
            let kind = if value.is_object() { "dict" } else { "value" };
            return Err(answer(
                400,
                &json!({"non_field_errors": [format!("Expected a list of items but got type \"{kind}\".")]}),
            ));
        };
        let checked: Vec<Result<Record, Vec<Problem>>> = items
            .into_iter()
            .map(|item| validate(item, Completeness::Full))
            .collect();
        if checked.iter().any(Result::is_err) {
            let errors: Vec<Value> = checked
                .iter()
                .map(|item| match item {
                    Ok(_) => json!({}),
                    Err(problems) => field_errors(problems),
                })
                .collect();
            return Err(answer(400, &Value::Array(errors)));
        }
        let written = self.change(|connections| {
            let mut written = Vec::with_capacity(checked.len());
            for fields in checked.into_iter().flatten() {
                let fields = normalised(fields);
                let same = |c: &Record| {
                    ["object_id", "external_id"]
                        .iter()
                        .all(|key| c.get(*key) == fields.get(*key))
                        && c.get("content_type") == fields.get("content_type")
                };
                let connection = match connections.iter_mut().find(|c| same(c)) {
                    Some(existing) => {
                        existing.extend(fields);
                        existing.clone()
                    }
                    None => {
                        let connection = new_connection(&fields, application_id);
                        connections.push(connection.clone());
                        connection
                    }
                };
                written.push(Value::Object(connection));
            }
            (written, true)
        })?;
        Ok(answer(200, &Value::Array(written)))
    }

    fn get(&self, pk: &str) -> Result<Response, Response> {
        let found = self.change(|connections| (find(connections, pk).cloned(), false))?;
        found
            .map(|connection| answer(200, &Value::Object(connection)))
            .ok_or_else(not_found)
    }

    fn update(&self, pk: &str, value: Value) -> Result<Response, Response> {
        let fields =
            validate(value, Completeness::Partial).map_err(|p| answer(400, &field_errors(&p)))?;
        let fields = normalised(fields);
        let updated = self.change(|connections| {
            match connections
                .iter_mut()
                .find(|c| c.get("id").and_then(Value::as_str) == Some(pk))
            {
                Some(connection) => {
                    connection.extend(fields);
                    (Some(connection.clone()), true)
                }
                None => (None, false),
            }
        })?;
        updated
            .map(|connection| answer(200, &Value::Object(connection)))
            .ok_or_else(not_found)
    }

    fn delete(&self, pk: &str) -> Result<Response, Response> {
        let deleted = self.change(|connections| {
            let before = connections.len();
            connections.retain(|c| c.get("id").and_then(Value::as_str) != Some(pk));
            let deleted = connections.len() < before;
            (deleted, deleted)
        })?;
        if deleted {
            Ok(Response {
                status: 204,
                body: Vec::new(),
            })
        } else {
            Err(not_found())
        }
    }

    /// Runs a change on the stored connections; storage failures are a 500.
    fn change<T>(&self, change: impl FnOnce(&mut Vec<Record>) -> (T, bool)) -> Result<T, Response> {
        self.store
            .transact(|state| change(&mut state.connections))
            .map_err(|err| {
                answer(
                    500,
                    &json!({"detail": format!("The sandbox could not read or store its data: {err}")}),
                )
            })
    }
}

/// The schema's checks, as the client makes them, plus what the server adds:
/// Django's CharField refuses a blank external_id.
fn validate(value: Value, completeness: Completeness) -> Result<Record, Vec<Problem>> {
    let blank = value
        .get("external_id")
        .and_then(Value::as_str)
        .is_some_and(|text| text.trim().is_empty());
    match (check(value, completeness), blank) {
        (Ok(_), true) => Err(vec![blank_external_id()]),
        (Err(mut problems), true) => {
            problems.push(blank_external_id());
            Err(problems)
        }
        (result, false) => result,
    }
}

fn blank_external_id() -> Problem {
    Problem {
        field: "external_id".to_owned(),
        message: "This field may not be blank.".to_owned(),
    }
}

fn route(path: &str) -> Option<Route> {
    let tail = path.split('?').next()?.strip_prefix(RESOURCE)?;
    match tail {
        "" => Some(Route::Collection),
        "list/" => Some(Route::Bulk),
        _ => {
            let pk = tail.strip_suffix('/')?;
            // Django's URL patterns would not match anything but a UUID.
            Uuid::parse_str(pk)
                .ok()
                .map(|uuid| Route::Item(uuid.hyphenated().to_string()))
        }
    }
}

fn body(request: &Request) -> Result<Value, Response> {
    serde_json::from_slice(&request.body)
        .map_err(|err| answer(400, &json!({"detail": format!("JSON parse error - {err}")})))
}

fn find<'a>(connections: &'a [Record], pk: &str) -> Option<&'a Record> {
    connections
        .iter()
        .find(|c| c.get("id").and_then(Value::as_str) == Some(pk))
}

fn not_found() -> Response {
    answer(404, &json!({"detail": "Not found."}))
}

fn answer(status: u16, body: &Value) -> Response {
    Response {
        status,
        body: body.to_string().into_bytes(),
    }
}

/// A new connection with every field of the schema, in the reference's order.
fn new_connection(fields: &Record, application_id: &str) -> Record {
    let fields = normalised(fields.clone());
    let field = |key: &str, default: Value| fields.get(key).cloned().unwrap_or(default);
    let mut connection = Map::new();
    connection.insert("content_type".into(), field("content_type", Value::Null));
    connection.insert("application_id".into(), json!(application_id));
    connection.insert("organization".into(), field("organization", Value::Null));
    connection.insert("id".into(), json!(Uuid::new_v4().to_string()));
    connection.insert("hidden".into(), field("hidden", json!(false)));
    connection.insert("created_at".into(), json!(rfc3339_now()));
    connection.insert("object_id".into(), field("object_id", Value::Null));
    connection.insert("external_id".into(), field("external_id", Value::Null));
    connection.insert("custom_id".into(), field("custom_id", Value::Null));
    connection
}

/// UUIDs in their canonical form, as the API's UUID fields give them back.
fn normalised(mut fields: Record) -> Record {
    let canonical = |value: &mut Value| {
        if let Some(uuid) = value.as_str().and_then(|text| Uuid::parse_str(text).ok()) {
            *value = json!(uuid.hyphenated().to_string());
        }
    };
    if let Some(value) = fields.get_mut("object_id") {
        canonical(value);
    }
    for key in ["content_type", "organization"] {
        if let Some(id) = fields.get_mut(key).and_then(|v| v.get_mut("id")) {
            canonical(id);
        }
    }
    fields
}

/// Problems as Django REST framework reports them:
/// `{"field": ["message"]}`, nested for `content_type.id`.
fn field_errors(problems: &[Problem]) -> Value {
    let mut root = Map::new();
    'problems: for problem in problems {
        // Django REST framework's words where it has them.
        let message = match problem.message.as_str() {
            "required field missing" => "This field is required.".to_owned(),
            text if text.starts_with("not a UUID") => "Must be a valid UUID.".to_owned(),
            text if text.starts_with("at most 128 characters") => {
                "Ensure this field has no more than 128 characters.".to_owned()
            }
            other => other.to_owned(),
        };
        let path: Vec<&str> = if problem.field.is_empty() {
            vec!["non_field_errors"]
        } else {
            problem.field.split('.').collect()
        };
        let mut node = &mut root;
        let (last, parents) = path.split_last().unwrap_or((&"non_field_errors", &[]));
        for parent in parents {
            let entry = node
                .entry(parent.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            let Some(next) = entry.as_object_mut() else {
                continue 'problems;
            };
            node = next;
        }
        let messages = node
            .entry(last.to_string())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(messages) = messages {
            messages.push(json!(message));
        }
    }
    Value::Object(root)
}

/// Now, as RFC 3339 in UTC with microseconds, as Django writes datetimes.
fn rfc3339_now() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    rfc3339(now.as_secs(), now.subsec_micros())
}

fn rfc3339(seconds: u64, micros: u32) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    // Days to a civil date, after Howard Hinnant's algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{micros:06}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(rfc3339(0, 0), "1970-01-01T00:00:00.000000Z");
        assert_eq!(rfc3339(1_796_400_000, 12), "2026-12-04T16:00:00.000012Z");
        assert_eq!(rfc3339(951_782_400, 0), "2000-02-29T00:00:00.000000Z");
    }

    #[test]
    fn problems_become_django_rest_framework_errors() {
        let problems = vec![
            Problem {
                field: "external_id".into(),
                message: "required field missing".into(),
            },
            Problem {
                field: "content_type.id".into(),
                message: "not a UUID: \"x\"".into(),
            },
            Problem {
                field: "content_type.name".into(),
                message: "unknown field".into(),
            },
            Problem {
                field: "".into(),
                message: "expected a JSON object".into(),
            },
        ];
        assert_eq!(
            field_errors(&problems),
            json!({
                "external_id": ["This field is required."],
                "content_type": {"id": ["Must be a valid UUID."], "name": ["unknown field"]},
                "non_field_errors": ["expected a JSON object"]
            })
        );
    }

    #[test]
    fn only_the_five_endpoints_are_routed() {
        assert!(matches!(route(RESOURCE), Some(Route::Collection)));
        assert!(matches!(
            route(&format!("{RESOURCE}list/")),
            Some(Route::Bulk)
        ));
        let pk = "497F6ECA-6276-4993-BFEB-53CBBBBA6F08";
        assert!(matches!(route(&format!("{RESOURCE}{pk}/")),
            Some(Route::Item(id)) if id == pk.to_lowercase()));
        assert!(route(&format!("{RESOURCE}nope/")).is_none());
        assert!(route(&format!("{RESOURCE}{pk}")).is_none());
        assert!(route("/other/").is_none());
    }
}
