"""Newcomers: a welcome page when Jamii starts without a file; the CRS and currency always in the status bar."""

from __future__ import annotations

import dataclasses

import pytest

from designer.model import ReplaceRecord

pytestmark = pytest.mark.gui


def test_welcome_page_opens_the_sample_as_a_copy_or_an_empty_project(qtbot, window, tmp_path):
    from designer.gui.welcome import WelcomePage

    window.save_to(tmp_path / "mine.jamii")
    window.show_welcome()
    page = window.pages.currentWidget()
    assert isinstance(page, WelcomePage)
    assert [b.text() for b in page.recent_buttons] == ["mine.jamii"]
    page.sample_button.click()
    assert window.pages.currentWidget() is window.view
    assert window.path is None and len(window.doc.households) == 135
    window.show_welcome()
    window.stack.set_clean()
    page.new_button.click()
    assert window.pages.currentWidget() is window.view
    assert window.doc.households == [] and window.path is None


def test_status_bar_names_the_crs_and_the_currency(qtbot, window):
    assert "no coordinate system" in window.project_label.text()
    assert window.project_label.text().endswith("KES")
    old = window.doc.project
    new = dataclasses.replace(old, crs_epsg=32737, currency="DJF")
    window.stack.push(ReplaceRecord(old, new, "Set CRS"))
    assert window.project_label.text() == "EPSG:32737 · DJF"
    assert "UTM zone 37S" in window.project_label.toolTip()
