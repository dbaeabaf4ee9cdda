"""The expected windows as the timeline and the overlay both draw them: bands and swatches."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journal_app.charts.items import LegendSample, WindowBands, cosmetic_pen
from journal_app.charts.theme import ChartTheme

#: The re-injection window's edge: dashed, so it stays apart from onset in black and white.
REINJECTION_EDGE = Qt.PenStyle.DashLine


def colour_window_bands(onset: WindowBands, reinjection: WindowBands, theme: ChartTheme) -> None:
    """The onset window shaded, the re-injection window shaded, hatched and dashed."""
    onset.set_colours(theme.onset_fill, theme.onset_edge, theme.foreground)
    reinjection.set_colours(
        theme.reinjection_fill,
        theme.reinjection_edge,
        theme.foreground,
        hatch=theme.reinjection_hatch,
        edge_style=REINJECTION_EDGE,
    )


def onset_sample(theme: ChartTheme) -> LegendSample:
    return LegendSample(shape="band", brush=theme.onset_fill, pen=cosmetic_pen(theme.onset_edge))


def reinjection_sample(theme: ChartTheme) -> LegendSample:
    return LegendSample(
        shape="band",
        brush=theme.reinjection_fill,
        pen=cosmetic_pen(theme.reinjection_edge, 1.2, REINJECTION_EDGE),
        hatch=cosmetic_pen(theme.reinjection_hatch),
    )
