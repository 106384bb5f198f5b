"""`jamii export FILE [--option ID | --existing-only | --all-options] [--<format> OUT ...]`.

Every ``--<format> OUT`` comes from the one exporter registry (:mod:`designer.export.registry`), the same
one the GUI's Export menu uses. Domain errors (JamiiError) become one line on stderr.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from designer.cli.common import load, resolve_option
from designer.cli.errors import CliError
from designer.export.registry import EXPORTERS, HELP, run_export
from designer.export.request import Exporter, ExportRequest
from designer.io.output_paths import check_output_paths

__all__ = ["register"]


def register(subparsers: Any) -> None:
    exporters, helps = EXPORTERS, HELP
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
        "--scale",
        type=int,
        metavar="N",
        help="DXF sheet scale 1:N (default: the layer profile's, 1:500); a larger site gets several sheets",
    )
    p.add_argument(
        "--no-layouts",
        action="store_true",
        help="model space only: what LibreCAD 2.2 prints (it cannot print paper-space layouts)",
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


def _paper_sizes(args: argparse.Namespace) -> tuple[str, ...]:
    """The DXF's paper layouts from --paper / --no-layouts, and --scale checked."""
    papers: tuple[str, ...] = ()
    if not args.no_layouts:
        papers = tuple(s.strip().upper() for s in args.paper.split(",") if s.strip())
        from designer.render.dxf import PAPER_SIZES_MM

        unknown = [s for s in papers if s not in PAPER_SIZES_MM]
        if unknown:
            raise CliError(f"unknown paper size {unknown[0]!r}; use {', '.join(PAPER_SIZES_MM)}")
    if args.scale is not None and not 50 <= args.scale <= 100_000:
        raise CliError(f"--scale {args.scale}: give the scale denominator, 50 to 100000 (e.g. 500 for 1:500)")
    return papers


def run(args: argparse.Namespace) -> int:
    exporters: dict[str, Exporter] = args._exporters
    wanted = [(fmt, out) for fmt in exporters if (out := getattr(args, fmt.replace("-", "_"), None))]
    if not wanted and not args.strip_personal:
        raise CliError(
            "say what to write: " + ", ".join(f"--{f} OUT" for f in exporters) + " or --strip-personal OUT"
        )
    papers = _paper_sizes(args)
    check_output_paths({"FILE": args.file}, _outputs(wanted, args.strip_personal))
    doc = load(args.file)
    if args.existing_only:
        if args.option:
            raise CliError("--option and --existing-only contradict each other")
        request = ExportRequest(
            "existing", None, args.layer_profile, papers, args.dxf_local, scale=args.scale
        )
    elif args.all_options:
        if not doc.options:
            raise CliError("the project has no design options")
        request = ExportRequest("all", None, args.layer_profile, papers, args.dxf_local, scale=args.scale)
    else:
        request = ExportRequest(
            "option",
            resolve_option(doc, args.option),
            args.layer_profile,
            papers,
            args.dxf_local,
            scale=args.scale,
        )
    request = replace(request, project_dir=Path(args.file).resolve().parent)
    for fmt, out in wanted:
        print(run_export(fmt, doc, Path(out), request))
    if args.strip_personal:
        from designer.io.project_file import write_shareable_copy

        write_shareable_copy(doc, args.strip_personal)
        print(f"{args.strip_personal}: shareable project copy without names and phone numbers")
    return 0


def _outputs(wanted: list[tuple[str, str]], strip_personal: str | None) -> dict[str, Path]:
    """Every file the run writes, by the option that names it (with the files written beside some)."""
    out: dict[str, Path] = {}
    for fmt, path_text in wanted:
        path = Path(path_text)
        out[f"--{fmt}"] = path
        if fmt == "csv":
            out["--csv (its -summary.csv)"] = path.with_name(path.stem + "-summary.csv")
        elif fmt == "dxf":
            out["--dxf (its .layers.csv key)"] = path.with_suffix(".layers.csv")
    if strip_personal:
        out["--strip-personal"] = Path(strip_personal)
    return out
