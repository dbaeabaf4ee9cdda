"""Hand-made journals with check-ins for the report's tests: what the patient said of each
session (PRODUCT.md §3), beside cycles whose detected figures are known."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from journal_app.domain import checkins as said
from journal_app.domain.analytics.checkins_due import CheckInSlot, SlotState, checkin_slots
from journal_app.domain.analytics.tracks import tracks_of
from journal_app.domain.demo import generate_demo
from journal_app.domain.models import Entry, Indication, Product
from tests.unit.report_journals import TODAY, HandMade, days, every, shot, spasm, two_indications

DRIVE = "Turn my head to drive"
READ = "Read for an hour"
#: The wear-off day the patient reports in checked_in(): a week before the detected day 72.
REPORTED_WEAR_OFF = 65


def _answer(
    slot: CheckInSlot,
    impression: said.Impression,
    worn_off: said.WornOff | None = None,
    ratings: Sequence[tuple[str, int]] = (),
) -> tuple[said.CheckIn, list[said.GoalRating]]:
    """An answer given two days after the check-in opened."""
    key = slot.key
    wore_off = None
    if worn_off is said.WornOff.YES:
        wore_off = key.session_date + dt.timedelta(days=REPORTED_WEAR_OFF)
    checkin = said.CheckIn(
        key.session_date,
        key.indication,
        key.kind,
        slot.opens + dt.timedelta(days=2),
        impression,
        worn_off if key.kind is said.CheckInKind.BEFORE_NEXT else None,
        wore_off,
    )
    rated = [
        said.GoalRating(key.session_date, key.indication, key.kind, goal, rating)
        for goal, rating in ratings
    ]
    return checkin, rated


def _reports(
    answers: Sequence[tuple[said.CheckIn, list[said.GoalRating]]], goals: Sequence[said.Goal]
) -> said.PatientReports:
    checkins = tuple(checkin for checkin, _ in answers)
    ratings = tuple(rating for _, rated in answers for rating in rated)
    return said.PatientReports(checkins, tuple(goals), ratings)


def checked_in() -> HandMade:
    """Cervical dystonia every 120 days, 5 sessions (relief days 8 to 70: wear-off detected on
    day 72), two goals, and check-ins: the latest session's week 4 answered and its before-next
    due; the one before it both, worn off on day 65; the third none; the second a week 4 and a
    "not sure"; the first only a "no"."""
    sessions = every(dt.date(2025, 3, 3), 5, 120)
    entries = [
        Entry(d, spasm_severity=spasm(d, sessions)) for d in days(dt.date(2025, 1, 20), TODAY)
    ]
    indication = Indication.CERVICAL_DYSTONIA
    injections = [shot(s, indication, 200, Product.INCOBOTULINUMTOXIN_A) for s in sessions]
    slots = {
        (slot.key.session_date, slot.key.kind): slot
        for slot in checkin_slots(tracks_of(injections)[0], set(), TODAY)
    }
    week4, before = said.CheckInKind.WEEK4, said.CheckInKind.BEFORE_NEXT
    s1, s2, _, s4, s5 = sessions
    answers = [
        _answer(slots[(s1, before)], said.Impression.A_LITTLE_BETTER, said.WornOff.NO),
        _answer(slots[(s2, week4)], said.Impression.NO_CHANGE, ratings=[(DRIVE, -1)]),
        _answer(slots[(s2, before)], said.Impression.A_LITTLE_WORSE, said.WornOff.NOT_SURE),
        _answer(slots[(s4, week4)], said.Impression.MUCH_BETTER, ratings=[(DRIVE, 0), (READ, 1)]),
        _answer(
            slots[(s4, before)],
            said.Impression.A_LITTLE_BETTER,
            said.WornOff.YES,
            ratings=[(DRIVE, -1), (READ, 2)],
        ),
        _answer(slots[(s5, week4)], said.Impression.VERY_MUCH_BETTER, ratings=[(DRIVE, 1)]),
    ]
    goals = [said.Goal(indication, DRIVE), said.Goal(indication, READ)]
    return HandMade(tuple(entries), tuple(injections), patient=_reports(answers, goals))


def demo_checked_in(years: int = 3, goals_of_spasm: Sequence[str] = (DRIVE, READ)) -> HandMade:
    """The demo journal with check-ins on most sessions (every fourth check-in missed), the
    before-next ones saying it wore off on day 65, and goals (two) for the spasm track."""
    demo = generate_demo(end=TODAY, years=years)
    impressions = list(said.Impression)[:4]
    answers = []
    goals: list[said.Goal] = []
    for track in tracks_of(demo.injections):
        names = [] if track.indication.is_migraine else list(goals_of_spasm)
        goals += [said.Goal(track.indication, name) for name in names]
        asked = [
            slot
            for slot in checkin_slots(track, set(), TODAY)
            if slot.state is not SlotState.UPCOMING
        ]
        for i, slot in enumerate(asked):
            if i % 4 == 3 or slot.state is SlotState.DUE:
                continue
            ratings = [(name, (i + n) % 5 - 2) for n, name in enumerate(names)]
            answers.append(_answer(slot, impressions[i % 4], said.WornOff.YES, ratings))
    return HandMade(demo.entries, demo.injections, demo.profile, patient=_reports(answers, goals))


def two_indications_one_checked_in() -> HandMade:
    """report_journals.two_indications() with one check-in: cervical dystonia's latest
    session, at week 4; chronic migraine has none."""
    journal = two_indications()
    dystonia = [i for i in journal.injections if i.indication is Indication.CERVICAL_DYSTONIA]
    slot = next(
        slot
        for slot in checkin_slots(tracks_of(dystonia)[0], set(), TODAY)
        if slot.key.session_date == dystonia[-1].day and slot.key.kind is said.CheckInKind.WEEK4
    )
    answer = _answer(slot, said.Impression.MUCH_BETTER)
    return HandMade(journal.entries, journal.injections, patient=_reports([answer], []))
