"""One palette for the window and the report: Okabe–Ito hues, keyed by each metric's colour_key.

Okabe & Ito, "Color Universal Design" (2008): distinguishable with every common colour-vision
deficiency.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtGui import QColor

from journal_app.charts.colour import mix
from journal_app.domain.metrics import METRICS
from journal_app.domain.models import MedicationClass, Metric

ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"

#: The hue of each metric, by the colour_key of journal_app.domain.metrics.METRICS.
METRIC_HUES: Mapping[str, str] = MappingProxyType({"spasm": BLUE, "headache": VERMILLION})
MEDICATION_HUES: Mapping[MedicationClass, str] = MappingProxyType(
    {
        MedicationClass.SIMPLE_ANALGESIC: SKY_BLUE,
        MedicationClass.TRIPTAN: REDDISH_PURPLE,
        MedicationClass.COMBINATION_ANALGESIC: ORANGE,
        MedicationClass.OPIOID: BLUISH_GREEN,
        MedicationClass.OTHER: YELLOW,
    }
)
#: The expected onset window, and relief that began or held.
ONSET = BLUISH_GREEN
#: The re-injection window, and relief that wore off.
REINJECTION = ORANGE

#: Severity steps of the calendars' colour scale (0…10).
SEVERITY_STEPS = 11
_WHITE = QColor("white")
_BLACK = QColor("black")


def metric_colour(metric: Metric) -> QColor:
    """The metric's own hue; KeyError for a metric the palette has no colour for."""
    return QColor(METRIC_HUES[METRICS[metric].colour_key])


def severity_colour(
    metric: Metric, severity: int, *, dark: bool = False, background: QColor = _WHITE
) -> QColor:
    """A sequential scale: faint at 0, the metric's hue near 6, deep (or bright) at 10.

    Severity 0 is a visible tint, apart from a day not logged. Paper is light: the report
    takes the defaults.
    """
    base = metric_colour(metric)
    t = min(max(severity, 0), SEVERITY_STEPS - 1) / (SEVERITY_STEPS - 1)
    if dark:
        faint, strong = mix(base, background, 0.72), mix(base, _WHITE, 0.6)
    else:
        faint, strong = mix(base, _WHITE, 0.88), mix(base, _BLACK, 0.55)
    if t <= 0.6:
        return mix(faint, base, t / 0.6)
    return mix(base, strong, (t - 0.6) / 0.4)
