"""The people side of the designer: households dock, survey import, workshop records and the voting screen.

Standalone widgets that the main window adds; each takes the Document (read through its signals) and
the pure UndoStack (every change is one pushed command).
"""

from __future__ import annotations

from designer.gui.households.households_dock import HouseholdsDock, HouseholdsPanel, HouseholdTableModel
from designer.gui.households.import_dialog import HouseholdImportDialog
from designer.gui.households.voting_screen import VotingScreen
from designer.gui.households.workshop_dialog import WorkshopRecordDialog

__all__ = [
    "HouseholdImportDialog",
    "HouseholdTableModel",
    "HouseholdsDock",
    "HouseholdsPanel",
    "VotingScreen",
    "WorkshopRecordDialog",
]
