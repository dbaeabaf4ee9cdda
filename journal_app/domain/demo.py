"""A deterministic generator of realistic demo journals (first run, screenshots, benchmarks)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from journal_app.domain.checkins import CheckIn, Goal, GoalRating
from journal_app.domain.demo_checkins import demo_checkins
from journal_app.domain.demo_sessions import DemoSession, DemoTrack, plan_tracks
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
from journal_app.domain.validation import translatable
from journal_app.domain.windows import default_windows

_T = TypeVar("_T")

DEMO_CLINICIAN = "Dr. R. Patel"
DEMO_PROFILE = Profile(
    name="Alex Demo",
    clinician=DEMO_CLINICIAN,
    notes=translatable(
        "demo",
        "Generated demo data: Alex Demo is a fictional patient, not a real person. "
        "Explore and change anything here; start a new journal for your own records.",
    ),
)

MIGRAINE_UNITS = 155.0
# The demo's words are marked for translation: services/demo.py writes them in the user's
# language.
MIGRAINE_SITES = translatable("demo", "31 sites: forehead, temples, back of head, neck, shoulders")
DYSTONIA_SITES = (
    translatable("demo", "left sternocleidomastoid, right splenius capitis, both trapezius"),
    translatable(
        "demo", "left sternocleidomastoid, right splenius capitis, right levator scapulae"
    ),
)
#: The dystonia product before and after the switch, with the usual doses of each.
DYSTONIA_BEFORE_SWITCH = (Product.ABOBOTULINUMTOXIN_A, (500.0, 500.0, 500.0, 400.0))
DYSTONIA_AFTER_SWITCH = (Product.INCOBOTULINUMTOXIN_A, (200.0, 200.0, 180.0))
#: Share of the journal's span after which the dystonia product is switched.
SWITCH_AT = 0.55
COVER_CLINICIAN = "Dr. S. Moreau"

TRIGGERS = (
    translatable("demo", "stress"),
    translatable("demo", "poor sleep"),
    translatable("demo", "red wine"),
    translatable("demo", "weather"),
    translatable("demo", "bright light"),
    translatable("demo", "skipped meal"),
)
TRIGGER_WEIGHTS = (3.0, 3.0, 1.0, 2.0, 1.0, 1.5)
SIDE_EFFECT_OTHER_TEXT = translatable("demo", "Flu-like aches for a couple of days")
EVERYDAY_NOTES = (
    translatable("demo", "Long day at work."),
    translatable("demo", "Slept badly."),
    translatable("demo", "Neck stiff in the morning."),
    translatable("demo", "Good day overall."),
    translatable("demo", "Head pulling to the left again."),
    translatable("demo", "Migraine woke me up."),
    translatable("demo", "Busy weekend."),
    translatable("demo", "Walked 5 km, felt fine."),
    translatable("demo", "Heavy-headed, rain all day."),
    translatable("demo", "Tremor worse when tired."),
    translatable("demo", "Physio exercises done."),
    translatable("demo", "Screen work made it worse."),
)

# The untreated patient: headache on ~17 days a month, spasms around 6/10.
HEADACHE_CHANCE = 0.58
HEADACHE_SEVERITY = 6.0
SPASM_LEVEL = 6.4
SETTLED_RELIEF = 0.1

SKIP_CHANCE = 0.075
SKIP_AGAIN_CHANCE = 0.3
SPASM_ONLY_CHANCE = 0.05
HEADACHE_ONLY_CHANCE = 0.035
OPIOID_GAP_DAYS = 365


@dataclass(frozen=True)
class DemoJournal:
    """A generated journal: who it belongs to, its daily entries, injections and check-ins."""

    profile: Profile
    entries: tuple[Entry, ...]
    injections: tuple[Injection, ...]
    checkins: tuple[CheckIn, ...] = ()
    goals: tuple[Goal, ...] = ()
    ratings: tuple[GoalRating, ...] = ()


@dataclass(frozen=True)
class _SideEffectDay:
    effects: tuple[SideEffect, ...]
    other_text: str = ""


def generate_demo(*, end: dt.date, years: float = 3, seed: int = 7) -> DemoJournal:
    """A journal of ``years`` × 365 days ending on ``end``; the same arguments give the same one."""
    if not years > 0:
        raise ValueError(f"years must be positive, not {years}")
    rng = random.Random(seed)
    start = end - dt.timedelta(days=max(1, round(years * 365)) - 1)
    switch_day = start + dt.timedelta(days=round((end - start).days * SWITCH_AT))
    tracks = plan_tracks(rng, start, end, switch_day)
    sessions = _all_sessions(tracks)
    side_effects = _plan_side_effects(rng, sessions, end)
    holidays = _plan_holidays(rng, tracks[0].sessions)
    entries = _daily_entries(rng, start, end, tracks, side_effects, holidays)
    injections = _injections(rng, sessions, switch_day)
    # Their own generator: the entries and injections stay those of earlier versions.
    checkin_rng = random.Random(f"checkins-{seed}")
    answers = demo_checkins(checkin_rng, DEMO_PROFILE, entries, injections, end)
    return DemoJournal(
        DEMO_PROFILE,
        tuple(entries),
        tuple(injections),
        answers.checkins,
        answers.goals,
        answers.ratings,
    )


def _all_sessions(tracks: Sequence[DemoTrack]) -> list[DemoSession]:
    """Every track's sessions by day; on a shared day, in the order of the tracks."""
    return sorted((s for track in tracks for s in track.sessions), key=lambda s: s.day)


