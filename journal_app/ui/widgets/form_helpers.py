"""Small helpers shared by the journal's form dialogs: labelled rows, captions, dates, problems."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from journal_app.domain.checkins import CheckInKind
from journal_app.domain.models import Indication, MedicationClass
from journal_app.domain.validation import EARLIEST_DATE, Problem, fill
from journal_app.ui.fitting import fit_to_screen
from journal_app.wording.labels import checkin_kind_label, indication_label, medication_label
from journal_app.wording.text import format_number

if TYPE_CHECKING:
    from journal_app.ui.widgets.date_field import DateField

#: The smallest control a shaky hand can hit, in logical pixels (PRODUCT.md §5).
MIN_TARGET = 32

_PROBLEM_COLOUR_ON_LIGHT = "#b00020"
_PROBLEM_COLOUR_ON_DARK = "#ff8a80"


def plain_label_text(text: str) -> str:
    """A label's text as read aloud: no "&" mnemonic markers and no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def make_label(text: str, buddy: QWidget) -> QLabel:
    """A visible label for ``buddy``; the buddy's accessible name is the label's text."""
    label = QLabel(text)
    label.setBuddy(buddy)
    buddy.setAccessibleName(plain_label_text(text))
    return label


def add_form_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    label = make_label(text, field)
    form.addRow(label, field)
    return label


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in the order given (a compound field by the part taking focus)."""
    for first, second in itertools.pairwise([w.focusProxy() or w for w in widgets]):
        QWidget.setTabOrder(first, second)


def caption_label(text: str, *, wrap: bool = True) -> QLabel:
    """An explanatory line under a field or group, a little smaller than body text.

    Inside a QFormLayout, pass ``wrap=False``: the form overestimates a wrapped label's height.
    """
    label = QLabel(text)
    label.setWordWrap(wrap)
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
    return label


def problem_label() -> QLabel:
    """A hidden, red, wrapped label where a dialog lists what stops it from being saved."""
    label = QLabel()
    label.setWordWrap(True)
    window_colour = label.palette().color(QPalette.ColorRole.Window)
    colour = (
        _PROBLEM_COLOUR_ON_DARK if window_colour.lightness() < 128 else _PROBLEM_COLOUR_ON_LIGHT
    )
    label.setStyleSheet(f"color: {colour};")
    label.hide()
    return label


def problem_text(problem: Problem) -> str:
    """What is wrong, in the user's language: the rule's template translated, then its dates,
    numbers and codes filled in as the locale writes them."""
    return fill(
        QCoreApplication.translate("validation", problem.template), problem.args, argument_text
    )


def argument_text(arg: object) -> str:
    """A message's argument as the user's locale writes it: dates, numbers, codes' names."""
    if isinstance(arg, dt.date):
        # As the form's date fields write it, so the message names what the field shows.
        locale = QLocale()
        return locale.toString(to_qdate(arg), locale_date_format(locale))
    if isinstance(arg, MedicationClass):
        return medication_label(arg)
    if isinstance(arg, Indication):
        return indication_label(arg)
    if isinstance(arg, CheckInKind):
        return checkin_kind_label(arg)
    if isinstance(arg, (int, float)):
        return format_number(QLocale(), arg)
    return str(arg)


def moment_text(moment: dt.datetime) -> str:
    """A moment (e.g. when a backup was taken) in the user's time zone and locale."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    #: A QDateTime format: day, abbreviated month, year, then the time (German: "d. MMM …").
    pattern = QCoreApplication.translate("restore", "d MMM yyyy, HH:mm")
    return QLocale().toString(when, pattern)


def problem_lines(problems: Sequence[Problem], field_names: Mapping[str, str]) -> list[str]:
    """One line per problem, named by the visible label of its field."""
    return [f"{field_names.get(p.field, p.field)}: {problem_text(p)}" for p in problems]


def show_problems(
    label: QLabel, problems: Sequence[Problem], field_names: Mapping[str, str]
) -> None:
    """One line per problem, named by the visible label of its field; hides an empty list."""
    lines = problem_lines(problems, field_names)
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


def grow_to_fit(widget: QWidget) -> None:
    """Makes a window tall enough for its wrapped labels at its current width.

    A top-level layout's minimum size ignores height-for-width (wrapped labels), so a caption or
    problem list appearing later would otherwise squeeze the fields over each other.
    """
    layout = widget.layout()
    # Before the first show, QWidget.show() picks the size itself; resizing earlier would stop it.
    if not widget.isVisible() or layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(widget.width())
    if widget.height() < needed:
        widget.resize(widget.width(), needed)
    fit_to_screen(widget)  # taller than the screen, it scrolls instead


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def locale_date_format(locale: QLocale) -> str:
    """The locale's short date format, with four-digit years (a two-digit year is ambiguous)."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # the C locale's own short format is no one's habit
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def make_date_edit(day: dt.date, maximum: dt.date | None = None) -> DateField:
    """A date field that takes the locale's format and ISO, with a calendar beside it."""
    from journal_app.ui.widgets.date_field import DateField

    edit = DateField(to_qdate(day))
    edit.setMinimumDate(to_qdate(EARLIEST_DATE))
    if maximum is not None:
        edit.setMaximumDate(to_qdate(maximum))
    return edit


def enlarge_targets(root: QWidget) -> None:
    """Every button, check box and field under ``root`` at least MIN_TARGET square."""
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, kinds) and not isinstance(widget.parentWidget(), kinds):
            widget.setMinimumHeight(max(widget.minimumHeight(), MIN_TARGET))
            widget.setMinimumWidth(max(widget.minimumWidth(), MIN_TARGET))
