//! `simkiosk sync` (the kiosk side) and `simkiosk fleet …` (head office's side).

use super::{FleetError, connect, drain, migrate, report};
use crate::config::{Config, FleetConfig, FleetPassword};
use crate::journal::Journal;
use anyhow::Context;
use chrono::NaiveDate;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// Keep running: drain, wait, drain again (what the kiosk does in the background).
    #[arg(long)]
    pub follow: bool,
    /// On a replacement box (new journal, same kiosk id): continue the kiosk's sequence after
    /// the last row head office holds, before sending.
    #[arg(long)]
    pub adopt: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct FleetArgs {
    #[command(subcommand)]
    pub command: FleetCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum FleetCommand {
    /// Create or update head office's schema (run with an owner role).
    Migrate(AdminArgs),
    /// Register a kiosk: its login role (password read from stdin) and its row.
    AddKiosk(AddKioskArgs),
    /// The chain's JST day: sales, tax, per carrier, per payment method, per kiosk, unresolved,
    /// kiosks' reports.
    Report(FleetReportArgs),
    /// Publish a catalogue (a TOML file holding kiosk.toml's `[catalogue]` tables) as the next
    /// version; each kiosk validates it with check-config's rules before using it.
    PublishCatalogue(PublishArgs),
}

#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    #[command(flatten)]
    pub admin: AdminArgs,
    /// The TOML file with the `[catalogue]` tables.
    pub file: PathBuf,
    #[arg(long, default_value = "")]
    pub note: String,
}

/// How head office's own tools connect (never a kiosk's role). The password, if the server
/// asks for one, comes from PGPASSWORD.
#[derive(Debug, Clone, clap::Args)]
pub struct AdminArgs {
    /// Connection string, e.g. `host=db.example user=fleet_owner dbname=fleet`.
    #[arg(long)]
    pub url: String,
    /// CA of the server's certificate (required for a network host).
    #[arg(long)]
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct AddKioskArgs {
    #[command(flatten)]
    pub admin: AdminArgs,
    /// The kiosk's id (`[kiosk] id`).
    #[arg(long)]
    pub kiosk: String,
    /// Its database role (default `kiosk_<id>`).
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long, default_value = "")]
    pub place: String,
}

