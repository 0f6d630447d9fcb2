//! The `[fleet]` section of kiosk.toml: TLS is mandatory across a network, the password never
//! sits in the file, and an absent section means an island kiosk.

use simkiosk::config::{Config, FleetPassword};

fn with_fleet(section: &str) -> Result<Config, String> {
    let shipped =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml")).unwrap();
    Config::from_str(&format!("{shipped}\n[fleet]\n{section}\n"), "kiosk.toml")
        .map_err(|e| e.to_string())
}

#[test]
fn no_fleet_section_means_no_head_office() {
    let shipped =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml")).unwrap();
    assert_eq!(
        Config::from_str(&shipped, "kiosk.toml").unwrap().fleet,
        None
    );
}

#[test]
fn a_network_head_office_needs_a_ca_for_tls() {
    let err = with_fleet(r#"url = "host=db.example user=kiosk_a dbname=fleet""#).unwrap_err();
    assert!(
        err.contains("fleet.ca_file") && err.contains("TLS"),
        "{err}"
    );
    let ok = with_fleet(
        r#"url = "host=db.example user=kiosk_a dbname=fleet"
ca_file = "ca.pem"
password_env = "FLEET_PW""#,
    )
    .unwrap();
    let fleet = ok.fleet.unwrap();
    assert_eq!(fleet.password, Some(FleetPassword::Env("FLEET_PW".into())));
    assert_eq!(fleet.batch_size, 500, "default batch");
}

#[test]
fn a_local_socket_needs_no_tls() {
    let ok = with_fleet(r#"url = "host=/run/postgresql user=kiosk_a dbname=fleet""#).unwrap();
    assert!(ok.fleet.is_some());
}

#[test]
fn a_password_in_the_url_is_refused() {
    let err = with_fleet(
        r#"url = "postgresql://kiosk_a:secret@db.example/fleet"
ca_file = "ca.pem""#,
    )
    .unwrap_err();
    assert!(err.contains("password_file or password_env"), "{err}");
}

#[test]
fn a_url_without_a_role_and_bad_numbers_are_each_reported() {
    let err = with_fleet(
        r#"url = "host=/run/postgresql dbname=fleet"
batch_size = 0
password_file = "a"
password_env = "B""#,
    )
    .unwrap_err();
    for what in ["names no user", "fleet.batch_size", "not both"] {
        assert!(err.contains(what), "missing {what:?} in: {err}");
    }
}

#[test]
fn acknowledged_outbox_rows_are_kept_thirty_days_unless_told_and_the_days_are_checked() {
    let local = r#"url = "host=/run/postgresql user=kiosk_a dbname=fleet""#;
    let day = std::time::Duration::from_secs(24 * 3600);
    let default = with_fleet(local).unwrap().fleet.unwrap();
    assert_eq!(default.outbox_keep, day * 30, "default retention");
    let set = with_fleet(&format!("{local}\noutbox_keep_days = 7"))
        .unwrap()
        .fleet
        .unwrap();
    assert_eq!(set.outbox_keep, day * 7);
    for bad in ["0", "4000", "\"30\""] {
        let err = with_fleet(&format!("{local}\noutbox_keep_days = {bad}")).unwrap_err();
        assert!(err.contains("fleet.outbox_keep_days"), "{bad}: {err}");
    }
}
