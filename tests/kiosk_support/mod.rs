//! The shipped demo kiosk.toml, pointed at test devices: one place for the engine and crash tests.

use std::path::Path;

/// The shipped kiosk.toml with its journal and demo carrier inside `dir`, and each `(section,
/// body)` of `sections` replacing that section whole (e.g. `("payment", "kind = …")`).
pub fn demo_config_text(dir: &Path, sections: &[(&str, String)]) -> String {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml"))
        .expect("read the shipped kiosk.toml");
    let mut table: toml::Table = shipped.parse().expect("the shipped kiosk.toml is TOML");
    let carrier = format!(
        "kind = \"demo\"\ndemo_db = \"{}\"",
        dir.join("carrier.db").display()
    );
    let journal = format!("path = \"{}\"", dir.join("journal.db").display());
    let defaults = [("carrier", carrier), ("journal", journal)];
    for (section, body) in defaults.iter().chain(sections) {
        let value = body
            .parse()
            .unwrap_or_else(|e| panic!("[{section}] {body:?}: {e}"));
        table.insert((*section).to_owned(), toml::Value::Table(value));
    }
    toml::to_string(&table).expect("serialise kiosk.toml")
}

/// A `zvt-serial` payment section for a simulator's pseudo-terminal.
#[allow(dead_code)] // not every test binary that includes this module uses it
pub fn zvt_serial(port: &Path) -> (&'static str, String) {
    (
        "payment",
        format!(
            "kind = \"zvt-serial\"\nport = \"{}\"\nbaud = 9600",
            port.display()
        ),
    )
}
