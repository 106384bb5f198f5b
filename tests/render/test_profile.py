"""The layer profile is swappable data: another office standard changes the layers, bad profiles are refused."""

from __future__ import annotations

import ezdxf
import pytest

from designer.cli import main
from designer.io.errors import LayerProfileError
from designer.io.project_file import save_project
from designer.render.dxf import export_dxf
from designer.render.profile import load_profile
from designer.resources import resource_path
from tests.io.drawing_fixtures import small_settlement


def _custom_profile(tmp_path, old: str, new: str):
    text = (
        resource_path("layers", "jamii-ncs.toml").read_text(encoding="utf-8").replace(f'"{old}"', f'"{new}"')
    )
    path = tmp_path / "office.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_default_profile_names_every_layer_of_the_conventions():
    profile = load_profile()
    expected = {
        "V-PROP-LINE", "C-PROP-LOTL-N", "C-PROP-IDEN", "V-BLDG-OTLN", "C-BLDG-OTLN-N", "C-BLDG-OTLN-D",
        "C-BLDG-OTLN-M", "C-ROAD-EDGE-N", "C-ROAD-EDGE-E", "C-ROAD-CNTR-N", "C-ROAD-WALK-N", "C-WATR-PIPE-N",
        "C-WATR-PIPE-E", "C-WATR-APPT-N", "C-WATR-STRC-N", "C-STRM-DTCH-N", "C-STRM-PIPE-N", "C-SSWR-PIPE-N",
        "C-SSWR-PIPE-E", "C-SSWR-STRC-N", "P-SANR-FIXT-N", "E-SITE-LITE-N", "C-ANNO-TEXT", "C-ANNO-DIMS",
        "G-ANNO-TTLB", "G-ANNO-NPLT",
    }  # fmt: skip
    assert expected <= set(profile.layers)
    assert all(spec.description for spec in profile.layers.values())
    assert profile.label_height_m == pytest.approx(1.25)  # 2.5 mm at 1:500


def test_a_swapped_profile_renames_the_layers_in_the_drawing(tmp_path):
    profile = load_profile(_custom_profile(tmp_path, "V-BLDG-OTLN", "SURVEY-HOUSES"))
    out = tmp_path / "o.dxf"
    export_dxf(small_settlement(), out, mode="existing", profile=profile, paper_sizes=())
    layers = {e.dxf.layer for e in ezdxf.readfile(out).modelspace()}
    assert "SURVEY-HOUSES" in layers and "V-BLDG-OTLN" not in layers


def test_the_cli_takes_a_profile_file(tmp_path):
    project = tmp_path / "t.jamii"
    save_project(small_settlement(), project)
    prof = _custom_profile(tmp_path, "E-SITE-LITE-N", "E-LITE-NEW")
    assert (
        main(
            [
                "export",
                str(project),
                "--option",
                "opt-a",
                "--dxf",
                str(tmp_path / "x.dxf"),
                "--layer-profile",
                str(prof),
            ]
        )
        == 0
    )
    assert len(ezdxf.readfile(tmp_path / "x.dxf").modelspace().query('INSERT[layer=="E-LITE-NEW"]')) == 2


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('description = "Plot numbers"', 'description = ""', "no description"),
        ('name = "C-PROP-IDEN"', 'name = "C PROP/IDEN"', "must be A–Z"),
        ('"plot.E" = "V-PROP-LINE"', '"plot.E" = "NOT-A-LAYER"', "not in the layer table"),
        ("lineweight = 35", "lineweight = 33", "not a DXF lineweight"),
    ],
)
def test_broken_profiles_are_refused_with_the_reason(tmp_path, old, new, message):
    text = resource_path("layers", "jamii-ncs.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "bad.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LayerProfileError, match=message):
        load_profile(path)
