"""Languages: which ones ship, which one to use, and installing its translator.

Every user-visible string goes through ``tr()`` (or ``translate()`` outside QObjects) and is
looked up in ``resources/translations/jamii_<lang>.qm``; the source language is English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from designer.resources import resource_path

__all__ = ["LANGUAGES", "current_language", "install_translator", "translate"]

LANGUAGES = {"en": "English", "fr": "Français", "pt": "Português", "sw": "Kiswahili"}
"""Shipped languages by code, each named in itself (so anyone can find their own)."""

_installed: list[QTranslator] = []

QT_LOCALES = {"pt": "pt_BR"}
"""Qt ships Portuguese as pt_BR only; Kiswahili not at all (Jamii's catalogue covers the standard buttons)."""


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` (for code that is not a QObject, e.g. undo labels)."""
    return QCoreApplication.translate(context, text)


def current_language() -> str:
    """Return the language from the preferences, else the system's if shipped, else English."""
    chosen = str(QSettings().value("language", "", type=str) or "")
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translator(lang: str) -> bool:
    """Install the translator for ``lang`` (replacing any installed one); say whether it loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    from designer.gui.locale_format import number_locale, set_language

    set_language(lang)
    # Spin boxes and Qt's own number fields write decimals as the language does ("2,00 m" in French).
    QLocale.setDefault(QLocale(number_locale()))
    # Qt's own dialogs (file dialog, colour picker…) from the translations shipped in the PySide6 wheel
    # (LGPL-3.0, like Qt itself: loaded from the installed PySide6, not copied into Jamii). Installed
    # first, so Jamii's catalogue (which also covers the standard buttons, and Kiswahili) takes precedence.
    qt_base = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt_base.load(QLocale(QT_LOCALES.get(lang, lang)), "qtbase", "_", folder):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    translator = QTranslator()
    qm = resource_path("translations", f"jamii_{lang}.qm")
    if not qm.is_file() or not translator.load(str(qm)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
