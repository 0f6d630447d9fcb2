#!/usr/bin/env python3
"""Start-up benchmark of the kiosk binary on a running X display (driven by tools/startup-bench.sh).

Per run: exec `simkiosk --config <tmp>/kiosk.toml` (the kiosk, demo configuration), then
  - first frame: the time from just before exec until the screen's centre column (x = W/2, all rows)
    has no black pixel left (the bare root of `Xvfb -br` is black; tiny-skia presents whole frames)
    and holds at least one dark pixel (text drawn). The column is read with XGetImage through ctypes
    every POLL_S seconds, so the figure is good to about one poll interval (printed); a busy loop
    would steal one of the two cores from the process being measured.
  - memory SETTLE_S after the first frame: VmRSS, VmHWM (/proc/PID/status), Pss and private bytes
    (/proc/PID/smaps_rollup).
  - idle cost on the attract screen over IDLE_S: utime + stime ticks (/proc/PID/stat, all threads)
    and context switches summed over every thread (/proc/PID/task/*/status): a process that
    wakes up for nothing shows switches even when it uses fewer ticks than one.
  - where start-up time goes, from the log's own timestamps (RUST_LOG=info, plus cosmic-text's font
    database at debug): exec -> engine ready ("start-up recovery" logged) -> iced creating the
    window ("Window attributes") -> system fonts parsed ("Parsed N font faces") -> first frame.
Run 0 starts on empty databases (first start of a kiosk: schema migrations, demo carrier seeded)
and is reported apart; runs 1..N start on the databases run 0 left, as every later boot does.
Only the standard library and libX11 (through ctypes) are used.
"""

import argparse
import ctypes
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime

POLL_S = 0.002
FIRST_FRAME_TIMEOUT_S = 20.0


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (X11/Xlib.h); only these are read.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class Screen:
    """Reads pixels of the root window (what is on screen, windows included)."""

    ZPIXMAP = 2
    ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)

    def __init__(self, display):
        self.x = ctypes.CDLL("libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XGetImage.restype = ctypes.POINTER(XImage)
        self.x.XGetImage.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
            ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int,
        ]
        self.x.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
        self.x.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.display = display
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            sys.exit(f"startup_bench: cannot open X display {display}")
        self.root = self.x.XDefaultRootWindow(self.dpy)
        self.width = self.x.XDisplayWidth(self.dpy, 0)
        self.height = self.x.XDisplayHeight(self.dpy, 0)

    def screenshot(self, path):
        subprocess.run(["import", "-display", self.display, "-window", "root", path], check=False)

    def column(self, x):
        """The pixels of column x as (r, g, b) tuples, top to bottom."""
        img = self.x.XGetImage(self.dpy, self.root, x, 0, 1, self.height,
                               self.ALL_PLANES, self.ZPIXMAP)
        if not img:
            sys.exit("startup_bench: XGetImage failed")
        im = img.contents
        if im.bits_per_pixel != 32:
            sys.exit(f"startup_bench: expected a 24/32-bit display, got {im.bits_per_pixel} bpp")
        raw = ctypes.string_at(im.data, im.bytes_per_line * im.height)
        stride = im.bytes_per_line
        self.x.XDestroyImage(img)
        # ZPixmap, little-endian 32 bpp: B, G, R, unused.
        return [(raw[i * stride + 2], raw[i * stride + 1], raw[i * stride]) for i in range(self.height)]


def frame_drawn(col):
    """Whole column painted (no black left) and some text on it (a dark pixel)."""
    if any(p == (0, 0, 0) for p in col):
        return False
    return any(0.299 * r + 0.587 * g + 0.114 * b < 100 for r, g, b in col)


