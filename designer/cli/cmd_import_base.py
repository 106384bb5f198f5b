"""`jamii import-base FILE --from SOURCE …`: start a project from a base survey, or add one to it.

SOURCE is a DXF, a GIS file (GeoJSON, Shapefile, GeoPackage, CSV with WKT) or an image: a
georeferenced one (GeoTIFF, COG, JPEG2000) is placed by its own CRS and geotransform, a scan (PNG,
JPEG, TIFF) by two reference points (--ref1/--ref2). FILE is created when it does not exist; otherwise its
records are kept and the survey's are added. The project file is written atomically and only when
everything worked: on any error the existing file is untouched.
"""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.cli.errors import CliError

if TYPE_CHECKING:
    from designer.model.background import BackgroundImage
    from designer.model.document import Document

__all__ = ["import_base", "register"]

_IMAGE = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".jp2", ".j2k", ".gtiff", ".vrt", ".img"}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import-base",
        help="start or extend a project from a DXF, GIS file or image",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    p.add_argument("file", help="the .jamii project (created if it does not exist)")
    p.add_argument(
        "--from", dest="source", required=True, help="DXF, GeoJSON, Shapefile, GeoPackage, CSV (WKT) or image"
    )
    p.add_argument("--name", help="project name (new projects; default: the file name)")
    p.add_argument(
        "--crs",
        help="CRS of the source (EPSG/ESRI code, PROJ string, WKT or a .prj file); overrides the file's; "
        "for a DXF, the CRS of its coordinates",
    )
    p.add_argument(
        "--mapping",
        help="TOML file: [layers] NAME = plot|building|path|…|ignore; [fields] FIELD = number|land_use|…; "
        "[values.land_use] WORD = open_space|…",
    )
    p.add_argument(
        "--write-mapping", metavar="OUT", help="write the layer mapping used (guessed) for you to confirm"
    )
    p.add_argument("--layer", help="GIS: read only this layer")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would be created (kinds, fields and what they map to, CRS, where it lands); write nothing",
    )
    p.add_argument(
        "--sliver-m2",
        type=float,
        default=1.0,
        help="areas smaller than this (m²) are reported as slivers, not imported (default 1)",
    )
    p.add_argument("--as", dest="force_kind", help="GIS: every feature is of this kind (e.g. plot)")
    p.add_argument("--units", help="DXF: drawing units when $INSUNITS is wrong (m, mm, cm, ft, in, …)")
    p.add_argument(
        "--plots-from-footprints", action="store_true", help="derive plots from the imported buildings"
    )
    p.add_argument("--blocks", help="street blocks for --plots-from-footprints (GIS file or CSV with WKT)")
    p.add_argument(
        "--blocks-crs", help="CRS of the blocks file when it does not say (EPSG code, PROJ, WKT or .prj)"
    )
    p.add_argument(
        "--near",
        metavar="LAT,LON",
        help="where the data should land (decimal degrees, latitude first; write --near=-6.80,39.24 for a "
        "southern latitude): data landing further than --max-distance-km from here is refused",
    )
    p.add_argument(
        "--country",
        metavar="CC",
        help="ISO 3166 code (KE, TZ, DJI …) of the country the data should land in (checked like --near)",
    )
    p.add_argument(
        "--max-distance-km",
        type=float,
        default=50.0,
        help="refuse data landing further than this from the project's drawing, origin or imagery, "
        "--near or --country (default 50)",
    )
    p.add_argument("--ref1", help="image: PX,PY=X,Y — a pixel and its plan position (project CRS metres)")
    p.add_argument("--ref2", help="image: PX,PY=X,Y, or PX,PY with --distance-m")
    p.add_argument("--distance-m", type=float, help="image: ground distance between the two reference pixels")
    p.add_argument("--date", help="image: when it was taken (YYYY-MM-DD), when the file does not say")
    p.add_argument(
        "--currency",
        help="the project's currency (ISO 4217, e.g. DJF); default: kept if chosen, else the data's country's",
    )
    p.set_defaults(func=run)


