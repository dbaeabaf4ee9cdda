"""What every pyqtgraph chart shares: a themed layout of quiet plots and legend rows."""

from __future__ import annotations

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt

from journal_app.charts.axes import DayAxis
from journal_app.charts.items import HorizontalGrid, LegendSample
from journal_app.charts.legend import FlowLegend
from journal_app.charts.theme import ChartTheme, style_legend, style_plot

#: Pixels left of every plot for the y axis, so that stacked plots and legends line up.
AXIS_WIDTH = 56


class ChartFigure(pg.GraphicsLayout):
    """Legends and plots in one theme: a chart as the window shows it and the report prints it.

    A scene item, not a widget: a view hosts it. Subclasses build their items, then recolour
    them in ``apply_theme``.
    """

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__()
        self.setContentsMargins(6, 6, 14, 6)
        self.layout.setVerticalSpacing(2)
        self.theme = theme
        self._legends: list[FlowLegend] = []
        self._plots: list[pg.PlotItem] = []
        self._grids: dict[pg.PlotItem, HorizontalGrid] = {}
        self._width = 0.0

    def set_theme(self, theme: ChartTheme) -> None:
        self.theme = theme
        for legend in self._legends:
            style_legend(legend, theme)
        for plot in self._plots:
            style_plot(plot, theme)
        for grid in self._grids.values():
            grid.set_colour(theme.grid)
        self.apply_theme(theme)

    def apply_theme(self, theme: ChartTheme) -> None:
        """Recolour every item; subclasses extend this."""

    def add_plot(self, row: int, *, date_axis: bool = False, months: bool = False) -> pg.PlotItem:
        axes = {"bottom": DayAxis("bottom", centre_months=months)} if date_axis else None
        # No context menus (the page has its own controls), so none is built: ~4 ms a plot.
        plot = self.addPlot(row=row, col=0, axisItems=axes, enableMenu=False)
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

    def add_legend(self, row: int) -> FlowLegend:
        legend = FlowLegend(indent=AXIS_WIDTH)
        policy = legend.sizePolicy()
        policy.setHorizontalPolicy(policy.Policy.Fixed)
        policy.setVerticalPolicy(policy.Policy.Fixed)
        legend.setSizePolicy(policy)
        self.addItem(legend, row=row, col=0)
        self.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)
        style_legend(legend, self.theme)
        self._legends.append(legend)
        if self._width:
            legend.set_width(self._legend_width(self._width))
        return legend

    @staticmethod
    def _legend_width(width: float) -> float:
        return width - AXIS_WIDTH - 24

    def fit_legends(self, width: float | None = None) -> None:
        """Legend rows wrap within the chart, so that a legend never widens it.

        ``width``: the chart's, when it is about to change; else its present one.
        """
        if width is None:
            width = self.geometry().width()
        self._width = width
        for legend in self._legends:
            legend.set_width(self._legend_width(width))
        self.layout.invalidate()

    def set_legend_entries(
        self, legend: FlowLegend, entries: list[tuple[LegendSample, str]]
    ) -> list[LegendSample]:
        """Show ``entries``; existing ones are restyled and relabelled, not rebuilt (faster)."""
        if len(legend.items) != len(entries):
            legend.clear()
            for sample, text in entries:
                legend.addItem(sample, text)
            self.layout.invalidate()
            return [sample for sample, _ in entries]
        shown = []
        for (sample, label), (wanted, text) in zip(legend.items, entries, strict=True):
            sample.take_style(wanted)
            if label.text != text:
                label.setText(text)
            shown.append(sample)
        legend.updateSize()
        return shown
