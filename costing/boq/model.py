"""The bill of quantities as data: what every renderer (PDF, XLSX, CSV, Qt table) shows.

Money is ``Decimal`` in the bill's currency. Amounts are rounded once per line by
``costing.boq.money.line_amount`` (round half up to the cent); every total is a sum of rounded
lines, so any renderer that re-adds the lines gets the same totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from costing.boq.money import share_equally

__all__ = [
    "BILL_TITLES",
    "BillOfQuantities",
    "BillSection",
    "BoQLine",
    "LineKind",
    "Provenance",
    "RateBuildUp",
    "Summary",
    "incomplete_note",
]

BILL_TITLES: dict[int, str] = {
    1: "Preliminaries",
    2: "Site clearance, demolition and earthworks",
    3: "Housing: substructure",
    4: "Housing: superstructure",
    5: "Roads and footpaths",
    6: "Storm drainage",
    7: "Water supply",
    8: "Sanitation",
    9: "Street lighting",
    10: "External works and community facilities",
    11: "Provisional and PC sums",
    12: "Dayworks",
    13: "Contingency",
}
"""The bills, in the order of CONVENTIONS.md."""


class LineKind(StrEnum):
    MEASURED = "measured"
    PROVISIONAL_SUM = "provisional_sum"
    PC_SUM = "pc_sum"
    DAYWORK = "daywork"


@dataclass(frozen=True)
class Provenance:
    """Where a quantity came from: drawn geometry (entity ids), a formula (with its inputs), or manual entry."""

    method: str  # "drawn" | "formula" | "manual"
    source_ids: tuple[str, ...] = ()
    formula: str = ""
    inputs: tuple[tuple[str, float], ...] = ()
    parts: tuple[tuple[str, float, tuple[tuple[str, float], ...]], ...] = ()
    """Per contributing entity: (entity id, its unrounded quantity, the formula's inputs for it)."""


@dataclass(frozen=True)
class RateBuildUp:
    """A unit rate split into its components (per billed unit, bill currency).

    ``rate`` = materials + labour + plant + overheads_and_profit, already rounded to the cent.
    """

    materials: Decimal
    labour: Decimal
    plant: Decimal
    overheads_and_profit: Decimal
    source: str = ""
    price_date: str = ""
    basis: str = ""
    """What the rate is: "published", "benchmark", "illustrative" or "" (``costing.db.schema.RATE_BASES``)."""

    @property
    def illustrative(self) -> bool:
        return self.basis == "illustrative"

    @property
    def rate(self) -> Decimal:
        return self.materials + self.labour + self.plant + self.overheads_and_profit


@dataclass(frozen=True)
class BoQLine:
    """One line of a bill.

    Attributes:
        ref: item reference within the bill ("7.3" or "7/A").
        code: the cost-library assembly code it was priced from.
        unit: canonical unit (m, m2, m3, kg, t, nr, item, sum, h); renderers label it per locale.
        quantity: billed quantity, already rounded by the measurement method.
        rate: unit rate (bill currency).
        amount: quantity × rate rounded half up to the cent.
        in_kind: part of ``amount`` contributed by the community (labour, local materials).
        unpriced: why the line has no rate (empty when priced). An unpriced line's rate and amount
            are *unknown*, not zero: renderers print "unpriced" in those cells and the bill is incomplete.
    """

    ref: str
    code: str
    description: str
    unit: str
    quantity: Decimal
    rate: Decimal
    amount: Decimal
    kind: LineKind = LineKind.MEASURED
    build_up: RateBuildUp | None = None
    in_kind: Decimal = Decimal("0")
    provenance: Provenance = field(default_factory=lambda: Provenance("manual"))
    unpriced: str = ""
    in_kind_per_unit: Decimal = Decimal("0")
    """Unrounded in-kind value per unit: ``in_kind = min(round(quantity × in_kind_per_unit), amount)``."""

    @property
    def cash(self) -> Decimal:
        return self.amount - self.in_kind

    @property
    def priced(self) -> bool:
        return not self.unpriced

    @property
    def illustrative(self) -> bool:
        """The line's rate is illustrative (no published source): reports flag the line itself."""
        return self.build_up is not None and self.build_up.illustrative


@dataclass(frozen=True)
class BillSection:
    """One bill (section) with its lines."""

    number: int
    title: str
    lines: tuple[BoQLine, ...]

    @property
    def total(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0"))

    @property
    def in_kind(self) -> Decimal:
        return sum((ln.in_kind for ln in self.lines), Decimal("0"))

    @property
    def unpriced_count(self) -> int:
        return sum(1 for ln in self.lines if ln.unpriced)


@dataclass(frozen=True)
class Summary:
    """The main summary: bill totals, subtotal, contingency, tax, total (all Decimal, to the cent).

    ``bill_totals`` lists every bill present (Bill 13 is the contingency line); ``subtotal`` is the
    sum of Bills 1–12; ``contingency`` is Bill 13's total; ``tax`` is ``tax_pct`` of the *cash* part
    (subtotal + contingency − in-kind: residents' own labour and materials are not a taxable
    supply); ``total = subtotal + contingency + tax``; ``cash = total − in_kind``. ``saving`` is
    what the community contribution saves in cash: the in-kind value plus the tax not charged on it.
    """

    bill_totals: tuple[tuple[int, str, Decimal], ...]
    subtotal: Decimal
    contingency_pct: Decimal
    contingency: Decimal
    tax_name: str
    tax_pct: Decimal
    tax: Decimal
    total: Decimal
    in_kind: Decimal
    cash: Decimal
    saving: Decimal = Decimal("0")


@dataclass(frozen=True)
class BillOfQuantities:
    """A priced bill of quantities for one option.

    Attributes:
        title: project name; ``option_name``: the design option.
        method_of_measurement: e.g. "NRM2", "CESMM4", "East African SMM", "IS 1200".
        unit_labels: label set name ("nrm", "east_africa", "india").
        illustrative: True when the cost library says all its rates are not from a published source;
            every report must then carry a visible warning. A library that is illustrative only in part
            marks those rates (``RateBuildUp.basis``): see ``illustrative_count`` and ``BoQLine.illustrative``.
        households: households served, for per-household figures.
    """

    title: str
    option_id: str
    option_name: str
    currency: str
    price_base: str
    region: str
    library_name: str
    method_of_measurement: str
    unit_labels: str
    illustrative: bool
    bills: tuple[BillSection, ...]
    summary: Summary
    households: int = 0
    persons: int = 0
    exclusions: tuple[str, ...] = ()
    price_notes: tuple[str, ...] = ()
    uncharged_codes: tuple[str, ...] = ()
    """Item codes that are transfers to households (no contingency or tax on them)."""
    assumptions: tuple[tuple[str, str, str], ...] = ()
    """(assumption, value, where it came from) for the assumptions page of every report."""

    def lines(self) -> list[BoQLine]:
        return [ln for b in self.bills for ln in b.lines]

    @property
    def per_household(self) -> Decimal | None:
        """The total shared by the households served (None when the bill serves no household)."""
        return share_equally(self.summary.total, self.households)

    @property
    def cash_per_household(self) -> Decimal | None:
        """The cash part shared by the households served (None when the bill serves no household)."""
        return share_equally(self.summary.cash, self.households)

    @property
    def per_person(self) -> Decimal | None:
        """The total shared by the persons served (None when no persons are known)."""
        return share_equally(self.summary.total, self.persons)

    @property
    def unpriced_lines(self) -> list[BoQLine]:
        """The lines the library could not price (their amounts are unknown, not zero)."""
        return [ln for b in self.bills for ln in b.lines if ln.unpriced]

    @property
    def unpriced_count(self) -> int:
        return sum(b.unpriced_count for b in self.bills)

    @property
    def illustrative_count(self) -> int:
        """Priced lines whose rate is illustrative (each flagged on its line in every report)."""
        return sum(1 for ln in self.lines() if ln.priced and ln.illustrative)

    @property
    def rated_count(self) -> int:
        """Priced lines with a library rate (not percentages, sums or manual entries)."""
        return sum(1 for ln in self.lines() if ln.priced and ln.build_up is not None)

    @property
    def has_illustrative_rates(self) -> bool:
        """Any of the bill's rates is illustrative (the whole library, or some of its rates)."""
        return self.illustrative or self.illustrative_count > 0

    @property
    def complete(self) -> bool:
        """True when every line is priced; an incomplete bill's totals are only those of its priced lines."""
        return self.unpriced_count == 0

    @property
    def partial_bills(self) -> frozenset[int]:
        """Bills whose totals are not known: those with unpriced lines and, in an incomplete bill, those
        with lines computed as a percentage of the works (preliminaries, contingency), which are then
        percentages of the priced part only."""
        if self.complete:
            return frozenset()
        derived = {"measured_works", "subtotal", "pc_sum"}
        return frozenset(
            b.number
            for b in self.bills
            if b.unpriced_count or any(derived & {k for k, _ in ln.provenance.inputs} for ln in b.lines)
        )

    @property
    def incomplete_note(self) -> str:
        """Return "incomplete: N items unpriced" (empty for a complete bill)."""
        return incomplete_note(self.unpriced_count)


def incomplete_note(unpriced_count: int) -> str:
    """Return the one wording every report uses for a bill with unpriced items ("" when there are none)."""
    if unpriced_count <= 0:
        return ""
    return f"incomplete: {unpriced_count} item{'s' if unpriced_count != 1 else ''} unpriced"
