"""Pause Python's cyclic garbage collector while bulk work builds many small objects (imports, load, check, DXF).

At the top of ``designer`` beside ``resources``: every layer uses it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Switch the cyclic collector off for the block, and back on after it if it was on.

    An import (or a load, a check, a DXF walk) creates records, tag dicts and tuples by the ten thousand, none of them in reference
    cycles; each few hundred allocations the collector would walk them (and, now and then, the whole
    heap) again: 15–20 % of an import's CPU. Memory is still freed by reference counting; cycles, if
    any, wait for the next collection after the block.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
