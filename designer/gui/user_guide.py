"""Help > User guide: the README's user-guide section, shipped in the package and shown offline.

The guide is ``resources/guide/user-guide.md`` (made from the README by ``scripts/make_user_guide.py``; a test
keeps the two the same) with its pictures beside it. A QTextBrowser renders the Markdown; pictures wider
than the window are shown scaled down to its width.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from designer.resources import resource_path

__all__ = ["GUIDE_FILE", "UserGuideWindow", "guide_from_readme"]

GUIDE_FILE = ("guide", "user-guide.md")
"""The shipped guide, relative to the resources folder."""

_SIDE_MARGIN_PX = 40  # the browser's frame and scroll bar
_START, _END = "<!-- user-guide:start", "<!-- user-guide:end -->"
_PICTURES = "resources/guide/"  # where the README's guide pictures are; beside the shipped guide


def guide_from_readme(readme: str) -> str:
    """Return the shipped guide made from the README's user-guide section (between its two markers).

    The section's headings move up one level under a "Jamii user guide" title, and picture paths become
    relative to the guide's own folder.

    Raises:
        ValueError: the README has no user-guide section.
    """
    start, end = readme.find(_START), readme.find(_END)
    if start < 0 or end < start:
        raise ValueError(
            "the README has no user-guide section (<!-- user-guide:start --> … <!-- user-guide:end -->)"
        )
    body = readme[readme.index("\n", start) + 1 : end].strip("\n")
    lines = [line[1:] if line.startswith("###") else line for line in body.splitlines()]
    return "# Jamii user guide\n\n" + "\n".join(lines).replace(_PICTURES, "") + "\n"


class UserGuideWindow(QDialog):
    """A window with the user guide (not modal: it can stay open beside the plan)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("Jamii user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("user_guide_text")
        self.browser.setAccessibleName(self.windowTitle())
        self.browser.setOpenExternalLinks(True)
        folder = resource_path(*GUIDE_FILE[:-1])
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.browser.setMarkdown(resource_path(*GUIDE_FILE).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 720)

    def image_names(self) -> list[str]:
        """The pictures the guide shows, in order (their file names)."""
        return [fmt.name() for _, fmt in self._images()]

    def _images(self) -> list[tuple[QTextCursor, QTextImageFormat]]:
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    found.append((cursor, fmt.toImageFormat()))
                it += 1
            block = block.next()
        return found

    def _fit_images(self) -> None:
        """Show every picture at most as wide as the window (keeping its proportions)."""
        width_px = max(200, self.browser.viewport().width() - _SIDE_MARGIN_PX)
        for cursor, fmt in self._images():
            image = self.browser.document().resource(3, QUrl(fmt.name()))  # 3 = QTextDocument.ImageResource
            natural = getattr(image, "width", lambda: 0)()
            fmt.setWidth(min(width_px, natural) if natural else width_px)
            cursor.setCharFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_images()  # the final width is known only once shown
