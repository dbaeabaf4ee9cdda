"""Nothing in the clinician PDF is elided or cut off: every text run fits the box it is drawn in.

Ink.text, through which the report draws every string of its own (the charts draw theirs), is
wrapped to measure each run against its box, in English, German and Spanish.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF

from journal_app.domain.demo import generate_demo
from journal_app.domain.report import ReportOptions, Section, build_report
from journal_app.report import Paper, write_pdf
from journal_app.report.ink import Ink
from tests.unit import report_journals as hand
from tests.unit.report_journals import TODAY

from .test_pdf import text_of

JOURNALS: dict[str, Callable[[], object]] = {
    "demo": lambda: generate_demo(end=TODAY, years=3),
    "quiet": hand.quiet_for_a_year,
    "two indications": hand.two_indications,
    "restarted": hand.restarted_migraine,
}


@pytest.fixture
def misfits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text run drawn that does not fit its box (more than a twentieth of a point)."""
    found: list[str] = []
    drawn: list[int] = []
    original = Ink.text

    def measured(self: Ink, rect: QRectF, text: str, font, *args, **kwargs) -> None:
        drawn.append(1)
        over = self.misfit(rect, text, font, wrap=kwargs.get("wrap", False))
        if over > 0.05:
            found.append(f"{text!r} overflows its box by {over:.1f} pt")
        original(self, rect, text, font, *args, **kwargs)

    monkeypatch.setattr(Ink, "text", measured)
    yield found
    assert drawn, "the report drew no text through Ink.text: the check saw nothing"


def _render(journal, path: Path, paper: Paper = Paper.A4) -> list[str]:
    options = ReportOptions(sections=frozenset(Section))
    report = build_report(
        journal.profile, journal.entries, journal.injections, options, today=TODAY
    )
    write_pdf(report, path, paper=paper)
    return [text_of(page) for page in PdfReader(path).pages]


# Every journal once, the demo in each language: the longest words are German and Spanish.
CASES = [
    ("demo", "en"),
    ("demo", "de"),
    ("demo", "es"),
    ("quiet", "de"),
    ("two indications", "es"),
    ("restarted", "en"),
]


@pytest.mark.parametrize(("name", "language"), CASES, indirect=["language"])
def test_every_text_run_fits_its_box(
    name: str, language: str, misfits: list[str], tmp_path: Path
) -> None:
    pages = _render(JOURNALS[name](), tmp_path / "report.pdf")
    assert misfits == []
    assert not any("…" in page for page in pages)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_twenty_years_on_letter_paper_fit_too(
    language: str, misfits: list[str], tmp_path: Path
) -> None:
    pages = _render(generate_demo(end=TODAY, years=20), tmp_path / "long.pdf", Paper.LETTER)
    assert misfits == []
    assert not any("…" in page for page in pages)


def test_a_long_name_wraps_instead_of_being_cut(qapp, misfits: list[str], tmp_path: Path) -> None:
    journal = hand.two_indications()
    name = "Maximiliane Konstantina Wilhelmina von Hohenzollern-Sigmaringen-Habsburg"
    long = hand.HandMade(journal.entries, journal.injections, hand.Profile(name=name))
    first = _render(long, tmp_path / "name.pdf")[0]
    # Wrapped at its hyphen onto a second line, every letter of it is there.
    assert name.replace(" ", "") in first.replace(" ", "")
    assert misfits == []
