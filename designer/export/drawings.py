"""Drawing exporters: DXF for CAD, GeoPackage and GeoJSON for GIS (the walker's backends in designer.render)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from designer.export.request import Exporter, ExportRequest
    from designer.model.document import Document

__all__ = ["EXPORTERS", "HELP", "SUFFIXES"]


def _dxf(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.render.dxf import export_dxf
    from designer.render.profile import load_profile

    res = export_dxf(
        doc,
        out,
        mode=req.mode,
        option_id=req.option_id,
        profile=load_profile(req.layer_profile, scale_denominator=req.scale),
        paper_sizes=req.paper_sizes,
        local_coordinates=req.dxf_local,
        progress=req.report,
        project_dir=req.project_dir,
    )
    n = sum(res.summary.counts.values())
    layouts = ", ".join(res.layouts) or "none"
    line = f"{out}: DXF R2013, {n} entities on {len(res.summary.counts)} layers, layouts {layouts}; layer key {res.layer_key_path}"
    for image in res.images:
        line += f"\n  background image {image}"
    return line


def _gpkg(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.render.gis import export_gpkg
    from designer.render.profile import load_profile

    counts = export_gpkg(
        doc,
        out,
        mode=req.mode,
        option_id=req.option_id,
        profile=load_profile(req.layer_profile),
        progress=req.report,
    )
    crs = doc.project.crs_label or "no CRS: local metres, not placed on the earth"
    return f"{out}: GeoPackage ({crs}), {sum(counts.values())} features in {len(counts)} layers"


def _geojson(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.render.gis import export_geojson
    from designer.render.profile import load_profile

    n = export_geojson(
        doc,
        out,
        mode=req.mode,
        option_id=req.option_id,
        profile=load_profile(req.layer_profile),
        progress=req.report,
    )
    return f"{out}: GeoJSON (WGS 84), {n} features"


EXPORTERS: dict[str, Exporter] = {"dxf": _dxf, "gpkg": _gpkg, "geojson": _geojson}
HELP: dict[str, str] = {
    "dxf": "DXF R2013 for CAD (metres, project CRS, layer profile, A1/A3 layouts) and its layer key CSV",
    "gpkg": "GeoPackage: one layer per feature type in the project CRS, all attributes",
    "geojson": "GeoJSON (RFC 7946, WGS 84) of every feature with its attributes",
}
SUFFIXES: dict[str, str] = {"dxf": ".dxf", "gpkg": ".gpkg", "geojson": ".geojson"}
