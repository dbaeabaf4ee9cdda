"""Okabe–Ito colours and the light and dark chart themes, chosen from the widget's palette."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtGui import QColor, QPalette

from journal_app.domain.models import MedicationClass, Metric
from journal_app.ui.theme import relative_luminance

pg.setConfigOptions(antialias=True)

# Okabe & Ito, "Color Universal Design" (2008): distinguishable with every common colour-vision
# deficiency.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"

METRIC_COLOURS: dict[Metric, str] = {Metric.SPASM: BLUE, Metric.HEADACHE: VERMILLION}
MEDICATION_COLOURS: dict[MedicationClass, str] = {
    MedicationClass.SIMPLE_ANALGESIC: SKY_BLUE,
    MedicationClass.TRIPTAN: REDDISH_PURPLE,
    MedicationClass.COMBINATION_ANALGESIC: ORANGE,
    MedicationClass.OPIOID: BLUISH_GREEN,
    MedicationClass.OTHER: YELLOW,
}

#: Severity steps of the calendar's colour scale (0…10).
SEVERITY_STEPS = 11


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0…1) of the way towards ``other``."""
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
        colour.alphaF() + (other.alphaF() - colour.alphaF()) * amount,
    )


def with_alpha(colour: QColor | str, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


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
        colour = QColor(METRIC_COLOURS[metric])
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
        colour = QColor(MEDICATION_COLOURS[medication_class])
        if medication_class is MedicationClass.OTHER and not self.is_dark:
            # Yellow on white is too faint for a bar; its darker neighbour keeps the hue.
            return QColor("#C9B800")
        return colour

    def severity_colour(self, metric: Metric, severity: int) -> QColor:
        """A sequential scale: faint at 0, the metric's colour near 6, deep (or bright) at 10."""
        base = QColor(METRIC_COLOURS[metric])
        t = min(max(severity, 0), SEVERITY_STEPS - 1) / (SEVERITY_STEPS - 1)
        if self.is_dark:
            faint, strong = mix(base, self.background, 0.72), mix(base, QColor("white"), 0.6)
        else:
            faint, strong = mix(base, QColor("white"), 0.88), mix(base, QColor("black"), 0.55)
        if t <= 0.6:
            return mix(faint, base, t / 0.6)
        return mix(base, strong, (t - 0.6) / 0.4)

    def text_on(self, fill: QColor) -> QColor:
        return QColor("black") if relative_luminance(fill) > 0.32 else QColor("white")


def _role(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, role)


def is_dark_palette(palette: QPalette) -> bool:
    return _role(palette, QPalette.ColorRole.Window).lightness() < 128


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


def style_axis(axis: pg.AxisItem, theme: ChartTheme) -> None:
    axis.setPen(pg.mkPen(theme.frame))
    axis.setTextPen(pg.mkPen(theme.foreground))
    axis.setTickPen(pg.mkPen(theme.frame))
    if axis.labelText:
        axis.setLabel(axis.labelText, color=theme.foreground.name(), **{"font-size": "9pt"})


def style_plot(plot: pg.PlotItem, theme: ChartTheme) -> None:
    """Axes and their text of one plot in the theme's colours."""
    for name in ("left", "bottom"):
        style_axis(plot.getAxis(name), theme)


def style_legend(legend: pg.LegendItem, theme: ChartTheme) -> None:
    legend.setPen(pg.mkPen(None))
    legend.setBrush(pg.mkBrush(None))
    legend.setLabelTextColor(theme.foreground)
    # pyqtgraph stores the new colour but draws a label again only when its text is set.
    for _sample, label in legend.items:
        label.setText(label.text)