class GrimScreen:
    """Reads pixels of a wlroots compositor's output (cage) with grim (wlr-screencopy), one
    column a call. Until the compositor is up, a read gives None (nothing drawn yet)."""

    def __init__(self, runtime_dir, width, height):
        self.env = dict(os.environ, XDG_RUNTIME_DIR=runtime_dir, WAYLAND_DISPLAY="wayland-0")
        self.width, self.height = width, height

    def column(self, x):
        r = subprocess.run(["grim", "-g", f"{x},0 1x{self.height}", "-t", "ppm", "-"],
                           env=self.env, capture_output=True, check=False)
        if r.returncode != 0:
            return None
        parts = r.stdout.split(maxsplit=4)
        if len(parts) < 5 or parts[0] != b"P6":
            return None
        px = parts[4]
        return [tuple(px[i * 3:i * 3 + 3]) for i in range(len(px) // 3)]

    def screenshot(self, path):
        subprocess.run(["grim", path], env=self.env, check=False)


def probe(scr, proc, t0, settle_s, log_path):
    """Poll the screen's centre column from exec (t0) for settle_s after the first drawn frame.
    Returns (first drawn ms, fully painted ms, polls): fully painted is the last time the column
    changed, i.e. from then on the screen shows what it still shows settle_s later. The same
    probe measures the kiosk and the browser anchor."""
    polls, first, last_change, prev = 0, None, None, None
    while True:
        polls += 1
        col = scr.column(scr.width // 2)
        now = (time.monotonic() - t0) * 1000
        if first is None and col is not None and frame_drawn(col):
            first = last_change = now
        elif first is not None and col is not None and col != prev:
            last_change = now
        if first is not None:
            prev = col if col is not None else prev
            if now - first >= settle_s * 1000:
                return first, last_change, polls
        if proc.poll() is not None:
            sys.exit(f"startup_bench: {proc.args[0]} exited ({proc.returncode}) before its first frame; see {log_path}")
        if first is None and now > FIRST_FRAME_TIMEOUT_S * 1000:
            sys.exit(f"startup_bench: no frame within {FIRST_FRAME_TIMEOUT_S} s; see {log_path}")
        time.sleep(POLL_S)


def children(pid):
    """Every descendant of pid (from /proc/*/stat), pid itself first."""
    parent = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    parent[int(d)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(c for c, pp in parent.items() if pp == p)
    return out


def app_pid(pid, name):
    """The measured program's pid: pid itself, or its descendant named `name` when it runs under a
    compositor (cage starts it as a child)."""
    for p in children(pid):
        try:
            if os.path.basename(os.readlink(f"/proc/{p}/exe")) == name:
                return p
        except OSError:
            continue
    sys.exit(f"startup_bench: no process {name} under pid {pid}")


def tree_memory(pid):
    """RSS and Pss summed over pid and every descendant (a browser's ~10 processes), in MB."""
    rss = pss = 0
    n = 0
    for p in children(pid):
        try:
            roll = smaps_rollup(p)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        rss += roll.get("Rss", 0)
        pss += roll.get("Pss", 0)
        n += 1
    return round(rss / 1024, 1), round(pss / 1024, 1), n


def as_compositor_client(args, work, cmd, env):
    """cmd wrapped in a headless cage (wlroots headless backend, pixman renderer, turned to
    portrait), as the nobody user when root (cage refuses root). Returns (cmd, env)."""
    runtime = os.path.join(work, "runtime")
    shutil.rmtree(runtime, ignore_errors=True)
    os.makedirs(runtime, mode=0o700)
    env = dict(env, XDG_RUNTIME_DIR=runtime, HOME=work, WLR_BACKENDS="headless",
               WLR_LIBINPUT_NO_DEVICES="1", WLR_RENDERER="pixman")
    env.pop("DISPLAY", None)
    wrapped = ["cage", "-d", "-r", "--"] + cmd
    if os.geteuid() == 0:
        for root, dirs, files in os.walk(work):
            for n in [root] + [os.path.join(root, x) for x in dirs + files]:
                os.chown(n, 65534, 65534)
        wrapped = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + wrapped
    return wrapped, env


def anchor_run(args, scr, work, run):
    """The browser anchor: Chromium in kiosk mode on the same screen, measured by the same probe
    (first drawn, fully painted), memory summed over its processes."""
    profile = tempfile.mkdtemp(prefix="chromium-", dir=work)
    # With no window manager, --kiosk alone leaves a 1050x786 window at (10, 10): place and size it
    # to the screen, as the kiosk does itself (Chromium 156 makes a --window-size W,H window
    # (W-1)x(H-1), hence +1).
    cmd = [args.chromium, "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--window-position=0,0", f"--window-size={scr.width + 1},{scr.height + 1}",
           f"--user-data-dir={profile}", "file://" + os.path.realpath(args.anchor)]
    env = dict(os.environ, DISPLAY=args.display)
    if args.compositor:
        cmd, env = as_compositor_client(args, work, cmd + ["--ozone-platform=wayland"], env)
        scr = GrimScreen(env["XDG_RUNTIME_DIR"], scr.width, scr.height)
    log_path = os.path.join(work, f"anchor{run}.log")
    with open(log_path, "w") as log:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=log, start_new_session=True)
        try:
            first_ms, painted_ms, _ = probe(scr, proc, t0, args.settle, log_path)
            rss, pss, n = tree_memory(app_pid(proc.pid, "chromium"))
            if run == 0 and args.screenshot:
                scr.screenshot(args.screenshot.replace(".png", "-anchor.png"))
        finally:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    shutil.rmtree(profile, ignore_errors=True)
    return {"run": run, "first_frame_ms": round(first_ms, 1), "painted_ms": round(painted_ms, 1),
            "rss_mb": rss, "pss_mb": pss, "processes": n}


def proc_status(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            out[k] = v.strip()
    return out


def kib(field):
    return int(field.split()[0])


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        # The command name may hold spaces; the fields after ')' are fixed (proc(5)).
        rest = f.read().rsplit(")", 1)[1].split()
    return int(rest[11]) + int(rest[12])  # utime, stime (fields 14, 15)


def thread_stats(pid):
    """Per thread (by id): name, utime + stime ticks, context switches so far."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            st = proc_status(f"{pid}/task/{tid}")
            ticks = cpu_ticks(f"{pid}/task/{tid}")
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended meanwhile
        n = int(st["voluntary_ctxt_switches"]) + int(st["nonvoluntary_ctxt_switches"])
        out[tid] = (st["Name"], ticks, n)
    return out


def idle_by_thread(before, after):
    """Ticks and switches over the window, summed per thread name; threads born meanwhile count from 0."""
    out = {}
    for tid, (name, ticks, sw) in after.items():
        _, t0, s0 = before.get(tid, (name, 0, 0))
        tk, ss = out.get(name, (0, 0))
        out[name] = (tk + ticks - t0, ss + sw - s0)
    # A thread that ended in the window woke up at least to end (e.g. tokio's blocking pool lets an
    # idle thread go 10 s after its last job); its own counts are gone with it.
    for tid, (name, _, _) in before.items():
        if tid not in after:
            tk, ss = out.get(f"{name} (ended)", (0, 0))
            out[f"{name} (ended)"] = (tk, ss + 1)
    return out


def smaps_rollup(pid):
    out = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            m = re.match(r"(\w+):\s+(\d+) kB", line)
            if m:
                out[m.group(1)] = int(m.group(2))
    return out


LOG_TS = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)Z")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def log_mark_ms(log_text, needle, t0_ns):
    """Milliseconds from t0 to the first log line containing needle, or None."""
    for line in ANSI.sub("", log_text).splitlines():
        if needle in line:
            m = LOG_TS.match(line)
            if m:
                ts = datetime.fromisoformat(m.group(1)[:26] + "+00:00").timestamp()
                return (ts * 1e9 - t0_ns) / 1e6
    return None


def one_run(args, scr, work, run):
    env = dict(os.environ, DISPLAY=args.display, WINIT_X11_SCALE_FACTOR="1",
               RUST_LOG="info,cosmic_text::font::system=debug", NO_COLOR="1")
    log_path = os.path.join(work, f"run{run}.log")
    polls = 0
    with open(log_path, "w") as log:
        t0_wall = time.time_ns()
        t0 = time.monotonic()
        cmd = [args.bin, "--config", os.path.join(work, "kiosk.toml")]
        if args.hide_system_fonts:
            # A private mount namespace (root only) with an empty /usr/share/fonts, as on a kiosk
            # image without fonts-noto-cjk; unshare and sh exec, so the pid stays the kiosk's.
            empty = os.path.join(work, "no-fonts")
            os.makedirs(empty, exist_ok=True)
            cmd = ["unshare", "-m", "sh", "-c", 'mount --bind "$0" /usr/share/fonts && exec "$@"', empty] + cmd
        if args.compositor:
            if args.hide_system_fonts:
                sys.exit("startup_bench: --hide-system-fonts and --compositor together are not supported")
            cmd, env = as_compositor_client(args, work, cmd, dict(env, ICED_BACKEND="tiny-skia"))
            scr = GrimScreen(env["XDG_RUNTIME_DIR"], scr.width, scr.height)
        proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=log, stderr=log)
        try:
            first_ms, painted_ms, polls = probe(scr, proc, t0, args.settle, log_path)
            poll_ms = (time.monotonic() - t0) * 1000 / polls
            pid = app_pid(proc.pid, os.path.basename(args.bin))
            st = proc_status(pid)
            roll = smaps_rollup(pid)
            cpu0, th0 = cpu_ticks(pid), thread_stats(pid)
            threads = int(st["Threads"])
            time.sleep(args.idle)
            cpu1, th1 = cpu_ticks(pid), thread_stats(pid)
            if run == 0 and args.screenshot:
                scr.screenshot(args.screenshot)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    with open(log_path) as f:
        text = f.read()
    if "devices not ready" in text:
        sys.exit(f"startup_bench: the kiosk started out of service (devices not ready); see {log_path}")
    with open("/proc/loadavg") as f:
        load1 = float(f.read().split()[0])
    return {
        "run": run,
        "first_frame_ms": round(first_ms, 1),
        "painted_ms": round(painted_ms, 1),
        "poll_interval_ms": round(poll_ms, 2),
        "engine_ready_ms": rnd(log_mark_ms(text, "start-up recovery", t0_wall)),
        "window_create_ms": rnd(log_mark_ms(text, "Window attributes", t0_wall)),
        "fonts_parsed_ms": rnd(log_mark_ms(text, "font faces in", t0_wall)),
        "rss_mb": round(kib(st["VmRSS"]) / 1024, 1),
        "hwm_mb": round(kib(st["VmHWM"]) / 1024, 1),
        "pss_mb": round(roll.get("Pss", 0) / 1024, 1),
        "private_mb": round((roll.get("Private_Clean", 0) + roll.get("Private_Dirty", 0)) / 1024, 1),
        "threads": threads,
        "idle_cpu_ticks": cpu1 - cpu0,
        "idle_ctx_switches": sum(v[1] for v in idle_by_thread(th0, th1).values()),
        "idle_by_thread": {k: {"ticks": v[0], "ctx_switches": v[1]}
                           for k, v in sorted(idle_by_thread(th0, th1).items())},
        "loadavg_1m": load1,
    }


def wait_blank(args, scr):
    """The next run starts on a blank screen: the X root repaints black when the window goes (under
    a compositor, each run starts its own)."""
    if args.compositor:
        return
    deadline = time.monotonic() + 5
    while frame_drawn(scr.column(scr.width // 2)) and time.monotonic() < deadline:
        time.sleep(0.05)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_external_devices(args, work):
    """The demo terminal and printer as their own processes on TCP, and kiosk.toml pointed at them
    (zvt-tcp, network printer), so that the kiosk process holds only what a real kiosk runs."""
    zvt, esc = free_port(), free_port()
    cfg = os.path.join(work, "kiosk.toml")
    sims = [
        subprocess.Popen([args.bin, "--config", cfg, "terminal-sim", "--tcp", f"127.0.0.1:{zvt}"],
                         cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        subprocess.Popen([args.bin, "--config", cfg, "printer-sim", "--tcp", f"127.0.0.1:{esc}",
                          "--out", os.path.join(work, "receipts")],
                         cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
    ]
    with open(cfg) as f:
        text = f.read()
    text, n1 = re.subn(r'(\[payment\][^\[]*?)^kind = "simulated"$',
                       rf'\1kind = "zvt-tcp"\naddress = "127.0.0.1:{zvt}"', text, count=1, flags=re.M)
    text, n2 = re.subn(r'(\[printer\][^\[]*?)^kind = "simulated"$',
                       rf'\1kind = "network"\naddress = "127.0.0.1:{esc}"', text, count=1, flags=re.M)
    if n1 != 1 or n2 != 1:
        sys.exit("startup_bench: kiosk.toml has no [payment]/[printer] kind = \"simulated\" line to replace")
    # Real devices put the kiosk in production mode (README): it refuses the demo's PIN, terminal
    # password and registration number, so give it values of its own.
    pw = os.path.join(work, "zvt-password")
    with open(pw, "w") as f:
        f.write("482913\n")
    text = text.replace(f'address = "127.0.0.1:{zvt}"', f'address = "127.0.0.1:{zvt}"\npassword_file = "{pw}"', 1)
    pin_hash = subprocess.run([args.bin, "hash-pin"], input="90817263\n", capture_output=True,
                              text=True, check=True).stdout.strip()
    text, n3 = re.subn(r'^pin_hash = ".*"$', f'pin_hash = "{pin_hash}"', text, count=1, flags=re.M)
    text, n4 = re.subn(r'^registration_number = "T7123456789012"$', 'registration_number = "T3987654321098"',
                       text, count=1, flags=re.M)
    if n3 != 1 or n4 != 1:
        sys.exit("startup_bench: kiosk.toml has no demo pin_hash/registration_number line to replace")
    with open(cfg, "w") as f:
        f.write(text)
    for port in (zvt, esc):
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit(f"startup_bench: simulator on port {port} did not start")
                time.sleep(0.05)
    return sims


def rnd(v):
    return None if v is None else round(v, 1)


def summary(rows, key):
    vals = [r[key] for r in rows if r[key] is not None]
    if not vals:
        return None
    return {"median": statistics.median(vals), "min": min(vals), "max": max(vals), "n": len(vals)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--config", required=True, help="kiosk.toml to copy into a fresh temp dir")
    ap.add_argument("--display", required=True)
    ap.add_argument("--runs", type=int, default=7, help="runs on existing databases (after run 0)")
    ap.add_argument("--settle", type=float, default=3.0, help="seconds after the first frame before measuring")
    ap.add_argument("--idle", type=float, default=10.0, help="seconds of idle CPU measurement")
    ap.add_argument("--devices", choices=["embedded", "external"], default="embedded",
                    help="embedded: the demo kiosk.toml as shipped (simulators inside the kiosk process); "
                         "external: simulators as separate processes over TCP")
    ap.add_argument("--hide-system-fonts", action="store_true",
                    help="run the kiosk with an empty /usr/share/fonts (mount namespace; needs root)")
    ap.add_argument("--compositor", action="store_true",
                    help="run each program under a headless cage (Wayland, 720x1280 portrait) instead of "
                         "on the X display; the probe reads the output with grim")
    ap.add_argument("--anchor", help="an HTML page: after each kiosk run, Chromium in kiosk mode shows it "
                                     "on the same screen and the same probe measures it")
    ap.add_argument("--chromium", default="chromium", help="the browser for --anchor")
    ap.add_argument("--json", help="write all runs and the summary here")
    ap.add_argument("--screenshot", help="PNG of the screen after run 0")
    args = ap.parse_args()
    scr = Screen(args.display)
    if args.compositor:
        # cage's headless output is 1280x720 (wlroots 0.15 has no option for it), turned by -r.
        scr = GrimScreen("/nonexistent", 720, 1280)
    elif scr.width != 1080 or scr.height != 1920:
        print(f"note: display is {scr.width}x{scr.height}, not 1080x1920", file=sys.stderr)
    if not args.compositor and any(p != (0, 0, 0) for p in scr.column(scr.width // 2)):
        sys.exit("startup_bench: the screen is not blank before start (start Xvfb with -br, nothing else on it)")
    work = tempfile.mkdtemp(prefix="simkiosk-bench-")
    shutil.copy(args.config, os.path.join(work, "kiosk.toml"))
    cols = ["run", "first_frame_ms", "painted_ms", "poll_interval_ms", "engine_ready_ms", "window_create_ms",
            "fonts_parsed_ms", "rss_mb",
            "hwm_mb", "pss_mb", "private_mb", "threads", "idle_cpu_ticks", "idle_ctx_switches", "loadavg_1m"]
    print("  ".join(cols))
    rows, anchors = [], []
    sims = start_external_devices(args, work) if args.devices == "external" else []
    try:
        for run in range(args.runs + 1):
            r = one_run(args, scr, work, run)
            rows.append(r)
            print("  ".join(str(r[c]) for c in cols), flush=True)
            wait_blank(args, scr)
            if args.anchor:
                a = anchor_run(args, scr, work, run)
                anchors.append(a)
                print(f"  chromium: first {a['first_frame_ms']} ms, painted {a['painted_ms']} ms, "
                      f"PSS {a['pss_mb']} MB, RSS {a['rss_mb']} MB over {a['processes']} processes", flush=True)
                wait_blank(args, scr)
    finally:
        for sim in sims:
            sim.terminate()
            sim.wait(timeout=5)
        shutil.rmtree(work, ignore_errors=True)
    warm = rows[1:]
    keys = ["first_frame_ms", "painted_ms", "engine_ready_ms", "window_create_ms", "fonts_parsed_ms", "rss_mb", "hwm_mb", "pss_mb",
            "private_mb", "idle_cpu_ticks", "idle_ctx_switches"]
    result = {
        "bin": args.bin,
        "display": f"{scr.width}x{scr.height}",
        "devices": args.devices,
        "system_fonts": not args.hide_system_fonts,
        "settle_s": args.settle,
        "idle_s": args.idle,
        "clk_tck": os.sysconf("SC_CLK_TCK"),
        "first_start": rows[0],
        "runs": warm,
        "summary": {k: summary(warm, k) for k in keys},
        "screen": "cage (headless, pixman) 720x1280" if args.compositor else f"X {args.display}",
    }
    if args.anchor:
        result["anchor"] = {"page": args.anchor, "first_start": anchors[0], "runs": anchors[1:],
                            "summary": {k: summary(anchors[1:], k)
                                        for k in ["first_frame_ms", "painted_ms", "pss_mb", "rss_mb"]}}
    print(f"\nruns 1..{len(warm)} (existing databases): median [min .. max]")
    for k in keys:
        s = result["summary"][k]
        if s:
            print(f"  {k:20} {s['median']:>8}  [{s['min']} .. {s['max']}]")
    print("  idle, per thread (last run): "
          + ", ".join(f"{k} {v['ticks']} ticks/{v['ctx_switches']} switches"
                      for k, v in rows[-1]["idle_by_thread"].items()))
    print(f"run 0 (empty databases): first frame {rows[0]['first_frame_ms']} ms, engine ready "
          f"{rows[0]['engine_ready_ms']} ms, RSS {rows[0]['rss_mb']} MB")
    if args.anchor and len(anchors) > 1:
        k, a = result["summary"], result["anchor"]["summary"]
        print(f"\nside by side, runs 1..{len(warm)} medians (kiosk | chromium | ratio):")
        for key, what in [("painted_ms", "exec -> fully painted, ms"), ("pss_mb", "memory, Pss MB")]:
            ratio = a[key]["median"] / k[key]["median"]
            result["anchor"][f"ratio_{key}"] = round(ratio, 1)
            print(f"  {what:28} {k[key]['median']:>8} | {a[key]['median']:>8} | {ratio:.1f}x")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
