"""Small GeoTIFFs made in the tests (rasterio/numpy), with known colours at known pixels.

Every raster is a quadrant image: top-left red, top-right green, bottom-right blue, bottom-left white, so a
read at a place on the plan says which corner of the image lies there.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

QUADRANT_RGB = {"tl": (255, 0, 0), "tr": (0, 255, 0), "br": (0, 0, 255), "bl": (255, 255, 255)}
UTM36N = 32636
"""Kampala's UTM zone; the origin below is a place in Kampala."""
UTM_ORIGIN = (452_000.0, 35_000.0)


def quadrant_pixels(width: int, height: int) -> np.ndarray:
    """An RGB (3, h, w) uint8 array of the four coloured quadrants."""
    data = np.zeros((3, height, width), dtype=np.uint8)
    h2, w2 = height // 2, width // 2
    for (rows, cols), key in (
        ((slice(0, h2), slice(0, w2)), "tl"),
        ((slice(0, h2), slice(w2, None)), "tr"),
        ((slice(h2, None), slice(w2, None)), "br"),
        ((slice(h2, None), slice(0, w2)), "bl"),
    ):
        for band, value in enumerate(QUADRANT_RGB[key]):
            data[band, rows, cols] = value
    return data


def write_geotiff(
    path: Path,
    *,
    width: int = 400,
    height: int = 300,
    epsg: int | None = UTM36N,
    top_left: tuple[float, float] = (UTM_ORIGIN[0], UTM_ORIGIN[1] + 30.0),
    pixel_size: float = 0.1,
    overviews: tuple[int, ...] = (),
    tiled: bool = True,
) -> Path:
    """Write a quadrant GeoTIFF; ``epsg=None`` writes a plain TIFF without georeference."""
    import rasterio
    from rasterio.transform import from_origin

    profile = {
        "driver": "GTiff",
        "width": width,
        "height": height,
        "count": 3,
        "dtype": "uint8",
        "photometric": "RGB",
    }
    if tiled:
        profile.update(tiled=True, blockxsize=128, blockysize=128)
    if epsg is not None:
        profile.update(crs=f"EPSG:{epsg}", transform=from_origin(*top_left, pixel_size, pixel_size))
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(quadrant_pixels(width, height))
        if overviews:
            ds.build_overviews(list(overviews))
    return path
