"""`jamii export … --pdf/--xlsx/--csv/--plan/--poster`: the report formats through cmd_export's extension point."""

from __future__ import annotations

import pytest

from designer.cli import main
from designer.io.project_file import save_project
from tests.costing.pdf_readback import pages_text, qpdf_check
from tests.io.drawing_fixtures import small_settlement


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMII_DATA_DIR", str(tmp_path / "jamii-data"))


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "t.jamii"
    save_project(small_settlement(), path)
    return path


def test_export_writes_every_report_of_the_named_option(project, tmp_path, capsys):
    out = {
        fmt: tmp_path / f"a.{ext}"
        for fmt, ext in (
            ("pdf", "pdf"),
            ("xlsx", "xlsx"),
            ("csv", "csv"),
            ("plan", "plan.pdf"),
            ("poster", "poster.pdf"),
        )
    }
    argv = ["export", str(project), "--option", "Upgrade in place"]
    for fmt, path in out.items():
        argv += [f"--{fmt}", str(path)]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "PDF bill of quantities" in printed and "XLSX bill" in printed and "CSV," in printed
    assert "plan sheet A3 landscape" in printed and "A3 workshop poster (en)" in printed
    for path in out.values():
        assert path.stat().st_size > 0
    assert (tmp_path / "a-summary.csv").exists()
    for pdf in (out["pdf"], out["plan"], out["poster"]):
        qpdf_check(pdf)
    pages = pages_text(out["pdf"])
    assert "Upgrade in place (opt-a)" in pages[0]
    assert all(f"Page {i} of {len(pages)}" in p for i, p in enumerate(pages, 1))
    assert not list(tmp_path.glob(".a.*"))  # no temp files left behind


def test_plan_sheet_of_the_existing_conditions_on_a1(project, tmp_path, capsys):
    assert (
        main(["export", str(project), "--existing-only", "--plan", str(tmp_path / "e.pdf"), "--paper", "A1"])
        == 0
    )
    assert "plan sheet A1 landscape" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("scope", "fmt"),
    [("--existing-only", "--pdf"), ("--all-options", "--poster"), ("--all-options", "--plan")],
)
def test_reports_need_one_option_and_say_so_in_one_line(project, tmp_path, capsys, scope, fmt):
    out = tmp_path / "x.pdf"
    assert main(["export", str(project), scope, fmt, str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jamii: error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_export_help_lists_the_report_formats(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = capsys.readouterr().out
    for flag in ("--pdf", "--xlsx", "--csv", "--plan", "--poster"):
        assert flag in text


def test_compare_pdf_writes_the_comparison_report(project, tmp_path, capsys):
    out = tmp_path / "cmp.pdf"
    assert main(["compare", str(project), "--pdf", str(out)]) == 0
    assert "comparison of 2 options" in capsys.readouterr().out
    qpdf_check(out)
    pages = pages_text(out)
    assert "Upgrade in place (opt-a)" in pages[0] and "Re-block (opt-b)" in pages[0]
    assert all(f"Page {i} of {len(pages)}" in p for i, p in enumerate(pages, 1))


def test_compare_pdf_with_a_missing_library_is_one_line(project, tmp_path, capsys):
    assert (
        main(["compare", str(project), "--pdf", str(tmp_path / "c.pdf"), "--library", "no-such-library"]) == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("jamii: error: ") and err.count("\n") == 1
    assert not (tmp_path / "c.pdf").exists()
