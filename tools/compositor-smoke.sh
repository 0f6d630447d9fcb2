#!/usr/bin/env bash
# Headless smoke test of the kiosk under the cage kiosk compositor (Wayland), compared with X11:
#   1. cage with wlroots' headless backend and software renderer (WLR_BACKENDS=headless,
#      WLR_RENDERER=pixman: no GPU, no display, no input device), turned to portrait (-r: its
#      1280x720 output becomes 720x1280), runs the kiosk as a Wayland client (DISPLAY unset, so it
#      cannot fall back to cage's Xwayland); grim screenshots until the first frame is fully
#      painted, then target/compositor-smoke/cage.png.
#   2. The same binary on the demo configuration under Xvfb at 720x1280: x11.png, and the mouse
#      pointer over the kiosk read back through XFixes (it must be hidden; the root window's
#      pointer before the kiosk starts must not be).
#   3. `compare -metric AE -fuzz FUZZ` of the two screens: at most MAX_AE differing pixels.
# A tap is not proved here: Debian 12's cage 0.1.4 (wlroots 0.15) offers no virtual-pointer
# protocol, its headless backend has no input device, and a uinput device (ydotool) needs
# /dev/uinput and a libinput seat a headless CI machine does not have. Touch is proved by
# tests/ui_touch.rs (iced_test) and the tap path on X11 by tools/ui-smoke.sh.
#
#     tools/compositor-smoke.sh [--no-build] [--bin PATH] [--fuzz PCT] [--max-ae PIXELS]
#
# The binary needs the `wayland` feature, a default one (built here unless --no-build). Needs cage, xwayland
# (cage 0.1.4 will not start without it), grim, Xvfb, xdotool, ImageMagick, python3 with libX11
# and libXfixes. cage refuses to run as root: as root, the compositor and kiosk run as `nobody`.
# Defaults: fuzz 8% (anti-aliasing), MAX_AE 0.2% of the screen (1843 pixels).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1 BIN=target/release/simkiosk FUZZ=8 W=720 H=1280
MAX_AE=$((W * H / 500))
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) BUILD=0; shift ;;
        --bin) BIN="$2"; shift 2 ;;
        --fuzz) FUZZ="$2"; shift 2 ;;
        --max-ae) MAX_AE="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set /{/^set /d;p}' "$0"; exit 0 ;;
        *) echo "compositor-smoke: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ "$BUILD" = 1 ]; then cargo build --release --bin simkiosk; fi
