"""Shared reportlab pieces: the "Page X of Y" canvas, paragraph styles, money cells, colours.

reportlab is imported inside functions (it is heavy); the classes that must subclass reportlab types are made
by factories and cached.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

from costing.report.fonts import FONTS, has_devanagari, markup, needs_shaping, register_fonts

__all__ = ["MoneyCell", "numbered_canvas_class", "para", "styles"]

INK = "#1b1b1b"
GREY = "#6b6b6b"
RULE = "#9a9a9a"
WARN = "#b00020"
ACCENT = "#1f5f8b"


class MoneyCell(str):
    """The printed amount of a bill line that also carries its Decimal value.

    Why a str subclass: reportlab splits a long table into new Table instances that keep the cell objects,
    so the value rides along into whatever part of the table lands on a page, and the page total is the sum
    of the cells actually drawn there.
    """

    __slots__ = ("amount",)
    amount: Decimal

    def __new__(cls, text: str, amount: Decimal) -> MoneyCell:
        obj = super().__new__(cls, text)
        obj.amount = amount
        return obj


@cache
def styles() -> dict[str, Any]:
    """Return the paragraph styles used by every report (fonts registered on first use)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONTS.regular, fontSize=9, leading=11.5, textColor=colors.HexColor(INK)
    )
    out: dict[str, Any] = {
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=7.5, leading=9, textColor=colors.HexColor(GREY)
        ),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONTS.bold, fontSize=20, leading=25, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONTS.bold, fontSize=13, leading=17, spaceAfter=6),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONTS.bold, fontSize=10.5, leading=14, spaceAfter=4),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        "warn": ParagraphStyle(
            "warn",
            parent=base,
            fontName=FONTS.bold,
            fontSize=11,
            leading=14,
            textColor=colors.HexColor(WARN),
            borderColor=colors.HexColor(WARN),
            borderWidth=1.5,
            borderPadding=8,
            backColor=colors.HexColor("#fff1f1"),
        ),
    }
    # Shaped twins: HarfBuzz shaping is only switched on where Devanagari appears (it costs time).
    for name in list(out):
        out[name + "+shaped"] = ParagraphStyle(name + "+shaped", parent=out[name], shaping=1)
    return out


def para(text: str, style: str = "body", *, bold: bool = False, raw: bool = False) -> Any:
    """Return a Paragraph of plain ``text`` (escaped, Devanagari runs in their font); ``raw`` = already markup."""
    from reportlab.platypus import Paragraph

    st = styles()
    body = text if raw else markup(text, bold=bold)
    if needs_shaping(text):
        return Paragraph(body, st[style + "+shaped"])
    return Paragraph(body, st[style])


@cache
def numbered_canvas_class(label_template: str, font_size: float = 8.0) -> type:
    """Return a Canvas class that writes ``label_template`` ("Page {x} of {y}") at the bottom right of each page.

    Pages are kept until ``save()`` so that the total is known (ActiveState recipe 546511); the label is drawn
    with the shipped font so that it is extractable text.
    """
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    shaped = needs_shaping(label_template)
    font = FONTS.deva if has_devanagari(label_template) else FONTS.regular

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_page_states)
            for state in self._saved_page_states:
                self.__dict__.update(state)
                self._draw_page_label(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_page_label(self, total: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setFont(font, font_size)
            self.setFillColorRGB(0.1, 0.1, 0.1)
            text = label_template.format(x=self._pageNumber, y=total)
            self.drawRightString(width - 42, 22, text, shaping=shaped)
            self.restoreState()

    return NumberedCanvas
