""" "Served" explained on the plan: select one plot and its walks to water and to a toilet are drawn.

The walks are the ones the standards check measures (``designer.analysis.served.plot_walks``): along the
drawn paths, from the plot's gate to the nearest public facility, with the metres and whether that is
within the standard. A plot that touches no path gets a plain hint and a one-click "Draw a path" button.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem, QToolButton

from designer.gui.icons import icon
from designer.model.entities import Plot
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QStatusBar

    from designer.analysis.served import PlotWalks, Walk
    from designer.gui.session import Session

__all__ = ["ServedRoutes"]

WATER_COLOUR = "#0072B2"  # Okabe-Ito blue, as the water symbols
TOILET_COLOUR = "#009E73"  # Okabe-Ito green, as the toilet symbols
TOO_FAR_COLOUR = "#D55E00"
ROUTE_Z = 50.0  # above every entity of the plan


class ServedRoutes(QObject):
    """Draws the selected plot's walks on the window's plan and explains them in the status bar."""

    def __init__(
        self, session: Session, status_bar: QStatusBar, set_tool: Callable[[str], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.status_bar = status_bar
        self.walks: PlotWalks | None = None
        self.items: list[QGraphicsItem] = []
        self.hint = ""
        self._generation = 0
        # A tool button, not a push button: workshop mode's 56 px push buttons would make the status bar
        # (and with it the window) too tall for a 720-line projector.
        self.draw_path_button = QToolButton()
        self.draw_path_button.setText(self.tr("Draw a path"))
        self.draw_path_button.setObjectName("served_draw_path")
        self.draw_path_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.draw_path_button.setIcon(icon("path"))
        self.draw_path_button.setToolTip(
            self.tr("Connect this plot to the paths so its walks can be measured")
        )
        self.draw_path_button.clicked.connect(lambda: set_tool("path"))
        self.draw_path_button.hide()
        status_bar.addPermanentWidget(self.draw_path_button)
        session.document_changed.connect(self._follow)
        session.scope_changed.connect(lambda _s: self.refresh())
        session.bridge.changed.connect(self.refresh)
        self._follow()

    def _follow(self) -> None:
        self.items = []  # the old scene took them with it
        self.session.ctx.selection.changed.connect(self.refresh)
        self.refresh()

    def _selected_plot(self) -> str | None:
        ids = list(self.session.ctx.selection)
        if len(ids) != 1:
            return None
        rec = self.session.doc.get(ids[0])
        return rec.id if isinstance(rec, Plot) else None

    def refresh(self) -> None:
        """Work out (off the UI thread) and draw the walks of the selected plot, or clear them."""
        self._generation += 1
        generation = self._generation
        plot_id = self._selected_plot()
        self._clear()
        if plot_id is None:
            return
        # Imported for the first selected plot: the walking-route analysis is not part of opening a window.
        from designer.analysis.served import plot_walks
        from designer.gui.costing_view import snapshot
        from designer.gui.workers import run_job

        scope = self.session.ctx.scope
        option_id = None if scope == EXISTING else scope
        snap = snapshot(self.session.doc)
        run_job(
            lambda _progress: plot_walks(snap, option_id, plot_id),
            on_done=lambda walks: self._done(generation, walks),
            on_failed=lambda _msg: None,  # a plot the option replaced: nothing to explain
            owner=self.status_bar,
        )

    def _clear(self) -> None:
        scene = self.session.scene
        for item in self.items:
            with contextlib.suppress(RuntimeError):  # already gone with its scene
                if item.scene() is scene:
                    scene.removeItem(item)
        self.items = []
        self.walks = None
        self.hint = ""
        self.draw_path_button.hide()

    def _done(self, generation: int, walks: PlotWalks) -> None:
        if generation != self._generation:
            return  # the selection or the drawing changed since
        self._clear()
        self.walks = walks
        if walks.path_access is None:  # no path drawn at all: not "no path from this plot"
            self.hint = self.tr(
                "No paths drawn yet: whether this plot has path access, and how far it walks, cannot be "
                "told. Draw the paths, or derive them from the plots (Access)."
            )
            self.draw_path_button.show()
        elif not walks.path_access:
            self.hint = self.tr(
                "No path from this plot: distances are walked along the drawn paths. Draw a path to its gate."
            )
            self.draw_path_button.show()
        else:
            self._draw(walks.water, WATER_COLOUR, self.tr("Water"))
            self._draw(walks.toilet, TOILET_COLOUR, self.tr("Toilet"))
            self.hint = "   ".join(self.describe(w, n) for w, n in self._named(walks))
        self.status_bar.showMessage(self.hint, 30_000)

    def _named(self, walks: PlotWalks) -> list[tuple[Walk, str]]:
        return [(walks.water, self.tr("Water")), (walks.toilet, self.tr("Toilet"))]

    def describe(self, walk: Walk, name: str) -> str:
        """Say in plain words how far the walk is and whether it is within the standard."""
        if walk.private:
            return self.tr("%1: on the plot").replace("%1", name)
        if walk.distance_m is None:
            return self.tr("%1: none reachable along the paths").replace("%1", name)
        metres = f"{walk.distance_m:.0f}"
        limit = f"{walk.limit_m:.0f}"
        if walk.within_standard:
            text = self.tr("%1: %2 m walk (within %3 m)")
        else:
            text = self.tr("%1: %2 m walk — more than %3 m")
        return text.replace("%1", name).replace("%2", metres).replace("%3", limit)

    def _draw(self, walk: Walk, colour: str, name: str) -> None:
        if len(walk.route) < 2:
            return
        path = QPainterPath(QPointF(*walk.route[0]))
        for x, y in walk.route[1:]:
            path.lineTo(x, y)
        line = QGraphicsPathItem(path)
        pen = QPen(QColor(colour), 5.0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if not walk.within_standard:
            pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setZValue(ROUTE_Z)
        label = QGraphicsSimpleTextItem(self.describe(walk, name))
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        label.setFont(font)
        label.setBrush(QColor(colour if walk.within_standard else TOO_FAR_COLOUR))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # same size at every zoom
        label.setPos(QPointF(*walk.route[-1]))
        label.setZValue(ROUTE_Z + 1)
        for item in (line, label):
            self.session.scene.addItem(item)
            self.items.append(item)
