"""Read PDFs back with independent tools (poppler's pdftotext, qpdf, pypdf) for the report tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

MONEY_RE = r"-?\d{1,3}(?:,\d{3})*\.\d{2}"


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def pages_text(pdf: Path) -> list[str]:
    """Return the text of each page as laid out (pdftotext -layout), one string per page."""
    out = subprocess.run(
        [need("pdftotext"), "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def qpdf_check(pdf: Path) -> str:
    """Run ``qpdf --check``; fail the test on a non-zero exit; return its output."""
    res = subprocess.run([need("qpdf"), "--check", str(pdf)], capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stdout + res.stderr
    return res.stdout


def money(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def find_money(pattern: str, text: str) -> Decimal | None:
    """Return the amount printed after ``pattern`` (a regex) on the same line, or None."""
    m = re.search(pattern + r"\s+(?:KES\s+)?(" + MONEY_RE + r")", text)
    return money(m.group(1)) if m else None
