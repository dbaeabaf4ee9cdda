"""The analytics of PRODUCT.md §4 (version 2): per-indication tracks, cycles, months."""

from __future__ import annotations

from journal_app.domain.analytics.analysis import Analysis
from journal_app.domain.analytics.checkins_due import CheckInSlot, SlotState, due_checkins
from journal_app.domain.analytics.cycles import Cycle, OnsetStatus, Verdict
from journal_app.domain.analytics.migraine import MigraineResponse, ResponsePeriod
from journal_app.domain.analytics.monthly import DayFigures, MonthFigures, Overuse
from journal_app.domain.analytics.now import AsOf, CurrentTrack
from journal_app.domain.analytics.reference import Reference, ReferenceKind
from journal_app.domain.analytics.summary import TrackSummary
from journal_app.domain.analytics.tracks import Course, Track, TrackSession

__all__ = [
    "Analysis",
    "AsOf",
    "CheckInSlot",
    "Course",
    "CurrentTrack",
    "Cycle",
    "DayFigures",
    "MigraineResponse",
    "MonthFigures",
    "OnsetStatus",
    "Overuse",
    "Reference",
    "ReferenceKind",
    "ResponsePeriod",
    "SlotState",
    "Track",
    "TrackSession",
    "TrackSummary",
    "Verdict",
    "due_checkins",
]
