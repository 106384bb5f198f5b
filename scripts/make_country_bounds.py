"""Write resources/geo/country_bounds.csv: a coarse bounding box per country (Natural Earth 1:110m).

Used by ``jamii import-base --country CC`` to cross-check where a first import lands. The source is
the Natural Earth ``naturalearth_lowres`` copy that pyogrio ships with its tests (public domain, as
for ``land.wkt``); ISO 3166 alpha-2 codes come from pycountry (``pip install pycountry`` to re-run;
it is not a dependency of Jamii). Boxes are rounded outwards to 0.01°; a country split by the 180°
meridian gets the whole -180…180 span (coarse by design).

Run: ``python scripts/make_country_bounds.py``
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pycountry
import pyogrio
import shapely

SRC = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
OUT = Path(__file__).resolve().parent.parent / "resources" / "geo" / "country_bounds.csv"
NO_ISO3 = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "", "Somaliland": ""}
"""Natural Earth writes -99 for these; Kosovo's code is the user-assigned XK/XKX."""


def main() -> None:
    meta, _, wkb, fields = pyogrio.raw.read(SRC)
    names = list(meta["fields"])
    name_col, iso_col = fields[names.index("name")], fields[names.index("iso_a3")]
    rows = []
    for name, ne_iso3, geom in zip(name_col, iso_col, shapely.from_wkb(wkb), strict=True):
        iso3 = NO_ISO3.get(str(name), "") if str(ne_iso3) == "-99" else str(ne_iso3)
        if not iso3:
            continue  # not a country with an ISO code (N. Cyprus, Somaliland)
        found = pycountry.countries.get(alpha_3=iso3)
        iso2 = found.alpha_2 if found else ("XK" if iso3 == "XKX" else "")
        w, s, e, n = shapely.bounds(geom).tolist()
        rows.append(
            (
                iso2,
                iso3,
                str(name),
                math.floor(w * 100) / 100,
                math.floor(s * 100) / 100,
                math.ceil(e * 100) / 100,
                math.ceil(n * 100) / 100,
            )
        )
    rows.sort()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        fh.write(
            "# Coarse country bounding boxes (degrees, WGS 84) from Natural Earth 1:110m Admin 0 countries\n"
        )
        fh.write(
            "# (public domain, naturalearthdata.com); ISO 3166 codes via pycountry. scripts/make_country_bounds.py\n"
        )
        writer = csv.writer(fh)
        writer.writerow(["iso_a2", "iso_a3", "name", "west", "south", "east", "north"])
        writer.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} countries)")


if __name__ == "__main__":
    main()
