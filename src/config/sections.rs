//! Reading each kiosk.toml section into its typed form, recording every problem.

use super::read::{Ctx, Table};
use super::tree::Node;
use super::*;

const SECTIONS: [&str; 11] = [
    "kiosk",
    "store",
    "languages",
    "timeouts",
    "payment",
    "printer",
    "carrier",
    "journal",
    "operator",
    "catalogue",
    "fleet",
];

/// Read the whole document; `Some` only when every section read cleanly.
pub(super) fn read(ctx: &mut Ctx, root: &Node) -> Option<Config> {
    let root = Table::root(root);
    ctx.check_keys(&root, &SECTIONS);
    let kiosk = kiosk(ctx, &root);
    let store = store(ctx, &root);
    let languages = languages(ctx, &root);
    let timeouts = timeouts(ctx, &root);
    let payment = payment(ctx, &root);
    let payment_methods = super::wallet::methods(ctx, &root);
    let printer = printer(ctx, &root);
    let carrier = carrier(ctx, &root);
    let journal = journal(ctx, &root);
    let operator = operator(ctx, &root);
    let fleet = super::fleet::read(ctx, &root);
    // Names must cover the offered languages; without a valid list, only their tags are checked.
    let offered: Option<Vec<&str>> = languages
        .as_ref()
        .map(|l| l.offered.iter().map(|lang| lang.tag()).collect());
    let catalogue = super::catalogue::read(ctx, &root, offered.as_deref());
    Some(Config {
        kiosk: kiosk?,
        store: store?,
        languages: languages?,
        timeouts,
        payment: payment?,
        payment_methods: payment_methods?,
        printer: printer?,
        carrier: carrier?,
        journal: journal?,
        operator,
        catalogue: catalogue?,
        fleet: fleet?,
    })
}

fn kiosk(ctx: &mut Ctx, root: &Table) -> Option<KioskConfig> {
    let t = ctx.table(root, "kiosk", &["id"]);
    let id = ctx.req_str(&t, "id")?;
    if !is_identifier(&id) {
        ctx.err(
            &t,
            "id",
            format!("{id:?} may only contain letters, digits, '-', '_' and '.'"),
        );
        return None;
    }
    Some(KioskConfig { id })
}

pub fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn store(ctx: &mut Ctx, root: &Table) -> Option<StoreConfig> {
    let keys = [
        "name",
        "address",
        "issuer_name",
        "registration_number",
        "support",
        "receipt_url_template",
        "brand_color",
        "logo",
    ];
    let t = ctx.table(root, "store", &keys);
    let name = ctx.req_str(&t, "name");
    let address = ctx.req_str(&t, "address");
    let issuer_name = ctx.req_str(&t, "issuer_name");
    let registration_number =
        ctx.req_str(&t, "registration_number")
            .and_then(|r| match check_registration_number(&r) {
                Ok(()) => Some(r),
                Err(why) => {
                    ctx.err(&t, "registration_number", format!("{r:?} {why}"));
                    None
                }
            });
    let support = ctx.req_str(&t, "support");
    let receipt_url_template = ctx.opt_str(&t, "receipt_url_template");
    if let Some(u) = &receipt_url_template
        && (!(u.starts_with("https://") || u.starts_with("http://"))
            || !u.contains("{transaction_id}"))
    {
        ctx.err(
            &t,
            "receipt_url_template",
            format!("{u:?} must be an http(s) URL containing {{transaction_id}}"),
        );
    }
    let brand_color = ctx.opt_str(&t, "brand_color");
    if let Some(c) = &brand_color
        && let Err(why) = super::parse_rgb(c)
    {
        ctx.err(&t, "brand_color", format!("{c:?} {why}"));
    }
    Some(StoreConfig {
        name: name?,
        address: address?,
        issuer_name: issuer_name?,
        registration_number: registration_number?,
        support: support?,
        receipt_url_template,
        brand_color,
        logo: ctx.opt_str(&t, "logo").map(Into::into),
    })
}

