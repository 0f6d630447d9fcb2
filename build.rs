//! Rebuild when a locale or font file is added (include_dir! only notices edits to files it saw),
//! or a head-office migration (refinery's embed_migrations! reads the folder at build time).
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=migrations");
}
