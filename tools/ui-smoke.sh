#!/usr/bin/env bash
# Smoke test of the real kiosk binary as a user meets it: builds the release binary, starts
# `simkiosk` (no subcommand: the kiosk) on the demo kiosk.toml copied into a temp dir, on a virtual
# 1080x1920 X display, and taps one whole renewal in each of the eleven languages with xdotool:
#   attract -> language -> 090-1234-5679 (mistyped) -> Continue -> "not found" -> Delete, 8 ->
#   Continue -> status -> plans (Travel 3GB) -> review -> pay by card (the demo terminal
#   approves) or by PayPay (the demo wallet simulator pays the QR code by itself), alternately ->
#   processing -> receipt -> done -> attract.
# In the first sale the customer switches from Japanese to English in the header while the number
# is half typed: the entry must survive and the sale be journaled in English.
# Every step waits for the flow's own screen change in the log (RUST_LOG=simkiosk::flow=debug),
# bounded, and a screenshot of each screen goes to target/ui-smoke/NN-<screen>.png. Afterwards the
# journal must hold exactly eleven transactions, each done, for that SIM and ¥1,980, in its
# language and paid by the method tapped, and the SIM's expiry must have moved by eleven times the
# plan's 7 days. Exit 0 only then; otherwise 1 with the step that failed.
#
#     tools/ui-smoke.sh [--no-build] [--bin PATH]
#
# Needs Xvfb, xdotool, ImageMagick (import), python3. Display :99 (SMOKE_DISPLAY=NN to change).
# Tap coordinates are those of the 1080x1920 portrait layout at WINIT_X11_SCALE_FACTOR=1, read off
# screenshots; if the layout moves, the step that no longer reaches its screen says so.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1 BIN=target/release/simkiosk
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) BUILD=0; shift ;;
        --bin) BIN="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set /{/^set /d;p}' "$0"; exit 0 ;;
        *) echo "ui-smoke: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ "$BUILD" = 1 ]; then cargo build --release --bin simkiosk; fi
BIN="$(realpath "$BIN")"
OUT="$(pwd)/target/ui-smoke"
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.log "$OUT"/*.json
WORK="$(mktemp -d -t simkiosk-smoke-XXXXXX)"
cp kiosk.toml "$WORK/"
CONFIG="$WORK/kiosk.toml"
LOG="$OUT/simkiosk.log"
export DISPLAY=":${SMOKE_DISPLAY:-99}" WINIT_X11_SCALE_FACTOR=1
APP= XVFB= CAPTURE=
cleanup() {
    for p in $CAPTURE $APP $XVFB; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "ui-smoke: FAILED: $*" >&2; echo "  log: $LOG, screenshots: $OUT" >&2; exit 1; }

Xvfb "$DISPLAY" -screen 0 1080x1920x24 -br -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
for _ in $(seq 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    kill -0 "$XVFB" 2>/dev/null || fail "Xvfb $DISPLAY did not start: $(cat "$OUT/xvfb.log")"
    sleep 0.1
done

# The SIM before: its expiry, to check the renewal really moved it.
"$BIN" --config "$CONFIG" lookup 09012345678 --json >"$OUT/lookup-before.json" \
    || fail "simkiosk lookup before the sale"

(cd "$WORK" && RUST_LOG="warn,simkiosk::flow=debug" NO_COLOR=1 exec "$BIN" --config "$CONFIG") >"$LOG" 2>&1 &
APP=$!

n=0
shot() { n=$((n + 1)); import -window root "$OUT/$(printf %02d "$n")-$1.png"; }
# Screen changes logged by the flow so far (ANSI stripped in case colours are forced).
transitions() { sed 's/\x1b\[[0-9;]*m//g' "$LOG" | grep -o 'to="[a-z-]*"' | sed 's/to="\(.*\)"/\1/' || true; }
count() { transitions | wc -l; }
# wait_screen NAME MARK [SECS]: the flow reached NAME after the MARK-th screen change.
wait_screen() {
    local name=$1 mark=$2 secs=${3:-10} i
    for i in $(seq $((secs * 20))); do
        transitions | tail -n +$((mark + 1)) | grep -qx "$name" && { sleep 0.3; return 0; }
        kill -0 "$APP" 2>/dev/null || fail "simkiosk exited while waiting for the $name screen"
        sleep 0.05
    done
    fail "no $name screen within ${secs} s; screens so far: $(transitions | tr '\n' ' ')"
}
# tap X Y NEXT [SECS]: one touch, then wait for the screen NEXT.
tap() {
    local mark
    mark=$(count)
    xdotool mousemove "$1" "$2" click 1
    wait_screen "$3" "$mark" "${4:-10}"
}
# pixel X Y: "R G B" of one screen pixel.
pixel() { import -window root -crop "1x1+$1+$2" -depth 8 txt:- | tail -1 | sed 's/^[^(]*(\([0-9]*\),\([0-9]*\),\([0-9]*\).*/\1 \2 \3/'; }

