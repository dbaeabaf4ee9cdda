"""Check-ins as FHIR R4 QuestionnaireResponses, for the clinic export (services/fhir.py).

One QuestionnaireResponse per check-in: status ``completed``, ``authored`` the day answered,
the Patient as ``subject`` and ``author`` (the patient answered it), ``questionnaire`` the
canonical URL of the check-in's kind (``…/Questionnaire/week4`` or ``…/Questionnaire/
before_next``; a name for the form, not a published resource). Its items, by ``linkId``:

- ``session_date`` (valueDate) and ``indication`` (valueCoding): the track session asked
  about. R4's ``basedOn`` may only point at a CarePlan or ServiceRequest and ``partOf`` at an
  Observation or Procedure, so the session is named by these two items, which a clinic can
  read without anything else; when the session's MedicationAdministrations are in the same
  Bundle, the extension ``…/StructureDefinition/injection-session`` (valueReference, one per
  injection of that session) points at them as well;
- ``impression`` (valueCoding in ``…/CodeSystem/impression``): the 7-point global impression
  of change;
- ``worn_off`` (valueCoding in ``…/CodeSystem/worn-off``), before the next injection only,
  and ``worn_off_date`` (valueDate) when it wore off;
- ``goal-1`` … ``goal-3``: one per rated personal goal, the goal's text as the item's text
  and the rating −2 … +2 as valueInteger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from journal_app.domain.checkins import CheckIn, CheckInKind, GoalRating, Impression, WornOff
from journal_app.domain.models import Indication

BASE = "https://relief-journal.example/fhir"
IMPRESSION_SYSTEM = f"{BASE}/CodeSystem/impression"
WORN_OFF_SYSTEM = f"{BASE}/CodeSystem/worn-off"
SESSION_EXTENSION = f"{BASE}/StructureDefinition/injection-session"
QUESTIONNAIRES = {kind: f"{BASE}/Questionnaire/{kind.value}" for kind in CheckInKind}

#: The code systems' displays: fixed English, as a code system defines them.
CHECKIN_DISPLAYS: dict[Enum, str] = {
    Impression.VERY_MUCH_BETTER: "Very much better",
    Impression.MUCH_BETTER: "Much better",
    Impression.A_LITTLE_BETTER: "A little better",
    Impression.NO_CHANGE: "No change",
    Impression.A_LITTLE_WORSE: "A little worse",
    Impression.MUCH_WORSE: "Much worse",
    Impression.VERY_MUCH_WORSE: "Very much worse",
    WornOff.NO: "No",
    WornOff.YES: "Yes",
    WornOff.NOT_SURE: "Not sure",
}
CHECKIN_SYSTEMS: dict[type[Enum], str] = {
    Impression: IMPRESSION_SYSTEM,
    WornOff: WORN_OFF_SYSTEM,
}

_SYMPTOMS = {Indication.CHRONIC_MIGRAINE: "headaches"}


def questionnaire_response(
    checkin: CheckIn,
    ratings: Sequence[GoalRating],
    patient: Any,
    session_urls: Sequence[str],
    coding: Callable[[Enum], dict[str, str]],
) -> dict[str, Any]:
    """The fields of one check-in's QuestionnaireResponse; ``patient`` is the Patient's
    reference, ``session_urls`` the fullUrls of the session's administrations in the Bundle."""
    symptoms = _SYMPTOMS.get(checkin.indication, "spasms")
    session_day = checkin.session_date.isoformat()
    items: list[dict[str, Any]] = [
        _item("session_date", "Day of the injection", {"valueDate": session_day}),
        _item("indication", "Treated for", {"valueCoding": coding(checkin.indication)}),
        _item(
            "impression",
            f"Compared with just before this injection, how are your {symptoms} now?",
            {"valueCoding": coding(checkin.impression)},
        ),
    ]
    if checkin.worn_off is not None:
        worn_off = {"valueCoding": coding(checkin.worn_off)}
        items.append(_item("worn_off", "Has the effect worn off?", worn_off))
    if checkin.worn_off_date is not None:
        wore_off = {"valueDate": checkin.worn_off_date.isoformat()}
        items.append(_item("worn_off_date", "Day the effect wore off", wore_off))
    for number, rating in enumerate(ratings, start=1):
        items.append(_item(f"goal-{number}", rating.goal, {"valueInteger": rating.rating}))
    response: dict[str, Any] = {
        "questionnaire": QUESTIONNAIRES[checkin.kind],
        "status": "completed",
        "subject": patient,
        "authored": checkin.answered.isoformat(),
        "author": patient,
        "item": items,
    }
    if session_urls:
        response["extension"] = [
            {"url": SESSION_EXTENSION, "valueReference": {"reference": url}} for url in session_urls
        ]
    return response


def _item(link_id: str, text: str, answer: dict[str, Any]) -> dict[str, Any]:
    return {"linkId": link_id, "text": text, "answer": [answer]}
