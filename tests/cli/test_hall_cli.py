"""`jamii hall`: codes printed (text, PDF read back with pypdf), bad input in one line with exit 2, closing."""

from __future__ import annotations

import shutil

import pytest

from designer.cli import main
from designer.hall.codes import CODE_ALPHABET, hash_code
from designer.io.project_file import load_project
from designer.model.people import HallCodes
from designer.resources import sample_project_path

WORKSHOP = "ws-2026-10-17"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "t.jamii"
    shutil.copyfile(sample_project_path(), path)
    return path


def test_codes_are_printed_in_clear_and_stored_only_hashed(project, tmp_path, capsys):
    out = tmp_path / "codes.txt"
    assert (
        main(
            [
                "hall",
                str(project),
                "--workshop",
                WORKSHOP,
                "--codes",
                "4",
                "--out",
                str(out),
                "--url",
                "http://10.0.0.5:8080",
            ]
        )
        == 0
    )
    assert "29.7 bits" in capsys.readouterr().out
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    codes = [line.split("\t")[0] for line in lines]
    assert len(codes) == 4 and all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert lines[0].endswith(f"http://10.0.0.5:8080/?c={codes[0]}")
    [record] = load_project(project).of_type(HallCodes)
    assert record.workshop_id == WORKSHOP
    assert [hash_code(record.salt, c) for c in codes] == list(record.code_hashes)
    text = project.read_text(encoding="utf-8")
    assert not any(c in text for c in codes)


def test_codes_pdf_has_one_slip_per_code(project, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "codes.pdf"
    assert (
        main(
            [
                "hall",
                str(project),
                "--workshop",
                WORKSHOP,
                "--codes",
                "20",
                "--out",
                str(out),
                "--url",
                "http://10.0.0.5:8080",
            ]
        )
        == 0
    )
    reader = PdfReader(out)
    assert len(reader.pages) == 2  # 18 slips a page
    text = "".join(p.extract_text() for p in reader.pages)
    [record] = load_project(project).of_type(HallCodes)
    printed = [w.replace(" ", "") for w in text.split("\n") if len(w.replace(" ", "")) == 6]
    assert sorted(hash_code(record.salt, c) for c in printed) == sorted(record.code_hashes)
    assert len(reader.pages[0].images) == 18  # a QR code on each slip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workshop", "ws-none", "--codes", "3", "--out", "x.txt"], "no workshop 'ws-none'"),
        (["--workshop", WORKSHOP, "--codes", "3"], "needs --out"),
        (["--workshop", WORKSHOP, "--codes", "0", "--out", "x.txt"], "1 to 2000 codes"),
        (["--workshop", WORKSHOP], "no voting codes yet"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(project, tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    before = project.read_bytes()
    assert main(["hall", str(project), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert project.read_bytes() == before  # the project is untouched


def test_close_marks_the_vote_closed_and_serving_is_then_refused(project, tmp_path, capsys):
    assert (
        main(["hall", str(project), "--workshop", WORKSHOP, "--codes", "2", "--out", str(tmp_path / "c.txt")])
        == 0
    )
    assert main(["hall", str(project), "--workshop", WORKSHOP, "--close"]) == 0
    [record] = load_project(project).of_type(HallCodes)
    assert record.closed
    assert main(["hall", str(project), "--workshop", WORKSHOP, "--port", "0"]) == 2
    assert "the vote is closed" in capsys.readouterr().err


def test_jamii_votes_shows_phone_ballots_and_age_groups(project, tmp_path, capsys):
    import asyncio
    import json

    from designer.analysis.participation import Candidate
    from designer.hall.store import BallotStore

    out = tmp_path / "c.txt"
    assert main(["hall", str(project), "--workshop", WORKSHOP, "--codes", "1", "--out", str(out)]) == 0
    code = out.read_text(encoding="utf-8").splitlines()[-1]
    store = BallotStore(project, WORKSHOP, [Candidate(o, o) for o in ("opt-a", "opt-b", "opt-c")])
    asyncio.run(store.cast(store.make_ballot(store.voter_of(code), ["opt-c", "opt-a"], "female", "")))
    capsys.readouterr()
    assert main(["votes", str(project), "--workshop", WORKSHOP, "--format", "json"]) == 0
    votes = json.loads(capsys.readouterr().out)["workshops"][0]["votes"]
    assert votes["phone_ballots"] == 1
    assert votes["ballots_by_age_group"]["unknown"] == 1
    assert main(["votes", str(project), "--workshop", WORKSHOP]) == 0
    text = capsys.readouterr().out
    assert "1 by phone" in text and "unknown 1" in text
