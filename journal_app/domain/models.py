"""The journal's records as frozen dataclasses, and the codes of PRODUCT.md §3 as enums."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Product(str, Enum):
    """Botulinum toxin products. Units of different products are never interchangeable."""

    ONABOTULINUMTOXIN_A = "onabotulinumtoxinA"
    ABOBOTULINUMTOXIN_A = "abobotulinumtoxinA"
    INCOBOTULINUMTOXIN_A = "incobotulinumtoxinA"
    RIMABOTULINUMTOXIN_B = "rimabotulinumtoxinB"
    DAXIBOTULINUMTOXIN_A = "daxibotulinumtoxinA"
    PRABOTULINUMTOXIN_A = "prabotulinumtoxinA"
    LETIBOTULINUMTOXIN_A = "letibotulinumtoxinA"
    OTHER = "other"


#: Brand names per product, as patients know them; import accepts these too.
PRODUCT_BRANDS: dict[Product, tuple[str, ...]] = {
    Product.ONABOTULINUMTOXIN_A: ("Botox",),
    Product.ABOBOTULINUMTOXIN_A: ("Dysport",),
    Product.INCOBOTULINUMTOXIN_A: ("Xeomin",),
    Product.RIMABOTULINUMTOXIN_B: ("Myobloc", "NeuroBloc"),
    Product.DAXIBOTULINUMTOXIN_A: ("Daxxify",),
    Product.PRABOTULINUMTOXIN_A: ("Jeuveau",),
    Product.LETIBOTULINUMTOXIN_A: ("Letybo",),
    Product.OTHER: (),
}


class Indication(str, Enum):
    CHRONIC_MIGRAINE = "chronic_migraine"
    CERVICAL_DYSTONIA = "cervical_dystonia"
    BLEPHAROSPASM = "blepharospasm"
    HEMIFACIAL_SPASM = "hemifacial_spasm"
    SPASTICITY = "spasticity"
    OTHER_SPASM = "other_spasm"

    @property
    def is_migraine(self) -> bool:
        return self is Indication.CHRONIC_MIGRAINE


class MedicationClass(str, Enum):
    SIMPLE_ANALGESIC = "simple_analgesic"
    TRIPTAN = "triptan"
    COMBINATION_ANALGESIC = "combination_analgesic"
    OPIOID = "opioid"
    OTHER = "other"


class SideEffect(str, Enum):
    DIFFICULTY_SWALLOWING = "difficulty_swallowing"
    DROOPING_EYELID = "drooping_eyelid"
    SPEECH_DIFFICULTY = "speech_difficulty"
    BLURRED_VISION = "blurred_vision"
    MUSCLE_WEAKNESS = "muscle_weakness"
    EXCESS_TEARING = "excess_tearing"
    NECK_PAIN = "neck_pain"
    BACK_PAIN = "back_pain"
    OTHER = "other"


class Metric(str, Enum):
    """What a day's log is measured by; ``domain.metrics.METRICS`` says how (PRODUCT.md §4)."""

    SPASM = "spasm"
    HEADACHE = "headache"
    # 1 on a day with headache (severity ≥ 1), 0 on a headache-free logged day.
    HEADACHE_DAY = "headache_day"


SEVERITY_MIN = 0
SEVERITY_MAX = 10


@dataclass(frozen=True)
class Profile:
    """Who the journal belongs to. Nothing else personal is asked for."""

    name: str = ""
    date_of_birth: dt.date | None = None
    clinic_patient_id: str = ""
    clinician: str = ""
    notes: str = ""
    # Usual levels before treatment began, for patients who started before the journal did.
    spasm_before_treatment: int | None = None
    headache_days_before_treatment: int | None = None


@dataclass(frozen=True)
class MedicationDose:
    """How many doses of one class of acute medication were taken on a day."""

    medication_class: MedicationClass
    count: int


@dataclass(frozen=True)
class Entry:
    """One calendar day of the journal. ``None`` means "not logged"."""

    day: dt.date
    spasm_severity: int | None = None
    headache_severity: int | None = None
    headache_hours: float | None = None
    spasm_episodes: int | None = None
    medication: tuple[MedicationDose, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    side_effect_other: str = ""
    triggers: tuple[str, ...] = ()
    notes: str = ""
    # False when the day says nothing about medication (a blank CSV cell); True when
    # ``medication`` is what was taken, so that () means "none taken" (PRODUCT.md §3).
    medication_recorded: bool = True

    def severity(self, metric: Metric) -> int | None:
        if metric is Metric.SPASM:
            return self.spasm_severity
        if metric is Metric.HEADACHE:
            return self.headache_severity
        raise ValueError(f"{metric.value} is not a severity")

    def medication_count(self, medication_class: MedicationClass) -> int:
        return sum(d.count for d in self.medication if d.medication_class is medication_class)


@dataclass(frozen=True)
class ExpectedWindows:
    """Days after an injection: when it should start working and when the next one is due."""

    onset_min_days: int
    onset_max_days: int
    reinjection_min_days: int
    reinjection_max_days: int


@dataclass(frozen=True)
class Injection:
    """One injection. Injections on the same day form one treatment session."""

    day: dt.date
    product: Product
    units: float
    indication: Indication
    windows: ExpectedWindows
    sites: str = ""
    clinician: str = ""
    lot: str = ""
    notes: str = ""
    id: int | None = field(default=None, compare=False)
