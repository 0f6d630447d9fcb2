//! Printing a journaled transaction's receipt.

use super::{Engine, receipt};
use crate::i18n::Lang;
use fail::fail_point;

/// Render and print the receipt of `id`; true when the printer confirmed the whole job.
pub(super) fn print(engine: &Engine, id: &str, lang: Lang, reprint: bool) -> bool {
    fail_point!("sale.before_print", |_| false);
    let facts = match receipt::receipt_facts(engine, id, lang, reprint) {
        Ok(facts) => facts,
        Err(e) => {
            tracing::error!(transaction = id, error = %e, "cannot build the receipt");
            return false;
        }
    };
    let job =
        match crate::printer::render_escpos(&facts, engine.config().printer.paper_width.dots()) {
            Ok(job) => job,
            Err(e) => {
                tracing::error!(transaction = id, error = %e, "cannot render the receipt");
                return false;
            }
        };
    match engine.printer().print(&job) {
        Ok(()) => {
            fail_point!("sale.after_print", |_| true);
            true
        }
        Err(e) => {
            tracing::warn!(transaction = id, error = %e, "receipt not printed: marked for reprint");
            false
        }
    }
}
