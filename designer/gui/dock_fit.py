"""Dock sizes that leave the plan most of the window, at every window size.

At 1280 × 720 the side docks used to take two thirds of the width (the plan was a 370 px sliver on a
projector, 54 px on an 800 × 600 laptop). :func:`column_widths` is the rule: the plan keeps
:data:`PLAN_SHARE` of the window's width; the right column (options, properties, costs, households)
then the left one (layers, history, standards, access) get a width proportional to the window as long
as their docks fit in what is left; a column that does not fit is collapsed (its docks hidden, each
still one click away in View → Panels and the Panels tool button).

:class:`DockFitter` applies the rule when the window is first shown and whenever it is resized, until
the user drags a dock separator or the window restores a layout the user arranged: from then on the
sizes are the user's. A dock the user shows or hides from the Panels menu (or closes) is theirs too:
from then on the rule hides and brings back no dock, it only sizes the shown columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QToolBar

__all__ = [
    "COLUMN_SHARE",
    "MAX_COLUMN_PX",
    "PLAN_SHARE",
    "PRIORITY",
    "DockFitter",
    "column_widths",
]

PLAN_SHARE = 0.55
"""The least share of the window's width the plan keeps while the docks are sized by the rule."""

LEFT = "left"
RIGHT = "right"
PRIORITY = (RIGHT, LEFT)
"""Which side column is kept first when not both fit: options and costs matter more in the room."""

COLUMN_SHARE = {RIGHT: 0.25, LEFT: 0.17}
"""A column's width as a share of the window's, when there is room (it never goes below its docks' minimum)."""

MAX_COLUMN_PX = {RIGHT: 520, LEFT: 380}
"""On a wide monitor the plan gets the rest: a column grows no wider than this."""

_AREAS = {
    Qt.DockWidgetArea.LeftDockWidgetArea: LEFT,
    Qt.DockWidgetArea.RightDockWidgetArea: RIGHT,
}


def column_widths(
    window_px: int, fixed_px: int, minimum_px: dict[str, int], required: Iterable[str] = ()
) -> dict[str, int]:
    """Return the width in pixels of each side column to show; a column left out is collapsed.

    Args:
        window_px: the window's width.
        fixed_px: what else takes width beside the plan whatever the docks (vertical tool bars,
            the separators of the shown columns).
        minimum_px: each side column that has docks to show, with the least width its docks need.
        required: columns shown whatever the room (the user chose to see them); the plan then gives.
    """
    room_px = int(window_px * (1 - PLAN_SHARE)) - fixed_px
    shown = [side for side in PRIORITY if side in minimum_px and side in set(required)]
    room_px -= sum(minimum_px[side] for side in shown)
    for side in PRIORITY:
        if side in minimum_px and side not in shown and minimum_px[side] <= room_px:
            shown.append(side)
            room_px -= minimum_px[side]
    widths = {side: minimum_px[side] for side in shown}
    for side in shown:  # then each grows toward its proportional width while room is left
        wanted_px = min(round(window_px * COLUMN_SHARE[side]), MAX_COLUMN_PX[side])
        grow_px = max(0, min(wanted_px - widths[side], room_px))
        widths[side] += grow_px
        room_px -= grow_px
    return widths


