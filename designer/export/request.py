"""What an export is asked for: one request type shared by every exporter, the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.model.project import Option

__all__ = ["ExportRequest", "Exporter", "Progress", "reporting_before_publish"]

T = TypeVar("T")

Progress = Callable[[float], None]
"""Told how far an export is (0–1); it may raise to stop the export (the GUI's worker raises ``Cancelled``
once the user pressed Cancel)."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export, shared by every exporter.

    Attributes:
        mode: ``"existing"``, ``"option"`` or ``"all"`` (all options on status layers).
        option: the option in ``"option"`` mode (None otherwise).
        layer_profile: layer profile name or TOML path (drawing exporters).
        paper_sizes: paper layouts of the DXF (empty: model space only).
        dxf_local: DXF in local metres from the project origin instead of CRS coordinates.
        scale: drawing scale denominator (1:scale) instead of the layer profile's.
        project_dir: the project file's folder, against which background image paths are resolved (None:
            images are left out of the DXF, and the export says so).
        progress: told how far the export is (see :meth:`report`); None when nobody watches (CLI).
    """

    mode: str
    option: Option | None
    layer_profile: str = "jamii-ncs"
    paper_sizes: tuple[str, ...] = ("A1", "A3")
    dxf_local: bool = False
    scale: int | None = None
    project_dir: Path | None = None
    progress: Progress | None = field(default=None, compare=False, repr=False)

    def report(self, fraction: float) -> None:
        """Tell the caller how far the export is (0–1); the callback may raise to stop it.

        Every exporter calls this between its steps and last inside its atomic write, once the temporary
        file is complete and before it is renamed over the target. A stop (GUI Cancel) at any of these
        points removes the temporary file and leaves an older file of the same name as it was; after the
        rename nothing stops the export any more.
        """
        if self.progress is not None:
            self.progress(fraction)

    @property
    def option_id(self) -> str | None:
        return self.option.id if self.option else None


Exporter = Callable[["Document", Path, ExportRequest], str]


def reporting_before_publish(
    write: Callable[[Path], T], progress: Progress | None, fraction: float = 0.95
) -> Callable[[Path], T]:
    """Return ``write`` followed by one progress report, for ``atomic_write``.

    The report comes once the temporary file is complete and before the rename, so a stop there
    (GUI Cancel) leaves the target as it was.
    """

    def write_then_report(tmp: Path) -> T:
        result = write(tmp)
        if progress is not None:
            progress(fraction)
        return result

    return write_then_report
