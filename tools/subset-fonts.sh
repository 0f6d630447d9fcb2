#!/usr/bin/env bash
# Subset Noto Sans CJK (Debian fonts-noto-cjk), Noto Sans and Noto Sans Thai (fonts-noto-core) into
# the faces embedded by src/i18n/fonts.rs. Re-run after adding Fluent text (any language under
# locales/) or changing kiosk.toml:
#     tools/subset-fonts.sh
# Needs: python3 with fonttools (pyftsubset), apt packages fonts-noto-cjk and fonts-noto-core.
# Output: assets/fonts/NotoSansCJK{JP,SC,TC,KR}-{Regular,Bold}.otf, NotoSans-{Regular,Bold}.ttf,
# NotoSansThai-{Regular,Bold}.ttf
set -euo pipefail
cd "$(dirname "$0")/.."
SRC_DIR="${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}"
CORE_DIR="${NOTO_CORE_DIR:-/usr/share/fonts/truetype/noto}"
OUT=assets/fonts
mkdir -p "$OUT"
exec python3 - "$SRC_DIR" "$OUT" "$CORE_DIR" <<'PY'
import glob, io, os, re, subprocess, sys, tempfile
from fontTools.ttLib import TTCollection

src_dir, out_dir, core_dir = sys.argv[1], sys.argv[2], sys.argv[3]

def chars_of(paths):
    s = set()
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                s.update(f.read())
    return s

def jis_x_0208():
    # Every character of JIS X 0208 (rows 1-94 via EUC-JP): symbols, kana, Greek, Cyrillic,
    # box drawing and both kanji levels (6,355 kanji). Store names and addresses are arbitrary.
    s = set()
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                s.update(bytes([hi, lo]).decode("euc_jp"))
            except UnicodeDecodeError:
                pass
    return s

def rng(a, b):
    return {chr(c) for c in range(a, b + 1)}

ascii_ = rng(0x20, 0x7E)
latin1 = rng(0xA0, 0xFF)
# The marks src/i18n/linebreak.rs inserts (no-break space, zero width space, word joiner): kept
# wherever a face has them; Noto Sans CJK has only U+00A0, Noto Sans all three.
breaks = {"\u00a0", "\u200b", "\u2060"}
punct = rng(0x2000, 0x206F) | rng(0x3000, 0x303F) | rng(0xFF01, 0xFF60) | rng(0xFFE0, 0xFFEE) | {"\u20ac", "\u2116", "\u2122"}
kana = rng(0x3040, 0x309F) | rng(0x30A0, 0x30FF) | rng(0x31F0, 0x31FF) | rng(0xFF61, 0xFF9F)

all_ftl = glob.glob("locales/**/*.ftl", recursive=True)
# kiosk.toml and any example or embedded demo configuration (store names, addresses, plan names).
kiosk = chars_of(sorted(glob.glob("kiosk*.toml") + glob.glob("config/**/*.toml", recursive=True)
                        + glob.glob("examples/**/*.toml", recursive=True) + glob.glob("src/**/*.toml", recursive=True)))
# Language names and any other literal text in the i18n module (the language picker shows them).
i18n_src = {c for c in chars_of(glob.glob("src/i18n/*.rs")) if ord(c) > 0x7E}
# Characters ICU4X puts into dates and times per language (kept here because they are not in .ftl).
icu_extra = {
    "JP": set("年月日時分秒午前後"),
    "SC": set("年月日时分秒上午下"),
    "TC": set("年月日時分秒上午下"),
    "KR": set("년월일시분초오전후"),
}
# 直 and 骨 take visibly different forms in Japanese and Chinese: every face keeps them so the
# i18n_fonts test can prove each face carries its own regional forms.
form_probe = set("直骨")
own = {
    "JP": chars_of(glob.glob("locales/ja/**/*.ftl", recursive=True)),
    "SC": chars_of(glob.glob("locales/zh-Hans/**/*.ftl", recursive=True)),
    "TC": chars_of(glob.glob("locales/zh-Hant/**/*.ftl", recursive=True)),
    "KR": chars_of(glob.glob("locales/ko/**/*.ftl", recursive=True)),
}
sets = {
    # JP is also the face for English and the fallback for everything else.
    "JP": ascii_ | latin1 | punct | kana | jis_x_0208() | chars_of(all_ftl) | kiosk | i18n_src | icu_extra["JP"] | form_probe,
}
for face in ("SC", "TC", "KR"):
    sets[face] = ascii_ | rng(0x3000, 0x303F) | rng(0xFF01, 0xFF5E) | own[face] | kiosk | i18n_src | icu_extra[face] | form_probe | breaks

