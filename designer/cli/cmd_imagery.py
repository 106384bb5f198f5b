"""`jamii imagery …`: the project's georeferenced image layers — list, set, re-link, build overviews.

Add a layer with ``jamii import-base FILE --from ortho.tif``. ``list`` reports each layer's file as found,
missing or changed; ``relink`` points a layer at its moved file; ``set`` changes name, date, opacity, order,
visibility, brightness and contrast; ``overviews`` builds the reduced copies that make a large image smooth
to pan (a sidecar IMAGE.ovr beside it). The project file is written atomically, only when all worked.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.cli.errors import CliError

if TYPE_CHECKING:
    from designer.model.background import RasterLayer
    from designer.model.document import Document

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "imagery",
        help="list, re-link and adjust the project's imagery layers; build overviews",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    sub = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    ls = sub.add_parser("list", help="the layers, their files (found, missing, changed) and settings")
    ls.add_argument("file", help="the .jamii project")
    ls.add_argument(
        "--verify", action="store_true", help="also compare each file's checksum (reads every file)"
    )
    ls.set_defaults(func=run_list)
    rl = sub.add_parser("relink", help="point a layer at its moved or renamed file")
    rl.add_argument("file", help="the .jamii project")
    rl.add_argument("layer", help="the layer's id or name")
    rl.add_argument("image", help="the image file's new place")
    rl.set_defaults(func=run_relink)
    st = sub.add_parser(
        "set", help="change a layer's name, date, opacity, order, visibility, brightness, contrast"
    )
    st.add_argument("file", help="the .jamii project")
    st.add_argument("layer", help="the layer's id or name")
    st.add_argument("--name")
    st.add_argument("--date", help="when it was taken, YYYY-MM-DD ('' for not known)")
    st.add_argument("--opacity", type=float, help="0 (invisible) to 1 (opaque)")
    st.add_argument("--order", type=int, help="drawing order: higher is drawn over lower")
    st.add_argument("--visible", choices=("yes", "no"))
    st.add_argument("--brightness", type=float, help="-1 … 0 (as is) … 1")
    st.add_argument("--contrast", type=float, help="0 … 1 (as is) … 4")
    st.set_defaults(func=run_set)
    ov = sub.add_parser("overviews", help="build overviews (IMAGE.ovr beside the image) for smooth panning")
    ov.add_argument("file", help="the .jamii project")
    ov.add_argument("layer", help="the layer's id or name")
    ov.set_defaults(func=run_overviews)


def _find(doc: Document, key: str) -> RasterLayer:
    from designer.model.background import RasterLayer

    layers = doc.of_type(RasterLayer)
    hits = [r for r in layers if key in (r.id, r.name)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        known = ", ".join(f"{r.id} ({r.name})" for r in layers) or "none"
        raise CliError(f"no imagery layer {key!r}; the project has: {known}")
    raise CliError(f"{len(hits)} layers are named {key!r}; use the id ({', '.join(r.id for r in hits)})")


def _load(path_text: str) -> tuple[Path, Document]:
    from designer.io.project_file import load_project

    path = Path(path_text)
    if not path.is_file():
        raise CliError(f"{path}: no such project file")
    return path, load_project(path)


def _replace(doc: Document, new: RasterLayer) -> Document:
    from designer.model.document import Document as Doc

    return Doc(doc.project, [new if r.id == new.id else r for r in doc.records() if r is not doc.project])


def run_list(args: argparse.Namespace) -> int:
    from designer.io.imagery import layer_status
    from designer.model.background import RasterLayer

    path, doc = _load(args.file)
    layers = sorted(doc.of_type(RasterLayer), key=lambda r: (r.order, r.id))
    if not layers:
        print(f"{path}: no imagery layers")
        return 0
    bad = 0
    print(f"{path}: {len(layers)} imagery layers, bottom first")
    for r in layers:
        status = layer_status(r, path.parent, verify=args.verify)
        bad += status.state != "ok"
        shown = "shown" if r.visible else "hidden"
        print(
            f"  {r.id}  {r.name!r}  {status.state}  order {r.order}, {shown}, opacity {r.opacity:g}, "
            f"date {r.date or 'not known'}, brightness {r.brightness:g}, contrast {r.contrast:g}, "
            f"{r.width_px:,} × {r.height_px:,} px"
        )
        if status.state != "ok":
            print(f"    {status.line}")
    return 1 if bad else 0


def run_relink(args: argparse.Namespace) -> int:
    from designer.io.imagery import relink_layer
    from designer.io.project_file import save_project

    path, doc = _load(args.file)
    layer = _find(doc, args.layer)
    new, lines = relink_layer(layer, Path(args.image), path)
    save_project(_replace(doc, new), path)
    for line in lines:
        print(f"{path}: {line}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from designer.io.project_file import save_project

    path, doc = _load(args.file)
    layer = _find(doc, args.layer)
    changes: dict[str, Any] = {
        k: getattr(args, k)
        for k in ("name", "date", "opacity", "order", "brightness", "contrast")
        if getattr(args, k) is not None
    }
    if args.visible is not None:
        changes["visible"] = args.visible == "yes"
    if not changes:
        raise CliError(
            "nothing to set; give --name, --date, --opacity, --order, --visible, --brightness or --contrast"
        )
    new = dataclasses.replace(layer, **changes)  # validated by the record: a bad value is one line
    save_project(_replace(doc, new), path)
    print(f"{path}: {new.name or new.id}: " + ", ".join(f"{k} {v}" for k, v in changes.items()))
    return 0


def run_overviews(args: argparse.Namespace) -> int:
    from designer.io.raster import inspect_raster, resolve_path
    from designer.io.raster_overviews import build_overviews

    path, doc = _load(args.file)
    layer = _find(doc, args.layer)
    image = resolve_path(layer.path, path.parent)
    info = inspect_raster(image)
    if info.overview_factors:
        print(f"{image}: already has overviews (1/{', 1/'.join(map(str, info.overview_factors))})")
        return 0
    last = [-1]

    def show(fraction: float) -> None:
        pct = int(fraction * 100)
        if pct // 10 != last[0] // 10:
            print(f"  {pct} %", file=sys.stderr, flush=True)
        last[0] = pct

    out = build_overviews(image, progress=show)
    factors = inspect_raster(image).overview_factors
    print(f"{image}: built overviews 1/{', 1/'.join(map(str, factors))} in {out.name}")
    return 0
