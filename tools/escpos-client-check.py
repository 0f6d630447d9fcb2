#!/usr/bin/env python3
"""Prints one receipt with python-escpos (3.1) to a network ESC/POS printer, as an integrator's
own software would: centred double-height text, an image, a QR code, an EAN-13 barcode, a cut.

    printer-sim --tcp 127.0.0.1:9100 --out /tmp/jobs &
    tools/escpos-client-check.py 127.0.0.1 9100

tests/printer_sim_pyescpos.rs runs it against `simkiosk printer-sim --tcp` and checks the PNG
the simulator writes. Everything printed is fixed here, so the picture is the same every run.
"""

import sys

from escpos.printer import Network
from PIL import Image, ImageDraw

QR_PAYLOAD = "https://r.simkiosk.example/t/TX-PYESCPOS-1"
EAN13 = "4006381333931"


def picture():
    """A 1-bit drawing of a SIM card: 192 x 96 dots, a clipped corner and a contact pad."""
    img = Image.new("1", (192, 96), 1)
    d = ImageDraw.Draw(img)
    d.polygon([(0, 0), (160, 0), (191, 31), (191, 95), (0, 95)], outline=0, fill=1)
    d.polygon([(2, 2), (159, 2), (189, 32), (189, 93), (2, 93)], outline=0, fill=1)
    d.rectangle([24, 28, 72, 68], outline=0, fill=0)
    d.rectangle([28, 32, 68, 64], outline=1, fill=1)
    d.line([28, 48, 68, 48], fill=0, width=2)
    d.line([48, 32, 48, 64], fill=0, width=2)
    return img


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: escpos-client-check.py HOST PORT")
    host, port = sys.argv[1], int(sys.argv[2])
    p = Network(host, port=port, timeout=10)
    p.open()
    p.set(align="center", double_height=True, bold=True)
    p.text("SIM KIOSK\n")
    p.set(align="center", normal_textsize=True)
    p.text("python-escpos 3.1 test\n")
    p.set(align="left", normal_textsize=True)
    p.text("Plan 7 days  1,980 JPY\n")
    p.image(picture(), center=False)
    p.ln()
    p.qr(QR_PAYLOAD, size=6, native=True)
    p.ln()
    p.barcode(EAN13, "EAN13", pos="BELOW", align_ct=True)
    p.cut()
    p.close()


if __name__ == "__main__":
    main()
