"""PDF plan-sheet backend of the drawing walker: the option drawn to scale with legend, north arrow, scale bar
and title block (A3 or A1 landscape), from the same model walk as the DXF and GeoPackage exports.

The backend turns the walker's primitives into plain :class:`costing.report.data.PlanDrawing` data (local
metres, layer styles from the layer profile), so that ``costing.report`` can draw it on its own sheet, as the
plan appendix of the bill of quantities and on the workshop poster without importing ``designer``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.render.primitives import (
    DrawingSummary,
    Hatch,
    Label,
    LinearDimension,
    PlanInfo,
    Shape,
    Symbol,
)
from designer.render.walker import LabelWords

if TYPE_CHECKING:
    from costing.report.data import PlanDrawing, PlanShape, PlanStyle
    from costing.report.locale import ReportLocale
    from designer.model.document import Document
    from designer.render.profile import LayerSpec

__all__ = ["LocalLabelWords", "PlanPdfBackend", "export_plan_pdf", "plan_drawing", "plan_locale"]

# Fills on paper by feature and status: what makes a plan readable in a workshop (the DXF has no fills).
_FILLS: dict[tuple[str, str], str] = {
    ("building", "E"): "#e4e4e4",
    ("building", "N"): "#f6cf9c",
    ("building", "M"): "#f3e3a6",
    ("hazard", "E"): "#d6ecf8",
    ("hazard", "N"): "#d6ecf8",
    ("road", "E"): "#dedede",
    ("road", "N"): "#cfcfcf",
    ("footpath", "E"): "#efe7d6",
    ("footpath", "N"): "#e9d8b4",
    ("drain_open", "N"): "#bfe0f2",
}
_SYMBOLS = {
    "JM_STANDPIPE": ("tap", "#1565c0"),
    "JM_KIOSK": ("tap", "#0d47a1"),
    "JM_TANK": ("tap", "#0d47a1"),
    "JM_TOILET": ("toilet", "#6a1b9a"),
    "JM_MANHOLE": ("manhole", "#5d4037"),
    "JM_STREETLIGHT": ("light", "#f9a825"),
    "JM_SUPPLY": ("square", "#0d47a1"),
    "JM_LEVEL": ("dot", "#616161"),
}


def _dash_mm(linetype: str) -> tuple[float, ...]:
    """The on/off lengths (paper mm) of a layer's linetype, from the same table the DXF defines."""
    from designer.render.profile import linetypes

    lt = linetypes().get(linetype.upper())
    # reportlab draws alternating on/off lengths: a dot (0) becomes a short 0.3 mm dash.
    return () if lt is None else tuple(abs(v) or 0.3 for v in lt.pattern_mm)


def _rgb_hex(aci: int) -> str:
    """Return the paper colour of an AutoCAD colour index, darkened where it would vanish on white."""
    from ezdxf.colors import aci2rgb

    if aci == 7:
        return "#000000"
    r, g, b = aci2rgb(aci)
    lum = 0.299 * r + 0.587 * g + 0.114 * b
    if lum > 170:  # yellow, cyan, light greys: darken for print
        r, g, b = (int(c * 0.62) for c in (r, g, b))
    return f"#{r:02x}{g:02x}{b:02x}"


class LocalLabelWords(LabelWords):
    """The plan's labels in a report language, numbers written as that language writes them."""

    def __init__(self, loc: ReportLocale) -> None:
        self.loc = loc

    def _n(self, value: float, decimals: int) -> str:
        from decimal import Decimal

        return self.loc.number(Decimal(f"{value:.{decimals}f}"), decimals)

    def drain(self, kind: str, width_mm: float) -> str:
        kind_word = self.loc.text(f"drain_{kind}") if kind in ("open", "covered", "piped") else kind
        return self.loc.text("label_drain", kind=kind_word, width_mm=self._n(width_mm, 0))

    def invert(self, il1_m: float, il2_m: float, grade_1_in: float | None, uphill: bool) -> str:
        if grade_1_in is None:
            grade = self.loc.text("label_level")
        else:
            grade = self.loc.text("label_grade_uphill" if uphill else "label_grade", n=self._n(grade_1_in, 0))
        return " " + self.loc.text("label_invert", il1=self._n(il1_m, 2), il2=self._n(il2_m, 2), grade=grade)

    def improve(self, works: list[str], extra_rooms: int) -> str:
        named = [self.loc.text(f"work_{w}") for w in works]
        if extra_rooms == 1:
            named.append(self.loc.text("work_room"))
        elif extra_rooms:
            named.append(self.loc.text("work_rooms", n=extra_rooms))
        return self.loc.text("label_improve", works=", ".join(named))


