"""The columns of the CSV files of PRODUCT.md §7 (entries, injections, check-ins, goals and
goal ratings), declared once.

Each column says its name, the record fields it carries, how a cell is read into them and
written from them, whether it is free text (guarded against spreadsheet formulas) and the
bounds of a number. The header, the export, the import and the merging of partial files all
read this table: a new column is one more row here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from journal_app.domain import checkins, models
from journal_app.domain.decimals import plain
from journal_app.domain.validation import (
    LIST_SEPARATOR,
    MAX_DOSES_PER_CLASS,
    MAX_HEADACHE_HOURS,
    MAX_SPASM_EPISODES,
    MAX_UNITS,
    MAX_WINDOW_DAYS,
    product_from_text,
)

R = TypeVar("R")
E = TypeVar("E", bound=Enum)

#: The text of an "other" side effect follows this prefix and runs to the end of the cell.
OTHER_PREFIX = f"{models.SideEffect.OTHER.value}:"
_OTHER_RE = re.compile(
    rf"(?:^|{re.escape(LIST_SEPARATOR)})\s*{re.escape(OTHER_PREFIX)}", re.IGNORECASE
)
_NO_SIDE_EFFECTS: tuple[tuple[models.SideEffect, ...], str] = ((), "")
_COUNT_SEPARATOR = ":"
#: The medication cell of a day on which no acute medication was taken.
NONE_TAKEN = "none"
# More digits than any number a journal holds: refused before Python turns them into one.
_MAX_DIGITS = 15
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WHOLE_RE = re.compile(r"[+-]?[0-9]+")
_DECIMAL_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
#: Text a spreadsheet would run as a formula starts with one of these (PRODUCT.md §7).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED_RE = re.compile(r"'+[=+\-@\t\r]")


class CellError(ValueError):
    """A cell's text cannot be turned into its field's value."""


class TooLong(CellError):
    """A number with more digits than any value of its column can have."""


class _Today:
    """Stands for the import's today: the placeholder of a date cell that cannot be read."""


TODAY = _Today()


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a CSV format, as the import reads it and the export writes it.

    ``fields`` are the record's fields the cell carries (two for the side effects: the codes
    and the text of "other"); ``parse`` None means free text, kept as written. ``default`` is
    the value of a blank or missing cell, or for a required column the placeholder the
    record is checked with once its cell was reported.
    """

    name: str
    fields: tuple[str, ...]
    write: Callable[[R], str]
    parse: Callable[[str], object] | None = None
    default: object = None
    required: bool = False
    text: bool = False
    limits: tuple[float, float] | None = None


def guard(cell: str) -> str:
    """A text cell as written to a CSV file: with a leading ' if a spreadsheet would otherwise
    run it as a formula (PRODUCT.md §7). A cell already starting with ' before such a
    character gets one more, so that :func:`unguarded` gives back exactly what was written."""
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def unguarded(cell: str) -> str:
    """A text cell as read from a CSV file: one leading ' removed where :func:`guard` adds one."""
    return cell[1:] if _GUARDED_RE.match(cell) else cell


# -- reading cells -------------------------------------------------------------------------


