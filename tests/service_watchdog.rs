//! The real kiosk under a virtual display, with a fake systemd: a `NOTIFY_SOCKET` datagram
//! socket in this test. It must say READY=1 after its first frame, then beat WATCHDOG=1 from its
//! UI loop, and stop beating while that loop is frozen (fault point `service.beat`).
#![cfg(all(feature = "ui", feature = "failpoints"))]

mod kiosk_support;

use std::io::{BufRead, BufReader};
use std::os::unix::net::UnixDatagram;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_simkiosk");
/// WATCHDOG_USEC given to the kiosk: it beats every 500 ms.
const WATCHDOG: Duration = Duration::from_secs(1);
/// How long the fault point freezes the UI loop, once, after three beats.
const FREEZE: Duration = Duration::from_secs(3);

/// A process killed when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Xvfb on a free display number (it prints the number it chose on -displayfd).
fn xvfb() -> (Killed, String) {
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1080x1920x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb runs (apt-get install xvfb)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("Xvfb prints its display number");
    assert!(!line.trim().is_empty(), "Xvfb did not start");
    (Killed(child), format!(":{}", line.trim()))
}

/// Every notification received until `until`, with the time it arrived.
fn receive(socket: &UnixDatagram, until: Instant) -> Vec<(Instant, String)> {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        socket
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .unwrap();
        match socket.recv(&mut buf) {
            Ok(n) => got.push((
                Instant::now(),
                String::from_utf8_lossy(&buf[..n]).into_owned(),
            )),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(e) => panic!("notify socket: {e}"),
        }
    }
    got
}

#[test]
fn the_ui_loop_says_ready_then_beats_the_watchdog_and_stops_when_frozen() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    std::fs::write(&config, kiosk_support::demo_config_text(dir.path(), &[])).unwrap();
    let socket_path = dir.path().join("notify");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    let (_xvfb, display) = xvfb();
    let started = Instant::now();
    let _kiosk = Killed(
        Command::new(BIN)
            .arg("--config")
            .arg(&config)
            .args(["--windowed", "1080x1920"])
            .env("DISPLAY", &display)
            .env_remove("WAYLAND_DISPLAY")
            .env("NOTIFY_SOCKET", &socket_path)
            .env("WATCHDOG_USEC", WATCHDOG.as_micros().to_string())
            .env_remove("WATCHDOG_PID")
            .env("FAILPOINTS", "service.beat=3*off->1*sleep(3000)")
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );

    // Start-up (a debug build, devices checked, first frame), then the freeze and beats after it.
    let mut got = Vec::new();
    let deadline = started + Duration::from_secs(15);
    while Instant::now() < deadline && !got.iter().any(|(_, m): &(_, String)| m.contains("READY=1"))
    {
        got.extend(receive(
            &socket,
            (Instant::now() + Duration::from_millis(200)).min(deadline),
        ));
    }
    got.extend(receive(
        &socket,
        Instant::now() + FREEZE + Duration::from_secs(3),
    ));
    let summary: Vec<String> = got
        .iter()
        .map(|(at, m)| format!("{:>6} ms {m:?}", at.duration_since(started).as_millis()))
        .collect();
    let summary = summary.join("\n");
    eprintln!("notifications since exec:\n{summary}");

    let ready = got
        .iter()
        .position(|(_, m)| m.contains("READY=1"))
        .unwrap_or_else(|| panic!("no READY=1 within 15 s:\n{summary}"));
    assert!(
        got[ready].1.contains("STATUS=in service"),
        "READY=1 comes with the status:\n{summary}"
    );
    let beats: Vec<Instant> = got
        .iter()
        .filter(|(_, m)| m.trim() == "WATCHDOG=1")
        .map(|(at, _)| *at)
        .collect();
    assert!(beats.len() >= 5, "too few WATCHDOG=1:\n{summary}");
    let gaps: Vec<Duration> = beats.windows(2).map(|w| w[1] - w[0]).collect();
    let longest = gaps.iter().max().copied().unwrap();
    assert!(
        longest >= FREEZE - Duration::from_millis(500),
        "the beats went on while the UI loop was frozen for {FREEZE:?}:\n{summary}"
    );
    let frozen_at = gaps.iter().position(|g| *g == longest).unwrap();
    assert!(
        frozen_at >= 2 && beats.len() > frozen_at + 2,
        "beats come before the freeze and resume after it:\n{summary}"
    );
    // Outside the freeze, beats come at half the watchdog's time-out (a loaded machine may
    // delay one, never by a whole time-out).
    for (i, gap) in gaps.iter().enumerate() {
        assert!(
            i == frozen_at || *gap < WATCHDOG,
            "beat {i} came {gap:?} after the previous one:\n{summary}"
        );
    }
}
