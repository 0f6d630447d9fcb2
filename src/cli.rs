//! Command-line subcommands that run on the engine: `lookup`, `renew`, `journal`, `recover`.
//! Each prints for people by default and JSON with `--json`; exit codes are documented per command.

use crate::config::{Config, PaymentMethod};
use crate::control::{self, Answer, Request, Route};
use crate::domain::sim::parse_sim;
use crate::engine::{Engine, SaleProgress, SaleReport, SaleRequest};
use crate::i18n::Lang;
use crate::journal::TxState;
use crate::payment::CancelFlag;
use anyhow::{Context, anyhow};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct LookupArgs {
    /// Phone number (090-1234-5678, +81 90 …) or ICCID.
    pub sim: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct RenewArgs {
    /// Phone number or ICCID of the SIM to renew.
    #[arg(long)]
    pub sim: String,
    /// Plan id from `simkiosk plans`.
    #[arg(long)]
    pub plan: String,
    /// Periods bought at once (each adds the plan's days); `--months` is the former name.
    #[arg(long, visible_alias = "months", default_value_t = 1)]
    pub periods: u32,
    /// Receipt language: ja, en, zh-Hans, zh-Hant, ko, th, vi, id, es, fr, de.
    #[arg(long, default_value = "ja")]
    pub lang: String,
    /// How to pay: `card` (the terminal) or `paypay` (a QR code; the embedded demo simulator
    /// pays it by itself). Must be one of `[payment] methods`.
    #[arg(long, default_value = "card")]
    pub pay: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct JournalArgs {
    /// Only transactions that are unfinished or need the operator.
    #[arg(long)]
    pub pending: bool,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

fn engine(config: &Config) -> anyhow::Result<Engine> {
    Engine::from_config(config).map_err(|e| anyhow!("{e}"))
}

/// Exit 0 when found, 1 when the carrier does not know the SIM or cannot be reached, 2 on bad input.
pub fn lookup(args: LookupArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let sim = match parse_sim(&args.sim) {
        Ok(sim) => sim,
        Err(e) => {
            eprintln!("{}: {e}", args.sim);
            return Ok(ExitCode::from(2));
        }
    };
    let engine = engine(config)?;
    match engine.lookup(&sim) {
        Ok(sub) => {
            if args.json {
                let data_left_mb = sub.data_left_mb;
                println!(
                    "{}",
                    serde_json::json!({
                        "sim": sim.masked(),
                        "carrier": sub.carrier_id,
                        "plan_id": sub.plan_id,
                        "plan_name": sub.plan_name,
                        "data_left_mb": data_left_mb,
                        "expires_on": sub.expires_on.to_string(),
                    })
                );
            } else {
                let data = sub
                    .data_left_mb
                    .map_or("unlimited".to_owned(), |mb| format!("{mb} MB"));
                println!("{}  {}  {}", sim.masked(), sub.carrier_id, sub.plan_name);
                println!("data left: {data}");
                println!("expires:   {}", sub.expires_on);
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{}: {e}", sim.masked());
            Ok(ExitCode::FAILURE)
        }
    }
}

/// One whole renewal with the configured devices. Exit 0 only when the SIM was renewed.
pub fn renew(args: RenewArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let sim = match parse_sim(&args.sim) {
        Ok(sim) => sim,
        Err(e) => {
            eprintln!("--sim {}: {e}", args.sim);
            return Ok(ExitCode::from(2));
        }
    };
    let Some(lang) = Lang::from_tag(&args.lang) else {
        eprintln!("--lang {}: not one of {}", args.lang, Lang::tag_list());
        return Ok(ExitCode::from(2));
    };
    let method = match args.pay.as_str() {
        "card" => PaymentMethod::Card,
        "paypay" => PaymentMethod::Paypay,
        other => {
            eprintln!("--pay {other}: not one of card, paypay");
            return Ok(ExitCode::from(2));
        }
    };
    if !config.payment_methods.offers(method) {
        eprintln!(
            "--pay {}: not enabled in [payment] methods of the configuration",
            method.name()
        );
        return Ok(ExitCode::from(2));
    }
    let engine = engine(config)?;
    let recovered = engine.recover();
    if recovered.examined > 0 {
        eprintln!(
            "recovered {} unfinished transaction(s): {} finished, {} need the operator, {} deferred",
            recovered.examined, recovered.finished, recovered.needs_operator, recovered.deferred
        );
    }
    // A newer head-office catalogue kept since this process read kiosk.toml is quoted from.
    engine.refresh_catalogue();
    let quote = match engine
        .catalogue()
        .quote(&args.plan, args.periods, chrono::Utc::now())
    {
        Ok(q) => q,
        Err(e) => {
            eprintln!("--plan {} --periods {}: {e}", args.plan, args.periods);
            return Ok(ExitCode::from(2));
        }
    };
    let subscriber = match engine.lookup(&sim) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: {e}", sim.masked());
            return Ok(ExitCode::FAILURE);
        }
    };
    if subscriber.carrier_id != quote.carrier_id {
        eprintln!(
            "--plan {}: a {} plan, but {} is a {} SIM",
            args.plan,
            quote.carrier_id,
            sim.masked(),
            subscriber.carrier_id
        );
        return Ok(ExitCode::from(2));
    }
    let request = SaleRequest {
        sim,
        subscriber,
        quote,
        lang,
        cancel: CancelFlag::default(),
    };
    let quiet = args.json;
    let localizer = engine.localizer().clone();
    let report = engine.sale_with(request, method, &mut |progress| {
        if quiet {
            return;
        }
        match progress {
            SaleProgress::Terminal(message) => {
                let id = crate::payment::zvt::messages::message_id(message);
                eprintln!("terminal: {}", localizer.text(lang, id));
            }
            SaleProgress::WalletCode(code) => {
                eprintln!("scan to pay: {} (code {})", code.url, code.code_id);
            }
            other => eprintln!("{other:?}"),
        }
    });
    let state = report
        .transaction_id()
        .and_then(|id| engine.journal().get(id).ok())
        .map(|r| r.state);
    print_report(&report, state, args.json);
    Ok(match report {
        SaleReport::Completed { .. } => ExitCode::SUCCESS,
        SaleReport::Failed { .. } => ExitCode::FAILURE,
    })
}

fn print_report(report: &SaleReport, state: Option<TxState>, json: bool) {
    let state_name = state.map(|s| s.as_str().to_owned());
    match report {
        SaleReport::Completed {
            transaction_id,
            new_expiry,
            receipt_printed,
            total,
            tax,
        } => {
            if json {
                println!(
                    "{}",
                    serde_json::json!({
                        "transaction_id": transaction_id,
                        "state": state_name,
                        "renewed": true,
                        "total_yen": total.value(),
                        "tax_yen": tax.value(),
                        "new_expiry": new_expiry.to_string(),
                        "receipt_printed": receipt_printed,
                    })
                );
            } else {
                println!("renewed: transaction {transaction_id}");
                println!("charged {total} (tax {tax} included); new expiry {new_expiry}");
                if !receipt_printed {
                    println!("the receipt was not printed: it is owed (operator reprint)");
                }
            }
        }
        SaleReport::Failed {
            transaction_id,
            failure,
        } => {
            if json {
                println!(
                    "{}",
                    serde_json::json!({
                        "transaction_id": transaction_id,
                        "state": state_name,
                        "renewed": false,
                        "failure": format!("{failure:?}"),
                    })
                );
            } else {
                println!("not renewed: {failure:?}");
                if let Some(id) = transaction_id {
                    println!("transaction {id}");
                }
            }
        }
    }
}

/// Lists journal rows. Exit 0.
pub fn journal(args: JournalArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let journal = crate::journal::Journal::open(&config.journal.path)
        .with_context(|| format!("opening the journal {}", config.journal.path.display()))?;
    let rows = journal.list(crate::journal::ListFilter {
        pending_only: args.pending,
        limit: args.limit,
    })?;
    if args.json {
        let list: Vec<_> = rows
            .iter()
            .map(|r| {
                let wallet = journal.wallet(&r.id).unwrap_or_default();
                serde_json::json!({
                    "payment_method": wallet.method,
                    "wallet_payment_id": wallet.payment_id,
                    "wallet_status": wallet.status,
                    "transaction_id": r.id,
                    "state": r.state.as_str(),
                    "created_at": r.created_at.to_rfc3339(),
                    "sim": r.sim_masked,
                    "carrier": r.carrier_id,
                    "plan_id": r.plan_id,
                    "lang": r.lang,
                    "months": r.months,
                    "periods": r.months,
                    "total_yen": r.total_yen,
                    "tax_yen": r.tax_yen,
                    "masked_pan": r.approval.as_ref().and_then(|a| a.masked_pan.clone()),
                    "auth_code": r.approval.as_ref().and_then(|a| a.auth_code.clone()),
                    "receipt_no": r.approval.as_ref().and_then(|a| a.receipt_no),
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(list));
    } else if rows.is_empty() {
        println!(
            "{}",
            if args.pending {
                "nothing pending"
            } else {
                "no transactions"
            }
        );
    } else {
        for r in rows {
            println!(
                "{}  {}  {:<18} {}  {} {}x{}  {} JPY",
                r.created_at.format("%Y-%m-%d %H:%M"),
                r.id,
                r.state.as_str(),
                r.sim_masked,
                r.carrier_id,
                r.plan_id,
                r.months,
                r.total_yen
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, clap::Args)]
pub struct RecoverArgs {
    #[arg(long)]
    pub json: bool,
}

/// Runs start-up recovery now — inside the running kiosk when there is one (it holds the
/// devices). Exit 0 when nothing is left that recovery could finish, 3 when a running kiosk
/// does not answer.
pub fn recover(args: RecoverArgs, config: &Config) -> anyhow::Result<ExitCode> {
    let request = Request::Recover { json: args.json };
    let _lock = match control::route(&config.journal.path, &request) {
        Ok(Route::Kiosk(answer)) => return Ok(answer.emit()),
        Ok(Route::Local(lock)) => lock,
        Err(e) => {
            eprintln!("recover: {e}");
            return Ok(ExitCode::from(e.exit_code()));
        }
    };
    let engine = engine(config)?;
    Ok(recover_on(&engine, args.json).emit())
}

/// Recovery on `engine` (the command line's own, or the running kiosk's).
pub fn recover_on(engine: &Engine, json: bool) -> Answer {
    let report = engine.recover();
    let stdout = if json {
        match serde_json::to_string(&report) {
            Ok(s) => format!("{s}\n"),
            Err(e) => return Answer::failed(1, format!("recover: {e}\n")),
        }
    } else {
        format!(
            "examined {}, finished {}, need the operator {}, deferred {}\n",
            report.examined, report.finished, report.needs_operator, report.deferred
        )
    };
    Answer {
        code: u8::from(report.deferred != 0),
        stdout,
        stderr: String::new(),
    }
}
