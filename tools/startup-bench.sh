#!/usr/bin/env bash
# Start-up benchmark of the kiosk (release build, tiny-skia, 1080x1920 under Xvfb):
# time from exec to the first frame, memory after start, CPU and wake-ups while idle on attract.
#
#     tools/startup-bench.sh [--runs N] [--idle SECS] [--devices embedded|external]
#                            [--hide-system-fonts] [--no-build] [--bin PATH]
#                            [--compositor] [--anchor PAGE | --no-anchor]
#
# Defaults: 7 runs (plus run 0 on empty databases, reported apart), 10 s idle, builds
# `cargo build --release --bin simkiosk` first. --devices embedded (default) runs the demo
# kiosk.toml as shipped, whose card terminal and printer simulators are threads of the kiosk
# process; --devices external runs them as separate processes over TCP (zvt-tcp, network printer),
# so the kiosk process holds only what a real kiosk runs. --hide-system-fonts (root) runs the kiosk
# in a mount namespace with an empty /usr/share/fonts, as on a kiosk image without system CJK fonts
# (iced's font database otherwise also loads every system font).
# --compositor runs the kiosk (and the anchor) under a headless cage (Wayland, 720x1280 portrait,
# pixman), timed from the exec of cage, as the cage unit starts them; the binary must then be built
# with --features wayland (done here unless --no-build).
# The browser anchor: after each kiosk run, Chromium in kiosk mode (`apt-get install chromium`)
# shows PAGE (default ../shared/anchors/chromium-kiosk-page.html, outside the repository) on the
# same screen, measured by the same probe; the summary gives both and their ratio. --no-anchor skips it.
# Also printed: the binary's size and the size it has stripped (`strip -o`, the file is not changed).
# Needs Xvfb, ImageMagick (import), python3, libX11; cage, xwayland and grim for --compositor.
# Output: a line per run, median [min .. max], and target/startup-bench/results-<devices>.json
# with every run, plus attract-<devices>.png (the screen measured).
# The method (what "first frame" means, poll resolution) is in tools/startup_bench.py and
# docs/PERFORMANCE.md. Figures vary with load on a shared machine: each run prints the 1-min load.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=7 IDLE=10 BUILD=1 BIN=target/release/simkiosk DEVICES=embedded FONTS=
COMPOSITOR= FEATURES= ANCHOR=../shared/anchors/chromium-kiosk-page.html
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --idle) IDLE="$2"; shift 2 ;;
        --devices) DEVICES="$2"; shift 2 ;;
        --hide-system-fonts) FONTS=--hide-system-fonts; shift ;;
        --no-build) BUILD=0; shift ;;
        --bin) BIN="$2"; shift 2 ;;
        --compositor) COMPOSITOR=--compositor; FEATURES="--features wayland"; shift ;;
        --anchor) ANCHOR="$2"; shift 2 ;;
        --no-anchor) ANCHOR=; shift ;;
        -h|--help) sed -n '2,/^set /{/^set /d;p}' "$0"; exit 0 ;;
        *) echo "startup-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ "$BUILD" = 1 ]; then cargo build --release $FEATURES --bin simkiosk; fi
ANCHOR_ARGS=()
if [ -n "$ANCHOR" ]; then
    [ -f "$ANCHOR" ] || { echo "startup-bench: no anchor page $ANCHOR (--anchor PAGE, or --no-anchor)" >&2; exit 2; }
    command -v chromium >/dev/null || { echo "startup-bench: the anchor needs chromium (apt-get install chromium), or --no-anchor" >&2; exit 2; }
    ANCHOR_ARGS=(--anchor "$ANCHOR")
fi
NAME="$DEVICES$FONTS$COMPOSITOR${ANCHOR:+-vs-chromium}"
BIN="$(realpath "$BIN")"
OUT="$(pwd)/target/startup-bench"
mkdir -p "$OUT"
DISPLAY_NO=":${BENCH_DISPLAY:-98}"
# -br: a black root, so "nothing drawn yet" is unambiguous.
Xvfb "$DISPLAY_NO" -screen 0 1080x1920x24 -br -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
# Wait for Xvfb to go: a second run right after would otherwise find the display still taken.
trap 'kill "$XVFB" 2>/dev/null; wait "$XVFB" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    DISPLAY="$DISPLAY_NO" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    kill -0 "$XVFB" 2>/dev/null || { echo "startup-bench: Xvfb $DISPLAY_NO did not start:" >&2; cat "$OUT/xvfb.log" >&2; exit 1; }
    sleep 0.1
done
STRIPPED="$(mktemp)"
strip -o "$STRIPPED" "$BIN"
echo "simkiosk: $BIN ($(stat -c %s "$BIN") bytes, $(stat -c %s "$STRIPPED") stripped), git $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src Cargo.toml || echo '+dirty'), $(nproc) cores"
python3 tools/startup_bench.py --bin "$BIN" --config kiosk.toml --display "$DISPLAY_NO" \
    --runs "$RUNS" --idle "$IDLE" --devices "$DEVICES" $FONTS $COMPOSITOR "${ANCHOR_ARGS[@]}" \
    --json "$OUT/results-$NAME.json" --screenshot "$OUT/attract-$NAME.png"
rm -f "$STRIPPED"
