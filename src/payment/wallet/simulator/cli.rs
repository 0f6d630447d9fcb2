//! `simkiosk wallet-sim`: run the PayPay simulator, or pay a shown code on a running one.

use super::{Faults, SimConfig, WalletSim};
use crate::payment::wallet::credentials::Credentials;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct WalletSimArgs {
    /// Loopback address to serve the API on (e.g. 127.0.0.1:8090; port 0 picks one).
    #[arg(long, default_value = "127.0.0.1:0")]
    pub listen: String,
    /// The API key and secret to accept (`api_key = …`, `api_secret = …`); else
    /// SIMKIOSK_PAYPAY_API_KEY and SIMKIOSK_PAYPAY_API_SECRET.
    #[arg(long)]
    pub credentials: Option<PathBuf>,
    /// The merchant id requests must name in X-ASSUME-MERCHANT.
    #[arg(long, default_value = "demo-merchant")]
    pub merchant_id: String,
    /// Seconds a code can be paid.
    #[arg(long, default_value_t = 300)]
    pub code_lifetime: u64,
    /// Pay every code by itself this many seconds after it was created (the demo).
    #[arg(long, value_name = "SECS")]
    pub auto_pay_after: Option<u64>,
    /// Answer every API call with 429.
    #[arg(long)]
    pub rate_limit: bool,
    /// Answer every API call with 503.
    #[arg(long)]
    pub server_error: bool,
    /// Answer every API call with a body that is not JSON.
    #[arg(long)]
    pub garbage: bool,
    /// Milliseconds to wait before each answer.
    #[arg(long, default_value_t = 0)]
    pub slow_ms: u64,
    /// Charge this amount (yen) instead of the code's.
    #[arg(long, value_name = "YEN")]
    pub pay_amount: Option<i64>,
    /// Customers' wallets decline (payments end FAILED).
    #[arg(long)]
    pub decline: bool,
    /// Append one JSON line per code created, paid, deleted, cancelled, refunded or expired.
    #[arg(long)]
    pub ledger: Option<PathBuf>,
    #[command(subcommand)]
    pub cmd: Option<WalletSimCmd>,
}

#[derive(clap::Subcommand, Debug, Clone)]
pub enum WalletSimCmd {
    /// A customer scans and pays a shown code on a running simulator.
    Pay {
        code_id: String,
        /// The running simulator's address.
        #[arg(long)]
        addr: String,
    },
}

/// How long `wallet-sim pay` waits for the simulator.
const CONTROL_TIMEOUT: Duration = Duration::from_secs(5);

pub fn run_wallet_sim(args: WalletSimArgs) -> anyhow::Result<ExitCode> {
    if let Some(WalletSimCmd::Pay { code_id, addr }) = &args.cmd {
        let url = format!("http://{addr}/sim/pay/{code_id}");
        let agent = ureq::AgentBuilder::new().timeout(CONTROL_TIMEOUT).build();
        return match agent.post(&url).call() {
            Ok(r) => {
                println!("{}", r.into_string().unwrap_or_default());
                Ok(ExitCode::SUCCESS)
            }
            Err(ureq::Error::Status(status, r)) => {
                eprintln!(
                    "wallet-sim pay: HTTP {status}: {}",
                    r.into_string().unwrap_or_default()
                );
                Ok(ExitCode::FAILURE)
            }
            Err(e) => Err(anyhow::anyhow!("wallet-sim pay: {url}: {e}")),
        };
    }
    let credentials = Credentials::load(args.credentials.as_deref())?;
    let config = SimConfig {
        api_key: credentials.api_key,
        api_secret: credentials.api_secret,
        merchant_id: args.merchant_id.clone(),
        code_lifetime: Duration::from_secs(args.code_lifetime),
        auto_pay_after: args.auto_pay_after.map(Duration::from_secs),
        ledger_file: args.ledger.clone(),
        faults: Faults {
            rate_limit: args.rate_limit,
            server_error: args.server_error,
            garbage: args.garbage,
            slow_ms: args.slow_ms,
            pay_amount: args.pay_amount,
            fail_payments: args.decline,
        },
    };
    let sim = WalletSim::start(&args.listen, config)?;
    // The address on the first line, for scripts and tests that listen on port 0.
    println!("{}", sim.base_url());
    loop {
        std::thread::park();
    }
}
