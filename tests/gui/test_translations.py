"""Every user-visible string of the designer is translated in every shipped language, and the
compiled .qm files say what the .ts files say."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("en", "fr", "pt", "sw")
PLACEHOLDER = re.compile(r"%\d|\{[^}]*\}")


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """Return (context, source) → (translation, finished) of a .ts file."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            out[(name, m.findtext("source") or "")] = (
                tr.text or "",
                tr.get("type") not in ("unfinished", "vanished"),
            )
    return out


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory) -> set[tuple[str, str]]:
    """Every (context, source) that pyside6-lupdate finds in the designer's code now."""
    files = sorted(
        str(p)
        for d in ("designer/gui", "designer/canvas", "designer/tools")
        for p in (REPO / d).rglob("*.py")
    )
    ts = tmp_path_factory.mktemp("lupdate") / "now.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-no-obsolete", *files, "-ts", str(ts)], check=True, capture_output=True)
    found = set(_messages(ts))
    assert len(found) > 300
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_source_string_is_translated(source_strings, lang):
    shipped = _messages(TRANSLATIONS / f"jamii_{lang}.ts")
    missing = sorted(
        s for s in source_strings if not shipped.get(s, ("", False))[1] or not shipped[s][0].strip()
    )
    assert missing == [], (
        f"{lang}: untranslated (run resources/translations/update_translations.py): {missing[:10]}"
    )


@pytest.mark.parametrize("lang", ["fr", "pt", "sw"])
def test_translations_keep_placeholders(lang):
    for (_ctx, source), (text, _) in _messages(TRANSLATIONS / f"jamii_{lang}.ts").items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (source, text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_qm_matches_the_ts(qapp, lang):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"jamii_{lang}.qm"))
    for (ctx, source), (text, _) in _messages(TRANSLATIONS / f"jamii_{lang}.ts").items():
        assert translator.translate(ctx, source) == text, (ctx, source)


def test_installing_swahili_translates_the_menus(qtbot, isolated_settings):
    from PySide6.QtCore import QCoreApplication

    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow

    assert install_translator("sw")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Faili"
        w = MainWindow(autosave_folder=isolated_settings / "a")
        qtbot.addWidget(w)
        assert w.tool_actions["standpipe"].text() == "Weka bomba la umma"
        assert w.options_dock.windowTitle() == "Machaguo"
    finally:
        assert install_translator("en")


def test_language_defaults_to_the_system_locale_when_shipped(isolated_settings, monkeypatch):
    from PySide6.QtCore import QLocale, QSettings

    from designer.gui.i18n import current_language

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pt_MZ")))
    assert current_language() == "pt"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert current_language() == "en"
    QSettings().setValue("language", "sw")
    assert current_language() == "sw"


def test_properties_dock_speaks_the_chosen_language(qtbot, isolated_settings, plan_doc):
    from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

    from designer.gui.i18n import install_translator
    from designer.gui.main_window import MainWindow

    assert install_translator("fr")
    try:
        w = MainWindow(autosave_folder=isolated_settings / "a")
        qtbot.addWidget(w)
        w.set_document(plan_doc, None)
        w.ctx.selection.set(["path-0"])
        w.properties_dock.refresh()
        form = w.properties_dock.scroll_area.widget().layout()
        assert isinstance(form, QFormLayout)
        labels = [
            form.itemAt(i).widget().text()
            for i in range(form.count())
            if isinstance(form.itemAt(i).widget(), QLabel)
        ]
        assert "Largeur (m)" in labels
        surface = w.properties_dock.editors["surface"]
        assert isinstance(surface, QComboBox)
        assert surface.currentText() == "terre"
    finally:
        assert install_translator("en")
