"""Errors a tool reports when the user asks for something the design rules do not allow."""

from __future__ import annotations

from designer.model.errors import JamiiError

__all__ = ["ToolError"]


class ToolError(JamiiError):
    """A tool action that cannot be done (e.g. marking a demolition without an option)."""
