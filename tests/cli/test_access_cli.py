"""`jamii access derive|diagnose|propose`: a plots-only settlement goes from no access to a full check."""

from __future__ import annotations

import json

from designer.cli import main
from designer.io.project_file import load_project, save_project
from designer.model import Path
from tests.analysis.parcels import parcel_grid


def _plots_only(tmp_path, **kw):
    path = tmp_path / "parcels.jamii"
    save_project(parcel_grid(2, 1, 4, households=True, **kw), path)
    return path


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_derive_makes_the_check_of_a_plots_only_settlement_work(tmp_path, capsys):
    f = _plots_only(tmp_path)
    before = _json(capsys, ["check", str(f), "--no-pressure", "--format", "json"])
    # No path drawn: path access is unknown (null), not all 32; the diagnosis tells who faces the street.
    assert before["scorecard"]["households_without_path_access"] is None
    assert before["scorecard"]["path_access_unknown_because"] == "paths_not_drawn"
    assert before["access"]["plots_with_direct_access"] == 24
    out = _json(capsys, ["access", "derive", str(f), "--format", "json"])
    assert out["saved"] is True and out["paths_added"] >= 2 and out["blocks"] == 2
    assert len(load_project(f).of_type(Path)) == out["paths_added"]
    after = _json(capsys, ["check", str(f), "--no-pressure", "--format", "json"])
    # Only the interior plots (4 per block) are left without path access.
    assert after["scorecard"]["households_without_path_access"] == 8
    again = _json(capsys, ["access", "derive", str(f), "--format", "json"])
    assert again["paths_added"] == 0 and again["saved"] is False


def test_derive_dry_run_leaves_the_file_untouched(tmp_path, capsys):
    f = _plots_only(tmp_path)
    raw = f.read_bytes()
    out = _json(capsys, ["access", "derive", str(f), "--dry-run", "--format", "json"])
    assert out["paths_added"] >= 2 and out["saved"] is False
    assert f.read_bytes() == raw


def test_diagnose_reports_depth_and_complexity_per_block(tmp_path, capsys):
    f = _plots_only(tmp_path)
    out = _json(capsys, ["access", "diagnose", str(f), "--format", "json"])
    assert out["schema"] == "jamii-access/1"
    assert [(b["id"], b["complexity_k"], b["without_access"]) for b in out["blocks"]] == [
        ("B1", 2, 4),
        ("B2", 2, 4),
    ]
    only = _json(capsys, ["access", "diagnose", str(f), "--block", "B2", "--format", "json"])
    assert [b["id"] for b in only["blocks"]] == ["B2"] and {p["block"] for p in only["plots"]} == {"B2"}
    assert main(["access", "diagnose", str(f)]) == 0
    text = capsys.readouterr().out
    assert "plots without access (interior)            8" in text and "P00-11" in text


def test_propose_reaches_every_plot_names_what_it_takes_and_prices_it(tmp_path, capsys):
    f = _plots_only(tmp_path, buildings=True)
    main(["access", "derive", str(f)])
    capsys.readouterr()
    out = _json(capsys, ["access", "propose", str(f), "--format", "json"])
    assert out["schema"] == "jamii-access-proposal/1"
    assert (out["plots_with_access_before"], out["plots_with_access_after"], out["plots"]) == (24, 32, 32)
    assert out["unreached_plots"] == []
    assert 0 < out["new_path_m"] <= out["baseline_path_m"]
    assert out["plots_losing_area_m2"]  # the lanes take land from the plots they run between
    assert out["option"]["new"] is True
    bills = out["cost"]["bills"]
    assert any(k.startswith("5 ") for k in bills) and any(k.startswith("6 ") for k in bills)
    assert float(out["cost"]["total"]) > 0
    check = _json(
        capsys, ["check", str(f), "--option", out["option"]["id"], "--no-pressure", "--format", "json"]
    )
    assert check["scorecard"]["households_without_path_access"] == 0
    assert check["access"]["plots_without_access"] == 0
    # A second run on that option adds nothing: every plot is reached and the paths are kept.
    rerun = _json(capsys, ["access", "propose", str(f), "--option", out["option"]["id"], "--format", "json"])
    assert rerun["nothing_to_propose"] is True and rerun["saved"] is False


def test_propose_on_a_settlement_with_no_interior_plot_makes_no_empty_option(tmp_path, capsys):
    path = tmp_path / "row.jamii"
    save_project(parcel_grid(2, 1, 2), path)  # 2 × 2 blocks: every plot faces the street
    assert main(["access", "propose", str(path)]) == 0
    assert "Nothing to propose" in capsys.readouterr().out
    assert load_project(path).options == []


def test_propose_text_says_every_plot_reachable_from_before_to_after(tmp_path, capsys):
    f = _plots_only(tmp_path)
    assert main(["access", "propose", str(f), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "every plot reachable: 24 → 32 of 32" in text and "dry run: not saved" in text


def test_bad_input_is_one_line_exit_2_and_the_file_is_untouched(tmp_path, capsys):
    f = _plots_only(tmp_path)
    raw = f.read_bytes()
    assert main(["access", "propose", str(f), "--block", "B9"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jamii: error:") and "B9" in err and err.count("\n") == 1
    assert main(["access", "propose", str(f), "--option", "nope"]) == 2
    assert "no design options" in capsys.readouterr().err
    assert main(["access", "diagnose", str(tmp_path / "missing.jamii")]) == 2
    assert "missing.jamii" in capsys.readouterr().err
    assert f.read_bytes() == raw
