"""Rows of a journal database to and from the domain's dataclasses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from journal_app.domain import models
from journal_app.domain.checkins import (
    CheckIn,
    CheckInKey,
    CheckInKind,
    Goal,
    GoalRating,
    Impression,
    WornOff,
)
from journal_app.messages import translatable
from journal_app.storage.errors import JournalWriteError
from journal_app.storage.sqlite import Database

_ENTRY_COLUMNS = (
    "date, spasm_severity, headache_severity, headache_hours, spasm_episodes, "
    "side_effect_other, notes, medication_recorded"
)
_PROFILE_FIELDS = (
    "name",
    "date_of_birth",
    "clinic_patient_id",
    "clinician",
    "notes",
    "spasm_before_treatment",
    "headache_days_before_treatment",
)
_PROFILE_COLUMNS = ", ".join(_PROFILE_FIELDS)
_CHECKIN_COLUMNS = "session_date, indication, kind, answered, impression, worn_off, worn_off_date"
_INJECTION_COLUMNS = (
    "id, date, product, units, indication, sites, clinician, lot, notes, "
    "onset_min_days, onset_max_days, reinjection_min_days, reinjection_max_days"
)


class Unknown:
    """What the caller knows of an entry already saved for a day: nothing."""


UNKNOWN = Unknown()

# The tables holding an entry's lists: the statement adding a row, and the rows of an entry.
_CHILD_TABLES: dict[str, tuple[str, Callable[[models.Entry], list[tuple[Any, ...]]]]] = {
    "entry_medications": (
        "INSERT INTO entry_medications (date, class, count) VALUES (?, ?, ?)",
        lambda e: [(e.day.isoformat(), d.medication_class.value, d.count) for d in e.medication],
    ),
    "entry_side_effects": (
        "INSERT INTO entry_side_effects (date, code) VALUES (?, ?)",
        lambda e: [(e.day.isoformat(), code.value) for code in e.side_effects],
    ),
    "entry_triggers": (
        "INSERT INTO entry_triggers (date, position, tag) VALUES (?, ?, ?)",
        lambda e: [(e.day.isoformat(), i, tag) for i, tag in enumerate(e.triggers)],
    ),
}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class JournalRepository:
    """Reads and writes one journal. Every public write is one committed transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def path(self) -> str:
        row = self.db.execute("PRAGMA database_list").fetchone()
        return row[2] if row else ""

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; a failure leaves the journal as it was and says why."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.IntegrityError as exc:
            template = translatable("errors", "The journal refused the change: %1.")
            raise JournalWriteError(self.path, template, exc) from exc
        except sqlite3.DatabaseError as exc:
            raise write_failure(self.path, exc) from exc

    # -- profile -------------------------------------------------------------------------

    def profile(self) -> models.Profile:
        row = self.db.execute(f"SELECT {_PROFILE_COLUMNS} FROM profile").fetchone()
        if row is None:
            return models.Profile()
        name, birth, clinic_id, clinician, notes, spasm, headache_days = row
        return models.Profile(name, _date(birth), clinic_id, clinician, notes, spasm, headache_days)

    def save_profile(self, profile: models.Profile) -> None:
        updates = ", ".join(f"{name} = excluded.{name}" for name in _PROFILE_FIELDS)
        with self._writing():
            self.db.execute(
                f"INSERT INTO profile (id, {_PROFILE_COLUMNS})"
                f" VALUES (1, {', '.join('?' * len(_PROFILE_FIELDS))})"
                f" ON CONFLICT (id) DO UPDATE SET {updates}",
                [
                    profile.name,
                    _iso(profile.date_of_birth),
                    profile.clinic_patient_id,
                    profile.clinician,
                    profile.notes,
                    profile.spasm_before_treatment,
                    profile.headache_days_before_treatment,
                ],
            )

    # -- entries -------------------------------------------------------------------------

    def entries(self) -> list[models.Entry]:
        """Every entry, oldest first."""
        return self._entries_where("", [])

    def entry(self, day: dt.date) -> models.Entry | None:
        found = self._entries_where("WHERE date = ?", [day.isoformat()])
        return found[0] if found else None

    def entry_days(self) -> set[dt.date]:
        return {dt.date.fromisoformat(r[0]) for r in self.db.execute("SELECT date FROM entries")}

    def _entries_where(self, where: str, params: list[Any]) -> list[models.Entry]:
        # Reading 20 years takes ~40 ms, most of it building objects: hence the lookups by
        # code and the positional Entry(...) below.
        medication_class = {member.value: member for member in models.MedicationClass}
        side_effect = {member.value: member for member in models.SideEffect}
        medication: dict[str, list[models.MedicationDose]] = defaultdict(list)
        for day, cls, count in self.db.execute(
            f"SELECT date, class, count FROM entry_medications {where} ORDER BY date, rowid", params
        ):
            medication[day].append(models.MedicationDose(medication_class[cls], count))
        side_effects: dict[str, list[models.SideEffect]] = defaultdict(list)
        for day, code in self.db.execute(
            f"SELECT date, code FROM entry_side_effects {where} ORDER BY date, rowid", params
        ):
            side_effects[day].append(side_effect[code])
        triggers: dict[str, list[str]] = defaultdict(list)
        for day, tag in self.db.execute(
            f"SELECT date, tag FROM entry_triggers {where} ORDER BY date, position", params
        ):
            triggers[day].append(tag)
        rows = self.db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries {where} ORDER BY date", params
        )
        none: tuple[()] = ()
        from_iso = dt.date.fromisoformat
        return [
            models.Entry(  # in the order of Entry's fields
                from_iso(day),
                spasm,
                headache,
                hours,
                episodes,
                tuple(medication[day]) if day in medication else none,
                tuple(side_effects[day]) if day in side_effects else none,
                other,
                tuple(triggers[day]) if day in triggers else none,
                notes,
                recorded == 1,
            )
            for day, spasm, headache, hours, episodes, other, notes, recorded in rows
        ]

    def save_entry(
        self, entry: models.Entry, *, saved: models.Entry | Unknown | None = UNKNOWN
    ) -> None:
        """Insert the day's entry, or replace the one already saved for that day.

        ``saved`` is the day's entry as the journal holds it (None: there is none), if the
        caller knows it: then medication, side effects and triggers are written only if they
        changed, which keeps a typical save to one statement.
        """
        with self._writing():
            self._put_entry(entry, saved=saved)

    def delete_entry(self, day: dt.date) -> None:
        with self._writing():
            self.db.execute("DELETE FROM entries WHERE date = ?", [day.isoformat()])

    def _put_entry(self, entry: models.Entry, *, saved: models.Entry | Unknown | None) -> None:
        """Write one entry. With ``saved`` None the day must be new (a saved one is refused:
        the date is unique); otherwise the saved one is replaced."""
        day = entry.day.isoformat()
        upsert = (
            " ON CONFLICT (date) DO UPDATE SET spasm_severity = excluded.spasm_severity,"
            " headache_severity = excluded.headache_severity,"
            " headache_hours = excluded.headache_hours,"
            " spasm_episodes = excluded.spasm_episodes,"
            " side_effect_other = excluded.side_effect_other, notes = excluded.notes,"
            " medication_recorded = excluded.medication_recorded"
        )
        self.db.execute(
            f"INSERT INTO entries ({_ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + ("" if saved is None else upsert),
            [
                day,
                entry.spasm_severity,
                entry.headache_severity,
                entry.headache_hours,
                entry.spasm_episodes,
                entry.side_effect_other,
                entry.notes,
                int(entry.medication_recorded),
            ],
        )
        for table, (insert, rows_of) in _CHILD_TABLES.items():
            rows = rows_of(entry)
            if isinstance(saved, Unknown):
                self.db.execute(f"DELETE FROM {table} WHERE date = ?", [day])
            elif saved is not None:
                saved_rows = rows_of(saved)
                if saved_rows == rows:
                    continue
                if saved_rows:
                    self.db.execute(f"DELETE FROM {table} WHERE date = ?", [day])
            if rows:
                self.db.conn.executemany(insert, rows)

    # -- injections ----------------------------------------------------------------------

    def injections(self) -> list[models.Injection]:
        """Every injection, oldest first (same-day injections in the order recorded)."""
        rows = self.db.execute(f"SELECT {_INJECTION_COLUMNS} FROM injections ORDER BY date, id")
        return [_injection(row) for row in rows]

    def injection(self, injection_id: int) -> models.Injection | None:
        row = self.db.execute(
            f"SELECT {_INJECTION_COLUMNS} FROM injections WHERE id = ?", [injection_id]
        ).fetchone()
        return _injection(row) if row else None

    def add_injection(self, injection: models.Injection) -> models.Injection:
        """Record an injection; returns it with its new id (or its given id, for undo)."""
        with self._writing():
            new_id = self._insert_injection(injection)
        return _with_id(injection, new_id)

    def update_injection(self, injection: models.Injection) -> None:
        if injection.id is None:
            raise ValueError("update_injection needs an injection with an id")
        with self._writing():
            self.db.execute(
                "UPDATE injections SET date = ?, product = ?, units = ?, indication = ?,"
                " sites = ?, clinician = ?, lot = ?, notes = ?, onset_min_days = ?,"
                " onset_max_days = ?, reinjection_min_days = ?, reinjection_max_days = ?"
                " WHERE id = ?",
                [*_injection_values(injection), injection.id],
            )

    def delete_injection(self, injection_id: int) -> None:
        with self._writing():
            self.db.execute("DELETE FROM injections WHERE id = ?", [injection_id])

    def _insert_injection(self, injection: models.Injection) -> int:
        cursor = self.db.execute(
            f"INSERT INTO injections ({_INJECTION_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [injection.id, *_injection_values(injection)],
        )
        return int(cursor.lastrowid or 0)

    # -- check-ins and goals (PRODUCT.md §3) ------------------------------------------------

    def checkins(self) -> list[CheckIn]:
        """Every check-in, by session, track and kind."""
        rows = self.db.execute(
            f"SELECT {_CHECKIN_COLUMNS} FROM checkins ORDER BY session_date, indication, kind"
        )
        return [_checkin(row) for row in rows]

    def goals(self) -> list[Goal]:
        """Every goal, active or not, in the order set."""
        rows = self.db.execute("SELECT id, indication, text, active FROM goals ORDER BY id")
        return [
            Goal(models.Indication(ind), text, active == 1, id_) for id_, ind, text, active in rows
        ]

    def goal_ratings(self) -> list[GoalRating]:
        """Every rating, by check-in, in the order the goals were set."""
        rows = self.db.execute(
            "SELECT r.session_date, r.indication, r.kind, g.text, r.rating"
            " FROM goal_ratings r JOIN goals g ON g.id = r.goal_id"
            " ORDER BY r.session_date, r.indication, r.kind, g.id"
        )
        return [
            GoalRating(
                dt.date.fromisoformat(day), models.Indication(ind), CheckInKind(kind), text, rating
            )
            for day, ind, kind, text, rating in rows
        ]

    def save_checkin(self, checkin: CheckIn, ratings: Iterable[GoalRating]) -> None:
        """Insert the check-in with its ratings, replacing any of the same session and kind."""
        with self._writing():
            self._delete_checkin(checkin.key)
            self._insert_checkin(checkin, ratings)

    def delete_checkin(self, key: CheckInKey) -> None:
        """Delete a check-in and its ratings."""
        with self._writing():
            self._delete_checkin(key)

    def put_goals(
        self,
        indication: models.Indication,
        goals: Iterable[Goal],
        ratings: Iterable[GoalRating] = (),
    ) -> list[Goal]:
        """Make ``goals`` the track's goals: update those with an id, add those without one,
        delete the others (and their ratings), then put back ``ratings`` (an undo's: those
        the goals had). Returns the track's goals with their ids."""
        goals = list(goals)
        kept = [goal.id for goal in goals if goal.id is not None]
        with self._writing():
            self.db.execute(
                "DELETE FROM goals WHERE indication = ?"
                f" AND id NOT IN ({', '.join('?' * len(kept))})",
                [indication.value, *kept],
            )
            for goal in goals:
                self.db.execute(
                    "INSERT INTO goals (id, indication, text, active) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET text = excluded.text,"
                    " active = excluded.active",
                    [goal.id, indication.value, goal.text, int(goal.active)],
                )
            self._insert_ratings(ratings, replace=True)
        return [goal for goal in self.goals() if goal.indication is indication]

    def _delete_checkin(self, key: CheckInKey) -> None:
        self.db.execute(
            "DELETE FROM checkins WHERE session_date = ? AND indication = ? AND kind = ?",
            _key_values(key),
        )

    def _insert_checkin(self, checkin: CheckIn, ratings: Iterable[GoalRating]) -> None:
        self.db.execute(
            f"INSERT INTO checkins ({_CHECKIN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                *_key_values(checkin.key),
                checkin.answered.isoformat(),
                checkin.impression.value,
                checkin.worn_off.value if checkin.worn_off else None,
                _iso(checkin.worn_off_date),
            ],
        )
        self._insert_ratings(ratings, replace=False)

    def _insert_ratings(self, ratings: Iterable[GoalRating], *, replace: bool) -> None:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        for rating in ratings:
            cursor = self.db.execute(
                f"{verb} INTO goal_ratings (session_date, indication, kind, goal_id, rating)"
                " SELECT ?, ?, ?, id, ? FROM goals WHERE indication = ? AND text = ?",
                [*_key_values(rating.key), rating.rating, rating.indication.value, rating.goal],
            )
            if cursor.rowcount != 1:
                raise sqlite3.IntegrityError(
                    f"no goal {rating.goal!r} of {rating.indication.value}"
                )

    def _import_goals(self, goals: Iterable[Goal]) -> None:
        for goal in goals:
            self.db.execute(
                "INSERT INTO goals (indication, text, active) VALUES (?, ?, ?)"
                " ON CONFLICT (indication, text) DO UPDATE SET active = excluded.active",
                [goal.indication.value, goal.text, int(goal.active)],
            )

    # -- bulk ----------------------------------------------------------------------------

    def import_records(
        self,
        entries: Iterable[models.Entry],
        injections: Iterable[models.Injection],
        *,
        replace: bool,
        checkins: Iterable[CheckIn] = (),
        goals: Iterable[Goal] = (),
        ratings: Iterable[GoalRating] = (),
    ) -> None:
        """Write every record in one transaction: all of them, or none if anything fails.

        With ``replace`` an entry replaces the one of its day, and injections replace the
        injections already recorded on their day; without it, a day already in the journal
        makes the whole import fail with :class:`JournalWriteError`. Goals are added, or
        update the active flag of the track's goal of the same text; a check-in replaces the
        one of its session and kind only with ``replace``, and comes with its ratings.
        """
        entries, injections = list(entries), list(injections)
        with self._writing():
            if replace:
                for day in {inj.day for inj in injections}:
                    self.db.execute("DELETE FROM injections WHERE date = ?", [day.isoformat()])
            for entry in entries:
                self._put_entry(entry, saved=UNKNOWN if replace else None)
            for injection in injections:
                self._insert_injection(_with_id(injection, None))
            self._import_goals(goals)
            by_checkin: dict[CheckInKey, list[GoalRating]] = defaultdict(list)
            for rating in ratings:
                by_checkin[rating.key].append(rating)
            for checkin in checkins:
                if replace:
                    self._delete_checkin(checkin.key)
                self._insert_checkin(checkin, by_checkin.pop(checkin.key, []))
            # Ratings of check-ins the journal holds already.
            self._insert_ratings([r for rest in by_checkin.values() for r in rest], replace=replace)

    def counts(self) -> tuple[int, int]:
        """How many entries and injections the journal holds."""
        entries = self.db.execute("SELECT count(*) FROM entries").fetchone()[0]
        injections = self.db.execute("SELECT count(*) FROM injections").fetchone()[0]
        return entries, injections