# Side effects and holidays --------------------------------------------------------------


def _treats_dystonia(session: DemoSession) -> bool:
    return session.indication is Indication.CERVICAL_DYSTONIA


def _plan_side_effects(
    rng: random.Random, sessions: Sequence[DemoSession], end: dt.date
) -> dict[dt.date, _SideEffectDay]:
    """Side effects in the first two weeks after some injections; "other" exactly once."""
    planned: dict[dt.date, _SideEffectDay] = {}
    for session in sessions:
        if rng.random() >= (0.45 if _treats_dystonia(session) else 0.3):
            continue
        effects = _pick_side_effects(rng, _treats_dystonia(session))
        first = rng.randint(1, 5)
        for k in range(first, min(first + rng.randint(2, 8), 14)):
            planned[session.day + dt.timedelta(days=k)] = _SideEffectDay(effects)
    if sessions:
        session = sessions[1] if len(sessions) > 1 else sessions[0]
        day = session.day + dt.timedelta(days=1)
        if day <= end:
            earlier = planned.get(day, _SideEffectDay(())).effects
            planned[day] = _SideEffectDay((*earlier, SideEffect.OTHER), SIDE_EFFECT_OTHER_TEXT)
    return planned


def _pick_side_effects(rng: random.Random, treats_dystonia: bool) -> tuple[SideEffect, ...]:
    pool = [SideEffect.NECK_PAIN, SideEffect.MUSCLE_WEAKNESS, SideEffect.DROOPING_EYELID]
    weights = [5.0, 3.0, 2.0]
    if treats_dystonia and rng.random() < 0.3:
        pool.append(SideEffect.DIFFICULTY_SWALLOWING)
        weights.append(1.5)
    return _weighted_sample(rng, pool, weights, 1 if rng.random() < 0.75 else 2)


def _plan_holidays(rng: random.Random, sessions: Sequence[DemoSession]) -> set[dt.date]:
    """One or two multi-week holidays in the middle of migraine cycles."""
    candidates = list(range(1, len(sessions) - 1))
    rng.shuffle(candidates)
    holidays: set[dt.date] = set()
    for i in sorted(candidates[: rng.randint(1, 2)]):
        first = sessions[i].day + dt.timedelta(days=rng.randint(35, 45))
        holidays.update(first + dt.timedelta(days=k) for k in range(rng.randint(14, 21)))
    return holidays


