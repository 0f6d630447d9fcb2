#!/usr/bin/env bash
# `systemd-analyze verify` on every unit in dist/systemd/, failing on any complaint (an unknown
# key is only a warning to systemd). verify needs each ExecStart program to exist: /usr/bin/simkiosk
# is pointed at the built binary (argument 1, default target/debug/simkiosk), and a compositor that
# is not installed here at /bin/true (said on stderr). Template units are checked as @tty1.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/debug/simkiosk}")
[ -x "$bin" ] || { echo "check-units: no built kiosk at $bin (cargo build first)" >&2; exit 1; }
command -v systemd-analyze >/dev/null || { echo "check-units: systemd-analyze missing (apt-get install systemd)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
units=()
for unit in dist/systemd/*.service; do
  name=$(basename "$unit")
  case "$name" in *@.service) name="${name%@.service}@tty1.service" ;; esac
  sed "s#/usr/bin/simkiosk\\b#$bin#g" "$unit" > "$work/$name"
  for prog in $(sed -n 's/^ExecStart[A-Za-z]*=[-+!@:]*\(\/[^ ]*\).*/\1/p' "$work/$name"); do
    if [ ! -x "$prog" ]; then
      echo "check-units: $name: $prog is not installed here; verified with /bin/true" >&2
      sed -i "s#$prog\\b#/bin/true#g" "$work/$name"
    fi
  done
  units+=("$work/$name")
done
out=$(systemd-analyze verify --man=no "${units[@]}" 2>&1) || { echo "$out" >&2; exit 1; }
if [ -n "$out" ]; then
  echo "$out" >&2
  echo "check-units: systemd-analyze complained (above)" >&2
  exit 1
fi
echo "check-units: ${#units[@]} unit(s) verified: $(cd dist/systemd && echo *.service)"
