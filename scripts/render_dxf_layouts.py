"""Render the paper-space layouts of a DXF to PNG with ezdxf's drawing add-on (matplotlib), to look at sheets.

    python scripts/render_dxf_layouts.py plan.dxf OUT_DIR [--only NAME_PART] [--dpi 60]

LibreCAD 2.2 cannot print layouts; this is how Jamii's sheets are checked without AutoCAD.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def render_layout(dxf_path: Path, layout_name: str, out_png: Path, dpi: int = 60) -> Path:
    """Render one layout of ``dxf_path`` to ``out_png`` (paper size at ``dpi``) and return the PNG's path."""
    import ezdxf
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from ezdxf.addons.drawing import Frontend, RenderContext
    from ezdxf.addons.drawing import layout as draw_layout
    from ezdxf.addons.drawing.matplotlib import MatplotlibBackend

    doc = ezdxf.readfile(dxf_path)
    psp = doc.layouts.get(layout_name)
    fig = plt.figure()
    ax = fig.add_axes((0, 0, 1, 1))
    ctx = RenderContext(doc)
    ctx.set_current_layout(psp)
    Frontend(ctx, MatplotlibBackend(ax)).draw_layout(psp, finalize=True)
    w, h = psp.dxf_layout.dxf.paper_width, psp.dxf_layout.dxf.paper_height
    fig.set_size_inches(w / 25.4, h / 25.4)
    del draw_layout
    fig.savefig(out_png, dpi=dpi, facecolor="white")
    plt.close(fig)
    return out_png


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dxf", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--only", default="", help="render only layouts whose name contains this")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    import ezdxf

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name in ezdxf.readfile(args.dxf).layouts.names():
        if name == "Model" or args.only not in name:
            continue
        out = render_layout(args.dxf, name, args.out_dir / f"{name}.png", args.dpi)
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
