"""Unit labels per locale: canonical units inside, labels for people (``resources/costing/units.toml``)."""

from __future__ import annotations

import tomllib
from functools import lru_cache

__all__ = ["LABEL_SETS", "unit_label", "unit_labels"]

LABEL_SETS = ("nrm", "east_africa", "india")


@lru_cache(maxsize=8)
def unit_labels(label_set: str) -> dict[str, str]:
    """Return {canonical unit: label} of a label set ("nrm", "east_africa", "india"); NRM when unknown."""
    from costing.db.appdata import shipped_resource

    with shipped_resource("units.toml").open("rb") as fh:
        labels: dict[str, dict[str, str]] = tomllib.load(fh).get("labels", {})
    return dict(labels.get(label_set) or labels.get("nrm", {}))


def unit_label(unit: str, label_set: str) -> str:
    """Return the label of a canonical unit in a label set (the unit itself when it has none)."""
    return unit_labels(label_set).get(unit, unit)
