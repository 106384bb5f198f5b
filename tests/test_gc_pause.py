"""The import pauses the cyclic garbage collector and always gives it back as it found it."""

from __future__ import annotations

import gc

import pytest

from designer.gc_pause import gc_paused


def test_the_collector_is_off_inside_and_on_again_after_also_on_error():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("a refused import")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_refused_import_leaves_the_collector_on(tmp_path):
    from designer.io.base_import import ImportRequest, import_survey
    from designer.io.errors import ImportBaseError
    from designer.model.document import Document
    from designer.model.project import ProjectInfo

    bad = tmp_path / "x.geojson"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ImportBaseError):
        import_survey(Document(ProjectInfo(name="t")), ImportRequest(source=bad))
    assert gc.isenabled()


def test_jamii_check_runs_with_the_collector_paused_and_gives_it_back(monkeypatch, capsys):
    import designer.analysis.check as check
    from designer.cli import main
    from designer.resources import sample_project_path

    seen = []
    real = check.check_option

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(check, "check_option", spy)
    assert main(["check", str(sample_project_path()), "--no-pressure", "--format", "json"]) == 0
    assert seen == [False]
    assert gc.isenabled()
    assert '"schema": "jamii-check/1"' in capsys.readouterr().out
