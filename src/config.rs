//! kiosk.toml (under construction)
