"""JournalService: every change a user makes to a journal, undoable, announced by signals."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journal_app.domain.analytics import Analysis
from journal_app.domain.analytics.checkins_due import CheckInSlot, due_checkins
from journal_app.domain.analytics.tracks import tracks_of
from journal_app.domain.checkins import CheckIn, CheckInKey, Goal, GoalRating, PatientReports
from journal_app.domain.models import Entry, ExpectedWindows, Indication, Injection, Profile
from journal_app.domain.validation import (
    InvalidRecord,
    Problem,
    check_entry,
    check_goals,
    check_injection,
    check_profile,
    checkin_problems,
    rating_problems,
    translatable,
)
from journal_app.domain.windows import default_windows
from journal_app.storage.errors import JournalError, JournalWriteError

if TYPE_CHECKING:
    from journal_app.storage.backups import BackupPolicy
    from journal_app.storage.repository import JournalRepository

Clock = Callable[[], dt.date]
# The expected windows a new injection of an indication starts with.
WindowsFor = Callable[[Indication], ExpectedWindows]


class ReadOnlyJournal(JournalError):
    """A change was asked of a journal opened read-only."""


class JournalService(QObject):
    """One open journal. Widgets call its methods; it writes, then emits what changed.

    Every change is committed at once and pushed on ``undo_stack``. A failed write raises
    :class:`JournalWriteError` and leaves both the file and the undo history as they were.
    """

    entries_changed = Signal()
    injections_changed = Signal()
    profile_changed = Signal()
    #: Check-ins, goals or goal ratings changed.
    checkins_changed = Signal()
    # A change made by undo or redo could not be written; the argument is the JournalError.
    write_failed = Signal(object)

    def __init__(
        self,
        repository: JournalRepository,
        path: Path,
        *,
        read_only: bool = False,
        clock: Clock = dt.date.today,
        windows_for: WindowsFor = default_windows,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        self._windows_for = windows_for
        self.path = path
        self.read_only = read_only
        self.today = clock
        self.undo_stack = QUndoStack(self)
        # What the user should know about the opening (a failed backup, a log set aside).
        self.notices: list[JournalError] = []
        self._analysis: Analysis | None = None
        self._entries = repository.entries()
        self._injections = repository.injections()
        self._profile = repository.profile()
        self._checkins = repository.checkins()
        self._goals = repository.goals()
        self._ratings = repository.goal_ratings()

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        create: bool = False,
        clock: Clock = dt.date.today,
        windows_for: WindowsFor = default_windows,
        backups: BackupPolicy | None = None,
        parent: QObject | None = None,
    ) -> JournalService:
        """Open the journal at ``path``; ``backups`` says which automatic backups are kept."""
        # sqlite-utils is imported here, not at start-up: it takes longer than Qt's own window.
        from journal_app.usecases.opening import notices, open_repository, sqlite_errors

        repository = open_repository(path, read_only=read_only, create=create, backups=backups)
        try:
            with sqlite_errors(path):
                service = cls(
                    repository,
                    path,
                    read_only=read_only,
                    clock=clock,
                    windows_for=windows_for,
                    parent=parent,
                )
        except BaseException:
            repository.close()  # and with it the writer's lock
            raise
        service.notices = notices(repository)
        return service

    def close(self) -> None:
        self.undo_stack.clear()
        self._repo.close()

    # -- reading -------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Every entry, oldest first. Do not modify the list."""
        return self._entries

    def entry(self, day: dt.date) -> Entry | None:
        index = self._entry_index(day)
        return self._entries[index] if index is not None else None

    def injections(self) -> list[Injection]:
        """Every injection, oldest first. Do not modify the list."""
        return self._injections

    def profile(self) -> Profile:
        return self._profile

    @property
    def analysis(self) -> Analysis:
        """The §4 v2 analysis of the journal as it is now, on today: built once per change (and
        per day), shared by every view that shows it (Today, Trends, reminders)."""
        today = self.today()
        if self._analysis is None or self._analysis.today != today:
            patient = PatientReports(
                tuple(self._checkins), tuple(self._goals), tuple(self._ratings)
            )
            self._analysis = Analysis.of(
                self._entries, self._injections, self._profile, today, patient=patient
            )
        return self._analysis

    def _forget_analyses(self) -> None:
        self._analysis = None

    def checkins(self) -> list[CheckIn]:
        """Every check-in, by session. Do not modify the list."""
        return self._checkins

    def goals(self, indication: Indication) -> list[Goal]:
        """The track's goals, active or not, in the order set."""
        return [goal for goal in self._goals if goal.indication is indication]

    def all_goals(self) -> list[Goal]:
        """Every track's goals. Do not modify the list."""
        return self._goals

    def goal_tracks(self) -> list[Indication]:
        """The tracks goals are set for: those the journal has injections or goals of, or
        every track in a journal with neither."""
        used = {injection.indication for injection in self._injections}
        used |= {goal.indication for goal in self._goals}
        return [indication for indication in Indication if indication in used] or list(Indication)

    def goal_ratings(self) -> list[GoalRating]:
        """Every goal rating, by check-in. Do not modify the list."""
        return self._ratings

    def due_checkins(self) -> tuple[CheckInSlot, ...]:
        """The check-ins to ask today (PRODUCT.md §4)."""
        return due_checkins(tracks_of(self._injections), self._checkins, self.today())

    def default_windows(self, indication: Indication) -> ExpectedWindows:
        """The windows a new injection of ``indication`` starts with (Preferences, or §3's)."""
        return self._windows_for(indication)

    def save_copy(self, path: Path) -> None:
        """A consistent copy of the whole journal at ``path`` (SQLite online backup)."""
        from journal_app.storage.online_copy import backup_journal

        backup_journal(self._repo.db, path)

    def _entry_index(self, day: dt.date) -> int | None:
        index = bisect.bisect_left(self._entries, day, key=lambda e: e.day)
        if index < len(self._entries) and self._entries[index].day == day:
            return index
        return None

    # -- changing ------------------------------------------------------------------------

    def save_entry(self, entry: Entry) -> None:
        """Save the day's entry, replacing any saved before for that day."""
        check_entry(entry, self.today())
        previous = self.entry(entry.day)
        if previous == entry:
            return
        self._change(
            self._text(self.tr("Save entry of %1"), entry.day),
            redo=lambda: self._put_entry(entry),
            undo=lambda: self._put_entry(previous) if previous else self._drop_entry(entry.day),
        )

    def delete_entry(self, day: dt.date) -> None:
        previous = self.entry(day)
        if previous is None:
            return
        self._change(
            self._text(self.tr("Delete entry of %1"), day),
            redo=lambda: self._drop_entry(day),
            undo=lambda: self._put_entry(previous),
        )

    def record_injection(self, injection: Injection) -> Injection:
        """Record a new injection; returns it with its id."""
        check_injection(injection, self.today())
        self._require_writable()
        recorded = self._repo.add_injection(replace(injection, id=None))
        self._after_injections()
        self._push(
            self._text(self.tr("Record injection of %1"), recorded.day),
            redo=lambda: self._insert_injection(recorded),
            undo=lambda: self._drop_injection(recorded),
        )
        return recorded

    def update_injection(self, injection: Injection) -> None:
        check_injection(injection, self.today())
        previous = self._injection_by_id(injection.id)
        if previous == injection:
            return
        self._change(
            self._text(self.tr("Edit injection of %1"), injection.day),
            redo=lambda: self._update_injection(injection),
            undo=lambda: self._update_injection(previous),
        )

    def delete_injection(self, injection_id: int) -> None:
        previous = self._injection_by_id(injection_id)
        self._change(
            self._text(self.tr("Delete injection of %1"), previous.day),
            redo=lambda: self._drop_injection(previous),
            undo=lambda: self._insert_injection(previous),
        )

    def save_profile(self, profile: Profile) -> None:
        check_profile(profile, self.today())
        previous = self._profile
        if previous == profile:
            return
        self._change(
            self.tr("Edit profile"),
            redo=lambda: self._put_profile(profile),
            undo=lambda: self._put_profile(previous),
        )

    def save_checkin(self, checkin: CheckIn, ratings: Sequence[GoalRating]) -> None:
        """Save a check-in with its goal ratings, replacing the one of its session and kind."""
        sessions = {inj.day for inj in self._injections if inj.indication is checkin.indication}
        problems = checkin_problems(checkin, sessions, self.today())
        texts = {goal.text for goal in self.goals(checkin.indication)}
        for rating in ratings:
            problems += rating_problems(rating, texts)
            if rating.key != checkin.key:
                template = translatable("validation", "rates the %1 check-in of %2, not this one")
                problems.append(Problem("rating", template, (rating.kind, rating.session_date)))
        if problems:
            raise InvalidRecord(problems)
        previous = self._checkin(checkin.key)
        self._change(
            self._text(self.tr("Save check-in of the injection of %1"), checkin.session_date),
            redo=lambda: self._put_checkin(checkin, ratings),
            undo=lambda: self._put_checkin(*previous) if previous else self._drop_checkin(checkin),
        )

    def delete_checkin(self, key: CheckInKey) -> None:
        """Delete a check-in and its goal ratings (undo brings both back)."""
        previous = self._checkin(key)
        if previous is None:
            return
        self._change(
            self._text(self.tr("Delete check-in of the injection of %1"), key.session_date),
            redo=lambda: self._drop_checkin(previous[0]),
            undo=lambda: self._put_checkin(*previous),
        )

    def save_goals(self, indication: Indication, goals: Sequence[Goal]) -> None:
        """Make ``goals`` the track's goals (those with an id are edited, the others added)."""
        check_goals(goals)
        previous = self.goals(indication)
        if [(g, g.id) for g in previous] == [(g, g.id) for g in goals]:
            return
        self._require_writable()
        # A goal removed takes its ratings with it: undo brings both back.
        ratings = [rating for rating in self._ratings if rating.indication is indication]
        saved = self._put_goals(indication, goals)
        self._push(
            self.tr("Edit goals"),
            redo=lambda: self._put_goals(indication, saved),
            undo=lambda: self._put_goals(indication, previous, ratings),
        )

    def save_all_goals(self, goals: Mapping[Indication, Sequence[Goal]]) -> None:
        """Several tracks' goals (see :meth:`save_goals`) as one step of undo."""
        for track_goals in goals.values():
            check_goals(track_goals)  # every track checked before any is written
        if not goals:
            return
        self.undo_stack.beginMacro(self.tr("Edit goals"))
        try:
            for indication, track_goals in goals.items():
                self.save_goals(indication, track_goals)
        finally:
            self.undo_stack.endMacro()

    # -- the writes behind the commands --------------------------------------------------

    def _put_entry(self, entry: Entry) -> None:
        index = self._entry_index(entry.day)
        saved = None if index is None else self._entries[index]
        self._repo.save_entry(entry, saved=saved)
        if index is None:
            bisect.insort(self._entries, entry, key=lambda e: e.day)
        else:
            self._entries[index] = entry
        self._forget_analyses()
        self.entries_changed.emit()

    def _drop_entry(self, day: dt.date) -> None:
        self._repo.delete_entry(day)
        index = self._entry_index(day)
        if index is not None:
            del self._entries[index]
        self._forget_analyses()
        self.entries_changed.emit()

    def _insert_injection(self, injection: Injection) -> None:
        self._repo.add_injection(injection)
        self._after_injections()

    def _update_injection(self, injection: Injection) -> None:
        self._repo.update_injection(injection)
        self._after_injections()

    def _drop_injection(self, injection: Injection) -> None:
        assert injection.id is not None
        self._repo.delete_injection(injection.id)
        self._after_injections()

    def _after_injections(self) -> None:
        self._injections = self._repo.injections()
        self._forget_analyses()
        self.injections_changed.emit()

    def _put_profile(self, profile: Profile) -> None:
        self._repo.save_profile(profile)
        self._profile = profile
        self._analysis = None  # the profile's levels before treatment are a reference
        self.profile_changed.emit()

    def _checkin(self, key: CheckInKey) -> tuple[CheckIn, list[GoalRating]] | None:
        for checkin in self._checkins:
            if checkin.key == key:
                return checkin, [rating for rating in self._ratings if rating.key == key]
        return None

    def _put_checkin(self, checkin: CheckIn, ratings: Sequence[GoalRating]) -> None:
        self._repo.save_checkin(checkin, ratings)
        self._after_checkins()

    def _drop_checkin(self, checkin: CheckIn) -> None:
        self._repo.delete_checkin(checkin.key)
        self._after_checkins()

    def _put_goals(
        self, indication: Indication, goals: Sequence[Goal], ratings: Sequence[GoalRating] = ()
    ) -> list[Goal]:
        saved = self._repo.put_goals(indication, goals, ratings)
        self._after_checkins()
        return saved

    def _after_checkins(self) -> None:
        self._checkins = self._repo.checkins()
        self._goals = self._repo.goals()
        self._ratings = self._repo.goal_ratings()
        self._analysis = None  # the analysis shows check-ins beside their cycles
        self.checkins_changed.emit()

    def _injection_by_id(self, injection_id: int | None) -> Injection:
        for injection in self._injections:
            if injection.id == injection_id:
                return injection
        raise KeyError(f"no injection with id {injection_id}")

    # -- undo plumbing -------------------------------------------------------------------

    def _change(self, text: str, *, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        """Write now (errors reach the caller), then make the change undoable."""
        self._require_writable()
        redo()
        self._push(text, redo=redo, undo=undo)

    def _push(self, text: str, *, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.undo_stack.push(_Command(text, redo, undo, self.write_failed.emit))

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyJournal(
                self.path, translatable("errors", "This journal is open read-only.")
            )

    @staticmethod
    def _text(template: str, day: dt.date) -> str:
        """An undo step's name: ``template`` (translated) with the day as the locale writes it."""
        locale = QLocale()
        if locale.language() == QLocale.Language.C:
            return template.replace("%1", day.isoformat())
        date = QDate(day.year, day.month, day.day)
        return template.replace("%1", locale.toString(date, QLocale.FormatType.ShortFormat))


class _Command(QUndoCommand):
    """An already-applied change: the first redo (done by push) is skipped."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        on_failure: Callable[[JournalError], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._on_failure = redo, undo, on_failure
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            return
        self._run(self._redo)
        self._applied = True

    def undo(self) -> None:
        self._run(self._undo)
        self._applied = False

    def _run(self, action: Callable[[], object]) -> None:
        # Exceptions cannot cross back into Qt's C++ undo stack: report them instead.
        try:
            action()
        except JournalWriteError as exc:
            self.setObsolete(True)
            self._on_failure(exc)
