"""JournalService shares one analysis of the journal until the journal changes."""

from __future__ import annotations

import datetime as dt

from journal_app.domain.models import Entry, Indication, Injection, Metric, Product
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService

from .conftest import TODAY


def test_one_analysis_per_change(service: JournalService) -> None:
    first = service.trends()
    assert service.trends() is first
    service.save_entry(Entry(TODAY, spasm_severity=3))
    after_entry = service.trends()
    assert after_entry is not first
    assert after_entry.daily_points(Metric.SPASM) == [(TODAY, 3)]
    service.record_injection(
        Injection(
            TODAY - dt.timedelta(days=3),
            Product.ONABOTULINUMTOXIN_A,
            155,
            Indication.CHRONIC_MIGRAINE,
            default_windows(Indication.CHRONIC_MIGRAINE),
        )
    )
    assert service.trends() is not after_entry
    assert len(service.trends().sessions) == 1
    service.undo_stack.undo()
    assert service.trends().sessions == []
