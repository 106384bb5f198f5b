"""Timing helpers: medians of several runs, reported beside the raw library doing the same work."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

__all__ = ["measure", "measure_cpu", "row"]


def measure(fn: Callable[[], Any], repeat: int = 5, setup: Callable[[], Any] | None = None) -> float:
    """Return the median wall time in seconds of ``fn()`` over ``repeat`` runs.

    The GC runs before each run and each result is dropped outside the timed region, so one run's
    garbage is not charged to the next (as in performance-limits.md).
    """
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
        del result
    return statistics.median(times)


def measure_cpu(fn: Callable[[], Any], repeat: int = 5) -> float:
    """Return the best CPU time (``time.process_time``) in seconds of ``fn()`` over ``repeat`` runs.

    On a shared machine wall time counts the other users' work; the CPU time of this process does
    not, and the best of several runs drops the runs slowed by cache and memory contention.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        result = fn()
        times.append(time.process_time() - t0)
        del result
    return min(times)


def row(
    name: str,
    size: int,
    median_s: float,
    raw_median_s: float | None = None,
    target_ratio: float | None = None,
) -> dict[str, Any]:
    """Return one result row in the format of benchmarks/results.json."""
    ratio = None if raw_median_s in (None, 0) else round(median_s / raw_median_s, 3)
    return {
        "name": name,
        "size": size,
        "median_s": round(median_s, 5),
        "raw_median_s": None if raw_median_s is None else round(raw_median_s, 5),
        "ratio": ratio,
        "target_ratio": target_ratio,
    }
