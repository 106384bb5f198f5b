"""Write resources/guide/user-guide.md from the README's user-guide section (Help > User guide shows it).

The pictures the section shows live in resources/guide/ already (``scripts/user_guide_screenshots.py`` makes
them). A test fails while the shipped guide differs from the README.

Run: ``python scripts/make_user_guide.py``
"""

from __future__ import annotations

from pathlib import Path

from designer.gui.user_guide import guide_from_readme

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    out = REPO / "resources" / "guide" / "user-guide.md"
    out.write_text(guide_from_readme((REPO / "README.md").read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
