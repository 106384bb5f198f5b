"""Build a priced bill of quantities from a takeoff, a cost library and settings.

Measured lines are priced one by one (``price_line``; cached per line by the live re-costing), then
``assemble`` completes the bill: item references, preliminaries (Bill 1), provisional and PC sums
(Bill 11), dayworks (Bill 12), contingency (Bill 13), tax and the main summary. All rounding goes
through ``costing.boq.money``; totals are sums of rounded lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

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
from costing.boq.money import ZERO, line_amount, round_money, to_decimal
from costing.boq.settings import CommunityContribution, EstimateSettings, rounding_for_method
from costing.db.repository import CostLibrary, PricedItem
from costing.takeoff.engine import MeasuredLine, Takeoff

__all__ = [
    "MANUAL_MARK",
    "BoQHeader",
    "ManualLine",
    "assemble",
    "build_bill",
    "price_line",
    "price_manual",
    "unpriced_reason",
]

_HUNDRED = Decimal(100)
MEASURED_BILLS = range(1, 11)


@dataclass(frozen=True)
class BoQHeader:
    """Who and what a bill is for."""

    title: str = ""
    option_id: str = ""
    option_name: str = ""
    households: int = 0
    persons: int = 0


def price_line(
    line: MeasuredLine,
    takeoff: Takeoff,
    library: CostLibrary,
    settings: EstimateSettings,
    community: CommunityContribution,
    *,
    with_parts: bool = False,
) -> tuple[int, BoQLine, str | None]:
    """Price one measured line; return (bill number, bill line with ref not yet set, exclusion note or None).

    ``with_parts``: also keep each contributing entity's quantity and inputs (``Provenance.parts``, for the
    XLSX measurement sheet); off for live re-costing, where a line of thousands of entities is re-priced
    after every edit.
    """
    method = settings.method_of_measurement or library.meta.method_of_measurement
    qty = rounding_for_method(method).billed(line.quantity, line.unit)
    provenance = Provenance(
        method=takeoff.provenance_method(line),
        source_ids=line.sources(),
        formula=line.formula,
        inputs=takeoff.inputs(line),
        parts=takeoff.parts(line) if with_parts else (),
    )
    item = library.price(line.code, settings.region, settings.price_date)
    reason = unpriced_reason(line.code, line.unit, item, library.meta.name)
    if item is None or reason:
        return (
            line.bill,
            BoQLine(
                "",
                line.code,
                f"{line.description} — NOT PRICED ({reason})",
                line.unit,
                qty,
                ZERO,
                ZERO,
                provenance=provenance,
                unpriced=reason,
            ),
            f"{line.description}: {reason}",
        )
    bu = item.build_up
    factor = settings.factor_for(line.bill)
    if factor != 1:  # escalation to the project's price date and/or conversion to its currency
        bu = scale_build_up(bu, factor)
    amount = line_amount(qty, bu.rate)
    in_kind = per_unit = ZERO
    if item.community_ok:
        per_unit = bu.labour * community.share_for(line.bill)
        per_unit += sum(
            (v * factor for k, v in item.materials_by_resource.items() if k in community.local_materials),
            ZERO,
        )
        in_kind = min(round_money(qty * per_unit), amount)
    description = line.description
    if item.unit != line.unit:
        # An explicit conversion of the mapping: printed on the line so a reader can check it.
        description += (
            f" [priced as {item.factor.normalize():f} {item.unit} of {library.meta.name} item "
            f"{item.library_code} per {line.unit}]"
        )
    return (
        line.bill,
        BoQLine(
            "",
            item.library_code,
            description,
            line.unit,
            qty,
            bu.rate,
            amount,
            LineKind.MEASURED,
            bu,
            in_kind,
            provenance,
            in_kind_per_unit=per_unit,
        ),
        None,
    )


def scale_build_up(bu: RateBuildUp, factor: Decimal) -> RateBuildUp:
    """Return a build-up with every component multiplied by ``factor`` (each rounded to the cent once)."""
    return replace(
        bu,
        materials=round_money(bu.materials * factor),
        labour=round_money(bu.labour * factor),
        plant=round_money(bu.plant * factor),
        overheads_and_profit=round_money(bu.overheads_and_profit * factor),
    )


def unpriced_reason(code: str, unit: str, item: PricedItem | None, library_name: str) -> str:
    """Return why a line measured per ``unit`` cannot take ``item``'s rate ("" when it can).

    A library lacking the item, or an item in another unit without a conversion factor in the
    library's mapping (a m3 trench at a per-metre pipe rate), leaves the line unpriced: never 0.00.
    """
    if item is None:
        return f"no item {code} in cost library {library_name}"
    if item.unit != unit and item.factor == 1:
        return (
            f"item {item.library_code} is priced per {item.unit} in {library_name}, measured per {unit}, "
            "and the mapping gives no conversion factor"
        )
    return ""


@dataclass(frozen=True)
class ManualLine:
    """An item added by hand (not measured): a rate in the bill currency, or a library code to price."""

    item_id: str
    bill: int
    description: str
    unit: str
    quantity: Decimal
    rate: Decimal | None = None
    code: str = ""


MANUAL_MARK = "[manual item]"
"""Appended to a manual line's description: every report shows the line was not measured from the drawing."""


