"""The tools offered in the toolbar: key, icon, factory and whether workshop mode shows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.tools.eraser_tool import EraserTool
from designer.tools.mark_tool import MarkTool
from designer.tools.measure_tool import MeasureTool
from designer.tools.point_tool import PointTool
from designer.tools.polygon_tool import PolygonTool
from designer.tools.polyline_tool import PolylineTool
from designer.tools.rectangle_tool import RectangleTool
from designer.tools.rotate_tool import RotateTool
from designer.tools.select_tool import SelectTool
from designer.tools.split_tool import SplitTool
from designer.tools.vertex_tool import VertexTool

if TYPE_CHECKING:
    from designer.tools.base import Tool, ToolContext

__all__ = ["TOOL_SPECS", "ToolSpec"]


@dataclass(frozen=True)
class ToolSpec:
    """One entry of the tool palette.

    Attributes:
        key: stable name (action object names are ``tool_<key>``; icons are ``<key>.svg``).
        make: builds the tool for a context; ``options`` carries the tool bar settings (path width).
        shortcut: a single-key shortcut, or "".
        workshop: shown on the big pictogram toolbar of workshop mode.
        group: toolbar section.
    """

    key: str
    make: Callable[[ToolContext, dict[str, float]], Tool]
    shortcut: str = ""
    workshop: bool = False
    group: str = "edit"


TOOL_SPECS: tuple[ToolSpec, ...] = (
    ToolSpec("select", lambda c, _o: SelectTool(c), "S", True, "edit"),
    ToolSpec("rotate", lambda c, _o: RotateTool(c), "R", False, "edit"),
    ToolSpec("vertex", lambda c, _o: VertexTool(c), "V", False, "edit"),
    ToolSpec("plot", lambda c, _o: PolygonTool(c, "plot"), "P", True, "draw"),
    ToolSpec("building", lambda c, _o: RectangleTool(c, "building"), "B", True, "draw"),
    ToolSpec("building_polygon", lambda c, _o: PolygonTool(c, "building"), "", False, "draw"),
    ToolSpec("hazard", lambda c, _o: PolygonTool(c, "hazard"), "", False, "draw"),
    ToolSpec(
        "path", lambda c, o: PolylineTool(c, "path", width_m=o.get("path_width_m", 2.0)), "W", True, "draw"
    ),
    ToolSpec("water_main", lambda c, _o: PolylineTool(c, "water_main"), "", True, "network"),
    ToolSpec("sewer", lambda c, _o: PolylineTool(c, "sewer"), "", False, "network"),
    ToolSpec("drain", lambda c, _o: PolylineTool(c, "drain"), "", False, "network"),
    ToolSpec("standpipe", lambda c, _o: PointTool(c, "standpipe"), "T", True, "facility"),
    ToolSpec("kiosk", lambda c, _o: PointTool(c, "kiosk"), "", False, "facility"),
    ToolSpec("toilet", lambda c, _o: PointTool(c, "toilet"), "L", True, "facility"),
    ToolSpec("manhole", lambda c, _o: PointTool(c, "manhole"), "", False, "facility"),
    ToolSpec("light", lambda c, _o: PointTool(c, "light"), "", True, "facility"),
    ToolSpec("measure", lambda c, _o: MeasureTool(c), "M", True, "check"),
    ToolSpec("split", lambda c, _o: SplitTool(c), "", False, "check"),
    ToolSpec("eraser", lambda c, _o: EraserTool(c), "E", True, "check"),
    ToolSpec("demolish", lambda c, _o: MarkTool(c, "demolish"), "", True, "check"),
    ToolSpec("relocate", lambda c, _o: MarkTool(c, "relocate"), "", False, "check"),
)
