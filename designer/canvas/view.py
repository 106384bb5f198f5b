"""The plan view: zoom, pan, y-up metres, labels, and the one place pixels become metres.

Mouse and touch input is turned into :class:`designer.tools.base.PointerEvent` in metres and
handed to the active tool; keys go to the tool too (Esc cancels, Enter finishes, digits type a
dimension). Navigation never reaches the tool: wheel zooms about the cursor, the middle button or
space + drag pans, and a two-finger pinch zooms and pans on touch screens. Until the user zooms or
pans, the whole plan stays fitted: a resize (a window maximised on a projector) fits it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from designer.canvas.items import symbol_radius_px
from designer.tools.base import Button, Key, Modifiers, PointerEvent

if TYPE_CHECKING:
    from designer.canvas.scene import PlanScene
    from designer.tools.base import Tool

__all__ = ["PlanView"]

PICK_PX = 6.0
BASE_LABEL_PT = 9.0  # plot numbers and street names at the desk
LABEL_MIN_PX_PER_M = 2.5  # below this, plot numbers would overlap: leave them out (level of detail)
ZOOM_STEP = 1.25

_KEYS = {
    Qt.Key.Key_Escape: Key.ESCAPE,
    Qt.Key.Key_Return: Key.ENTER,
    Qt.Key.Key_Enter: Key.ENTER,
    Qt.Key.Key_Backspace: Key.BACKSPACE,
    Qt.Key.Key_Delete: Key.DELETE,
}


class PlanView(QGraphicsView):
    """A QGraphicsView of a PlanScene with y pointing up (north) and the scene in metres.

    Signals:
        cursor_moved(float, float): pointer position in metres, for the status bar.
        zoom_changed(float): pixels per metre.
        first_painted(): the plan was painted for the first time (emitted once).
    """

    cursor_moved = Signal(float, float)
    zoom_changed = Signal(float)
    first_painted = Signal()

    def __init__(self, scene: PlanScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.plan = scene
        self.tool: Tool | None = None
        self.pick_px = PICK_PX
        self.label_pt = BASE_LABEL_PT
        self.reserved_bottom_px = 0
        """Height of an overlay along the plan's lower edge (a legend): the whole plan is fitted above it."""
        self.workshop = False  # larger symbols, labels and touch targets
        self._painted_once = False
        self._refitting = False
        self.fitted = False
        """The view shows the whole plan as :meth:`fit_all` left it (no zoom or pan since): a resize refits."""
        self._pan_from: QPoint | None = None
        self._space = False
        self._label_cache: dict[tuple[str, float], QPixmap] = {}
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setMouseTracking(True)
        self.setBackgroundBrush(QColor("#fbfaf7"))
        self.setTransform(QTransform.fromScale(1.0, -1.0))
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A scroll bar dragged, clicked or moved by the arrow keys is the user's own view.
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self.keep_user_view)
        self._update_tolerance()

    # ------------------------------------------------------------------ conversion (the one place)
    @property
    def px_per_m(self) -> float:
        """Pixels per metre at the current zoom."""
        return abs(self.transform().m11())

    def to_metres(self, pos: QPoint | QPointF) -> tuple[float, float]:
        """Return the plan position in metres of a viewport pixel position."""
        p = self.mapToScene(pos.toPoint() if isinstance(pos, QPointF) else pos)
        return (p.x(), p.y())

    def to_pixels(self, x_m: float, y_m: float) -> QPoint:
        """Return the viewport pixel position of a plan position in metres."""
        return self.mapFromScene(QPointF(x_m, y_m))

    # ------------------------------------------------------------------ zoom
    def keep_user_view(self, *_action: object) -> None:
        """The user chose what to look at (zoom, pan, a plot brought into view): a resize keeps it."""
        self.fitted = False

    def set_scale(self, px_per_m: float) -> None:
        """Zoom to ``px_per_m`` pixels per metre, keeping y up."""
        self.keep_user_view()
        self.setTransform(QTransform.fromScale(px_per_m, -px_per_m))
        self._update_tolerance()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom by ``factor`` keeping the plan point under ``anchor`` (pixels) fixed."""
        new = self.px_per_m * factor
        if not 0.02 <= new <= 500:
            return
        self.keep_user_view()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            before = self.mapToScene(anchor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor)
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._update_tolerance()

    def fit_all(self) -> None:
        """Show the whole plan."""
        rect = self.plan.sceneRect()
        if rect.isEmpty():
            rect = QRectF(-50.0, -50.0, 100.0, 100.0)  # a new project: 100 m around the origin
        # Room to scroll well beyond what is drawn: people draw where nothing is yet.
        margin = max(2000.0, 2 * max(rect.width(), rect.height()))
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        pad = max(rect.width(), rect.height()) * 0.03
        self.fitInView(
            self._fit_rect(rect.adjusted(-pad, -pad, pad, pad)), Qt.AspectRatioMode.KeepAspectRatio
        )
        self.fitted = True
        self._update_tolerance()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the whole plan again while the user has not zoomed or panned since it was fitted."""
        super().resizeEvent(event)
        if self.fitted and not self._refitting:
            self._refitting = True  # scroll bars coming or going resize the viewport again
            try:
                self.fit_all()
            finally:
                self._refitting = False

    def _fit_rect(self, content: QRectF) -> QRectF:
        """Return the scene rect to fit so that ``content`` shows whole above ``reserved_bottom_px``.

        The rect has the viewport's shape, so fitting it sets the scale that puts the content in the
        viewport less the reserved band, centred there.
        """
        width_px, height_px = self.viewport().width(), self.viewport().height()
        free_px = height_px - self.reserved_bottom_px
        if self.reserved_bottom_px <= 0 or free_px < height_px / 3 or content.isEmpty():
            return content  # nothing reserved, or too little room left: fit the whole viewport
        px_per_unit = min(width_px / content.width(), free_px / content.height())
        width, height = width_px / px_per_unit, height_px / px_per_unit
        gap = (free_px / px_per_unit - content.height()) / 2  # above and below the content, in the free band
        y_up = self.transform().m22() < 0  # the plan's way: the rect's greatest y is the screen's top
        top = content.bottom() + gap - height if y_up else content.top() - gap
        return QRectF(content.center().x() - width / 2, top, width, height)

    def _update_tolerance(self) -> None:
        self.plan.ctx.tolerance_m = self.pick_px / max(self.px_per_m, 1e-9)
        # Symbols follow the zoom between a floor and a ceiling: legible zoomed in, not burying the plan
        # zoomed out (a constant 14 px tap covered four plots over the whole 10,000-plot settlement).
        self.plan.set_symbol_radius(symbol_radius_px(self.px_per_m, self.workshop))
        self.zoom_changed.emit(self.px_per_m)

    def set_workshop(self, on: bool) -> None:
        """Larger symbols, labels and touch targets for a projector and fingers."""
        self.workshop = on
        self.pick_px = 14.0 if on else PICK_PX
        self.label_pt = 14.0 if on else BASE_LABEL_PT
        self._update_tolerance()
        self.plan.update()
        self.viewport().update()

    # ------------------------------------------------------------------ tool
    def set_tool(self, tool: Tool | None) -> None:
        """Make ``tool`` the active tool (the previous one drops anything unfinished)."""
        if self.tool is not None:
            self.tool.deactivate()
            self.tool.preview_changed.disconnect(self._preview_changed)
        self.tool = tool
        if tool is not None:
            tool.preview_changed.connect(self._preview_changed)
            tool.activate()
        self._preview_changed()

    def _preview_changed(self) -> None:
        self.plan.preview.set_preview(self.tool.preview if self.tool is not None else None)

    def _event(self, e: QMouseEvent, clicks: int = 1, button: Button | None = None) -> PointerEvent:
        x, y = self.to_metres(e.position())
        mods = Modifiers.NONE
        if e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            mods |= Modifiers.SHIFT
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            mods |= Modifiers.CTRL
        if e.modifiers() & Qt.KeyboardModifier.AltModifier:
            mods |= Modifiers.ALT
        if button is None:
            b = e.button()
            button = (
                Button.LEFT
                if b == Qt.MouseButton.LeftButton
                else Button.RIGHT
                if b == Qt.MouseButton.RightButton
                else Button.MIDDLE
                if b == Qt.MouseButton.MiddleButton
                else Button.NONE
            )
        return PointerEvent(x, y, button, mods, clicks)

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.MiddleButton or (
            self._space and e.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = e.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        self.setFocus()
        if self.tool is not None:
            self.tool.press(self._event(e))

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:
        if self.tool is not None and e.button() != Qt.MouseButton.MiddleButton:
            self.tool.press(self._event(e, clicks=2))

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = e.position().toPoint() - self._pan_from
            self._pan_from = e.position().toPoint()
            self.pan_by_pixels(delta.x(), delta.y())
            return
        ev = self._event(e, button=Button.NONE)
        self.cursor_moved.emit(ev.x_m, ev.y_m)
        if self.tool is not None:
            self.tool.move(ev)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        if self.tool is not None:
            self.tool.release(self._event(e))

    def pan_by_pixels(self, dx_px: int | float, dy_px: int | float) -> None:
        """Move the plan with the hand: content follows a drag of (dx_px, dy_px)."""
        self.keep_user_view()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - int(dx_px))
        v.setValue(v.value() - int(dy_px))

    def wheelEvent(self, e: QWheelEvent) -> None:
        steps = e.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps, e.position().toPoint())

    # ------------------------------------------------------------------ touch
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            assert isinstance(event, QGestureEvent)
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    self.zoom_by(pinch.scaleFactor(), centre)
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.CenterPointChanged:
                    d = pinch.centerPoint() - pinch.lastCenterPoint()
                    self.pan_by_pixels(d.x(), d.y())
                event.accept()
                return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Space and not e.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        key = _KEYS.get(Qt.Key(e.key()))
        if self.tool is not None and key is not None:
            self.tool.key(key)
            return
        text = e.text()
        if self.tool is not None and text and text in "0123456789.,x*-":
            self.tool.type_text(text)
            return
        super().keyPressEvent(e)

    def keyReleaseEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Space and not e.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(e)

    # ------------------------------------------------------------------ labels
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Draw plot numbers and path names at a constant size where there is room for them.

        Each distinct label is rendered once into a small pixmap (text on a pale backdrop) and then
        only blitted, which keeps a zoomed-in repaint of thousands of plots cheap.
        """
        if not self._painted_once:
            self._painted_once = True
            self.first_painted.emit()  # queued by listeners that start work after the first paint
        placed = self.place_labels(QRectF(rect))
        painter.save()
        painter.resetTransform()
        for _rid, box, pm in placed:
            painter.drawPixmap(box.topLeft(), pm)
        painter.restore()

    def place_labels(self, rect: QRectF) -> list[tuple[str, QRect, QPixmap]]:
        """Return the labels to draw over ``rect`` (scene metres): record id, box in view pixels, pixmap.

        One size for all plot numbers in a paint (mixed sizes read as different things), the largest at
        which most of them fit their plots; a label that would overlap one already placed is left out.
        Plot numbers go first in workshop mode (residents look for their plot), street names otherwise.
        """
        labels = self.plan.labels
        sizes = (self.label_pt, BASE_LABEL_PT) if self.label_pt > BASE_LABEL_PT else (self.label_pt,)
        # Level of detail: zoomed out, only the few street names; plot numbers once they can fit.
        zoomed_out = self.px_per_m < LABEL_MIN_PX_PER_M * (sizes[-1] / BASE_LABEL_PT)
        ids = self.plan.street_label_ids() if zoomed_out else self.plan.label_ids_in(rect)
        shown = []
        for rid in ids:
            label = labels.get(rid)
            item = self.plan.item_for(rid)
            if label is not None and item is not None and item.isVisible():
                shown.append((rid, label))
        plots_first = self.label_pt > BASE_LABEL_PT
        shown.sort(key=lambda e: (not e[1][3]) if plots_first else bool(e[1][3]))
        size_pt = self._plot_label_size([lab for _, lab in shown if lab[3]], sizes)
        px = self.px_per_m
        t = self.viewportTransform()
        taken = _Boxes()
        out: list[tuple[str, QRect, QPixmap]] = []
        for rid, (text, x_m, y_m, w_m, h_m) in shown:
            pm = self._label_pixmap(text, size_pt if w_m else self.label_pt)
            w, h = pm.width(), pm.height()
            # Only where the text fits inside its plot: crowded labels help nobody.
            if w_m and (w_m * px < w + 4 or h_m * px < h + 2):
                continue
            pos = t.map(QPointF(x_m, y_m))
            box = QRect(int(pos.x() - w / 2), int(pos.y() - h / 2), w, h)
            if taken.hits(box):
                continue
            taken.add(box)
            out.append((rid, box, pm))
        return out

    def _plot_label_size(
        self, plot_labels: list[tuple[str, float, float, float, float]], sizes: tuple[float, ...]
    ) -> float:
        """Return the one lettering size for plot numbers: the largest at which most of them fit."""
        px = self.px_per_m
        for size_pt in sizes:
            fits = 0
            for text, _x, _y, w_m, h_m in plot_labels:
                pm = self._label_pixmap(text, size_pt)
                fits += w_m * px >= pm.width() + 4 and h_m * px >= pm.height() + 2
            if fits >= 0.8 * len(plot_labels):
                return size_pt
        return sizes[-1]

    def _label_pixmap(self, text: str, size_pt: float | None = None) -> QPixmap:
        size_pt = size_pt or self.label_pt
        key = (text, size_pt)
        pm = self._label_cache.get(key)
        if pm is None:
            font = QFont()
            font.setPointSizeF(size_pt)
            fm = QFontMetricsF(font)
            w, h = int(fm.horizontalAdvance(text)) + 5, int(fm.height()) + 1
            pm = QPixmap(w, h)
            pm.fill(QColor(255, 255, 255, 170))  # a pale box keeps the text legible over any fill
            p = QPainter(pm)
            p.setFont(font)
            p.setPen(QColor("#3b3226"))
            p.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, text)
            p.end()
            self._label_cache[key] = pm
        return pm


class _Boxes:
    """Placed label boxes in a coarse grid of cells, so an overlap test looks at a few neighbours only."""

    CELL_PX = 64

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[QRect]] = {}

    def _keys(self, box: QRect) -> list[tuple[int, int]]:
        c = self.CELL_PX
        return [
            (i, j)
            for i in range(box.left() // c, box.right() // c + 1)
            for j in range(box.top() // c, box.bottom() // c + 1)
        ]

    def hits(self, box: QRect) -> bool:
        return any(other.intersects(box) for key in self._keys(box) for other in self._cells.get(key, ()))

    def add(self, box: QRect) -> None:
        for key in self._keys(box):
            self._cells.setdefault(key, []).append(box)
