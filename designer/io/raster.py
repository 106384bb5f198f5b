"""Georeferenced imagery (GeoTIFF, COG, JPEG2000, anything GDAL reads) read through rasterio, in windows.

:func:`inspect_raster` checks a file before it becomes a layer (a real raster, not a decompression bomb, not
truncated, with a CRS that can be placed) and returns what the layer record stores. :class:`RasterSource`
opens it for reading *in the project's CRS*: when the file's CRS differs it is wrapped in a GDAL warped VRT,
so every reader (canvas tiles, printed sheets, the DXF copy) works in one north-up pixel grid whose affine
``transform`` maps pixels to project coordinates. :meth:`RasterSource.read_rgba` reads any pixel window at any
output size; GDAL takes the nearest overview for a reduced read, so the whole image is never in memory.

A RasterSource is not thread-safe: each thread opens its own.
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.io.errors import ImportBaseError

if TYPE_CHECKING:
    import numpy as np
    from pyproj import CRS

__all__ = [
    "MAX_PIXELS",
    "MAX_SIDE_PX",
    "RASTER_SUFFIXES",
    "RasterError",
    "RasterInfo",
    "RasterSource",
    "file_sha256",
    "inspect_raster",
]

RASTER_SUFFIXES = frozenset({".tif", ".tiff", ".gtiff", ".jp2", ".j2k", ".vrt", ".img", ".ecw", ".sid"})
"""Files tried as georeferenced rasters first (a PNG/JPEG with a world file is tried too)."""

MAX_SIDE_PX = 500_000
MAX_PIXELS = 20_000_000_000
"""Refused above these: a 10 km² settlement at 2 cm per pixel is 158,000 px a side (2.5e10 is 50 km² at 5 cm);
larger claims are decompression bombs or broken headers, not drone flights."""

_STRETCH_PX = 512
"""Non-8-bit rasters (16-bit imagery, elevation) are stretched by percentiles of a read this size at most."""


class RasterError(ImportBaseError):
    """A raster Jamii cannot use: not an image, corrupt, truncated, too large, or not placeable."""


@dataclass(frozen=True)
class RasterInfo:
    """What a raster file says about itself.

    Attributes:
        width_px, height_px: size in pixels.
        bands: band count.
        crs_wkt: the file's CRS as WKT ("" when it has none).
        transform: the file's affine geotransform (a, b, c, d, e, f: x = a·col + b·row + c, y = d·col + e·row + f).
        overview_factors: decimation factors of the overviews it has (empty: none).
        date: acquisition date from the file's tags (ISO, "" when it does not say).
        size_bytes: file size.
    """

    width_px: int
    height_px: int
    bands: int
    crs_wkt: str
    transform: tuple[float, float, float, float, float, float]
    overview_factors: tuple[int, ...]
    date: str
    size_bytes: int

    @property
    def georeferenced(self) -> bool:
        return bool(self.crs_wkt)


def file_sha256(path: Path, chunk_bytes: int = 8 * 1024 * 1024) -> str:
    """Return the SHA-256 of a file, read in chunks (a 2 GB orthophoto takes a few seconds)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk_bytes):
            digest.update(block)
    return digest.hexdigest()


def _date_from_tags(tags: dict[str, str]) -> str:
    """The TIFF DATETIME tag ("2024:03:18 10:22:01") as an ISO date, "" when absent or unreadable."""
    import re

    for key in ("TIFFTAG_DATETIME", "ACQUISITIONDATETIME", "DATE", "acquisition_date"):
        m = re.match(r"(\d{4})[:-](\d{2})[:-](\d{2})", tags.get(key, ""))
        if m:
            return f"{m[1]}-{m[2]}-{m[3]}"
    return ""


def inspect_raster(path: Path) -> RasterInfo:
    """Open ``path`` and check it can be a layer: a raster GDAL reads, of a sane size, readable to the end.

    Raises:
        RasterError: one line naming the file and what is wrong with it.
    """
    import rasterio
    from rasterio.errors import RasterioError

    path = Path(path)
    if not path.is_file():
        raise RasterError(f"{path}: no such file")
    size = path.stat().st_size
    try:
        with rasterio.Env(GDAL_PAM_ENABLED="NO"), rasterio.open(path) as ds:
            w, h, n = ds.width, ds.height, ds.count
            if w > MAX_SIDE_PX or h > MAX_SIDE_PX or w * h > MAX_PIXELS:
                raise RasterError(
                    f"{path}: claims {w:,} × {h:,} pixels, beyond the {MAX_SIDE_PX:,} px a side / "
                    f"{MAX_PIXELS:,} px Jamii accepts (a broken header or a decompression bomb)"
                )
            if n < 1 or w < 1 or h < 1:
                raise RasterError(f"{path}: holds no pixels")
            _read_corners(ds)
            crs_wkt = ds.crs.to_wkt() if ds.crs else ""
            t = ds.transform
            if crs_wkt and ds.transform.is_identity:
                crs_wkt = ""  # a CRS without a geotransform places nothing
            return RasterInfo(
                width_px=w,
                height_px=h,
                bands=n,
                crs_wkt=crs_wkt,
                transform=(t.a, t.b, t.c, t.d, t.e, t.f),
                overview_factors=tuple(ds.overviews(1)),
                date=_date_from_tags(ds.tags()),
                size_bytes=size,
            )
    except RasterioError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RasterError(f"{path}: not an image Jamii can read ({first})") from None