index = {"JP": 0, "KR": 1, "SC": 2, "TC": 3}  # face order inside NotoSansCJK-*.ttc
with tempfile.TemporaryDirectory() as tmp:
    for weight in ("Regular", "Bold"):
        ttc = TTCollection(os.path.join(src_dir, f"NotoSansCJK-{weight}.ttc"))
        for face, i in index.items():
            name = ttc.fonts[i]["name"].getDebugName(1)
            assert name == f"Noto Sans CJK {face}", f"unexpected face {i} in the TTC: {name}"
            full = os.path.join(tmp, f"{face}-{weight}.otf")
            # Keep the upstream head.modified so that re-running with the same text changes no byte.
            ttc.fonts[i].recalcTimestamp = False
            ttc.fonts[i].save(full)
            text = os.path.join(tmp, f"{face}.txt")
            with open(text, "w", encoding="utf-8") as f:
                f.write("".join(sorted(c for c in sets[face] if c not in "\r\n\t")))
            out = os.path.join(out_dir, f"NotoSansCJK{face}-{weight}.otf")
            subprocess.run([
                "pyftsubset", full, f"--text-file={text}", f"--output-file={out}",
                # Default layout features (kern, vert, ...; not the jp78/jp90/trad alternates) minus
                # locl: each face is chosen per language, and locl's other-region forms would double
                # the glyph count (JP: 7.2k glyphs instead of 14.8k). Keep names; drop CFF hints.
                "--layout-features-=locl", "--name-IDs=*", "--name-languages=*", "--no-hinting",
                "--notdef-outline", "--drop-tables+=DSIG",
            ], check=True)
            print(f"{out}: {os.path.getsize(out)} bytes, {len(sets[face])} characters requested")

# Noto Sans: the Latin face of vi/es/fr/de/id (Vietnamese needs stacked diacritics Noto Sans CJK lacks)
# and cosmic-text's first fallback for Latin, digits and the marks inside Thai text. Whole Latin
# blocks, so a shop's own names in these languages are covered too; Cyrillic and Greek are dropped.
latin = (ascii_ | latin1 | rng(0x0100, 0x024F) | rng(0x0300, 0x036F) | rng(0x1E00, 0x1EFF)
         | rng(0x2000, 0x206F) | rng(0x20A0, 0x20BF) | {"\u2116", "\u2122", "\u2212"})
# Noto Sans Thai: the whole Thai block (fewer than 100 glyphs) plus what Thai text carries with it.
thai = rng(0x0E00, 0x0E7F) | breaks | {" "}
core = {"NotoSans": latin | chars_of(all_ftl) | kiosk | i18n_src, "NotoSansThai": thai | chars_of(all_ftl)}
with tempfile.TemporaryDirectory() as tmp:
    for family, chars in core.items():
        for weight in ("Regular", "Bold"):
            text = os.path.join(tmp, f"{family}.txt")
            with open(text, "w", encoding="utf-8") as f:
                f.write("".join(sorted(c for c in chars if c not in "\r\n\t")))
            out = os.path.join(out_dir, f"{family}-{weight}.ttf")
            # Characters a face lacks (Han in the Latin face, Latin in the Thai one) are skipped:
            # cosmic-text falls back to another embedded face for them. locl is kept (Vietnamese
            # forms); TrueType hints are dropped (the renderers do not use them).
            subprocess.run([
                "pyftsubset", os.path.join(core_dir, f"{family}-{weight}.ttf"), f"--text-file={text}",
                f"--output-file={out}", "--name-IDs=*", "--name-languages=*", "--no-hinting",
                "--notdef-outline", "--drop-tables+=DSIG", "--no-recalc-timestamp",
            ], check=True)
            print(f"{out}: {os.path.getsize(out)} bytes")
PY
