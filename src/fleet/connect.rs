//! One connection to head office: TLS with a verified certificate over a network (rustls, the
//! configured CA only), plain over a local Unix socket; every wait bounded.

use super::{FleetError, Result};
use crate::config::{FleetConfig, is_local_socket};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use std::sync::Arc;
use tokio_postgres::config::SslMode;
use tokio_postgres::{Client, NoTls};

/// Connects as the kiosk's role. The connection's driver runs on the current runtime and ends
/// when the returned client is dropped.
pub async fn connect(cfg: &FleetConfig) -> Result<Client> {
    let mut pg: tokio_postgres::Config = cfg
        .url
        .parse()
        .map_err(|e| FleetError::Config(format!("url: {e}")))?;
    if let Some(source) = &cfg.password {
        pg.password(source.read().map_err(FleetError::Config)?);
    }
    pg.connect_timeout(cfg.connect_timeout);
    pg.application_name("simkiosk");
    // The server ends any statement that runs longer (the client also stops waiting).
    pg.options(format!(
        "-c statement_timeout={}",
        cfg.statement_timeout.as_millis()
    ));
    let host = host_name(&pg);
    let connected = if is_local_socket(&cfg.url) {
        bounded_connect(&host, cfg, pg.connect(NoTls)).await?
    } else {
        pg.ssl_mode(SslMode::Require);
        let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(cfg)?);
        bounded_connect(&host, cfg, pg.connect(tls)).await?
    };
    Ok(connected)
}

async fn bounded_connect<S, T>(
    host: &str,
    cfg: &FleetConfig,
    fut: impl std::future::Future<
        Output = std::result::Result<
            (Client, tokio_postgres::Connection<S, T>),
            tokio_postgres::Error,
        >,
    >,
) -> Result<Client>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    T: tokio_postgres::tls::TlsStream + Unpin + Send + 'static,
{
    // Above the per-host connect timeout: DNS and the TLS handshake count too.
    let limit = cfg.connect_timeout * 2;
    let (client, connection) = match tokio::time::timeout(limit, fut).await {
        Ok(Ok(pair)) => pair,
        Ok(Err(source)) => {
            return Err(FleetError::Connect {
                host: host.to_owned(),
                source,
            });
        }
        Err(_) => {
            return Err(FleetError::Timeout {
                what: "connect",
                limit,
            });
        }
    };
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::debug!(error = %e, "head office: connection closed");
        }
    });
    Ok(client)
}

fn host_name(pg: &tokio_postgres::Config) -> String {
    pg.get_hosts()
        .iter()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Trusts the configured CA and nothing else (a kiosk talks to one head office).
fn tls_config(cfg: &FleetConfig) -> Result<rustls::ClientConfig> {
    let ca = cfg
        .ca_file
        .as_ref()
        .ok_or_else(|| FleetError::Config("ca_file is required for a network connection".into()))?;
    let mut roots = rustls::RootCertStore::empty();
    let certs = CertificateDer::pem_file_iter(ca)
        .map_err(|e| FleetError::Tls(format!("{}: {e}", ca.display())))?;
    for cert in certs {
        let cert = cert.map_err(|e| FleetError::Tls(format!("{}: {e}", ca.display())))?;
        roots
            .add(cert)
            .map_err(|e| FleetError::Tls(format!("{}: {e}", ca.display())))?;
    }
    if roots.is_empty() {
        return Err(FleetError::Tls(format!(
            "{} holds no certificate",
            ca.display()
        )));
    }
    // ring, not aws-lc-rs: no cmake/C toolchain on the kiosk image. Its deprecation is only
    // that it lacks post-quantum key exchange, which a private head-office link can do without.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| FleetError::Tls(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}
