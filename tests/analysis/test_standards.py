"""Rule packs: the bundled standards carry their published numbers; local packs override them safely."""

from __future__ import annotations

import pytest

from designer.analysis.standards import BUNDLED_PACKS, StandardsError, available_packs, load_pack


def test_sphere_pack_has_the_handbook_numbers():
    p = load_pack("sphere-2018")
    assert p.water.min_l_per_person_day == 15
    assert p.water.max_distance_m == 500
    assert p.water.max_persons_per_tap == 250
    assert p.water.max_persons_per_handpump == 500
    assert p.water.max_queue_min == 30
    assert p.water.max_income_share == 0.05
    assert p.sanitation.max_distance_m == 50
    assert p.sanitation.max_persons_per_toilet == 50
    assert p.sanitation.female_to_male == 3
    assert p.shelter.min_covered_m2_per_person == 3.5


def test_unhcr_post_emergency_tightens_sphere():
    p = load_pack("unhcr-post-emergency")
    assert (p.water.min_l_per_person_day, p.water.max_distance_m, p.water.max_persons_per_tap) == (
        20,
        200,
        100,
    )
    assert p.sanitation.max_persons_per_toilet == 20
    # inherited from Sphere, not restated
    assert p.sanitation.female_to_male == 3


def test_jmp_checks_the_thirty_minute_round_trip_and_un_habitat_the_deprivations():
    assert load_pack("jmp").water.max_round_trip_min == 30
    d = load_pack("un-habitat-slum").deprivation
    assert d.max_persons_per_room == 3 and d.min_room_m2 == 4 and d.toilet_max_households == 1


def test_every_bundled_pack_is_listed():
    ids = {p["id"] for p in available_packs()}
    assert set(BUNDLED_PACKS) <= ids
    assert "base" not in ids


def test_default_pack_is_sphere():
    assert load_pack(None).id == "sphere-2018"


def test_local_pack_in_the_users_folder_overrides_one_number(tmp_path, monkeypatch):
    (tmp_path / "kenya-local.toml").write_text(
        '[pack]\nid = "kenya-local"\nname = "County by-law"\nextends = "sphere-2018"\n\n'
        "[water]\nmax_distance_m = 100\n\n[walking]\nbusy_crossing_extra_m = 250\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("JAMII_STANDARDS_DIR", str(tmp_path))
    p = load_pack("kenya-local")
    assert p.name == "County by-law"
    assert p.water.max_distance_m == 100
    assert p.walking.busy_crossing_extra_m == 250
    assert p.water.max_persons_per_tap == 250  # from Sphere
    assert "kenya-local" in {x["id"] for x in available_packs()}


def test_pack_by_path(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[pack]\nid = "mine"\n\n[sanitation]\nmax_distance_m = 30\n', encoding="utf-8")
    p = load_pack(str(path))
    assert p.id == "mine" and p.sanitation.max_distance_m == 30
    assert p.water.max_distance_m == 500  # base = Sphere numbers


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[water]\nmax_distanse_m = 100\n", "unknown key 'max_distanse_m'"),
        ("[waters]\nx = 1\n", "unknown table [waters]"),
        ('[water]\nmax_distance_m = "far"\n', "must be a number"),
        ("[water]\nmax_distance_m = -5\n", "must not be negative"),
        ("[water]\nneeded_open_windows_h = [[9, 6]]\n", "[from_hour, to_hour]"),
        ("[pack\n", "not valid TOML"),
    ],
)
def test_bad_pack_is_refused_with_file_and_key(tmp_path, text, words):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StandardsError) as err:
        load_pack(str(path))
    assert words in str(err.value)
    assert "bad.toml" in str(err.value)


def test_packs_extending_each_other_in_a_circle_are_refused(tmp_path, monkeypatch):
    (tmp_path / "a.toml").write_text('[pack]\nid = "a"\nextends = "b"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('[pack]\nid = "b"\nextends = "a"\n', encoding="utf-8")
    monkeypatch.setenv("JAMII_STANDARDS_DIR", str(tmp_path))
    with pytest.raises(StandardsError, match="circle"):
        load_pack("a")


def test_unknown_pack_names_the_known_ones():
    with pytest.raises(StandardsError) as err:
        load_pack("no-such-standard")
    assert "sphere-2018" in str(err.value)


def test_pack_json_lists_every_section():
    js = load_pack("sphere-2018").to_json()
    assert js["water"]["max_distance_m"] == 500
    assert set(js) >= {"id", "water", "sanitation", "walking", "pressure", "control", "deprivation"}
