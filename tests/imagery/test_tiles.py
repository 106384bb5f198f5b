"""Tile arithmetic and the byte-bounded tile cache (Qt-free), and old project files with background images."""

from __future__ import annotations

import json

from designer.canvas.raster_tiles import (
    TILE_PX,
    TileCache,
    TileKey,
    level_for,
    max_level,
    tile_window,
    tiles_in,
)


def test_the_level_matches_the_zoom():
    top = max_level(20_000, 20_000)
    assert top == 7  # 20,000 px / 2**7 = 156 px: one tile
    assert level_for(1.0, top) == 0 and level_for(4.0, top) == 0  # zoomed in: full resolution
    assert level_for(0.5, top) == 1 and level_for(0.3, top) == 1  # never coarser than the screen
    assert level_for(0.001, top) == top


def test_tiles_cover_the_view_only_and_are_clipped_at_the_edge():
    # a 1000 × 600 px view at level 0 over a 20,000 px image needs 4 × 3 or 5 × 4 tiles, not 6,000
    tiles = list(tiles_in(0, (300.0, 300.0, 1300.0, 900.0), 20_000, 20_000))
    assert len(tiles) <= 5 * 4
    assert tiles[0] in {(3, 2), (2, 2), (3, 1), (2, 1)}  # the centre first
    col, row, w, h, out_w, out_h = tile_window(2, 19, 19, 20_000, 20_000)
    assert out_h == -(-h // 4)
    assert (col, row) == (19 * TILE_PX * 4, 19 * TILE_PX * 4)
    assert (w, h) == (20_000 - col, 20_000 - row) and out_w == -(-w // 4)
    assert list(tiles_in(0, (-500.0, -500.0, -1.0, -1.0), 100, 100)) == []


def test_the_cache_stays_within_its_budget_and_drops_the_least_recently_used():
    cache = TileCache(max_bytes=3 * 1000)
    keys = [TileKey("img-a", (0.0, 1.0), 0, i, 0) for i in range(5)]
    for k in keys[:3]:
        cache.put(k, object(), 1000)
    assert cache.get(keys[0]) is not None  # used: now the most recent
    cache.put(keys[3], object(), 1000)
    assert cache.size_bytes <= 3000
    assert keys[1] not in cache and keys[0] in cache and keys[3] in cache
    cache.drop_layer("img-a")
    assert len(cache) == 0 and cache.size_bytes == 0


def test_a_version_2_project_with_a_background_image_loads_with_order_and_date_unknown(tmp_path):
    from designer.io.project_file import SCHEMA_VERSION, load_project
    from designer.model.background import BackgroundImage

    assert SCHEMA_VERSION == 3
    old = {
        "format": "jamii-project",
        "schema_version": 2,
        "project": {"id": "project", "name": "Old"},
        "records": {
            "background_image": [
                {
                    "id": "bg-1", "path": "scan.png", "width_px": 100, "height_px": 50,
                    "ref1_px": [0, 0], "ref1_m": [0, 0], "ref2_px": [100, 0], "ref2_m": [20, 0],
                }
            ]
        },
    }  # fmt: skip
    path = tmp_path / "old.jamii"
    path.write_text(json.dumps(old), encoding="utf-8")
    (bg,) = load_project(path).of_type(BackgroundImage)
    assert (bg.order, bg.date) == (0, "")
