"""The journal as a FHIR R4 collection Bundle, for clinics that import patient data (§6).

What the Bundle holds: one Patient (name, clinic patient ID and date of birth, each only if
entered); an Observation per logged value of each day (status ``final``, category
``survey``, the Patient as performer: the patient reported it); a MedicationAdministration per
injection; a QuestionnaireResponse per check-in answered in the range, with its goal
ratings (services/fhir_checkins.py says how it is laid out and linked to its session).

The app's codes of PRODUCT.md §3 travel as local code systems. Their URIs below never change
(a clinic stores codes with them); ``relief-journal.example`` is the name this project uses
for itself:

- ``…/CodeSystem/observation``: what an Observation records (:class:`ObservationCode`);
- ``…/CodeSystem/product``, ``…/CodeSystem/indication``, ``…/CodeSystem/side-effect``,
  ``…/CodeSystem/medication-class``, ``…/CodeSystem/impression``, ``…/CodeSystem/worn-off``:
  the codes of the CSV files;
- the extension ``…/StructureDefinition/lot-number`` (valueString) carries an injection's
  lot number, for which R4's MedicationAdministration has no element of its own.

No LOINC or SNOMED CT code fits these self-reported 0–10 scales exactly, so none is claimed.
Units of botulinum toxin are product-specific assay units, not interchangeable: UCUM's
arbitrary unit ``[arb'U]`` (shown as "U") says so.

Every resource is validated by ``fhir.resources`` (R4B models, imported only when exporting).
The JSON is written from the very data the models validated rather than through the models'
own serialiser, which alone takes 4–5 s for 20 years; the tests read the file back with the
library and compare it with the library's own serialisation.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from journal_app.domain.checkins import NO_REPORTS, PatientReports
from journal_app.domain.models import (
    PRODUCT_BRANDS,
    Entry,
    Indication,
    Injection,
    MedicationClass,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.report import DateRange, ReportOptions, report_range
from journal_app.services.fhir_checkins import (
    BASE,
    CHECKIN_DISPLAYS,
    CHECKIN_SYSTEMS,
    questionnaire_response,
)
from journal_app.storage.files import write_bytes

_BASE = BASE
OBSERVATION_SYSTEM = f"{_BASE}/CodeSystem/observation"
PRODUCT_SYSTEM = f"{_BASE}/CodeSystem/product"
INDICATION_SYSTEM = f"{_BASE}/CodeSystem/indication"
SIDE_EFFECT_SYSTEM = f"{_BASE}/CodeSystem/side-effect"
MEDICATION_CLASS_SYSTEM = f"{_BASE}/CodeSystem/medication-class"
LOT_NUMBER_EXTENSION = f"{_BASE}/StructureDefinition/lot-number"

UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"


class ObservationCode(str, Enum):
    """What one Observation records; the codes are the entries CSV's column names."""

    SPASM_SEVERITY = "spasm_severity"
    HEADACHE_SEVERITY = "headache_severity"
    HEADACHE_HOURS = "headache_hours"
    SPASM_EPISODES = "spasm_episodes"
    #: Doses of one class of acute medication taken that day; the class is its component.
    MEDICATION = "medication"
    MEDICATION_CLASS = "medication_class"
    #: One side effect that day; the code is its value, "other" with the patient's words.
    SIDE_EFFECTS = "side_effects"


