"""Georeferenced rasters read through rasterio: placement from the file, reprojection, windows, bad input."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import CRS, Transformer

from designer.io.raster import RasterError, RasterSource, inspect_raster
from tests.imagery.rasters import QUADRANT_RGB, UTM36N, UTM_ORIGIN, write_geotiff


def _colour_at(src: RasterSource, x: float, y: float) -> tuple[int, ...]:
    """The RGBA of the raster at project coordinates x, y (one pixel read)."""
    col, row = (~src.transform) @ (x, y)
    px = src.read_rgba(int(col), int(row), 1, 1, 1, 1)
    return tuple(int(v) for v in px[0, 0])


def test_geotiff_in_the_project_crs_is_placed_by_its_geotransform(tmp_path):
    path = write_geotiff(tmp_path / "ortho.tif")  # 400 × 300 px at 0.1 m: 40 × 30 m from (452000, 35030)
    info = inspect_raster(path)
    assert (info.width_px, info.height_px, info.bands) == (400, 300, 3)
    assert CRS.from_wkt(info.crs_wkt).to_epsg() == UTM36N
    assert info.overview_factors == ()
    with RasterSource(path, CRS.from_epsg(UTM36N)) as src:
        assert src.bounds() == pytest.approx((452000.0, 35000.0, 452040.0, 35030.0))
        x0, y0 = UTM_ORIGIN
        assert _colour_at(src, x0 + 1, y0 + 29) == (*QUADRANT_RGB["tl"], 255)
        assert _colour_at(src, x0 + 39, y0 + 29) == (*QUADRANT_RGB["tr"], 255)
        assert _colour_at(src, x0 + 39, y0 + 1) == (*QUADRANT_RGB["br"], 255)
        assert _colour_at(src, x0 + 1, y0 + 1) == (*QUADRANT_RGB["bl"], 255)
        assert _colour_at(src, x0 - 5, y0 - 5)[3] == 0  # outside: transparent


def test_geotiff_in_another_crs_is_reprojected_to_the_project_crs(tmp_path):
    to_ll = Transformer.from_crs(UTM36N, 4326, always_xy=True)
    lon0, lat0 = to_ll.transform(*UTM_ORIGIN)
    # 200 × 200 px of 1e-5° (~1.1 m) in lon/lat, top-left at the UTM origin's lon/lat
    path = write_geotiff(
        tmp_path / "wgs84.tif", width=200, height=200, epsg=4326, top_left=(lon0, lat0), pixel_size=1e-5
    )
    with RasterSource(path, CRS.from_epsg(UTM36N)) as src:
        to_utm = Transformer.from_crs(4326, UTM36N, always_xy=True)
        centre_of = {
            "tl": (lon0 + 50e-5, lat0 - 50e-5),
            "tr": (lon0 + 150e-5, lat0 - 50e-5),
            "br": (lon0 + 150e-5, lat0 - 150e-5),
            "bl": (lon0 + 50e-5, lat0 - 150e-5),
        }
        for key, (lon, lat) in centre_of.items():
            x, y = to_utm.transform(lon, lat)
            assert _colour_at(src, x, y)[:3] == QUADRANT_RGB[key], key
        # the warped grid is in metres, ~1.1 m per pixel
        assert abs(src.transform.a) == pytest.approx(1.1, rel=0.1)


def test_reduced_reads_use_overviews_and_keep_the_picture(tmp_path):
    path = write_geotiff(tmp_path / "ovr.tif", width=1024, height=1024, overviews=(2, 4, 8))
    assert inspect_raster(path).overview_factors == (2, 4, 8)
    with RasterSource(path, CRS.from_epsg(UTM36N)) as src:
        whole = src.read_rgba(0, 0, 1024, 1024, 64, 64)
        assert whole.shape == (64, 64, 4)
        assert tuple(whole[10, 10, :3]) == QUADRANT_RGB["tl"]
        assert tuple(whole[54, 54, :3]) == QUADRANT_RGB["br"]
        # a window hanging over the edge: the part outside is transparent
        edge = src.read_rgba(1000, 1000, 48, 48, 48, 48)
        assert edge[0, 0, 3] == 255 and edge[47, 47, 3] == 0


def test_brightness_and_contrast_change_the_colours(tmp_path):
    path = write_geotiff(tmp_path / "bc.tif")
    with RasterSource(path, CRS.from_epsg(UTM36N)) as src:
        plain = src.read_rgba(0, 0, 2, 2, 2, 2)
        darker = src.read_rgba(0, 0, 2, 2, 2, 2, brightness=-0.5)
        flat = src.read_rgba(0, 0, 2, 2, 2, 2, contrast=0.0)
    assert tuple(plain[0, 0, :3]) == (255, 0, 0)
    assert tuple(darker[0, 0, :3]) == (127, 0, 0)
    assert tuple(flat[0, 0, :3]) == (128, 128, 128)


def test_tiff_without_georeference_has_no_crs(tmp_path):
    info = inspect_raster(write_geotiff(tmp_path / "scan.tif", epsg=None))
    assert not info.georeferenced


def test_a_text_file_with_a_tif_extension_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "notes.tif"
    bad.write_text("this is not an image\n" * 20, encoding="utf-8")
    with pytest.raises(RasterError) as err:
        inspect_raster(bad)
    assert str(err.value).startswith(f"{bad}: not an image Jamii can read")
    assert "\n" not in str(err.value)


def test_a_truncated_geotiff_is_refused(tmp_path):
    path = write_geotiff(tmp_path / "whole.tif", width=512, height=512, tiled=True)
    data = path.read_bytes()
    cut = tmp_path / "cut.tif"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(RasterError, match=r"cut\.tif"):
        inspect_raster(cut)


def test_a_decompression_bomb_is_refused_before_any_pixel_is_read(tmp_path):
    import rasterio

    bomb = tmp_path / "bomb.tif"
    # a sparse file of few large strips that claims 600,000 × 600,000 px in a few kilobytes
    with rasterio.open(
        bomb,
        "w",
        driver="GTiff",
        width=600_000,
        height=600_000,
        count=1,
        dtype="uint8",
        blockysize=8192,
        compress="deflate",
        sparse_ok=True,
        bigtiff="yes",
    ):
        pass
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(RasterError, match="decompression bomb"):
        inspect_raster(bomb)


def test_sixteen_bit_data_is_stretched_to_bytes(tmp_path):
    import rasterio
    from rasterio.transform import from_origin

    path = tmp_path / "dem.tif"
    values = np.linspace(1000, 2000, 64 * 64, dtype=np.float32).reshape(1, 64, 64)
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=64,
        height=64,
        count=1,
        dtype="float32",
        crs=f"EPSG:{UTM36N}",
        transform=from_origin(*UTM_ORIGIN, 1, 1),
    ) as ds:
        ds.write(values)
    with RasterSource(path, None) as src:
        px = src.read_rgba(0, 0, 64, 64, 64, 64)
    assert px[0, 0, 0] == 0 and px[63, 63, 0] == 255  # low → black, high → white
    assert px[0, 0, 0] == px[0, 0, 1] == px[0, 0, 2]  # grey


def test_the_shared_kampala_chip_reprojects_from_wgs84(shared_data):
    path = shared_data / "imagery" / "oam_kampala_OAM-1238448-1046528-21.tif"
    info = inspect_raster(path)
    assert CRS.from_wkt(info.crs_wkt).to_epsg() == 4326
    with RasterSource(path, CRS.from_epsg(UTM36N)) as src:
        x0, y0, x1, y1 = src.bounds()
        assert 440_000 < x0 < x1 < 470_000 and 30_000 < y0 < y1 < 50_000  # Kampala in UTM 36N
        assert src.read_rgba(0, 0, src.width, src.height, 64, 64)[32, 32, 3] == 255
