"""The FHIR export: the Bundle read back and validated with fhir.resources, and its command."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from journal_app import cli
from journal_app.domain.checkins import (
    CheckIn,
    CheckInKind,
    Goal,
    GoalRating,
    Impression,
    PatientReports,
    WornOff,
)
from journal_app.domain.demo import generate_demo
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.report import ReportRangeError
from journal_app.domain.windows import default_windows
from journal_app.services import fhir, fhir_checkins
from journal_app.storage.db import open_journal
from journal_app.storage.errors import JournalWriteError
from journal_app.storage.repository import JournalRepository
from tests.unit.test_cli import run

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 3, 31)
NOW = dt.datetime(2026, 3, 31, 9, 30, tzinfo=dt.timezone.utc)
FULL_PROFILE = Profile(
    name="Alex Müller", date_of_birth=dt.date(1971, 5, 2), clinic_patient_id="MRN-0042"
)
ENTRIES = (
    Entry(
        day=dt.date(2026, 3, 2),
        spasm_severity=4,
        headache_severity=6,
        headache_hours=2.5,
        spasm_episodes=3,
        medication=(
            MedicationDose(MedicationClass.TRIPTAN, 2),
            MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 1),
        ),
        side_effects=(SideEffect.DROOPING_EYELID, SideEffect.OTHER),
        side_effect_other="itchy scalp",
        notes="a long day",
    ),
    Entry(day=dt.date(2026, 3, 3), spasm_severity=2),
    Entry(day=dt.date(2026, 3, 20), headache_severity=0),
)
#: The values the entries above log, one Observation each.
LOGGED_VALUES = 4 + 2 + 2 + 1 + 1
INJECTIONS = (
    Injection(
        day=dt.date(2026, 3, 1),
        product=Product.ONABOTULINUMTOXIN_A,
        units=155,
        indication=Indication.CHRONIC_MIGRAINE,
        windows=default_windows(Indication.CHRONIC_MIGRAINE),
        sites="31 sites: forehead, temples",
        clinician="Dr. R. Patel",
        lot="C2464H3",
        notes="well tolerated",
    ),
    Injection(
        day=dt.date(2026, 3, 15),
        product=Product.RIMABOTULINUMTOXIN_B,
        units=2500,
        indication=Indication.CERVICAL_DYSTONIA,
        windows=default_windows(Indication.CERVICAL_DYSTONIA),
    ),
)
MIGRAINE, DYSTONIA = Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA
GOALS = (Goal(DYSTONIA, "turn my head to drive"), Goal(DYSTONIA, "read a book"))


def march(day: int) -> dt.date:
    return dt.date(2026, 3, day)


BEFORE_NEXT, WEEK4 = CheckInKind.BEFORE_NEXT, CheckInKind.WEEK4
CHECKINS = (
    CheckIn(
        march(1), MIGRAINE, BEFORE_NEXT, march(30), Impression.MUCH_BETTER, WornOff.YES, march(27)
    ),
    CheckIn(march(15), DYSTONIA, WEEK4, march(31), Impression.A_LITTLE_BETTER),
)
RATINGS = (
    GoalRating(march(15), DYSTONIA, WEEK4, "turn my head to drive", 1),
    GoalRating(march(15), DYSTONIA, WEEK4, "read a book", -2),
)
#: The check-ins and their ratings, as write_fhir takes them.
CHECKED_IN = PatientReports(CHECKINS, GOALS, RATINGS)
LOCAL_SYSTEMS = {
    fhir.OBSERVATION_SYSTEM: {code.value for code in fhir.ObservationCode},
    fhir.PRODUCT_SYSTEM: {code.value for code in Product},
    fhir.INDICATION_SYSTEM: {code.value for code in Indication},
    fhir.SIDE_EFFECT_SYSTEM: {code.value for code in SideEffect},
    fhir.MEDICATION_CLASS_SYSTEM: {code.value for code in MedicationClass},
    fhir_checkins.IMPRESSION_SYSTEM: {code.value for code in Impression},
    fhir_checkins.WORN_OFF_SYSTEM: {code.value for code in WornOff},
}


def export(
    tmp_path: Path,
    profile: Profile = FULL_PROFILE,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> tuple[dict[str, Any], fhir.FhirCounts]:
    """Write the Bundle, validate the file with the library and return its JSON data."""
    path = tmp_path / "bundle.json"
    counts = fhir.write_fhir(
        path,
        profile,
        ENTRIES,
        INJECTIONS,
        today=TODAY,
        start=start,
        end=end,
        now=NOW,
        patient=CHECKED_IN,
    )
    text = path.read_text(encoding="utf-8")
    assert Bundle.model_validate_json(text).type == "collection"
    return json.loads(text), counts


def resources(bundle: dict[str, Any], resource_type: str) -> list[dict[str, Any]]:
    return [
        entry["resource"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == resource_type
    ]


def observations(bundle: dict[str, Any], code: fhir.ObservationCode) -> list[dict[str, Any]]:
    return [
        found
        for found in resources(bundle, "Observation")
        if found["code"]["coding"][0]["code"] == code.value
    ]


def codings(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield from data.get("coding", [])
        if "valueCoding" in data:
            yield data["valueCoding"]
        for value in data.values():
            yield from codings(value)
    elif isinstance(data, list):
        for value in data:
            yield from codings(value)


# -- the Bundle ----------------------------------------------------------------------------


def test_the_bundle_holds_the_patient_an_observation_per_value_each_injection_and_check_in(
    tmp_path: Path,
) -> None:
    bundle, counts = export(tmp_path)
    types = Counter(entry["resource"]["resourceType"] for entry in bundle["entry"])
    assert types == {
        "Patient": 1,
        "Observation": LOGGED_VALUES,
        "MedicationAdministration": 2,
        "QuestionnaireResponse": 2,
    }
    assert (counts.observations, counts.administrations) == (LOGGED_VALUES, 2)
    assert counts.questionnaire_responses == 2
    assert counts.resources == len(bundle["entry"])
    assert bundle["timestamp"] == "2026-03-31T09:30:00Z"
    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(set(urls)) == len(urls)
    assert all(url.startswith("urn:uuid:") for url in urls)


def test_the_file_is_what_the_library_itself_would_write(tmp_path: Path) -> None:
    """The JSON is assembled beside the models; it must not differ from their own."""
    path = tmp_path / "bundle.json"
    fhir.write_fhir(
        path, FULL_PROFILE, ENTRIES, INJECTIONS, today=TODAY, now=NOW, patient=CHECKED_IN
    )
    text = path.read_bytes().decode("utf-8")
    assert "Alex Müller" in text  # UTF-8, not \u escapes
    assert json.loads(text) == Bundle.model_validate_json(text).model_dump(mode="json")


def test_every_observation_is_a_final_survey_of_the_patient_on_its_day(tmp_path: Path) -> None:
    bundle, _ = export(tmp_path)
    (patient,) = (
        e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    days = {entry.day.isoformat() for entry in ENTRIES}
    for observation in resources(bundle, "Observation"):
        assert observation["status"] == "final"
        (category,) = observation["category"]
        assert category["coding"][0]["code"] == "survey"
        assert observation["subject"] == {"reference": patient}
        assert observation["performer"] == [{"reference": patient}]
        assert observation["effectiveDateTime"] in days


def test_each_logged_value_and_its_code(tmp_path: Path) -> None:
    bundle, _ = export(tmp_path)
    code = fhir.ObservationCode

    def values(which: fhir.ObservationCode, key: str) -> list[tuple[str, Any]]:
        return [(o["effectiveDateTime"], o[key]) for o in observations(bundle, which)]

    assert values(code.SPASM_SEVERITY, "valueInteger") == [("2026-03-02", 4), ("2026-03-03", 2)]
    assert values(code.HEADACHE_SEVERITY, "valueInteger") == [("2026-03-02", 6), ("2026-03-20", 0)]
    assert values(code.SPASM_EPISODES, "valueInteger") == [("2026-03-02", 3)]
    ((_, hours),) = values(code.HEADACHE_HOURS, "valueQuantity")
    assert hours == {"value": 2.5, "unit": "h", "system": "http://unitsofmeasure.org", "code": "h"}
    doses = {
        o["component"][0]["valueCodeableConcept"]["coding"][0]["code"]: o["valueInteger"]
        for o in observations(bundle, code.MEDICATION)
    }
    assert doses == {"triptan": 2, "simple_analgesic": 1}
    side_effects = [o["valueCodeableConcept"] for o in observations(bundle, code.SIDE_EFFECTS)]
    assert [s["coding"][0]["code"] for s in side_effects] == ["drooping_eyelid", "other"]
    assert side_effects[1]["text"] == "itchy scalp"
    assert "text" not in side_effects[0]


def test_each_injection_as_a_medication_administration(tmp_path: Path) -> None:
    bundle, _ = export(tmp_path)
    botox, myobloc = resources(bundle, "MedicationAdministration")
    assert botox["status"] == "completed"
    assert botox["effectiveDateTime"] == "2026-03-01"
    medication = botox["medicationCodeableConcept"]
    assert medication["coding"] == [
        {"system": fhir.PRODUCT_SYSTEM, "code": "onabotulinumtoxinA", "display": "Botox"}
    ]
    assert medication["text"] == "Botox (onabotulinumtoxinA)"
    assert botox["dosage"] == {
        "dose": {
            "value": 155,
            "unit": "U",
            "system": "http://unitsofmeasure.org",
            "code": "[arb'U]",
        },
        "site": {"text": "31 sites: forehead, temples"},
    }
    assert botox["reasonCode"][0]["coding"][0]["code"] == "chronic_migraine"
    assert botox["extension"] == [{"url": fhir.LOT_NUMBER_EXTENSION, "valueString": "C2464H3"}]
    assert botox["performer"] == [{"actor": {"display": "Dr. R. Patel"}}]
    assert botox["note"] == [{"text": "well tolerated"}]
    assert myobloc["medicationCodeableConcept"]["coding"][0]["display"] == "Myobloc / NeuroBloc"
    assert myobloc["dosage"] == {
        "dose": {
            "value": 2500,
            "unit": "U",
            "system": "http://unitsofmeasure.org",
            "code": "[arb'U]",
        }
    }
    assert not {"extension", "performer", "note"} & myobloc.keys()


def test_every_code_is_a_code_of_the_app_in_its_local_system(tmp_path: Path) -> None:
    bundle, _ = export(tmp_path)
    used: Counter[str] = Counter()
    for found in codings(bundle["entry"]):
        if found["system"] in LOCAL_SYSTEMS:
            assert found["code"] in LOCAL_SYSTEMS[found["system"]]
            assert found["display"]
            used[found["system"]] += 1
        else:  # the two HL7 codes for what an Observation and an identifier are
            assert (found["system"], found["code"]) in {
                ("http://terminology.hl7.org/CodeSystem/observation-category", "survey"),
                ("http://terminology.hl7.org/CodeSystem/v2-0203", "MR"),
            }
    assert set(used) == set(LOCAL_SYSTEMS)
    assert all(system.startswith("https://relief-journal.example/fhir/") for system in used)


def test_free_text_loses_control_characters_and_blank_text_is_left_out(tmp_path: Path) -> None:
    """FHIR strings should hold no control characters but tab and line breaks."""
    typed = replace(INJECTIONS[0], sites=" left\x07 eye\tlid\n", lot="\x0c ", notes="  ")
    path = tmp_path / "bundle.json"
    fhir.write_fhir(path, Profile(name=" \x00 "), [], [typed], today=TODAY)
    bundle = json.loads(path.read_text(encoding="utf-8"))
    (administration,) = resources(bundle, "MedicationAdministration")
    assert administration["dosage"]["site"] == {"text": "left eye\tlid"}
    assert not {"extension", "note"} & administration.keys()
    assert resources(bundle, "Patient") == [{"resourceType": "Patient"}]


# -- check-ins -----------------------------------------------------------------------------


def answers(response: dict[str, Any]) -> dict[str, Any]:
    """Each item's one answer value by linkId."""
    found = {}
    for item in response["item"]:
        ((key, value),) = item["answer"][0].items()
        assert key.startswith("value")
        found[item["linkId"]] = value
    return found