#: The code systems' displays: fixed English, as a code system defines them.
DISPLAYS: dict[Enum, str] = {
    ObservationCode.SPASM_SEVERITY: "Spasm severity, 0–10 (patient-reported)",
    ObservationCode.HEADACHE_SEVERITY: "Headache severity, 0–10, 0 = no headache",
    ObservationCode.HEADACHE_HOURS: "Hours of headache",
    ObservationCode.SPASM_EPISODES: "Spasm episodes",
    ObservationCode.MEDICATION: "Acute medication doses taken",
    ObservationCode.MEDICATION_CLASS: "Acute medication class",
    ObservationCode.SIDE_EFFECTS: "Side effect",
    Indication.CHRONIC_MIGRAINE: "Chronic migraine",
    Indication.CERVICAL_DYSTONIA: "Cervical dystonia",
    Indication.BLEPHAROSPASM: "Blepharospasm",
    Indication.HEMIFACIAL_SPASM: "Hemifacial spasm",
    Indication.SPASTICITY: "Spasticity",
    Indication.OTHER_SPASM: "Other spasm",
    SideEffect.DIFFICULTY_SWALLOWING: "Difficulty swallowing",
    SideEffect.DROOPING_EYELID: "Drooping eyelid",
    SideEffect.SPEECH_DIFFICULTY: "Difficulty speaking",
    SideEffect.BLURRED_VISION: "Blurred vision",
    SideEffect.MUSCLE_WEAKNESS: "Muscle weakness",
    SideEffect.EXCESS_TEARING: "Excess tearing",
    SideEffect.NECK_PAIN: "Neck pain",
    SideEffect.BACK_PAIN: "Back pain",
    SideEffect.OTHER: "Other side effect",
    MedicationClass.SIMPLE_ANALGESIC: "Simple analgesic",
    MedicationClass.TRIPTAN: "Triptan",
    MedicationClass.COMBINATION_ANALGESIC: "Combination analgesic",
    MedicationClass.OPIOID: "Opioid",
    MedicationClass.OTHER: "Other acute medication",
    **{product: " / ".join(PRODUCT_BRANDS[product]) or "Other product" for product in Product},
    **CHECKIN_DISPLAYS,
}

_SYSTEMS: dict[type[Enum], str] = {
    ObservationCode: OBSERVATION_SYSTEM,
    Product: PRODUCT_SYSTEM,
    Indication: INDICATION_SYSTEM,
    SideEffect: SIDE_EFFECT_SYSTEM,
    MedicationClass: MEDICATION_CLASS_SYSTEM,
    **CHECKIN_SYSTEMS,
}


@dataclass(frozen=True)
class FhirCounts:
    """How many resources of each kind an export holds (besides its one Patient)."""

    observations: int
    administrations: int
    questionnaire_responses: int = 0

    @property
    def resources(self) -> int:
        return 1 + self.observations + self.administrations + self.questionnaire_responses


def coding(code: Enum) -> dict[str, str]:
    """The local code system's coding of one of the app's codes."""
    return {"system": _SYSTEMS[type(code)], "code": code.value, "display": DISPLAYS[code]}


def write_fhir(
    path: Path,
    profile: Profile,
    entries: Sequence[Entry],
    injections: Sequence[Injection],
    *,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
    now: dt.datetime | None = None,
    patient: PatientReports = NO_REPORTS,
) -> FhirCounts:
    """Write the Bundle of the days from ``start`` to ``end`` (open ends: the journal's first
    day, today) to ``path``, whole or not at all; raises ReportRangeError when ``start`` is
    after ``end``, and storage's JournalError (UnsafeOutput, JournalWriteError) when the file
    cannot be written, leaving any earlier file as it was."""
    span = report_range(ReportOptions(start=start, end=end), entries, injections, today)
    bundle, counts = build_bundle(profile, entries, injections, span, now=now, patient=patient)
    text = json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))
    write_bytes(path, text.encode("utf-8"))
    return counts