# 1. attract: wait for the window, then for its first frame (the bare root is black).
timeout 20 xdotool search --sync --name '^simkiosk$' >/dev/null || fail "no simkiosk window within 20 s"
for i in $(seq 100); do [ "$(pixel 540 960)" != "0 0 0" ] && break; sleep 0.1; done
[ "$(pixel 540 960)" != "0 0 0" ] || fail "the window stayed blank for 10 s"
sleep 0.5
shot attract
# Coordinates (x y) on the 1080x1920 portrait layout (the keypad and the action bar are fixed
# zones: the same in every language and state).
START="540 1519"        # the arrow button on attract (a tap anywhere also starts)
# Language buttons, two per row: 日本語 English / 简体中文 繁體中文 / 한국어 ไทย / Tiếng Việt
# Bahasa Indonesia / Español Français / Deutsch.
LANG_X=(290 790 290 790 290 790 290 790 290 790 290)
LANG_Y=(506 506 732 732 958 958 1185 1185 1412 1412 1639)
LANG_NAME=(ja en zh-Hans zh-Hant ko th vi id es fr de)
HEADER_ENGLISH="297 53" # the header's English button (portrait, eleven languages: two rows)
NEXT="710 1836"         # the primary button, right of the action bar: Continue / Choose a plan / Review / Finish
PAY_CARD="445 1824"     # review with two methods: Back | Pay by card | Pay by PayPay, equal sizes
PAY_PAYPAY="843 1824"
PLAN_3GB="168 453"      # first plan card, Travel 3GB (docomo, 7 days, ¥1,980)
KEY_X=(540 205 540 874 205 540 874 205 540 874)   # keypad digits 0..9
KEY_Y=(1562 1166 1166 1166 1298 1298 1298 1430 1430 1430)
DELETE="874 1562"
type_digits() {
    local d
    for d in $(echo "$1" | grep -o .); do
        xdotool mousemove "${KEY_X[$d]}" "${KEY_Y[$d]}" click 1
        sleep 0.12
    done
    sleep 0.3
}

SALES=0
METHODS=()
for i in "${!LANG_NAME[@]}"; do
    lang=${LANG_NAME[$i]}
    tap $START language;                  shot "$lang-language"
    tap "${LANG_X[$i]}" "${LANG_Y[$i]}" identify;     shot "$lang-identify"
    # A mistyped last digit: the carrier does not know 090-1234-5679.
    if [ "$i" = 0 ]; then
        # Half typed, the customer changes the language: the entry stays.
        type_digits 09012
        xdotool mousemove $HEADER_ENGLISH click 1; sleep 0.5
        shot "$lang-switched-to-en"
        lang=en-from-ja
        type_digits 345679
    else
        type_digits 09012345679
    fi
    tap $NEXT lookup-failed;              shot "$lang-lookup-failed"
    # Corrected on the same keypad, which has not moved under the message.
    xdotool mousemove $DELETE click 1; sleep 0.12
    type_digits 8
    shot "$lang-corrected"
    # Continue turns blue once 11 digits are in; grey means a digit was lost.
    read -r r g b <<<"$(pixel 420 1836)"   # left part of the button, clear of its label
    [ $((b - r)) -gt 60 ] || fail "$lang: Continue is not enabled after the correction (pixel $r,$g,$b)"
    tap $NEXT status;                     shot "$lang-status"
    tap $NEXT plans;                      shot "$lang-plans"
    xdotool mousemove $PLAN_3GB click 1; sleep 0.5
    tap $NEXT review;                     shot "$lang-review"
    mark=$(count)
    if [ $((i % 2)) = 0 ]; then
        METHODS+=(card); xdotool mousemove $PAY_CARD click 1
    else
        METHODS+=(paypay); xdotool mousemove $PAY_PAYPAY click 1
    fi
    wait_screen pay "$mark" 10
    [ "${METHODS[-1]}" = paypay ] && { sleep 1; shot "$lang-paypay-qr"; }
    wait_screen done "$mark" 60;          shot "$lang-done"
    SALES=$((SALES + 1))
    tap $NEXT attract
