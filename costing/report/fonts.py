"""Register the shipped TTF fonts with reportlab and mark up text so every script gets a font that has it.

The fonts live in ``resources/fonts`` (package ``jamii_resources``): DejaVu Sans for Latin (English, Swahili,
French, Portuguese) and Noto Sans Devanagari for Hindi, Marathi and Nepali runs, shaped by HarfBuzz when
``uharfbuzz`` is installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = [
    "DEVANAGARI_RE",
    "FONTS",
    "FontSet",
    "can_shape",
    "font_dir",
    "has_devanagari",
    "markup",
    "needs_shaping",
    "register_fonts",
]

DEVANAGARI_RE = re.compile(
    r"[\u0900-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF]+(?:[\s\u200c\u200d]+[\u0900-\u097F\uA8E0-\uA8FF]+)*"
    r"[:;,.!?)\]%'\"\u2019\u201d\u0964\u0965]*"
)
"""Runs of Devanagari (with the spaces between Devanagari words kept inside the run).

Punctuation right after a run stays in the Devanagari font: reportlab's shaped text misplaces a DejaVu
comma or colon that directly follows a shaped Devanagari fragment (seen in rendered pages), and Noto Sans
Devanagari has those glyphs."""


@dataclass(frozen=True)
class FontSet:
    """The reportlab font names registered by :func:`register_fonts`."""

    regular: str = "JamiiSans"
    bold: str = "JamiiSans-Bold"
    deva: str = "JamiiDeva"
    deva_bold: str = "JamiiDeva-Bold"


FONTS = FontSet()

_FILES = {
    FONTS.regular: "DejaVuSans.ttf",
    FONTS.bold: "DejaVuSans-Bold.ttf",
    FONTS.deva: "NotoSansDevanagari-Regular.ttf",
    FONTS.deva_bold: "NotoSansDevanagari-Bold.ttf",
}


def font_dir() -> Path:
    """Return the folder of the shipped fonts (``resources/fonts``)."""
    return Path(str(files("jamii_resources"))) / "fonts"


@cache
def register_fonts() -> FontSet:
    """Register the shipped fonts once per process and return their names (bold mapped as a family)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = font_dir()
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            from costing.report.errors import ReportError

            raise ReportError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for family, bold in ((FONTS.regular, FONTS.bold), (FONTS.deva, FONTS.deva_bold)):
        addMapping(family, 0, 0, family)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, family)
        addMapping(family, 1, 1, bold)
    return FONTS


@cache
def can_shape() -> bool:
    """Return True when HarfBuzz (``uharfbuzz``) is installed, so reportlab can shape Devanagari."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def needs_shaping(text: str) -> bool:
    """Return True when ``text`` has Devanagari and shaping is available (unshaped Devanagari still prints,
    with its vowel signs and conjuncts in logical rather than visual order)."""
    return has_devanagari(text) and can_shape()


def has_devanagari(text: str) -> bool:
    """Return True when ``text`` contains Devanagari letters (then the paragraph needs shaping)."""
    return DEVANAGARI_RE.search(text) is not None


def markup(text: str, *, bold: bool = False) -> str:
    """Escape ``text`` for a reportlab Paragraph and switch Devanagari runs to the Devanagari font.

    Why: DejaVu Sans has no Devanagari glyphs and Noto Sans Devanagari has no accented Latin, so a line that
    mixes both ("Choo cha pamoja / सामुदायिक शौचालय") must change font per run.
    """
    safe = escape(text)
    if has_devanagari(safe):
        face = FONTS.deva_bold if bold else FONTS.deva
        safe = DEVANAGARI_RE.sub(lambda m: f'<font face="{face}">{m.group(0)}</font>', safe)
    return f"<b>{safe}</b>" if bold else safe
