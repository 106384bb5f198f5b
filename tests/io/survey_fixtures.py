"""Small survey forms and exports written by the tests (the real ones are in ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def small_form(path: Path) -> Path:
    """A bilingual (English/Swahili) form with a group, a repeat and a select_multiple."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    ws.append(["type", "name", "label::English (en)", "label::Kiswahili (sw)"])
    ws.append(["text", "hh_id", "Household number", "Namba ya kaya"])
    ws.append(["text", "head_name", "Name of the head", "Jina la mkuu"])
    ws.append(["begin_group", "water", "Water", "Maji"])
    ws.append(["select_one source", "water_source", "Main drinking water source", "Chanzo kikuu cha maji"])
    ws.append(["integer", "water_minutes", "Minutes to fetch water", "Dakika"])
    ws.append(["select_multiple items", "items", "Items owned", "Vitu"])
    ws.append(["end_group", "", "", ""])
    ws.append(["date", "moved_in", "Date moved in", "Tarehe"])
    ws.append(["text", "wall_other", "Wall material, other", "Ukuta, nyingine"])
    ws.append(["begin_repeat", "people", "People", "Watu"])
    ws.append(["select_one sex", "sex", "Sex", "Jinsia"])
    ws.append(["integer", "age", "Age", "Umri"])
    ws.append(["end_repeat", "", "", ""])
    ch = wb.create_sheet("choices")
    ch.append(["list_name", "name", "label::English (en)", "label::Kiswahili (sw)"])
    ch.append(["source", "kiosk", "Water kiosk", "Kioski cha maji"])
    ch.append(["source", "piped_yard", "Piped to yard", "Bomba uani"])
    ch.append(["items", "radio", "Radio", "Redio"])
    ch.append(["items", "tv", "Television", "Televisheni"])
    ch.append(["sex", "f", "Female", "Mwanamke"])
    ch.append(["sex", "m", "Male", "Mwanaume"])
    wb.save(path)
    return path
