"""PRODUCT.md §4 (version 2) by brute force: plain loops over days, no prefix sums, no reuse.

Written from the specification's words alone, to check journal_app.domain.analytics against.
Cycles and months come out as plain dicts of every field; None stands for a blank.
"""

from __future__ import annotations

import datetime as dt
from statistics import median
from typing import Any

from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    Profile,
)

ONE_DAY = dt.timedelta(days=1)
# metric: (days before t, days after t, logged days needed) of the centred level window.
LEVEL_WINDOWS = {"spasm": (3, 3, 4), "headache": (6, 7, 7), "headache_day": (6, 7, 7)}
ACUTE = ("simple_analgesic", "triptan", "combination_analgesic", "opioid")
THRESHOLDS = {"simple_analgesic": 15, "triptan": 10, "combination_analgesic": 10, "opioid": 10}


def judged_metric(indication: Indication) -> str:
    return "headache_day" if indication is Indication.CHRONIC_MIGRAINE else "spasm"


def daily_values(entries: list[Entry], metric: str) -> dict[dt.date, int]:
    values = {}
    for entry in entries:
        if metric == "spasm" and entry.spasm_severity is not None:
            values[entry.day] = entry.spasm_severity
        elif metric == "headache" and entry.headache_severity is not None:
            values[entry.day] = entry.headache_severity
        elif metric == "headache_day" and entry.headache_severity is not None:
            values[entry.day] = 1 if entry.headache_severity >= 1 else 0
    return values


def mean_over(values: dict[dt.date, int], first: dt.date, last: dt.date, least: int) -> Any:
    logged = []
    day = first
    while day <= last:
        if day in values:
            logged.append(values[day])
        day += ONE_DAY
    if len(logged) < least or not logged:
        return None
    return sum(logged) / len(logged)


def level(values: dict[dt.date, int], metric: str, t: dt.date) -> Any:
    before, after, least = LEVEL_WINDOWS[metric]
    return mean_over(values, t - before * ONE_DAY, t + after * ONE_DAY, least)


def profile_level(profile: Profile, metric: str) -> Any:
    if metric == "spasm":
        return profile.spasm_before_treatment
    if metric == "headache_day" and profile.headache_days_before_treatment is not None:
        return profile.headache_days_before_treatment / 30
    return None


def session_days(injections: list[Injection], indication: Indication) -> list[dt.date]:
    return sorted({i.day for i in injections if i.indication is indication})


def cycles(entries: list[Entry], injections: list[Injection], profile: Profile) -> list[dict]:
    """Every track's cycles, track by track in the order of Indication, oldest first."""
    rows = []
    for indication in Indication:
        days = session_days(injections, indication)
        if not days:
            continue
        metric = judged_metric(indication)
        values = daily_values(entries, metric)
        course, number, course_first = 0, 0, days[0]
        for i, d in enumerate(days):
            if i == 0 or (d - days[i - 1]).days > 180:
                course, number, course_first = course + 1, 1, d
            else:
                number += 1
            rows.append(
                cycle(values, metric, injections, indication, days, i, profile, course_first)
                | {"indication": indication, "course": course, "number": number}
            )
    return rows


def cycle(
    values: dict[dt.date, int],
    metric: str,
    injections: list[Injection],
    indication: Indication,
    days: list[dt.date],
    i: int,
    profile: Profile,
    course_first: dt.date,
) -> dict:
    d = days[i]
    if i + 1 < len(days):
        length = (days[i + 1] - d).days - 1
        complete = (days[i + 1] - d).days <= 180
    else:
        last_logged = max(values) if values else None
        length = (last_logged - d).days if last_logged is not None and last_logged > d else 0
        complete = False
    pre = mean_over(values, d - 14 * ONE_DAY, d - ONE_DAY, 7)
    reference = mean_over(values, course_first - 28 * ONE_DAY, course_first - ONE_DAY, 7)
    kind = "before_course"
    if reference is None:
        reference, kind = profile_level(profile, metric), "profile"
    if reference is None:
        reference, kind = pre, "pre_injection"
    if reference is None:
        kind = None
    own = [j for j in injections if j.day == d and j.indication is indication]
    window = (
        min(j.windows.onset_min_days for j in own),
        max(j.windows.onset_max_days for j in own),
    )
    row = {
        "day": d,
        "metric": metric,
        "length": length,
        "complete": complete,
        "reference": reference,
        "reference_kind": kind,
        "pre_injection": pre,
        "units": sum(j.units for j in own),
        "onset": None,
        "status": "not_detected",
        "peak": None,
        "wear_off": None,
        "relief": None,
        "without": None,
    }
    if reference is None or reference <= 0:
        return row
    limit = 0.7 * reference + 1e-9
    levels = {k: level(values, metric, d + k * ONE_DAY) for k in range(1, length + 1)}

    def improved(k: int) -> bool:
        return levels[k] is not None and levels[k] <= limit

    def not_improved(k: int) -> bool:
        return levels[k] is not None and levels[k] > limit

    def holds(k: int, test: Any) -> bool:
        """Day k passes ``test``, and so does every day in k … k+6 with a defined level."""
        return test(k) and all(test(j) for j in range(k, k + 7) if levels[j] is not None)

    onset = None
    for k in range(1, length + 1):
        if k + 6 <= length and holds(k, improved):
            onset = k
            break
    wear_off = None
    if onset is not None:
        for k in range(onset + 1, length + 1):
            if k + 6 <= length and holds(k, not_improved):
                wear_off = k
                break
    gains = [(reference - v) / reference * 100 for v in levels.values() if v is not None]
    row["onset"], row["wear_off"] = onset, wear_off
    row["peak"] = max(gains) if gains else None
    if kind in ("before_course", "profile") and pre is not None and pre <= limit:
        row["status"] = "carried_over"
    elif onset is None:
        row["status"] = "not_detected"
    elif onset < window[0]:
        row["status"] = "early"
    elif onset > window[1]:
        row["status"] = "late"
    else:
        row["status"] = "expected"
    if onset is not None:
        row["relief"] = wear_off - onset if wear_off is not None else length - onset + 1
        if complete:
            row["without"] = length - wear_off + 1 if wear_off is not None else 0
    return row


