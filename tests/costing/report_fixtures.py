"""Small hand-made bills of quantities whose arithmetic can be checked by hand (for the report tests)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from costing.boq.model import (
    BILL_TITLES,
    BillOfQuantities,
    BillSection,
    BoQLine,
    LineKind,
    Provenance,
    RateBuildUp,
    Summary,
)
from costing.report.data import OptionComparison, PlanDrawing, PlanShape, PlanStyle, PosterFacts, TitleBlock

D = Decimal


def line(
    ref: str,
    description: str,
    unit: str,
    qty: str,
    rate: str,
    *,
    in_kind: str = "0",
    kind: LineKind = LineKind.MEASURED,
    code: str = "",
    build_up: tuple[str, str, str, str] | None = None,
) -> BoQLine:
    """Return a line with amount = round half up(qty × rate)."""
    q, r = D(qty), D(rate)
    bu = None
    if build_up is not None:
        m, lab, p, oh = (D(x) for x in build_up)
        bu = RateBuildUp(m, lab, p, oh, source="Jamii test library", price_date="2026-01-01")
    return BoQLine(
        ref=ref,
        code=code or f"T-{ref}",
        description=description,
        unit=unit,
        quantity=q,
        rate=r,
        amount=(q * r).quantize(D("0.01"), rounding=ROUND_HALF_UP),
        kind=kind,
        build_up=bu,
        in_kind=D(in_kind),
        provenance=Provenance("drawn", ("path-1",)),
    )


def make_boq(
    bills: dict[int, list[BoQLine]],
    *,
    contingency_pct: str = "10",
    tax_pct: str = "16",
    illustrative: bool = True,
    households: int = 40,
    unit_labels: str = "nrm",
    title: str = "Tumaini test settlement",
) -> BillOfQuantities:
    """Assemble a bill the way the engine does: Bill 13 = contingency % of Bills 1–12, tax on the cash part."""
    bills = dict(bills)
    subtotal = sum((ln.amount for n, lines in bills.items() if n <= 12 for ln in lines), D("0"))
    if D(contingency_pct) and subtotal:
        cont_amount = (subtotal * D(contingency_pct) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
        bills[13] = [
            line(
                "13.1",
                f"Contingency ({contingency_pct} % of Bills 1–12).",
                "sum",
                "1",
                str(cont_amount),
                kind=LineKind.PROVISIONAL_SUM,
            )
        ]
    sections = tuple(BillSection(n, BILL_TITLES[n], tuple(lines)) for n, lines in sorted(bills.items()))
    contingency = sum((s.total for s in sections if s.number == 13), D("0"))
    in_kind = sum((s.in_kind for s in sections), D("0"))
    tax = ((subtotal + contingency - in_kind) * D(tax_pct) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    tax_without = ((subtotal + contingency) * D(tax_pct) / 100).quantize(D("0.01"), rounding=ROUND_HALF_UP)
    total = subtotal + contingency + tax
    summary = Summary(
        bill_totals=tuple((s.number, s.title, s.total) for s in sections),
        subtotal=subtotal,
        contingency_pct=D(contingency_pct),
        contingency=contingency,
        tax_name="VAT",
        tax_pct=D(tax_pct),
        tax=tax,
        total=total,
        in_kind=in_kind,
        cash=total - in_kind,
        saving=in_kind + tax_without - tax,
    )
    return BillOfQuantities(
        title=title,
        option_id="opt-a",
        option_name="Shared yard taps",
        currency="KES",
        price_base="2026-01-01",
        region="nairobi",
        library_name="jamii-default",
        method_of_measurement="NRM2",
        unit_labels=unit_labels,
        illustrative=illustrative,
        bills=sections,
        summary=summary,
        households=households,
        persons=households * 4,
        exclusions=("Land acquisition.", "Household connections beyond the plot boundary."),
    )


def small_boq(**kwargs: object) -> BillOfQuantities:
    """Three bills and the contingency: bill 5 = 53,220.00, bill 7 = 44,455.00, bill 8 = 83,000.00, subtotal
    180,675.00, Bill 13 = 18,067.50, in kind 5,500.00, VAT 16 % of 193,242.50 = 30,918.80, total 229,661.30."""
    bills = {
        5: [
            line(
                "5.1",
                "Excavate footpath formation; average depth 150 mm.",
                "m3",
                "42.5",
                "320.00",
                in_kind="4000",
                build_up=("0.00", "280.00", "12.00", "28.00"),
            ),
            line(
                "5.2",
                "Murram surfacing 100 mm thick, compacted.",
                "m2",
                "283",
                "140.00",
                build_up=("90.00", "30.00", "8.00", "12.00"),
            ),
        ],
        7: [
            line(
                "7.1",
                "HDPE pipe DN 63 PN 10 in trench, including fittings.",
                "m",
                "310",
                "95.50",
                build_up=("70.00", "15.00", "2.00", "8.50"),
            ),
            line(
                "7.2",
                "Standpipe with two taps, concrete apron and soak-away.",
                "nr",
                "3",
                "4,950.00".replace(",", ""),
                in_kind="1500",
            ),
        ],
        8: [
            line(
                "8.1",
                "Communal toilet block, 4 seats (2 female, 2 male) with handwashing.",
                "nr",
                "1",
                "68000.00",
            ),
            line(
                "8.2",
                "Emptying and desludging allowance.",
                "sum",
                "1",
                "10000.00",
                kind=LineKind.PROVISIONAL_SUM,
            ),
            line(
                "8.3",
                "Choo cha pamoja — mlango wa chuma (Swahili); शौचालय का दरवाज़ा (Hindi).",
                "nr",
                "2",
                "2500.00",
            ),
        ],
    }
    return make_boq(bills, **kwargs)  # type: ignore[arg-type]


def big_boq(n_lines: int = 2000, bill_no: int = 7) -> BillOfQuantities:
    """One bill of ``n_lines`` lines with descriptions long enough to wrap (for paging tests and benchmarks)."""
    lines = []
    for i in range(1, n_lines + 1):
        qty = f"{(i * 37) % 500 + 1}.{i % 100:02d}"
        rate = f"{(i * 53) % 9000 + 10}.{(i * 7) % 100:02d}"
        desc = (
            f"Item {i}: supply and lay HDPE pipe DN {63 + (i % 3) * 27} in trench, including excavation in "
            f"soft material, bedding, backfilling in layers and reinstatement of the footpath surface."
        )
        lines.append(line(f"{bill_no}.{i}", desc, ("m", "m2", "m3", "nr")[i % 4], qty, rate))
    return make_boq({bill_no: lines}, illustrative=False)


def small_plan() -> PlanDrawing:
    styles = (
        PlanStyle("V-PROP-LINE", "Plot boundaries, existing", stroke="#aa00aa"),
        PlanStyle("C-BLDG-OTLN-N", "Buildings, proposed", stroke="#000000", fill="#f6cf9c"),
        PlanStyle("C-ROAD-WALK-N", "Footpaths, proposed", stroke="#996600", fill="#e9d8b4", dash_mm=(2, 1)),
        PlanStyle("C-WATR-APPT-N", "Standpipes, proposed", stroke="#1565c0", fill="#1565c0", symbol="tap"),
        PlanStyle("P-SANR-FIXT-N", "Toilets, proposed", stroke="#6a1b9a", fill="#6a1b9a", symbol="toilet"),
        PlanStyle("C-PROP-IDEN", "Plot numbers", legend=False),
        PlanStyle("UNUSED", "A layer with nothing on it"),
    )
    shapes = [
        PlanShape("area", "V-PROP-LINE", ((0, 0), (12, 0), (12, 16), (0, 16))),
        PlanShape("area", "V-PROP-LINE", ((12, 0), (24, 0), (24, 16), (12, 16))),
        PlanShape("area", "C-BLDG-OTLN-N", ((2, 3), (8, 3), (8, 11), (2, 11))),
        PlanShape("line", "C-ROAD-WALK-N", ((-2, 18), (30, 18)), width_m=1.5),
        PlanShape("point", "C-WATR-APPT-N", ((14, 18),)),
        PlanShape("point", "P-SANR-FIXT-N", ((20, 17),)),
        PlanShape("text", "C-PROP-IDEN", ((6, 14),), text="P-101"),
    ]
    return PlanDrawing(
        tuple(shapes),
        styles,
        TitleBlock(
            "Tumaini test",
            "Option: Yard taps",
            "Yard taps",
            drawing_no="JM-opt-a",
            date="2026-11-27",
            crs="EPSG:32737",
        ),
    )


def facts(**kw) -> PosterFacts:
    base = {
        "option_name": "Yard taps",
        "currency": "KES",
        "cost_per_household": D("45210.50"),
        "monthly_repayment": D("1250.40"),
        "repayment_months": 60,
        "walk_to_water_m": 132.4,
        "walk_to_toilet_m": 41.0,
        "households_served": 86,
        "households_total": 90,
        "total_cost": D("4068945.00"),
        "in_kind": D("120000.00"),
        "illustrative": True,
    }
    base.update(kw)
    return PosterFacts(**base)


def options() -> list[OptionComparison]:
    return [
        OptionComparison(
            "opt-a",
            "Standpipes",
            ((5, "Roads and footpaths", D("1000.00")), (7, "Water supply", D("5000.00"))),
            D("7200.00"),
            D("6800.00"),
            D("400.00"),
            90,
            D("3000"),
            D("600"),
            D("3200"),
            D("70.00"),
            0.8,
            (("Households within 50 m of a toilet", "82 %"),),
            True,
            cost_per_household=D("80.00"),
        ),
        OptionComparison(
            "opt-b",
            "Yard taps",
            ((7, "Water supply", D("9000.00")), (8, "Sanitation", D("4000.00"))),
            D("15080.00"),
            D("14000.00"),
            D("1080.00"),
            90,
            D("5000"),
            D("1000"),
            D("8000"),
            D("160.00"),
            0.55,
            (("Households within 50 m of a toilet", "95 %"),),
            cost_per_household=D("167.56"),
        ),
    ]
