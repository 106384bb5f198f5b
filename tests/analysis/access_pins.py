"""Fingerprints of the derived public space, to pin the derivation's results across rewrites."""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np

from designer.analysis.access_diagnosis import settlement_space
from designer.analysis.access_rules import load_access_rules
from designer.analysis.layout import build_layout
from designer.model import Document


def fingerprint(doc: Document) -> dict[str, Any]:
    """Return the derivation's figures: blocks and their plots, frontages, entrances, centrelines."""
    space = settlement_space(build_layout(doc, None), load_access_rules())
    entrances = space.entrance_xy[~np.isnan(space.entrance_xy[:, 0])]
    lines = space.centrelines
    return {
        "blocks": space.block_count,
        "block_of_plot": hashlib.sha256(space.block_of_plot.astype(np.int64).tobytes()).hexdigest()[:16],
        "plots_facing_space": int((space.frontage_m >= 1.0).sum()),
        "frontage_m": round(float(space.frontage_m.sum()), 1),
        "entrances": len(entrances),
        "entrance_mean_xy": [round(float(v), 2) for v in entrances.mean(axis=0)] if len(entrances) else None,
        "centrelines": len(lines),
        "outer_centrelines": sum(c.outer for c in lines),
        "centreline_m": round(sum(c.length_m for c in lines), 1),
        "width_sum_m": round(sum(c.width_m for c in lines), 1),
    }
