"""What the GUI says when the project's currency and its cost library's differ (translated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from designer.estimate.library import library_currency

if TYPE_CHECKING:
    from designer.model.project import ProjectInfo

__all__ = ["library_currency_message"]


def library_currency_message(project: ProjectInfo) -> str | None:
    """Return a sentence when the cost library prices in another currency than the project (else None)."""
    library_cur = library_currency(project.cost_library)
    if library_cur is None or library_cur == project.currency:
        return None
    return (
        QApplication.translate(
            "currency",
            "The cost library %1 prices in %2, the project in %3: the bills stay in %2 until you give an "
            "exchange rate (Design > Costing assumptions).",
        )
        .replace("%1", project.cost_library)
        .replace("%2", library_cur)
        .replace("%3", project.currency)
    )
