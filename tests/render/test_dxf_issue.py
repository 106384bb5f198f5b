"""A DXF an engineer can issue: defined metric linetypes, clean audit, georeference, feature data, sheets.

Every check reads the file back with an independent reader (ezdxf's recover and audit, GDAL's ogrinfo).
"""

from __future__ import annotations

import ezdxf
import pytest
from ezdxf import recover

from designer.io.project_file import load_project
from designer.render.dxf import export_dxf
from designer.render.profile import load_profile
from designer.resources import sample_project_path


@pytest.fixture(scope="module")
def sample():
    return load_project(sample_project_path())


def _modes(doc) -> list[tuple[str, str | None]]:
    return [
        ("existing", None),
        ("all", None),
        *[("option", o.id) for o in sorted(doc.options, key=lambda o: o.id)],
    ]


@pytest.mark.parametrize("local", [False, True])
def test_every_mode_and_sample_option_audits_with_no_error_and_no_fix(sample, tmp_path, local):
    for mode, option_id in _modes(sample):
        out = tmp_path / f"{mode}-{option_id}-{local}.dxf"
        export_dxf(sample, out, mode=mode, option_id=option_id, local_coordinates=local)
        doc, auditor = recover.readfile(out)
        assert (auditor.errors, auditor.fixes) == ([], []), (
            mode,
            option_id,
            [f.message for f in auditor.fixes],
        )
        audit = doc.audit()
        assert (audit.errors, audit.fixes) == ([], []), (mode, option_id)


def test_every_linetype_a_layer_names_is_defined_with_a_paper_millimetre_pattern(sample, tmp_path):
    out = tmp_path / "a.dxf"
    export_dxf(sample, out, mode="all")
    doc = ezdxf.readfile(out)
    used = {layer.dxf.linetype.upper() for layer in doc.layers} - {"CONTINUOUS", "BYLAYER", "BYBLOCK"}
    defined = {lt.dxf.name.upper(): lt for lt in doc.linetypes}
    assert used and used <= set(defined)
    ltscale = doc.header["$LTSCALE"]
    assert ltscale == pytest.approx(load_profile().scale_denominator / 1000)
    # The existing water main's HIDDEN dash: 3 mm on paper, i.e. 1.5 m on the ground at 1:500 (acad.lin's
    # inch pattern gave 0.125 m: 0.25 mm on paper, which plots as a continuous line).
    elements = [v for code, v in defined["HIDDEN"].pattern_tags.tags if code == 49]
    assert elements == [3.0, -1.5]
    first_dash = elements[0]
    assert first_dash * ltscale == pytest.approx(1.5)
    assert doc.layers.get("C-WATR-PIPE-E").dxf.linetype == "HIDDEN"


def test_a_profile_naming_an_undefined_linetype_is_refused(tmp_path):
    from designer.io.errors import LayerProfileError
    from designer.resources import resource_path

    text = resource_path("layers", "jamii-ncs.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('linetype = "HIDDEN"', 'linetype = "ZIGZAG"', 1), encoding="utf-8")
    with pytest.raises(LayerProfileError, match="ZIGZAG"):
        load_profile(bad)
