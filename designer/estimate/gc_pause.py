"""The cyclic garbage collector paused while an option is measured and priced in bulk.

A full costing at 10,000 plots makes tens of thousands of short-lived objects (every shapely geometry is
tracked by the collector) and no reference cycles; every 700 of them start a collection that walks the
young objects, the big lists of records among them (0.3-1 ms of a 15 ms costing,
``benchmarks/bench_costing.py``). Reference counting frees them all; paused until they are gone, the
collector then finds only the result young. ``designer.analysis.check`` pauses it the same way.

The pauses are counted, so that two threads costing at once (the Costs dock's worker and a command) leave
the collector as they found it only when the last one ends; reference counting frees memory meanwhile.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_resume = False  # whether the collector was on when the first pause began


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (reference counting still frees memory)."""
    global _depth, _resume  # noqa: PLW0603 (one pause count for the whole process, as the collector is one)
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
