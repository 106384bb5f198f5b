"""User-edited TOML (rule packs, house types, profiles, mappings) refuses NaN and infinity with their line."""

from __future__ import annotations

import re

import pytest

from designer.cli import main
from designer.model.toml_data import TomlDataError, parse_toml, read_toml
from designer.resources import resource_path


@pytest.mark.parametrize("value", ["nan", "+nan", "-inf", "inf"])
def test_non_finite_numbers_are_refused_with_their_line(value):
    with pytest.raises(TomlDataError, match=rf"line 3: {re.escape(value)} is not a finite"):
        parse_toml(f"[water]\nmax_distance_m = 500.0\nmax_queue_min = {value}\n", "pack.toml")


def test_a_nan_threshold_in_a_rule_pack_is_one_line_at_the_cli(tmp_path, capsys):
    """Was: NaN passed the "no negatives" check (NaN < 0 is False) and poisoned the analysis."""
    pack = tmp_path / "pack.toml"
    text = (resource_path("standards") / "sphere-2018.toml").read_text(encoding="utf-8")
    pack.write_text(text.replace("max_distance_m = 500.0", "max_distance_m = nan"), encoding="utf-8")
    project = resource_path("samples", "tumaini.jamii")
    assert main(["check", str(project), "--standard", str(pack)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pack.toml: line 11: nan is not a finite number" in err


def test_an_integer_no_float_can_hold_is_refused_with_its_line(tmp_path, capsys):
    """Was (make fuzz): a 400-digit max_persons_per_tap crashed `jamii check` with OverflowError."""
    huge = "9" * 400
    with pytest.raises(
        TomlDataError,
        match=r"line 2: water.max_persons_per_tap = 9{20}…\(400 digits\) is not a finite number",
    ):
        parse_toml(f"[water]\nmax_persons_per_tap = {huge}\n", "pack.toml")
    with pytest.raises(TomlDataError, match="is not valid TOML"):  # beyond Python's int conversion limit
        parse_toml(f"a = {'9' * 5000}\n", "pack.toml")
    assert parse_toml("a = 12\nb = [1, 2]\n") == {"a": 12, "b": [1, 2]}
    pack = tmp_path / "pack.toml"
    text = (resource_path("standards") / "sphere-2018.toml").read_text(encoding="utf-8")
    pack.write_text(text.replace("max_distance_m = 500.0", f"max_distance_m = {huge}"), encoding="utf-8")
    assert main(["check", str(resource_path("samples", "tumaini.jamii")), "--standard", str(pack)]) == 2
    assert "is not a finite number" in capsys.readouterr().err


def test_bad_bytes_and_non_regular_files_are_one_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'name = "\xff\xfe"\n')
    with pytest.raises(TomlDataError, match="is not UTF-8 text"):
        read_toml(bad)
    with pytest.raises(TomlDataError, match="not a regular file"):
        read_toml(tmp_path)