done
shot attract-again

# A close request, as a window manager sends it for Alt+F4: the kiosk must stay.
python3 tools/ui-close-request.py "$(xdotool search --name simkiosk | head -1)" \
    || fail "could not send a close request"
sleep 1.5
kill -0 "$APP" 2>/dev/null || fail "the kiosk closed on a window close request"
echo "close request ignored: still running"

# The kiosk stops; the journal and the carrier must show the renewal.
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
"$BIN" --config "$CONFIG" journal --json >"$OUT/journal.json" || fail "simkiosk journal"
"$BIN" --config "$CONFIG" lookup 09012345678 --json >"$OUT/lookup-after.json" || fail "simkiosk lookup after the sale"
cp "$WORK"/demo-receipts/*.png "$OUT/" 2>/dev/null || true
python3 - "$OUT" "${METHODS[*]}" "${LANG_NAME[*]}" <<'EOF' || fail "the journal or the carrier does not show the renewal (see above)"
import datetime, json, sys
out = sys.argv[1]
journal = json.load(open(f"{out}/journal.json"))
before = json.load(open(f"{out}/lookup-before.json"))
after = json.load(open(f"{out}/lookup-after.json"))
problems = []
methods = sys.argv[2].split()
langs = sys.argv[3].split()
langs[0] = "en"  # the first customer switched from Japanese to English mid-way
SALES = len(langs)  # one per language
if len(journal) != SALES:
    problems.append(f"{len(journal)} transactions in the journal, expected {SALES}")
in_order = sorted(journal, key=lambda t: t["created_at"])
for n, (t, lang, method) in enumerate(zip(in_order, langs, methods), 1):
    if t.get("lang") != lang:
        problems.append(f"sale {n}: journaled in {t.get('lang')!r}, expected {lang!r}")
    if t.get("payment_method") != method:
        problems.append(f"sale {n}: paid by {t.get('payment_method')!r}, expected {method!r}")
for t in journal:
    want = {"state": "done", "sim": "090-****-5678", "plan_id": "docomo-7d-3gb", "total_yen": 1980,
            "tax_yen": 180, "months": 1}
    for k, v in want.items():
        if t.get(k) != v:
            problems.append(f"journal {k} = {t.get(k)!r}, expected {v!r}")
def expiry(doc):
    for k in ("expiry", "expires", "expires_on", "valid_until"):
        if k in doc:
            return datetime.date.fromisoformat(str(doc[k])[:10])
    raise SystemExit(f"no expiry field in the lookup JSON: {sorted(doc)}")
gained = (expiry(after) - expiry(before)).days
if gained != 7 * SALES:
    problems.append(f"expiry moved by {gained} days ({expiry(before)} -> {expiry(after)}), expected {7 * SALES}")
for p in problems:
    print("  " + p, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"journal: {len(journal)} transactions, all {journal[0]['state']} ¥{journal[0]['total_yen']}; "
      f"expiry {expiry(before)} -> {expiry(after)}")
EOF
echo "ui-smoke: OK, $SALES renewals completed (one per language, card and PayPay alternately); screenshots in $OUT:"
ls "$OUT"
