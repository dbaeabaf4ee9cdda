"""What every chart view of the window shares: a canvas that follows the palette, crosshairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QWidget

from journal_app.charts.colour import with_alpha
from journal_app.charts.figure import ChartFigure
from journal_app.charts.items import cosmetic_pen
from journal_app.charts.theme import ChartTheme, theme_for_palette

#: Where the mouse is over the data: the x of the crosshair lines and the read-out to show.
Hover = tuple[float, str]

_THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)


class Crosshairs(QObject):
    """Vertical lines that follow the mouse over a chart's plots, and the read-out they give.

    ``locate`` turns a scene position into a :data:`Hover`, or None where there is no data;
    ``report`` receives the read-out ("" when the lines go away). A child of its chart, so
    that Qt drops the mouse connection when the chart goes (a plain object would outlive it).
    """

    def __init__(
        self,
        chart: QObject,
        plots: Sequence[pg.PlotItem],
        locate: Callable[[QPointF], Hover | None],
        report: Callable[[str], object],
        *,
        z: float = 50,
    ) -> None:
        super().__init__(chart)
        self.lines: list[pg.InfiniteLine] = []
        for plot in plots:
            line = pg.InfiniteLine(angle=90, movable=False)
            line.hide()
            line.setZValue(z)
            plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)
        self._locate, self._report = locate, report
        self._proxy = pg.SignalProxy(plots[0].scene().sigMouseMoved, rateLimit=60, slot=self._moved)

    def _moved(self, args: tuple[QPointF]) -> None:
        hover = self._locate(args[0])
        if hover is None:
            self.hide()
            return
        x, readout = hover
        for line in self.lines:
            line.setPos(x)
            line.show()
        self._report(readout)

    def hide(self) -> None:
        if self.lines[0].isVisible():
            for line in self.lines:
                line.hide()
            self._report("")

    def apply_theme(self, theme: ChartTheme) -> None:
        for line in self.lines:
            line.setPen(cosmetic_pen(with_alpha(theme.foreground, 110), 1))


class ChartCanvas(pg.GraphicsView):
    """The view of a ChartFigure in the window: its colours follow the widget's palette (light
    or dark), its legends the widget's width.

    Subclasses show their figure with ``show_figure`` and then set ``theme_ready``; palette
    changes before that (Qt sends some while the view is constructed) are ignored.
    """

    theme_ready = False
    figure: ChartFigure
    #: Set by charts that read out the data under the mouse.
    hover: Crosshairs | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme_for_palette(self.palette())
        self.setBackground(self.theme.background)

    def show_figure(self, figure: ChartFigure) -> None:
        self.figure = figure
        self.setCentralItem(figure)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.hover is not None:
            self.hover.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _THEME_EVENTS and self.theme_ready:
            self.refresh_theme()

    def refresh_theme(self) -> None:
        self.theme = theme_for_palette(self.palette())
        self.setBackground(self.theme.background)
        self.figure.set_theme(self.theme)
        if self.hover is not None:
            self.hover.apply_theme(self.theme)

    def background_colour(self) -> QColor:
        return self.backgroundBrush().color()

    def export_target(self) -> ChartFigure:
        """The item that "Save chart…" writes: legends, plots and axes together."""
        return self.figure

    def close(self) -> bool:
        # pyqtgraph's close() deletes every item, then resizes the view: nothing may touch
        # the items after that.
        self.theme_ready = False
        return super().close()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.theme_ready:
            self.figure.fit_legends(self.width())  # first: the layout then fits at once
        super().resizeEvent(event)
