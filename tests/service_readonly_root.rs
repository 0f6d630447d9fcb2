//! A read-only root with one data partition: the kiosk writes nothing outside its data dir.
//! `simkiosk renew` sells one renewal on the demo devices inside a private mount namespace
//! where every mount is read-only except the data dir (and /proc, /sys, /dev); a write anywhere
//! else would fail with EROFS and the sale with it. Needs root, or unprivileged user namespaces
//! (`unshare --map-root-user`), as Debian 12 allows by default.

mod kiosk_support;

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_simkiosk");

/// Makes every mount but the data dir ($1) read-only, proves it, then runs the rest of its
/// arguments. Exit 97/98: the sandbox could not be built (not a kiosk failure).
const SANDBOX: &str = r#"
set -eu
data="$1"; shift
# The data dir stays writable: a mount of its own, made before everything else turns read-only.
mount --bind "$data" "$data"
while read -r _id _parent _dev _root point opts _rest; do
    case "$point" in
        /proc|/proc/*|/sys|/sys/*|/dev|/dev/pts|/dev/mqueue|/dev/hugepages) continue ;;
    esac
    [ "$point" = "$data" ] && continue
    # Keep the mount's own flags (nosuid, nodev… are locked in a user namespace), rw becomes ro.
    ro=$(echo "$opts" | sed 's/^rw/ro/;s/,rw,/,ro,/')
    mount -o "remount,bind,$ro" "$point" || { echo "sandbox: cannot make $point read-only" >&2; exit 98; }
done < /proc/self/mountinfo
if touch "$(dirname "$data")/rw-probe" 2>/dev/null || touch /var/tmp/rw-probe 2>/dev/null \
    || touch /tmp/rw-probe 2>/dev/null; then
    echo "sandbox: the root is still writable" >&2; exit 97
fi
touch "$data/rw-probe" && rm "$data/rw-probe" || { echo "sandbox: the data dir is not writable" >&2; exit 97; }
exec "$@"
"#;

#[test]
fn a_renewal_sells_with_everything_read_only_but_the_data_dir() {
    // On the build's disk: the sandbox must be able to make the data dir's parent read-only.
    let data = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let config = data.path().join("kiosk.toml");
    std::fs::write(&config, kiosk_support::demo_config_text(data.path(), &[])).unwrap();
    // /proc/self belongs to the effective user: root needs no user namespace.
    let root = std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false);
    let mut cmd = Command::new("unshare");
    if !root {
        cmd.arg("--map-root-user");
    }
    let o = cmd
        .args([
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            SANDBOX,
            "sandbox",
        ])
        .arg(data.path())
        .arg(BIN)
        .arg("--config")
        .arg(&config)
        .args([
            "renew",
            "--sim",
            "090-1234-5678",
            "--plan",
            "docomo-7d-3gb",
            "--json",
        ])
        .current_dir(data.path())
        .output()
        .expect("unshare (util-linux) runs");
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        !matches!(o.status.code(), Some(97 | 98)) && !stderr.contains("unshare: "),
        "the read-only sandbox could not be built (root or user namespaces needed):\n{stderr}"
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "renew failed with a read-only root\nstdout: {stdout}\nstderr: {stderr}"
    );
    let answer: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("renew --json: {e}: {stdout}"));
    assert_eq!(answer["renewed"], true, "{answer}");
    assert_eq!(answer["receipt_printed"], true, "{answer}");
    // What it wrote is in the data dir: the journal and the demo carrier at least.
    assert!(data.path().join("journal.db").exists());
    assert!(data.path().join("carrier.db").exists());
}
