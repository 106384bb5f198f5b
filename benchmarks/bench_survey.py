"""Survey import with its form: 10,000 households, 40,000 members, 40 questions, against the raw work.

The form and export are generated with the structure of the EPFL Nairobi 2021 WASH form (its question
names, types and choice codes: water source groups, toilet type and sharing, handwashing observation,
the HHITEMS select_multiple split into 0/1 columns, rooms, an unnamed index column, members linked by
KEY). Raw = what any importer must at least do: read both CSVs with the csv module and join the
members to their household by KEY in plain Python. Jamii additionally types and decodes every answer
with the form, builds the records and applies one undoable macro. Target: within 3× of raw.
"""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import measure, row

CHOICES: dict[str, list[str]] = {
    "City": ["Nairobi", "Abidjan"],
    "Site": ["Mathare", "Kibera", "Azito"],
    "Sex_HH": ["M", "F"],
    "DrinkingWaterGroup": ["Private", "Public", "Surface"],
    "DrinkingWater_Private": ["Piped_dwel", "Piped_yard", "Piped_neigh", ""],
    "DrinkingWater_Public": ["Public_Tap", "Public_Dispenser", "Vendor", ""],
    "DrinkingWater_PublicVendor": ["Vendor_Truck", "Vendor_Cart", ""],
    "DrinkingWater_PublicSpec": ["Y", "N", ""],
    "DrinkingWaterLocation": ["Indicated", ""],
    "DrinkingWaterAvailability": ["Y", "N"],
    "ObsHandWashPLACE": ["Obs_Fixed", "Obs_Mobile", ""],
    "ObsHandWashSOAP": ["SoapOrDeterg", "None", "AshOrMudOrSand"],
    "ObsHandWashWATER": ["Water_OK", "Water_NOT_OK"],
    "ToiletFacility": ["Own_Dwelling", "Own_YardPlot", "Public", "Neighb_YardPlot"],
    "ToiletFacilityTYPE": ["Flush", "DryOrCompost", "FreshFit", "Bucket"],
    "ToiletFacilityTYPE_Dry": ["Dry_VIP", "Dry_ImprSlab", "Dry_UnimpLat", ""],
    "ToiletFacilityTYPE_Flush": ["Flush_piped", "Flush_septic_tank", "Flush_river", ""],
    "ToiletFacilitySHARE": ["Y", "N"],
    "ToiletFacilityCLEAN": ["Clean", "Dirty", ""],
    "ToiletFacilitySAFE": ["Any_time", "Day_only", ""],
    "HHMATERIALS": ["Y", "N"],
    "HHEXTWALLS": ["Covered_adobe", "Cement", "Metal"],
    "HHROOF": ["Metal", "CementFiber", "Tiles"],
    "HHFLOOR": ["Cement", "Earth", "Ceramic"],
    "HHCOOKING": ["House", "Outdoors", "Separate"],
    "StreetFood": ["0_1", "2_4", "5_more"],
    "ToiletEMPTIED": ["Y", "N", ""],
    "HHANIMALS": ["Y", "N"],
    "DrinkingWaterTreatment": ["Y", "N"],
}
NUMBERS = ["DrinkingWaterDist", "HHROOMS", "ToiletFacilityHHSHARE", "HHFAMILIES", "HHNumberFLOORS"]
ITEMS = ["Computer", "Electricity", "Internet", "Oven", "Radio", "Refrigerator", "Smartphone", "Television"]
MEMBER_CHOICES: dict[str, list[str]] = {
    "Relation_to_HH": ["Head", "W_H", "S_D", "GndC"],
    "Sex": ["M", "F"],
    "School_past": ["Primary_1", "Secondary_2", "None"],
    "Diarrhoea": ["Y", "N"],
}
QUESTIONS = len(CHOICES) + len(NUMBERS) + 1 + len(MEMBER_CHOICES) + 1  # + HHITEMS, + Age
"""40 questions, as in the EPFL export (29 select_one, 5 integers, HHITEMS; 4 + Age per member)."""


def _write_form(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    survey = wb.active
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    for q in CHOICES:
        survey.append([f"select_one {q}", q, q.replace("_", " ")])
    for q in NUMBERS:
        survey.append(["integer", q, q])
    survey.append(["select_multiple HHITEMS", "HHITEMS", "Does your household have:"])
    survey.append(["begin_repeat", "Rep_Bio_HH", "PERSONAL DETAILS"])
    for q in MEMBER_CHOICES:
        survey.append([f"select_one {q}", q, q])
    survey.append(["integer", "Age", "Age"])
    survey.append(["end_repeat", "", ""])
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    for q, codes in {**CHOICES, **MEMBER_CHOICES, "HHITEMS": ITEMS}.items():
        for c in codes:
            if c:
                choices.append([q, c, f"{c.replace('_', ' ')} ({q})"])
    wb.save(path)


def _write_export(folder: Path, households: int, per_household: int) -> tuple[Path, Path]:
    rng = random.Random(22)
    main, members = folder / "household_data.csv", folder / "individual_data_repeat.csv"
    with open(main, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", "uuid", "KEY", *CHOICES, *NUMBERS, *(f"HHITEMS/{i}" for i in ITEMS)])
        for i in range(households):
            w.writerow(
                [
                    i,
                    "51e3d6c74bba45febd33457e11a9b459",
                    f"uuid:{i:08d}",
                    *(rng.choice(codes) for codes in CHOICES.values()),
                    *(rng.randint(1, 30) for _ in NUMBERS),
                    *(rng.randint(0, 1) for _ in ITEMS),
                ]
            )
    with open(members, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", "KEY", *MEMBER_CHOICES, "Age"])
        n = 0
        for i in range(households):
            for _ in range(per_household):
                w.writerow(
                    [
                        n,
                        f"uuid:{i:08d}",
                        *(rng.choice(c) for c in MEMBER_CHOICES.values()),
                        rng.randint(0, 90),
                    ]
                )
                n += 1
    return main, members


def _raw(main: Path, members: Path) -> int:
    with open(main, encoding="utf-8", newline="") as fh:
        households = {r["KEY"]: r for r in csv.DictReader(fh)}
    people: dict[str, list[dict[str, str]]] = {}
    with open(members, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            people.setdefault(r["KEY"], []).append(r)
    return sum(len(people.get(k, ())) for k in households)


def run(size: int = 10_000) -> list[dict[str, Any]]:
    from designer.io.households_import import import_households
    from designer.io.xlsform import read_xlsform
    from designer.model import Document

    households, per_household = size, 4
    assert QUESTIONS == 40
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        main, members = _write_export(folder, households, per_household)
        _write_form(folder / "form.xlsx")
        form = read_xlsform(folder / "form.xlsx")
        docs: list[Any] = []
        import_s = measure(
            lambda: import_households(docs[-1], main, repeat_paths=[members], form=form),
            repeat=3,
            setup=lambda: docs.append(Document()),
        )
        report = import_households(Document(), main, repeat_paths=[members], form=form)
        assert report.added == households and report.unplaced == households
        raw_s = measure(lambda: _raw(main, members), repeat=3)
        assert _raw(main, members) == households * per_household
    return [row("survey import with form (10k hh, 40k members)", households, import_s, raw_s, 3.0)]
