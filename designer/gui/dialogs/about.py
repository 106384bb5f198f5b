"""About Jamii: version, licence, where the data comes from and the licences of what we build on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

__all__ = ["AboutDialog"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jamii")
    except PackageNotFoundError:
        return "dev"


class AboutDialog(QDialog):
    """Static text: what Jamii is, its licence, data sources and third-party licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Jamii"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("about_text")
        self.text.setOpenExternalLinks(True)
        parts = [
            f"<h2>Jamii {_version()}</h2>",
            "<p>"
            + self.tr(
                "Co-design upgrades of informal settlements: plots, houses, paths, water, "
                "sanitation and lighting, with costs, funding and service standards."
            )
            + "</p>",
            "<p>" + self.tr("Licence: GNU General Public License, version 3 or later.") + "</p>",
            "<h3>" + self.tr("Data sources") + "</h3><ul>",
            "<li>"
            + self.tr(
                "Sample settlement “Mji wa Tumaini”: invented by the Jamii developers; "
                "no real people or places."
            )
            + "</li>",
            "<li>"
            + self.tr(
                "Service standards: Sphere Handbook 2018, UNHCR WASH standards, WHO/UNICEF JMP "
                "service ladders, UN-Habitat slum household definition."
            )
            + "</li>",
            "<li>"
            + self.tr(
                "Unit costs: the cost library named in the project; its rates are illustrative "
                "unless the library says otherwise."
            )
            + "</li>",
            "<li>"
            + self.tr("Icons: drawn for Jamii, released under the same licence as the program.")
            + "</li>",
            "</ul><h3>" + self.tr("Built with") + "</h3><ul>",
            "<li>Qt 6 / PySide6 — LGPL-3.0</li>",
            "<li>shapely / GEOS — BSD-3-Clause / LGPL-2.1</li>",
            "<li>ezdxf — MIT</li>",
            "<li>numpy, scipy — BSD-3-Clause</li>",
            "<li>ReportLab — BSD</li>",
            "<li>psygnal — BSD-3-Clause</li>",
            "<li>openpyxl — MIT</li>",
            "<li>pyogrio / GDAL — MIT; pyproj / PROJ — MIT</li>",
            "<li>Babel — BSD-3-Clause</li>",
            "<li>WNTR — Revised BSD</li>",
            "</ul>",
        ]
        self.text.setHtml("".join(parts))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
