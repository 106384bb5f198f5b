"""The comparison report says how many plots a path reaches before and after an access proposal."""

from __future__ import annotations

from designer.analysis.access_derive import accept_derived_paths, derive_paths
from designer.analysis.access_paths import propose_access
from designer.export.reports import comparison_data
from tests.analysis.parcels import parcel_grid


def test_comparison_row_counts_plots_reachable_before_and_after_the_proposal():
    doc = parcel_grid(2, 1, 4, households=True)
    accept_derived_paths(derive_paths(doc)).do(doc)
    proposal = propose_access(doc)
    proposal.command.do(doc)
    (row,) = comparison_data(doc)
    figures = dict(row.scorecard)
    assert figures["Plots reachable by a path (before → after)"] == "24 → 32 of 32"
    assert figures["Households displaced"] == "0"


def test_the_poster_says_how_many_plots_a_path_reaches_before_and_after(tmp_path):
    from designer.export.reports import export_poster
    from tests.costing.pdf_readback import pages_text

    doc = parcel_grid(2, 1, 4, households=True)
    accept_derived_paths(derive_paths(doc)).do(doc)
    proposal = propose_access(doc)
    proposal.command.do(doc)
    export_poster(doc, proposal.option_id, tmp_path / "poster.pdf")
    text = " ".join(pages_text(tmp_path / "poster.pdf")[0].split())
    assert "plots a path reaches: 24 → 32 of 32" in text