# Daily entries ---------------------------------------------------------------------------


@dataclass
class _PatientState:
    """What carries over from one day to the next."""

    headache_drift: float = 0.0
    headache_due: float = 0.0
    spasm_drift: float = 0.0
    skipped_yesterday: bool = False
    away_yesterday: bool = False
    last_opioid: dt.date | None = None


def _daily_entries(
    rng: random.Random,
    start: dt.date,
    end: dt.date,
    tracks: tuple[DemoTrack, DemoTrack],
    side_effects: dict[dt.date, _SideEffectDay],
    holidays: set[dt.date],
) -> list[Entry]:
    entries: list[Entry] = []
    state = _PatientState()
    first_session = min((t.sessions[0].day for t in tracks if t.sessions), default=end)
    day = start
    one_day = dt.timedelta(days=1)
    while day <= end:
        # The symptoms evolve on every day, logged or not.
        headache, spasm = _symptoms(rng, day, tracks, state)
        back_from_holiday = state.away_yesterday and day not in holidays
        state.away_yesterday = day in holidays
        side_effect = side_effects.get(day)
        # Days with side effects, the journal's first day and the baseline diary the clinic
        # asks for before the first injection are always logged.
        must_log = side_effect is not None or day == start or day < first_session
        if day not in holidays and (must_log or not _forgets(rng, state)):
            note = _note(rng, day, tracks, back_from_holiday)
            urge = _overuse_urge(tracks[0], day)
            entries.append(
                _entry(rng, day, headache, spasm, must_log, side_effect, urge, note, state)
            )
        day += one_day
    return entries


def _symptoms(
    rng: random.Random, day: dt.date, tracks: tuple[DemoTrack, DemoTrack], state: _PatientState
) -> tuple[int, int]:
    """The day's headache and spasm severity, each relieved by its own track."""
    migraine, dystonia = tracks
    state.headache_drift = 0.9 * state.headache_drift + rng.gauss(0, 0.02)
    state.spasm_drift = 0.9 * state.spasm_drift + rng.gauss(0, 0.02)
    settled = SETTLED_RELIEF * migraine.settling(day)
    headache = _headache_severity(rng, migraine.relief(day), settled, state)
    spasm_level = SPASM_LEVEL * (1 - dystonia.relief(day)) * (1 + state.spasm_drift)
    return headache, _spasm_severity(rng, spasm_level, headache)


def _entry(
    rng: random.Random,
    day: dt.date,
    headache: int,
    spasm: int,
    log_both: bool,
    side_effect: _SideEffectDay | None,
    urge: float,
    note: str,
    state: _PatientState,
) -> Entry:
    log_spasm, log_headache = _logged_metrics(rng, log_both)
    return Entry(
        day=day,
        spasm_severity=spasm if log_spasm else None,
        headache_severity=headache if log_headache else None,
        headache_hours=_headache_hours(rng, headache) if log_headache else None,
        spasm_episodes=_spasm_episodes(rng, spasm) if log_spasm else None,
        medication=_medication(rng, day, headache if log_headache else 0, spasm, urge, state),
        side_effects=side_effect.effects if side_effect else (),
        side_effect_other=side_effect.other_text if side_effect else "",
        triggers=_triggers(rng, headache) if log_headache else (),
        notes=note,
    )


def _overuse_urge(migraine: DemoTrack, day: dt.date) -> float:
    """Extra reach for triptans: before treatment settles, and in the cycle that failed."""
    urge = 0.5 * (1 - migraine.settling(day))
    latest = migraine.latest(day)
    if latest is not None and not latest.works:
        urge = max(urge, 0.4)
    return urge


