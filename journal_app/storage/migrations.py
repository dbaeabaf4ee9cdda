"""Schema history of a journal, one sqlite-utils migration per change."""

from __future__ import annotations

from enum import Enum

from journal_app.domain.checkins import (
    RATING_MAX,
    RATING_MIN,
    CheckInKind,
    Impression,
    WornOff,
)
from journal_app.domain.models import Indication, MedicationClass, Product, SideEffect
from journal_app.storage.sqlite import Database, Migrations

MIGRATION_SET = "journal_app"
#: "RJNL" — marks a SQLite file as a Relief Journal (PRAGMA application_id).
APPLICATION_ID = 0x524A4E4C
migrations = Migrations(MIGRATION_SET)


def _codes(enum: type[Enum]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


def is_date(column: str) -> str:
    """SQL true when ``column`` holds a real calendar date as YYYY-MM-DD (or is NULL)."""
    # The '+0 days' modifier makes SQLite normalise the date, so 2023-02-30 or 2024-19-39
    # no longer equal themselves and are refused; the domain could not read them back.
    return f"date({column}, '+0 days') IS {column}"


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(
        f"""
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            date_of_birth TEXT CHECK ({is_date("date_of_birth")}),
            clinic_patient_id TEXT NOT NULL DEFAULT '',
            clinician TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("INSERT INTO profile (id) VALUES (1)")
    db.execute(
        f"""
        CREATE TABLE entries (
            date TEXT NOT NULL PRIMARY KEY CHECK ({is_date("date")}),
            spasm_severity INTEGER CHECK (spasm_severity BETWEEN 0 AND 10),
            headache_severity INTEGER CHECK (headache_severity BETWEEN 0 AND 10),
            headache_hours REAL CHECK (headache_hours BETWEEN 0 AND 24),
            spasm_episodes INTEGER CHECK (spasm_episodes >= 0),
            side_effect_other TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        f"""
        CREATE TABLE entry_medications (
            date TEXT NOT NULL REFERENCES entries(date) ON DELETE CASCADE,
            class TEXT NOT NULL CHECK (class IN ({_codes(MedicationClass)})),
            count INTEGER NOT NULL CHECK (count >= 1),
            PRIMARY KEY (date, class)
        )"""
    )
    db.execute(
        f"""
        CREATE TABLE entry_side_effects (
            date TEXT NOT NULL REFERENCES entries(date) ON DELETE CASCADE,
            code TEXT NOT NULL CHECK (code IN ({_codes(SideEffect)})),
            PRIMARY KEY (date, code)
        )"""
    )
    db.execute(
        """
        CREATE TABLE entry_triggers (
            date TEXT NOT NULL REFERENCES entries(date) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL CHECK (length(trim(tag)) > 0),
            PRIMARY KEY (date, position)
        )"""
    )
    db.execute(
        f"""
        CREATE TABLE injections (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK ({is_date("date")}),
            product TEXT NOT NULL CHECK (product IN ({_codes(Product)})),
            units REAL NOT NULL CHECK (units > 0),
            indication TEXT NOT NULL CHECK (indication IN ({_codes(Indication)})),
            sites TEXT NOT NULL DEFAULT '',
            clinician TEXT NOT NULL DEFAULT '',
            lot TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            onset_min_days INTEGER NOT NULL CHECK (onset_min_days >= 0),
            onset_max_days INTEGER NOT NULL CHECK (onset_max_days >= onset_min_days),
            reinjection_min_days INTEGER NOT NULL CHECK (reinjection_min_days > 0),
            reinjection_max_days INTEGER NOT NULL
                CHECK (reinjection_max_days >= reinjection_min_days)
        )"""
    )
    db.execute("CREATE INDEX injections_by_date ON injections(date)")


@migrations()
def m002_levels_before_treatment_and_medication_recorded(db: Database) -> None:
    """Profile levels before treatment (§3), and "not recorded" apart from "none taken"."""
    db.execute(
        "ALTER TABLE profile ADD COLUMN spasm_before_treatment INTEGER"
        " CHECK (spasm_before_treatment BETWEEN 0 AND 10)"
    )
    db.execute(
        "ALTER TABLE profile ADD COLUMN headache_days_before_treatment INTEGER"
        " CHECK (headache_days_before_treatment BETWEEN 0 AND 31)"
    )
    # Every day saved so far came from the form (which showed its doses) or from a CSV,
    # whose blank cell meant "none" until now: both count as recorded.
    db.execute(
        "ALTER TABLE entries ADD COLUMN medication_recorded INTEGER NOT NULL DEFAULT 1"
        " CHECK (medication_recorded IN (0, 1))"
    )


#: The check-in tables as m003 creates them, by name.
CHECKIN_TABLES: dict[str, str] = {
    "checkins": f"""
        CREATE TABLE checkins (
            session_date TEXT NOT NULL CHECK ({is_date("session_date")}),
            indication TEXT NOT NULL CHECK (indication IN ({_codes(Indication)})),
            kind TEXT NOT NULL CHECK (kind IN ({_codes(CheckInKind)})),
            answered TEXT NOT NULL CHECK ({is_date("answered")} AND answered >= session_date),
            impression TEXT NOT NULL CHECK (impression IN ({_codes(Impression)})),
            worn_off TEXT CHECK (worn_off IN ({_codes(WornOff)})),
            worn_off_date TEXT CHECK ({is_date("worn_off_date")}),
            PRIMARY KEY (session_date, indication, kind),
            CHECK ((kind = 'week4') = (worn_off IS NULL)),
            CHECK ((worn_off = 'yes') = (worn_off_date IS NOT NULL)),
            CHECK (worn_off_date IS NULL
                   OR (worn_off_date > session_date AND worn_off_date <= answered))
        )""",
    "goals": f"""
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            indication TEXT NOT NULL CHECK (indication IN ({_codes(Indication)})),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            UNIQUE (indication, text)
        )""",
    "goal_ratings": f"""
        CREATE TABLE goal_ratings (
            session_date TEXT NOT NULL,
            indication TEXT NOT NULL,
            kind TEXT NOT NULL,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            rating INTEGER NOT NULL CHECK (rating BETWEEN {RATING_MIN} AND {RATING_MAX}),
            PRIMARY KEY (session_date, indication, kind, goal_id),
            FOREIGN KEY (session_date, indication, kind)
                REFERENCES checkins(session_date, indication, kind) ON DELETE CASCADE
        )""",
}


@migrations()
def m003_checkins_and_goals(db: Database) -> None:
    """Check-ins, personal goals and their ratings (§3); the tables are ``CHECKIN_TABLES``."""
    for statement in CHECKIN_TABLES.values():
        db.execute(statement)


def known_names() -> set[str]:
    """Every migration this version knows, applied or not."""
    return {migration.name for migration in migrations.pending(Database(memory=True))}
