"""Side-effect episodes: the runs of days a side effect was logged, not a tally of days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from journal_app.domain.models import Entry, SideEffect

#: Days not logged inside an episode that still join its two halves (a logged day without
#: the side effect always ends it).
BRIDGED_DAYS = 3


@dataclass(frozen=True)
class Episode:
    """One side effect logged from ``first`` to ``last`` with no logged day without it."""

    side_effect: SideEffect
    first: dt.date
    last: dt.date
    # The patient's own words for an "other" side effect, each once, in the order written.
    other_texts: tuple[str, ...] = ()


@dataclass
class _Open:
    first: dt.date
    last: dt.date
    texts: list[str]


def side_effect_episodes(entries: Iterable[Entry]) -> list[Episode]:
    """Every episode of every side effect, by first day, then in the code order."""
    episodes: list[Episode] = []
    running: dict[SideEffect, _Open] = {}

    def close(effect: SideEffect) -> None:
        run = running.pop(effect)
        episodes.append(Episode(effect, run.first, run.last, tuple(run.texts)))

    for entry in sorted(entries, key=lambda entry: entry.day):
        present = set(entry.side_effects)
        for effect in [effect for effect in running if effect not in present]:
            close(effect)
        for effect in present:
            run = running.get(effect)
            if run is not None and (entry.day - run.last).days > BRIDGED_DAYS + 1:
                close(effect)
                run = None
            if run is None:
                run = running[effect] = _Open(entry.day, entry.day, [])
            run.last = entry.day
            text = entry.side_effect_other.strip()
            if effect is SideEffect.OTHER and text and text not in run.texts:
                run.texts.append(text)
    for effect in list(running):
        close(effect)
    order = list(SideEffect)
    return sorted(episodes, key=lambda e: (e.first, order.index(e.side_effect)))
