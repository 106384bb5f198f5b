"""The options compared as picture cards for the room (a workshop screen).

One card per option: its colour and pictogram, what each household pays (and how much more than the
cheapest option), about how much a month, how many households get water and a toilet within reach (and
how many more than today), and how many houses it takes down or moves. Worked out off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from designer.gui.docks.costs import money
from designer.gui.docks.workshop import main_intervention_icon
from designer.gui.fitting import FittingScrollArea
from designer.gui.icons import icon
from designer.gui.served_words import not_drawn_sentence

if TYPE_CHECKING:
    from collections.abc import Callable

    from designer.gui.session import Session
    from designer.model.document import Document

__all__ = ["CardFacts", "CompareCardsPage", "card_facts"]


@dataclass(frozen=True)
class CardFacts:
    """What one card says about one option (money in the project currency)."""

    option_id: str
    name: str
    colour: str
    currency: str
    per_household: Decimal | None
    monthly: Decimal
    served: int
    households: int
    served_today: int
    houses_taken_down: int
    households_assumed: bool = False
    not_drawn: tuple[str, ...] = ()
    """"water_points" / "toilets" the option's view has none of: who is served cannot be told."""
    today_not_drawn: tuple[str, ...] = ()
    """The same for today: how many more than today cannot be told."""


def card_facts(doc: Document) -> list[CardFacts]:
    """Return the facts of every option's card (options by id); slow: run it off the UI thread."""
    from designer.analysis.served import served_count
    from designer.estimate.live import option_figures
    from designer.estimate.pricing import option_finance
    from designer.model.entities import Demolition, Relocation

    today = served_count(doc, None)
    out = []
    for opt in sorted(doc.options, key=lambda o: o.id):
        fin = option_finance(doc, opt.id)
        figures = option_figures(fin.boq, fin.funding)
        counts = served_count(doc, opt.id)
        taken = len(doc.of_type(Demolition, opt.id)) + len(doc.of_type(Relocation, opt.id))
        out.append(
            CardFacts(
                opt.id,
                opt.name,
                opt.colour,
                figures.currency,
                figures.per_household,
                figures.monthly_repayment,
                counts.served,
                counts.households,
                today.served,
                taken,
                counts.households_assumed,
                counts.not_drawn,
                today.not_drawn,
            )
        )
    return out


class CompareCardsPage(QWidget):
    """Picture cards of every option side by side, differences in bold (a workshop-mode page)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("page_compare")
        self.facts: list[CardFacts] = []
        self.cards: dict[str, QFrame] = {}
        self._generation = 0
        body = QWidget()
        self.grid = QGridLayout(body)
        self.status = QLabel(self.tr("Working out each option…"), body)
        self.grid.addWidget(self.status, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(FittingScrollArea(body, self))

    def open(self, show_page: Callable[[QWidget], None]) -> None:
        """Show this page and work out its cards."""
        self.refresh()
        show_page(self)

    def refresh(self) -> None:
        """Work out every card again (off the UI thread) for the session's document."""
        from designer.gui.costing_view import snapshot
        from designer.gui.workers import run_job

        self._generation += 1
        generation = self._generation
        snap = snapshot(self.session.doc)
        run_job(
            lambda _progress: card_facts(snap),
            on_done=lambda facts: self._done(generation, facts),
            on_failed=self.status.setText,
            owner=self,
        )

    def _done(self, generation: int, facts: list[CardFacts]) -> None:
        if generation != self._generation:
            return
        self.facts = facts
        for card in self.cards.values():
            self.grid.removeWidget(card)
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        self.status.setVisible(not facts)
        self.status.setText(self.tr("No options yet: draw one first."))
        priced = [f.per_household for f in facts if f.per_household is not None]
        cheapest = min(priced) if priced else None
        columns = 3 if len(facts) > 4 else 2
        for i, f in enumerate(facts):
            card = self._card(f, cheapest)
            self.cards[f.option_id] = card
            self.grid.addWidget(card, i // columns, i % columns)

    def lines(self, f: CardFacts, cheapest: Decimal | None) -> list[str]:
        """Return a card's sentences (rich text; the differences in bold)."""
        lines = [self.tr("Each household pays <b>%1</b>.").replace("%1", money(f.per_household, f.currency))]
        if f.per_household is not None and cheapest is not None:
            if f.per_household == cheapest:
                lines.append("<b>" + self.tr("The cheapest option.") + "</b>")
            else:
                lines.append(
                    self.tr("<b>%1 more</b> than the cheapest.").replace(
                        "%1", money(f.per_household - cheapest, f.currency)
                    )
                )
        lines.append(self.tr("About %1 a month.").replace("%1", money(f.monthly, f.currency)))
        missing = not_drawn_sentence(f.not_drawn)
        if missing is not None:
            lines.append(missing)
        else:
            # Today with nothing of the kind drawn: the difference would count the drawing, not the option.
            sentence = (
                self.tr("Water and a toilet within reach: <b>%1 of %2</b> households (today cannot be told).")
                if f.today_not_drawn
                else self.tr(
                    "Water and a toilet within reach: <b>%1 of %2</b> households (%3 more than today)."
                )
            )
            if f.households_assumed:
                sentence += " " + self.tr("Households assumed: one per home plot, no survey yet.")
            lines.append(
                sentence.replace("%1", str(f.served))
                .replace("%2", str(f.households))
                .replace("%3", str(f.served - f.served_today))
            )
        lines.append(
            self.tr("Houses taken down or moved: <b>%1</b>.").replace("%1", str(f.houses_taken_down))
        )
        return lines

    def _card(self, f: CardFacts, cheapest: Decimal | None) -> QFrame:
        card = QFrame()
        card.setObjectName(f"card_{f.option_id}")
        card.setStyleSheet(
            f"QFrame#card_{f.option_id} {{ border: 6px solid {f.colour}; border-radius: 12px; background: #ffffff; }}"
        )
        layout = QVBoxLayout(card)
        title = QLabel(f.name, card)
        big = QFont()
        big.setPointSize(18)
        big.setBold(True)
        title.setFont(big)
        title.setWordWrap(True)
        picture_name = main_intervention_icon(self.session.doc, f.option_id)
        if picture_name:
            picture = QLabel(card)
            picture.setPixmap(icon(picture_name).pixmap(QSize(64, 64)))
            layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        text = QLabel(
            "".join(f"<p style='margin: 0 0 8px 0'>{line}</p>" for line in self.lines(f, cheapest)), card
        )
        text.setObjectName("card_text")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        return card
