"""Write resources/geo/land.wkt: a coarse land mask (Natural Earth 1:110m countries, public domain).

Used by the import placement check ("does the data land on land?"). The source is the copy of
Natural Earth ``naturalearth_lowres`` that pyogrio ships with its tests; the union of the countries is
simplified to 0.05° and written as WKT with 2 decimals (about 64 kB).

Run: ``python scripts/make_land_mask.py``
"""

from __future__ import annotations

from pathlib import Path

import pyogrio
import shapely

SRC = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
OUT = Path(__file__).resolve().parent.parent / "resources" / "geo" / "land.wkt"


def main() -> None:
    _, _, wkb, _ = pyogrio.raw.read(SRC)
    land = shapely.union_all(shapely.make_valid(shapely.from_wkb(wkb)))
    OUT.write_text(
        shapely.to_wkt(shapely.simplify(land, 0.05), rounding_precision=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
