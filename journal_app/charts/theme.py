"""The light and dark chart themes, chosen from a widget's palette; paper takes the light one."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtGui import QColor, QPalette

from journal_app.charts.colour import is_dark_palette, mix, with_alpha
from journal_app.charts.palette import (
    BLUISH_GREEN,
    MEDICATION_HUES,
    ORANGE,
    REDDISH_PURPLE,
    metric_colour,
    severity_colour,
)
from journal_app.domain.models import MedicationClass, Metric

pg.setConfigOptions(antialias=True)


@dataclass(frozen=True)
class ChartTheme:
    """Every colour a chart uses; one instance for light palettes, one for dark ones."""

    is_dark: bool
    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor
    frame: QColor

    def metric(self, metric: Metric) -> QColor:
        colour = metric_colour(metric)
        # The darker Okabe–Ito hues lose contrast on a dark background: lift them a little.
        return mix(colour, QColor("white"), 0.28) if self.is_dark else colour

    def points(self, metric: Metric) -> QColor:
        return with_alpha(self.metric(metric), 165 if self.is_dark else 125)

    @property
    def headache_bar(self) -> QColor:
        return self.metric(Metric.HEADACHE)

    @property
    def onset_fill(self) -> QColor:
        return with_alpha(BLUISH_GREEN, 62 if self.is_dark else 46)

    @property
    def reinjection_fill(self) -> QColor:
        return with_alpha(ORANGE, 70 if self.is_dark else 56)

    @property
    def onset_edge(self) -> QColor:
        return with_alpha(BLUISH_GREEN, 150)

    @property
    def reinjection_edge(self) -> QColor:
        return with_alpha(ORANGE, 170)

    @property
    def reinjection_hatch(self) -> QColor:
        """Hatching across the re-injection window: it stays apart from onset in grey."""
        return (
            with_alpha(ORANGE, 150)
            if self.is_dark
            else with_alpha(mix(QColor(ORANGE), QColor("black"), 0.3), 120)
        )

    @property
    def injection(self) -> QColor:
        colour = QColor(REDDISH_PURPLE)
        return colour if self.is_dark else QColor("#A8507F")

    @property
    def onset_mark(self) -> QColor:
        return QColor(BLUISH_GREEN)

    @property
    def wear_off_mark(self) -> QColor:
        return QColor(ORANGE)

    def medication(self, medication_class: MedicationClass) -> QColor:
        colour = QColor(MEDICATION_HUES[medication_class])
        if medication_class is MedicationClass.OTHER and not self.is_dark:
            # Yellow on white is too faint for a bar; its darker neighbour keeps the hue.
            return QColor("#C9B800")
        return colour

    def severity_colour(self, metric: Metric, severity: int) -> QColor:
        return severity_colour(metric, severity, dark=self.is_dark, background=self.background)


def _role(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, role)


def theme_for_palette(palette: QPalette) -> ChartTheme:
    """The chart theme matching a widget's palette: the charts follow the window's colours."""
    dark = is_dark_palette(palette)
    background = _role(palette, QPalette.ColorRole.Base)
    foreground = _role(palette, QPalette.ColorRole.Text)
    if (background.lightness() < 128) != dark:
        # Some styles pair a dark window with a light base: the window decides.
        background = _role(palette, QPalette.ColorRole.Window)
        foreground = _role(palette, QPalette.ColorRole.WindowText)
    return ChartTheme(
        is_dark=dark,
        background=background,
        foreground=foreground,
        muted=mix(foreground, background, 0.42),
        grid=with_alpha(foreground, 34 if dark else 26),
        frame=mix(foreground, background, 0.75),
    )


def paper_theme() -> ChartTheme:
    """Paper is white: the report's charts always take the light theme."""
    palette = QPalette(QColor("#f0f0f0"))
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#1b1b1f"),
        (QPalette.ColorRole.Text, "#1b1b1f"),
    ):
        palette.setColor(role, QColor(colour))
    return theme_for_palette(palette)


def style_axis(axis: pg.AxisItem, theme: ChartTheme) -> None:
    axis.setPen(pg.mkPen(theme.frame))
    axis.setTextPen(pg.mkPen(theme.foreground))
    axis.setTickPen(pg.mkPen(theme.frame))
    if axis.labelText:
        axis.setLabel(axis.labelText, color=theme.foreground.name(), **{"font-size": "9pt"})


def style_plot(plot: pg.PlotItem, theme: ChartTheme) -> None:
    """Axes and their text of one plot in the theme's colours."""
    for name in ("left", "bottom", "right"):
        style_axis(plot.getAxis(name), theme)


def style_legend(legend: pg.LegendItem, theme: ChartTheme) -> None:
    legend.setPen(pg.mkPen(None))
    legend.setBrush(pg.mkBrush(None))
    legend.setLabelTextColor(theme.foreground)
    # pyqtgraph stores the new colour but draws a label again only when its text is set.
    for _sample, label in legend.items:
        label.setText(label.text)