def build_bundle(
    profile: Profile,
    entries: Sequence[Entry],
    injections: Sequence[Injection],
    span: DateRange,
    *,
    now: dt.datetime | None = None,
    patient: PatientReports = NO_REPORTS,
) -> tuple[dict[str, Any], FhirCounts]:
    """The Bundle as JSON data, every resource in it validated by fhir.resources."""
    builder = _Builder()
    reference = {"reference": builder.add("Patient", _patient(profile))}
    subject = builder.shared("subject", "Reference", reference)
    performer = builder.shared("performer", "Reference", reference, listed=True)
    survey = {"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}
    category = builder.shared("survey", "CodeableConcept", {"coding": [survey]}, listed=True)
    observations = 0
    for entry in entries:
        if entry.day in span:
            for code, value in _observations(entry, builder):
                observation = {
                    "status": "final",
                    "category": category,
                    "code": builder.concept(code),
                    "subject": subject,
                    "effectiveDateTime": entry.day.isoformat(),
                    "performer": performer,  # the patient reported it
                    **value,
                }
                builder.add("Observation", observation)
                observations += 1
    administrations = 0
    sessions: dict[tuple[Indication, dt.date], list[str]] = defaultdict(list)
    for injection in injections:
        if injection.day in span:
            url = builder.add("MedicationAdministration", _administration(injection, subject))
            sessions[injection.indication, injection.day].append(url)
            administrations += 1
    responses = 0
    for checkin in patient.checkins:
        if checkin.answered in span:
            session = sessions.get((checkin.indication, checkin.session_date), [])
            said = patient.of_session(checkin.session_date, checkin.indication)
            ratings = said.ratings_at(checkin.kind)
            response = questionnaire_response(checkin, ratings, subject, session, coding)
            builder.add("QuestionnaireResponse", response)
            responses += 1
    bundle = builder.collection(now or dt.datetime.now(dt.timezone.utc))
    return bundle, FhirCounts(observations, administrations, responses)


class _Shared:
    """An element many resources hold (a code, the subject), or a list of one such element:
    validated once, not per use."""

    def __init__(self, model: Any, data: Any) -> None:
        self.model = model
        self.data = data


class _Builder:
    """Resources validated one by one with fhir.resources, kept with their JSON data.

    A resource's fields are JSON data in which :class:`_Shared` elements may stand as values;
    the model is validated from the fields with each shared element's model in its place, the
    JSON written with its data.
    """

    def __init__(self) -> None:
        import fhir.resources.R4B as r4b

        self._r4b = r4b
        self.urls: list[str] = []
        self.models: list[Any] = []
        self.data: list[dict[str, Any]] = []
        self._shared: dict[Hashable, _Shared] = {}

    def add(self, resource_type: str, fields: dict[str, Any]) -> str:
        """Validate one resource and keep it; returns its fullUrl."""
        model_class = self._r4b.get_fhir_model_class(resource_type)
        models, data = _split(fields)
        self.models.append(model_class.model_validate(models))
        self.data.append({"resourceType": resource_type, **data})
        url = f"urn:uuid:{uuid.uuid4()}"
        self.urls.append(url)
        return url

    def collection(self, now: dt.datetime) -> dict[str, Any]:
        """The collection Bundle of every resource added, validated as a whole."""
        from fhir.resources.R4B.bundle import Bundle, BundleEntry

        now = now.astimezone(dt.timezone.utc).replace(microsecond=0)

        entries = [
            BundleEntry(fullUrl=url, resource=model)
            for url, model in zip(self.urls, self.models, strict=True)
        ]
        Bundle(type="collection", timestamp=now, entry=entries)
        return {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "entry": [
                {"fullUrl": url, "resource": data}
                for url, data in zip(self.urls, self.data, strict=True)
            ],
        }

    def shared(
        self, key: Hashable, element_type: str, fields: dict[str, Any], *, listed: bool = False
    ) -> _Shared:
        """The element ``key`` names (``listed``: a list of it), validated the first time it is
        asked for."""
        if key not in self._shared:
            model_class = self._r4b.get_fhir_model_class(element_type)
            models, data = _split(fields)
            model = model_class.model_validate(models)
            self._shared[key] = _Shared([model], [data]) if listed else _Shared(model, data)
        return self._shared[key]

    def concept(self, code: Enum) -> _Shared:
        return self.shared(("concept", code), "CodeableConcept", {"coding": [coding(code)]})


def _split(fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``fields`` for the model to validate and as JSON data: the two sides of shared values."""
    models: dict[str, Any] = {}
    data: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, _Shared):
            models[key], data[key] = value.model, value.data
        else:
            models[key] = data[key] = value
    return models, data


def _patient(profile: Profile) -> dict[str, Any]:
    patient: dict[str, Any] = {}
    if name := _text(profile.name):
        patient["name"] = [{"text": name}]
    if patient_id := _text(profile.clinic_patient_id):
        medical_record = {"system": IDENTIFIER_TYPE, "code": "MR"}
        patient["identifier"] = [
            {
                "type": {"coding": [medical_record], "text": "Clinic patient ID"},
                "value": patient_id,
            }
        ]
    if profile.date_of_birth is not None:
        patient["birthDate"] = profile.date_of_birth.isoformat()
    return patient


def _observations(
    entry: Entry, builder: _Builder
) -> Iterator[tuple[ObservationCode, dict[str, Any]]]:
    """What each Observation of one day's entry records, and its value."""
    counts = (
        (ObservationCode.SPASM_SEVERITY, entry.spasm_severity),
        (ObservationCode.HEADACHE_SEVERITY, entry.headache_severity),
        (ObservationCode.SPASM_EPISODES, entry.spasm_episodes),
    )
    for code, count in counts:
        if count is not None:
            yield code, {"valueInteger": count}
    if entry.headache_hours is not None:
        hours = {"value": entry.headache_hours, "unit": "h", "system": UCUM, "code": "h"}
        yield ObservationCode.HEADACHE_HOURS, {"valueQuantity": hours}
    for dose in entry.medication:
        medication_class = {
            "code": builder.concept(ObservationCode.MEDICATION_CLASS),
            "valueCodeableConcept": builder.concept(dose.medication_class),
        }
        component = builder.shared(
            ("component", dose.medication_class),
            "ObservationComponent",
            medication_class,
            listed=True,
        )
        yield ObservationCode.MEDICATION, {"valueInteger": dose.count, "component": component}
    for side_effect in entry.side_effects:
        named: Any = builder.concept(side_effect)
        if side_effect is SideEffect.OTHER and (other := _text(entry.side_effect_other)):
            named = {"coding": [coding(side_effect)], "text": other}
        yield ObservationCode.SIDE_EFFECTS, {"valueCodeableConcept": named}


def _administration(injection: Injection, subject: _Shared) -> dict[str, Any]:
    product = coding(injection.product)
    dosage: dict[str, Any] = {
        "dose": {"value": injection.units, "unit": "U", "system": UCUM, "code": "[arb'U]"}
    }
    if sites := _text(injection.sites):
        dosage["site"] = {"text": sites}
    administration: dict[str, Any] = {
        "status": "completed",
        "medicationCodeableConcept": {
            "coding": [product],
            "text": _product_text(injection.product),
        },
        "subject": subject,
        "effectiveDateTime": injection.day.isoformat(),
        "reasonCode": [{"coding": [coding(injection.indication)]}],
        "dosage": dosage,
    }
    if lot_number := _text(injection.lot):
        lot = {"url": LOT_NUMBER_EXTENSION, "valueString": lot_number}
        administration["extension"] = [lot]
    if clinician := _text(injection.clinician):
        administration["performer"] = [{"actor": {"display": clinician}}]
    if notes := _text(injection.notes):
        administration["note"] = [{"text": notes}]
    return administration


#: C0 control characters but tab, line feed and carriage return: FHIR strings should not hold them.
_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def _text(text: str) -> str:
    """Free text as a FHIR string: no control characters, no surrounding white space."""
    return text.translate(_CONTROLS).strip()


def _product_text(product: Product) -> str:
    """Brand and generic name, e.g. "Botox (onabotulinumtoxinA)"."""
    if product is Product.OTHER:
        return DISPLAYS[product]
    return f"{DISPLAYS[product]} ({product.value})"