/// A qualified-invoice registration number: `T` + a 13-digit number whose first digit is the
/// check digit of the corporate-number scheme (法人番号の指定等に関する省令 第2条):
/// `9 - (Σ P_n × Q_n mod 9)`, P_n the n-th of the other 12 digits counted from the right,
/// Q_n = 1 for odd n and 2 for even n.
pub fn check_registration_number(r: &str) -> Result<(), String> {
    let Some(digits) = r.strip_prefix('T') else {
        return Err("must start with T".into());
    };
    if digits.len() != 13 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("must be T followed by 13 digits".into());
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let expected = corporate_number_check_digit(&d[1..]);
    if d[0] != expected {
        return Err(format!("has check digit {}, expected {expected}", d[0]));
    }
    Ok(())
}

/// Check digit of a 12-digit base corporate number (see [`check_registration_number`]).
pub fn corporate_number_check_digit(base12: &[u32]) -> u32 {
    let sum: u32 = base12
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { *d } else { d * 2 })
        .sum();
    9 - sum % 9
}

fn languages(ctx: &mut Ctx, root: &Table) -> Option<LanguagesConfig> {
    let t = ctx.table(root, "languages", &["offered", "default"]);
    let tags = Lang::tag_list();
    let offered = if ctx.require(&t, "offered") {
        ctx.array(&t, "offered", "a language tag (string)", |k| match k {
            super::tree::Kind::Str(s) => Some(s.clone()),
            _ => None,
        })
    } else {
        None
    };
    let offered = offered.and_then(|list| {
        let mut langs = Vec::new();
        for tag in &list {
            match Lang::from_tag(tag) {
                Some(l) if langs.contains(&l) => {
                    ctx.err(&t, "offered", format!("{tag:?} is listed twice"));
                }
                Some(l) => langs.push(l),
                None => ctx.err(&t, "offered", format!("{tag:?} is not one of {tags}")),
            }
        }
        if list.is_empty() {
            ctx.err(&t, "offered", "must offer at least one language");
        }
        (langs.len() == list.len() && !langs.is_empty()).then_some(langs)
    });
    let default = ctx
        .req_str(&t, "default")
        .and_then(|tag| match Lang::from_tag(&tag) {
            Some(l) => Some(l),
            None => {
                ctx.err(&t, "default", format!("{tag:?} is not one of {tags}"));
                None
            }
        });
    let (offered, default) = (offered?, default?);
    if !offered.contains(&default) {
        ctx.err(
            &t,
            "default",
            format!("{:?} is not in languages.offered", default.tag()),
        );
        return None;
    }
    Some(LanguagesConfig { offered, default })
}

fn timeouts(ctx: &mut Ctx, root: &Table) -> TimeoutsConfig {
    let keys = [
        "idle_secs",
        "idle_prompt_secs",
        "done_secs",
        "carrier_secs",
        "payment_secs",
    ];
    let t = ctx.table(root, "timeouts", &keys);
    let day = 24 * 3600;
    let secs = |v: i64| Duration::from_secs(v as u64);
    TimeoutsConfig {
        idle: secs(ctx.int_in(&t, "idle_secs", 15..=day, 60)),
        idle_prompt: secs(ctx.int_in(&t, "idle_prompt_secs", 20..=day, 20)),
        done: secs(ctx.int_in(&t, "done_secs", 1..=day, 15)),
        carrier: secs(ctx.int_in(&t, "carrier_secs", 1..=600, 10)),
        payment: secs(ctx.int_in(&t, "payment_secs", 30..=600, 180)),
    }
}

/// `host:port` with `default_port` added when there is no port.
fn host_port(ctx: &mut Ctx, t: &Table, key: &str, default_port: u16) -> Option<String> {
    let a = ctx.req_str(t, key)?;
    let (host, port) = match a.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(':') || h.starts_with('[') => (h.to_string(), Some(p)),
        _ => (a.clone(), None),
    };
    let port = match port {
        None => default_port,
        Some(p) => match p.parse::<u16>() {
            Ok(n) if n > 0 => n,
            _ => {
                ctx.err(
                    t,
                    key,
                    format!("{a:?}: {p:?} is not a port number (1-65535)"),
                );
                return None;
            }
        },
    };
    if host.is_empty() || host.contains(char::is_whitespace) {
        ctx.err(t, key, format!("{a:?} is not host:port"));
        return None;
    }
    Some(format!("{host}:{port}"))
}