def _read_corners(ds: Any) -> None:
    """Read the first and the last block of band 1: a truncated or corrupt file fails here, not on the canvas."""
    from rasterio.windows import Window

    bh, bw = ds.block_shapes[0]
    bw, bh = min(bw, ds.width), min(bh, ds.height)
    ds.read(1, window=Window(0, 0, bw, bh))
    ds.read(1, window=Window(ds.width - bw, ds.height - bh, bw, bh))


class RasterSource:
    """A raster opened for windowed reads in the project's CRS (see the module docstring).

    Attributes:
        width, height: the pixel grid read from (the warped grid when reprojected).
        transform: affine pixel → project coordinates of that grid (rasterio ``Affine``).
        overview_factors: the source's overview factors (empty: every reduced read decodes full resolution).
    """

    def __init__(self, path: Path, target_crs: CRS | str | None) -> None:
        """Open ``path`` to read in ``target_crs`` (a pyproj CRS or WKT; None: the file's own grid).

        Worker threads pass WKT: pyproj is only used on the thread that made the CRS, and the comparison
        and warping here are GDAL's own.
        """
        import rasterio
        from rasterio.crs import CRS as RioCRS
        from rasterio.enums import Resampling
        from rasterio.errors import RasterioError
        from rasterio.vrt import WarpedVRT

        self.path = Path(path)
        try:
            self._env = rasterio.Env(GDAL_PAM_ENABLED="NO", GDAL_CACHEMAX=64)
            self._env.__enter__()
            self._file = rasterio.open(self.path)
        except RasterioError as exc:
            self._env.__exit__(None, None, None)
            raise RasterError(f"{path}: cannot be opened ({exc})") from None
        self._ds: Any = self._file
        src_crs = self._file.crs
        target_wkt = target_crs if isinstance(target_crs, str) or target_crs is None else target_crs.to_wkt()
        if target_wkt and src_crs is not None and RioCRS.from_wkt(target_wkt) != src_crs:
            try:
                self._ds = WarpedVRT(
                    self._file,
                    crs=RioCRS.from_wkt(target_wkt),
                    resampling=Resampling.bilinear,
                    add_alpha=True,
                )
            except RasterioError as exc:
                self.close()
                raise RasterError(f"{path}: cannot be reprojected to the project's CRS ({exc})") from None
        self.width: int = self._ds.width
        self.height: int = self._ds.height
        self.transform: Any = self._ds.transform
        self.overview_factors: tuple[int, ...] = tuple(self._file.overviews(1))
        self._bands = self._colour_bands()
        from rasterio.enums import MaskFlags

        self._all_valid = all(flags == [MaskFlags.all_valid] for flags in self._ds.mask_flag_enums)
        self._stretch = self._stretch_range()

    def close(self) -> None:
        if self._ds is not self._file:
            self._ds.close()
        self._file.close()
        self._env.__exit__(None, None, None)

    def __enter__(self) -> RasterSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _colour_bands(self) -> tuple[list[int], int | None]:
        """The bands read as colour (1 grey or 3 RGB) and the alpha band (None: use the dataset mask)."""
        from rasterio.enums import ColorInterp

        interp = list(self._ds.colorinterp)
        alpha = next((i + 1 for i, c in enumerate(interp) if c == ColorInterp.alpha), None)
        colour = [i + 1 for i in range(self._ds.count) if i + 1 != alpha]
        return (colour[:3] if len(colour) >= 3 else colour[:1]), alpha

    def _stretch_range(self) -> tuple[float, float] | None:
        """(low, high) mapped to 0..255 for non-8-bit data, from the 2nd/98th percentiles of a reduced read."""
        import numpy as np

        if self._ds.dtypes[0] == "uint8":
            return None
        scale = max(self.width, self.height) / _STRETCH_PX
        out = (max(1, round(self.height / max(scale, 1))), max(1, round(self.width / max(scale, 1))))
        data = self._ds.read(self._bands[0][0], out_shape=out, masked=True)
        values = data.compressed()
        values = values[np.isfinite(values)]
        if values.size == 0:
            return (0.0, 1.0)
        low, high = (float(v) for v in np.percentile(values, [2, 98]))
        return (low, high if high > low else low + 1.0)

    def read_rgba(
        self,
        col_off: int,
        row_off: int,
        width: int,
        height: int,
        out_w: int,
        out_h: int,
        *,
        brightness: float = 0.0,
        contrast: float = 1.0,
    ) -> np.ndarray:
        """Read a pixel window (clipped to the grid) resampled to ``out_w`` × ``out_h``, as RGBA uint8 (h, w, 4).

        Outside the raster and where it has no data the alpha is 0. Brightness (-1..1) shifts and contrast
        (0..4, 1 = as is) stretches the colours about mid-grey.
        """
        import numpy as np
        from rasterio.enums import Resampling
        from rasterio.windows import Window

        rgba = np.zeros((out_h, out_w, 4), dtype=np.uint8)
        c0, r0 = max(col_off, 0), max(row_off, 0)
        c1, r1 = min(col_off + width, self.width), min(row_off + height, self.height)
        if c1 <= c0 or r1 <= r0 or out_w < 1 or out_h < 1:
            return rgba
        sx, sy = out_w / width, out_h / height
        x0, y0 = round((c0 - col_off) * sx), round((r0 - row_off) * sy)
        x1, y1 = round((c1 - col_off) * sx), round((r1 - row_off) * sy)
        if x1 <= x0 or y1 <= y0:
            return rgba
        window = Window(c0, r0, c1 - c0, r1 - r0)
        shape = (y1 - y0, x1 - x0)
        resampling = Resampling.average if sx < 1 else Resampling.nearest
        colour, alpha = self._bands
        data = self._ds.read(colour, window=window, out_shape=(len(colour), *shape), resampling=resampling)
        if alpha is not None:
            mask = self._ds.read(alpha, window=window, out_shape=shape, resampling=Resampling.nearest)
        elif self._all_valid:
            mask = np.full(shape, 255, dtype=np.uint8)  # GDAL's all-valid mask costs a full-resolution pass
        else:
            # The first colour band's mask (nodata, an internal mask, or all valid): dataset_mask() reads
            # every band at full resolution, ~100 times slower than a reduced read from an overview.
            mask = self._ds.read_masks(
                colour[0], window=window, out_shape=shape, resampling=Resampling.nearest
            )
        pixels = self._to_byte(data)
        if brightness or contrast != 1.0:
            adjusted = (pixels.astype(np.float32) - 128.0) * contrast + 128.0 + brightness * 255.0
            pixels = np.clip(adjusted, 0, 255).astype(np.uint8)
        block = rgba[y0:y1, x0:x1]
        block[..., :3] = np.moveaxis(pixels, 0, -1) if len(colour) == 3 else pixels[0][..., None]
        block[..., 3] = mask
        return rgba

    def _to_byte(self, data: np.ndarray) -> np.ndarray:
        import numpy as np

        if self._stretch is None:
            out: np.ndarray = data.astype(np.uint8, copy=False)
            return out
        low, high = self._stretch
        scaled = (data.astype(np.float32) - low) * (255.0 / (high - low))
        stretched: np.ndarray = np.clip(np.nan_to_num(scaled), 0, 255).astype(np.uint8)
        return stretched

    def window_of(self, bounds: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        """The pixel window (col, row, width, height) covering ``bounds`` (project coordinates), not clipped."""
        inv = ~self.transform
        xs, ys = zip(
            *(inv @ (x, y) for x in (bounds[0], bounds[2]) for y in (bounds[1], bounds[3])), strict=True
        )
        c0, r0 = math.floor(min(xs)), math.floor(min(ys))
        return c0, r0, max(1, math.ceil(max(xs)) - c0), max(1, math.ceil(max(ys)) - r0)

    def bounds(self) -> tuple[float, float, float, float]:
        """The raster's extent in project coordinates (min_x, min_y, max_x, max_y)."""
        corners = [self.transform @ (c, r) for c in (0, self.width) for r in (0, self.height)]
        xs, ys = zip(*corners, strict=True)
        return min(xs), min(ys), max(xs), max(ys)


def resolve_path(path: str, project_dir: Path | None) -> Path:
    """The file a layer's stored path names: relative paths start at the project's folder."""
    p = Path(path)
    if not p.is_absolute() and project_dir is not None:
        p = project_dir / p
    return p


def stored_path(source: Path, project_path: Path) -> str:
    """The path to store for ``source``: relative to the project's folder when it lies beside or below it."""
    try:
        rel = os.path.relpath(source.resolve(), project_path.resolve().parent)
    except ValueError:  # another drive on Windows
        return str(source.resolve())
    return rel if not rel.startswith("..") else str(source.resolve())