BIN="$(realpath "$BIN")"
OUT="$(pwd)/target/compositor-smoke"
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.ppm "$OUT"/*.log
WORK="$(mktemp -d -t simkiosk-compositor-XXXXXX)"
RUNTIME="$WORK/runtime"
mkdir -p "$RUNTIME" "$WORK/cage" "$WORK/x11"
cp kiosk.toml "$WORK/cage/"
cp kiosk.toml "$WORK/x11/"
# A copy of the binary the unprivileged user can reach wherever the checkout lives (/root is 0700).
cp "$BIN" "$WORK/simkiosk"
BIN="$WORK/simkiosk"
chmod 700 "$RUNTIME"
AS=()
if [ "$(id -u)" -eq 0 ]; then
    chown -R nobody:nogroup "$WORK"
    chmod 755 "$WORK"
    AS=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
CAGE= XVFB= APP=
cleanup() {
    for p in $APP $CAGE $XVFB; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "compositor-smoke: FAILED: $*" >&2; echo "  logs and screenshots: $OUT" >&2; exit 1; }

# Is the PPM screenshot $1 a painted kiosk screen? Every pixel of the centre column drawn (the
# black of an empty output is gone) and some text on it (a dark pixel).
painted() {
    python3 - "$1" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
parts = data.split(maxsplit=4)
if len(parts) < 5 or parts[0] != b"P6":
    sys.exit(1)
w, h, px = int(parts[1]), int(parts[2]), parts[4]
col = [tuple(px[(y * w + w // 2) * 3:(y * w + w // 2) * 3 + 3]) for y in range(h)]
black = any(p == (0, 0, 0) for p in col)
text = any(0.299 * r + 0.587 * g + 0.114 * b < 100 for r, g, b in col)
sys.exit(0 if not black and text else 1)
PY
}

# $1: a command printing a PPM screenshot to the file $2. Waits (bounded) for a painted screen.
wait_painted() {
    local shot="$2"
    for _ in $(seq 200); do
        if $1 "$shot" 2>/dev/null && painted "$shot"; then return 0; fi
        kill -0 "$APP" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# --- 1. cage, headless -------------------------------------------------------------------------
echo "compositor-smoke: cage $(cage -v 2>&1 | head -1), headless, pixman"
# The kiosk is cage's child; its pid file lets this script wait on its screen.
(cd "$WORK/cage" && exec "${AS[@]}" env -u DISPLAY XDG_RUNTIME_DIR="$RUNTIME" HOME="$WORK" \
    WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
    ICED_BACKEND=tiny-skia RUST_LOG=info NO_COLOR=1 \
    cage -d -r -- sh -c 'echo "$WAYLAND_DISPLAY" >wayland-display; unset DISPLAY; exec "$0" --config kiosk.toml' "$BIN") \
    >"$OUT/cage.log" 2>&1 &
CAGE=$!
APP=$CAGE
for _ in $(seq 100); do
    [ -s "$WORK/cage/wayland-display" ] && break
    kill -0 "$CAGE" 2>/dev/null || fail "cage did not start: $(tail -5 "$OUT/cage.log")"
    sleep 0.1
done
[ -s "$WORK/cage/wayland-display" ] || fail "cage gave the kiosk no WAYLAND_DISPLAY within 10 s"
export WAYLAND_DISPLAY XDG_RUNTIME_DIR="$RUNTIME"
WAYLAND_DISPLAY="$(cat "$WORK/cage/wayland-display")"
grim_ppm() { grim -t ppm "$1"; }
wait_painted grim_ppm "$WORK/cage.ppm" \
    || fail "no painted frame under cage within 20 s: $(tail -5 "$OUT/cage.log")"
sleep 1 # the screen as it stays, not a frame in passing
grim "$OUT/cage.png"
kill "$CAGE"; wait "$CAGE" 2>/dev/null || true
CAGE= APP=
unset WAYLAND_DISPLAY
echo "  first frame under cage: $OUT/cage.png"

# --- 2. X11 (Xvfb), the same screen size ---------------------------------------------------------
X="${COMPOSITOR_SMOKE_DISPLAY:-:96}"
Xvfb "$X" -screen 0 "${W}x${H}x24" -br -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
for _ in $(seq 50); do
    DISPLAY="$X" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    kill -0 "$XVFB" 2>/dev/null || fail "Xvfb $X did not start: $(cat "$OUT/xvfb.log")"
    sleep 0.1
done
# The pointer: an X11 client's cursor image read back through XFixes; "visible" when any pixel of
# it is not fully transparent. Prints "visible WxH" or "hidden WxH".
pointer() {
    DISPLAY="$X" python3 - <<'PY'
import ctypes, os
x = ctypes.CDLL("libX11.so.6"); xf = ctypes.CDLL("libXfixes.so.3")
x.XOpenDisplay.restype = ctypes.c_void_p; x.XOpenDisplay.argtypes = [ctypes.c_char_p]
class Img(ctypes.Structure):  # XFixesCursorImage (X11/extensions/Xfixes.h)
    _fields_ = [("x", ctypes.c_short), ("y", ctypes.c_short), ("width", ctypes.c_ushort),
                ("height", ctypes.c_ushort), ("xhot", ctypes.c_ushort), ("yhot", ctypes.c_ushort),
                ("cursor_serial", ctypes.c_ulong), ("pixels", ctypes.POINTER(ctypes.c_ulong)),
                ("atom", ctypes.c_ulong), ("name", ctypes.c_char_p)]
xf.XFixesGetCursorImage.restype = ctypes.POINTER(Img); xf.XFixesGetCursorImage.argtypes = [ctypes.c_void_p]
dpy = x.XOpenDisplay(os.environ["DISPLAY"].encode())
img = xf.XFixesGetCursorImage(dpy).contents
alpha = any((img.pixels[i] >> 24) & 0xFF for i in range(img.width * img.height))
print(("visible" if alpha else "hidden") + f" {img.width}x{img.height}")
PY
}
DISPLAY="$X" xdotool mousemove $((W / 2)) $((H / 2))
BEFORE="$(pointer)"
(cd "$WORK/x11" && exec "${AS[@]}" env -u WAYLAND_DISPLAY DISPLAY="$X" WINIT_X11_SCALE_FACTOR=1 \
    ICED_BACKEND=tiny-skia RUST_LOG=info NO_COLOR=1 "$BIN" --config kiosk.toml) >"$OUT/x11.log" 2>&1 &
APP=$!
x11_ppm() { import -display "$X" -window root "ppm:$1"; }
wait_painted x11_ppm "$WORK/x11.ppm" || fail "no painted frame under Xvfb within 20 s: $(tail -5 "$OUT/x11.log")"
sleep 1
import -display "$X" -window root "$OUT/x11.png"
# A motion over the kiosk, as a stray mouse would make: the pointer must stay hidden.
DISPLAY="$X" xdotool mousemove $((W / 2 + 40)) $((H / 2 + 40))
sleep 0.3
AFTER="$(pointer)"
echo "  pointer before the kiosk: $BEFORE; over the kiosk: $AFTER"
case "$BEFORE" in visible*) ;; *) fail "the bare X root shows no pointer ($BEFORE): the pointer check proves nothing" ;; esac
case "$AFTER" in hidden*) ;; *) fail "the mouse pointer is visible over the kiosk ($AFTER)" ;; esac

# --- 3. The two screens compared ----------------------------------------------------------------
AE="$(compare -metric AE -fuzz "$FUZZ%" "$OUT/cage.png" "$OUT/x11.png" "$OUT/diff.png" 2>&1 || true)"
echo "  cage vs X11: $AE pixels differ beyond a ${FUZZ}% fuzz (limit $MAX_AE of $((W * H))); diff: $OUT/diff.png"
[[ "$AE" =~ ^[0-9]+$ ]] || fail "compare failed: $AE"
[ "$AE" -le "$MAX_AE" ] || fail "the screen under cage differs from X11's in $AE pixels"
echo "compositor-smoke: ok"