fn baud(ctx: &mut Ctx, t: &Table) -> Option<u32> {
    match ctx.opt_int(t, "baud") {
        None if t.has("baud") => None,
        None => Some(9600),
        Some(b) if BAUD_RATES.iter().any(|r| i64::from(*r) == b) => Some(b as u32),
        Some(b) => {
            let list: Vec<String> = BAUD_RATES.iter().map(u32::to_string).collect();
            ctx.err(t, "baud", format!("{b} is not one of {}", list.join(", ")));
            None
        }
    }
}

/// Report keys that the chosen `kind` does not use (they would silently do nothing).
/// Keys unknown to the section are left to `check_keys`.
fn unused_for_kind(ctx: &mut Ctx, t: &Table, known: &[&str], kind: &str, used: &[&str]) {
    for e in t.entries.unwrap_or(&[]) {
        let key = e.key.as_str();
        if key != "kind" && known.contains(&key) && !used.contains(&key) {
            let path = t.key_path(&e.key);
            ctx.error(e.line, path, format!("not used when kind = {kind:?}"));
        }
    }
}

fn payment(ctx: &mut Ctx, root: &Table) -> Option<PaymentConfig> {
    let keys = [
        "kind",
        "port",
        "baud",
        "address",
        "password_env",
        "password_file",
    ];
    let allowed = [&keys[..], &["methods", "paypay"]].concat();
    let t = ctx.table(root, "payment", &allowed);
    if !ctx.require(&t, "kind") {
        return None;
    }
    let kind = ctx.choice(&t, "kind", &["zvt-serial", "zvt-tcp", "simulated"])?;
    let password = match (
        ctx.opt_str(&t, "password_env"),
        ctx.opt_str(&t, "password_file"),
    ) {
        (Some(_), Some(_)) => {
            ctx.err(
                &t,
                "password_file",
                "give password_env or password_file, not both",
            );
            None
        }
        (Some(var), None) => Some(PasswordSource::Env(var)),
        (None, Some(path)) => Some(PasswordSource::File(path.into())),
        (None, None) => None,
    };
    let pw = ["password_env", "password_file"];
    match kind.as_str() {
        "zvt-serial" => {
            unused_for_kind(ctx, &t, &keys, &kind, &["port", "baud", pw[0], pw[1]]);
            let port = ctx.req_str(&t, "port");
            let baud = baud(ctx, &t);
            Some(PaymentConfig::ZvtSerial {
                port: port?.into(),
                baud: baud?,
                password,
            })
        }
        "zvt-tcp" => {
            unused_for_kind(ctx, &t, &keys, &kind, &["address", pw[0], pw[1]]);
            let address = host_port(ctx, &t, "address", ZVT_TCP_DEFAULT_PORT)?;
            Some(PaymentConfig::ZvtTcp { address, password })
        }
        _ => {
            unused_for_kind(ctx, &t, &keys, &kind, &pw);
            Some(PaymentConfig::Simulated { password })
        }
    }
}

