"""The facilitator's list of voting codes: a text file, or a PDF of cut-out slips with a QR code each.

A slip's QR code opens the hall page with the code filled in (``URL?c=CODE``) when the hall's address is
known; otherwise the slip shows the code only and residents scan the QR code on the projector.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from designer.hall.codes import CODE_ENTROPY_BITS
from designer.io.atomic import atomic_write

__all__ = ["code_url", "write_codes"]

SLIP_COLUMNS = 3
SLIP_ROWS = 6


def code_url(base_url: str, code: str) -> str:
    """Return the URL that opens the hall page with ``code`` filled in."""
    return f"{base_url.rstrip('/')}/?c={code}"


def write_codes(out: str | os.PathLike[str], codes: Sequence[str], *, title: str, base_url: str = "") -> None:
    """Write the codes to ``out`` (``.pdf``: slips with QR codes; anything else: UTF-8 text, one a line)."""
    path = Path(out)
    if path.suffix.lower() == ".pdf":
        atomic_write(path, lambda tmp: _write_pdf(tmp, codes, title, base_url))
        return
    lines = [f"# {title}", f"# single-use voting codes ({CODE_ENTROPY_BITS:.1f} bits each); one per resident"]
    lines += [f"{c}\t{code_url(base_url, c)}" if base_url else c for c in codes]
    text = "\n".join(lines) + "\n"
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _write_pdf(tmp: Path, codes: Sequence[str], title: str, base_url: str) -> None:
    import io

    import segno
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    page_w, page_h = A4
    margin = 10 * mm
    slip_w = (page_w - 2 * margin) / SLIP_COLUMNS
    slip_h = (page_h - 2 * margin) / SLIP_ROWS
    canvas = Canvas(str(tmp), pagesize=A4)
    canvas.setTitle(title)
    per_page = SLIP_COLUMNS * SLIP_ROWS
    for n, code in enumerate(codes):
        if n and n % per_page == 0:
            canvas.showPage()
        col, row = (n % per_page) % SLIP_COLUMNS, (n % per_page) // SLIP_COLUMNS
        x = margin + col * slip_w
        y = page_h - margin - (row + 1) * slip_h
        canvas.setDash(2, 2)
        canvas.rect(x, y, slip_w, slip_h)  # cutting line
        canvas.setDash()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(x + 3 * mm, y + slip_h - 5 * mm, title[:48])
        canvas.setFont("Courier-Bold", 18)
        canvas.drawString(x + 3 * mm, y + 5 * mm, f"{code[:3]} {code[3:]}")
        if base_url:
            png = io.BytesIO()
            segno.make(code_url(base_url, code), error="m").save(png, kind="png", scale=4, border=1)
            png.seek(0)
            side = min(slip_w - 6 * mm, slip_h - 18 * mm)
            canvas.drawImage(ImageReader(png), x + (slip_w - side) / 2, y + 12 * mm, side, side)
    canvas.save()
