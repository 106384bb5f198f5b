from __future__ import annotations

import sqlite3

import pytest

from costing.db.repository import CostLibrary
from costing.db.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from costing.errors import CostingError


def test_new_library_gets_the_current_schema(tmp_path):
    lib = CostLibrary(tmp_path / "a.sqlite")
    lib.close()
    conn = sqlite3.connect(tmp_path / "a.sqlite")
    assert schema_version(conn) == SCHEMA_VERSION
    cols = {r[1] for r in conn.execute("PRAGMA table_info(assembly)")}
    assert "analysis_rate" in cols


def test_a_version_1_file_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("INSERT INTO meta VALUES ('name', 'old')")
    conn.close()
    lib = CostLibrary(path)
    assert lib.meta.name == "old"
    lib.close()
    conn = sqlite3.connect(path)
    assert schema_version(conn) == len(MIGRATIONS)
    assert "analysis_rate" in {r[1] for r in conn.execute("PRAGMA table_info(assembly)")}


def test_a_file_newer_than_the_program_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(CostingError, match="schema version"):
        CostLibrary(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(CostingError, match="not a Jamii cost library"):
        CostLibrary(path)
