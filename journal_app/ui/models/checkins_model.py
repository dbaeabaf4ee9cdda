"""The Journal's read-only table of check-ins, each with its goal ratings."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.domain.checkins import CheckIn, CheckInKey, GoalRating, Impression
from journal_app.messages import translatable
from journal_app.ui.models.record_table import (
    Column,
    RecordTableModel,
    date_column,
    text_column,
)
from journal_app.wording.labels import (
    checkin_kind_label,
    goal_rating_label,
    impression_label,
    indication_label,
    worn_off_label,
)
from journal_app.wording.text import table_date

_NOT_ASKED = "—"


@dataclass(frozen=True)
class CheckInRow:
    """A check-in and the goals rated with it."""

    checkin: CheckIn
    ratings: tuple[GoalRating, ...] = ()


def checkin_rows(checkins: Iterable[CheckIn], ratings: Iterable[GoalRating]) -> list[CheckInRow]:
    by_key: dict[CheckInKey, list[GoalRating]] = {}
    for rating in ratings:
        by_key.setdefault(rating.key, []).append(rating)
    return [CheckInRow(checkin, tuple(by_key.get(checkin.key, ()))) for checkin in checkins]


def _worn_off_text(row: CheckInRow, locale: QLocale) -> str:
    checkin = row.checkin
    day = checkin.reported_wear_off_day
    if checkin.worn_off is None:
        return _NOT_ASKED
    if day is None or checkin.worn_off_date is None:
        return worn_off_label(checkin.worn_off)
    template = QCoreApplication.translate("CheckInsTableModel", "%1 %2 (day %3)")
    text = template.replace("%1", worn_off_label(checkin.worn_off))
    text = text.replace("%2", table_date(locale, checkin.worn_off_date))
    return text.replace("%3", locale.toString(day))


def _worn_off_sort(row: CheckInRow) -> int:
    """The reported wear-off day; answers without a day below every day, "not asked" lowest."""
    checkin = row.checkin
    day = checkin.reported_wear_off_day
    if day is not None:
        return day
    return -2 if checkin.worn_off is None else -1


def _ratings_text(row: CheckInRow, locale: QLocale) -> str:
    """ "drive: +1; walk: 0", the goal-attainment scale's signs written out."""
    return "; ".join(
        f"{rating.goal}: {'+' if rating.rating > 0 else ''}{locale.toString(rating.rating)}"
        for rating in row.ratings
    )


def _ratings_tooltip(row: CheckInRow) -> str | None:
    """One goal a line, with the scale's words: the cell may be too narrow for them all."""
    lines = [f"{rating.goal}: {goal_rating_label(rating.rating)}" for rating in row.ratings]
    return "\n".join(lines) or None


def _ratings_sort(row: CheckInRow) -> float:
    """The mean rating; check-ins without ratings first."""
    if not row.ratings:
        return -10.0
    return sum(rating.rating for rating in row.ratings) / len(row.ratings)


class CheckInsTableModel(RecordTableModel[CheckInRow]):
    """One row per check-in, newest session first or as the view asks."""

    COLUMNS = (
        date_column(
            "date", translatable("CheckInsTableModel", "Session"), lambda r: r.checkin.session_date
        ),
        text_column(
            "track",
            translatable("CheckInsTableModel", "Track"),
            lambda row: indication_label(row.checkin.indication),
        ),
        text_column(
            "kind",
            translatable("CheckInsTableModel", "Check-in"),
            lambda row: checkin_kind_label(row.checkin.kind),
        ),
        date_column(
            "answered", translatable("CheckInsTableModel", "Answered"), lambda r: r.checkin.answered
        ),
        Column(
            "impression",
            translatable("CheckInsTableModel", "Impression"),
            lambda row, _locale: impression_label(row.checkin.impression),
            # Best first, like the card's buttons 1–7.
            lambda row: list(Impression).index(row.checkin.impression),
        ),
        Column(
            "worn_off",
            translatable("CheckInsTableModel", "Worn off"),
            _worn_off_text,
            _worn_off_sort,
        ),
        Column(
            "ratings",
            translatable("CheckInsTableModel", "Goal ratings"),
            _ratings_text,
            _ratings_sort,
            tooltip=_ratings_tooltip,
        ),
    )

    def set_checkins(self, checkins: Sequence[CheckIn], ratings: Sequence[GoalRating]) -> None:
        # Rows that did not change stay the very same objects: set_rows then changes only
        # the rows around a save or a delete, and the view keeps its selection.
        shown = {row.checkin.key: row for row in self._rows}
        rows = checkin_rows(checkins, ratings)
        self.set_rows([old if (old := shown.get(row.checkin.key)) == row else row for row in rows])

    def checkin_at(self, row: int) -> CheckIn:
        return self.record_at(row).checkin

    def _record_key(self, row: CheckInRow) -> Hashable:
        return row.checkin.key
