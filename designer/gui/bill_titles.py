"""The bill (cost-section) names in the user's language, for the Costs panel and the comparison."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["bill_title"]


def bill_title(number: int, english: str) -> str:
    """Return the translated title of bill ``number``; a library's own, non-standard title is kept as given."""
    titles = {
        1: ("Preliminaries", QCoreApplication.translate("Bills", "Preliminaries")),
        2: (
            "Site clearance, demolition and earthworks",
            QCoreApplication.translate("Bills", "Site clearance, demolition and earthworks"),
        ),
        3: ("Housing: substructure", QCoreApplication.translate("Bills", "Housing: substructure")),
        4: ("Housing: superstructure", QCoreApplication.translate("Bills", "Housing: superstructure")),
        5: ("Roads and footpaths", QCoreApplication.translate("Bills", "Roads and footpaths")),
        6: ("Storm drainage", QCoreApplication.translate("Bills", "Storm drainage")),
        7: ("Water supply", QCoreApplication.translate("Bills", "Water supply")),
        8: ("Sanitation", QCoreApplication.translate("Bills", "Sanitation")),
        9: ("Street lighting", QCoreApplication.translate("Bills", "Street lighting")),
        10: (
            "External works and community facilities",
            QCoreApplication.translate("Bills", "External works and community facilities"),
        ),
        11: ("Provisional and PC sums", QCoreApplication.translate("Bills", "Provisional and PC sums")),
        12: ("Dayworks", QCoreApplication.translate("Bills", "Dayworks")),
        13: ("Contingency", QCoreApplication.translate("Bills", "Contingency")),
    }
    standard, translated = titles.get(number, ("", ""))
    return translated if english == standard else english
