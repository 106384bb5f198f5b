"""A tiny cost library as data, with rates that can be checked by hand."""

from __future__ import annotations

from costing.db.tables import LibraryData

SOURCE = "test fixture (hand-written)"


def tiny_data(*, tap_community_ok: str = "1") -> LibraryData:
    """A library whose numbers are easy to check by hand.

    WS-TAP per nr: material M-TAP 1 nr @ 50 + 10 % waste = 55.00; labour L-PLUMB 0.5 h @ 100 = 50.00;
    markup 10 % + 5 % of 105.00 = 15.75; rate 120.75.
    WS-PIPE-HDPE-63 per m: material M-PIPE 1 m @ 200 = 200.00; plant P-PUMP 0.1 h @ 30 = 3.00;
    markup 15 % of 203.00 = 30.45; rate 233.45.
    """
    d = LibraryData()
    for k, v in {
        "name": "tiny",
        "region": "base",
        "currency": "KES",
        "price_base": "2026-01-01",
        "illustrative": "false",
        "method_of_measurement": "IS 1200",
        "unit_labels": "nrm",
    }.items():
        d.add("meta", {"key": k, "value": v}, "meta.csv", 0)
    res = [
        ("L-PLUMB", "labour", "h", "100"),
        ("M-TAP", "material", "nr", "50"),
        ("M-PIPE", "material", "m", "200"),
        ("P-PUMP", "plant", "h", "30"),
    ]
    for i, (code, kind, unit, rate) in enumerate(res, start=2):
        d.add(
            "resource",
            {
                "code": code,
                "kind": kind,
                "name": code,
                "unit": unit,
                "rate": rate,
                "currency": "KES",
                "region": "",
                "source": SOURCE,
                "price_date": "2026-01-01",
            },
            "resource.csv",
            i,
        )
    for i, (code, unit, ok) in enumerate(
        [("WS-TAP", "nr", tap_community_ok), ("WS-PIPE-HDPE-63", "m", "0")], start=2
    ):
        d.add(
            "assembly",
            {
                "code": code,
                "bill": "7",
                "description": code,
                "unit": unit,
                "method_ref": "",
                "community_ok": ok,
                "fixed_rate": "",
                "oh_pct": "",
                "profit_pct": "",
                "source": SOURCE,
                "price_date": "2026-01-01",
                "analysis_rate": "",
            },
            "assembly.csv",
            i,
        )
    lines = [
        ("WS-TAP", 0, "M-TAP", "1", "10"),
        ("WS-TAP", 1, "L-PLUMB", "0.5", "0"),
        ("WS-PIPE-HDPE-63", 0, "M-PIPE", "1", "0"),
        ("WS-PIPE-HDPE-63", 1, "P-PUMP", "0.1", "0"),
    ]
    for i, (a, seq, r, q, w) in enumerate(lines, start=2):
        d.add(
            "assembly_line",
            {
                "assembly_code": a,
                "seq": str(seq),
                "resource_code": r,
                "qty_per_unit": q,
                "waste_pct": w,
                "output_per_day": "",
            },
            "assembly_line.csv",
            i,
        )
    d.add("markup", {"name": "default", "oh_pct": "10", "profit_pct": "5"}, "markup.csv", 2)
    d.add(
        "region_factor",
        {"region": "upcountry", "material_idx": "110", "labour_idx": "80", "plant_idx": "100"},
        "region_factor.csv",
        2,
    )
    d.add("price_index", {"date": "2026-01-01", "idx": "100"}, "price_index.csv", 2)
    d.add("price_index", {"date": "2027-01-01", "idx": "120"}, "price_index.csv", 3)
    from costing.db.io_tables import shipped_unit_labels

    for row in shipped_unit_labels():
        d.add("unit_label", row, "units.toml", 0)
    return d
