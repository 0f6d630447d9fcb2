//! The operator PIN: 6-8 digits, stored only as an Argon2id PHC string in kiosk.toml
//! (`[operator] pin_hash`). Verification runs Argon2 and compares in constant time
//! (`password_hash::Output` uses `subtle`), so timing says nothing about the PIN.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Shortest and longest PIN the pad accepts.
pub const PIN_MIN_DIGITS: usize = 6;
pub const PIN_MAX_DIGITS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("the PIN must be {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits; got {0} characters")]
    Length(usize),
    #[error("the PIN must contain digits only (0-9)")]
    NotDigits,
    #[error("hashing the PIN failed: {0}")]
    Hash(String),
}

/// The PIN's shape: 6-8 ASCII digits. The error never repeats the PIN.
pub fn check_format(pin: &str) -> Result<(), PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    let n = pin.len();
    if !(PIN_MIN_DIGITS..=PIN_MAX_DIGITS).contains(&n) {
        return Err(PinError::Length(n));
    }
    Ok(())
}

/// Argon2id (v=19) with the crate's recommended parameters (m=19456 KiB, t=2, p=1; OWASP's
/// minimum) and a random 16-byte salt, as a PHC string `$argon2id$v=19$m=...`.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    check_format(pin)?;
    // uuid v4 draws its 122 random bits from the OS (getrandom): a good salt.
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
        .map_err(|e| PinError::Hash(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default());
    argon
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// Does `pin` match the PHC string `hash`? False for a malformed hash or a PIN of the wrong
/// shape (which cannot have been hashed by `hash_pin`). Parameters come from the hash itself.
pub fn verify(hash: &str, pin: &str) -> bool {
    if check_format(pin).is_err() {
        return false;
    }
    let Ok(parsed) = PasswordHash::new(hash) else {
        tracing::error!("operator pin_hash is not a PHC string: every PIN is refused");
        return false;
    };
    Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify() {
        let h = hash_pin("246810").expect("hash");
        assert!(h.starts_with("$argon2id$v=19$"), "{h}");
        assert!(verify(&h, "246810"));
        assert!(!verify(&h, "246811"));
        assert!(!verify(&h, ""));
    }

    #[test]
    fn two_hashes_of_one_pin_differ_by_salt() {
        assert_ne!(hash_pin("12345678").unwrap(), hash_pin("12345678").unwrap());
    }

    #[test]
    fn format_rules() {
        assert_eq!(check_format("12345"), Err(PinError::Length(5)));
        assert_eq!(check_format("123456789"), Err(PinError::Length(9)));
        assert_eq!(check_format("12a456"), Err(PinError::NotDigits));
        assert_eq!(check_format("１２３４５６"), Err(PinError::NotDigits));
        assert_eq!(check_format("123456"), Ok(()));
        assert_eq!(check_format("12345678"), Ok(()));
    }

    #[test]
    fn malformed_hash_refuses_everything() {
        assert!(!verify("not a hash", "123456"));
        assert!(!verify("", "123456"));
    }
}
