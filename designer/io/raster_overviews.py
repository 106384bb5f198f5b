"""Build overviews (reduced copies at 1/2, 1/4, … size) for an image that has none, with progress and cancel.

GDAL builds them (the same as ``gdaladdo -r average``) in a child process: rasterio offers no progress
callback and a running build cannot be stopped from Python, but a process can. The child writes the
overviews of a VRT that points at the image, in a temporary folder beside it; its size as it grows is the
progress. Only a finished file is renamed to ``IMAGE.ovr`` (the sidecar GDAL opens with the image); a
cancelled or failed build leaves nothing behind.

Run as ``python -m designer.io.raster_overviews SOURCE VRT_OUT FACTOR…`` by :func:`build_overviews` only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from designer.io.raster import RasterError

__all__ = ["OverviewsCancelled", "build_overviews", "overview_factors_for", "sidecar_path"]

_SMALLEST_SIDE_PX = 256
"""Overviews are built down to the level whose longer side fits in one 256 px tile."""


class OverviewsCancelled(RasterError):
    """The user stopped the build; nothing was written."""


def sidecar_path(image: Path) -> Path:
    return Path(f"{image}.ovr")


def overview_factors_for(width_px: int, height_px: int) -> list[int]:
    """Factors 2, 4, 8, … until the longer side is at most one tile."""
    factors: list[int] = []
    f = 2
    while max(width_px, height_px) / (f // 2) > _SMALLEST_SIDE_PX:
        factors.append(f)
        f *= 2
    return factors


def _expected_bytes(width_px: int, height_px: int, bands: int, item_bytes: int, factors: list[int]) -> int:
    """Size of the uncompressed overview file: the pixels of every level (headers are negligible)."""
    return sum((width_px // f + 1) * (height_px // f + 1) for f in factors) * bands * item_bytes


def build_overviews(
    image: Path,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    poll_s: float = 0.2,
) -> Path:
    """Build ``IMAGE.ovr`` beside ``image``; return its path (an existing one is kept).

    Args:
        image: the raster file.
        progress: called with 0..1 as the build goes.
        cancelled: polled; True stops the build and removes what it wrote.

    Raises:
        OverviewsCancelled: ``cancelled()`` became true.
        RasterError: the folder is not writable or GDAL failed (its message).
    """
    import numpy as np
    import rasterio

    image = Path(image)
    out = sidecar_path(image)
    if out.exists():
        return out
    with rasterio.open(image) as ds:
        width, height, bands = ds.width, ds.height, ds.count
        item_bytes = np.dtype(ds.dtypes[0]).itemsize
        if ds.overviews(1):
            return out  # internal overviews: nothing to build
    factors = overview_factors_for(width, height)
    if not factors:
        return out
    expected = max(1, _expected_bytes(width, height, bands, item_bytes, factors))
    try:
        work = Path(tempfile.mkdtemp(prefix=".jamii-ovr-", dir=image.parent))
    except OSError as exc:
        raise RasterError(f"{image.parent}: cannot write the overviews there ({exc.strerror})") from None
    vrt = work / "image.vrt"
    cmd = [
        sys.executable,
        "-m",
        "designer.io.raster_overviews",
        str(image.resolve()),
        str(vrt),
        *map(str, factors),
    ]
    try:
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        partial = Path(f"{vrt}.ovr")
        _watch(child, partial, expected, progress, cancelled, f"{image}", poll_s)
        err = child.stderr.read().decode("utf-8", "replace").strip() if child.stderr else ""
        if child.returncode != 0 or not partial.exists():
            last = err.splitlines()[-1] if err else f"exit code {child.returncode}"
            raise RasterError(f"{image}: building overviews failed ({last})")
        os.replace(partial, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if progress is not None:
        progress(1.0)
    return out


def _watch(
    child: subprocess.Popen[bytes],
    partial: Path,
    expected: int,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
    where: str,
    poll_s: float,
) -> None:
    """Wait for the child, reporting the growing file's share of ``expected``; kill it on cancel."""
    try:
        while child.poll() is None:
            if cancelled is not None and cancelled():
                raise OverviewsCancelled(f"{where}: building overviews cancelled; nothing was written")
            if progress is not None and partial.exists():
                progress(min(0.99, partial.stat().st_size / expected))  # may raise to cancel, too
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=poll_s)  # returns as soon as the child is done
    except BaseException:
        child.kill()
        child.wait()
        raise


def _child(source: str, vrt: str, factors: list[int]) -> None:
    """Write a VRT of ``source`` and build its external overviews (``VRT.ovr``) with GDAL."""
    import rasterio
    from rasterio.enums import Resampling
    from rasterio.shutil import copy as rio_copy

    # The VRT reads in the source's own blocks; a large block cache keeps each level's input in memory.
    with rasterio.Env(GDAL_PAM_ENABLED="NO", GDAL_CACHEMAX=512):
        with rasterio.open(source) as ds:
            block_h, block_w = ds.block_shapes[0]
        rio_copy(source, vrt, driver="VRT", BLOCKXSIZE=block_w, BLOCKYSIZE=block_h)
        with rasterio.open(vrt, "r+") as ds:  # a VRT keeps its overviews in an external .ovr
            ds.build_overviews(factors, Resampling.average)


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], [int(f) for f in sys.argv[3:]])
