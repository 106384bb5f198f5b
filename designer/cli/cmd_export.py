"""`jamii export FILE [--option ID | --existing-only | --all-options] [--dxf OUT] [--gpkg OUT] [--geojson OUT]`.

Extension point: ``EXPORTERS`` maps a format name to an exporter; each becomes an option
``--<format> OUT``. Another module adds formats without editing this one by defining, in
``designer/io/report_exports.py``, ``EXPORTERS: dict[str, Exporter]`` (and optionally
``HELP: dict[str, str]``); this command merges them at start-up. An exporter is
``func(doc, out_path, request) -> str``: it writes ``out_path`` (atomically) and returns a one-line
description of what it wrote; ``request`` is an :class:`ExportRequest` (mode, option, profile).
Domain errors (JamiiError) become one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.cli.common import load, resolve_option
from designer.cli.errors import CliError

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.project import Option

__all__ = ["EXPORTERS", "HELP", "ExportRequest", "Exporter", "all_exporters", "register"]


@dataclass(frozen=True)
class ExportRequest:
    """What to export, shared by every exporter.

    Attributes:
        mode: ``"existing"``, ``"option"`` or ``"all"`` (all options on status layers).
        option: the option in ``"option"`` mode (None otherwise).
        layer_profile: layer profile name or TOML path (drawing exporters).
        paper_sizes: paper layouts of the DXF (empty: model space only).
        dxf_local: DXF in local metres from the project origin instead of CRS coordinates.
    """

    mode: str
    option: Option | None
    layer_profile: str = "jamii-ncs"
    paper_sizes: tuple[str, ...] = ("A1", "A3")
    dxf_local: bool = False

    @property
    def option_id(self) -> str | None:
        return self.option.id if self.option else None


Exporter = Callable[["Document", Path, ExportRequest], str]


def _dxf(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.io.drawing.profile import load_profile
    from designer.io.dxf_export import export_dxf

    res = export_dxf(
        doc,
        out,
        mode=req.mode,
        option_id=req.option_id,
        profile=load_profile(req.layer_profile),
        paper_sizes=req.paper_sizes,
        local_coordinates=req.dxf_local,
    )
    n = sum(res.summary.counts.values())
    layouts = ", ".join(res.layouts) or "none"
    return f"{out}: DXF R2013, {n} entities on {len(res.summary.counts)} layers, layouts {layouts}; layer key {res.layer_key_path}"


def _gpkg(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.io.drawing.profile import load_profile
    from designer.io.gis_export import export_gpkg

    counts = export_gpkg(
        doc, out, mode=req.mode, option_id=req.option_id, profile=load_profile(req.layer_profile)
    )
    crs = f"EPSG:{doc.project.crs_epsg}" if doc.project.crs_epsg else "no CRS"
    return f"{out}: GeoPackage ({crs}), {sum(counts.values())} features in {len(counts)} layers"


def _geojson(doc: Document, out: Path, req: ExportRequest) -> str:
    from designer.io.drawing.profile import load_profile
    from designer.io.gis_export import export_geojson

    n = export_geojson(
        doc, out, mode=req.mode, option_id=req.option_id, profile=load_profile(req.layer_profile)
    )
    return f"{out}: GeoJSON (WGS 84), {n} features"


EXPORTERS: dict[str, Exporter] = {"dxf": _dxf, "gpkg": _gpkg, "geojson": _geojson}
HELP: dict[str, str] = {
    "dxf": "DXF R2013 for CAD (metres, project CRS, layer profile, A1/A3 layouts) and its layer key CSV",
    "gpkg": "GeoPackage: one layer per feature type in the project CRS, all attributes",
    "geojson": "GeoJSON (RFC 7946, WGS 84) of every feature with its attributes",
}


def all_exporters() -> tuple[dict[str, Exporter], dict[str, str]]:
    """Return the built-in exporters merged with those of ``designer.io.report_exports`` if it exists."""
    exporters, helps = dict(EXPORTERS), dict(HELP)
    try:
        extra = importlib.import_module("designer.io.report_exports")
    except ModuleNotFoundError as exc:
        if exc.name != "designer.io.report_exports":
            raise
        return exporters, helps
    exporters.update(getattr(extra, "EXPORTERS", {}))
    helps.update(getattr(extra, "HELP", {}))
    return exporters, helps


def register(subparsers: Any) -> None:
    exporters, helps = all_exporters()
    p = subparsers.add_parser(
        "export",
        help="write drawings, GIS files and reports of an option",
        description="Export an option (default: the first), the existing conditions, or all options.",
    )
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--option", metavar="ID", help="option id or name (default: the first option)")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--existing-only", action="store_true", help="export the existing conditions only")
    scope.add_argument(
        "--all-options", action="store_true", help="all options on one drawing, on layers -1 … -9"
    )
    for fmt in exporters:
        p.add_argument(f"--{fmt}", metavar="OUT", help=helps.get(fmt, f"write {fmt}"))
    p.add_argument(
        "--layer-profile",
        default="jamii-ncs",
        metavar="NAME|FILE",
        help="DXF layer profile (default jamii-ncs)",
    )
    p.add_argument(
        "--paper", default="A1,A3", help="paper layouts of the DXF, comma-separated (default A1,A3)"
    )
    p.add_argument(
        "--no-layouts",
        action="store_true",
        help="model space only (LibreCAD 2.2 draws paper-space sheets on top of the model)",
    )
    p.add_argument(
        "--dxf-local",
        action="store_true",
        help="DXF in local metres from the project origin (LibreCAD cannot print UTM southern northings)",
    )
    p.add_argument(
        "--strip-personal",
        metavar="OUT",
        help="also write a shareable copy of the project without names and phone numbers",
    )
    p.set_defaults(func=run, _exporters=exporters)


def run(args: argparse.Namespace) -> int:
    exporters: dict[str, Exporter] = args._exporters
    wanted = [(fmt, out) for fmt in exporters if (out := getattr(args, fmt.replace("-", "_"), None))]
    if not wanted and not args.strip_personal:
        raise CliError(
            "say what to write: " + ", ".join(f"--{f} OUT" for f in exporters) + " or --strip-personal OUT"
        )
    papers: tuple[str, ...] = ()
    if not args.no_layouts:
        papers = tuple(s.strip().upper() for s in args.paper.split(",") if s.strip())
        from designer.io.dxf_export import PAPER_SIZES_MM

        unknown = [s for s in papers if s not in PAPER_SIZES_MM]
        if unknown:
            raise CliError(f"unknown paper size {unknown[0]!r}; use {', '.join(PAPER_SIZES_MM)}")
    doc = load(args.file)
    if args.existing_only:
        if args.option:
            raise CliError("--option and --existing-only contradict each other")
        request = ExportRequest("existing", None, args.layer_profile, papers, args.dxf_local)
    elif args.all_options:
        if not doc.options:
            raise CliError("the project has no design options")
        request = ExportRequest("all", None, args.layer_profile, papers, args.dxf_local)
    else:
        request = ExportRequest(
            "option", resolve_option(doc, args.option), args.layer_profile, papers, args.dxf_local
        )
    for fmt, out in wanted:
        print(exporters[fmt](doc, Path(out), request))
    if args.strip_personal:
        from designer.io.privacy import write_shareable_copy

        write_shareable_copy(doc, args.strip_personal)
        print(f"{args.strip_personal}: shareable project copy without names and phone numbers")
    return 0