def price_manual(
    item: ManualLine, library: CostLibrary, settings: EstimateSettings
) -> tuple[int, BoQLine, str | None]:
    """Price a manual line: its own rate (bill currency), or its library code with the unit check."""
    provenance = Provenance("manual", (item.item_id,))
    description = f"{item.description} {MANUAL_MARK}"
    if item.rate is not None:
        rate = round_money(item.rate)
        return (
            item.bill,
            BoQLine(
                "",
                "",
                description,
                item.unit,
                item.quantity,
                rate,
                line_amount(item.quantity, rate),
                provenance=provenance,
            ),
            None,
        )
    priced = library.price(item.code, settings.region, settings.price_date)
    reason = unpriced_reason(item.code, item.unit, priced, library.meta.name)
    if priced is None or reason:
        line = BoQLine(
            "",
            item.code,
            f"{description} — NOT PRICED ({reason})",
            item.unit,
            item.quantity,
            ZERO,
            ZERO,
            provenance=provenance,
            unpriced=reason,
        )
        return item.bill, line, f"{item.description}: {reason}"
    bu = priced.build_up
    factor = settings.factor_for(item.bill)
    if factor != 1:
        bu = scale_build_up(bu, factor)
    amount = line_amount(item.quantity, bu.rate)
    line = BoQLine(
        "",
        priced.library_code,
        description,
        item.unit,
        item.quantity,
        bu.rate,
        amount,
        LineKind.MEASURED,
        bu,
        provenance=provenance,
    )
    return item.bill, line, None


def build_bill(
    takeoff: Takeoff,
    library: CostLibrary,
    settings: EstimateSettings | None = None,
    community: CommunityContribution | None = None,
    header: BoQHeader | None = None,
    notes: Iterable[str] = (),
) -> BillOfQuantities:
    """Price every measured line of ``takeoff`` and complete the bill (see ``assemble``).

    ``notes`` (e.g. how the households were counted) follow the pricing's own notes on unpriced lines.
    """
    settings = settings or EstimateSettings.defaults(library.meta.currency)
    community = community or CommunityContribution()
    priced = []
    exclusions = []
    for ln in takeoff.sorted_lines():
        bill, bl, note = price_line(ln, takeoff, library, settings, community)
        priced.append((bill, bl))
        if note:
            exclusions.append(note)
    return assemble(priced, library, settings, header or BoQHeader(), [*exclusions, *notes])


def _sum_line(
    description: str,
    amount: Decimal,
    kind: LineKind,
    formula: str,
    inputs: tuple[tuple[str, float], ...] = (),
) -> BoQLine:
    amount = round_money(amount)
    return BoQLine(
        "",
        "",
        description,
        "sum",
        Decimal(1),
        amount,
        amount,
        kind,
        provenance=Provenance("formula" if formula else "manual", (), formula, inputs),
    )


def _with_ref(line: BoQLine, ref: str) -> BoQLine:
    """Return ``replace(line, ref=ref)``, copied field for field: ``dataclasses.replace`` re-runs the
    13-field constructor, a third of assembling a bill that is re-assembled after every edit."""
    numbered = object.__new__(BoQLine)
    numbered.__dict__.update(line.__dict__)
    object.__setattr__(numbered, "ref", ref)
    return numbered


