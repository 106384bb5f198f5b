"""Point symbols follow the zoom between a floor and a ceiling (issue 16: legible zoomed in, not burying
the plan zoomed out)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def tap(window):
    """A standpipe added to option A, shown."""
    from designer.model import AddRecord, WaterPoint

    window.set_scope("opt-a")
    window.stack.push(AddRecord(WaterPoint(id="wp-sym", scope="opt-a", position=(20.0, 8.0)), "Add tap"))
    return window


def _symbol_px(window) -> float:
    from designer.canvas.items import SymbolItem

    symbols = [i for i in window.scene.items() if isinstance(i, SymbolItem) and i.isVisible()]
    assert symbols, "the plan shows point facilities"
    item = symbols[0]
    shown = item.deviceTransform(window.view.viewportTransform()).mapRect(item.boundingRect())
    return shown.width()


def test_symbols_grow_with_the_zoom_between_a_floor_and_a_ceiling(tap):
    window = tap
    from designer.canvas.items import SYMBOL_MAX_PX, SYMBOL_MIN_PX, SYMBOL_RADIUS_M

    window.view.set_scale(0.2)  # a whole large settlement on the screen
    assert _symbol_px(window) == pytest.approx(2 * SYMBOL_MIN_PX)
    window.view.set_scale(4.0)
    assert _symbol_px(window) == pytest.approx(2 * SYMBOL_RADIUS_M * 4.0)
    window.view.set_scale(8.0)
    at_8 = _symbol_px(window)
    window.view.zoom_by(1.25)
    assert _symbol_px(window) > at_8, "zooming in makes symbols larger"
    window.view.set_scale(200.0)
    assert _symbol_px(window) == pytest.approx(2 * SYMBOL_MAX_PX)


def test_workshop_symbols_are_larger_at_the_same_zoom(tap):
    window = tap
    from designer.canvas.items import WORKSHOP_SYMBOL_SCALE

    window.view.set_scale(8.0)
    desk = _symbol_px(window)
    window.set_workshop(True)
    window.view.set_scale(8.0)
    assert _symbol_px(window) == pytest.approx(desk * WORKSHOP_SYMBOL_SCALE)
    window.set_workshop(False)


def test_a_symbol_is_still_hit_where_it_is_drawn_after_zooming(tap):
    window = tap
    from designer.canvas.items import SymbolItem

    window.view.set_scale(0.5)
    window.view.set_scale(60.0)
    item = next(i for i in window.scene.items() if isinstance(i, SymbolItem) and i.isVisible())
    x, y = item.pos().x(), item.pos().y()
    window.view.centerOn(x, y)
    assert item.data(0) in window.scene.ids_at(x, y, 0.05)
