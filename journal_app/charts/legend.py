"""A legend whose entries flow like words: side by side, wrapping when the next would not fit.

pyqtgraph's legend is a grid: every column as wide as its widest entry, so one long name
("15 days: chronic migraine (ICHD-3)") pushes the rest into a tall single column.
"""

from __future__ import annotations

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QSizeF, Qt

_SAMPLE_GAP = 4.0
_ENTRY_GAP = 16.0
_ROW_GAP = 1.0


class FlowLegend(pg.LegendItem):
    """Entries in reading order, as many to a row as ``set_width`` allows."""

    def __init__(self, indent: float = 0.0, label_size: str = "9pt") -> None:
        super().__init__(labelTextSize=label_size, frame=False)
        self._indent = indent  # pixels before every row
        self._width = 800.0
        self._size = QSizeF(0, 0)

    def set_width(self, width: float) -> None:
        """Wrap the entries within ``width`` pixels (the indent not counted)."""
        if width != self._width:
            self._width = width
            self.updateSize()

    def rows(self) -> list[list[str]]:
        """The entries' texts, row by row as laid out."""
        rows: dict[float, list[str]] = {}
        for _sample, label in self.items:
            rows.setdefault(label.pos().y(), []).append(label.text)
        return [rows[y] for y in sorted(rows)]

    # -- pyqtgraph's grid, replaced ------------------------------------------------------

    def _addItemToLayout(self, sample: pg.GraphicsWidget, label: pg.LabelItem) -> None:
        sample.setParentItem(self)
        label.setParentItem(self)

    def _removeItemFromLayout(self, *items: pg.GraphicsWidget) -> None:
        for item in items:
            item.close()
            # As pyqtgraph does: PySide leaves a closed item in its scene otherwise.
            scene = item.scene()
            if scene:
                scene.removeItem(item)

    def setColumnCount(self, columnCount: int) -> None:
        """Rows follow the width, not a column count."""

    def updateSize(self) -> None:
        x = y = width = 0.0
        row_height = 0.0
        for sample, label in self.items:
            text = label.itemRect()
            label_width, label_height = text.width(), text.height()
            entry = sample.width() + _SAMPLE_GAP + label_width
            if x > 0 and x + entry > self._width:
                x, y = 0.0, y + row_height + _ROW_GAP
                row_height = 0.0
            height = max(label_height, sample.height())
            left = self._indent + x
            sample.setPos(left, y + (height - sample.height()) / 2)
            label.setGeometry(left + sample.width() + _SAMPLE_GAP, y, label_width, label_height)
            x += entry + _ENTRY_GAP
            width = max(width, x - _ENTRY_GAP)
            row_height = max(row_height, height)
        self._size = QSizeF(self._indent + width, y + row_height)
        self.setGeometry(0, 0, self._size.width(), self._size.height())
        self.updateGeometry()

    def sizeHint(self, which: Qt.SizeHint, constraint: QSizeF | None = None) -> QSizeF:
        return QSizeF(self._size)