def plan_locale(doc: Document) -> ReportLocale:
    """The words and number format of a project's plan sheet: the project's language (English if unset)."""
    from costing.report.locale import report_locale

    project = doc.project
    return report_locale(project.language or "en", project.unit_labels or "nrm")


@dataclass
class PlanPdfBackend:
    """Collects the walker's primitives as plain plan data; ``drawing`` is ready after ``finish``."""

    title: str = ""
    drawing_no: str = ""
    date: str = ""
    locale: ReportLocale | None = None  # the sheet's words (None: English)
    shapes: list[PlanShape] = field(default_factory=list)
    styles: dict[str, PlanStyle] = field(default_factory=dict)
    drawing: PlanDrawing | None = None
    _origin: tuple[float, float] = (0.0, 0.0)
    _plan: PlanInfo | None = None
    _label_mm: float = 2.5

    def begin(self, plan: PlanInfo) -> None:
        self._plan = plan
        self._origin = plan.origin
        self._label_mm = plan.profile.label_height_mm
        self.shapes, self.styles, self.drawing = [], {}, None

    def _style(self, layer: str, feature: str, status: str, *, symbol: str = "", colour: str = "") -> str:
        from costing.report.data import PlanStyle

        if layer in self.styles:
            return layer
        assert self._plan is not None
        spec: LayerSpec | None = self._plan.profile.layers.get(layer)
        if spec is None:  # option-digit layers are derived from the profile's N layers
            spec = self._derived_spec(layer)
        stroke = colour or (_rgb_hex(spec.aci) if spec is not None else "#000000")
        fill = _FILLS.get((feature, status if status in "ENDM" else "N"))
        if symbol:
            fill = colour
        self.styles[layer] = PlanStyle(
            key=layer,
            label=self._legend_label(feature, status, spec.description if spec is not None else layer),
            stroke=stroke,
            fill=fill,
            width_mm=max((spec.lineweight if spec is not None else 25) / 100.0, 0.09),
            dash_mm=_dash_mm(spec.linetype if spec is not None else ""),
            symbol=symbol,
            size_mm=3.0 if symbol else self._label_mm,
            legend=feature not in ("text", "label"),
        )
        return layer

    def _legend_label(self, feature: str, status: str, description: str) -> str:
        """The legend's words for a layer: the layer key's description in English, else "<feature>, <status>"."""
        loc = self.locale
        if loc is None or loc.language == "en":
            return description
        from costing.report.errors import ReportError

        try:
            return loc.text(
                "legend_entry",
                feature=loc.text(f"feature_{feature}"),
                status=loc.text(f"status_{status if status in 'ENDM' else 'N'}"),
            )
        except ReportError:  # a feature the strings do not name yet: the layer key's own words
            return description

    def _derived_spec(self, layer: str) -> LayerSpec | None:
        assert self._plan is not None
        layers = self._plan.profile.layers
        for suffix_len in (2, 7):
            base = layer[:-suffix_len] if len(layer) > suffix_len else layer
            for cand in (base + "-N", base + "-D", base + "-M", base):
                if cand in layers:
                    return layers[cand]
        return None

    def _local(self, pts: Any) -> tuple[tuple[float, float], ...]:
        ox, oy = self._origin
        return tuple((float(x) - ox, float(y) - oy) for x, y in pts)

    def shape(self, shape: Shape) -> None:
        from costing.report.data import PlanShape

        key = self._style(shape.layer, shape.feature, shape.status)
        width = (
            float(getattr(shape.record, "width_m", 0.0) or 0.0)
            if shape.feature in ("road", "footpath")
            else 0.0
        )
        self.shapes.append(
            PlanShape("area" if shape.closed else "line", key, self._local(shape.points), width_m=width)
        )

    def symbol(self, symbol: Symbol) -> None:
        from costing.report.data import PlanShape

        sym, colour = _SYMBOLS.get(symbol.block, ("dot", "#000000"))
        key = self._style(symbol.layer, symbol.feature, symbol.status, symbol=sym, colour=colour)
        self.shapes.append(PlanShape("point", key, self._local([(symbol.x, symbol.y)])))

    def label(self, label: Label) -> None:
        from costing.report.data import PlanShape

        key = self._style(label.layer, "label", "N")
        self.shapes.append(PlanShape("text", key, self._local([(label.x, label.y)]), text=label.text))

    def hatch(self, hatch: Hatch) -> None:
        """Hatches are drawn as the fill of their building; the outline carries it on paper."""

    def dimension(self, dim: LinearDimension) -> None:
        """Dimensions belong to the engineering DXF; the workshop plan leaves them out."""

    def _sheet_title(self, summary: DrawingSummary, loc: ReportLocale) -> str:
        """The drawing's title: "Option k: name" or "Existing conditions", in the sheet's language."""
        assert self._plan is not None
        sheet = summary.sheets[0] if summary.sheets else None
        if sheet is None or sheet.option_id is None:
            return loc.text("plan_title_existing")
        names = dict(zip(self._plan.option_ids, self._plan.option_names, strict=False))
        return loc.text(
            "plan_title_option", k=sheet.drawing_no or sheet.number, name=names.get(sheet.option_id, "")
        )

    def finish(self, summary: DrawingSummary) -> None:
        from costing.report.data import PlanDrawing, TitleBlock
        from costing.report.locale import report_locale

        assert self._plan is not None
        plan = self._plan
        project = plan.project
        loc = self.locale or report_locale("en")
        option = ", ".join(plan.option_names) or loc.text("plan_existing")
        ext = None
        if summary.extents is not None:
            x0, y0, x1, y1 = summary.extents
            ox, oy = self._origin
            pad = max(x1 - x0, y1 - y0) * 0.03
            ext = (x0 - ox - pad, y0 - oy - pad, x1 - ox + pad, y1 - oy + pad)
        # Legend order: areas first, then lines, then points (the order the walker drew them).
        self.drawing = PlanDrawing(
            shapes=tuple(self.shapes),
            styles=tuple(self.styles.values()),
            title=TitleBlock(
                project=f"{project.name}" + (f", {project.place}" if project.place else ""),
                title=self.title or self._sheet_title(summary, loc),
                option=option,
                drawing_no=self.drawing_no or (f"JM-{plan.option_ids[0]}" if plan.option_ids else "JM-EX"),
                date=self.date,
                crs=loc.text(
                    "plan_local_origin",
                    crs=project.crs_label,
                    # Coordinates are written whole and ungrouped, as surveyors and GIS write them.
                    x=f"{plan.origin[0]:.0f}",
                    y=f"{plan.origin[1]:.0f}",
                )
                if project.crs_label
                else "",
                disclaimer=loc.text("plan_disclaimer"),
            ),
            extent=ext,
        )


