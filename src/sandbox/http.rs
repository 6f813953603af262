//! A small HTTP/1.1 server for the sandbox: keep-alive connections, one
//! thread each, bodies by Content-Length. Enough for clients of this API;
//! it is never exposed beyond the address it is given.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The largest request body taken: a generous bulk batch.
const MAX_BODY: usize = 64 * 1024 * 1024;

/// A connection idle this long is closed.
const IDLE: Duration = Duration::from_secs(60);

pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

pub struct Response {
    pub status: u16,
    /// JSON, or empty for 204.
    pub body: Vec<u8>,
}

pub type Handler = dyn Fn(&Request) -> Response + Send + Sync;

/// Connections served at once; more wait in the listen queue.
const MAX_CONNECTIONS: usize = 256;

/// The longest line of a request head, and the whole head.
const MAX_LINE: u64 = 8 * 1024;
const MAX_HEAD: usize = 64 * 1024;

/// Binds `addr` and serves on a background thread; returns the bound address.
pub fn spawn(addr: &str, handler: Arc<Handler>) -> io::Result<SocketAddr> {
    let listener = TcpListener::bind(addr)?;
    let bound = listener.local_addr()?;
    let open = Arc::new(AtomicUsize::new(0));
    thread::Builder::new()
        .name("sandbox-accept".into())
        .spawn(move || loop {
            let stream = match listener.accept() {
                Ok((stream, _)) => stream,
                // Out of descriptors, say: wait rather than spin.
                Err(_) => {
                    thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            if open.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
                continue; // dropped: the client sees the connection closed
            }
            open.fetch_add(1, Ordering::SeqCst);
            let handler = Arc::clone(&handler);
            let done = Arc::clone(&open);
            let spawned = thread::Builder::new().spawn(move || {
                serve(stream, &*handler);
                done.fetch_sub(1, Ordering::SeqCst);
            });
            // No thread to be had: that connection is dropped, the server lives on.
            if spawned.is_err() {
                open.fetch_sub(1, Ordering::SeqCst);
            }
        })?;
    Ok(bound)
}

fn serve(stream: TcpStream, handler: &Handler) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_write_timeout(Some(IDLE));
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let response = match read_request(&mut reader) {
            Ok(Some(request)) => handler(&request),
            Ok(None) => return,
            Err(status) => error(status),
        };
        let close = matches!(response.status, 400 | 413 | 431);
        if write_response(&mut writer, &response).is_err() || close {
            return;
        }
    }
}

fn error(status: u16) -> Response {
    let detail = match status {
        413 => "Request body too large.",
        431 => "Request header fields too large.",
        _ => "Malformed request.",
    };
    Response {
        status,
        body: serde_json::json!({ "detail": detail })
            .to_string()
            .into_bytes(),
    }
}

/// One line of the head, bounded in length; `None` at the end of input.
fn read_line(reader: &mut impl BufRead, head: &mut usize) -> Result<Option<String>, u16> {
    let mut bytes = Vec::new();
    let read = reader
        .take(MAX_LINE)
        .read_until(b'\n', &mut bytes)
        .map_err(|_| 400u16)?;
    if read == 0 {
        return Ok(None);
    }
    *head += read;
    if !bytes.ends_with(b"\n") || *head > MAX_HEAD {
        return Err(431);
    }
    String::from_utf8(bytes).map(Some).map_err(|_| 400)
}

/// The next request; `None` when the client closed the connection.
fn read_request(reader: &mut impl BufRead) -> Result<Option<Request>, u16> {
    let mut head = 0;
    let line = match read_line(reader, &mut head) {
        Ok(Some(line)) => line,
        Ok(None) => return Ok(None),
        Err(status) => return Err(status),
    };
    let mut parts = line.split_whitespace();
    let (Some(method), Some(path)) = (parts.next(), parts.next()) else {
        return Err(400);
    };
    let (method, path) = (method.to_owned(), path.to_owned());
    let mut headers = Vec::new();
    loop {
        let line = read_line(reader, &mut head)?.ok_or(400u16)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').ok_or(400u16)?;
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
        if headers.len() > 100 {
            return Err(400);
        }
    }
    let length = match headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
    {
        Some((_, value)) => value.parse::<usize>().map_err(|_| 400u16)?,
        None => 0,
    };
    if length > MAX_BODY {
        return Err(413);
    }
    // Grown as the bytes come, not allocated on the client's word.
    let mut body = Vec::new();
    reader
        .take(length as u64)
        .read_to_end(&mut body)
        .map_err(|_| 400u16)?;
    if body.len() != length {
        return Err(400);
    }
    Ok(Some(Request {
        method,
        path,
        headers,
        body,
    }))
}

fn write_response(writer: &mut impl Write, response: &Response) -> io::Result<()> {
    let reason = reqwest::StatusCode::from_u16(response.status)
        .ok()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("");
    let mut bytes = format!("HTTP/1.1 {} {reason}\r\n", response.status).into_bytes();
    if !response.body.is_empty() {
        bytes.extend_from_slice(b"content-type: application/json\r\n");
    }
    bytes.extend_from_slice(format!("content-length: {}\r\n\r\n", response.body.len()).as_bytes());
    // One write: a head and body sent apart meet Nagle's algorithm.
    bytes.extend_from_slice(&response.body);
    writer.write_all(&bytes)?;
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_read_with_their_body_and_bad_ones_refused() {
        let mut input: &[u8] =
            b"POST /x/ HTTP/1.1\r\nContent-Length: 2\r\nX-A: b\r\n\r\n{}GET /y/ HTTP/1.1\r\n\r\n";
        let first = read_request(&mut input).unwrap().unwrap();
        assert_eq!(
            (first.method.as_str(), first.path.as_str()),
            ("POST", "/x/")
        );
        assert_eq!(
            (first.body.as_slice(), first.header("x-a")),
            (&b"{}"[..], Some("b"))
        );
        let second = read_request(&mut input).unwrap().unwrap();
        assert_eq!(second.path, "/y/");
        assert!(read_request(&mut input).unwrap().is_none());

        let mut bad: &[u8] = b"GET / HTTP/1.1\r\nno colon here\r\n\r\n";
        assert_eq!(read_request(&mut bad).err(), Some(400));
        let mut huge: &[u8] = b"POST / HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n";
        assert_eq!(read_request(&mut huge).err(), Some(413));
        let endless = [b"GET /".as_slice(), &[b'A'; 20_000]].concat();
        assert_eq!(read_request(&mut endless.as_slice()).err(), Some(431));
        let many = [
            b"GET / HTTP/1.1\r\n".as_slice(),
            &b"X-A: bbbbbbbbbbbbbbbbbbbbbbbbbbbbb\r\n".repeat(99),
        ]
        .concat();
        assert_eq!(read_request(&mut many.as_slice()).err(), Some(400));
        let mut short: &[u8] = b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n{}";
        assert_eq!(read_request(&mut short).err(), Some(400));
        let mut binary: &[u8] = b"GET /\xff HTTP/1.1\r\n\r\n";
        assert_eq!(read_request(&mut binary).err(), Some(400));
    }
}