def summary(rows: list[dict], indication: Indication) -> Any:
    own = [r for r in rows if r["indication"] is indication]
    if not own:
        return None
    course = own[-1]["course"]
    latest = [r for r in own if r["course"] == course and r["complete"]][-4:]

    def med(values: list[Any]) -> Any:
        values = [v for v in values if v is not None]
        return median(values) if values else None

    return {
        "cycles": len(latest),
        "onset": med([r["onset"] for r in latest if r["status"] in ("early", "expected", "late")]),
        "wear_off": med([r["wear_off"] for r in latest]),
        "interval": med([r["length"] + 1 for r in latest]),
        "without": med([r["without"] for r in latest]),
    }


def months(entries: list[Entry]) -> list[dict]:
    """One dict per calendar month holding an entry, oldest first."""
    keys = sorted({(e.day.year, e.day.month) for e in entries})
    rows = [month(entries, year, number) for year, number in keys]
    for i, row in enumerate(rows):
        row["persisting"] = []
        for flag in row["overuse"]:
            for start in range(i - 2, i + 1):
                window = rows[start : start + 3] if start >= 0 else []
                if (
                    len(window) == 3
                    and all(flag in r["overuse"] for r in window)
                    and consecutive([r["month"] for r in window])
                ):
                    row["persisting"].append(flag)
                    break
    return rows


def consecutive(firsts: list[dt.date]) -> bool:
    return all(
        (firsts[i + 1].year * 12 + firsts[i + 1].month) - (firsts[i].year * 12 + firsts[i].month)
        == 1
        for i in range(len(firsts) - 1)
    )


def taken(entry: Entry) -> set[str]:
    """The classes the day counts as taken: those whose number is at least 1."""
    return {dose.medication_class.value for dose in entry.medication if dose.count >= 1}


def month(entries: list[Entry], year: int, number: int) -> dict:
    own = [e for e in entries if (e.day.year, e.day.month) == (year, number)]
    logged = [e for e in own if e.headache_severity is not None]
    headache = [e for e in logged if e.headache_severity >= 1]
    with_hours = [e for e in headache if e.headache_hours is not None]
    recorded = any(e.medication_recorded or e.medication for e in own)
    row: dict[str, Any] = {
        "month": dt.date(year, number, 1),
        "logged": len(logged),
        "headache": len(headache),
        "moderate_severe": len([e for e in headache if e.headache_severity >= 4]),
        "long": len([e for e in with_hours if e.headache_hours >= 4]) if with_hours else None,
        "partial": len(logged) < 21,
        "overuse": [],
    }
    for cls in MedicationClass:
        taken = [
            e for e in own if any(d.medication_class is cls and d.count >= 1 for d in e.medication)
        ]
        row[cls.value] = len(taken) if recorded else None
    acute_days = [
        e
        for e in own
        if any(d.medication_class.value in ACUTE and d.count >= 1 for d in e.medication)
    ]
    row["acute"] = len(acute_days) if recorded else None
    if recorded:
        row["overuse"] = [c for c in ACUTE if row[c] >= THRESHOLDS[c]]
        if not row["overuse"] and row["acute"] >= 10:
            row["overuse"] = ["multiple_classes"]
    return row
