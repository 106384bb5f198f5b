"""Errors the report renderers raise when their input cannot make an honest report."""

from __future__ import annotations

__all__ = ["ReportError"]


class ReportError(ValueError):
    """A bill or report input whose figures do not add up, or that names something unknown (one readable line)."""
