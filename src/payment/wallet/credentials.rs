//! The API key and secret: from the environment, or from a file kiosk.toml names — never from
//! kiosk.toml itself (it is copied around; a secret in it leaks).

use super::WalletError;
use std::path::Path;

/// An API key and secret. `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub api_key: String,
    pub api_secret: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("api_key", &self.api_key)
            .finish_non_exhaustive()
    }
}

/// The environment variables read when no file is named.
pub const KEY_VAR: &str = "SIMKIOSK_PAYPAY_API_KEY";
pub const SECRET_VAR: &str = "SIMKIOSK_PAYPAY_API_SECRET";

impl Credentials {
    /// From `KEY_VAR` and `SECRET_VAR`.
    pub fn from_env() -> Result<Credentials, WalletError> {
        let var = |name: &str| {
            std::env::var(name)
                .ok()
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .ok_or_else(|| {
                    WalletError::Config(format!(
                        "the environment variable {name} (PayPay API credentials) is not set"
                    ))
                })
        };
        Ok(Credentials {
            api_key: var(KEY_VAR)?,
            api_secret: var(SECRET_VAR)?,
        })
    }

    /// From a file of two lines `api_key = …` and `api_secret = …` (blank lines and `#`
    /// comments allowed).
    pub fn from_file(path: &Path) -> Result<Credentials, WalletError> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            WalletError::Config(format!(
                "cannot read the credentials file {}: {e}",
                path.display()
            ))
        })?;
        Credentials::parse(&text)
            .map_err(|e| WalletError::Config(format!("credentials file {}: {e}", path.display())))
    }

    pub fn parse(text: &str) -> Result<Credentials, String> {
        let (mut key, mut secret) = (None, None);
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, value)) = line.split_once('=') else {
                return Err(format!("line {}: expected `name = value`", n + 1));
            };
            let value = value.trim().trim_matches('"').to_string();
            match name.trim() {
                "api_key" => key = Some(value),
                "api_secret" => secret = Some(value),
                other => return Err(format!("line {}: unknown name `{other}`", n + 1)),
            }
        }
        match (key, secret) {
            (Some(api_key), Some(api_secret)) if !api_key.is_empty() && !api_secret.is_empty() => {
                Ok(Credentials {
                    api_key,
                    api_secret,
                })
            }
            _ => Err("needs a non-empty `api_key` and `api_secret`".into()),
        }
    }

    /// From `file` when one is named, else from the environment.
    pub fn load(file: Option<&Path>) -> Result<Credentials, WalletError> {
        match file {
            Some(path) => Credentials::from_file(path),
            None => Credentials::from_env(),
        }
    }
}
