"""The full bill of the sample's options and of a 300-plot synthetic settlement stays the same to the cent.

Guards the speed work on the take-off (vectorised measurement, bulk elements, the rules engine in bulk):
every line's quantity, rate, amount, in-kind value and provenance must come out exactly as before.
``tests/estimate/bill_snapshot.py`` says how the snapshot is made and when to regenerate it.
"""

from __future__ import annotations

import json

import pytest

from tests.estimate.bill_snapshot import SNAPSHOT_PATH, current_bills


@pytest.fixture(scope="module")
def bills():
    # Priced with the default library installed in the run's private app-data folder (tests/conftest.py).
    return current_bills()


@pytest.fixture(scope="module")
def snapshot():
    return json.loads(SNAPSHOT_PATH.read_text(encoding="utf-8"))


def test_the_snapshot_covers_every_sample_option_and_the_synthetic_settlement(bills, snapshot):
    assert sorted(snapshot) == sorted(bills)
    assert "synthetic-300" in snapshot and sum(k.startswith("sample/") for k in snapshot) >= 3
    # Big enough to mean something: thousands of entities' parts, every bill of works present.
    assert sum(ln["parts"] for ln in snapshot["synthetic-300"]["lines"]) > 500


@pytest.mark.parametrize("name", ["sample/opt-a", "sample/opt-b", "sample/opt-c", "synthetic-300"])
def test_every_line_of_the_bill_is_unchanged(bills, snapshot, name):
    now, before = bills[name], snapshot[name]
    assert [(ln["ref"], ln["description"]) for ln in now["lines"]] == [
        (ln["ref"], ln["description"]) for ln in before["lines"]
    ]
    for line_now, line_before in zip(now["lines"], before["lines"], strict=True):
        assert line_now == line_before, line_before["ref"]
    assert now == before