def _pair(text: str, what: str) -> tuple[float, float]:
    try:
        a, b = (float(v) for v in text.split(","))
    except ValueError:
        raise CliError(f"{what} must be two numbers like 120,455; got {text!r}") from None
    if not (math.isfinite(a) and math.isfinite(b)):
        raise CliError(f"{what} must be finite numbers")
    return a, b


def _max_distance_km(value: float) -> float:
    if not (math.isfinite(value) and value > 0):
        raise CliError(f"--max-distance-km must be a positive number of kilometres, got {value}")
    return value


def _ref(text: str | None, what: str) -> tuple[tuple[float, float], tuple[float, float] | None]:
    if not text:
        raise CliError(f"an image needs {what} (PX,PY=X,Y)")
    px, _, world = text.partition("=")
    return _pair(px, f"{what} pixel"), (_pair(world, f"{what} position") if world else None)


def import_base(doc: Document, args: argparse.Namespace, project_path: Path) -> tuple[Document, list[str]]:
    """Return a new Document with the survey added (``doc`` is not changed) and lines to tell the user.

    Raises:
        JamiiError / CliError: anything wrong with the source or the options; nothing is written.
    """
    from designer.io.base_import import ImportRequest, import_survey
    from designer.io.gis_import import load_mapping, write_mapping
    from designer.model.document import Document as Doc

    source = Path(args.source)
    if getattr(args, "currency", None):
        doc = _with_currency(doc, args.currency)
    project = doc.project
    lines: list[str] = []
    if source.suffix.lower() in _IMAGE and not args.ref1:
        from designer.io.imagery import add_raster_layer

        added = add_raster_layer(doc, source, project_path, date=getattr(args, "date", None))
        kept = [r for r in doc.records() if r is not project]
        return Doc(added.project, [*kept, added.layer]), added.lines
    if source.suffix.lower() in _IMAGE:
        rec = _background(doc, source, args, project_path)
        new_doc = Doc(project, [*(r for r in doc.records() if r is not project), rec])
        corners = rec.corners_m()
        lines.append(
            f"added background image {source.name}: {rec.metres_per_pixel:.4f} m per pixel, "
            f"rotated {rec.rotation_deg:.1f}°, covering {math.dist(corners[0], corners[1]):.1f} × "
            f"{math.dist(corners[1], corners[2]):.1f} m"
        )
        return new_doc, lines
    mapping = load_mapping(args.mapping)
    request = ImportRequest(
        source=source,
        crs=args.crs,
        mapping=mapping.layers,
        fields=mapping.field_mapping(),
        sliver_m2=args.sliver_m2,
        layer=args.layer,
        force_kind=args.force_kind,
        units=args.units,
        plots_from_footprints=args.plots_from_footprints,
        blocks=Path(args.blocks) if args.blocks else None,
        blocks_crs=args.blocks_crs,
        near=args.near,
        country=args.country,
        max_distance_km=_max_distance_km(args.max_distance_km),
        project_dir=project_path.resolve().parent,
    )
    used_mapping: dict[str, str] = {}
    fields_seen: dict[str, list[str]] = {}
    try:
        result = import_survey(doc, request, used_mapping, fields_seen)
    finally:
        if args.write_mapping and used_mapping:
            write_mapping(used_mapping, args.write_mapping, fields_seen)
            lines.append(f"wrote the mapping used (layers and fields) to {args.write_mapping}")
    kept = [r for r in doc.records() if r is not doc.project]
    new_doc = Doc(result.project, [*kept, *result.records])
    new_doc.check_references()
    preview = result.preview_lines(request.fields) if args.dry_run else []
    library = _library_currency_lines(result.project)
    return new_doc, [*result.lines[:2], *preview, *lines, *result.lines[2:], *library]


def _with_currency(doc: Document, code: str) -> Document:
    """``doc`` with the currency given by ``--currency`` (a user's choice: no import changes it)."""
    from designer.io.country import set_currency_by_user
    from designer.model.document import Document as Doc

    try:
        project = set_currency_by_user(doc.project, code)
    except ValueError as exc:
        raise CliError(f"--currency: {exc}") from None
    return Doc(project, [r for r in doc.records() if r is not doc.project])


def _library_currency_lines(project: Any) -> list[str]:
    from designer.estimate.library import library_currency_note

    note = library_currency_note(project)
    return [note] if note else []


