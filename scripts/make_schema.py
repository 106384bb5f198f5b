"""Write ``resources/schema/jamii-project.schema.json`` from the model's dataclasses.

Run after adding or changing a record type; tests/io/test_schema.py fails until the shipped file matches.
"""

import pathlib

import designer.model  # noqa: F401  (registers every record kind)
from designer.io.project_file import schema_text

out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "schema" / "jamii-project.schema.json"
out.write_text(schema_text(), encoding="utf-8")
print(f"wrote {out}")