def plan_drawing(
    doc: Document,
    option_id: str | None,
    *,
    date: str = "",
    project_dir: Path | None = None,
    notes: list[str] | None = None,
    locale: ReportLocale | None = None,
) -> PlanDrawing:
    """Walk the document (one option, or the existing conditions when ``option_id`` is None) into plan data.

    With ``project_dir`` (where relative image paths start) the visible imagery layers are printed under the
    plan; a layer whose file is missing is left out with a line in ``notes``. The title block, legend and
    labels are in ``locale``'s words (English when None: the bill's appendix for engineers).
    """
    import dataclasses

    from designer.render.imagery import plan_underlays
    from designer.render.walker import walk

    backend = PlanPdfBackend(date=date, locale=locale)
    words = LocalLabelWords(locale) if locale is not None and locale.language != "en" else None
    walk(doc, backend, mode="option" if option_id else "existing", option_id=option_id, words=words)
    assert backend.drawing is not None
    underlays, left_out = plan_underlays(doc, project_dir)
    if notes is not None:
        notes.extend(left_out)
    return dataclasses.replace(backend.drawing, underlays=underlays) if underlays else backend.drawing


def export_plan_pdf(
    doc: Document,
    option_id: str | None,
    out: str | Path,
    *,
    paper: str = "A3",
    date: str = "",
    project_dir: Path | None = None,
) -> int:
    """Write the plan sheet PDF of an option in the project's language; return the scale denominator (1:d)."""
    from costing.report.plan_sheet import render_plan_pdf

    loc = plan_locale(doc)
    drawing = plan_drawing(doc, option_id, date=date, project_dir=project_dir, locale=loc)
    return render_plan_pdf(drawing, out, paper=paper, locale=loc)
