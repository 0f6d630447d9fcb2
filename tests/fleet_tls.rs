//! Head office over the network: TLS with the server's certificate verified against the CA in
//! `[fleet] ca_file` (rustls), on the throwaway cluster restarted with a certificate made here by
//! `openssl`. A certificate from another CA is refused before any password is sent.

mod fleet_support;

use fleet_support::{ADMIN, Pg, rt};
use std::path::{Path, PathBuf};
use std::process::Command;

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs (Debian's openssl package)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA named `name` in `dir`: (certificate, key).
fn ca(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let (crt, key) = (format!("{name}.crt"), format!("{name}.key"));
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-keyout",
            &key,
            "-out",
            &crt,
            "-subj",
            &format!("/CN={name}"),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
    (dir.join(crt), dir.join(key))
}

/// A server certificate for `localhost` signed by the CA: (certificate, key).
fn server_cert(dir: &Path, ca: &(PathBuf, PathBuf)) -> (PathBuf, PathBuf) {
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ],
    );
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            &ca.0.to_string_lossy(),
            "-CAkey",
            &ca.1.to_string_lossy(),
            "-CAcreateserial",
            "-days",
            "2",
            "-out",
            "server.crt",
            "-extfile",
            "server.ext",
        ],
    );
    (dir.join("server.crt"), dir.join("server.key"))
}

#[test]
fn head_office_over_tls_is_reached_only_with_its_own_ca() {
    let Some(pg) = Pg::start() else { return };
    let certs = tempfile::tempdir().unwrap();
    let ours = ca(certs.path(), "head-office-ca");
    let other = ca(certs.path(), "another-ca");
    let (crt, key) = server_cert(certs.path(), &ours);
    // The server's files live in the cluster's folder, which its user can read.
    let (server_crt, server_key) = (pg.dir().join("server.crt"), pg.dir().join("server.key"));
    std::fs::copy(&crt, &server_crt).unwrap();
    std::fs::copy(&key, &server_key).unwrap();
    pg.restart_with_tls(&server_crt, &server_key);

    let mut cfg = pg.admin_config();
    cfg.url = format!(
        "host=localhost port={} user={ADMIN} dbname=postgres",
        pg.port()
    );
    cfg.ca_file = Some(ours.0.clone());
    let rt = rt();
    let encrypted: bool = rt.block_on(async {
        let client = simkiosk::fleet::connect(&cfg)
            .await
            .expect("connects with the head office's CA");
        client
            .query_one(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )
            .await
            .expect("pg_stat_ssl")
            .get(0)
    });
    assert!(encrypted, "the session is not encrypted");

    cfg.ca_file = Some(other.0.clone());
    let refused = rt.block_on(simkiosk::fleet::connect(&cfg));
    let Err(e) = refused else {
        panic!("a server certificate from another CA was accepted")
    };
    let message = format!("{e:?}").to_lowercase();
    assert!(
        message.contains("certificate") || message.contains("unknownissuer"),
        "refused for the certificate, not something else: {e:?}"
    );

    cfg.ca_file = None;
    assert!(
        rt.block_on(simkiosk::fleet::connect(&cfg)).is_err(),
        "a network connection without a CA to verify against"
    );
}
