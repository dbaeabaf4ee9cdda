"""Rows of a journal database to and from the domain's dataclasses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
    SideEffect,
)
from journal_app.storage.errors import JournalWriteError

_ENTRY_COLUMNS = (
    "date, spasm_severity, headache_severity, headache_hours, spasm_episodes, "
    "side_effect_other, notes"
)
_INJECTION_COLUMNS = (
    "id, date, product, units, indication, sites, clinician, lot, notes, "
    "onset_min_days, onset_max_days, reinjection_min_days, reinjection_max_days"
)


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
            raise JournalWriteError(self.path, f"The journal refused the change: {exc}.") from exc
        except sqlite3.OperationalError as exc:
            raise JournalWriteError(self.path, _write_failure_message(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise JournalWriteError(self.path, f"The change was not saved: {exc}.") from exc

    # -- profile -------------------------------------------------------------------------

    def profile(self) -> Profile:
        row = self.db.execute(
            "SELECT name, date_of_birth, clinic_patient_id, clinician, notes FROM profile"
        ).fetchone()
        if row is None:
            return Profile()
        return Profile(row[0], _date(row[1]), row[2], row[3], row[4])

    def save_profile(self, profile: Profile) -> None:
        with self._writing():
            self.db.execute(
                "INSERT INTO profile (id, name, date_of_birth, clinic_patient_id, clinician, notes)"
                " VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " name = excluded.name, date_of_birth = excluded.date_of_birth,"
                " clinic_patient_id = excluded.clinic_patient_id,"
                " clinician = excluded.clinician, notes = excluded.notes",
                [
                    profile.name,
                    _iso(profile.date_of_birth),
                    profile.clinic_patient_id,
                    profile.clinician,
                    profile.notes,
                ],
            )

    # -- entries -------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Every entry, oldest first."""
        return self._entries_where("", [])

    def entry(self, day: dt.date) -> Entry | None:
        found = self._entries_where("WHERE date = ?", [day.isoformat()])
        return found[0] if found else None

    def entry_days(self) -> set[dt.date]:
        return {dt.date.fromisoformat(r[0]) for r in self.db.execute("SELECT date FROM entries")}

    def _entries_where(self, where: str, params: list[Any]) -> list[Entry]:
        medication: dict[str, list[MedicationDose]] = defaultdict(list)
        for day, cls, count in self.db.execute(
            f"SELECT date, class, count FROM entry_medications {where} ORDER BY date, rowid", params
        ):
            medication[day].append(MedicationDose(MedicationClass(cls), count))
        side_effects: dict[str, list[SideEffect]] = defaultdict(list)
        for day, code in self.db.execute(
            f"SELECT date, code FROM entry_side_effects {where} ORDER BY date, rowid", params
        ):
            side_effects[day].append(SideEffect(code))
        triggers: dict[str, list[str]] = defaultdict(list)
        for day, tag in self.db.execute(
            f"SELECT date, tag FROM entry_triggers {where} ORDER BY date, position", params
        ):
            triggers[day].append(tag)
        rows = self.db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries {where} ORDER BY date", params
        )
        return [
            Entry(
                day=dt.date.fromisoformat(day),
                spasm_severity=spasm,
                headache_severity=headache,
                headache_hours=hours,
                spasm_episodes=episodes,
                medication=tuple(medication.get(day, ())),
                side_effects=tuple(side_effects.get(day, ())),
                side_effect_other=other,
                triggers=tuple(triggers.get(day, ())),
                notes=notes,
            )
            for day, spasm, headache, hours, episodes, other, notes in rows
        ]

    def save_entry(self, entry: Entry) -> None:
        """Insert the day's entry, or replace the one already saved for that day."""
        with self._writing():
            self._put_entry(entry)

    def delete_entry(self, day: dt.date) -> None:
        with self._writing():
            self.db.execute("DELETE FROM entries WHERE date = ?", [day.isoformat()])

    def _put_entry(self, entry: Entry, *, replace: bool = True) -> None:
        """Write one entry; without ``replace`` a day already saved is refused (unique date)."""
        day = entry.day.isoformat()
        if replace:
            for child in ("entry_medications", "entry_side_effects", "entry_triggers"):
                self.db.execute(f"DELETE FROM {child} WHERE date = ?", [day])
        upsert = (
            " ON CONFLICT (date) DO UPDATE SET spasm_severity = excluded.spasm_severity,"
            " headache_severity = excluded.headache_severity,"
            " headache_hours = excluded.headache_hours,"
            " spasm_episodes = excluded.spasm_episodes,"
            " side_effect_other = excluded.side_effect_other, notes = excluded.notes"
        )
        self.db.execute(
            f"INSERT INTO entries ({_ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + (upsert if replace else ""),
            [
                day,
                entry.spasm_severity,
                entry.headache_severity,
                entry.headache_hours,
                entry.spasm_episodes,
                entry.side_effect_other,
                entry.notes,
            ],
        )
        self.db.conn.executemany(
            "INSERT INTO entry_medications (date, class, count) VALUES (?, ?, ?)",
            [(day, d.medication_class.value, d.count) for d in entry.medication],
        )
        self.db.conn.executemany(
            "INSERT INTO entry_side_effects (date, code) VALUES (?, ?)",
            [(day, code.value) for code in entry.side_effects],
        )
        self.db.conn.executemany(
            "INSERT INTO entry_triggers (date, position, tag) VALUES (?, ?, ?)",
            [(day, i, tag) for i, tag in enumerate(entry.triggers)],
        )

    # -- injections ----------------------------------------------------------------------

    def injections(self) -> list[Injection]:
        """Every injection, oldest first (same-day injections in the order recorded)."""
        rows = self.db.execute(f"SELECT {_INJECTION_COLUMNS} FROM injections ORDER BY date, id")
        return [_injection(row) for row in rows]

    def injection(self, injection_id: int) -> Injection | None:
        row = self.db.execute(
            f"SELECT {_INJECTION_COLUMNS} FROM injections WHERE id = ?", [injection_id]
        ).fetchone()
        return _injection(row) if row else None

    def add_injection(self, injection: Injection) -> Injection:
        """Record an injection; returns it with its new id (or its given id, for undo)."""
        with self._writing():
            new_id = self._insert_injection(injection)
        return _with_id(injection, new_id)

    def update_injection(self, injection: Injection) -> None:
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

    def _insert_injection(self, injection: Injection) -> int:
        cursor = self.db.execute(
            f"INSERT INTO injections ({_INJECTION_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [injection.id, *_injection_values(injection)],
        )
        return int(cursor.lastrowid or 0)

    # -- bulk ----------------------------------------------------------------------------

    def import_records(
        self, entries: Iterable[Entry], injections: Iterable[Injection], *, replace: bool
    ) -> None:
        """Write every record in one transaction: all of them, or none if anything fails.

        With ``replace`` an entry replaces the one of its day, and injections replace the
        injections already recorded on their day; without it, a day already in the journal
        makes the whole import fail with :class:`JournalWriteError`.
        """
        entries, injections = list(entries), list(injections)
        with self._writing():
            if replace:
                for day in {inj.day for inj in injections}:
                    self.db.execute("DELETE FROM injections WHERE date = ?", [day.isoformat()])
            for entry in entries:
                self._put_entry(entry, replace=replace)
            for injection in injections:
                self._insert_injection(_with_id(injection, None))

    def counts(self) -> tuple[int, int]:
        """How many entries and injections the journal holds."""
        entries = self.db.execute("SELECT count(*) FROM entries").fetchone()[0]
        injections = self.db.execute("SELECT count(*) FROM injections").fetchone()[0]
        return entries, injections


def _with_id(injection: Injection, new_id: int | None) -> Injection:
    return replace(injection, id=new_id)


def _injection_values(injection: Injection) -> list[Any]:
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


def _injection(row: tuple[Any, ...]) -> Injection:
    (id_, day, product, units, indication, sites, clinician, lot, notes, *windows) = row
    return Injection(
        id=id_,
        day=dt.date.fromisoformat(day),
        product=Product(product),
        units=units,
        indication=Indication(indication),
        sites=sites,
        clinician=clinician,
        lot=lot,
        notes=notes,
        windows=ExpectedWindows(*windows),
    )


def _write_failure_message(exc: sqlite3.OperationalError) -> str:
    text = str(exc).lower()
    if "full" in text:
        return "The disk is full, so the change was not saved. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "The journal file or its folder is read-only, so the change was not saved."
    if "locked" in text or "busy" in text:
        return "The journal is busy in another program, so the change was not saved. Try again."
    if "disk i/o error" in text:
        return (
            "The journal's disk could not be written (was it removed or made read-only?), "
            "so the change was not saved. Check the disk and try again."
        )
    return f"The change was not saved: {exc}."
