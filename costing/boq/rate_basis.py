"""The assumptions-page rows that say where a bill's rates came from: benchmarks converted, rates illustrative.

Each rate derived from a published benchmark gets a row with the figure, the exchange rate and price
index that converted it (with their sources: ``costing.db.published_rates``); the illustrative rates are
counted (each is also flagged on its own line).
"""

from __future__ import annotations

from costing.boq.model import BillOfQuantities

__all__ = ["rate_basis_rows"]


def rate_basis_rows(boq: BillOfQuantities) -> tuple[tuple[str, str, str], ...]:
    """Return (assumption, value, source) rows for the benchmark and illustrative rates of ``boq``."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for ln in boq.lines():
        bu = ln.build_up
        if not ln.priced or bu is None or bu.basis != "benchmark" or ln.code in seen:
            continue
        seen.add(ln.code)
        when = f"{bu.price_date} prices"
        if bu.price_date and not boq.price_base.startswith(bu.price_date):
            # The index table ends before the bill's price base: said, not silently treated as current.
            when += f", not escalated to the bill's price base {boq.price_base} (no later index in the table)"
        rows.append(
            (
                f"Rate of {ln.code}: published benchmark (not a quote)",
                f"{boq.currency} {ln.rate:,} per {ln.unit} ({when})",
                bu.source,
            )
        )
    if boq.illustrative_count and not boq.illustrative:
        rows.append(
            (
                "Illustrative rates (no published source)",
                f"{boq.illustrative_count} of {boq.rated_count} rated lines, each marked on its line",
                f"cost library {boq.library_name}",
            )
        )
    return tuple(rows)
