//! A throwaway PostgreSQL cluster for the fleet tests: initdb into a temp dir as an
//! unprivileged user (initdb refuses root; as root the cluster runs as `nobody`), a private
//! socket directory and no TCP listener, password (SCRAM) logins, stopped when dropped.
//! Skipped, with a message saying why, only when the PostgreSQL binaries are not installed.
#![allow(dead_code)] // each test file uses a different subset

use simkiosk::config::{FleetConfig, FleetPassword};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

pub const ADMIN: &str = "fleet_owner";
pub const ADMIN_PASSWORD: &str = "owner-secret";

pub struct Pg {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
    run_as: Option<&'static str>,
}

/// The newest installed server's bin directory (`PG_BIN` overrides).
fn find_bin() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PG_BIN") {
        return Some(PathBuf::from(dir));
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let v: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, b)| b)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Pg {
    /// Starts a fresh cluster, or returns `None` (and says so) when PostgreSQL is not installed.
    pub fn start() -> Option<Pg> {
        let Some(bin) = find_bin() else {
            eprintln!(
                "SKIPPED: no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb); \
                 install Debian's `postgresql` package (.ci/run does)"
            );
            return None;
        };
        let dir = tempfile::Builder::new()
            .prefix("simkiosk-pg")
            .tempdir()
            .expect("temp dir");
        // The temp dir belongs to whoever runs the test: root must hand the cluster to nobody.
        let owner = std::os::unix::fs::MetadataExt::uid(&dir.path().metadata().expect("stat"));
        let run_as = (owner == 0).then_some("nobody");
        if run_as.is_some() {
            // The cluster's files belong to the user that runs it.
            chown_nobody(dir.path());
        }
        let pg = Pg {
            dir,
            bin,
            port: free_port(),
            run_as,
        };
        std::fs::create_dir(pg.socket_dir()).expect("socket dir");
        if run_as.is_some() {
            chown_nobody(&pg.socket_dir());
        }
        let pwfile = pg.dir.path().join("pw");
        std::fs::write(&pwfile, ADMIN_PASSWORD).expect("write pwfile");
        if run_as.is_some() {
            chown_nobody(&pwfile);
        }
        pg.run_ok(
            "initdb",
            &[
                "-D",
                &pg.data_dir().to_string_lossy(),
                "-U",
                ADMIN,
                "--auth=scram-sha-256",
                "--pwfile",
                &pwfile.to_string_lossy(),
                "-E",
                "UTF8",
                "--no-instructions",
            ],
        );
        pg.start_server();
        Some(pg)
    }

    pub fn socket_dir(&self) -> PathBuf {
        self.dir.path().join("sock")
    }
    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    fn log(&self) -> PathBuf {
        self.dir.path().join("server.log")
    }

    fn command(&self, tool: &str, args: &[&str]) -> Command {
        let exe = self.bin.join(tool);
        let mut c = match self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(exe);
                c
            }
            None => Command::new(exe),
        };
        c.args(args).current_dir(self.dir.path());
        c
    }

    fn run_ok(&self, tool: &str, args: &[&str]) -> Output {
        let out = self
            .command(tool, args)
            .output()
            .unwrap_or_else(|e| panic!("run {tool}: {e}"));
        assert!(
            out.status.success(),
            "{tool} {args:?} failed: {}\n{}\nserver log:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(self.log()).unwrap_or_default()
        );
        out
    }

    /// Starts (or restarts) the server and waits until it accepts connections.
    pub fn start_server(&self) {
        self.start_server_with("-c listen_addresses=''");
    }

    /// Restarts the server on 127.0.0.1 with TLS from `cert` and `key` (PEM), beside its socket.
    pub fn restart_with_tls(&self, cert: &Path, key: &Path) {
        for f in [cert, key] {
            if self.run_as.is_some() {
                chown_nobody(f);
            }
            std::fs::set_permissions(f, std::os::unix::fs::PermissionsExt::from_mode(0o600))
                .expect("chmod the server's TLS files");
        }
        self.stop_server("fast");
        self.start_server_with(&format!(
            "-c listen_addresses='127.0.0.1' -c ssl=on -c ssl_cert_file='{}' -c ssl_key_file='{}'",
            cert.display(),
            key.display()
        ));
    }

    /// The server's TCP port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// This cluster's temporary folder (for test files beside it).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    fn start_server_with(&self, listen: &str) {
        let opts = format!(
            "-p {} -k {} {listen} -c fsync=off",
            self.port,
            self.socket_dir().display()
        );
        self.run_ok(
            "pg_ctl",
            &[
                "-D",
                &self.data_dir().to_string_lossy(),
                "-o",
                &opts,
                "-l",
                &self.log().to_string_lossy(),
                "-w",
                "-t",
                "60",
                "start",
            ],
        );
    }

    /// Stops the server: `fast` (a clean shutdown) or `immediate` (as a crash would).
    pub fn stop_server(&self, mode: &str) {
        self.run_ok(
            "pg_ctl",
            &[
                "-D",
                &self.data_dir().to_string_lossy(),
                "-m",
                mode,
                "-w",
                "stop",
            ],
        );
    }

    /// libpq-style connection string for `user` over the private socket.
    pub fn url(&self, user: &str) -> String {
        format!(
            "host={} port={} user={user} dbname=postgres",
            self.socket_dir().display(),
            self.port
        )
    }

    /// A fleet configuration for `user` whose password is in the environment variable `env`.
    pub fn fleet_config(&self, user: &str, password_file: &Path) -> FleetConfig {
        FleetConfig {
            url: self.url(user),
            ca_file: None,
            password: Some(FleetPassword::File(password_file.to_path_buf())),
            batch_size: 50,
            interval: Duration::from_secs(1),
            connect_timeout: Duration::from_secs(5),
            statement_timeout: Duration::from_secs(20),
            outbox_keep: Duration::from_secs(30 * 24 * 3600),
        }
    }

    pub fn admin_config(&self) -> FleetConfig {
        let pw = self.dir.path().join("admin-pw");
        if !pw.exists() {
            std::fs::write(&pw, ADMIN_PASSWORD).expect("write admin password");
        }
        self.fleet_config(ADMIN, &pw)
    }

    /// Writes `password` to a file for a kiosk's `password_file`.
    pub fn password_file(&self, name: &str, password: &str) -> PathBuf {
        let p = self.dir.path().join(format!("{name}.pw"));
        std::fs::write(&p, password).expect("write password file");
        p
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        let _ = self
            .command(
                "pg_ctl",
                &[
                    "-D",
                    &self.data_dir().to_string_lossy(),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
            )
            .output();
    }
}

fn chown_nobody(path: &Path) {
    std::os::unix::fs::chown(path, Some(65534), Some(65534))
        .unwrap_or_else(|e| panic!("chown {} to nobody: {e}", path.display()));
}

/// A current-thread runtime for the async client in a sync test.
pub fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// Migrates a fresh cluster and registers `kiosks`, each with password `pw-<id>`.
pub async fn prepare(pg: &Pg, kiosks: &[&str]) -> tokio_postgres::Client {
    let mut admin = simkiosk::fleet::connect(&pg.admin_config())
        .await
        .expect("admin connects");
    simkiosk::fleet::migrate::migrate(&mut admin)
        .await
        .expect("migrations apply");
    for k in kiosks {
        simkiosk::fleet::cli::add_kiosk_role(
            &admin,
            k,
            &format!("kiosk_{k}"),
            &format!("pw-{k}"),
            "",
        )
        .await
        .expect("add kiosk");
    }
    admin
}

/// A kiosk's own fleet configuration (its role, its password file).
pub fn kiosk_config(pg: &Pg, kiosk: &str) -> FleetConfig {
    let pw = pg.password_file(kiosk, &format!("pw-{kiosk}"));
    pg.fleet_config(&format!("kiosk_{kiosk}"), &pw)
}
