"""The plan scene: mirrors a Document for one scope (existing conditions or an option).

One item per entity id, rebuilt from the record whenever the document signals a change, so the
document stays the only source of truth. Scene units are metres (x east, y north); the view
flips y. The scene keeps a BSP index so hit tests stay ~1 ms on the 10,000-plot settlement.
"""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from designer.canvas.access_marks import AccessMarks
from designer.canvas.items import ID_ROLE, SymbolItem, make_item, polygon, polyline_path
from designer.canvas.preview import PreviewItem
from designer.canvas.styles import Status
from designer.model.entities import (
    AreaEntity,
    Demolition,
    Entity,
    LineEntity,
    Path,
    Plot,
    PointEntity,
    Relocation,
)
from designer.model.records import EXISTING

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.records import Record
    from designer.tools.base import ToolContext

__all__ = ["PlanScene"]

_MARKS = (Demolition, Relocation)


_IMAGERY = ("background_image", "raster_layer")


class PlanScene(QGraphicsScene):
    """Graphics items for every entity shown in the tool context's scope."""

    #: The imagery layers' problems changed (a file missing, moved, unreadable): see ``imagery_problems``.
    imagery_changed = Signal()

    def __init__(
        self, ctx: ToolContext, parent: QObject | None = None, base_folder: FilePath | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc: Document = ctx.doc
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._items: dict[str, QGraphicsItem] = {}
        #: Imagery items by record id: under the plan, never hit-tested or selected like entities.
        self._imagery: dict[str, QGraphicsItem] = {}
        #: Record id → one line saying why an image is not drawn (file missing, changed, unreadable).
        self.imagery_problems: dict[str, str] = {}
        self._notifier: Any = None
        self.base_folder = base_folder  # relative background image paths start here
        #: Label per record id: (text, x_m, y_m, width_m, height_m of the room it must fit; 0 = any).
        #: Street names are kept current; plot numbers are computed when first needed (zoomed in),
        #: so opening a large settlement does not pay for labels nobody can read yet.
        self.labels: dict[str, tuple[str, float, float, float, float]] = {}
        self._pending_labels: set[str] = set()
        self._label_index: tuple[list[str], Any, Any] | None = None
        self._removed: set[str] = set()
        self._plot_fill: dict[str, QColor] = {}
        self._failing: set[str] = set()
        self._pieces: dict[str, tuple[Record | None, Record | None, QPainterPath]] = {}
        self._changes_due = False
        #: One outline item per entity of the shown option, children of ``changes_halo``: an edit
        #: replaces one of them, and painting culls those outside the view.
        self._halo_items: dict[str, tuple[QPainterPath, QGraphicsPathItem]] = {}
        self.selection_halo = QGraphicsPathItem()
        self.selection_line = QGraphicsPathItem()
        self.changes_halo = QGraphicsPathItem()
        self._setup_overlays()
        #: The workshop's access marks (new paths bold, land given, houses that move).
        self.access_marks = AccessMarks(self)
        self.preview = PreviewItem(ctx)
        self.addItem(self.preview)
        self.rebuild()
        self.doc.record_added.connect(self._on_added)
        self.doc.record_removed.connect(self._on_removed)
        self.doc.record_replaced.connect(self._on_replaced)
        ctx.selection.changed.connect(self.update_selection)

    def _setup_overlays(self) -> None:
        halo = QPen(QColor(240, 228, 66, 200), 9.0)
        halo.setCosmetic(True)
        self.selection_halo.setPen(halo)
        self.selection_halo.setZValue(90)
        line = QPen(QColor("#111111"), 2.0)
        line.setCosmetic(True)
        self.selection_line.setPen(line)
        self.selection_line.setZValue(91)
        changes = QPen(
            QColor(86, 180, 233, 150), 7.0
        )  # sky blue: apart from red demolitions, yellow selection
        changes.setCosmetic(True)
        self.changes_halo.setPen(changes)
        self.changes_halo.setZValue(2.9)
        self.changes_halo.setVisible(False)
        for item in (self.selection_halo, self.selection_line, self.changes_halo):
            self.addItem(item)

    # ------------------------------------------------------------------ building
    def status_of(self, e: Entity) -> Status:
        """Return how an entity is drawn in the current scope."""
        if e.scope != EXISTING:
            return Status.PROPOSED
        return Status.EXISTING if self.ctx.scope == EXISTING else Status.MUTED

    def _relevant(self, e: Record) -> bool:
        return isinstance(e, Entity) and e.scope in (EXISTING, self.ctx.scope)

    def rebuild(self) -> None:
        """Drop every entity item and make them again for the current scope."""
        for item in self._items.values():
            self.removeItem(item)
        self._items.clear()
        self.labels.clear()
        self._pending_labels.clear()
        self._removed = self.ctx.removed_ids()
        self.rebuild_imagery()
        for e in self.doc.entities(EXISTING):
            self._add(e)
        if self.ctx.scope != EXISTING:
            for e in self.doc.entities(self.ctx.scope):
                self._add(e)
        self.update_changes()
        self.update_selection()
        # The scene rect is left to Qt, which grows it as items are indexed (a separate
        # itemsBoundingRect() pass would cost ~0.1 s on the 10,000-plot settlement).

    def _add(self, e: Entity) -> None:
        item = make_item(e, self.status_of(e), self.doc)
        if item is None:
            return
        self._items[e.id] = item
        if isinstance(e, Plot) and e.number:
            self._pending_labels.add(e.id)
            self._label_index = None
        elif isinstance(e, Path) and e.name:
            self.labels[e.id] = _label_of(e, item)  # type: ignore[assignment]
            self._label_index = None
        if isinstance(item, SymbolItem):
            item.failing = e.id in self._failing
        elif e.id in self._plot_fill:
            item.setBrush(QBrush(self._plot_fill[e.id]))  # type: ignore[attr-defined]
        if not self._visible(e):  # items are visible when made
            item.setVisible(False)
        self.addItem(item)

    def _visible(self, e: Entity) -> bool:
        if isinstance(e, _MARKS):
            return e.KIND not in self.ctx.hidden_kinds
        return e.id not in self._removed and e.KIND not in self.ctx.hidden_kinds

    def set_scope(self, scope: str) -> None:
        """Show another option (or the existing conditions)."""
        self.ctx.set_scope(scope)
        self.rebuild()

    def street_label_ids(self) -> list[str]:
        """Return ids of labelled paths (names shown at every zoom)."""
        return [rid for rid, label in self.labels.items() if not label[3]]

    def label_ids_in(self, rect: QRectF) -> list[str]:
        """Return ids of labelled records whose label anchor lies in ``rect`` (metres)."""
        import numpy as np

        if self._pending_labels:
            for rid in self._pending_labels:
                item = self._items.get(rid)
                e = self.doc.get(rid)
                if item is not None and isinstance(e, Entity):
                    label = _label_of(e, item)
                    if label is not None:
                        self.labels[rid] = label
            self._pending_labels.clear()
            self._label_index = None
        if self._label_index is None:
            ids = list(self.labels)
            xs = np.fromiter((self.labels[i][1] for i in ids), dtype=float, count=len(ids))
            ys = np.fromiter((self.labels[i][2] for i in ids), dtype=float, count=len(ids))
            self._label_index = (ids, xs, ys)
        ids, xs, ys = self._label_index
        r = rect.normalized()
        inside = (xs >= r.left()) & (xs <= r.right()) & (ys >= r.top()) & (ys <= r.bottom())
        return [ids[i] for i in np.flatnonzero(inside)]

    def item_for(self, record_id: str) -> QGraphicsItem | None:
        """Return the item showing a record (an entity or an image), if it is drawn."""
        return self._items.get(record_id) or self._imagery.get(record_id)

    def shown_ids(self) -> set[str]:
        """Return the ids of entities drawn and visible now."""
        return {rid for rid, item in self._items.items() if item.isVisible()}

    # ------------------------------------------------------------------ imagery
    def rebuild_imagery(self) -> None:
        """Drop and make again every imagery item (the project's CRS, origin or folder changed)."""
        for rid in list(self._imagery):
            self._remove_imagery(rid)
        self.imagery_problems.clear()
        for kind in _IMAGERY:
            for rec in self.doc.of_kind(kind):
                self._add_imagery(rec)
        self.imagery_changed.emit()

    def _tile_notifier(self) -> Any:
        """The scene's one TileNotifier (made on first use): tiles and failures go to items by layer id."""
        if self._notifier is None:
            from designer.canvas.raster_item import TileNotifier

            self._notifier = TileNotifier(self)
            self._notifier.ready.connect(self._on_tile_ready)
            self._notifier.failed.connect(self._on_tile_failed)
        return self._notifier

    def _on_tile_ready(self, key: Any) -> None:
        item = self._imagery.get(key.layer)
        tile_ready = getattr(item, "tile_ready", None)
        if tile_ready is not None:
            tile_ready(key)

    def _on_tile_failed(self, failure: Any) -> None:
        layer_id, line = failure
        if layer_id in self._imagery:
            self.imagery_problems[layer_id] = line
            self.imagery_changed.emit()

    def close_imagery(self) -> None:
        """Stop the imagery loader threads (the scene is being replaced)."""
        for rid in list(self._imagery):
            self._remove_imagery(rid)

    def imagery_item(self, record_id: str) -> QGraphicsItem | None:
        """The item drawing an imagery layer, if it is drawn."""
        return self._imagery.get(record_id)

    def _add_imagery(self, rec: Record) -> None:
        if rec.KIND == "raster_layer":
            self._add_raster_layer(rec)
        else:
            self._add_background(rec)

    def _remove_imagery(self, rid: str) -> None:
        item = self._imagery.pop(rid, None)
        if item is not None:
            dispose = getattr(item, "dispose", None)
            if dispose is not None:
                dispose()  # stops its loader and forgets its tiles (the file may be re-linked)
            self.removeItem(item)
        self.imagery_problems.pop(rid, None)

    def _add_raster_layer(self, rec: Record) -> None:
        """Draw a georeferenced RasterLayer in tiles, placed by the file's own CRS and geotransform."""
        from designer.canvas.raster_item import RasterItem
        from designer.io.crs import project_crs
        from designer.io.imagery import layer_status
        from designer.io.raster import RasterError
        from designer.model.background import RasterLayer

        assert isinstance(rec, RasterLayer)
        status = layer_status(rec, self.base_folder)
        if status.state == "missing":
            self.imagery_problems[rec.id] = status.line
            return
        if status.state == "changed":
            self.imagery_problems[rec.id] = status.line  # drawn all the same: the user decides
        project = self.doc.project
        try:
            origin = (project.origin_x_m, project.origin_y_m)
            item = RasterItem(rec, status.path, project_crs(project), origin, self._tile_notifier())
        except RasterError as exc:
            self.imagery_problems[rec.id] = str(exc)
            return
        self._imagery[rec.id] = item
        self.addItem(item)

    def _add_background(self, rec: Record) -> None:
        """Draw a BackgroundImage record (a scan) under everything, placed by its two reference points."""
        from PySide6.QtGui import QPixmap, QTransform
        from PySide6.QtWidgets import QGraphicsPixmapItem

        path = FilePath(getattr(rec, "path", ""))
        if not path.is_absolute() and self.base_folder is not None:
            path = self.base_folder / path
        pm = QPixmap(str(path))
        if pm.isNull():
            self.imagery_problems[rec.id] = (
                f"{getattr(rec, 'name', '') or rec.id}: image file missing or unreadable at {path}"
            )
            return
        o = rec.pixel_to_local(0.0, 0.0)  # type: ignore[attr-defined]
        ex = rec.pixel_to_local(1.0, 0.0)  # type: ignore[attr-defined]
        ey = rec.pixel_to_local(0.0, 1.0)  # type: ignore[attr-defined]
        item = QGraphicsPixmapItem(pm)
        item.setTransform(QTransform(ex[0] - o[0], ex[1] - o[1], ey[0] - o[0], ey[1] - o[1], o[0], o[1]))
        item.setOpacity(float(getattr(rec, "opacity", 0.6)))
        item.setVisible(bool(getattr(rec, "visible", True)))
        item.setZValue(-10.0 + int(getattr(rec, "order", 0)) / 1000.0)
        self._imagery[rec.id] = item
        self.addItem(item)

    # ------------------------------------------------------------------ document signals
    def _on_added(self, rec: Record) -> None:
        if rec.KIND in _IMAGERY:
            self._add_imagery(rec)
            self.imagery_changed.emit()
            return
        if self._relevant(rec):
            assert isinstance(rec, Entity)
            self._add(rec)
            self._after_change(rec)

    def _on_removed(self, rec: Record) -> None:
        if rec.KIND in _IMAGERY:
            self._remove_imagery(rec.id)
            self.imagery_changed.emit()
            return
        self._pieces.pop(rec.id, None)
        self._pending_labels.discard(rec.id)
        if self.labels.pop(rec.id, None) is not None:
            self._label_index = None
        item = self._items.pop(rec.id, None)
        if item is not None:
            self.removeItem(item)
        if self._relevant(rec):
            self._after_change(rec)

    def _on_replaced(self, old: Record, new: Record) -> None:
        if new.KIND in _IMAGERY and self._restyle_imagery(old, new):
            return
        self._on_removed(old)
        self._on_added(new)
        if new.id == self.doc.project.id and _placement_of(old) != _placement_of(new):
            self.rebuild_imagery()  # a new CRS or origin moves every image

    def _restyle_imagery(self, old: Record, new: Record) -> bool:
        """Apply a change of opacity, order, visibility, brightness or contrast without reopening the file."""
        item = self._imagery.get(new.id)
        same_file = ("path", "sha256", "size_bytes", "crs_wkt", "ref1_px", "ref1_m", "ref2_px", "ref2_m")
        if item is None or any(getattr(old, f, None) != getattr(new, f, None) for f in same_file):
            return False
        item.setOpacity(float(getattr(new, "opacity", 1.0)))
        item.setVisible(bool(getattr(new, "visible", True)))
        item.setZValue(-10.0 + int(getattr(new, "order", 0)) / 1000.0)
        restyle = getattr(item, "restyle", None)
        if restyle is not None:
            restyle(new)
        return True

    def _after_change(self, rec: Record) -> None:
        removed = self.ctx.removed_ids()
        if removed != self._removed:
            changed = removed ^ self._removed
            self._removed = set(removed)
            for rid in changed:
                item = self._items.get(rid)
                e = self.doc.get(rid)
                if item is not None and isinstance(e, Entity):
                    item.setVisible(self._visible(e))
        if isinstance(rec, Entity) and rec.scope != EXISTING and not self._changes_due:
            # Once per event-loop turn: a replace (remove + add) or a macro redraws the halo once.
            self._changes_due = True
            QTimer.singleShot(0, self.update_changes)
        if rec.id in self.ctx.selection:
            self.update_selection()

    # ------------------------------------------------------------------ layers and overlays
    def set_kind_visible(self, kind: str, visible: bool) -> None:
        """Show or hide every item of a kind (Layers dock)."""
        if visible:
            self.ctx.hidden_kinds.discard(kind)
        else:
            self.ctx.hidden_kinds.add(kind)
        for rid, item in self._items.items():
            e = self.doc.get(rid)
            if isinstance(e, Entity) and kind == e.KIND:
                item.setVisible(self._visible(e))

    def _outline_path(self, ids: list[str]) -> QPainterPath:
        path = QPainterPath()
        for rid in ids:
            path.addPath(self._outline_piece(rid))
        return path

    def _outline_piece(self, rid: str) -> QPainterPath:
        """Return the outline of one record, kept while neither it nor a marked building changes.

        The changes halo joins the outlines of every entity of the option after each edit; making
        them again each time cost ~0.1 s at 10,000 plots.
        """
        e = self.doc.get(rid)
        marked = self.doc.get(e.building_id) if isinstance(e, _MARKS) else None
        cached = self._pieces.get(rid)
        if cached is not None and cached[0] is e and cached[1] is marked:
            return cached[2]
        piece = QPainterPath()
        if isinstance(e, AreaEntity):
            piece.addPolygon(polygon((*e.outline, e.outline[0])))
        elif isinstance(e, LineEntity):
            piece.addPath(polyline_path(e.route))
        elif isinstance(e, PointEntity):
            piece.addEllipse(e.position[0] - 1.0, e.position[1] - 1.0, 2.0, 2.0)
        elif isinstance(marked, AreaEntity):
            piece.addPolygon(polygon((*marked.outline, marked.outline[0])))
        self._pieces[rid] = (e, marked, piece)
        return piece

    def update_selection(self) -> None:
        """Redraw the selection outline from the tool context's selection."""
        path = self._outline_path(list(self.ctx.selection))
        self.selection_halo.setPath(path)
        self.selection_line.setPath(path)

    def update_changes(self) -> None:
        """Redraw the halo around everything the shown option adds or changes."""
        self._changes_due = False
        wanted = [] if self.ctx.scope == EXISTING else [e.id for e in self.doc.entities(self.ctx.scope)]
        for rid in set(self._halo_items) - set(wanted):
            self.removeItem(self._halo_items.pop(rid)[1])
        pen = self.changes_halo.pen()
        for rid in wanted:
            piece = self._outline_piece(rid)
            shown = self._halo_items.get(rid)
            if shown is None:
                item = QGraphicsPathItem(piece, self.changes_halo)
                item.setPen(pen)
                self._halo_items[rid] = (piece, item)
            elif shown[0] is not piece:
                shown[1].setPath(piece)
                self._halo_items[rid] = (piece, shown[1])

    def changes_outline(self) -> QPainterPath:
        """Return the halo's outline as one path, in metres (what ``update_changes`` shows)."""
        path = QPainterPath()
        for piece, _item in self._halo_items.values():
            path.addPath(piece)
        return path

    def set_changes_highlighted(self, on: bool) -> None:
        """Show or hide the halo marking what the current option changes (Options dock)."""
        self.changes_halo.setVisible(on)

    def set_plot_colours(self, colours: dict[str, QColor] | None) -> None:
        """Fill plots with given colours (Standards overlay); None restores the normal fills."""
        from designer.canvas.styles import brush_for

        old = set(self._plot_fill)
        self._plot_fill = dict(colours or {})
        for rid in old | set(self._plot_fill):
            item = self._items.get(rid)
            e = self.doc.get(rid)
            if item is None or not isinstance(e, Entity):
                continue
            colour = self._plot_fill.get(rid)
            item.setBrush(QBrush(colour) if colour else brush_for(e.KIND, self.status_of(e)))  # type: ignore[attr-defined]

    def set_symbol_radius(self, radius_px: float) -> None:
        """Resize every point symbol (the view's zoom changed); their boxes move in the index too."""
        if abs(radius_px - SymbolItem.radius_px) < 0.25:
            return  # a smaller change is invisible: no pass over the items for it
        symbols = [item for item in self._items.values() if isinstance(item, SymbolItem)]
        for item in symbols:
            item.prepareGeometryChange()
        SymbolItem.radius_px = radius_px

    def set_failing(self, ids: set[str]) -> None:
        """Ring the given facilities in red (Standards overlay: facilities that fail a standard)."""
        self._failing = set(ids)
        for item in self._items.values():
            if isinstance(item, SymbolItem):
                flag = item.data(ID_ROLE) in self._failing
                if flag != item.failing:
                    item.failing = flag
                    item.update()

    # ------------------------------------------------------------------ hit tests
    def ids_at(self, x_m: float, y_m: float, radius_m: float) -> list[str]:
        """Return ids of visible entity items within ``radius_m`` of a point, topmost first (BSP)."""
        rect = QRectF(x_m - radius_m, y_m - radius_m, 2 * radius_m, 2 * radius_m)
        out = []
        for item in self.items(rect):
            rid = item.data(ID_ROLE)
            if rid is not None and item.isVisible():
                out.append(rid)
        return out


def _placement_of(project: Record) -> tuple[Any, ...]:
    return tuple(getattr(project, f, None) for f in ("crs_epsg", "crs_wkt", "origin_x_m", "origin_y_m"))


def _label_of(e: Entity, item: QGraphicsItem) -> tuple[str, float, float, float, float] | None:
    """Return the label of an entity: plot numbers centred in the plot, path names mid-route."""
    if isinstance(e, Plot) and e.number:
        r = item.boundingRect()  # in C++: cheaper than a Python pass over the outline
        return (e.number, r.center().x(), r.center().y(), r.width(), r.height())
    if isinstance(e, Path) and e.name:
        mid = e.route[len(e.route) // 2 - 1 : len(e.route) // 2 + 1]
        return (e.name, (mid[0][0] + mid[-1][0]) / 2, (mid[0][1] + mid[-1][1]) / 2, 0.0, 0.0)
    return None
