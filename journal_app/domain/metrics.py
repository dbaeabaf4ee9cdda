"""What each metric and each track is, as data: views look these up instead of branching.

A new symptom metric is one row in ``METRICS`` (and its rows in the per-metric tables of the
window and the report, which fail loudly when a row is missing); a new indication is one row
in ``TRACKS``. PRODUCT.md §3 and §4 are the source of every number here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from types import MappingProxyType

from journal_app.domain.models import Entry, ExpectedWindows, Indication, Metric, Profile
from journal_app.domain.validation import translatable

SOURCE_PATIENT_GUIDANCE = translatable("metrics", "patient guidance on botulinum toxin treatment")
SOURCE_PRESCRIBING_INFORMATION = translatable(
    "metrics", "onabotulinumtoxinA prescribing information"
)
SOURCE_ANTIBODIES = translatable(
    "metrics", "clinical literature on neutralising antibodies to botulinum toxin"
)


@dataclass(frozen=True)
class MetricSpec:
    """One metric: how a day's value is read and how its level is averaged (PRODUCT.md §4).

    The level at day t is the mean over [t − ``level_before``, t + ``level_after``], defined
    with at least ``level_min_logged`` logged days in that window.
    """

    metric: Metric
    name: str
    short_name: str
    daily_value: Callable[[Entry], int | None]
    level_before: int
    level_after: int
    level_min_logged: int
    # Levels are shown multiplied by this (1, or 28 for headache days per 28 days).
    display_scale: int
    # The key of the metric's colours in the palette shared by the window and the report.
    colour_key: str
    # The profile's usual level before treatment, as a daily mean; None where none is kept.
    before_treatment: Callable[[Profile], float | None]
    # The highest value a day can log (a level shown is at most this × display_scale).
    highest_value: int = 10

    @property
    def level_days(self) -> int:
        return self.level_before + self.level_after + 1


def _headache_day(entry: Entry) -> int | None:
    severity = entry.headache_severity
    return None if severity is None else int(severity >= 1)


def _headache_days_before_treatment(profile: Profile) -> float | None:
    days = profile.headache_days_before_treatment
    # The profile asks for days a month; §4 reads a month as 30 days.
    return None if days is None else days / 30


METRICS: Mapping[Metric, MetricSpec] = MappingProxyType(
    {
        Metric.SPASM: MetricSpec(
            metric=Metric.SPASM,
            name=translatable("metrics", "Spasm severity"),
            short_name=translatable("metrics", "Spasm"),
            daily_value=attrgetter("spasm_severity"),
            level_before=3,
            level_after=3,
            level_min_logged=4,
            display_scale=1,
            colour_key="spasm",
            before_treatment=attrgetter("spasm_before_treatment"),
        ),
        Metric.HEADACHE: MetricSpec(
            metric=Metric.HEADACHE,
            name=translatable("metrics", "Headache severity"),
            short_name=translatable("metrics", "Headache"),
            daily_value=attrgetter("headache_severity"),
            level_before=6,
            level_after=7,
            level_min_logged=7,
            display_scale=1,
            colour_key="headache",
            before_treatment=lambda profile: None,
        ),
        Metric.HEADACHE_DAY: MetricSpec(
            metric=Metric.HEADACHE_DAY,
            name=translatable("metrics", "Headache days per 28 days"),
            short_name=translatable("metrics", "Headache days"),
            daily_value=_headache_day,
            level_before=6,
            level_after=7,
            level_min_logged=7,
            display_scale=28,
            colour_key="headache",
            before_treatment=_headache_days_before_treatment,
            highest_value=1,
        ),
    }
)

# The symptoms charted day by day, in drawing order (the first is drawn underneath).
CHARTED_METRICS: tuple[Metric, ...] = (Metric.HEADACHE, Metric.SPASM)


@dataclass(frozen=True)
class TrackSpec:
    """One indication's track: the metric it is judged on and its default windows (§3)."""

    indication: Indication
    name: str
    # The name inside a sentence: "chronic migraine" (German nouns keep their capital).
    name_in_text: str
    judged_metric: Metric
    # The severity the patient logs for this track, as charted day by day.
    symptom: Metric
    windows: ExpectedWindows
    # Days after a session when a professional check-up is due; None where there is none.
    checkup_days: int | None
    # Where the default onset window comes from, for the interface to cite.
    onset_source: str


MIGRAINE_WINDOWS = ExpectedWindows(
    onset_min_days=14, onset_max_days=28, reinjection_min_days=70, reinjection_max_days=84
)
SPASM_WINDOWS = ExpectedWindows(
    onset_min_days=7, onset_max_days=28, reinjection_min_days=112, reinjection_max_days=140
)
# Blepharospasm and hemifacial spasm respond sooner (PRODUCT.md §2, the prescribing information).
FACIAL_SPASM_WINDOWS = ExpectedWindows(
    onset_min_days=3, onset_max_days=14, reinjection_min_days=112, reinjection_max_days=140
)
SPASM_CHECKUP_DAYS = 84


def _spasm_track(
    indication: Indication,
    name: str,
    name_in_text: str,
    windows: ExpectedWindows = SPASM_WINDOWS,
    onset_source: str = SOURCE_PATIENT_GUIDANCE,
) -> TrackSpec:
    return TrackSpec(
        indication,
        name,
        name_in_text,
        Metric.SPASM,
        Metric.SPASM,
        windows,
        SPASM_CHECKUP_DAYS,
        onset_source,
    )


TRACKS: Mapping[Indication, TrackSpec] = MappingProxyType(
    {
        Indication.CHRONIC_MIGRAINE: TrackSpec(
            indication=Indication.CHRONIC_MIGRAINE,
            name=translatable("metrics", "Chronic migraine"),
            name_in_text=translatable("metrics", "chronic migraine"),
            judged_metric=Metric.HEADACHE_DAY,
            symptom=Metric.HEADACHE,
            windows=MIGRAINE_WINDOWS,
            checkup_days=None,
            onset_source=SOURCE_PATIENT_GUIDANCE,
        ),
        Indication.CERVICAL_DYSTONIA: _spasm_track(
            Indication.CERVICAL_DYSTONIA,
            translatable("metrics", "Cervical dystonia"),
            translatable("metrics", "cervical dystonia"),
        ),
        Indication.BLEPHAROSPASM: _spasm_track(
            Indication.BLEPHAROSPASM,
            translatable("metrics", "Blepharospasm"),
            translatable("metrics", "blepharospasm"),
            FACIAL_SPASM_WINDOWS,
            SOURCE_PRESCRIBING_INFORMATION,
        ),
        Indication.HEMIFACIAL_SPASM: _spasm_track(
            Indication.HEMIFACIAL_SPASM,
            translatable("metrics", "Hemifacial spasm"),
            translatable("metrics", "hemifacial spasm"),
            FACIAL_SPASM_WINDOWS,
            SOURCE_PRESCRIBING_INFORMATION,
        ),
        Indication.SPASTICITY: _spasm_track(
            Indication.SPASTICITY,
            translatable("metrics", "Spasticity"),
            translatable("metrics", "spasticity"),
        ),
        Indication.OTHER_SPASM: _spasm_track(
            Indication.OTHER_SPASM,
            translatable("metrics", "Other spasm"),
            translatable("metrics", "other spasm"),
        ),
    }
)
