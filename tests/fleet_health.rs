//! A device-health check journals each device's status once per change, with its outbox row
//! for head office; an unchanged status adds nothing.

mod ops_support;

fn health_rows(engine: &simkiosk::engine::Engine) -> Vec<serde_json::Value> {
    engine
        .journal()
        .outbox_pending(1000)
        .unwrap()
        .iter()
        .filter(|r| r.kind == "health")
        .map(|r| serde_json::from_str(&r.payload_json).unwrap())
        .collect()
}

#[test]
fn a_health_check_queues_a_row_per_device_only_when_its_status_changes() {
    let kiosk = ops_support::kiosk(None);
    let engine = ops_support::engine(&kiosk);
    engine.health();
    let rows = health_rows(&engine);
    let statuses: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["device"].as_str().unwrap(), r["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [("terminal", "ready"), ("printer", "ready")],
        "the demo devices are ready"
    );
    engine.health();
    engine.health();
    assert_eq!(health_rows(&engine).len(), 2, "no change, no new row");
}
