#!/usr/bin/env bash
# Start the kiosk as a user would (`simkiosk`, demo kiosk.toml) on a virtual 1080x1920 X display
# and tap through one renewal with xdotool, saving a screenshot of each step.
#     tools/ui-xvfb-demo.sh [path/to/simkiosk]      (default: target/release/simkiosk)
# Output: target/xvfb/NN-<step>.png. Needs Xvfb, xdotool, ImageMagick (import).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(realpath "${1:-target/release/simkiosk}")"
OUT="$(pwd)/target/xvfb"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
cp kiosk.toml "$WORK/"
DISPLAY_NO=":${XVFB_DISPLAY:-97}"
Xvfb "$DISPLAY_NO" -screen 0 1080x1920x24 -br -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export DISPLAY="$DISPLAY_NO" WINIT_X11_SCALE_FACTOR=1
sleep 1
(cd "$WORK" && exec "$BIN") >"$OUT/simkiosk.log" 2>&1 &
APP=$!
xdotool search --sync --name simkiosk >/dev/null
sleep 1.5
n=0
shot() { n=$((n + 1)); import -window root "$OUT/$(printf %02d $n)-$1.png"; }
tap() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.6}"; }
# Coordinates on the 1080x1920 portrait layout (logical = physical pixels at scale factor 1).
shot attract
tap 540 1000                       # anywhere: start
shot language
tap 540 480                        # "English"
shot identify
KEY_X=(538 204 538 874 204 538 874 204 538 874)   # digits 0..9
KEY_Y=(1112 659 659 659 811 811 811 963 963 963)
for d in 0 9 0 1 2 3 4 5 6 7 8; do tap "${KEY_X[$d]}" "${KEY_Y[$d]}" 0.15; done
shot identify-typed
tap 540 1843 2                     # Continue: the demo carrier looks the SIM up
shot status
tap 540 1843                       # Choose a plan
shot plans
tap 540 1843                       # Review order
shot review
tap 540 1843 1.5                   # Pay by card
shot pay
sleep 6                            # the demo terminal and printer take a few seconds
shot after-sale
# A close request, as a window manager sends it for Alt+F4: the kiosk must stay.
python3 tools/ui-close-request.py "$(xdotool search --name simkiosk | head -1)"
sleep 1.5
if kill -0 "$APP" 2>/dev/null; then echo "close request ignored: still running"; else echo "ERROR: the kiosk closed"; exit 1; fi
ls "$OUT"
