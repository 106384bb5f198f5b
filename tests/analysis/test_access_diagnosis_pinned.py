"""The access diagnosis (per plot: direct access, depth, narrowest width; per block) gives the same bytes
as before it was made fast (issue 17).

The pins in tests/data/access/ were written by ``diagnose_access(...).to_json()`` as it was before that
work: the bundled sample (existing conditions and option A), a 300-plot synthetic settlement
(benchmarks/synthetic.py, paths drawn: no derived centrelines, as ``jamii check`` runs it) and a
plots-only parcel layout (derived centrelines). A change of the *results* is a change of these files:
regenerate them with ``JAMII_WRITE_PINS=1`` and say why in the commit.

Re-pinned once, deliberately, when blocks and frontages came to be measured edge by edge (issue 17; the
commit lists every difference): the same blocks with the same plots; frontages without the old
double-counted stretches (an edge both near the block's outline and within the tolerance of a drawn
path was counted twice), without the centimetre the old method added past each corner, and, for a plot
a drawn road crosses, along its cut edges instead of its old outline under the road; entrances and
widths on the way out follow those frontages; block numbers follow their centroids.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from designer.analysis.access_diagnosis import diagnose_access
from designer.io.project_file import load_project
from designer.resources import sample_project_path
from tests.analysis.parcels import jittered_blocks

PINS = Path(__file__).resolve().parent.parent / "data" / "access"
WRITE = os.environ.get("JAMII_WRITE_PINS") == "1"


def _synthetic_300():
    from benchmarks.synthetic import OPTION_ID, make_settlement

    doc = make_settlement(300, households=True)
    return doc, OPTION_ID, False


CASES = {
    "sample-existing": lambda: (load_project(sample_project_path()), None, True),
    "sample-opt-a": lambda: (load_project(sample_project_path()), "opt-a", True),
    "synthetic-300-opt": _synthetic_300,
    "parcels-600": lambda: (jittered_blocks(600), None, True),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_access_diagnosis_is_unchanged(name):
    doc, option, centrelines = CASES[name]()
    text = json.dumps(
        diagnose_access(doc, option, centrelines=centrelines).to_json(), indent=1, sort_keys=True
    )
    pin = PINS / f"{name}.json.gz"
    if WRITE:
        pin.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    expected = gzip.decompress(pin.read_bytes()).decode("utf-8")
    if text != expected:
        first = next((i for i, (a, b) in enumerate(zip(text, expected, strict=False)) if a != b), 0)
        line = text.count("\n", 0, first) + 1
        pytest.fail(
            f"{name}: the diagnosis differs from the pin from line {line}: {text.splitlines()[line - 1]!r}"
        )
