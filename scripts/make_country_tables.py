"""Write resources/geo/countries.csv and resources/geo/currencies.csv: where a project lies → its currency.

* ``countries.csv`` (``iso_a2,iso_a3,name,wkt``): the Natural Earth 1:110m Admin 0 countries (public domain), from the
  copy ``naturalearth_lowres`` that pyogrio ships with its tests (the same source as ``land.wkt``), each outline
  simplified to 0.05° and written with 2 decimals. Natural Earth's ISO 3166-1 alpha-3 codes are turned into
  alpha-2 by the Unicode CLDR territory aliases (as shipped in babel); the five countries Natural Earth codes
  ``-99`` are named (alpha-2 and alpha-3) in ``_NO_CODE`` below.
* ``currencies.csv`` (``iso_a2,currency``): each country's current legal tender (ISO 4217) from CLDR's
  supplemental currency data (babel's ``get_territory_currencies``, the first tender today).

Coarse by design: it chooses a sensible default currency for an imported settlement, which the user can change.

Run: ``python scripts/make_country_tables.py``
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import babel
import pyogrio
import shapely
from babel.core import get_global
from babel.numbers import get_territory_currencies

SRC = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
OUT = Path(__file__).resolve().parent.parent / "resources" / "geo"

# Natural Earth gives no ISO code (-99) for these: the code of the state they are mapped in.
# (alpha-2, alpha-3)
_NO_CODE = {
    "France": ("FR", "FRA"),
    "Norway": ("NO", "NOR"),
    "Kosovo": ("XK", "XKX"),
    "N. Cyprus": ("CY", "CYP"),
    "Somaliland": ("SO", "SOM"),
}


def main() -> None:
    meta, _, wkb, fields = pyogrio.raw.read(SRC)
    names = list(meta["fields"])
    name_col, iso3_col = fields[names.index("name")], fields[names.index("iso_a3")]
    aliases = get_global("territory_aliases")
    rows: list[tuple[str, str, str, str]] = []
    for name, iso3, geom in zip(name_col, iso3_col, shapely.from_wkb(wkb), strict=True):
        iso2, alpha3 = _NO_CODE.get(str(name)) or (aliases.get(str(iso3), [""])[0], str(iso3))
        if not iso2:
            raise SystemExit(f"no ISO 3166 alpha-2 code for {name} ({iso3})")
        outline = shapely.simplify(shapely.make_valid(geom), 0.05)
        rows.append((iso2, alpha3, str(name), shapely.to_wkt(outline, rounding_precision=2)))
    rows.sort()
    with (OUT / "countries.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["iso_a2", "iso_a3", "name", "wkt"])
        w.writerows(rows)
    today = datetime.date(2026, 1, 1)
    with (OUT / "currencies.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["iso_a2", "currency"])
        for iso2 in sorted({r[0] for r in rows}):
            tender = get_territory_currencies(iso2, start_date=today, tender=True)
            w.writerow([iso2, tender[0] if tender else ""])
    print(
        f"wrote {OUT / 'countries.csv'} ({len(rows)} countries) and currencies.csv (CLDR via babel {babel.__version__})"
    )


if __name__ == "__main__":
    main()
