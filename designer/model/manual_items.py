"""Items a quantity surveyor adds to an option's bill by hand: not measured from the drawing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from designer.model.errors import InvalidRecordError
from designer.model.records import Record, register

__all__ = ["BILLED_UNITS", "ManualItem"]

BILLED_UNITS = ("m", "m2", "m3", "kg", "t", "nr", "item", "sum", "h")
"""The canonical units of a bill (as in ``costing``; the model does not import it)."""


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class ManualItem(Record):
    """A priced item added by hand to one option: a rate given in the bill's currency, or a library code.

    Attributes:
        option_id: the option whose bill carries it.
        quantity: in ``unit`` (canonical: m, m2, m3, kg, t, nr, item, sum, h).
        rate: the unit rate in the bill's currency, or None to price ``code`` from the cost library.
        code: a cost-library item code (used when ``rate`` is None; its unit must be ``unit``).
        bill: the bill (1–12) it is listed in.
        note: where the quantity or rate comes from (a quote, a drawing not in Jamii …).
    """

    KIND: ClassVar[str] = "manual_item"
    ID_PREFIX: ClassVar[str] = "mi"
    REFERENCES: ClassVar[dict[str, tuple[str, ...]]] = {"option_id": ("option",)}
    option_id: str
    description: str
    unit: str
    quantity: Decimal
    rate: Decimal | None = None
    code: str = ""
    bill: int = 10
    note: str = ""

    def __post_init__(self) -> None:
        def bad(reason: str) -> InvalidRecordError:
            return InvalidRecordError(self.id, self.KIND, reason)

        if not self.description.strip():
            raise bad("a manual item needs a description")
        if self.unit not in BILLED_UNITS:
            raise bad(f"unit {self.unit!r} is not one of {', '.join(BILLED_UNITS)}")
        if not (self.quantity.is_finite() and self.quantity > 0):
            raise bad(f"quantity {self.quantity} must be a positive number")
        if (self.rate is None) == (not self.code):
            raise bad("give either a rate or a cost-library code (one of them)")
        if self.rate is not None and not (self.rate.is_finite() and self.rate >= 0):
            raise bad(f"rate {self.rate} must be a number ≥ 0")
        if not 1 <= self.bill <= 12:
            raise bad(f"bill {self.bill} is not 1–12")
