"""The main window: the plan, the tools, the docks, files, workshop mode.

The open project lives in a :class:`designer.gui.session.Session` (document, undo stack, scope,
file, plan scene and view); docks and dialogs get that session, not the window.

Extension hooks (used by the households screens, wired in by :mod:`designer.gui.people`):

* :meth:`MainWindow.add_dock` adds a dock to the window and to the Panels menu;
* :meth:`MainWindow.add_workshop_screen` adds a full-screen page reachable from workshop mode
  (e.g. the voting screen).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from designer.gui.autosave import DEFAULT_INTERVAL_MIN, Autosaver, autosave_dir, find_orphans
from designer.gui.fitting import CurrentPageStack
from designer.gui.icons import icon
from designer.gui.locale_format import number
from designer.gui.session import Session
from designer.gui.tool_specs import TOOL_SPECS, ToolSpec
from designer.gui.undo_bridge import HistoryDock
from designer.gui.wrapping_bar import WrappingBar
from designer.io.country import CURRENCY_FROM_DATA, CURRENCY_FROM_USER
from designer.model.document import Document
from designer.model.errors import JamiiError, ProjectChangedOnDiskError
from designer.model.project import ProjectInfo

if TYPE_CHECKING:
    from designer.canvas.scene import PlanScene
    from designer.canvas.view import PlanView
    from designer.gui.undo_bridge import UndoBridge
    from designer.io.project_file import FileFingerprint
    from designer.io.project_lock import ProjectLock
    from designer.model.undo import UndoStack
    from designer.tools.base import Tool, ToolContext

__all__ = ["MainWindow"]

MAX_RECENT = 8


DESIGNER_LOCK_NAME = "the Jamii designer"
"""How a refused writer is told that a designer window has the project open."""


class MainWindow(QMainWindow):
    """The designer window on one project at a time (held by ``self.session``)."""

    def __init__(self, autosave_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        # One writer at a time: the open file's lock, and what the file was when read or last saved.
        self._lock: ProjectLock | None = None
        self._fingerprint: FileFingerprint | None = None
        self.read_only = False
        self.tool_options: dict[str, float] = {"path_width_m": 2.0}
        self.session = Session(self)
        # The window reacts first (scene, tools, title), then the docks connected after it.
        self.session.document_changed.connect(self._document_shown)
        self.session.scope_changed.connect(self._scope_shown)
        self.session.error.connect(self.show_error)
        self.session.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.bridge.clean_changed.connect(lambda clean: self.setWindowModified(not clean))
        self.bridge.changed.connect(self._refresh_title)
        self._docks: list[QDockWidget] = []
        self._workshop_screens: list[tuple[str, QWidget]] = []
        self.tool_actions: dict[str, QAction] = {}
        self._tool_key = "select"

        self.pages = CurrentPageStack()
        self.pages.addWidget(self.view)
        self.setCentralWidget(self.pages)
        self._status_label = QLabel()
        self._status_label.setObjectName("status_measure")
        self.statusBar().addPermanentWidget(self._status_label)
        # Where the drawing is on Earth and what money it is priced in: always in sight, never guessed.
        self.project_label = QLabel()
        self.project_label.setObjectName("status_project")
        self.statusBar().addPermanentWidget(self.project_label)
        from designer.gui.coordinate_entry import CoordinateEntry

        # Drawing with the keyboard: typed points and lengths go to the active tool (Ctrl+L).
        self.coordinate_entry = CoordinateEntry(
            lambda text: self.statusBar().showMessage(text, 8000), self.view.setFocus
        )
        self.statusBar().insertPermanentWidget(0, self.coordinate_entry)
        self.view.cursor_moved.connect(self._show_cursor)

        self._make_actions()
        self._make_menus()
        self._make_toolbars()
        self._make_docks()
        from designer.gui.served_routes import ServedRoutes

        self.served_routes = ServedRoutes(
            self.session, self.statusBar(), self.set_tool, self
        )  # a plot's walks
        minutes = float(str(QSettings().value("autosave_minutes", DEFAULT_INTERVAL_MIN)))
        self.autosaver = Autosaver(autosave_folder or autosave_dir(), minutes, parent=self)
        self.autosaver.is_dirty = lambda: not self.stack.is_clean()
        self._install_people()
        from designer.gui.dock_fit import DockFitter

        # The plan keeps most of the window at every size, until the user sizes the docks themselves.
        self.dock_fit = DockFitter(self, self._docks, lambda: self.workshop, self._docks_fitted)
        self.set_document(self.doc, None)
        self._restore_layout()
        from designer.gui.accessibility import AccessibleNamer

        AccessibleNamer.install()  # every window and dialog names its controls for screen readers

    # ================================================================== the session, for short
    @property
    def doc(self) -> Document:
        return self.session.doc

    @property
    def stack(self) -> UndoStack:
        return self.session.stack

    @property
    def ctx(self) -> ToolContext:
        return self.session.ctx

    @property
    def scene(self) -> PlanScene:
        return self.session.scene

    @property
    def view(self) -> PlanView:
        return self.session.view

    @property
    def bridge(self) -> UndoBridge:
        return self.session.bridge

    @property
    def path(self) -> Path | None:
        return self.session.path

    @property
    def workshop(self) -> bool:
        return self.session.workshop

    # ================================================================== hooks
    def add_dock(
        self, dock: QDockWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> None:
        """Add a dock that follows the document; it needs a unique objectName for the saved layout."""
        if not dock.objectName():
            raise ValueError("a dock needs an objectName so the window layout can be saved")
        self.addDockWidget(area, dock)
        self._docks.append(dock)
        self.menu_docks.addAction(dock.toggleViewAction())

    def add_workshop_screen(self, title: str, widget: QWidget) -> QAction:
        """Add a full-window page (e.g. voting) shown from workshop mode; return the action opening it."""
        self.pages.addWidget(widget)
        self._workshop_screens.append((title, widget))
        action = QAction(title, self)
        action.triggered.connect(lambda: self.show_page(widget))
        self.workshop_controls.insertAction(self.act_workshop, action)
        self.menu_view.addAction(action)
        return action

    def show_welcome(self) -> None:
        """Show the welcome page (the sample, my data, an empty project, recent files)."""
        from designer.gui.welcome import WelcomePage

        if getattr(self, "welcome_page", None) is None:
            self.welcome_page = WelcomePage(self)
            self.pages.addWidget(self.welcome_page)
        self.welcome_page.refresh()
        self.show_page(self.welcome_page)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab: the shown page (the plan), the coordinate line, then the docks (``designer.gui.tab_order``)."""
        from designer.gui.tab_order import focus_chain, main_window_order, next_focus

        page = self.pages.currentWidget()
        first = [self.view] if page is self.view or page is None else focus_chain(page)
        order = main_window_order(self, [*first, self.coordinate_entry.line])
        target = next_focus(order, QApplication.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def focus_coordinate_entry(self) -> None:
        """Put the keyboard in the coordinate line (Tools > Type coordinates, Ctrl+L)."""
        self.coordinate_entry.show()  # hidden in workshop mode until asked for
        self.coordinate_entry.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.coordinate_entry.line.selectAll()

    def show_user_guide(self) -> QWidget:
        """Open the user guide (Help, F1) beside the window; return it."""
        from designer.gui.user_guide import UserGuideWindow

        guide = getattr(self, "user_guide", None)
        if guide is None:
            guide = self.user_guide = UserGuideWindow(self)
        guide.show()
        guide.raise_()
        return guide

    def start_tour(self) -> Any:
        """Start the guided tour over the window (Help > Guided tour); return it (a GuidedTour)."""
        from designer.gui.guided_tour import GuidedTour

        if self.workshop:
            self.set_workshop(False)  # the tour shows the designer's own panels and tools
        running = getattr(self, "tour", None)
        if running is not None:
            running.skip()
        self.tour = GuidedTour(self)
        self.tour.finished.connect(lambda _done: setattr(self, "tour", None))
        self.tour.start()
        return self.tour

    def show_page(self, widget: QWidget | None = None) -> None:
        """Show a workshop screen, or the plan when ``widget`` is None."""
        if widget is not None:
            from designer.gui.accessibility import name_controls

            name_controls(widget)
        if self.workshop and widget is not None:
            # A screen gets the whole height and width: the drawing tools and the summary return with the
            # plan. Hidden first, so the screen and the summary never stand side by side and widen the window.
            self.workshop_bar.hide()
            self.workshop_panel.hide()
        self.pages.setCurrentWidget(widget or self.view)
        self.pages.updateGeometry()  # its size is the shown page's
        if self.workshop and widget is None:
            self.workshop_bar.show()
            self.workshop_panel.show()

    def _install_people(self) -> bool:
        """Add the households dock, People menu and voting page; say whether the package was there."""
        from designer.gui.people import HouseholdsHost, VotingPage, delete_latest_workshop, households_module

        module = households_module()
        if module is None:
            return False
        s = self.session
        self.households_dock = HouseholdsHost(s, module, self)
        self.add_dock(self.households_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.costs_dock, self.households_dock)
        menu = self.menuBar().addMenu(QCoreApplication.translate("People", "&People"))
        act_import = menu.addAction(QCoreApplication.translate("People", "Import households…"))
        act_import.setObjectName("action_import_households")
        act_import.triggered.connect(lambda: module.HouseholdImportDialog(s.doc, s.stack, parent=self).exec())
        act_workshop = menu.addAction(QCoreApplication.translate("People", "Record a workshop…"))
        act_workshop.setObjectName("action_workshop_record")
        act_workshop.triggered.connect(
            lambda: module.WorkshopRecordDialog(s.doc, s.stack, parent=self).exec()
        )
        act_delete = menu.addAction(
            QCoreApplication.translate("People", "Delete the latest workshop record…")
        )
        act_delete.setObjectName("action_delete_workshop")
        act_delete.triggered.connect(lambda: delete_latest_workshop(s, self))
        act_phones = menu.addAction(QCoreApplication.translate("People", "Open phone voting…"))
        act_phones.setObjectName("action_phone_voting")
        act_phones.triggered.connect(self._open_phone_voting)
        self.voting_page = VotingPage(s, module, self.show_page)
        vote = self.add_workshop_screen(QCoreApplication.translate("People", "Vote"), self.voting_page)
        vote.setObjectName("action_vote")
        vote.setIcon(icon("vote"))
        vote.triggered.disconnect()
        vote.triggered.connect(self.voting_page.open)
        self._install_compare_cards()
        return True

    def _install_compare_cards(self) -> None:
        """Add the options as picture cards to workshop mode (worked out when the page is opened)."""
        from designer.gui.compare_cards import CompareCardsPage

        self.compare_page = CompareCardsPage(self.session)
        action = self.add_workshop_screen(self.tr("Compare"), self.compare_page)
        action.setObjectName("action_compare_cards")
        action.setIcon(icon("fit"))
        action.triggered.disconnect()
        action.triggered.connect(lambda: self.compare_page.open(self.show_page))

    # ================================================================== actions
    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        name: str = "",
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New"), self.new_project, sk.New, "action_new", "new")
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, sk.Open, "action_open", "open")
        self.act_save = self._action(self.tr("&Save"), self.save, sk.Save, "action_save", "save")
        self.act_save_as = self._action(
            self.tr("Save &As…"), self.save_as_dialog, sk.SaveAs, "action_save_as"
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, sk.Quit, "action_quit")
        self.act_delete = self._action(self.tr("&Delete"), self.delete_selection, sk.Delete, "action_delete")
        self.act_delete.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
        )  # the view handles Delete itself
        self.act_select_all = self._action(
            self.tr("Select &All"), self.select_all, sk.SelectAll, "action_select_all"
        )
        self.act_prefs = self._action(
            self.tr("&Preferences…"), self.preferences, sk.Preferences, "action_prefs"
        )
        self.act_zoom_in = self._action(
            self.tr("Zoom &In"), lambda: self.view.zoom_by(1.25), sk.ZoomIn, "", "zoom_in"
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &Out"), lambda: self.view.zoom_by(0.8), sk.ZoomOut, "", "zoom_out"
        )
        self.act_fit = self._action(self.tr("&Whole Plan"), self.view.fit_all, "Ctrl+0", "action_fit", "fit")
        self.act_workshop = self._action(
            self.tr("&Workshop Mode"), self._toggle_workshop, "F9", "action_workshop", "workshop"
        )
        # F11 is every program's "full screen": on a projector the plan gets every pixel.
        self.act_full_screen = self._action(
            self.tr("&Full Screen"),
            self.toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
            "action_full_screen",
        )
        self.act_full_screen.setCheckable(True)
        self.act_workshop.setCheckable(True)
        self.act_workshop.setIconText(self.tr("Workshop"))
        self.act_workshop.setToolTip(self.tr("Switch workshop mode on or off (F9)"))
        self.act_fit.setIconText(self.tr("Whole plan"))
        self.act_about = self._action(self.tr("&About Jamii"), self.about, None, "action_about")
        self.act_house_types = self._action(
            self.tr("House &types…"), self.house_types, None, "action_house_types", "house_types"
        )
        self.act_manual_item = self._action(
            self.tr("Add an &item by hand…"), self.add_manual_item, None, "action_manual_item"
        )
        self.act_manual_item.setToolTip(
            self.tr(
                "Add a priced item that is not drawn (a quote, a notice board) to the shown option's bill"
            )
        )
        self.act_assumptions = self._action(
            self.tr("Costing &assumptions…"), self.edit_assumptions, None, "action_assumptions"
        )
        self.act_item_mapping = self._action(
            self.tr("&Map cost-library items…"), self.edit_item_mapping, None, "action_item_mapping"
        )
        self.act_item_mapping.setToolTip(
            self.tr(
                "Choose which item of the project's cost library prices each Jamii item, with the unit check"
            )
        )
        self.act_house_types.setIconText(self.tr("House types"))
        self.act_house_types.setToolTip(self.tr("Draw and edit the project's house types, room by room"))
        self.tool_group = QActionGroup(self)
        labels = self._tool_labels()
        short = self._tool_short_labels()
        for spec in TOOL_SPECS:
            a = self._action(
                labels[spec.key],
                _slot(self.set_tool, spec.key),
                spec.shortcut or None,
                f"tool_{spec.key}",
                spec.key,
            )
            a.setCheckable(True)
            a.setIconText(short[spec.key])
            a.setToolTip(f"{labels[spec.key]} ({spec.shortcut})" if spec.shortcut else labels[spec.key])
            self.tool_group.addAction(a)
            self.tool_actions[spec.key] = a

    def _tool_labels(self) -> dict[str, str]:
        return {
            "select": self.tr("Select and move"),
            "rotate": self.tr("Rotate"),
            "vertex": self.tr("Edit corners"),
            "plot": self.tr("Draw plot"),
            "building": self.tr("Draw building (rectangle)"),
            "building_polygon": self.tr("Draw building (outline)"),
            "hazard": self.tr("Draw hazard area"),
            "path": self.tr("Draw path or road"),
            "water_main": self.tr("Draw water main"),
            "sewer": self.tr("Draw sewer"),
            "drain": self.tr("Draw drain"),
            "standpipe": self.tr("Add standpipe"),
            "kiosk": self.tr("Add water kiosk"),
            "toilet": self.tr("Add toilet"),
            "manhole": self.tr("Add manhole"),
            "light": self.tr("Add street light"),
            "measure": self.tr("Measure"),
            "split": self.tr("Split plot"),
            "eraser": self.tr("Eraser: remove what this option added"),
            "demolish": self.tr("Mark for demolition"),
            "relocate": self.tr("Mark for relocation"),
        }

    def _tool_short_labels(self) -> dict[str, str]:
        """One or two words under the big pictograms of workshop mode."""
        return {
            "select": self.tr("Select"),
            "rotate": self.tr("Turn"),
            "vertex": self.tr("Corners"),
            "plot": self.tr("Plot"),
            "building": self.tr("House"),
            "building_polygon": self.tr("House shape"),
            "hazard": self.tr("Danger"),
            "path": self.tr("Path"),
            "water_main": self.tr("Water pipe"),
            "sewer": self.tr("Sewer"),
            "drain": self.tr("Drain"),
            "standpipe": self.tr("Tap"),
            "kiosk": self.tr("Kiosk"),
            "toilet": self.tr("Toilet"),
            "manhole": self.tr("Manhole"),
            "light": self.tr("Light"),
            "measure": self.tr("Measure"),
            "split": self.tr("Split"),
            "eraser": self.tr("Eraser"),
            "demolish": self.tr("Take down house"),
            "relocate": self.tr("Move house"),
        }

    def _tool_hints(self) -> dict[str, str]:
        return {
            "select": self.tr(
                "Click to select, shift-click to add, drag to move, drag on empty ground to select an area."
            ),
            "rotate": self.tr(
                "Drag to rotate the selection; hold shift for 15° steps; or type an angle and press Enter."
            ),
            "vertex": self.tr(
                "Drag a corner; double-click an edge to add one; ctrl-click a corner to remove it."
            ),
            "plot": self.tr(
                "Click the corners; click the first corner or press Enter to finish. Type a length + Enter."
            ),
            "building": self.tr(
                "Click two corners, then the depth. Type 6x8 + Enter for a 6 m × 8 m building."
            ),
            "path": self.tr(
                "Click along the centre line; double-click or Enter to finish. Width is set in the tool bar."
            ),
            "water_main": self.tr(
                "Click along the pipe; it joins the network at nodes. Double-click or Enter to finish."
            ),
            "standpipe": self.tr("Click where the standpipe goes."),
            "measure": self.tr("Click points to measure length; three or more points also give the area."),
            "split": self.tr("Click two points across a plot to cut it in two."),
            "eraser": self.tr(
                "Click a tap, toilet, path or house this option added to take it away again; "
                "today's settlement is never erased."
            ),
            "demolish": self.tr(
                "Click a building to mark it for demolition in this option; click again to unmark."
            ),
            "relocate": self.tr(
                "Click a building, then the plot its household moves to; Enter leaves the plot open."
            ),
        }

    def _make_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        m.addActions([self.act_new, self.act_open])
        self.menu_recent = m.addMenu(self.tr("Open &Recent"))
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        self.menu_import = m.addMenu(self.tr("&Import"))
        self.menu_import.addAction(
            self._action(self.tr("DXF drawing…"), lambda: self.import_file("dxf"), None, "action_import_dxf")
        )
        self.menu_import.addAction(
            self._action(self.tr("GIS file…"), lambda: self.import_file("gis"), None, "action_import_gis")
        )
        self.menu_import.addAction(
            self._action(
                self.tr("Background image…"), lambda: self.import_file("image"), None, "action_import_image"
            )
        )
        self.menu_import.addAction(
            self._action(self.tr("Imagery layers…"), self.show_imagery_layers, None, "action_imagery_layers")
        )
        self.menu_export = m.addMenu(self.tr("&Export"))
        from designer.gui.dialogs.export_dialog import format_labels  # the formats of `jamii export`

        for fmt, text in format_labels().items():
            self.menu_export.addAction(
                self._action(text, _slot(self.export_file, fmt), None, f"action_export_{fmt}")
            )
        m.addSeparator()
        m.addAction(self.act_quit)
        e = mb.addMenu(self.tr("&Edit"))
        e.addActions([self.bridge.undo_action, self.bridge.redo_action])
        e.addSeparator()
        e.addActions([self.act_delete, self.act_select_all])
        e.addSeparator()
        e.addAction(self.act_prefs)
        t = mb.addMenu(self.tr("&Tools"))
        t.addActions(list(self.tool_actions.values()))
        t.addSeparator()
        t.addAction(
            self._action(
                self.tr("Type &coordinates"), self.focus_coordinate_entry, "Ctrl+L", "action_type_coordinates"
            )
        )
        d = self.menu_design = mb.addMenu(self.tr("&Design"))
        d.addAction(self.act_house_types)
        d.addAction(self.act_manual_item)
        d.addAction(self.act_assumptions)
        d.addAction(self.act_item_mapping)
        self.menu_view = mb.addMenu(self.tr("&View"))
        self.menu_view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit])
        self.menu_view.addSeparator()
        self.snap_actions: dict[str, QAction] = {}
        for attr, text in (
            ("vertices", self.tr("Snap to corners")),
            ("edges", self.tr("Snap to edges")),
            ("right_angles", self.tr("Snap to right angles")),
        ):
            a = QAction(text, self)
            a.setObjectName(f"action_snap_{attr}")
            a.setCheckable(True)
            a.setChecked(True)
            a.toggled.connect(self._apply_snapping)
            self.menu_view.addAction(a)
            self.snap_actions[attr] = a
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_workshop)
        self.menu_view.addAction(self.act_full_screen)
        self.menu_docks = self.menu_view.addMenu(self.tr("&Panels"))
        # Back to panels sized for the window after the user dragged them (designer.gui.dock_fit).
        self.act_fit_panels = self._action(
            self.tr("Fit the panels to the window"), self._fit_panels, None, "action_fit_panels"
        )
        self.menu_view.addAction(self.act_fit_panels)
        self._make_help_menu()
        self._refresh_recent()

    def _make_help_menu(self) -> None:
        """Help: the user guide (F1), the guided tour, the welcome page, About."""
        h = self.menu_help = self.menuBar().addMenu(self.tr("&Help"))
        h.addAction(
            self._action(
                self.tr("&User guide"),
                self.show_user_guide,
                QKeySequence.StandardKey.HelpContents,
                "action_guide",
            )
        )
        h.addAction(self._action(self.tr("Guided &tour"), self.start_tour, None, "action_tour"))
        h.addAction(self._action(self.tr("&Welcome page"), self.show_welcome, None, "action_welcome"))
        h.addSeparator()
        h.addAction(self.act_about)

    def _make_toolbars(self) -> None:
        self.file_bar = QToolBar(self.tr("File"))
        self.file_bar.setObjectName("toolbar_file")
        self.file_bar.addActions(
            [self.act_open, self.act_save, self.bridge.undo_action, self.bridge.redo_action]
        )
        self.bridge.undo_action.setIcon(icon("undo"))
        self.bridge.redo_action.setIcon(icon("redo"))
        self.addToolBar(self.file_bar)
        self.tools_bar = QToolBar(self.tr("Tools"))
        self.tools_bar.setObjectName("toolbar_tools")
        group = ""
        for spec in TOOL_SPECS:
            if group and spec.group != group:
                self.tools_bar.addSeparator()
            group = spec.group
            self.tools_bar.addAction(self.tool_actions[spec.key])
        self.tools_bar.addSeparator()
        self.tools_bar.addAction(self.act_house_types)
        self.tools_bar.addSeparator()
        self.tools_bar.addWidget(QLabel(self.tr("Path width")))
        self.path_width = QDoubleSpinBox()
        self.path_width.setObjectName("path_width")
        self.path_width.setRange(0.5, 30.0)
        self.path_width.setSingleStep(0.5)
        self.path_width.setSuffix(" m")
        self.path_width.setValue(self.tool_options["path_width_m"])
        self.path_width.valueChanged.connect(self._path_width_changed)
        self.tools_bar.addWidget(self.path_width)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.tools_bar)
        self.view_bar = QToolBar(self.tr("View"))
        self.view_bar.setObjectName("toolbar_view")
        self.view_bar.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_workshop])
        # The panels, one click away: on a small window some start hidden to leave the plan its room.
        self.view_bar.addAction(self.menu_docks.menuAction())
        panels_button = self.view_bar.widgetForAction(self.menu_docks.menuAction())
        if isinstance(panels_button, QToolButton):
            panels_button.setObjectName("button_panels")
            panels_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addToolBar(self.view_bar)
        # Workshop mode: one big pictogram bar with the few tools residents use, text under icons. The
        # pictograms wrap onto a second line on a narrow screen (2× scaling), never hidden behind "»".
        self.pictograms = WrappingBar("toolbar_workshop", 64, Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        for spec in TOOL_SPECS:
            if spec.workshop:
                self.pictograms.addAction(self.tool_actions[spec.key])
        self.workshop_bar = self._bar_holder(self.tr("Workshop"), "toolbar_workshop_holder", self.pictograms)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.workshop_bar)
        self.workshop_bar.hide()
        # The controls go along the bottom so the tool row keeps its room on a 16:10 projector.
        self.workshop_controls = WrappingBar(
            "toolbar_workshop_controls", 48, Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.workshop_controls.addActions([self.bridge.undo_action, self.bridge.redo_action, self.act_fit])
        self.workshop_controls.addSeparator()
        # Full screen stays on F11 and in the View menu: on the bar it would push Compare and the way out of
        # workshop mode onto a second line on a 1280 px projector.
        self.workshop_controls.addAction(self.act_workshop)
        self.controls_bar = self._bar_holder(
            self.tr("Workshop controls"), "toolbar_workshop_controls_holder", self.workshop_controls
        )
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.controls_bar)
        self.controls_bar.hide()

    def _bar_holder(self, title: str, name: str, bar: QWidget) -> QToolBar:
        """A fixed tool bar holding one wrapping bar (so it spans the window above or below the docks)."""
        holder = QToolBar(title)
        holder.setObjectName(name)
        holder.setMovable(False)
        holder.setFloatable(False)
        holder.addWidget(bar)
        return holder

    def _make_docks(self) -> None:
        from designer.gui.docks.comparison import ComparisonDock
        from designer.gui.docks.costs import CostsDock
        from designer.gui.docks.layers import LayersDock
        from designer.gui.docks.options import OptionsDock
        from designer.gui.docks.properties import PropertiesDock
        from designer.gui.docks.standards import StandardsDock
        from designer.gui.docks.workshop import WorkshopPanel

        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        s = self.session
        self.options_dock = OptionsDock(s, self)
        self.layers_dock = LayersDock(s, self)
        self.properties_dock = PropertiesDock(s, self)
        self.costs_dock = CostsDock(s, self)
        self.comparison_dock = ComparisonDock(s, self)
        self.standards_dock = StandardsDock(s, self)
        self.history_dock = HistoryDock(self.bridge, self)
        self.workshop_panel = WorkshopPanel(s, self.costs_dock, self)
        for dock, area in (
            (self.options_dock, right),
            (self.properties_dock, right),
            (self.costs_dock, right),
            (self.layers_dock, left),
            (self.history_dock, left),
            (self.standards_dock, left),
            (self.comparison_dock, Qt.DockWidgetArea.BottomDockWidgetArea),
        ):
            self.add_dock(dock, area)
        self.tabifyDockWidget(self.layers_dock, self.history_dock)
        self.tabifyDockWidget(self.layers_dock, self.standards_dock)
        self.layers_dock.raise_()
        self.tabifyDockWidget(self.properties_dock, self.costs_dock)
        self.properties_dock.raise_()
        self.comparison_dock.hide()
        self._install_access(left)
        self.addDockWidget(right, self.workshop_panel)
        self.workshop_panel.hide()

    def _install_access(self, area: Qt.DockWidgetArea) -> None:
        """Add the Access dock and its two Design menu entries (they raise the dock and start the work)."""
        from designer.gui.docks.access import AccessDock

        self.access_dock = AccessDock(self.session, self)
        self.add_dock(self.access_dock, area)
        self.tabifyDockWidget(self.layers_dock, self.access_dock)
        self.layers_dock.raise_()
        self.menu_design.addSeparator()
        for text, name, slot in (
            (self.tr("Find plots without access"), "action_access_find", self.access_dock.find_plots),
            (self.tr("Propose access paths"), "action_access_propose", self.access_dock.propose),
        ):
            action = self._action(text, self._raise_access(slot))
            action.setObjectName(name)
            self.menu_design.addAction(action)

    def _raise_access(self, start: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            self.access_dock.show()
            self.access_dock.raise_()
            start()

        return run

    # ================================================================== document
    def set_document(self, doc: Document, path: Path | None, clean: bool = True) -> None:
        """Show ``doc`` (from ``path``, or never saved); the previous document is dropped."""
        if self._lock is not None and (path is None or self._lock.project != path):
            self._drop_lock()
        if path != self.path:
            self._fingerprint = None
            self.read_only = False
        self.session.set_document(doc, path, clean)

    def _document_shown(self) -> None:
        """A document was opened: preferences, autosave, the current tool and the title follow it."""
        self.apply_preferences()
        self.setWindowModified(not self.stack.is_clean())
        self.autosaver.clear()
        self.autosaver.track(self.doc, str(self.path) if self.path else "", self.stack)
        self.ctx.confirm = self.confirm if self.workshop else None
        self.set_tool(self._tool_key)
        self.view.fit_all()
        self._refresh_title()

    def set_scope(self, scope: str) -> None:
        """Show and design another option (``EXISTING`` for the surveyed conditions)."""
        self.session.set_scope(scope)

    def _scope_shown(self, _scope: str) -> None:
        self._refresh_title()

    def _refresh_project_label(self) -> None:
        """Show the project's coordinate system (EPSG code and name) and currency in the status bar."""
        project = self.doc.project
        if project.crs_epsg is None:
            crs = self.tr("local metres, no coordinate system")
            tip = self.tr(
                "The drawing is not placed on the Earth: import a survey or set the CRS in Properties."
            )
        else:
            crs = f"EPSG:{project.crs_epsg}"
            tip = crs_name(project.crs_epsg)
        self.project_label.setText(f"{crs} · {project.currency}")
        currency = self.tr("Currency: %1").replace("%1", project.currency)
        if project.currency_source.startswith(CURRENCY_FROM_DATA):
            currency += " " + self.tr("(chosen from the country the data lies in)")
        elif project.currency_source == CURRENCY_FROM_USER:
            currency += " " + self.tr("(chosen by you)")
        self.project_label.setToolTip(f"{tip}\n{currency}")

    def _refresh_title(self) -> None:
        self._refresh_project_label()
        name = self.doc.project.name
        file = self.path.name if self.path else self.tr("not saved")
        if self.read_only:
            file += " " + self.tr("(read-only)")
        scope = self.doc.get(self.ctx.scope)
        shown = getattr(scope, "name", None) or self.tr("Existing conditions")
        self.setWindowTitle(f"{name} — {shown} — {file}[*] — Jamii")

    # ================================================================== tools
    def set_tool(self, key: str) -> None:
        """Make the tool ``key`` (see TOOL_SPECS) active."""
        spec: ToolSpec = next(s for s in TOOL_SPECS if s.key == key)
        tool = spec.make(self.ctx, self.tool_options)
        tool.failed.connect(self.show_error)
        tool.preview_changed.connect(self._show_measure)
        self._tool_key = key
        self.view.set_tool(tool)
        self.coordinate_entry.attach(tool)
        self.tool_actions[key].setChecked(True)
        hint = self._tool_hints().get(key, "")
        self.statusBar().showMessage(hint)

    @property
    def tool(self) -> Tool | None:
        return self.view.tool

    def _path_width_changed(self, value: float) -> None:
        self.tool_options["path_width_m"] = value
        if self._tool_key == "path":
            self.set_tool("path")

    def _show_cursor(self, x_m: float, y_m: float) -> None:
        self._cursor_text = (
            self.tr("x %1 m, y %2 m").replace("%1", number(x_m, 2)).replace("%2", number(y_m, 2))
        )
        self._show_measure()

    def _show_measure(self) -> None:
        parts = [getattr(self, "_cursor_text", "")]
        tool = self.view.tool
        if tool is not None:
            p = tool.preview
            if p.length_m:
                parts.append(self.tr("length %1 m").replace("%1", number(p.length_m, 2)))
            if p.area_m2:
                parts.append(self.tr("area %1 m²").replace("%1", number(p.area_m2, 1)))
            if p.angle_deg is not None:
                parts.append(self.tr("angle %1°").replace("%1", number(p.angle_deg, 1)))
            if tool.typed:
                parts.append(self.tr("typed: %1").replace("%1", tool.typed))
        self._status_label.setText("   ".join(x for x in parts if x))

    def confirm(self, question: str) -> bool:
        """Ask a tool's yes/no question (English source text, shown translated); say whether it was Yes."""
        from designer.gui.i18n import translate

        answer = QMessageBox.question(
            self,
            self.tr("Please confirm"),
            translate("command", question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, exc: Exception | str) -> None:
        """Show a problem the user caused, once, in plain words, in the status bar."""
        from designer.gui.error_text import error_text

        self.statusBar().showMessage(self.tr("Not done: %1").replace("%1", error_text(exc)), 10_000)

    def delete_selection(self) -> None:
        from designer.tools.select_tool import SelectTool

        SelectTool(self.ctx).delete_selection()

    def select_all(self) -> None:
        self.ctx.selection.set(rid for rid in self.scene.shown_ids())

    # ================================================================== files
    def new_project(self) -> None:
        if self.maybe_save():
            self.set_document(Document(ProjectInfo(name=self.tr("New settlement"))), None)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), start, self.tr("Jamii projects (*.jamii)")
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a project file; a bad file is reported once and the current project stays.

        The designer holds the file's write lock while it is open. A file another program is writing
        opens read-only (Save then asks for a new name).
        """
        from designer.gui.startup import opening_progress

        with opening_progress(path.name) as progress:  # a large settlement takes seconds: say so
            return self._open_path(path, progress.step)

    def _open_path(self, path: Path, step: Callable[[str], None]) -> bool:
        from designer.io.project_file import read_project
        from designer.io.project_lock import ProjectLock, ProjectLockedError
        from designer.resources import is_bundled

        step("read")
        if is_bundled(path):  # shipped with Jamii: opened as an untitled copy, never locked or written
            try:
                doc = read_project(path).doc
            except (JamiiError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Cannot open"), self._plain(exc))
                return False
            step("draw")
            self.show_document(doc, path)
            return True
        held_by = ""
        lock: ProjectLock | None
        if self._lock is not None and self._lock.project.resolve() == path.resolve():
            lock, self._lock = self._lock, None  # reopening (reload) the file this window already holds
        else:
            lock = ProjectLock(path, DESIGNER_LOCK_NAME, brief=False)
            try:
                lock.acquire()
            except ProjectLockedError as exc:
                lock, held_by = None, str(exc)
            except OSError:
                lock = None  # a read-only folder or medium: nothing can be saved there anyway
        try:
            loaded = read_project(path)
        except (JamiiError, OSError) as exc:
            if lock is not None:
                lock.release()
            QMessageBox.warning(self, self.tr("Cannot open"), self._plain(exc))
            return False
        self._drop_lock()
        step("draw")
        self.set_document(loaded.doc, path)
        self._lock, self._fingerprint, self.read_only = lock, loaded.fingerprint, bool(held_by)
        self._refresh_title()
        self._add_recent(path)
        if held_by:
            QMessageBox.information(
                self,
                self.tr("Opened read-only"),
                self.tr("%1. The project is opened read-only: Save will ask for a new file name.").replace(
                    "%1", held_by
                ),
            )
        return True

    def _open_phone_voting(self) -> None:
        from designer.gui.hall_dialog import open_phone_voting

        open_phone_voting(self.session, self.save, self)

    def _drop_lock(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def show_document(self, doc: Document, path: Path) -> bool:
        """Show a document read from ``path``; a file shipped with Jamii becomes an untitled copy.

        Returns False for such a copy (Save then asks where to keep it, never writing into the program).
        """
        from designer.resources import is_bundled

        if is_bundled(path):
            self.set_document(doc, None)
            self.statusBar().showMessage(
                self.tr(
                    "This is a copy of %1 shipped with Jamii: Save asks where to keep your work."
                ).replace("%1", path.name),
                15_000,
            )
            return False
        self.set_document(doc, path)
        return True

    def save(self) -> bool:
        if self.path is None or self.read_only:
            return self.save_as_dialog()
        return self.save_to(self.path)

    def save_as_dialog(self) -> bool:
        start = str(self.path) if self.path else self.doc.project.name + ".jamii"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save project"), start, self.tr("Jamii projects (*.jamii)")
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".jamii":
            path = path.with_suffix(".jamii")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save atomically to ``path``; the document becomes clean and the autosave is dropped.

        Saving over the open file refuses to overwrite it when another program changed it since it
        was read (the user chooses: reload it, save under another name, or cancel). Saving under a
        new name takes that file's write lock first.
        """
        from designer.io.project_file import save_project
        from designer.io.project_lock import ProjectLock

        same_file = self.path is not None and path.resolve() == self.path.resolve() and not self.read_only
        new_lock: ProjectLock | None = None
        try:
            if not same_file:
                new_lock = ProjectLock(path, DESIGNER_LOCK_NAME, brief=False)
                new_lock.acquire()
            fingerprint = save_project(self.doc, path, expected=self._fingerprint if same_file else None)
        except ProjectChangedOnDiskError as exc:
            return self._changed_on_disk(exc)
        except (JamiiError, OSError) as exc:
            if new_lock is not None:
                new_lock.release()
            QMessageBox.warning(self, self.tr("Cannot save"), self._plain(exc))
            return False
        if new_lock is not None:
            self._drop_lock()
            self._lock = new_lock
        self._fingerprint, self.read_only = fingerprint, False
        self.session.path = path
        self.stack.set_clean()
        self.setWindowModified(False)
        self.autosaver.clear()
        self.autosaver.track(self.doc, str(path), self.stack)
        self._add_recent(path)
        self._refresh_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def _changed_on_disk(self, exc: ProjectChangedOnDiskError) -> bool:
        """The open file was changed by another program: offer reload or save as; return True if saved."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed on disk"))
        box.setText(
            self.tr(
                "%1 was changed by another program since you opened it. Saving now would lose that change."
            ).replace("%1", str(exc.path))
        )
        box.setInformativeText(self._disk_difference(exc.path))
        reload = box.addButton(self.tr("Reload from disk"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_as:
            return self.save_as_dialog()
        if clicked is reload and self.path is not None:
            self.stack.set_clean()  # the user chose to drop the unsaved changes
            self.open_path(self.path)
        return False

    def _disk_difference(self, path: str) -> str:
        """Say what the file on disk has that this window has not, and the other way round."""
        from designer.io.project_file import load_project
        from designer.model.document_diff import diff_documents

        try:
            diff = diff_documents(self.doc, load_project(path))
        except (JamiiError, OSError) as exc:
            return self._plain(exc)
        return "\n".join(
            [
                self.tr("Only in the file on disk: %1").replace("%1", diff.describe(diff.only_theirs)),
                self.tr("Only in this window: %1").replace("%1", diff.describe(diff.only_mine)),
                self.tr("Different in both: %1").replace("%1", diff.describe(diff.changed)),
            ]
        )

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; return False if the user cancelled."""
        if self.stack.is_clean():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", self.doc.project.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _plain(self, exc: BaseException) -> str:
        if isinstance(exc, OSError) and exc.filename:
            return f"{exc.filename}: {exc.strerror or exc}"
        from designer.gui.error_text import error_text

        return error_text(exc)  # the fixed words in the user's language, numbers as they write them

    def recent_files(self) -> list[str]:
        value = QSettings().value("recent_files", [], type=list) or []
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def _add_recent(self, path: Path) -> None:
        files = [str(path.resolve())] + [f for f in self.recent_files() if f != str(path.resolve())]
        QSettings().setValue("recent_files", files[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.menu_recent.clear()
        for f in self.recent_files():
            if not Path(f).is_file():
                continue  # moved or deleted files are dropped from the menu
            a = self.menu_recent.addAction(Path(f).name)
            a.setToolTip(f)
            a.triggered.connect(lambda _=False, p=f: self.maybe_save() and self.open_path(Path(p)))
        self.menu_recent.setEnabled(not self.menu_recent.isEmpty())

    def offer_recovery(self) -> bool:
        """If a crash left an autosave, offer to open it; return True if one was recovered."""
        orphans = [o for o in find_orphans(self.autosaver.folder) if o.path != self.autosaver.path]
        if not orphans:
            return False
        newest = orphans[0]
        answer = QMessageBox.question(
            self,
            self.tr("Recover unsaved work?"),
            self.tr("Jamii did not close properly last time. Open the automatic copy of your unsaved work?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            for o in orphans:
                o.discard()
            return False
        return self.recover(newest)

    def recover(self, orphan: Any) -> bool:
        """Open an orphaned autosave as an unsaved project (it keeps its original file name if any)."""
        try:
            doc = orphan.load()
        except (JamiiError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot recover"), self._plain(exc))
            return False
        self.set_document(doc, Path(orphan.original) if orphan.original else None, clean=False)
        self.autosaver.save_now()  # this session's own autosave holds it before the orphan goes
        orphan.discard()
        return True

    # ================================================================== import / export
    def import_file(self, kind: str) -> None:
        from designer.gui.dialogs.import_dialogs import run_import

        run_import(self.session, kind, self)

    def show_imagery_layers(self) -> None:
        from designer.gui.dialogs.imagery_dialog import ImageryDialog

        ImageryDialog(self.session, self).exec()

    def export_file(self, fmt: str) -> None:
        from designer.gui.dialogs.export_dialog import ExportDialog

        ExportDialog(self.session, fmt, self).exec()

    # ================================================================== workshop mode
    def _toggle_workshop(self) -> None:
        self.set_workshop(self.act_workshop.isChecked())

    def set_workshop(self, on: bool) -> None:
        """Workshop mode: big pictograms, large targets, high contrast, docks hidden but the summary."""
        if on == self.workshop:
            return
        self.act_workshop.setChecked(on)
        # In a workshop, drastic steps (taking a house down) ask first: a stray tap must not do them.
        self.ctx.confirm = self.confirm if on else None
        if on:
            self._saved_state = self.saveState()
            for dock in self._docks:
                dock.hide()
            # Qt can leave the tab bar of a tabified group standing over the plan once its docks are hidden.
            for tabs in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
                tabs.hide()
            for bar in (self.file_bar, self.tools_bar, self.view_bar):
                bar.hide()
            self.workshop_bar.show()
            self.controls_bar.show()
            self.workshop_panel.show()
            # The coordinate line is for whoever drives the keyboard (Ctrl+L brings it back): on the
            # projector it would squeeze the hint residents read.
            self.coordinate_entry.hide()
            # A small logical screen (1920 × 1080 at 2× is 960 × 540) gets smaller pictograms on two
            # lines, so the plan keeps some height between the bars.
            compact = self._is_small_screen()
            self.pictograms.set_icon_px(40 if compact else 64)
            self.workshop_controls.set_icon_px(32 if compact else 48)
            self.setStyleSheet(_WORKSHOP_STYLE + (_WORKSHOP_COMPACT_STYLE if compact else ""))
        else:
            self.show_page(None)  # first: back on the plan, the page switcher shows the workshop bars
            self.setStyleSheet("")
            self.workshop_bar.hide()
            self.controls_bar.hide()
            self.workshop_panel.hide()
            self.coordinate_entry.show()
            if getattr(self, "_saved_state", None) is not None:
                self.restoreState(self._saved_state)
                QTimer.singleShot(0, self._hide_stray_tab_bars)
            self.dock_fit.schedule()  # the window may have been resized in workshop mode
            for bar in (self.file_bar, self.tools_bar, self.view_bar):
                bar.show()
        self.view.set_workshop(on)
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.view.setHorizontalScrollBarPolicy(policy)
        self.view.setVerticalScrollBarPolicy(policy)
        self.session.set_workshop(on)

    def toggle_full_screen(self) -> None:
        """Fill the whole screen (no window frame) or go back to the window as it was (F11)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.act_full_screen.setChecked(self.isFullScreen())

    # ================================================================== desktop manners
    def preferences(self) -> None:
        from designer.gui.dialogs.preferences import PreferencesDialog

        dlg = PreferencesDialog(self)
        if dlg.exec():
            self.apply_preferences()

    def _apply_snapping(self, *_args: object) -> None:
        for attr, action in self.snap_actions.items():
            setattr(self.ctx.snapper, attr, action.isChecked())

    def apply_preferences(self) -> None:
        """Use the stored preferences: snapping grid and autosave interval (language: next start)."""
        s = QSettings()
        self.ctx.snapper.grid_m = float(str(s.value("grid_m", 0.0)))
        if hasattr(self, "snap_actions"):
            self._apply_snapping()
        if hasattr(self, "autosaver"):
            minutes = float(str(s.value("autosave_minutes", DEFAULT_INTERVAL_MIN)))
            self.autosaver.timer.setInterval(int(minutes * 60_000))

    def house_types(self) -> None:
        """Open Design → House types… (window-modal, not blocking: ``self.house_types_dialog``)."""
        from designer.gui.house_editor.types_dialog import HouseTypesDialog

        if self.view.tool is not None:
            self.view.tool.cancel()
        self.house_types_dialog = HouseTypesDialog(self.session, self)
        self.house_types_dialog.open()

    def add_manual_item(self) -> None:
        """Design → Add an item by hand…: one undoable step on the shown option (not on existing conditions)."""
        from designer.gui.dialogs.manual_item import ManualItemDialog
        from designer.model import AddRecord
        from designer.model.records import EXISTING

        if self.ctx.scope == EXISTING:
            self.show_error(self.tr("Choose an option first: items by hand go on an option's bill."))
            return
        dialog = ManualItemDialog(self.ctx.scope, self)
        if dialog.exec() and dialog.item is not None:
            self.stack.push(AddRecord(dialog.item, self.tr("Add an item by hand")))

    def edit_assumptions(self) -> None:
        """Design → Costing assumptions…: the project's own values, saved as one undoable step."""
        from designer.gui.dialogs.assumptions import AssumptionsDialog
        from designer.model import ReplaceRecord

        project = self.doc.project
        dialog = AssumptionsDialog(project, self)
        if dialog.exec() and dialog.project is not None and dialog.project != project:
            self.stack.push(ReplaceRecord(project, dialog.project, self.tr("Costing assumptions")))

    def edit_item_mapping(self) -> None:
        """Design → Map cost-library items…: the project's library's mapping, saved into it (or cancelled)."""
        from designer.estimate.item_mapping import jamii_items
        from designer.estimate.library import CostingError, open_library
        from designer.gui.dialogs.item_mapping import ItemMappingDialog

        try:
            library = open_library(self.doc.project.cost_library)
        except CostingError as exc:
            self.show_error(exc)
            return
        try:
            dialog = ItemMappingDialog(library, jamii_items(), self)
            saved = bool(dialog.exec()) and dialog.saved
        finally:
            library.close()
        if saved:  # the live costs re-open the library and price with the new mapping
            self.costs_dock.request()
            self.comparison_dock.request()

    def about(self) -> None:
        from designer.gui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def _restore_layout(self) -> None:
        s = QSettings()
        geometry = s.value("window/geometry")
        state = s.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if state is not None and self.restoreState(state, self._dock_layout_version()):
            # (A layout saved when the window had other docks is not restored: a new dock would land in
            # it at random. The version names the docks.) A layout saved before the docks were fitted to
            # the window, or sized by the user, is kept as it was; one the rule sized is fitted again.
            self.dock_fit.restore(
                s.value("window/dock_sizes") != "fitted",
                _names(s.value("window/docks_collapsed")),
                _names(s.value("window/docks_chosen")),
            )
        self._fit_to_screen()
        # Fitted for this size already: a window laid out with every dock would keep their minimum
        # height and width (668 px tall on an 800 × 600 screen) through a later resize.
        self.dock_fit.apply(before_show=True)

    def setVisible(self, visible: bool) -> None:
        # The docks are fitted to the width asked for before Qt lays the window out: else the docks'
        # minimum widths would first widen an 800 px window beyond its screen.
        if visible and not self.isVisible():
            self.dock_fit.apply(before_show=True)
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._hide_stray_tab_bars)  # once the docks are laid out

    def _hide_stray_tab_bars(self) -> None:
        """Hide tab bars that an earlier dock layout left standing over the plan or a dock.

        Restoring a saved layout leaves the tab bars of the layout built before it visible where they
        were (mid-height over the Access dock, over the plan). A tab bar in use sits beside its docks,
        never over them or over the plan.
        """
        central = self.centralWidget()
        covered = [central.geometry()] if central is not None else []
        covered += [
            d.geometry() for d in self.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()
        ]
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.isVisible() and any(bar.geometry().intersects(area) for area in covered):
                bar.hide()

    def _fit_panels(self) -> None:
        self.dock_fit.reset()  # (made after the menus)

    def _docks_fitted(self) -> None:
        """After the docks were sized for the window: no stray tab bar; a maximised window as big as its screen.

        (The docks' minimum widths could make it wider than an 800 px laptop's screen until a column collapsed.)
        """
        self._hide_stray_tab_bars()
        if self.isMaximized() or self.isFullScreen():  # meant to be the screen, not the docks' minimum
            self._fit_to_screen()

    def _dock_layout_version(self) -> int:
        """A number that changes whenever the set of docks changes (their object names)."""
        import zlib

        names = sorted(d.objectName() for d in self.findChildren(QDockWidget))
        return zlib.crc32("|".join(names).encode()) & 0x7FFFFFFF

    def _screen_size(self) -> QSize | None:
        screen = self.screen()
        return screen.availableGeometry().size() if screen is not None else None

    def _is_small_screen(self) -> bool:
        """Whether the screen has fewer logical pixels than a 1280 × 720 projector."""
        available = self._screen_size()
        return available is not None and (available.height() < 720 or available.width() < 1280)

    def fits_screen(self) -> bool:
        """Say whether the window is no larger than its screen's available area."""
        available = self._screen_size()
        return available is None or (
            self.width() <= available.width() and self.height() <= available.height()
        )

    def _fit_to_screen(self) -> None:
        """Shrink a window larger than its screen (e.g. geometry saved on a bigger monitor)."""
        available = self._screen_size()
        if available is not None and not self.fits_screen():
            self.resize(self.size().boundedTo(available))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.workshop:
            self.set_workshop(False)
        s = QSettings()
        if self.fits_screen():  # an oversized window is never carried over to the next start
            s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(self._dock_layout_version()))
        s.setValue("window/dock_sizes", "user" if self.dock_fit.user_sized else "fitted")
        s.setValue("window/docks_collapsed", self.dock_fit.collapsed_names())
        s.setValue("window/docks_chosen", sorted(self.dock_fit.owned_by_user))
        self.autosaver.clear()
        self._drop_lock()
        with contextlib.suppress(RuntimeError):
            self.view.set_tool(None)
        self.session.closing.emit()  # background costing stops and closes its cost library
        event.accept()


@cache
def crs_name(epsg: int) -> str:
    """Return the name of an EPSG coordinate system ("WGS 84 / UTM zone 37S"), or the code if unknown."""
    try:
        from pyproj import CRS
        from pyproj.exceptions import CRSError
    except ImportError:
        return f"EPSG:{epsg}"
    try:
        return str(CRS.from_epsg(epsg).name)
    except CRSError:
        return f"EPSG:{epsg}"


def _names(value: object) -> list[str]:
    """A list of names read back from QSettings (one name comes back as a string, none as None)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def _slot(fn: Callable[[str], Any], value: str) -> Callable[..., None]:
    """Return a slot calling ``fn(value)`` whatever the signal passes (``triggered`` sends a bool)."""

    def call(*_args: object) -> None:
        fn(value)

    return call


# High contrast for projectors: black on white, thick focus, large text and targets.
_WORKSHOP_STYLE = """
QMainWindow, QWidget { font-size: 16pt; }
QToolBar#toolbar_workshop_holder { background: #ffffff; border-bottom: 3px solid #000000; }
#toolbar_workshop QToolButton { min-width: 132px; min-height: 96px; color: #000000; padding: 6px;
    border: 2px solid transparent; border-radius: 8px; }
#toolbar_workshop QToolButton:checked { background: #F0E442; border: 3px solid #000000; }
QToolBar#toolbar_workshop_controls_holder { background: #ffffff; border-top: 3px solid #000000; }
#toolbar_workshop_controls QToolButton { min-height: 64px; padding: 4px 12px; color: #000000; }
QPushButton { min-height: 56px; padding: 8px 16px; border: 2px solid #000000; border-radius: 8px; background: #ffffff;
    color: #000000; }
QPushButton:checked { background: #0072B2; color: #ffffff; }
QStatusBar { font-size: 14pt; }
"""

_WORKSHOP_COMPACT_STYLE = """
QMainWindow, QWidget { font-size: 12pt; }
#toolbar_workshop QToolButton { min-width: 84px; min-height: 64px; padding: 2px; }
#toolbar_workshop_controls QToolButton { min-height: 40px; padding: 2px 8px; }
QPushButton { min-height: 40px; padding: 4px 10px; }
QStatusBar { font-size: 11pt; }
"""