def _background(doc: Document, source: Path, args: argparse.Namespace, project_path: Path) -> BackgroundImage:
    from designer.io.errors import ImportBaseError
    from designer.model import background  # registers the record kind
    from designer.model.records import new_id

    try:
        from PIL import Image, UnidentifiedImageError

        with Image.open(source) as im:
            width, height = im.size
    except FileNotFoundError:
        raise ImportBaseError(f"{source}: no such file") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        # Pillow reports a broken header as any of these (a truncated PNG: ValueError).
        raise ImportBaseError(f"{source} is not an image Jamii can read ({exc})") from None
    except Image.DecompressionBombError:
        raise ImportBaseError(
            f"{source}: has more pixels than an image Jamii opens (a decompression bomb?)"
        ) from None
    ox, oy = doc.project.origin_x_m, doc.project.origin_y_m
    p1, w1 = _ref(args.ref1, "--ref1")
    p2, w2 = _ref(args.ref2, "--ref2")
    try:
        rel = os.path.relpath(source.resolve(), project_path.resolve().parent)
    except ValueError:  # another drive on Windows
        rel = str(source.resolve())
    path = rel if not rel.startswith("..") else str(source.resolve())
    if w1 is not None and w2 is not None:
        return background.BackgroundImage(
            id=new_id("bg"),
            path=path,
            width_px=width,
            height_px=height,
            name=source.stem,
            ref1_px=p1,
            ref1_m=(w1[0] - ox, w1[1] - oy),
            ref2_px=p2,
            ref2_m=(w2[0] - ox, w2[1] - oy),
        )
    if args.distance_m is None:
        raise CliError(
            "place the image by two known positions (--ref1 PX,PY=X,Y --ref2 PX,PY=X,Y) or a known --distance-m"
        )
    at = (w1[0] - ox, w1[1] - oy) if w1 is not None else (0.0, 0.0)
    return background.BackgroundImage.from_distance(
        id=new_id("bg"),
        path=path,
        width_px=width,
        height_px=height,
        name=source.stem,
        ref1_px=p1,
        ref2_px=p2,
        distance_m=args.distance_m,
        at_m=at,
    )


def run(args: argparse.Namespace) -> int:
    from designer.cli.common import program_name
    from designer.io.output_paths import check_output_paths
    from designer.io.project_edit import CLI_LOCK_WAIT_S
    from designer.io.project_file import read_project, save_project
    from designer.io.project_lock import ProjectLock
    from designer.model import background  # noqa: F401 - projects may hold background images
    from designer.model.document import Document
    from designer.model.project import ProjectInfo

    path = Path(args.file)
    if not path.parent.exists():
        raise CliError(f"{path.parent}: no such folder")
    check_output_paths({"--from": args.source}, {"FILE": path})
    with ProjectLock(path, program_name(args), wait_s=CLI_LOCK_WAIT_S):
        loaded = read_project(path) if path.exists() else None
        doc = loaded.doc if loaded else Document(ProjectInfo(name=args.name or path.stem))
        from shapely.errors import GEOSException

        try:
            new_doc, lines = import_base(doc, args, path)
        except UnicodeDecodeError as exc:  # a GDAL/ezdxf text field that is not in the file's encoding
            raise CliError(
                f"{args.source}: holds text that is not in its declared encoding ({exc.reason})"
            ) from None
        except GEOSException as exc:  # until the importer names the feature itself: at least one line
            raise CliError(f"{args.source}: holds a geometry GEOS cannot read ({exc})") from None
        if sum(1 for _ in new_doc.records()) <= sum(1 for _ in doc.records()):
            # An import that adds nothing is a failure to see (exit 2), not "added nothing" and exit 0.
            raise CliError(f"{args.source}: nothing could be imported ({lines[0]})")
        if args.dry_run:
            print(f"{path}: dry run, nothing written — the import would have " + lines[0])
            for line in lines[1:]:
                print(f"  {line}")
            return 0
        save_project(new_doc, path, expected=loaded.fingerprint if loaded else None)
    print(f"{path}: " + lines[0])
    for line in lines[1:]:
        print(f"  {line}")
    return 0
