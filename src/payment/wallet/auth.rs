//! PayPay OPA request signature: `Authorization: hmac OPA-Auth:{apiKey}:{mac}:{nonce}:{epoch}:{hash}`.
//!
//! As PayPay's public SDKs compute it (paypayopa-sdk-python `Client.auth_header`, the Node and
//! Go SDKs agree):
//! - `hash` = base64(MD5(content type ‖ body)) for a request with a body, else the word `empty`
//!   (and the content type in the signed string is then `empty` too);
//! - `mac` = base64(HMAC-SHA256(api secret as UTF-8 bytes, path ⏎ method ⏎ nonce ⏎ epoch ⏎
//!   content type ⏎ hash)), `⏎` a line feed, `path` the request path without host or query.
//!
//! The simulator checks requests with [`verify`], so the kiosk and the simulator cannot drift
//! apart silently: the vectors in the tests pin the format itself.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use md5::{Digest, Md5};
use sha2::Sha256;

/// The content type a signed JSON body is sent with (the SDKs' value, signed verbatim).
pub const JSON_CONTENT_TYPE: &str = "application/json;charset=UTF-8";
/// Stands in for the content type and the body hash of a request without a body.
pub const EMPTY: &str = "empty";
/// The authorisation scheme before the first colon.
pub const SCHEME: &str = "hmac OPA-Auth";

/// The parts of one signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub api_key: String,
    pub mac: String,
    pub nonce: String,
    pub epoch: i64,
    pub body_hash: String,
}

impl Signed {
    /// The `Authorization` header's value.
    pub fn header(&self) -> String {
        format!(
            "{SCHEME}:{}:{}:{}:{}:{}",
            self.api_key, self.mac, self.nonce, self.epoch, self.body_hash
        )
    }

    /// Reads an `Authorization` header back into its parts.
    pub fn parse(header: &str) -> Option<Signed> {
        let rest = header.strip_prefix(SCHEME)?.strip_prefix(':')?;
        let parts: Vec<&str> = rest.split(':').collect();
        let [api_key, mac, nonce, epoch, body_hash] = parts.as_slice() else {
            return None;
        };
        Some(Signed {
            api_key: api_key.to_string(),
            mac: mac.to_string(),
            nonce: nonce.to_string(),
            epoch: epoch.parse().ok()?,
            body_hash: body_hash.to_string(),
        })
    }
}

/// base64(MD5(content type ‖ body)), or `empty` without a body.
pub fn body_hash(body: Option<&str>) -> String {
    match body {
        None => EMPTY.to_string(),
        Some(body) => {
            let mut md5 = Md5::new();
            md5.update(JSON_CONTENT_TYPE.as_bytes());
            md5.update(body.as_bytes());
            B64.encode(md5.finalize())
        }
    }
}

/// The string the MAC covers.
pub fn canonical(path: &str, method: &str, nonce: &str, epoch: i64, body: Option<&str>) -> String {
    let content_type = if body.is_some() {
        JSON_CONTENT_TYPE
    } else {
        EMPTY
    };
    format!(
        "{path}\n{method}\n{nonce}\n{epoch}\n{content_type}\n{}",
        body_hash(body)
    )
}

fn mac(secret: &str, canonical: &str) -> String {
    // HMAC takes a key of any length; `new_from_slice` cannot fail for it.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key");
    mac.update(canonical.as_bytes());
    B64.encode(mac.finalize().into_bytes())
}

/// Signs one request.
pub fn sign(
    api_key: &str,
    api_secret: &str,
    path: &str,
    method: &str,
    body: Option<&str>,
    nonce: &str,
    epoch: i64,
) -> Signed {
    Signed {
        api_key: api_key.to_string(),
        mac: mac(api_secret, &canonical(path, method, nonce, epoch, body)),
        nonce: nonce.to_string(),
        epoch,
        body_hash: body_hash(body),
    }
}

/// Why a request's signature is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("no `hmac OPA-Auth` Authorization header")]
    Malformed,
    #[error("unknown API key")]
    UnknownKey,
    #[error("the body hash does not match the body")]
    BodyHash,
    #[error("the MAC does not match")]
    Mac,
    #[error("the epoch is {skew} s away from the server's clock")]
    Stale { skew: i64 },
}

/// Checks a request as the provider would: key, body hash, MAC and clock skew.
#[allow(clippy::too_many_arguments)]
pub fn verify(
    header: &str,
    api_key: &str,
    api_secret: &str,
    path: &str,
    method: &str,
    body: Option<&str>,
    now: i64,
    max_skew_secs: i64,
) -> Result<(), VerifyError> {
    let signed = Signed::parse(header).ok_or(VerifyError::Malformed)?;
    if signed.api_key != api_key {
        return Err(VerifyError::UnknownKey);
    }
    if signed.body_hash != body_hash(body) {
        return Err(VerifyError::BodyHash);
    }
    let expected = mac(
        api_secret,
        &canonical(path, method, &signed.nonce, signed.epoch, body),
    );
    if signed.mac != expected {
        return Err(VerifyError::Mac);
    }
    let skew = (now - signed.epoch).abs();
    if skew > max_skew_secs {
        return Err(VerifyError::Stale { skew });
    }
    Ok(())
}
