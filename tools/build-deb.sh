#!/usr/bin/env bash
# Builds the Debian package with cargo-deb and checks what it holds (dpkg-deb -c / -I).
#   tools/build-deb.sh            release build: the package to install (target/debian/*.deb)
#   DEB_PROFILE=dev tools/build-deb.sh   CI: the same package from a debug build, to check contents
# Needs cargo-deb (`cargo install --locked cargo-deb`) and dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || { echo "build-deb: cargo-deb missing: cargo install --locked cargo-deb" >&2; exit 1; }
profile=${DEB_PROFILE:-release}
case "$profile" in dev) out=target/debug ;; *) out=target/$profile ;; esac

cargo build --locked --profile "$profile" --bin simkiosk
rm -rf target/man
"$out/simkiosk" --help-man target/man
gzip -9n target/man/*.1
# (cargo-deb warns that a dev profile is meant for checks, not releases: that is what CI does.)
deb=$(cargo deb --locked --no-build --profile "$profile" --output target/debian/ 2>/dev/null | grep "\.deb$" | tail -n 1)
[ -f "$deb" ] || { echo "build-deb: cargo deb made no package" >&2; exit 1; }

fail=0
contents=$(dpkg-deb -c "$deb")
info=$(dpkg-deb -I "$deb"; dpkg-deb -I "$deb" conffiles)
want_file() { # path [mode]
  local line
  line=$(grep -E " \\./${1#/}\$" <<<"$contents" || true)
  if [ -z "$line" ]; then echo "build-deb: $1 is missing from the package" >&2; fail=1; return; fi
  if [ -n "${2:-}" ] && [ "${line%% *}" != "$2" ]; then
    echo "build-deb: $1 has mode ${line%% *}, want $2" >&2; fail=1
  fi
}
want_info() { # what, extended regex on dpkg-deb -I
  grep -Eq "$2" <<<"$info" || { echo "build-deb: control: $1 (no match for /$2/)" >&2; fail=1; }
}
want_file /usr/bin/simkiosk -rwxr-xr-x
want_file /etc/simkiosk/kiosk.toml -rw-r-----
want_file /lib/systemd/system/simkiosk.service -rw-r--r--
for unit in dist/systemd/*.service; do want_file "/lib/systemd/system/$(basename "$unit")"; done
want_file /etc/simkiosk/weston.ini -rw-r--r--
want_file /usr/lib/simkiosk/weston-autolaunch -rwxr-xr-x
want_file /usr/share/man/man1/simkiosk.1.gz
want_file /usr/share/man/man1/simkiosk-renew.1.gz
want_file /usr/share/doc/simkiosk/udev/70-simkiosk.rules.example
want_file /usr/share/doc/simkiosk/fonts/OFL.txt
want_file /usr/share/doc/simkiosk/copyright
want_file /usr/share/doc/simkiosk/DEPLOY.md
want_file /usr/share/doc/simkiosk/examples/kiosk.demo.toml
want_info "package name" '^ Package: simkiosk$'
want_info "depends on adduser (postinst)" '^ Depends: .*adduser'
want_info "depends on libc" '^ Depends: .*libc6'
want_info "kiosk.toml is a conffile" '^/etc/simkiosk/kiosk.toml$'
want_info "weston.ini is a conffile" '^/etc/simkiosk/weston.ini$'
want_info "maintainer scripts" ' postinst'
want_info "maintainer scripts" ' postrm'
want_info "maintainer scripts" ' prerm'
want_info "the description says the journal holds money records" 'MONEY RECORDS'

# The binary is stripped: no debug sections left.
bin=$(mktemp)
trap 'rm -f "$bin"' EXIT
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/simkiosk > "$bin"
if readelf -S "$bin" | grep -Eq '\.(debug_(info|line|str|abbrev)|symtab)'; then echo "build-deb: /usr/bin/simkiosk is not stripped" >&2; fail=1; fi

[ "$fail" = 0 ] || { echo "build-deb: $deb: contents wrong (above)" >&2; exit 1; }
echo "build-deb: $deb ($(du -k "$deb" | cut -f1) KiB; /usr/bin/simkiosk $(du -k "$bin" | cut -f1) KiB stripped): contents OK"
