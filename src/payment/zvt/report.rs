//! What a session reports: its events, how a command finished, and its errors.

use super::bmp::{BmpError, Fields, take_lllvar};
use super::command::CommandError;
use super::link::LinkError;
use crate::payment::CommitDecision;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("link: {0}")]
    Link(#[from] LinkError),
    #[error("no answer to {command} within T3 ({secs} s)")]
    T3 { command: &'static str, secs: u64 },
    #[error("no completion of {command} within T4 ({secs} s)")]
    T4 { command: &'static str, secs: u64 },
    #[error("{0}")]
    Command(#[from] CommandError),
    #[error("terminal sent unreadable fields: {0}")]
    Fields(#[from] BmpError),
    #[error("a command is already running")]
    Busy,
}

/// What the terminal said at the end of a command (`06 0F`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completion {
    /// Software version (LLLVAR without a tag, status enquiry and diagnosis).
    pub sw_version: Option<String>,
    /// Terminal status code after the software version (00 = ready).
    pub terminal_status: Option<u8>,
    pub fields: Fields,
}

impl Completion {
    pub fn parse(data: &[u8]) -> Result<Completion, BmpError> {
        let mut c = Completion::default();
        let mut rest = data;
        if rest.first().is_some_and(|b| b & 0xF0 == 0xF0)
            && let Some((v, used)) = take_lllvar(rest)
        {
            c.sw_version = Some(
                String::from_utf8_lossy(v)
                    .trim_end_matches('\0')
                    .to_string(),
            );
            c.terminal_status = rest.get(used).copied();
            rest = rest.get(used + 1..).unwrap_or(&[]);
        }
        c.fields = Fields::parse(rest)?;
        Ok(c)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finish {
    /// `06 0F` (or the `80 00 00` of a command that ends there).
    Completed(Option<Completion>),
    /// `06 1E` with its result code.
    Aborted {
        result_code: u8,
        fields: Fields,
    },
    /// `84 xx 00` answered to our command.
    Rejected {
        result_code: u8,
    },
    /// T4 expired after our `80 00 00` to the approval was acknowledged: the sale stands.
    CompletionLost,
    Failed(SessionError),
}

/// Everything a finished command produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub command: &'static str,
    pub finish: Finish,
    /// The last status information, if any.
    pub status: Option<Fields>,
    /// Our answer to the approval, if one was asked for.
    pub decision: Option<CommitDecision>,
    /// The terminal acknowledged our answer to the approval (ACK on serial; written on TCP).
    pub decision_delivered: bool,
    /// Print lines (`06 D1`) and print text block lines (`06 D3`), in order.
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionEvent {
    Intermediate(u8),
    /// A status information that needs no decision (declines, reversals, end-of-day).
    Status(Box<Fields>),
    /// The approval: call [`Session::decide`].
    CommitRequired(Box<Fields>),
    PrintLine(String),
    Finished(Box<Report>),
}