def quote(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


def _parse_date(text: str) -> dt.date:
    value = text.strip()
    if not _DATE_RE.fullmatch(value):
        raise CellError(f"{quote(value)} is not a date; write it as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CellError(f"{value} is not a calendar date") from None


def parse_whole(text: str) -> int:
    value = text.strip()
    if not _WHOLE_RE.fullmatch(value):
        raise CellError(f"{quote(value)} is not a whole number")
    _check_digits(value)
    return int(value)


def _parse_decimal(text: str) -> float:
    value = text.strip()
    if not _DECIMAL_RE.fullmatch(value):
        raise CellError(f"{quote(value)} is not a number (write e.g. 1.5)")
    _check_digits(value.split(".")[0])
    return float(value)


def _check_digits(value: str) -> None:
    if len(value.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
        raise TooLong(quote(value, 20))


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


def _parse_code(enum: type[E], text: str, what: str) -> E:
    code = text.strip().lower()
    for member in enum:
        if member.value.lower() == code:
            return member
    known = ", ".join(member.value for member in enum)
    raise CellError(f"{quote(text.strip())} is not {what} (use one of {known})")


def _parse_medication(text: str) -> tuple[tuple[models.MedicationDose, ...], bool]:
    """Doses by class, or ``none``: recorded, and none taken; with True for "recorded"."""
    items = _items(text)
    if any(item.lower() == NONE_TAKEN for item in items):
        if len(items) > 1:
            raise CellError(f"{NONE_TAKEN!r} says no medication was taken; write it alone")
        return (), True
    doses = []
    for item in items:
        code, separator, count = item.partition(_COUNT_SEPARATOR)
        if not separator:
            # "triptan" → "triptan:1"; anything else is shown quoted, never echoed raw.
            known = {member.value for member in models.MedicationClass}
            example = item if item.lower() in known else models.MedicationClass.TRIPTAN.value
            raise CellError(f"{quote(item)} needs a count, e.g. {example}:1")
        medication_class = _parse_code(models.MedicationClass, code, "a medication class")
        count = count.strip()
        if not _WHOLE_RE.fullmatch(count):
            raise CellError(f"{code.strip()} count {quote(count)} is not a whole number")
        if len(count.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
            raise CellError(
                f"{code.strip()} count {quote(count, 20)} is not a number between 1 and "
                f"{MAX_DOSES_PER_CLASS}"
            )
        doses.append(models.MedicationDose(medication_class, int(count)))
    return tuple(doses), True


def _parse_side_effects(text: str) -> tuple[tuple[models.SideEffect, ...], str]:
    """Codes, and the free text of ``other:…``, which runs to the end of the cell."""
    codes_part, other_text = text, ""
    match = _OTHER_RE.search(text)
    if match:
        codes_part, other_text = text[: match.start()], text[match.end() :]
    codes = [_parse_code(models.SideEffect, item, "a side effect") for item in _items(codes_part)]
    if match:
        codes.append(models.SideEffect.OTHER)
    return tuple(codes), other_text


def _parse_triggers(text: str) -> tuple[str, ...]:
    return tuple(_items(text))


def _parse_product(text: str) -> models.Product:
    product = product_from_text(text)
    if product is None:
        raise CellError(
            f"{quote(text.strip())} is not a known product "
            f"(a code such as {models.Product.ONABOTULINUMTOXIN_A.value}, or a brand such as Botox)"
        )
    return product


def _parse_indication(text: str) -> models.Indication:
    return _parse_code(models.Indication, text, "an indication")


def _parse_kind(text: str) -> checkins.CheckInKind:
    return _parse_code(checkins.CheckInKind, text, "a check-in kind")


def _parse_impression(text: str) -> checkins.Impression:
    return _parse_code(checkins.Impression, text, "an impression of change")


def _parse_worn_off(text: str) -> checkins.WornOff:
    return _parse_code(checkins.WornOff, text, "an answer to whether it wore off")


def _parse_flag(text: str) -> bool:
    value = text.strip()
    if value not in ("0", "1"):
        raise CellError(f"{quote(value)} is not 1 (yes) or 0 (no)")
    return value == "1"


# -- writing cells -------------------------------------------------------------------------


def _optional(value: float | None) -> str:
    return "" if value is None else plain(value)


def _medication_cell(entry: models.Entry) -> str:
    if not entry.medication_recorded:
        return ""
    if not entry.medication:
        return NONE_TAKEN
    return LIST_SEPARATOR.join(
        f"{dose.medication_class.value}{_COUNT_SEPARATOR}{dose.count}" for dose in entry.medication
    )


def _side_effects_cell(entry: models.Entry) -> str:
    # The free text of "other" may hold ';', so it goes last, where it runs to the end.
    with_text = bool(entry.side_effect_other)
    codes = [
        code.value
        for code in entry.side_effects
        if not (with_text and code is models.SideEffect.OTHER)
    ]
    if with_text:
        codes.append(OTHER_PREFIX + entry.side_effect_other)
    return LIST_SEPARATOR.join(codes)


# -- the formats ---------------------------------------------------------------------------

_SEVERITY = (models.SEVERITY_MIN, models.SEVERITY_MAX)


def _severity(name: str) -> Column[models.Entry]:
    return Column(
        name, (name,), lambda e: _optional(getattr(e, name)), parse_whole, limits=_SEVERITY
    )


def _free_text(name: str) -> Column[R]:
    return Column(name, (name,), lambda record: getattr(record, name), text=True)


ENTRY_TABLE: tuple[Column[models.Entry], ...] = (
    Column("date", ("day",), lambda e: e.day.isoformat(), _parse_date, TODAY, required=True),
    _severity("spasm_severity"),
    _severity("headache_severity"),
    Column(
        "headache_hours",
        ("headache_hours",),
        lambda e: _optional(e.headache_hours),
        _parse_decimal,
        limits=(0, MAX_HEADACHE_HOURS),
    ),
    Column(
        "spasm_episodes",
        ("spasm_episodes",),
        lambda e: _optional(e.spasm_episodes),
        parse_whole,
        limits=(0, MAX_SPASM_EPISODES),
    ),
    # A blank cell or a missing column records nothing about medication (§3).
    Column(
        "medication",
        ("medication", "medication_recorded"),
        _medication_cell,
        _parse_medication,
        ((), False),
    ),
    Column(
        "side_effects",
        ("side_effects", "side_effect_other"),
        _side_effects_cell,
        _parse_side_effects,
        _NO_SIDE_EFFECTS,
        text=True,
    ),
    Column(
        "triggers",
        ("triggers",),
        lambda e: LIST_SEPARATOR.join(e.triggers),
        _parse_triggers,
        (),
        text=True,
    ),
    _free_text("notes"),
)

WINDOW_COLUMNS = (
    "onset_min_days",
    "onset_max_days",
    "reinjection_min_days",
    "reinjection_max_days",
)


def _window(name: str) -> Column[models.Injection]:
    return Column(
        name,
        ("windows",),
        lambda i: str(getattr(i.windows, name)),
        parse_whole,
        limits=(0, MAX_WINDOW_DAYS),
    )


INJECTION_TABLE: tuple[Column[models.Injection], ...] = (
    Column("date", ("day",), lambda i: i.day.isoformat(), _parse_date, TODAY, required=True),
    Column(
        "product",
        ("product",),
        lambda i: i.product.value,
        _parse_product,
        models.Product.OTHER,
        required=True,
    ),
    Column(
        "units",
        ("units",),
        lambda i: plain(i.units),
        _parse_decimal,
        1.0,
        required=True,
        limits=(0, MAX_UNITS),
    ),
    Column(
        "indication",
        ("indication",),
        lambda i: i.indication.value,
        _parse_indication,
        None,
        required=True,
    ),
    *(_free_text(name) for name in ("sites", "clinician", "lot", "notes")),
    *(_window(name) for name in WINDOW_COLUMNS),  # read together: storage/csv_io._windows_from
)


def _day(name: str) -> Column[Any]:
    """A required date column of a check-in or a rating."""
    return Column(
        name, (name,), lambda r: getattr(r, name).isoformat(), _parse_date, TODAY, required=True
    )


def _code(name: str, parse: Callable[[str], Enum], placeholder: Enum) -> Column[Any]:
    """A required code column; ``placeholder`` stands in for a cell already reported."""
    return Column(
        name, (name,), lambda r: getattr(r, name).value, parse, placeholder, required=True
    )


_SESSION: tuple[Column[Any], ...] = (
    _day("session_date"),
    _code("indication", _parse_indication, models.Indication.OTHER_SPASM),
    _code("kind", _parse_kind, checkins.CheckInKind.WEEK4),
)

CHECKIN_TABLE: tuple[Column[checkins.CheckIn], ...] = (
    *_SESSION,
    _day("answered"),
    _code("impression", _parse_impression, checkins.Impression.NO_CHANGE),
    Column(
        "worn_off", ("worn_off",), lambda c: c.worn_off.value if c.worn_off else "", _parse_worn_off
    ),
    Column(
        "worn_off_date",
        ("worn_off_date",),
        lambda c: c.worn_off_date.isoformat() if c.worn_off_date else "",
        _parse_date,
    ),
)

# A goal's text is free text (guarded against formulas); its rules are the domain's.
GOAL_TABLE: tuple[Column[checkins.Goal], ...] = (
    _code("indication", _parse_indication, models.Indication.OTHER_SPASM),
    Column("goal", ("text",), lambda g: g.text, required=True, text=True),
    Column("active", ("active",), lambda g: "1" if g.active else "0", _parse_flag, True),
)

RATING_TABLE: tuple[Column[checkins.GoalRating], ...] = (
    *_SESSION,
    Column("goal", ("goal",), lambda r: r.goal, required=True, text=True),
    Column(
        "rating",
        ("rating",),
        lambda r: str(r.rating),
        parse_whole,
        0,
        required=True,
        limits=(checkins.RATING_MIN, checkins.RATING_MAX),
    ),
)


def names(table: Sequence[Column[R]]) -> tuple[str, ...]:
    return tuple(column.name for column in table)


def cells(table: Sequence[Column[R]], record: R) -> list[str]:
    """A record's row of a CSV file."""
    return [column.write(record) for column in table]


ENTRY_COLUMNS = names(ENTRY_TABLE)
INJECTION_COLUMNS = names(INJECTION_TABLE)
CHECKIN_COLUMNS = names(CHECKIN_TABLE)
GOAL_COLUMNS = names(GOAL_TABLE)
RATING_COLUMNS = names(RATING_TABLE)
_EVERY_COLUMN: tuple[Column[Any], ...] = (
    *ENTRY_TABLE,
    *INJECTION_TABLE,
    *CHECKIN_TABLE,
    *GOAL_TABLE,
    *RATING_TABLE,
)
#: Free-text columns: written with a leading ' where a spreadsheet would see a formula.
TEXT_COLUMNS = frozenset(column.name for column in _EVERY_COLUMN if column.text)
#: The bounds of each number column (the rules' own), named when a cell is far outside them.
NUMBER_RANGES = {column.name: column.limits for column in _EVERY_COLUMN if column.limits}