def _headache_severity(
    rng: random.Random, relief: float, settled: float, state: _PatientState
) -> int:
    """0 on headache-free days; relief makes headaches rarer as well as milder."""
    drift = state.headache_drift
    # Headache days come at the day's rate with jitter rather than by independent coin
    # tosses, so a 14-day window holds about the expected count and the onset shows clearly.
    state.headache_due += HEADACHE_CHANCE * (1 - 0.9 * relief) * (1 - settled) * (1 + drift)
    if state.headache_due + rng.uniform(-0.45, 0.45) < 1:
        return 0
    state.headache_due -= 1
    mean = HEADACHE_SEVERITY * (1 - 0.5 * relief) * (1 + drift / 2)
    return round(min(10.0, max(1.0, rng.gauss(mean, 1.3))))


def _spasm_severity(rng: random.Random, level: float, headache: int) -> int:
    value = level + rng.gauss(0, 0.9) + (0.5 if headache >= 6 else 0.0)
    return round(min(10.0, max(0.0, value)))


def _forgets(rng: random.Random, state: _PatientState) -> bool:
    """About one day in ten goes unlogged, sometimes a few in a row."""
    chance = SKIP_AGAIN_CHANCE if state.skipped_yesterday else SKIP_CHANCE
    state.skipped_yesterday = rng.random() < chance
    return state.skipped_yesterday


def _logged_metrics(rng: random.Random, must_log_both: bool) -> tuple[bool, bool]:
    if must_log_both:
        return True, True
    draw = rng.random()
    if draw < SPASM_ONLY_CHANCE:
        return True, False
    if draw < SPASM_ONLY_CHANCE + HEADACHE_ONLY_CHANCE:
        return False, True
    return True, True


def _headache_hours(rng: random.Random, headache: int) -> float | None:
    if headache == 0 or rng.random() >= 0.7:
        return None
    hours = rng.gauss(1.5 + 1.3 * headache, 2.5)
    return min(24.0, max(0.5, round(hours * 2) / 2))


def _spasm_episodes(rng: random.Random, spasm: int) -> int | None:
    if rng.random() >= 0.35:
        return None
    return max(0, round(rng.gauss(1.6 * spasm, 2.0)))


def _medication(
    rng: random.Random,
    day: dt.date,
    headache: int,
    spasm: int,
    urge: float,
    state: _PatientState,
) -> tuple[MedicationDose, ...]:
    doses: list[MedicationDose] = []
    if headache:
        if rng.random() < min(0.9, 0.05 + 0.06 * headache + urge):
            doses.append(MedicationDose(MedicationClass.TRIPTAN, 1 if rng.random() < 0.8 else 2))
        if rng.random() < 0.3:
            doses.append(MedicationDose(MedicationClass.SIMPLE_ANALGESIC, rng.choice((1, 2, 2, 3))))
        elif headache >= 6 and rng.random() < 0.06:
            doses.append(MedicationDose(MedicationClass.COMBINATION_ANALGESIC, 1))
        if headache >= 8 and _may_take_opioid(rng, day, state):
            doses.append(MedicationDose(MedicationClass.OPIOID, 1))
    elif spasm >= 6 and rng.random() < 0.05:
        doses.append(MedicationDose(MedicationClass.SIMPLE_ANALGESIC, rng.choice((1, 2))))
    return tuple(doses)


def _may_take_opioid(rng: random.Random, day: dt.date, state: _PatientState) -> bool:
    """At most one opioid day in a year, on a rare very bad day."""
    if state.last_opioid is not None and (day - state.last_opioid).days < OPIOID_GAP_DAYS:
        return False
    if rng.random() >= 0.04:
        return False
    state.last_opioid = day
    return True


def _triggers(rng: random.Random, headache: int) -> tuple[str, ...]:
    if headache == 0 or rng.random() >= 0.3:
        return ()
    return _weighted_sample(rng, TRIGGERS, TRIGGER_WEIGHTS, 1 if rng.random() < 0.75 else 2)


