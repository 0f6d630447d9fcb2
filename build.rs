//! Rebuild when a locale or font file is added (include_dir! only notices edits to files it saw).
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=assets");
}