def assemble(
    measured: Iterable[tuple[int, BoQLine]],
    library: CostLibrary,
    settings: EstimateSettings,
    header: BoQHeader,
    exclusions: Iterable[str] = (),
) -> BillOfQuantities:
    """Complete a bill from priced measured lines ``(bill, line)`` in bill order and return it.

    Bill 1 gets a preliminaries line (% of the measured works of Bills 1–10), Bill 11 the
    provisional and PC sums, Bill 12 dayworks, Bill 13 the contingency (% of Bills 1–12); then the
    main summary with tax on the cash part. Item references are ``<bill>.<n>``.
    """
    meta = library.meta
    by_bill: dict[int, list[BoQLine]] = {}
    for bill, ln in measured:
        by_bill.setdefault(bill, []).append(ln)
    measured_total = sum((ln.amount for b in MEASURED_BILLS for ln in by_bill.get(b, [])), ZERO)
    mt = float(measured_total)
    if settings.preliminaries_pct and measured_total:
        by_bill.setdefault(1, []).insert(
            0,
            _sum_line(
                f"Preliminaries and general items: site establishment, setting out and supervision "
                f"({settings.preliminaries_pct} % of measured works)",
                measured_total * settings.preliminaries_pct / _HUNDRED,
                LineKind.MEASURED,
                "preliminaries_pct / 100 * measured_works",
                (("preliminaries_pct", float(settings.preliminaries_pct)), ("measured_works", mt)),
            ),
        )
    for s in settings.provisional_sums:
        amount = s.amount if s.amount is not None else measured_total * (s.pct_of_measured or ZERO) / _HUNDRED
        formula = "" if s.amount is not None else "pct_of_measured / 100 * measured_works"
        inputs = (
            ()
            if s.amount is not None
            else (("pct_of_measured", float(s.pct_of_measured or 0)), ("measured_works", mt))
        )
        kind = LineKind.PC_SUM if s.kind == "pc" else LineKind.PROVISIONAL_SUM
        if round_money(amount) <= 0:
            continue
        line = _sum_line(s.description, amount, kind, formula, inputs)
        by_bill.setdefault(11, []).append(line)
        if kind is LineKind.PC_SUM and s.attendance_pct:
            by_bill[11].append(
                _sum_line(
                    f"Profit and attendance on the above PC sum ({s.attendance_pct} %)",
                    line.amount * s.attendance_pct / _HUNDRED,
                    LineKind.MEASURED,
                    "attendance_pct / 100 * pc_sum",
                    (("attendance_pct", float(s.attendance_pct)), ("pc_sum", float(line.amount))),
                ),
            )
    if settings.dayworks > 0:
        by_bill.setdefault(12, []).append(
            _sum_line(
                "Provisional dayworks (labour, materials and plant at schedule rates)",
                settings.dayworks,
                LineKind.DAYWORK,
                "",
            )
        )
    subtotal = sum((ln.amount for b, lines in by_bill.items() if b <= 12 for ln in lines), ZERO)
    # Transfers to households (relocation allowances) are not works: no contingency or tax on them.
    uncharged = sum(
        (
            ln.amount
            for b, lines in by_bill.items()
            if b <= 12
            for ln in lines
            if ln.code in settings.uncharged_codes
        ),
        ZERO,
    )
    charged = subtotal - uncharged
    if settings.contingency_pct and charged:
        by_bill[13] = [
            _sum_line(
                f"Contingency ({settings.contingency_pct} % of Bills 1–12"
                + (", allowances to households excluded)" if uncharged else ")"),
                charged * settings.contingency_pct / _HUNDRED,
                LineKind.PROVISIONAL_SUM,
                "contingency_pct / 100 * subtotal",
                (("contingency_pct", float(settings.contingency_pct)), ("subtotal", float(charged))),
            ),
        ]
    bills = []
    for number in sorted(by_bill):
        lines = tuple(_with_ref(ln, f"{number}.{i}") for i, ln in enumerate(by_bill[number], start=1))
        bills.append(BillSection(number, BILL_TITLES[number], lines))
    contingency = sum((ln.amount for ln in by_bill.get(13, [])), ZERO)
    in_kind = sum((ln.in_kind for b in bills for ln in b.lines), ZERO)
    tax = round_money((charged + contingency - in_kind) * settings.tax_pct / _HUNDRED)
    tax_without_community = round_money((charged + contingency) * settings.tax_pct / _HUNDRED)
    total = subtotal + contingency + tax
    summary = Summary(
        bill_totals=tuple((b.number, b.title, b.total) for b in bills),
        subtotal=subtotal,
        contingency_pct=to_decimal(settings.contingency_pct),
        contingency=contingency,
        tax_name=settings.tax_name,
        tax_pct=to_decimal(settings.tax_pct),
        tax=tax,
        total=total,
        in_kind=in_kind,
        cash=total - in_kind,
        saving=in_kind + tax_without_community - tax,
    )
    return BillOfQuantities(
        title=header.title,
        option_id=header.option_id,
        option_name=header.option_name,
        currency=settings.currency or meta.currency,
        price_base=settings.price_base or settings.price_date or meta.price_base,
        region=settings.region or meta.region,
        library_name=meta.name,
        method_of_measurement=settings.method_of_measurement or meta.method_of_measurement,
        unit_labels=settings.unit_labels or meta.unit_labels,
        illustrative=meta.illustrative,
        bills=tuple(bills),
        summary=summary,
        households=header.households,
        persons=header.persons,
        exclusions=tuple(exclusions),
        price_notes=settings.price_notes,
        uncharged_codes=tuple(sorted(settings.uncharged_codes)),
    )
