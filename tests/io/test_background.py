"""Background image placed by two reference points: transform, validation, project-file round trip."""

from __future__ import annotations

import math

import pytest

from designer.io.project_file import load_project, save_project
from designer.model import Document, InvalidRecordError, ProjectInfo
from designer.model.background import BackgroundImage
from tests.io.drawing_fixtures import background_kind

pytestmark = pytest.mark.usefixtures("background_kind")
_ = background_kind  # the fixture is used through pytestmark


def _image(**kw) -> BackgroundImage:
    base = {
        "id": "bg-1",
        "path": "plan.png",
        "width_px": 2000,
        "height_px": 1000,
        "ref1_px": (100.0, 900.0),
        "ref1_m": (0.0, 0.0),
        "ref2_px": (1100.0, 900.0),
        "ref2_m": (0.0, 50.0),
    }
    base.update(kw)
    return BackgroundImage(**base)


def test_two_reference_points_fix_scale_rotation_and_position():
    img = _image()  # image x axis points north on the plan: rotated 90° counter-clockwise, 5 cm per pixel
    assert img.metres_per_pixel == pytest.approx(0.05)
    assert img.rotation_deg == pytest.approx(90.0)
    assert img.pixel_to_local(100, 900) == pytest.approx((0.0, 0.0))
    assert img.pixel_to_local(1100, 900) == pytest.approx((0.0, 50.0))
    # Image "up" (smaller pixel y) is plan west after the rotation.
    assert img.pixel_to_local(100, 800) == pytest.approx((-5.0, 0.0))
    tl, tr, br, _bl = img.corners_m()
    assert math.dist(tl, tr) == pytest.approx(100.0) and math.dist(tr, br) == pytest.approx(50.0)


def test_a_known_distance_places_the_image_north_up():
    img = BackgroundImage.from_distance(
        id="bg-2",
        path="photo.jpg",
        width_px=400,
        height_px=300,
        ref1_px=(0.0, 300.0),
        ref2_px=(400.0, 300.0),
        distance_m=20.0,
        at_m=(5.0, 5.0),
    )
    assert img.rotation_deg == pytest.approx(0.0)
    assert img.metres_per_pixel == pytest.approx(0.05)
    assert img.corners_m()[0] == pytest.approx((5.0, 20.0))  # top-left: 300 px above the reference


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ref2_px": (100.0, 900.0)}, "same pixel"),
        ({"ref2_m": (0.0, 0.0)}, "same place"),
        ({"opacity": 1.5}, "opacity"),
        ({"width_px": 0}, "size"),
        ({"path": " "}, "missing"),
    ],
)
def test_impossible_placements_are_refused(change, message):
    with pytest.raises(InvalidRecordError, match=message):
        _image(**change)


def test_background_image_round_trips_through_the_project_file(tmp_path):
    doc = Document(ProjectInfo(name="with image"), [_image(opacity=0.4, name="2019 drone")])
    save_project(doc, tmp_path / "p.jamii")
    back = load_project(tmp_path / "p.jamii")
    assert back["bg-1"] == doc["bg-1"]