def _note(
    rng: random.Random,
    day: dt.date,
    tracks: tuple[DemoTrack, DemoTrack],
    back_from_holiday: bool,
) -> str:
    if back_from_holiday:
        return translatable("demo", "Back from holiday; didn't log while away.")
    latest = [session for track in tracks if (session := track.latest(day)) is not None]
    if any(session.day == day for session in latest) and rng.random() < 0.6:
        return translatable("demo", "Injection day.")
    if any((day - s.day).days == 40 and not s.works for s in latest):
        return translatable("demo", "Still no real relief this cycle.")
    return rng.choice(EVERYDAY_NOTES) if rng.random() < 0.04 else ""


def _weighted_sample(
    rng: random.Random, items: Sequence[_T], weights: Sequence[float], n: int
) -> tuple[_T, ...]:
    """``n`` distinct items, each drawn in proportion to its weight."""
    pool, pool_weights = list(items), list(weights)
    chosen: list[_T] = []
    for _ in range(min(n, len(pool))):
        i = rng.choices(range(len(pool)), pool_weights)[0]
        chosen.append(pool.pop(i))
        pool_weights.pop(i)
    return tuple(chosen)


# Injections ------------------------------------------------------------------------------


def _injections(
    rng: random.Random, sessions: Sequence[DemoSession], switch_day: dt.date
) -> list[Injection]:
    clinicians: dict[dt.date, str] = {}
    injections: list[Injection] = []
    for session in sessions:
        if session.day not in clinicians:
            cover = rng.random() < 0.08
            clinicians[session.day] = COVER_CLINICIAN if cover else DEMO_CLINICIAN
        clinician = clinicians[session.day]
        if _treats_dystonia(session):
            injections.append(_dystonia_injection(rng, session, switch_day, clinician))
        else:
            injections.append(_migraine_injection(rng, session, clinician))
    return injections


def _migraine_injection(rng: random.Random, session: DemoSession, clinician: str) -> Injection:
    return Injection(
        day=session.day,
        product=Product.ONABOTULINUMTOXIN_A,
        units=MIGRAINE_UNITS,
        indication=Indication.CHRONIC_MIGRAINE,
        windows=default_windows(Indication.CHRONIC_MIGRAINE),
        sites=MIGRAINE_SITES,
        clinician=clinician,
        lot=_lot(rng, "C"),
        notes=_session_note(rng, session),
    )


def _dystonia_injection(
    rng: random.Random, session: DemoSession, switch_day: dt.date, clinician: str
) -> Injection:
    switched = session.day >= switch_day
    product, doses = DYSTONIA_AFTER_SWITCH if switched else DYSTONIA_BEFORE_SWITCH
    notes = _session_note(rng, session)
    if session.switches_product:
        notes = translatable(
            "demo",
            "Switched from abobotulinumtoxinA (Dysport) to incobotulinumtoxinA (Xeomin); "
            "units are not interchangeable.",
        )
    return Injection(
        day=session.day,
        product=product,
        units=rng.choice(doses),
        indication=Indication.CERVICAL_DYSTONIA,
        windows=default_windows(Indication.CERVICAL_DYSTONIA),
        sites=rng.choice(DYSTONIA_SITES),
        clinician=clinician,
        lot=_lot(rng, "K" if product is Product.ABOBOTULINUMTOXIN_A else "X"),
        notes=notes,
    )


def _session_note(rng: random.Random, session: DemoSession) -> str:
    if session.timing == "first":
        return translatable("demo", "First treatment.")
    if session.timing == "restart":
        return translatable("demo", "Back on treatment after a break of several months.")
    if session.timing == "early":
        return translatable("demo", "Brought forward before a trip.")
    if session.timing == "late" and rng.random() < 0.5:
        return translatable("demo", "Clinic rescheduled the appointment.")
    return ""


def _lot(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGH')}{rng.randint(1, 9)}"
