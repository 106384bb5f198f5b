"""Survey tables are read whole or refused in one line: encodings, per-file delimiters, strict quotes."""

from __future__ import annotations

import codecs

import pytest

from designer.cli import main
from designer.io.households_import import HouseholdImportError, import_households
from designer.io.project_file import load_project, save_project
from designer.io.text_tables import TextTableError, read_text_table
from tests.io.drawing_fixtures import small_settlement

ROWS = "household_id;name;size\nA;Amina;5\nB;Jos\u00e9;3\n"


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda t: t.encode("utf-8"), "UTF-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "UTF-8"),
        (lambda t: t.encode("utf-16"), "UTF-16"),  # Excel's "Unicode text" (with a BOM)
        (lambda t: t.encode("cp1252"), "Windows-1252"),
    ],
)
def test_everyday_encodings_are_read(tmp_path, encode, encoding):
    path = tmp_path / "t.csv"
    path.write_bytes(encode(ROWS))
    table = read_text_table(path)
    assert table.encoding == encoding and table.delimiter == ";"
    assert table.records == [["household_id", "name", "size"], ["A", "Amina", "5"], ["B", "Jos\u00e9", "3"]]


def test_tab_separated_utf16_from_excel(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(ROWS.replace(";", "\t").encode("utf-16"))
    assert read_text_table(path).delimiter == "\t"


def test_a_header_split_by_semicolons_and_rows_by_commas_is_refused(tmp_path):
    """Was: junk households."""
    path = tmp_path / "t.csv"
    path.write_text("household_id;name;size\nA,Amina,5\nB,Joseph,3\n", encoding="utf-8")
    with pytest.raises(TextTableError, match=r"line 2: has 1 cells but the header has 3 columns"):
        read_text_table(path)


def test_an_unterminated_quote_is_refused_not_swallowed(tmp_path):
    """Was: 1 of 3 households imported, the others' names and phones inside one name field."""
    path = tmp_path / "t.csv"
    path.write_text('household_id,name,phone\n1,"Amina,0712\n2,Joseph,0713\n3,Mary,0714\n', encoding="utf-8")
    with pytest.raises(TextTableError, match="unterminated quote"):
        read_text_table(path)


def test_the_delimiter_is_chosen_per_file_even_when_a_header_cell_holds_another(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('household_id,"name; alias",size\nA,"Amina; Mama A",5\n', encoding="utf-8")
    table = read_text_table(path)
    assert table.delimiter == "," and table.records[1] == ["A", "Amina; Mama A", "5"]


def test_a_fifo_or_device_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(TextTableError, match=r"is a pipe \(FIFO\)"):
        read_text_table(fifo)
    with pytest.raises(TextTableError, match="is a device"):
        read_text_table("/dev/zero")


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.jamii"
    save_project(small_settlement(), path)
    return path


def test_cli_import_of_a_broken_table_is_one_line_and_changes_nothing(project, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("household_id;name;size\nA,Amina,5\n", encoding="utf-8")
    before = project.read_bytes()
    assert main(["households", "import", str(project), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.csv" in err
    assert project.read_bytes() == before


def test_an_import_that_adds_nothing_exits_non_zero(project, tmp_path, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_text("household_id,name,size\n", encoding="utf-8")
    assert main(["households", "import", str(project), str(empty)]) == 2
    assert "no household rows" in capsys.readouterr().err


def test_a_workbook_with_a_stale_dimension_is_read_whole(tmp_path):
    """Was: 1 of 3,000,000 rows imported when <dimension> said A1:A1."""
    import re
    import zipfile

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["household_id", "name", "size"])
    for i in range(200):
        ws.append([f"H{i}", f"Name {i}", 4])
    src = tmp_path / "src.xlsx"
    wb.save(src)
    stale = tmp_path / "stale.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(stale, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = re.sub(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1:A1"/>', data)
            zout.writestr(item, data)
    doc = load_project(tmp_path / "p.jamii") if (tmp_path / "p.jamii").exists() else small_settlement()
    report = import_households(doc, stale)
    assert report.rows == 200 and report.added == 200


def test_a_workbook_with_an_entity_bomb_is_refused_in_one_line(tmp_path):
    import zipfile

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["household_id", "name"])
    src = tmp_path / "src.xlsx"
    wb.save(src)
    bomb = tmp_path / "bomb.xlsx"
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = lol + data.split(b"?>", 1)[-1]  # defusedxml forbids entity declarations outright
            zout.writestr(item, data)
    with pytest.raises(HouseholdImportError, match=r"bomb\.xlsx: is not a readable XLSX workbook"):
        import_households(small_settlement(), bomb)


@pytest.mark.parametrize("value", ["1" + "0" * 400, '"ten"', "[1]", "-5", "true"])
def test_a_mapping_with_an_absurd_precision_limit_is_one_line(project, tmp_path, capsys, value):
    """Found by `make fuzz`: a huge integer crashed the float conversion."""
    mapping = tmp_path / "map.toml"
    mapping.write_text(
        f'source = "plain"\nmax_precision_m = {value}\n[columns]\nhousehold_id = "id"\n', encoding="utf-8"
    )
    survey = tmp_path / "s.csv"
    survey.write_text("id,size\nA,4\n", encoding="utf-8")
    assert main(["households", "import", str(project), str(survey), "--mapping", str(mapping)]) == 2
    assert "max_precision_m" in capsys.readouterr().err
