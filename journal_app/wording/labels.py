"""Human, translatable names for the codes of PRODUCT.md §3 (the CSV keeps the codes).

Metrics and tracks are named by their tables in journal_app.domain.metrics.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from journal_app.domain.checkins import CheckInKind, Impression, WornOff
from journal_app.domain.metrics import METRICS, TRACKS
from journal_app.domain.models import (
    PRODUCT_BRANDS,
    Indication,
    MedicationClass,
    Metric,
    Product,
    SideEffect,
)
from journal_app.messages import translatable


def product_generic_name(product: Product) -> str:
    return (
        QCoreApplication.translate("labels", "Other product")
        if product is Product.OTHER
        else product.value
    )


def product_label(product: Product) -> str:
    """Brand and generic name, e.g. "Botox (onabotulinumtoxinA)"."""
    brands = PRODUCT_BRANDS[product]
    if not brands:
        return product_generic_name(product)
    return f"{' / '.join(brands)} ({product.value})"


def indication_label(indication: Indication) -> str:
    return QCoreApplication.translate("metrics", TRACKS[indication].name)


def indication_in_text(indication: Indication) -> str:
    """The indication's name inside a sentence: "chronic migraine" (German: "chronische
    Migräne", nouns keep their capital)."""
    return QCoreApplication.translate("metrics", TRACKS[indication].name_in_text)


def side_effect_label(side_effect: SideEffect) -> str:
    return {
        SideEffect.DIFFICULTY_SWALLOWING: QCoreApplication.translate(
            "labels", "Difficulty swallowing"
        ),
        SideEffect.DROOPING_EYELID: QCoreApplication.translate("labels", "Drooping eyelid"),
        SideEffect.SPEECH_DIFFICULTY: QCoreApplication.translate("labels", "Difficulty speaking"),
        SideEffect.BLURRED_VISION: QCoreApplication.translate("labels", "Blurred vision"),
        SideEffect.MUSCLE_WEAKNESS: QCoreApplication.translate("labels", "Muscle weakness"),
        SideEffect.EXCESS_TEARING: QCoreApplication.translate("labels", "Excess tearing"),
        SideEffect.NECK_PAIN: QCoreApplication.translate("labels", "Neck pain"),
        SideEffect.BACK_PAIN: QCoreApplication.translate("labels", "Back pain"),
        SideEffect.OTHER: QCoreApplication.translate("labels", "Other"),
    }[side_effect]


#: The patient global impression's answers, best first: the check-in card's words.
IMPRESSION_NAMES: dict[Impression, str] = {
    Impression.VERY_MUCH_BETTER: translatable("checkins", "Very much better"),
    Impression.MUCH_BETTER: translatable("checkins", "Much better"),
    Impression.A_LITTLE_BETTER: translatable("checkins", "A little better"),
    Impression.NO_CHANGE: translatable("checkins", "No change"),
    Impression.A_LITTLE_WORSE: translatable("checkins", "A little worse"),
    Impression.MUCH_WORSE: translatable("checkins", "Much worse"),
    Impression.VERY_MUCH_WORSE: translatable("checkins", "Very much worse"),
}
#: The goal-attainment scale's words, −2 to +2.
GOAL_RATING_WORDS: dict[int, str] = {
    -2: translatable("checkins", "much less than expected"),
    -1: translatable("checkins", "less than expected"),
    0: translatable("checkins", "as expected"),
    1: translatable("checkins", "more than expected"),
    2: translatable("checkins", "much more than expected"),
}


def impression_label(impression: Impression) -> str:
    """ "Much better": the impression's name, translated."""
    return QCoreApplication.translate("checkins", IMPRESSION_NAMES[impression])


def rating_number(rating: int) -> str:
    """A goal-attainment rating as the scale writes it: "−2" (a real minus sign), "0", "+1"."""
    return f"{rating:+d}".replace("-", "\u2212") if rating else "0"


def goal_rating_label(rating: int) -> str:
    """A goal-attainment rating with the scale's words: "+1 more than expected"."""
    words = QCoreApplication.translate("checkins", GOAL_RATING_WORDS[rating])
    return f"{rating_number(rating)} {words}"


def medication_label(medication_class: MedicationClass) -> str:
    return {
        MedicationClass.SIMPLE_ANALGESIC: QCoreApplication.translate("labels", "Simple analgesic"),
        MedicationClass.TRIPTAN: QCoreApplication.translate("labels", "Triptan"),
        MedicationClass.COMBINATION_ANALGESIC: QCoreApplication.translate(
            "labels", "Combination analgesic"
        ),
        MedicationClass.OPIOID: QCoreApplication.translate("labels", "Opioid"),
        MedicationClass.OTHER: QCoreApplication.translate("labels", "Other medication"),
    }[medication_class]


def metric_name(metric: Metric) -> str:
    """ "Headache severity": the metric's name in full."""
    return QCoreApplication.translate("metrics", METRICS[metric].name)


def metric_short_name(metric: Metric) -> str:
    """ "Headache": the metric's name where the chart or the sentence says the rest."""
    return QCoreApplication.translate("metrics", METRICS[metric].short_name)


@dataclass(frozen=True)
class MetricWords:
    """How one metric is worded where its names in METRICS do not fit the sentence."""

    # What a verdict is about, and a button choosing the metric: "Spasms".
    noun: str
    # What the report's figures of an indication are of: "spasm severity, %1-day mean".
    mean_phrase: str
    # The report's heading over its cycles overlaid: "Cycles overlaid: spasm".
    overlay_title: str


def metric_words(metric: Metric) -> MetricWords:
    """KeyError for a metric with no words yet: add its row here."""
    return {
        Metric.HEADACHE: MetricWords(
            noun=QCoreApplication.translate("text", "Headache"),
            mean_phrase=QCoreApplication.translate("report", "headache severity, %1-day mean"),
            overlay_title=QCoreApplication.translate("report", "Cycles overlaid: headache"),
        ),
        Metric.HEADACHE_DAY: MetricWords(
            noun=QCoreApplication.translate("text", "Headache days"),
            mean_phrase=QCoreApplication.translate(
                "report", "headache days per 28 days, %1-day mean"
            ),
            overlay_title=QCoreApplication.translate("report", "Cycles overlaid: headache days"),
        ),
        Metric.SPASM: MetricWords(
            noun=QCoreApplication.translate("text", "Spasms"),
            mean_phrase=QCoreApplication.translate("report", "spasm severity, %1-day mean"),
            overlay_title=QCoreApplication.translate("report", "Cycles overlaid: spasm"),
        ),
    }[metric]


WORN_OFF_NAMES: dict[WornOff, str] = {
    WornOff.NO: translatable("checkins", "No"),
    WornOff.YES: translatable("checkins", "Yes, on"),
    WornOff.NOT_SURE: translatable("checkins", "Not sure"),
}
CHECKIN_KIND_NAMES: dict[CheckInKind, str] = {
    CheckInKind.WEEK4: translatable("checkins", "Week 4"),
    CheckInKind.BEFORE_NEXT: translatable("checkins", "Before the next injection"),
}


def worn_off_label(worn_off: WornOff) -> str:
    return QCoreApplication.translate("checkins", WORN_OFF_NAMES[worn_off])


def checkin_kind_label(kind: CheckInKind) -> str:
    return QCoreApplication.translate("checkins", CHECKIN_KIND_NAMES[kind])