def test_each_check_in_is_a_completed_questionnaire_response_of_the_patient(
    tmp_path: Path,
) -> None:
    bundle, _ = export(tmp_path)
    (patient,) = (
        e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    before_next, week4 = resources(bundle, "QuestionnaireResponse")
    for response in (before_next, week4):
        assert response["status"] == "completed"
        assert response["subject"] == response["author"] == {"reference": patient}
    assert before_next["authored"] == "2026-03-30"
    assert week4["authored"] == "2026-03-31"
    assert before_next["questionnaire"].endswith("/Questionnaire/before_next")
    assert week4["questionnaire"].endswith("/Questionnaire/week4")


def test_a_check_in_gives_its_session_impression_wear_off_and_goal_ratings(
    tmp_path: Path,
) -> None:
    bundle, _ = export(tmp_path)
    before_next, week4 = resources(bundle, "QuestionnaireResponse")
    assert answers(before_next) == {
        "session_date": "2026-03-01",
        "indication": fhir.coding(MIGRAINE),
        "impression": {
            "system": fhir_checkins.IMPRESSION_SYSTEM,
            "code": "much_better",
            "display": "Much better",
        },
        "worn_off": {"system": fhir_checkins.WORN_OFF_SYSTEM, "code": "yes", "display": "Yes"},
        "worn_off_date": "2026-03-27",
    }
    assert answers(week4) == {
        "session_date": "2026-03-15",
        "indication": fhir.coding(DYSTONIA),
        "impression": fhir.coding(Impression.A_LITTLE_BETTER),
        "goal-1": 1,
        "goal-2": -2,
    }
    texts = {item["linkId"]: item["text"] for item in week4["item"]}
    assert (texts["goal-1"], texts["goal-2"]) == ("turn my head to drive", "read a book")
    assert "spasms" in texts["impression"]
    assert "headaches" in {i["linkId"]: i["text"] for i in before_next["item"]}["impression"]


def test_a_check_in_points_at_its_session_s_injections_when_they_are_in_the_bundle(
    tmp_path: Path,
) -> None:
    bundle, _ = export(tmp_path)
    urls = {
        e["resource"]["effectiveDateTime"]: e["fullUrl"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "MedicationAdministration"
    }
    before_next, week4 = resources(bundle, "QuestionnaireResponse")
    session = fhir_checkins.SESSION_EXTENSION
    assert before_next["extension"] == [
        {"url": session, "valueReference": {"reference": urls["2026-03-01"]}}
    ]
    assert week4["extension"] == [
        {"url": session, "valueReference": {"reference": urls["2026-03-15"]}}
    ]
    # The session before the range: named by its items only.
    bundle, counts = export(tmp_path, start=dt.date(2026, 3, 10))
    before_next, _ = resources(bundle, "QuestionnaireResponse")
    assert "extension" not in before_next
    assert answers(before_next)["session_date"] == "2026-03-01"
    assert counts.questionnaire_responses == 2


def test_the_range_takes_check_ins_by_the_day_they_were_answered(tmp_path: Path) -> None:
    _, counts = export(tmp_path, end=dt.date(2026, 3, 30))
    assert counts.questionnaire_responses == 1
    _, counts = export(tmp_path, end=dt.date(2026, 3, 29))
    assert counts.questionnaire_responses == 0


# -- the patient -------------------------------------------------------------------------


def test_the_patient_has_name_id_and_date_of_birth_when_entered(tmp_path: Path) -> None:
    bundle, _ = export(tmp_path)
    (patient,) = resources(bundle, "Patient")
    assert patient["name"] == [{"text": "Alex Müller"}]
    (identifier,) = patient["identifier"]
    assert identifier["value"] == "MRN-0042"
    assert identifier["type"]["coding"][0]["code"] == "MR"
    assert patient["birthDate"] == "1971-05-02"


@pytest.mark.parametrize(
    ("profile", "kept"),
    [(Profile(name="Alex", clinician="Dr. R. Patel"), {"name"}), (Profile(), set())],
)
def test_what_the_profile_does_not_hold_is_left_out(
    tmp_path: Path, profile: Profile, kept: set[str]
) -> None:
    bundle, counts = export(tmp_path, profile)
    (patient,) = resources(bundle, "Patient")
    assert set(patient) - {"resourceType"} == kept
    assert counts.observations == LOGGED_VALUES


# -- the range ---------------------------------------------------------------------------


def test_the_range_limits_entries_and_injections_but_keeps_the_patient(tmp_path: Path) -> None:
    bundle, counts = export(tmp_path, start=dt.date(2026, 3, 3), end=dt.date(2026, 3, 15))
    days = {o["effectiveDateTime"] for o in resources(bundle, "Observation")}
    assert days == {"2026-03-03"}
    (administration,) = resources(bundle, "MedicationAdministration")
    assert administration["effectiveDateTime"] == "2026-03-15"
    assert len(resources(bundle, "Patient")) == 1
    assert (counts.observations, counts.administrations) == (1, 1)


def test_an_open_range_runs_from_the_first_day_to_today(tmp_path: Path) -> None:
    bundle, _ = export(tmp_path, end=dt.date(2026, 3, 2))
    assert len(resources(bundle, "Observation")) == 8
    bundle, _ = export(tmp_path, start=dt.date(2026, 3, 20))
    assert [o["effectiveDateTime"] for o in resources(bundle, "Observation")] == ["2026-03-20"]


def test_a_range_that_ends_before_it_starts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bundle.json"
    with pytest.raises(ReportRangeError, match="2026-03-10"):
        fhir.write_fhir(
            path,
            FULL_PROFILE,
            ENTRIES,
            INJECTIONS,
            today=TODAY,
            start=dt.date(2026, 3, 10),
            end=dt.date(2026, 3, 5),
        )
    assert not path.exists()


# -- writing -----------------------------------------------------------------------------


def test_a_failed_write_keeps_the_previous_file_and_leaves_nothing_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bundle.json"
    path.write_text("the previous export", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(JournalWriteError) as failed:
        fhir.write_fhir(path, FULL_PROFILE, ENTRIES, INJECTIONS, today=TODAY)
    assert str(failed.value) == f"{path} could not be written: No space left on device."
    assert path.read_text(encoding="utf-8") == "the previous export"
    assert sorted(tmp_path.iterdir()) == [path]


def test_the_demo_journal_exports_whole(tmp_path: Path) -> None:
    demo = generate_demo(end=TODAY, years=1)
    path = tmp_path / "demo.json"
    counts = fhir.write_fhir(
        path,
        demo.profile,
        demo.entries,
        demo.injections,
        today=TODAY,
        patient=PatientReports(demo.checkins, demo.goals, demo.ratings),
    )
    bundle = Bundle.model_validate_json(path.read_bytes())
    assert bundle.entry is not None and len(bundle.entry) == counts.resources
    assert counts.administrations == len(demo.injections)
    assert counts.questionnaire_responses == len(demo.checkins) > 0
    assert counts.observations > len(demo.entries)


def test_importing_the_module_loads_no_fhir_models() -> None:
    """pydantic and the models cost ~0.3 s: only an export pays for them."""
    code = (
        "import sys, journal_app.cli, journal_app.services.fhir; "
        "print(sorted(m for m in sys.modules if m.startswith(('fhir', 'pydantic'))))"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert ran.stdout.strip() == "[]"


# -- the command line --------------------------------------------------------------------


@pytest.fixture
def journal(journal_path: Path) -> Path:
    repo = JournalRepository(open_journal(journal_path, create=True))
    try:
        repo.save_profile(FULL_PROFILE)
        repo.import_records(
            ENTRIES, INJECTIONS, replace=False, checkins=CHECKINS, goals=GOALS, ratings=RATINGS
        )
    finally:
        repo.close()
    return journal_path


def test_export_fhir_writes_the_bundle(
    capsys: pytest.CaptureFixture[str], journal: Path, tmp_path: Path
) -> None:
    out = tmp_path / "clinic.json"
    status, said, err = run(
        capsys, "export-fhir", "--journal", journal, "--out", out, "--from", "2026-03-03"
    )
    assert (status, err) == (cli.EXIT_OK, "")
    assert said == (
        f"Wrote the patient, 2 observations, 1 injection and 2 check-ins as FHIR to {out}.\n"
    )
    bundle = Bundle.model_validate_json(out.read_bytes())
    assert bundle.entry is not None and len(bundle.entry) == 6


@pytest.mark.parametrize("bad", ["2026-02-30", "yesterday"])
def test_export_fhir_refuses_a_bad_date(
    capsys: pytest.CaptureFixture[str], journal: Path, tmp_path: Path, bad: str
) -> None:
    out = tmp_path / "clinic.json"
    status, _, err = run(capsys, "export-fhir", "--journal", journal, "--out", out, "--to", bad)
    assert status == cli.EXIT_BAD_INPUT
    assert f"{bad!r} is not a date; write it as YYYY-MM-DD" in err
    assert not out.exists()


def test_export_fhir_refuses_a_range_that_ends_before_it_starts(
    capsys: pytest.CaptureFixture[str], journal: Path, tmp_path: Path
) -> None:
    out = tmp_path / "clinic.json"
    argv = ("--from", "2026-03-10", "--to", "2026-03-05")
    status, said, err = run(capsys, "export-fhir", "--journal", journal, "--out", out, *argv)
    assert (status, said) == (cli.EXIT_BAD_INPUT, "")
    assert err == (
        "relief-journal: The report's range starts on 2026-03-10, after its end on 2026-03-05.\n"
    )
    assert not out.exists()


def test_export_fhir_of_a_missing_journal_creates_nothing(
    capsys: pytest.CaptureFixture[str], journal_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "clinic.json"
    status, said, err = run(capsys, "export-fhir", "--journal", journal_path, "--out", out)
    assert (status, said) == (cli.EXIT_BAD_INPUT, "")
    assert err == f"relief-journal: There is no journal at {journal_path}.\n"
    assert not out.exists() and not journal_path.exists()


def test_export_fhir_into_a_folder_is_bad_input(
    capsys: pytest.CaptureFixture[str], journal: Path, tmp_path: Path
) -> None:
    status, _, err = run(capsys, "export-fhir", "--journal", journal, "--out", tmp_path)
    assert status == cli.EXIT_BAD_INPUT
    assert err == (
        f"relief-journal: {tmp_path} is a folder, not a regular file; "
        "choose a file name to write to.\n"
    )