def _key_values(key: CheckInKey) -> list[str]:
    return [key.session_date.isoformat(), key.indication.value, key.kind.value]


def _checkin(row: tuple[Any, ...]) -> CheckIn:
    session, indication, kind, answered, impression, worn_off, worn_off_date = row
    return CheckIn(
        dt.date.fromisoformat(session),
        models.Indication(indication),
        CheckInKind(kind),
        dt.date.fromisoformat(answered),
        Impression(impression),
        WornOff(worn_off) if worn_off else None,
        _date(worn_off_date),
    )


def _with_id(injection: models.Injection, new_id: int | None) -> models.Injection:
    return replace(injection, id=new_id)


def _injection_values(injection: models.Injection) -> list[Any]:
    w = injection.windows
    return [
        injection.day.isoformat(),
        injection.product.value,
        injection.units,
        injection.indication.value,
        injection.sites,
        injection.clinician,
        injection.lot,
        injection.notes,
        w.onset_min_days,
        w.onset_max_days,
        w.reinjection_min_days,
        w.reinjection_max_days,
    ]


def _injection(row: tuple[Any, ...]) -> models.Injection:
    (id_, day, product, units, indication, sites, clinician, lot, notes, *windows) = row
    return models.Injection(
        id=id_,
        day=dt.date.fromisoformat(day),
        product=models.Product(product),
        units=units,
        indication=models.Indication(indication),
        sites=sites,
        clinician=clinician,
        lot=lot,
        notes=notes,
        windows=models.ExpectedWindows(*windows),
    )


def write_failure(path: str, exc: sqlite3.DatabaseError) -> JournalWriteError:
    """Why SQLite did not save a change, in words a user can act on."""
    text = str(exc).lower()
    if "full" in text:
        return JournalWriteError(
            path,
            translatable(
                "errors",
                "The disk is full, so the change was not saved. Free some space and try again.",
            ),
        )
    if "readonly" in text or "read-only" in text:
        return JournalWriteError(
            path,
            translatable(
                "errors",
                "The journal file or its folder is read-only, so the change was not saved.",
            ),
        )
    if "locked" in text or "busy" in text:
        return JournalWriteError(
            path,
            translatable(
                "errors",
                "The journal is busy in another program, so the change was not saved. Try again.",
            ),
        )
    if "disk i/o error" in text:
        return JournalWriteError(
            path,
            translatable(
                "errors",
                "The journal's disk could not be written (was it removed or made read-only?), "
                "so the change was not saved. Check the disk and try again.",
            ),
        )
    return JournalWriteError(path, translatable("errors", "The change was not saved: %1."), exc)
