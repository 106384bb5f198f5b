"""Reusing the option's plot gates for the existing conditions gives exactly the fresh answer."""

from __future__ import annotations

import numpy as np
import pytest

from designer.analysis.access import compute_access
from designer.analysis.layout import build_layout
from designer.analysis.standards import load_pack
from designer.resources import sample_project_path
from tests.analysis.layouts import widened_lane


def _compare(doc, option_id):
    pack = load_pack("sphere-2018")
    after = build_layout(doc, option_id)
    before = build_layout(doc, None)
    acc = compute_access(after, pack)
    reused = compute_access(before, pack, routes=False, like=(after, acc))
    fresh = compute_access(before, pack, routes=False)
    assert np.array_equal(reused.has_access, fresh.has_access)
    ok = fresh.has_access
    assert np.allclose(reused.gate_xy[ok], fresh.gate_xy[ok])
    assert np.array_equal(reused.water.facility, fresh.water.facility)
    assert np.allclose(reused.water.plain_m, fresh.water.plain_m, equal_nan=True)
    assert np.allclose(reused.toilet.plain_m, fresh.toilet.plain_m, equal_nan=True)
    return fresh


@pytest.mark.parametrize("option_id", ["opt-a", "opt-b", "opt-c"])
def test_reused_gates_equal_fresh_ones_on_the_sample(option_id):
    from designer.io.project_file import load_project

    _compare(load_project(sample_project_path()), option_id)


def test_reused_gates_equal_fresh_ones_when_a_path_is_widened():
    fresh = _compare(widened_lane(), "wide")
    # P3 has no access before the widening: the reuse must not borrow the widened lane's gate
    assert fresh.has_access.tolist() == [True, True, False]
