"""The one base-survey import used by ``jamii import-base`` and the GUI import dialog.

:func:`import_survey` reads a DXF or GIS source (CRS parsed and checked, see ``designer.io.crs``),
turns it into model records in the project's local metres, optionally derives plots from the
building footprints, and returns an :class:`ImportResult`: the new project record, the records to
add, where the data landed and the lines to tell the user (the first one a summary that adds up).
Nothing here changes a Document: the CLI saves a new one, the GUI pushes one undo step.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.io.errors import ImportBaseError

if TYPE_CHECKING:
    from designer.io.crs import Landing
    from designer.io.gis_import import BaseSurvey
    from designer.io.source_attributes import FieldMapping
    from designer.model.document import Document
    from designer.model.project import ProjectInfo
    from designer.model.records import Record

__all__ = [
    "DXF_SUFFIXES",
    "GIS_SUFFIXES",
    "ImportRequest",
    "ImportResult",
    "import_survey",
    "read_base_survey",
]

GIS_SUFFIXES = frozenset(
    {".geojson", ".json", ".shp", ".gpkg", ".csv", ".fgb", ".kml", ".gml", ".zip", ".osm", ".pbf"}
)
DXF_SUFFIXES = frozenset({".dxf"})


@dataclass(frozen=True)
class ImportRequest:
    """What to import and how (the CLI's options; the GUI fills the same).

    Attributes:
        source: the DXF or GIS file.
        crs: the source's CRS as the user wrote it (EPSG/ESRI code, PROJ, WKT, .prj path) or None.
        mapping: layer name → kind overrides (``ignore`` drops a layer).
        layer: GIS: read only this layer.
        force_kind: GIS: every feature is of this kind (``--as``).
        units: DXF drawing units when ``$INSUNITS`` is wrong.
        plots_from_footprints: derive plots from the imported buildings.
        blocks: street blocks for plots from footprints (GIS file), None to approximate them.
        blocks_crs: the blocks file's CRS when it does not say.
        fields: a mapping file's source field → attribute and value words.
        sliver_m2: areas below this are reported as slivers, not imported.
        near: "LAT,LON" where the data should land (cross-checks a first import), or None.
        country: ISO 3166 code (or name) of the country the data should land in, or None.
        max_distance_km: data landing further than this from the project (its drawing, origin or
            imagery, ``near``, ``country``) is refused.
        project_dir: the project file's folder (to find its imagery), None if not saved yet.
    """

    source: Path
    crs: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    layer: str | None = None
    force_kind: str | None = None
    units: str | None = None
    plots_from_footprints: bool = False
    blocks: Path | None = None
    blocks_crs: str | None = None
    fields: FieldMapping | None = None
    sliver_m2: float = 1.0
    near: str | None = None
    country: str | None = None
    max_distance_km: float = 50.0
    project_dir: Path | None = None


@dataclass
class ImportResult:
    """What an import adds: the new project record, the records, where it landed, lines for the user."""

    project: ProjectInfo
    records: list[Record]
    survey: BaseSurvey
    landing: Landing | None
    lines: list[str]
    mapping_used: dict[str, str]

    def counts(self) -> Counter[str]:
        return Counter(r.KIND for r in self.records)

    def preview_lines(self, fields: FieldMapping | None = None) -> list[str]:
        """What the import would create, for ``--dry-run`` and the dialog's preview: kinds per layer and
        each source field with the attribute it maps to (or "kept as tag")."""
        from designer.io.gis_import import guess_fields

        out = []
        per_layer = Counter((f.layer, f.kind) for f in self.survey.features)
        for layer in sorted(set(self.mapping_used) | set(self.survey.fields)):
            kind = self.mapping_used.get(layer, "kinds from tags")
            n = sum(c for (lay, _), c in per_layer.items() if lay == layer)
            kinds = ", ".join(f"{c} {k}" for (lay, k), c in sorted(per_layer.items()) if lay == layer)
            out.append(f"layer {layer}: {kinds or 'nothing'}" + ("" if n else f" (mapped to {kind})"))
            names = self.survey.fields.get(layer, [])
            if names:
                user = fields.fields if fields else {}
                guessed = guess_fields(names)
                nested = ("tags", "other_tags")
                mapped = [
                    f"{n} → "
                    + (
                        "OSM tags, each read"
                        if n.lower() in nested
                        else user.get(n) or guessed.get(n) or "kept as tag"
                    )
                    for n in names
                ]
                out.append("  fields: " + "; ".join(mapped))
        return out


def read_base_survey(request: ImportRequest, project: ProjectInfo, mapping_out: dict[str, str]) -> BaseSurvey:
    """Read the request's source into a BaseSurvey in the project's CRS (or one chosen from the data).

    Raises:
        ImportBaseError: unknown kind of file, bad CRS, misplaced data, nothing to import.
        InputFileError: the file is refused before parsing (not a regular file, too large, absurd values).
    """
    from designer.io.crs import parse_crs, project_crs
    from designer.io.file_limits import check_import_source

    # Caps before any parser opens the file (FIFOs, sizes, DXF entity counts): the CLI and the GUI alike.
    check_import_source(request.source)
    source = Path(request.source)
    suffix = source.suffix.lower()
    source_crs = parse_crs(request.crs) if request.crs else None
    target = project_crs(project)
    if suffix in DXF_SUFFIXES:
        from designer.io.dxf_import import read_dxf

        return read_dxf(
            source,
            target_crs=target,
            source_crs=source_crs,
            mapping=request.mapping,
            units=request.units,
            mapping_out=mapping_out,
        )
    if suffix in GIS_SUFFIXES or source.is_dir():
        from designer.io.gis_import import read_gis

        return read_gis(
            source,
            target_crs=target,
            source_crs=source_crs,
            mapping=request.mapping,
            layer=request.layer,
            force_kind=request.force_kind,
            mapping_out=mapping_out,
        )
    raise ImportBaseError(
        f"{source}: unknown kind of file; Jamii reads DXF and GIS files (GeoJSON, Shapefile, GeoPackage, CSV)"
    )


def import_survey(
    doc: Document,
    request: ImportRequest,
    mapping_out: dict[str, str] | None = None,
    fields_out: dict[str, list[str]] | None = None,
) -> ImportResult:
    """Read the request's source and return what adding it to ``doc`` means (``doc`` is not changed).

    See :func:`_import_survey`; the garbage collector is paused meanwhile (see ``gc_paused``).
    """
    from designer.gc_pause import gc_paused

    with gc_paused():
        return _import_survey(doc, request, mapping_out, fields_out)


def _import_survey(
    doc: Document,
    request: ImportRequest,
    mapping_out: dict[str, str] | None = None,
    fields_out: dict[str, list[str]] | None = None,
) -> ImportResult:
    """Read the request's source and return what adding it to ``doc`` means (``doc`` is not changed).

    Args:
        doc: the open project.
        request: the source and options.
        mapping_out: filled with the layer → kind mapping used, also when the import fails.
        fields_out: filled with the source's field names per layer.

    Raises:
        ImportBaseError: anything wrong with the source or the options.
    """
    import shapely

    from designer.io.country import choose_currency
    from designer.io.crs import crs_fields, crs_label, landing
    from designer.io.gis_import import survey_records
    from designer.model.entities import Entity

    used = mapping_out if mapping_out is not None else {}
    project = doc.project
    survey = read_base_survey(request, project, used)
    checked = cross_check_placement(doc, survey, request)
    if fields_out is not None:
        fields_out.update(survey.fields)
    has_entities = any(isinstance(r, Entity) for r in doc.records())
    bounds = tuple(shapely.total_bounds([f.geometry for f in survey.features]).tolist())
    origin = _origin(project, survey, bounds, has_entities)
    lines: list[str] = []
    if project.crs_epsg is None and not project.crs_wkt and survey.crs is not None and has_entities:
        lines.append(
            f"note: the project had no CRS; its existing drawing is now read as {crs_label(survey.crs)}"
        )
    if survey.crs is not None:
        epsg, wkt = crs_fields(survey.crs)
        project = dataclasses.replace(project, crs_epsg=epsg, crs_wkt=wkt)
    project = dataclasses.replace(project, origin_x_m=origin[0], origin_y_m=origin[1])
    skipped_on_read = len(survey.skipped)
    records, notes = survey_records(survey, origin, fields=request.fields, sliver_m2=request.sliver_m2)
    notes += checked
    imported = len(records)
    records, more_notes = _fit_ids_and_scopes(doc, records, survey.options)
    notes += more_notes
    derived = 0
    if request.plots_from_footprints:
        before = len(records)
        records, more = plots_from_footprint_records(doc, records, request, project)
        derived = len(records) - before
        notes += more
    landed = landing(survey.crs, (bounds[0], bounds[1], bounds[2], bounds[3]))
    currency_lines: list[str] = []
    if landed is not None:  # the currency of the data's country, unless one was chosen (designer.io.country)
        project, currency_lines = choose_currency(project, landed.lon, landed.lat, has_drawing=has_entities)
    head = _summary(request, survey, records, origin, landed)
    tally = f"read {len(survey.features) + skipped_on_read} features: added {imported}"
    if survey.skipped:
        tally += f", skipped {len(survey.skipped)}"
    if survey.slivers:
        tally += f", left out {survey.slivers} slivers"
    if survey.repeats:
        tally += f", left out {survey.repeats} repeats"
    lines[:0] = [head, tally] + ([f"derived {derived} plots from the building footprints"] if derived else [])
    lines += currency_lines
    lines += [f"note: {n}" for n in (*survey.notes, *notes)]
    lines += _skipped_lines(survey.skipped)
    return ImportResult(project, records, survey, landed, lines, dict(used))


def _origin(
    project: ProjectInfo, survey: BaseSurvey, bounds: tuple[float, ...], has_entities: bool
) -> tuple[float, float]:
    """The project origin: kept once set; a Jamii drawing's own; else the data's corner on a 100 m grid."""
    origin = (project.origin_x_m, project.origin_y_m)
    if has_entities or origin != (0.0, 0.0):
        return origin
    if survey.origin is not None:
        return survey.origin  # a Jamii drawing: keep its project's origin, so local metres match
    if survey.crs is not None:
        return (math.floor(bounds[0] / 100.0) * 100.0, math.floor(bounds[1] / 100.0) * 100.0)
    return origin


def _summary(
    request: ImportRequest,
    survey: BaseSurvey,
    records: list[Record],
    origin: tuple[float, float],
    landed: Any,
) -> str:
    from designer.io.crs import crs_label

    counts = Counter(r.KIND for r in records)
    what = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(counts.items())) or "nothing"
    crs = crs_label(survey.crs) if survey.crs is not None else "local metres (no CRS)"
    where = f"; {landed.describe()}" if landed else ""
    return f"added {what} from {Path(request.source).name} ({crs}, origin {origin[0]:.0f}, {origin[1]:.0f}){where}"


def _skipped_lines(skipped: list[tuple[str, str]]) -> list[str]:
    """Every skipped feature named, grouped by reason."""
    by_reason: dict[str, list[str]] = {}
    for name, why in skipped:
        by_reason.setdefault(why, []).append(name)
    return [f"skipped ({why}): {', '.join(names)}" for why, names in by_reason.items()]


def _remapped_references(rec: Record, renamed: dict[str, str], known: set[str]) -> tuple[dict[str, Any], int]:
    """Changes that point ``rec``'s references at renamed ids, or blank those to records not known."""
    changes: dict[str, Any] = {}
    lost = 0
    for name in rec.REFERENCES:
        value = getattr(rec, name)
        if isinstance(value, str) and value:
            target = renamed.get(value, value)
            if target not in known:
                target = ""
                lost += 1
            if target != value:
                changes[name] = target
        elif isinstance(value, tuple):
            mapped = tuple(renamed.get(v, v) for v in value)
            kept = tuple(v for v in mapped if v in known)
            lost += len(mapped) - len(kept)
            if kept != value:
                changes[name] = kept
    return changes, lost


def _fit_ids_and_scopes(
    doc: Document, records: list[Record], options: list[dict[str, Any]]
) -> tuple[list[Record], list[str]]:
    """Records a Jamii drawing carries keep their ids and scopes: add the options they belong to;
    give new ids where the project already has the id; blank references to records not there."""
    from designer.model.entities import Entity
    from designer.model.project import Option
    from designer.model.records import EXISTING, new_id

    notes: list[str] = []
    have = {r.id for r in doc.records()}
    new_options: list[Record] = []
    for o in options:
        if o["id"] not in have:
            new_options.append(Option(id=str(o["id"]), name=str(o["name"])))
            have.add(str(o["id"]))
    renamed = {r.id: new_id(type(r).ID_PREFIX) for r in records if r.id in have}
    known = have | {renamed.get(r.id, r.id) for r in records}
    fixed: list[Record] = []
    blanked = 0
    for rec in records:
        changes, lost = _remapped_references(rec, renamed, known)
        blanked += lost
        if rec.id in renamed:
            changes["id"] = renamed[rec.id]
        if isinstance(rec, Entity) and rec.scope != EXISTING and rec.scope not in known:
            changes["scope"] = EXISTING
        fixed.append(dataclasses.replace(rec, **changes) if changes else rec)
    if renamed:
        notes.append(f"{len(renamed)} records got new ids (the project already has theirs)")
    if blanked:
        notes.append(f"{blanked} references to records not in the project were left empty")
    return new_options + fixed, notes


def _street_blocks(
    polys: list[Any], request: ImportRequest, project: ProjectInfo
) -> tuple[list[Any], list[str]]:
    """Street blocks (local metres) from the request's blocks file, else drawn around groups of buildings."""
    import shapely

    from designer.io.crs import parse_crs, project_crs
    from designer.io.footprints import blocks_around_buildings
    from designer.io.gis_import import read_gis

    if request.blocks is not None:
        blocks_survey = read_gis(
            request.blocks,
            target_crs=project_crs(project),
            source_crs=parse_crs(request.blocks_crs) if request.blocks_crs else None,
            force_kind="plot",
        )
        ox, oy = project.origin_x_m, project.origin_y_m
        return [shapely.affinity.translate(f.geometry, -ox, -oy) for f in blocks_survey.features], []
    blocks = blocks_around_buildings(polys)
    return blocks, [
        f"no street blocks given (--blocks): {len(blocks)} approximate blocks drawn 6 m around groups of buildings"
    ]


def _per_plot_notes(per_plot: Counter[int]) -> list[str]:
    """How many buildings each derived plot holds, and a warning where a plot holds several."""
    if not per_plot:
        return []
    spread = ", ".join(f"{n} with {k}" for k, n in sorted(per_plot.items()))
    notes = [f"buildings per derived plot: {spread}"]
    shared = sum(n for k, n in per_plot.items() if k > 1)
    if shared:
        notes.append(
            f"warning: {shared} derived plots hold several buildings (a footprint drawn inside another: "
            "a duplicate or an extension, or a block too intricate to split); check them on the plan"
        )
    return notes


def plots_from_footprint_records(
    doc: Document, records: list[Record], request: ImportRequest, project: ProjectInfo
) -> tuple[list[Record], list[str]]:
    """Derive one plot per building (cluster) from the imported footprints; link buildings to their plots."""
    import numpy as np
    import shapely

    from designer.io.footprints import plots_from_footprints
    from designer.model.entities import Building, Plot
    from designer.model.geometry import deferred_validation

    buildings = [r for r in records if isinstance(r, Building)]
    if not buildings:
        raise ImportBaseError("plots from footprints need buildings, and the source has none")
    # All outlines in one shapely call (rings closed by shapely), not one Polygon each.
    xy = np.array([p for b in buildings for p in b.outline], dtype=float)
    ring_of = np.repeat(np.arange(len(buildings)), [len(b.outline) for b in buildings])
    polys = list(shapely.polygons(shapely.linearrings(xy, indices=ring_of)))
    blocks, notes = _street_blocks(polys, request, project)
    derived = plots_from_footprints(polys, blocks)
    start = sum(1 for _ in doc.of_type(Plot)) + 1
    plot_of: dict[int, str] = {}
    per_plot: Counter[int] = Counter()
    plots = _derived_plot_records(derived, start)
    for fp, plot in zip(derived, plots, strict=True):
        if plot is None:
            continue
        per_plot[len(fp.building_indices)] += 1
        for i in fp.building_indices:
            plot_of[i] = plot.id
    failed = plots.count(None)
    by_id = {b.id: i for i, b in enumerate(buildings)}
    out: list[Record] = []
    with deferred_validation():  # the buildings' outlines are known good: one bulk check, not one each
        for r in records:
            j = by_id.get(r.id)
            if isinstance(r, Building) and j is not None and j in plot_of:
                out.append(dataclasses.replace(r, plot_id=plot_of[j]))
            else:
                out.append(r)
    notes += _per_plot_notes(per_plot)
    unplaced = len(buildings) - len(plot_of)
    if unplaced:
        notes.append(f"{unplaced} buildings lie in no street block and got no plot")
    if failed:
        notes.append(f"{failed} derived plots had unusable outlines and were left out")
    return out + [p for p in plots if p is not None], notes


def _derived_plot_records(derived: list[Any], start: int) -> list[Record | None]:
    """One Plot per derived outline, numbered from ``start``; None where the outline is unusable.

    The outlines are validated together (vectorised); only when that fails is each one checked alone.
    """
    import numpy as np
    import shapely

    from designer.io.gis_import import refused_outlines
    from designer.model.entities import Plot
    from designer.model.errors import InvalidRecordError
    from designer.model.geometry import deferred_validation
    from designer.model.records import new_id

    outlines = shapely.remove_repeated_points([fp.polygon for fp in derived], 0.02)
    # Every ring's vertices in one call, then cut per plot (each ring without its closing point).
    xy, ring_of = shapely.get_coordinates(shapely.get_exterior_ring(outlines), return_index=True)
    ends = np.cumsum(np.bincount(ring_of, minlength=len(outlines))).tolist()
    vertices = list(map(tuple, xy.tolist()))
    plots: list[Record | None] = []
    try:
        with deferred_validation() as pending:
            for n, (first, end) in enumerate(zip([0, *ends[:-1]], ends, strict=True), start):
                plots.append(
                    Plot(
                        id=new_id("plot"),
                        outline=tuple(vertices[first : end - 1]),
                        number=str(n),
                        note="derived from building footprints",
                    )
                )
    except InvalidRecordError:
        refused = refused_outlines(pending)
        plots = [None if p is not None and p.id in refused else p for p in plots]
    return plots


def cross_check_placement(doc: Document, survey: BaseSurvey, request: ImportRequest) -> list[str]:
    """Check the survey lands near what the project knows (its drawing, origin or imagery) and near
    the request's ``near``/``country``; return notes saying what it was checked against.

    Raises:
        CrsPlacementError: the data lands further than ``request.max_distance_km`` from any of them.
        ImportBaseError: ``near`` or ``country`` cannot be read.
    """
    from designer.io.placement import country_anchor, cross_check, near_anchor, parse_near, project_anchor

    anchors = [
        project_anchor(doc, request.project_dir),
        near_anchor(*parse_near(request.near)) if request.near else None,
        country_anchor(request.country) if request.country else None,
    ]
    given = [a for a in anchors if a is not None]
    if not given:
        return cross_check(survey.placements, None, request.source, request.max_distance_km)
    return [
        n for a in given for n in cross_check(survey.placements, a, request.source, request.max_distance_km)
    ]
