"""Project metadata and design options."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from designer.model.errors import InvalidRecordError
from designer.model.records import Record, register

__all__ = ["OPTION_PALETTE", "PROJECT_ID", "FundingMix", "Option", "ProjectInfo", "next_option_colour"]

PROJECT_ID = "project"

OPTION_PALETTE: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
"""Option colours, Okabe & Ito (2008) "Color Universal Design": told apart by viewers with any common
colour-vision deficiency. Yellow is left out (the selection colour) and so is black (the plan's lines)."""


def next_option_colour(used: Iterable[str]) -> str:
    """Return the first palette colour no option uses yet (when all are used, the least used one)."""
    taken = [c.lower() for c in used]
    return min(OPTION_PALETTE, key=lambda c: (taken.count(c.lower()), OPTION_PALETTE.index(c)))


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ProjectInfo(Record):
    """What the project is, where it is and how it is priced.

    Geometry in the document is in local metres; add ``origin_x_m, origin_y_m`` to get coordinates in
    the project CRS: ``crs_wkt`` (WKT2, the full definition, also for a local Transverse Mercator
    that has no EPSG code) and ``crs_epsg`` (its EPSG code when it has one). Both empty: local metres. ``terrain_dem`` is the
    path of a terrain model (GeoTIFF, any CRS) the pressure check takes ground levels from,
    ``terrain_contours`` of a GIS file of contour lines with an elevation field; empty: spot levels only.
    """

    KIND: ClassVar[str] = "project"
    # The secret salt of household pseudonyms stays in the project file and out of shared copies.
    PERSONAL: ClassVar[tuple[str, ...]] = ("pseudonym_secret",)
    id: str = PROJECT_ID
    name: str = "Untitled settlement"
    place: str = ""
    crs_epsg: int | None = None
    crs_wkt: str = ""
    origin_x_m: float = 0.0
    origin_y_m: float = 0.0
    currency: str = "KES"
    currency_source: str = ""
    """Where ``currency`` came from: "" the default (not chosen yet), "user" (Properties, ``--currency``) or
    "country DJ" (the country the imported data lies in, ``designer.io.country``). An import changes only ""."""
    cost_library: str = "jamii-default"
    cost_region: str = "nairobi"
    price_date: str = "2026-01-01"
    standards_profile: str = "sphere-2018"
    persons_per_household: float = 4.0
    language: str = "en"
    unit_labels: str = "nrm"
    description: str = ""
    country: str = ""
    """ISO 3166-1 alpha-2 code ("KE"); chooses the tax table and price index. "" = not given (unknown)."""
    assumptions: tuple[tuple[str, str], ...] = ()
    """Per-project overrides of costing assumptions as (name, value) pairs, e.g. ``(("contingency_pct", "7.5"),)``;
    names as listed by ``jamii cost --assumptions`` (designer.estimate.assumptions)."""
    terrain_dem: str = ""
    terrain_contours: str = ""
    pseudonym_secret: str = ""
    """Hex key of the household pseudonyms (HMAC-SHA256 of the survey id); made at the first import."""

    @property
    def crs_label(self) -> str:
        """``EPSG:32737``, or the name in the CRS's WKT for a CRS without a code; ``""`` for local metres."""
        if self.crs_epsg:
            return f"EPSG:{self.crs_epsg}"
        if self.crs_wkt:
            m = re.match(r'\s*\w+\[\s*"([^"]*)"', self.crs_wkt)
            return f"{m.group(1) if m else 'custom CRS'} (no EPSG code)"
        return ""

    def __post_init__(self) -> None:
        if self.id != PROJECT_ID:
            raise InvalidRecordError(self.id, self.KIND, f"the project record's id must be {PROJECT_ID!r}")
        if not self.persons_per_household > 0:
            raise InvalidRecordError(self.id, self.KIND, "persons per household must be positive")
        if not re.fullmatch(r"[A-Z]{3}", self.currency):
            raise InvalidRecordError(
                self.id, self.KIND, f"{self.currency!r} is not an ISO 4217 currency code"
            )
        if self.crs_epsg is not None and not 1024 <= self.crs_epsg <= 999999:
            raise InvalidRecordError(self.id, self.KIND, f"{self.crs_epsg} is not an EPSG code")


@dataclass(frozen=True, slots=True, kw_only=True)
class FundingMix:
    """How an option is paid for; shares are fractions (0–1) of the cash cost after in-kind work.

    Attributes:
        savings_share: part paid from the savings groups' balances.
        subsidy_share: part paid by a city or national fund, capped per household.
        subsidy_cap_per_household: the fund's cap per household (project currency; 0 = no cap).
        loan_share: part borrowed and repaid monthly by households.
        loan_rate_pct_per_year: nominal annual interest rate of the loan, in percent.
        loan_term_months: repayment period after the grace period.
        loan_grace_months: months before the first repayment (interest accrues).
        government_works: amount the government builds directly (trunk works), not charged to households.
    """

    savings_share: float = 0.1
    subsidy_share: float = 0.6
    subsidy_cap_per_household: Decimal = Decimal("0")
    loan_share: float = 0.3
    loan_rate_pct_per_year: float = 6.0
    loan_term_months: int = 60
    loan_grace_months: int = 0
    government_works: Decimal = Decimal("0")


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class Option(Record):
    """A design option: its interventions are the entities whose scope is this option's id.

    Attributes:
        community_labour_share: share (0–1) of the labour of community-buildable items done by residents.
        labour_share_by_bill: overrides of that share per bill number, e.g. ``(("5", 0.5),)``.
        local_materials: resource codes supplied by the community (e.g. stabilised soil blocks).
    """

    KIND: ClassVar[str] = "option"
    ID_PREFIX: ClassVar[str] = "opt"
    name: str
    description: str = ""
    proposed_by: str = ""
    colour: str = OPTION_PALETTE[0]
    community_labour_share: float = 0.0
    labour_share_by_bill: tuple[tuple[str, float], ...] = ()
    local_materials: tuple[str, ...] = ()
    funding: FundingMix = FundingMix()

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidRecordError(self.id, self.KIND, "an option needs a name")
        shares = [self.community_labour_share, *(s for _, s in self.labour_share_by_bill)]
        f = self.funding
        shares += [f.savings_share, f.subsidy_share, f.loan_share]
        if any(not 0.0 <= s <= 1.0 for s in shares):
            raise InvalidRecordError(self.id, self.KIND, "shares must lie between 0 and 1")
