#!/usr/bin/env bash
# Startup figures of the kiosk as a user starts it (`simkiosk`, demo kiosk.toml) on a virtual
# 1080x1920 X display, software renderer:
#   - time from exec to the first frame on screen (the centre pixel leaves the black of the bare
#     X root; polled with ImageMagick, so the figure is good to about +-30 ms),
#   - resident memory 3 s after start (VmRSS) and its peak (VmHWM),
#   - CPU time used while idle on the attract screen over 10 s (should be 0 ticks).
#     tools/ui-startup.sh [path/to/simkiosk] [runs]     (default: target/release/simkiosk, 5 runs)
# Build first: cargo build --release --bin simkiosk
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(realpath "${1:-target/release/simkiosk}")"
RUNS="${2:-5}"
WORK="$(mktemp -d)"
cp kiosk.toml "$WORK/"
DISPLAY_NO=":${XVFB_DISPLAY:-96}"
Xvfb "$DISPLAY_NO" -screen 0 1080x1920x24 -br -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export DISPLAY="$DISPLAY_NO" WINIT_X11_SCALE_FACTOR=1
sleep 1
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
pixel() { import -window root -crop 1x1+540+960 -depth 8 txt:- 2>/dev/null | tail -1 | grep -o '#[0-9A-F]\{6\}' || echo none; }
for run in $(seq "$RUNS"); do
    # Same state each run: a fresh journal and demo carrier (the first run creates them).
    t0=$(now_ms)
    (cd "$WORK" && exec "$BIN") >"$WORK/log" 2>&1 &
    APP=$!
    until [ "$(pixel)" != "#000000" ] && [ "$(pixel)" != none ]; do
        if ! kill -0 "$APP" 2>/dev/null; then cat "$WORK/log"; exit 1; fi
    done
    t1=$(now_ms)
    sleep 3
    rss=$(awk '/VmRSS/ {print $2}' /proc/$APP/status)
    hwm=$(awk '/VmHWM/ {print $2}' /proc/$APP/status)
    cpu0=$(awk '{print $14 + $15}' /proc/$APP/stat)
    sleep 10
    cpu1=$(awk '{print $14 + $15}' /proc/$APP/stat)
    echo "run $run: first frame $((t1 - t0)) ms, RSS $((rss / 1024)) MB (peak $((hwm / 1024)) MB), idle CPU $((cpu1 - cpu0)) ticks in 10 s"
    kill "$APP"; wait "$APP" 2>/dev/null || true
    APP=
done
