"""What an export is asked for: one request type shared by every exporter, the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.project import Option

__all__ = ["ExportRequest", "Exporter"]


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
