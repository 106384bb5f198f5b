"""Projector legibility: F11 fills the screen; options have distinct, colour-blind-safe colours and a picture."""

from __future__ import annotations

import pytest

from designer.model import OPTION_PALETTE, Option, UndoStack, duplicate_option

pytestmark = pytest.mark.gui


def test_f11_toggles_true_full_screen(qtbot, window):
    from PySide6.QtGui import QKeySequence

    assert window.act_full_screen.shortcut() == QKeySequence(QKeySequence.StandardKey.FullScreen)
    window.act_full_screen.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.act_full_screen.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert window.act_workshop.shortcut().toString() == "F9"


def test_new_and_duplicated_options_get_distinct_palette_colours(qtbot, window):
    window.set_scope("opt-a")
    window.options_dock.duplicate()
    window.options_dock.new_option("Lights")
    colours = [o.colour.lower() for o in window.doc.options]
    assert len(set(colours)) == len(colours) == 4
    assert {c.lower() for c in colours} <= {c.lower() for c in OPTION_PALETTE}


def test_duplicate_option_in_the_model_takes_an_unused_colour(plan_doc):
    macro = duplicate_option(plan_doc, "opt-a")
    UndoStack(plan_doc).push(macro)
    copy = macro.commands[0].record
    assert isinstance(copy, Option)
    assert copy.colour not in {"#0072B2", "#009E73"}


def test_workshop_option_buttons_show_the_options_main_intervention(qtbot, isolated_settings):
    from designer.gui.docks.workshop import main_intervention_icon
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    window.set_document(load_project(sample_project_path()), None)
    window.set_workshop(True)
    icons = {o.id: main_intervention_icon(window.doc, o.id) for o in window.doc.options}
    assert all(icons.values()), icons
    for option_id in icons:
        assert not window.workshop_panel.buttons[option_id].icon().isNull()
    assert window.workshop_panel.buttons["existing"].icon().isNull()


def test_labels_never_overlap_and_plot_numbers_win_in_workshop_mode(qtbot, window):
    from PySide6.QtCore import QRectF

    from designer.model import AddRecord, Path, Plot

    # Two survey plots drawn almost on top of each other, and a lane name across the plot numbers.
    for i, (x, number) in enumerate(((100.0, "3A02"), (100.6, "3A03"))):
        outline = ((x, 0.0), (x + 12, 0.0), (x + 12, 12.0), (x, 12.0))
        window.stack.push(AddRecord(Plot(id=f"plot-x{i}", outline=outline, number=number)))
    window.stack.push(
        AddRecord(Path(id="path-x", route=((95.0, 6.0), (120.0, 6.0)), width_m=1.0, name="Njia ya Soko"))
    )
    window.set_workshop(True)
    window.view.set_scale(8.0)
    window.view.centerOn(106.0, 6.0)
    placed = window.view.place_labels(QRectF(80, -20, 60, 60))
    boxes = [box for _rid, box, _pm in placed]
    assert all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    ids = [rid for rid, _box, _pm in placed]
    assert ("plot-x0" in ids) != ("plot-x1" in ids)  # one of the two numbers, never "3A023A03"
    assert "path-x" not in ids  # the lane name would cover the plot number: the number wins
    heights = {box.height() for rid, box, _pm in placed if rid.startswith("plot")}
    assert len(heights) == 1  # one lettering size for every plot number


def test_workshop_compare_cards_show_each_option_with_its_differences(qtbot, isolated_settings):
    from designer.analysis.served import households_served
    from designer.estimate.pricing import cost_option
    from designer.gui.docks.costs import money
    from designer.gui.main_window import MainWindow
    from designer.io.project_file import load_project
    from designer.resources import sample_project_path
    from tests.gui.helpers import forget_changes

    window = MainWindow(autosave_folder=isolated_settings / "autosave")
    qtbot.addWidget(window, before_close_func=forget_changes)
    doc = load_project(sample_project_path())
    window.set_document(doc, None)
    window.resize(1280, 720)
    window.show()
    window.set_workshop(True)
    window.findChild(type(window.act_workshop), "action_compare_cards").trigger()
    page = window.compare_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: len(page.cards) == len(doc.options), timeout=60_000)
    per_household = {o.id: cost_option(doc, o.id).per_household for o in doc.options}
    cheapest = min(per_household.values())
    for f in page.facts:
        text = page.cards[f.option_id].findChild(type(page.status), "card_text").text()
        assert money(per_household[f.option_id], "KES") in text
        assert f.served == households_served(doc, f.option_id)[0]
        if per_household[f.option_id] == cheapest:
            assert "The cheapest option." in text
        else:
            assert f"{money(per_household[f.option_id] - cheapest, 'KES')} more</b>" in text
    assert (window.width(), window.height()) == (1280, 720)
