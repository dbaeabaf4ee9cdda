"""What every pyqtgraph view shares: a themed canvas, quiet plots and a legend row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal_app.ui.charts.axes import DayAxis
from journal_app.ui.charts.items import HorizontalGrid, LegendSample, cosmetic_pen
from journal_app.ui.charts.theme import (
    ChartTheme,
    style_legend,
    style_plot,
    theme_for_palette,
    with_alpha,
)

#: Where the mouse is over the data: the x of the crosshair lines and the read-out to show.
Hover = tuple[float, str]

#: Pixels left of every plot for the y axis, so that stacked plots and legends line up.
AXIS_WIDTH = 56
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


class ChartCanvas(pg.GraphicsLayoutWidget):
    """A pyqtgraph canvas whose colours follow the widget's palette (light or dark).

    Subclasses set ``theme_ready`` once their items exist; palette changes before that (Qt
    sends some while the view is constructed) are ignored.
    """

    theme_ready = False
    #: Set by charts that read out the data under the mouse.
    hover: Crosshairs | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ci.setContentsMargins(6, 6, 14, 6)
        self.ci.layout.setVerticalSpacing(2)
        self.theme = theme_for_palette(self.palette())
        self.setBackground(self.theme.background)
        self._legends: list[tuple[pg.LegendItem, list[LegendSample]]] = []
        self._plots: list[pg.PlotItem] = []
        self._grids: dict[pg.PlotItem, HorizontalGrid] = {}
        self._legend_columns: dict[pg.LegendItem, int] = {}

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
        for legend, _ in self._legends:
            style_legend(legend, self.theme)
        for plot in self._plots:
            style_plot(plot, self.theme)
        for grid in self._grids.values():
            grid.set_colour(self.theme.grid)
        self.apply_theme(self.theme)

    def apply_theme(self, theme: ChartTheme) -> None:
        """Recolour every item; subclasses extend this."""

    def background_colour(self) -> QColor:
        return self.backgroundBrush().color()

    def export_target(self) -> pg.GraphicsLayout:
        """The item that "Save chart…" writes: legends, plots and axes together."""
        return self.ci

    def add_plot(self, row: int, *, date_axis: bool = False, months: bool = False) -> pg.PlotItem:
        axes = {"bottom": DayAxis("bottom", centre_months=months)} if date_axis else None
        # No context menus (the page has its own controls), so none is built: ~4 ms a plot.
        plot = self.ci.addPlot(row=row, col=0, axisItems=axes, enableMenu=False)
        plot.hideButtons()
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        plot.getViewBox().disableAutoRange()
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        style_plot(plot, self.theme)
        self._plots.append(plot)
        # Horizontal lines only: days are marked by the data and the windows already.
        grid = HorizontalGrid()
        grid.set_colour(self.theme.grid)
        plot.addItem(grid, ignoreBounds=True)
        self._grids[plot] = grid
        return plot

    def set_grid(self, plot: pg.PlotItem, values: list[float]) -> None:
        """Horizontal grid lines of ``plot`` at ``values``."""
        self._grids[plot].set_values(values)

    def add_legend(self, row: int, columns: int) -> pg.LegendItem:
        legend = pg.LegendItem(colCount=columns, horSpacing=6, labelTextSize="9pt")
        legend.layout.setHorizontalSpacing(6)
        legend.layout.setContentsMargins(AXIS_WIDTH, 0, 0, 0)
        legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.ci.addItem(legend, row=row, col=0)
        self.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)
        style_legend(legend, self.theme)
        self._legends.append((legend, []))
        self._legend_columns[legend] = columns
        return legend

    def close(self) -> bool:
        # pyqtgraph's close() deletes every item, then resizes the view: nothing may touch
        # the items after that.
        self.theme_ready = False
        return super().close()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.theme_ready:
            self._fit_legends()  # first: the layout then fits the new size at once
        super().resizeEvent(event)

    def _fit_legends(self) -> None:
        """Fewer legend columns on a narrow window, so the legend never widens the chart."""
        available = self.width() - AXIS_WIDTH - 30
        for legend, most in self._legend_columns.items():
            if not legend.items:
                continue
            widest = max(
                sample.width() + label.item.boundingRect().width() + 14
                for sample, label in legend.items
            )
            columns = int(min(max(available // max(widest, 1), 1), most))
            if columns != legend.columnCount:
                legend.setColumnCount(columns)
                legend.updateGeometry()
                self.ci.layout.invalidate()

    def set_legend_entries(
        self, legend: pg.LegendItem, entries: list[tuple[LegendSample, str]]
    ) -> list[LegendSample]:
        """Show ``entries``; existing ones are restyled and relabelled, not rebuilt (faster)."""
        if len(legend.items) != len(entries):
            self.clear_legend(legend)
            for sample, text in entries:
                self.add_legend_entry(legend, sample, text)
            self._fit_legends()
            return [sample for sample, _ in entries]
        shown = []
        for (sample, label), (wanted, text) in zip(legend.items, entries, strict=True):
            sample.restyle(
                pen=wanted.pen, brush=wanted.brush, symbol=wanted.symbol, shape=wanted.shape
            )
            sample.set_shown(wanted.shown)
            if label.text != text:
                label.setText(text)
            shown.append(sample)
        legend.updateSize()
        return shown

    def add_legend_entry(self, legend: pg.LegendItem, sample: LegendSample, text: str) -> None:
        legend.addItem(sample, text)
        for known, samples in self._legends:
            if known is legend:
                samples.append(sample)

    def clear_legend(self, legend: pg.LegendItem) -> None:
        legend.clear()
        for known, samples in self._legends:
            if known is legend:
                samples.clear()
