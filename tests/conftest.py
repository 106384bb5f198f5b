"""Shared fixtures. Qt tests run offscreen; data from ../shared/data is optional."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the user's own cost libraries, house types or autosaves: the whole run gets
# a private app-data folder (tests that need a fresh one set their own with monkeypatch).
os.environ["JAMII_DATA_DIR"] = tempfile.mkdtemp(prefix="jamii-test-data-")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("JAMII_SHARED_DATA") or REPO.parent / "shared" / "data")
"""Beside the checkout (CI); JAMII_SHARED_DATA points elsewhere (e.g. a worktree one level deeper)."""


@pytest.fixture
def shared_data() -> Path:
    """The third-party data folder beside the checkout; skip the test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the shared data folder {SHARED_DATA} (not part of an end user's checkout)")
    return SHARED_DATA
