#!/usr/bin/env bash
# Installs and purges the Debian package in a throwaway copy of this machine's root (an overlay
# on a tmpfs, in a private mount namespace; needs root) and checks what the maintainer scripts
# do: the simkiosk user in dialout and lp, the data dir's and kiosk.toml's owners and modes,
# check-config refusing the template's demo values, purge keeping the journal unless asked.
#   tools/deb-install-check.sh target/debian/simkiosk_<v>_amd64.deb
# Nothing on the machine itself changes. Not in CI (it needs root and a Debian userland).
set -euo pipefail
deb=$(realpath "${1:?usage: $0 PACKAGE.deb}")
if [ "${DEB_INSTALL_CHECK_INNER:-}" != 1 ]; then
  exec env DEB_INSTALL_CHECK_INNER=1 unshare --mount --propagation private "$0" "$deb"
fi
dir=$(mktemp -d)
trap 'umount -R "$dir/root" 2>/dev/null; umount "$dir/up" 2>/dev/null; rm -rf "$dir"' EXIT
mkdir -p "$dir/up" "$dir/root"
mount -t tmpfs tmpfs "$dir/up"
mkdir -p "$dir/up/upper" "$dir/up/work"
mount -t overlay overlay -o "lowerdir=/,upperdir=$dir/up/upper,workdir=$dir/up/work" "$dir/root"
mount --bind /proc "$dir/root/proc"
mount --bind /dev "$dir/root/dev"
cp "$deb" "$dir/root/tmp/simkiosk.deb"
# --force-depends: the X11 libraries need not be installed to check the scripts.
chroot "$dir/root" /bin/sh -eu <<'IN'
fail() { echo "deb-install-check: $*" >&2; exit 1; }
dpkg --force-depends -i /tmp/simkiosk.deb >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log; fail "dpkg -i failed"; }
id -nG simkiosk | grep -qw dialout || fail "simkiosk is not in dialout"
id -nG simkiosk | grep -qw lp || fail "simkiosk is not in lp"
[ "$(stat -c '%U:%G %a' /var/lib/simkiosk)" = "simkiosk:simkiosk 750" ] || fail "/var/lib/simkiosk: $(stat -c '%U:%G %a' /var/lib/simkiosk)"
[ "$(stat -c '%U:%G %a' /etc/simkiosk/kiosk.toml)" = "root:simkiosk 640" ] || fail "kiosk.toml: $(stat -c '%U:%G %a' /etc/simkiosk/kiosk.toml)"
out=$(su -s /bin/sh simkiosk -c 'simkiosk --config /etc/simkiosk/kiosk.toml check-config' 2>&1) && fail "check-config accepted the template"
echo "$out" | grep -q '3 production problem(s)' || fail "check-config on the template: $out"
echo money > /var/lib/simkiosk/journal.db
dpkg --force-depends --purge simkiosk >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log; fail "purge failed"; }
[ -f /var/lib/simkiosk/journal.db ] || fail "purge deleted the journal"
[ ! -e /etc/simkiosk/kiosk.toml ] || fail "purge left kiosk.toml"
dpkg --force-depends -i /tmp/simkiosk.deb >/dev/null 2>&1
SIMKIOSK_PURGE_JOURNAL=1 dpkg --force-depends --purge simkiosk >/dev/null 2>&1
[ ! -e /var/lib/simkiosk ] || fail "SIMKIOSK_PURGE_JOURNAL=1 purge kept the journal"
IN
echo "deb-install-check: $(basename "$deb"): install, user, modes, production refusal, purge: OK"
