"""Timing helpers: medians of several runs, reported beside the raw library doing the same work."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

__all__ = ["measure", "measure_cpu", "measure_cpu_pair", "row"]


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


def measure_cpu(fn: Callable[[], Any], repeat: int = 9) -> float:
    """Return the smallest CPU time (``time.process_time``) in seconds of ``fn()`` over ``repeat`` runs.

    For ratios to a raw baseline on a shared machine: wall time counts the other processes' turns on
    the cores, CPU time counts only this one's work, and the best run is the one least disturbed
    (caches, frequency). The GC runs before each run, and each result is dropped outside the timing.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        result = fn()
        times.append(time.process_time() - t0)
        del result
    return min(times)


def measure_cpu_pair(
    fn: Callable[[], Any], raw_fn: Callable[[], Any], repeat: int = 21
) -> tuple[float, float]:
    """Return the smallest CPU times of ``fn()`` and ``raw_fn()``, run in turn ``repeat`` times each.

    Taking turns exposes both to the same changes of the machine's load, so their ratio does not
    drift with it as two measurements one after the other would.
    """
    ours, raw = [], []
    for _ in range(repeat):
        for fn_, times in ((fn, ours), (raw_fn, raw)):
            gc.collect()
            t0 = time.process_time()
            result = fn_()
            times.append(time.process_time() - t0)
            del result
    return min(ours), min(raw)


def row(
    name: str,
    size: int,
    median_s: float,
    raw_median_s: float | None = None,
    target_ratio: float | None = None,
    timing: str = "wall time, median",
) -> dict[str, Any]:
    """Return one result row in the format of benchmarks/results.json (``timing``: what was measured)."""
    ratio = None if raw_median_s in (None, 0) else round(median_s / raw_median_s, 3)
    return {
        "name": name,
        "size": size,
        "median_s": round(median_s, 5),
        "raw_median_s": None if raw_median_s is None else round(raw_median_s, 5),
        "ratio": ratio,
        "target_ratio": target_ratio,
        "timing": timing,
    }
