"""The shipped JSON Schema is generated from the model and validates real project files."""

from __future__ import annotations

import json

import jsonschema

from designer.io.project_file import document_to_json, load_project, schema_text
from designer.resources import resource_path, sample_project_path
from tests.model.factories import small_document

SCHEMA_FILE = resource_path("schema", "jamii-project.schema.json")


def test_shipped_schema_matches_the_model():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "resources/schema is stale: run `python scripts/make_schema.py`"
    )


def test_sample_and_saved_files_validate_against_the_schema():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(json.loads(sample_project_path().read_text(encoding="utf-8")))
    validator.validate(json.loads(json.dumps(document_to_json(small_document()))))


def test_schema_rejects_what_the_loader_rejects():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = json.loads(json.dumps(document_to_json(small_document())))
    data["records"]["path"][0]["traffic"] = "heavy"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert errors and "heavy" in errors[0].message


def test_sample_is_canonical_on_disk():
    """The committed sample is byte-identical to what saving it again gives (no hand edits drift)."""
    from designer.io.project_file import document_to_bytes

    raw = sample_project_path().read_bytes()
    again = document_to_bytes(load_project(sample_project_path()))

    def without_generator(data: bytes) -> list[bytes]:
        # Only the generator line may differ (the version of the program that wrote it).
        return [ln for ln in data.splitlines() if b'"generator"' not in ln]

    assert without_generator(again) == without_generator(raw)
