//! simkiosk: a self-service kiosk that renews prepaid Japanese data SIMs.
//!
//! The folder tree is the architecture (see README.md):
//! pure cores (`domain`, `flow`, `payment::zvt`, `printer` layout) with thin I/O around them,
//! and one `engine` shared by the touch UI and the command line.

pub mod carrier;
pub mod cli;
pub mod config;
pub mod control;
pub mod domain;
pub mod engine;
pub mod fleet;
pub mod flow;
pub mod i18n;
pub mod journal;
pub mod ops;
pub mod payment;
pub mod printer;
pub mod service;
#[cfg(feature = "ui")]
pub mod ui;
