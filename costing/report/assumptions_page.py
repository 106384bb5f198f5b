"""The assumptions page every PDF report carries: each number the estimate rests on, its value and source.

Rows come with the bill (``BillOfQuantities.assumptions``: resolved by ``designer.estimate.assumptions``);
the price notes say how the rates reached the bill's price base and currency, and on what tax basis.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from costing.report.fonts import FONTS
from costing.report.locale import ReportLocale
from costing.report.pdf_common import RULE, para

__all__ = ["assumptions_flowables"]


def assumptions_flowables(
    rows: Sequence[tuple[str, str, str]], notes: Sequence[str], loc: ReportLocale, width: float
) -> list[Any]:
    """Return the heading, price notes and the (assumption, value, source) table, to follow a page break."""
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, Spacer, TableStyle

    t = loc.text
    story: list[Any] = [para(t("assumptions_title"), "h2"), para(t("assumptions_intro"), "small")]
    for note in notes:
        story.append(para(f"• {note}", "small"))
    story.append(Spacer(1, 3))
    if not rows:
        return [*story, para(t("assumptions_none"))]
    data = [
        [
            para(t("assumption"), "cell", bold=True),
            para(t("value"), "cell", bold=True),
            para(t("source"), "cell", bold=True),
        ]
    ]
    data += [[para(a, "cell"), para(v, "cell"), para(s, "cell")] for a, v, s in rows]
    table = LongTable(data, colWidths=[width * 0.34, width * 0.36, width * 0.30], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONTS.regular, 7.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return [*story, table]
