"""JournalService shares one analysis of the journal until the journal changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from journal_app.domain.models import Entry, Indication
from journal_app.services.journal import JournalService

from .conftest import TODAY
from .journals import inject


def test_one_v2_analysis_per_change_and_per_day(service: JournalService) -> None:
    first = service.analysis
    assert service.analysis is first and first.today == TODAY
    service.save_entry(Entry(TODAY, spasm_severity=3))
    after_entry = service.analysis
    assert after_entry is not first and after_entry.as_of.last_entry == TODAY
    inject(service, 3, Indication.CHRONIC_MIGRAINE)
    after_injection = service.analysis
    assert [current.day_number for current in after_injection.current_tracks] == [3]
    # The profile's level before treatment can be a course's reference.
    service.save_profile(replace(service.profile(), headache_days_before_treatment=20))
    assert service.analysis is not after_injection
    assert service.analysis.profile.headache_days_before_treatment == 20
    # The app left open past midnight: the next day's analysis.
    tomorrow = TODAY + dt.timedelta(days=1)
    service.today = lambda: tomorrow
    assert service.analysis.today == tomorrow
    assert [current.day_number for current in service.analysis.current_tracks] == [4]
