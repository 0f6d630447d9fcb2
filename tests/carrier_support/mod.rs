//! A carrier REST server on 127.0.0.1 for the HTTP client tests: implements
//! docs/CARRIER-API.md (bearer key, lookups, renewals deduplicated by Idempotency-Key) and
//! plays scripted faults.

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tiny_http::{Header, Response, Server};

pub const KEY: &str = "test-key-123";
pub const NUMBER: &str = "09012345678";
pub const ICCID: &str = "8981100000000000010";

/// What the server does with the next request of a kind.
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    /// 503 before doing anything.
    Unavailable,
    /// Never answers (holds the request for this long).
    Silent(Duration),
    /// 200 with a body that is not JSON.
    Garbage,
    /// Renews, then answers 503.
    RenewThen503,
    /// Renews, then closes the connection without a byte.
    RenewThenDrop,
    /// Renews, then sends the status line and half the body.
    RenewThenCut,
}

#[derive(Default)]
pub struct State {
    pub lookup_faults: VecDeque<Fault>,
    pub renew_faults: VecDeque<Fault>,
    /// Requests received, per path kind.
    pub lookups: u32,
    pub posts: u32,
    /// Renewals actually applied (what must never exceed one per key).
    pub renewals_applied: u32,
    /// Idempotency key -> (request body, stored answer).
    pub by_key: HashMap<String, (serde_json::Value, serde_json::Value)>,
    pub keys_seen: Vec<String>,
    /// `Content-Type` of each renewal request.
    pub content_types: Vec<Option<String>>,
    /// The URL (path and query) of every request received, in order.
    pub urls_seen: Vec<String>,
    /// The body of every lookup request.
    pub lookup_bodies: Vec<serde_json::Value>,
}

pub struct Carrier {
    pub url: String,
    pub state: Arc<Mutex<State>>,
    pub server: Arc<Server>,
}

impl Drop for Carrier {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

pub fn start() -> Carrier {
    let server = Arc::new(Server::http("127.0.0.1:0").expect("bind loopback"));
    let url = format!("http://{}", server.server_addr().to_ip().unwrap());
    let state = Arc::new(Mutex::new(State::default()));
    let (s, st) = (server.clone(), state.clone());
    std::thread::spawn(move || {
        while let Ok(req) = s.recv() {
            let st = st.clone();
            // One thread per request so a silent answer does not hold up the next.
            std::thread::spawn(move || handle(req, &st));
        }
    });
    Carrier { url, state, server }
}

fn header(req: &tiny_http::Request, name: &str) -> Option<String> {
    req.headers()
        .iter()
        .find(|h| h.field.to_string().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str().to_string())
}

fn json(status: u16, v: serde_json::Value) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string(v.to_string())
        .with_status_code(status)
        .with_header(Header::from_bytes("Content-Type", "application/json").unwrap())
}

fn handle(mut req: tiny_http::Request, st: &Mutex<State>) {
    if header(&req, "Authorization").as_deref() != Some(&format!("Bearer {KEY}")) {
        let _ = req.respond(json(401, serde_json::json!({"error": "bad key"})));
        return;
    }
    let url = req.url().to_string();
    st.lock().unwrap().urls_seen.push(url.clone());
    if req.method() == &tiny_http::Method::Post && url == "/v1/subscribers/lookup" {
        let mut body = String::new();
        let _ = req.as_reader().read_to_string(&mut body);
        let Ok(body) = serde_json::from_str::<serde_json::Value>(&body) else {
            let _ = req.respond(json(400, serde_json::json!({"error": "body is not JSON"})));
            return;
        };
        let fault = {
            let mut s = st.lock().unwrap();
            s.lookups += 1;
            s.lookup_bodies.push(body.clone());
            s.lookup_faults.pop_front()
        };
        match fault {
            Some(Fault::Unavailable) => {
                let _ = req.respond(Response::empty(503));
            }
            Some(Fault::Silent(d)) => std::thread::sleep(d),
            Some(Fault::Garbage) => {
                let _ = req.respond(Response::from_string("<html>oops</html>"));
            }
            _ => {
                let id = body["sim_id"].as_str().unwrap_or_default();
                if id == NUMBER || id == ICCID {
                    let _ = req.respond(json(
                        200,
                        serde_json::json!({"subscriber_ref": "sub_42", "carrier_id": "docomo",
                            "plan_id": "docomo-7d-3gb", "plan_name": "Travel 3GB",
                            "data_left_mb": 1200, "expires_on": "2026-11-28"}),
                    ));
                } else {
                    let _ = req.respond(json(404, serde_json::json!({"error": "not found"})));
                }
            }
        }
        return;
    }
    if req.method() == &tiny_http::Method::Post && url == "/v1/renewals" {
        let mut body = String::new();
        let _ = req.as_reader().read_to_string(&mut body);
        let Some(key) = header(&req, "Idempotency-Key") else {
            let _ = req.respond(json(
                400,
                serde_json::json!({"error": "Idempotency-Key required"}),
            ));
            return;
        };
        let Ok(body) = serde_json::from_str::<serde_json::Value>(&body) else {
            let _ = req.respond(json(400, serde_json::json!({"error": "body is not JSON"})));
            return;
        };
        let (fault, answer) = {
            let mut s = st.lock().unwrap();
            s.posts += 1;
            s.keys_seen.push(key.clone());
            s.content_types.push(header(&req, "Content-Type"));
            let fault = s.renew_faults.pop_front();
            if let Some(Fault::Unavailable) = fault {
                (fault, None)
            } else if let Some((earlier, answer)) = s.by_key.get(&key) {
                if *earlier == body {
                    (fault, Some((200, answer.clone())))
                } else {
                    (
                        fault,
                        Some((409, serde_json::json!({"reason": "key reused"}))),
                    )
                }
            } else if body["plan_id"] == "forbidden" {
                (
                    fault,
                    Some((
                        422,
                        serde_json::json!({"reason": "plan not allowed for this SIM"}),
                    )),
                )
            } else {
                s.renewals_applied += 1;
                let answer = serde_json::json!({"renewal_id": format!("ren_{}", s.renewals_applied),
                    "new_expiry": "2026-12-12", "data_left_mb": 3072});
                s.by_key.insert(key, (body, answer.clone()));
                (fault, Some((201, answer)))
            }
        };
        match (fault, answer) {
            (_, None) | (Some(Fault::RenewThen503), _) => {
                let _ = req.respond(Response::empty(503));
            }
            (Some(Fault::RenewThenDrop), _) => drop(req.into_writer()),
            (Some(Fault::RenewThenCut), _) => {
                let mut w = req.into_writer();
                let _ = w.write_all(
                    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 90\r\n\r\n{\"renewal_id\":",
                );
                let _ = w.flush();
            }
            (_, Some((status, answer))) => {
                let _ = req.respond(json(status, answer));
            }
        }
        return;
    }
    let _ = req.respond(Response::empty(404));
}
