"""House-type library: shipped types, TOML round trip, user folder, project file round trip, rules."""

from __future__ import annotations

import tomllib
from dataclasses import replace

import pytest

from designer.io.house_library import (
    HouseTypeFileError,
    house_type_to_toml,
    load_house_type,
    load_library,
    load_rules,
    save_house_type,
)
from designer.io.project_file import load_project, save_project
from designer.model import Document, JamiiError, Option, Plot, ProjectFileError, ProjectInfo, UndoStack
from designer.model.house_placement import place_houses
from designer.model.housing import (
    HouseCategory,
    HouseType,
    Opening,
    OpeningKind,
    Room,
    RoomUse,
    Side,
    rect_ring,
)


def test_shipped_library_has_the_five_programme_types_each_with_stages():
    lib = load_library(include_user=False)
    assert {"core-1room", "row-2room", "row-2storey", "core-expand", "improve-rfw"} <= set(lib.types)
    for ht in lib.sorted():
        assert len(ht.stages) >= 2, ht.id
        assert lib.origin[ht.id] == "shipped"
    assert lib.get("row-2room").party_sides == (Side.LEFT, Side.RIGHT)
    assert lib.get("row-2storey").storeys == 2
    assert lib.get("improve-rfw").category is HouseCategory.IMPROVEMENT
    core = lib.get("core-1room")
    assert {f.kind.value for f in core.fittings} == {"wc", "shower", "kitchen"}


def test_every_shipped_type_survives_a_toml_round_trip(tmp_path):
    for ht in load_library(include_user=False).sorted():
        path = save_house_type(ht, tmp_path / f"{ht.id}.toml")
        assert load_house_type(path) == ht
        tomllib.loads(path.read_text(encoding="utf-8"))  # plain TOML any reader accepts


def custom_type() -> HouseType:
    base = load_library(include_user=False).get("core-1room")
    return replace(
        base,
        id="my-house",
        name="Mama Amina's house",
        rooms=(
            *base.rooms,
            Room(key="r9", name="Shop", use=RoomUse.SHOP, outline=rect_ring(4.8, 1.5, 1.2, 3.0)),
        ),
        openings=(*base.openings, Opening(kind=OpeningKind.DOOR, at=(6.0, 3.0), width_m=0.9, height_m=2.1)),
    )


def test_user_folder_adds_types_and_project_types_win(tmp_path):
    ht = custom_type()
    save_house_type(ht, tmp_path / "mine.toml")
    save_house_type(
        replace(load_library(include_user=False).get("core-1room"), name="Edited core"), tmp_path / "c.toml"
    )
    lib = load_library(user_dir=tmp_path)
    assert lib.get("my-house") == ht
    assert lib.origin["my-house"] == "user"
    assert lib.get("core-1room").name == "Edited core"
    doc = Document(ProjectInfo(), [replace(ht, name="Project version")])
    assert load_library(doc, user_dir=tmp_path).get("my-house").name == "Project version"
    with pytest.raises(JamiiError, match="known types"):
        lib.get("no-such-type")


def test_custom_type_round_trips_through_the_project_file(tmp_path):
    ht = custom_type()
    doc = Document(
        ProjectInfo(name="Round trip"),
        [Plot(id="p1", outline=rect_ring(0, 0, 7, 9)), Option(id="opt", name="Houses")],
    )
    UndoStack(doc).push(place_houses(doc, "opt", ["p1"], ht, frontage_edges={"p1": 0}))
    path = tmp_path / "t.jamii"
    save_project(doc, path)
    again = load_project(path)
    assert again.get("my-house") == ht
    assert again.of_type(HouseType) == [ht]
    save_project(again, tmp_path / "u.jamii")
    assert path.read_bytes() == (tmp_path / "u.jamii").read_bytes()


def test_bad_type_in_a_project_file_names_the_place(tmp_path):
    import orjson

    doc = Document(ProjectInfo(), [custom_type()])
    path = tmp_path / "bad.jamii"
    save_project(doc, path)
    data = orjson.loads(path.read_bytes())
    data["records"]["house_type"][0]["rooms"][0]["stage"] = 7
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(ProjectFileError, match=r"house_type\[0\].*stage 7"):
        load_project(path)


def test_bad_toml_type_names_file_and_field(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(
        'id = "x"\nname = "X"\n[[rooms]]\nkey = "r1"\nname = "R"\nrect = [0, 0, 3]\n', encoding="utf-8"
    )
    with pytest.raises(HouseTypeFileError, match=r"bad.toml at rooms\[0\].rect"):
        load_house_type(path)
    path.write_text('id = "x"\nname = "X"\nroof = "flat"\n', encoding="utf-8")
    with pytest.raises(HouseTypeFileError, match=r"\$.roof"):
        load_house_type(path)


def test_toml_text_is_readable_and_keeps_optional_tables_out_when_empty():
    text = house_type_to_toml(load_library(include_user=False).get("core-1room"))
    assert '[[rooms]]\nkey = "r1"' in text
    assert "[improvement]" not in text


def test_rules_come_from_data_with_profile_overrides(tmp_path):
    rules = load_rules()
    assert rules.habitable_min_area_m2 == 4.0
    assert rules.max_persons_per_habitable_room == 3.0
    assert rules.min_room_area_m2["bedroom"] == 5.0
    unhcr = load_rules("unhcr-post-emergency")
    assert (unhcr.profile, unhcr.max_plot_coverage, unhcr.min_room_area_m2["bedroom"]) == (
        "unhcr-post-emergency",
        0.6,
        4.0,
    )
    assert unhcr.min_room_area_m2["wc"] == rules.min_room_area_m2["wc"]
    assert load_rules("no-such-profile").profile == "default"
    bad = tmp_path / "rules.toml"
    bad.write_text("[default]\nmax_plot_coverage = -1\n", encoding="utf-8")
    with pytest.raises(HouseTypeFileError, match="max_plot_coverage"):
        load_rules(path=bad)


def test_a_type_file_edited_on_disk_is_read_again(tmp_path):
    """Loaded types are remembered between loads, but never past a change of the file."""
    import os

    path = save_house_type(custom_type(), tmp_path / "mine.toml")
    assert load_library(user_dir=tmp_path).get("my-house").name == custom_type().name
    save_house_type(replace(custom_type(), name="Renamed by the family"), path)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a later time, even on coarse clocks
    assert load_library(user_dir=tmp_path).get("my-house").name == "Renamed by the family"
