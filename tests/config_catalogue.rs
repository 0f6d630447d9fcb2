//! The catalogue in kiosk.toml: names per offered language, periods (not months), and the
//! carriers' own names in the shipped file.

use simkiosk::config::Config;

/// A valid config offering three languages; the line numbers below are relied on.
const BASE: &str = r#"[kiosk]
id = "test-kiosk"

[store]
name = "Test Shop"
address = "Tokyo"
issuer_name = "Test KK"
registration_number = "T7123456789012"
support = "0120-000-000"

[languages]
offered = ["ja", "en", "ko"]
default = "ja"

[payment]
kind = "simulated"

[printer]
kind = "simulated"

[carrier]
kind = "demo"
demo_db = "demo.db"

[journal]
path = "journal.db"

[[catalogue.carriers]]
id = "docomo"
name = "NTT docomo"
name_ja = "NTTドコモ"

[[catalogue.plans]]
id = "d15"
carrier = "docomo"
name = { ja = "トラベル 10GB", en = "Travel 10GB", ko = "트래블 10GB" }
data_mb = 10240
days = 15
price_yen = 3300
periods = [1, 2]

[[catalogue.multi_period]]
periods = 2
percent = 5

[[catalogue.promotions]]
id = "dec"
name = { ja = "12月のセール", en = "December sale", ko = "12월 세일" }
percent_off = 10
start = 2026-12-01
end = 2027-01-01
"#;

fn edit(old: &str, new: &str) -> String {
    assert_eq!(
        BASE.matches(old).count(),
        1,
        "{old:?} must occur once in BASE"
    );
    BASE.replacen(old, new, 1)
}

fn problems(text: &str) -> Vec<String> {
    match Config::from_str(text, "t.toml") {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn names_are_read_per_language() {
    let c = Config::from_str(BASE, "t.toml").unwrap_or_else(|e| panic!("BASE rejected:\n{e}"));
    let plan = c.catalogue().plan("d15").expect("plan d15");
    assert_eq!(
        (
            plan.name.get("ja"),
            plan.name.get("en"),
            plan.name.get("ko")
        ),
        ("トラベル 10GB", "Travel 10GB", "트래블 10GB")
    );
    assert_eq!(plan.periods, [1, 2]);
    assert_eq!(c.catalogue().promotions()[0].name.get("ko"), "12월 세일");
    assert_eq!(c.catalogue().tiers()[0].periods, 2);
}

#[test]
fn check_config_names_every_missing_name_with_its_path() {
    let text = edit(
        r#"name = { ja = "トラベル 10GB", en = "Travel 10GB", ko = "트래블 10GB" }"#,
        r#"name = { en = "Travel 10GB" }"#,
    )
    .replace(
        r#"name = { ja = "12月のセール", en = "December sale", ko = "12월 세일" }"#,
        r#"name = { ja = "12月のセール", en = "December sale" }"#,
    );
    assert_eq!(
        problems(&text),
        [
            "t.toml:36: catalogue.plans[0].name.ja: missing: every offered language needs a name",
            "t.toml:36: catalogue.plans[0].name.ko: missing: every offered language needs a name",
            "t.toml:48: catalogue.promotions[0].name.ko: missing: every offered language needs a name",
        ]
    );
}

#[test]
fn a_single_name_string_asks_for_one_per_language() {
    let text = edit(
        r#"name = { ja = "トラベル 10GB", en = "Travel 10GB", ko = "트래블 10GB" }"#,
        r#"name = "Travel 10GB""#,
    );
    assert_eq!(
        problems(&text),
        [
            "t.toml:36: catalogue.plans[0].name: \"Travel 10GB\" is a single name; give one per offered language: name = { ja = \"…\", en = \"…\", ko = \"…\" }"
        ]
    );
}

#[test]
fn a_name_in_a_language_not_offered_is_an_unknown_key() {
    let text = edit(
        r#"ko = "12월 세일" }"#,
        r#"ko = "12월 세일", fr = "Soldes" }"#,
    );
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].starts_with("t.toml:48: catalogue.promotions[0].name.fr: unknown key"),
        "{}",
        p[0]
    );
}

#[test]
fn the_former_months_keys_say_they_were_renamed_to_periods() {
    let text = edit("periods = [1, 2]", "months = [1, 2]").replace(
        "[[catalogue.multi_period]]\nperiods = 2",
        "[[catalogue.multi_month]]\nmonths = 2",
    );
    let p = problems(&text);
    let renamed = |path: &str| {
        p.iter()
            .any(|m| m.contains(path) && m.contains("renamed: a plan is sold in periods"))
    };
    assert!(renamed("catalogue.plans[0].months"), "{p:#?}");
    assert!(renamed("catalogue.multi_month"), "{p:#?}");
}

#[test]
fn shipped_catalogue_names_every_plan_and_promotion_in_every_offered_language() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    let c = Config::load(path).unwrap_or_else(|e| panic!("shipped kiosk.toml rejected:\n{e}"));
    let offered: Vec<&str> = c.languages.offered.iter().map(|l| l.tag()).collect();
    for p in c.catalogue().plans() {
        assert_eq!(
            p.name.missing(&offered),
            Vec::<&str>::new(),
            "plan {}",
            p.id
        );
    }
    for p in c.catalogue().promotions() {
        assert_eq!(
            p.name.missing(&offered),
            Vec::<&str>::new(),
            "promotion {}",
            p.id
        );
        for lang in ["zh-Hans", "zh-Hant"] {
            assert!(
                !p.name.get(lang).contains('¥'),
                "promotion {} prints ¥ in {lang}: {}",
                p.id,
                p.name.get(lang)
            );
        }
    }
}

#[test]
fn shipped_carriers_carry_their_own_names() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    let c = Config::load(path).unwrap_or_else(|e| panic!("shipped kiosk.toml rejected:\n{e}"));
    let names: Vec<(&str, &str)> = c
        .catalogue()
        .carriers()
        .iter()
        .map(|k| (k.name_for("en"), k.name_for("ja")))
        .collect();
    assert_eq!(
        names,
        [
            ("NTT docomo", "NTTドコモ"),
            ("SoftBank", "SoftBank"),
            ("au", "au")
        ]
    );
}