fn printer(ctx: &mut Ctx, root: &Table) -> Option<PrinterConfig> {
    let keys = [
        "kind",
        "port",
        "baud",
        "address",
        "path",
        "paper_width_mm",
        "allow_qr_receipt_when_unavailable",
    ];
    let t = ctx.table(root, "printer", &keys);
    let paper_width = match ctx.opt_int(&t, "paper_width_mm") {
        None if t.has("paper_width_mm") => None,
        None | Some(80) => Some(PaperWidth::Mm80),
        Some(58) => Some(PaperWidth::Mm58),
        Some(w) => {
            ctx.err(&t, "paper_width_mm", format!("{w} is not one of 80, 58"));
            None
        }
    };
    let allow_qr = ctx
        .opt_bool(&t, "allow_qr_receipt_when_unavailable")
        .unwrap_or(false);
    if !ctx.require(&t, "kind") {
        return None;
    }
    let kind = ctx.choice(
        &t,
        "kind",
        &["serial", "network", "usb", "file", "simulated"],
    )?;
    let common = ["paper_width_mm", "allow_qr_receipt_when_unavailable"];
    let kind = match kind.as_str() {
        "serial" => {
            unused_for_kind(
                ctx,
                &t,
                &keys,
                &kind,
                &[&common[..], &["port", "baud"]].concat(),
            );
            let port = ctx.req_str(&t, "port");
            let baud = baud(ctx, &t);
            PrinterKind::Serial {
                port: port?.into(),
                baud: baud?,
            }
        }
        "network" => {
            unused_for_kind(ctx, &t, &keys, &kind, &[&common[..], &["address"]].concat());
            PrinterKind::Network {
                address: host_port(ctx, &t, "address", PRINTER_DEFAULT_PORT)?,
            }
        }
        "usb" | "file" => {
            unused_for_kind(ctx, &t, &keys, &kind, &[&common[..], &["path"]].concat());
            let path: PathBuf = ctx.req_str(&t, "path")?.into();
            if kind == "usb" {
                PrinterKind::Usb { path }
            } else {
                PrinterKind::File { path }
            }
        }
        _ => {
            unused_for_kind(ctx, &t, &keys, &kind, &common);
            PrinterKind::Simulated
        }
    };
    Some(PrinterConfig {
        kind,
        paper_width: paper_width?,
        allow_qr_receipt_when_unavailable: allow_qr,
    })
}

fn carrier(ctx: &mut Ctx, root: &Table) -> Option<CarrierConfig> {
    let keys = ["kind", "demo_db", "base_url", "api_key_env", "timeout_secs"];
    let t = ctx.table(root, "carrier", &keys);
    let timeout = ctx.int_in(&t, "timeout_secs", 1..=120, 5);
    if !ctx.require(&t, "kind") {
        return None;
    }
    let kind = ctx.choice(&t, "kind", &["demo", "http"])?;
    let kind = if kind == "demo" {
        unused_for_kind(ctx, &t, &keys, &kind, &["demo_db", "timeout_secs"]);
        CarrierKind::Demo {
            demo_db: ctx.req_str(&t, "demo_db")?.into(),
        }
    } else {
        unused_for_kind(
            ctx,
            &t,
            &keys,
            &kind,
            &["base_url", "api_key_env", "timeout_secs"],
        );
        let base_url = ctx.req_str(&t, "base_url").and_then(|u| {
            if u.starts_with("https://") || u.starts_with("http://") {
                Some(u.trim_end_matches('/').to_string())
            } else {
                ctx.err(&t, "base_url", format!("{u:?} is not an http(s) URL"));
                None
            }
        });
        let api_key_env = ctx.req_str(&t, "api_key_env");
        CarrierKind::Http {
            base_url: base_url?,
            api_key_env: api_key_env?,
        }
    };
    Some(CarrierConfig {
        kind,
        request_timeout: Duration::from_secs(timeout as u64),
    })
}

fn journal(ctx: &mut Ctx, root: &Table) -> Option<JournalConfig> {
    let t = ctx.table(root, "journal", &["path"]);
    Some(JournalConfig {
        path: ctx.req_str(&t, "path")?.into(),
    })
}

fn operator(ctx: &mut Ctx, root: &Table) -> OperatorConfig {
    let t = ctx.table(root, "operator", &["pin_hash"]);
    let pin_hash = ctx.opt_str(&t, "pin_hash").filter(|h| !h.trim().is_empty());
    if let Some(h) = &pin_hash {
        match argon2::password_hash::PasswordHash::new(h) {
            Ok(p) if p.algorithm.as_str().starts_with("argon2") && p.hash.is_some() => {}
            Ok(p) => ctx.err(
                &t,
                "pin_hash",
                format!("algorithm {} is not argon2 (or no hash)", p.algorithm),
            ),
            Err(e) => ctx.err(&t, "pin_hash", format!("not an Argon2 PHC string ({e})")),
        }
    }
    OperatorConfig { pin_hash }
}
