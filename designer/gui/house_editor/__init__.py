"""The house editor dialog (draw rooms on a grid, doors and windows on walls, stages, live rule checks)."""

from designer.gui.house_editor.dialog import EditorTool, HouseEditorDialog

__all__ = ["EditorTool", "HouseEditorDialog"]