class DockFitter(QObject):
    """Keeps the side docks of ``window`` sized by :func:`column_widths` until the user sizes them.

    Attributes:
        user_sized: the user dragged a dock separator (or the restored layout was theirs): the rule
            no longer changes sizes nor hides docks.
        collapsed: the docks the rule hid for want of room (shown again when the window is wide enough).
        owned_by_user: docks the user showed, hid or closed themselves; once there is one, which docks
            show is the user's (the rule only sizes the columns).
    """

    def __init__(
        self,
        window: QMainWindow,
        docks: Iterable[QDockWidget],
        paused: Callable[[], bool],
        after_apply: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.docks = list(docks)
        self._paused = paused  # e.g. workshop mode, which lays the window out its own way
        self._after_apply = after_apply
        self.user_sized = False
        self.collapsed: list[QDockWidget] = []
        self._in_front: set[QDockWidget] = set()
        self.owned_by_user: set[str] = set()
        self._applying = False
        self._press_widths: list[int] | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)  # once the layout has settled, and once per burst of resizes
        self._pending.timeout.connect(self.apply)
        for dock in self.docks:
            dock.toggleViewAction().triggered.connect(self._user_toggled(dock))
            dock.installEventFilter(self)
        window.installEventFilter(self)

    # ------------------------------------------------------------------ the user's own layout
    def _user_toggled(self, dock: QDockWidget) -> Callable[..., None]:
        def toggled(*_args: object) -> None:
            self._take_from_rule(dock)

        return toggled

    def _take_from_rule(self, dock: QDockWidget) -> None:
        self.owned_by_user.add(dock.objectName())
        if dock in self.collapsed:
            self.collapsed.remove(dock)

    def _column_widths_now(self) -> list[int]:
        return [d.width() for d in self.docks if not d.isHidden() and not d.isFloating()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind in (QEvent.Type.Show, QEvent.Type.Resize):
                self.schedule()
            # A press on the window itself (not on a child) is on a dock separator: Qt moves it then.
            elif kind == QEvent.Type.MouseButtonPress:
                self._press_widths = self._column_widths_now()
            elif kind == QEvent.Type.MouseButtonRelease and self._press_widths is not None:
                if self._column_widths_now() != self._press_widths:
                    self.user_sized = True
                    self._pending.stop()
                self._press_widths = None
        elif kind == QEvent.Type.Close and isinstance(watched, QDockWidget) and not self._applying:
            self._take_from_rule(watched)  # its title bar's close button
        return False

    # ------------------------------------------------------------------ the rule
    def schedule(self) -> None:
        """Apply the rule once the window's layout has settled (nothing happens once user-sized)."""
        if not self.user_sized:
            self._pending.start()

    def _side(self, dock: QDockWidget) -> str | None:
        if dock.isFloating():
            return None
        return _AREAS.get(self.window.dockWidgetArea(dock))

    def _fixed_px(self, columns: int) -> int:
        bars = [
            bar
            for bar in self.window.findChildren(QToolBar)
            if bar.isVisible()
            and not bar.isFloating()
            and self.window.toolBarArea(bar)
            in (Qt.ToolBarArea.LeftToolBarArea, Qt.ToolBarArea.RightToolBarArea)
        ]
        separator_px = self.window.style().pixelMetric(
            QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self.window
        )
        return sum(bar.width() for bar in bars) + columns * max(separator_px, 1)

    def apply(self, before_show: bool = False) -> None:
        """Size, collapse or bring back the side columns for the window's present width.

        Args:
            before_show: the window is about to be shown (its width is the one asked for, not yet
                widened to the docks' minimum); otherwise a hidden window is left alone.
        """
        if self.user_sized or self._paused() or not (before_show or self.window.isVisible()):
            return
        self._applying = True
        # At once, not animated: a plan whose width slides for a moment after a resize would map the
        # pointer to the wrong place (and refit several times).
        animated = self.window.isAnimated()
        self.window.setAnimated(False)
        try:
            self._apply()
            layout = self.window.layout()
            if layout is not None:  # the window's minimum size follows now (else it clamps a resize)
                layout.activate()
        finally:
            self.window.setAnimated(animated)
            self._applying = False
        self._after_apply()

    def _apply(self) -> None:
        # The docks of each column the rule may show: those shown now and those it collapsed.
        columns: dict[str, list[QDockWidget]] = {}
        for dock in self.docks:
            side = self._side(dock)
            if side is not None and (not dock.isHidden() or dock in self.collapsed):
                columns.setdefault(side, []).append(dock)
        required: list[str] = []
        if self.owned_by_user:
            # The user chose which panels to see: what shows stays and nothing comes back; only the
            # widths are still the rule's.
            columns = {s: [d for d in ds if not d.isHidden()] for s, ds in columns.items()}
            columns = {s: ds for s, ds in columns.items() if ds}
            required = list(columns)
        minimum_px = {
            side: max(d.minimumSizeHint().width() for d in docks) for side, docks in columns.items()
        }
        widths = column_widths(self.window.width(), self._fixed_px(len(columns)), minimum_px, required)
        for side, docks in columns.items():
            if side in widths:
                self._bring_back([d for d in docks if d in self.collapsed])
            else:
                self._collapse([d for d in docks if d.objectName() not in self.owned_by_user])
        shown = [(next(d for d in columns[s] if not d.isHidden()), px) for s, px in widths.items()]
        if shown:
            self.window.resizeDocks([d for d, _ in shown], [px for _, px in shown], Qt.Orientation.Horizontal)

    def _collapse(self, docks: list[QDockWidget]) -> None:
        for dock in docks:
            if not dock.isHidden():
                if not dock.visibleRegion().isEmpty():
                    self._in_front.add(dock)
                dock.hide()
                self.collapsed.append(dock)

    def _bring_back(self, docks: list[QDockWidget]) -> None:
        for dock in docks:
            dock.show()
            self.collapsed.remove(dock)
        for dock in docks:  # the tab that was in front is in front again
            if dock in self._in_front:
                dock.raise_()
                self._in_front.discard(dock)

    def reset(self) -> None:
        """Hand the side docks back to the rule (View › Fit the panels to the window).

        The user's sizes and choices are forgotten: every side dock comes back where there is room.
        """
        self.user_sized = False
        self.owned_by_user.clear()
        self.collapsed = [d for d in self.docks if d.isHidden() and self._side(d) is not None]
        self.apply()

    # ------------------------------------------------------------------ remembered between sessions
    def collapsed_names(self) -> list[str]:
        """The object names of the docks the rule hid (saved with the window's layout)."""
        return [d.objectName() for d in self.collapsed]

    def restore(self, user_sized: bool, collapsed_names: Iterable[str], chosen_names: Iterable[str]) -> None:
        """Take over what a restored layout says.

        Args:
            user_sized: the user sized the docks (the rule keeps off).
            collapsed_names: the docks the rule had hidden for want of room.
            chosen_names: the docks the user showed or hid themselves.
        """
        self.user_sized = user_sized
        names = set(collapsed_names)
        self.collapsed = [d for d in self.docks if d.objectName() in names and d.isHidden()]
        self.owned_by_user = set(chosen_names)