#[derive(Debug, clap::Args)]
pub struct FleetReportArgs {
    #[command(flatten)]
    pub admin: AdminArgs,
    /// The JST calendar day, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub day: NaiveDate,
    #[arg(long)]
    pub json: bool,
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

/// Exit 0 when the outbox is empty afterwards, 1 when head office could not take it (the rows
/// stay queued), 2 when there is no `[fleet]` section.
pub fn sync(
    args: SyncArgs,
    config: &Config,
    config_path: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    let Some(cfg) = config.fleet.clone() else {
        eprintln!("{}", FleetError::NotConfigured);
        return Ok(ExitCode::from(2));
    };
    let journal = Journal::open(&config.journal.path)
        .with_context(|| format!("opening the journal {}", config.journal.path.display()))?
        .with_kiosk_id(&config.kiosk.id);
    let rt = runtime()?;
    if args.follow {
        rt.block_on(super::sender::run(
            journal,
            config.clone(),
            config_path.to_path_buf(),
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let outcome = rt.block_on(async {
        let client = connect(&cfg).await?;
        if args.adopt {
            let last: i64 = super::bounded(
                "read fleet.last_seq()",
                cfg.statement_timeout,
                client.query_one("SELECT fleet.last_seq()", &[]),
            )
            .await?
            .get(0);
            let moved = journal.outbox_start_at(last + 1)?;
            eprintln!(
                "adopted: head office holds rows up to {last}; {moved} queued rows renumbered"
            );
        }
        let sent = drain(&journal, &client, &config.kiosk.id, &cfg).await?;
        super::sender::prune(&journal, cfg.outbox_keep)?;
        let catalogue = super::catalogue::poll(
            &client,
            config_path,
            config,
            &journal,
            cfg.statement_timeout,
        )
        .await?;
        Ok::<_, FleetError>((sent, catalogue))
    });
    let counts = journal.outbox_counts()?;
    match outcome {
        Ok((r, catalogue)) => {
            let catalogue = match catalogue {
                super::catalogue::Poll::Current(v) => serde_json::json!({ "running": v }),
                super::catalogue::Poll::Applied(v) => serde_json::json!({ "applied": v }),
                super::catalogue::Poll::Rejected { version, reason } => {
                    eprintln!("catalogue v{version} refused: {reason}");
                    serde_json::json!({ "rejected": version, "reason": reason })
                }
            };
            if args.json {
                println!(
                    "{}",
                    serde_json::json!({ "drain": r, "outbox": counts, "catalogue": catalogue })
                );
            } else {
                println!(
                    "sent {} rows ({} new at head office) in {} batches; {} waiting",
                    r.sent, r.new_at_head_office, r.batches, counts.pending
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{e}; {} rows stay queued", counts.pending);
            Ok(ExitCode::FAILURE)
        }
    }
}

impl AdminArgs {
    fn config(&self) -> FleetConfig {
        FleetConfig {
            url: self.url.clone(),
            ca_file: self.ca_file.clone(),
            password: std::env::var_os("PGPASSWORD")
                .map(|_| FleetPassword::Env("PGPASSWORD".into())),
            batch_size: 1,
            interval: Duration::from_secs(5),
            connect_timeout: Duration::from_secs(10),
            // Migrations and reports may scan; still bounded.
            statement_timeout: Duration::from_secs(300),
            outbox_keep: Duration::from_secs(30 * 24 * 3600),
        }
    }
}

pub fn fleet(args: FleetArgs) -> anyhow::Result<ExitCode> {
    let rt = runtime()?;
    rt.block_on(async {
        match args.command {
            FleetCommand::Migrate(a) => {
                let mut client = connect(&a.config()).await?;
                let applied = migrate::migrate(&mut client).await?;
                println!(
                    "head office schema at version {} (applied now: {:?})",
                    migrate::latest_version(),
                    applied
                );
                Ok(ExitCode::SUCCESS)
            }
            FleetCommand::AddKiosk(a) => add_kiosk(a).await,
            FleetCommand::PublishCatalogue(a) => {
                let text = std::fs::read_to_string(&a.file)
                    .with_context(|| format!("reading {}", a.file.display()))?;
                let client = connect(&a.admin.config()).await?;
                let version = super::catalogue::publish(&client, &text, &a.note).await?;
                println!("catalogue version {version} published");
                Ok(ExitCode::SUCCESS)
            }
            FleetCommand::Report(a) => {
                let client = connect(&a.admin.config()).await?;
                let day = report::chain_day(&client, a.day).await?;
                if a.json {
                    println!("{}", serde_json::to_string_pretty(&day)?);
                } else {
                    print!("{}", day.text());
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

async fn add_kiosk(a: AddKioskArgs) -> anyhow::Result<ExitCode> {
    if !crate::config::is_identifier(&a.kiosk) {
        eprintln!(
            "{:?}: a kiosk id may only hold letters, digits, '-', '_' and '.'",
            a.kiosk
        );
        return Ok(ExitCode::from(2));
    }
    let role = a
        .role
        .unwrap_or_else(|| format!("kiosk_{}", a.kiosk.to_lowercase()));
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .context("reading the kiosk's password from stdin")?;
    let password = password.trim_end_matches(['\r', '\n']);
    if password.is_empty() {
        eprintln!("give the kiosk role's password on stdin");
        return Ok(ExitCode::from(2));
    }
    let client = connect(&a.admin.config()).await?;
    add_kiosk_role(&client, &a.kiosk, &role, password, &a.place).await?;
    println!("kiosk {} logs in as role {role}", a.kiosk);
    Ok(ExitCode::SUCCESS)
}

/// Creates (or re-keys) the kiosk's login role in `fleet_kiosk` and records the mapping.
pub async fn add_kiosk_role(
    client: &tokio_postgres::Client,
    kiosk: &str,
    role: &str,
    password: &str,
    place: &str,
) -> Result<(), FleetError> {
    let db = |what| move |source| FleetError::Db { what, source };
    // Identifiers cannot be parameters: format() quotes them (%I) and the password (%L).
    let exists: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
            &[&role],
        )
        .await
        .map_err(db("look the role up"))?
        .get(0);
    let verb = if exists { "ALTER" } else { "CREATE" };
    let sql: String = client
        .query_one(
            &format!("SELECT format('{verb} ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)"),
            &[&role, &password],
        )
        .await
        .map_err(db("quote the role"))?
        .get(0);
    client
        .batch_execute(&sql)
        .await
        .map_err(db("create the role"))?;
    let grant: String = client
        .query_one(
            "SELECT format('GRANT fleet_kiosk TO %I', $1::text)",
            &[&role],
        )
        .await
        .map_err(db("quote the role"))?
        .get(0);
    client
        .batch_execute(&grant)
        .await
        .map_err(db("grant fleet_kiosk"))?;
    client
        .execute(
            "INSERT INTO fleet.kiosks (kiosk_id, role_name, place) VALUES ($1, $2, $3)
             ON CONFLICT (kiosk_id) DO UPDATE SET role_name = EXCLUDED.role_name,
                 place = EXCLUDED.place",
            &[&kiosk, &role, &place],
        )
        .await
        .map_err(db("record the kiosk"))?;
    Ok(())
}
