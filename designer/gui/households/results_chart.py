"""The vote count as pictures for the room: one bar per choice, split by the voters' sex or age group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from designer.analysis.participation import VoteResult

__all__ = ["ResultsChart"]

# Okabe-Ito colours, told apart by colour-blind viewers; the legend names each one.
SEX_COLOURS = {"female": "#CC79A7", "male": "#0072B2", "other": "#E69F00"}
AGE_COLOURS = {"child": "#F0E442", "youth": "#56B4E9", "adult": "#009E73", "elder": "#D55E00"}


class ResultsChart(QWidget):
    """Horizontal stacked bars of a vote count, by sex (``by="sex"``) or by age group (``by="age"``)."""

    def __init__(self, by: str = "sex", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = by
        self.rows: list[tuple[str, list[tuple[str, int]]]] = []  # choice, [(group, votes)]
        self.legend: dict[str, str] = {}  # group -> label in the user's language
        self.setMinimumHeight(160)

    def set_result(self, result: VoteResult | None) -> None:
        """Show a count (first choices for a ranking, carts for a budget vote)."""
        self.legend = (
            {"female": self.tr("Women"), "male": self.tr("Men"), "other": self.tr("Other")}
            if self.by == "sex"
            else {
                "child": self.tr("Children"),
                "youth": self.tr("Youth"),
                "adult": self.tr("Adults"),
                "elder": self.tr("Elders"),
            }
        )
        self.rows = []
        if result is not None:
            for cr in result.ranked:
                if self.by == "sex":
                    counts = dict(cr.votes)
                    counts["other"] = counts.get("other", 0) + counts.get("unknown", 0)
                else:
                    counts = dict(cr.votes_by_age)
                label = cr.candidate.label.replace("\n", " · ")
                self.rows.append((label, [(g, int(counts.get(g, 0))) for g in self.legend]))
        self.setMinimumHeight(40 + 34 * max(len(self.rows), 1))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 40 + 34 * max(len(self.rows), 1))

    def colours(self) -> dict[str, str]:
        return SEX_COLOURS if self.by == "sex" else AGE_COLOURS

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        fm = p.fontMetrics()
        colours = self.colours()
        # Legend along the top: a swatch and the group's name.
        x = 8.0
        for group, label in self.legend.items():
            p.fillRect(QRectF(x, 8, 16, 16), QColor(colours[group]))
            p.setPen(QColor("#000000"))
            p.drawText(
                QRectF(x + 20, 4, fm.horizontalAdvance(label) + 4, 24), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += 40 + fm.horizontalAdvance(label)
        if not self.rows:
            p.end()
            return
        name_w = min(max(fm.horizontalAdvance(r[0]) for r in self.rows) + 12, self.width() * 0.4)
        most = max(sum(n for _, n in parts) for _, parts in self.rows) or 1
        span = max(10.0, self.width() - name_w - 60)
        top = 36.0
        for label, parts in self.rows:
            p.setPen(QColor("#000000"))
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(name_w - 8))
            p.drawText(
                QRectF(4, top, name_w - 8, 28),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                elided,
            )
            left = name_w
            for group, n in parts:
                w = span * n / most
                if w > 0:
                    p.fillRect(QRectF(left, top + 2, w, 24), QColor(colours[group]))
                left += w
            total = sum(n for _, n in parts)
            p.drawText(QRectF(left + 6, top, 60, 28), Qt.AlignmentFlag.AlignVCenter, str(total))
            top += 34
        p.end()
