"""The dialog that records a new injection or edits one, with its expected windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.metrics import SOURCE_PATIENT_GUIDANCE, TRACKS
from journal_app.domain.models import ExpectedWindows, Indication, Injection, Product
from journal_app.domain.validation import (
    MAX_UNITS,
    MAX_WINDOW_DAYS,
    Problem,
    injection_problems,
)
from journal_app.domain.windows import short_interval
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.widgets.form_helpers import (
    add_form_row,
    caption_label,
    grow_to_fit,
    make_date_edit,
    make_label,
    plain_label_text,
    problem_label,
    set_tab_order,
    show_problems,
    to_date,
)
from journal_app.wording.labels import indication_label, product_label
from journal_app.wording.text import short_date

UNITS_STEP = 0.5
NOTES_LINES = 4


class InjectionDialog(QDialog):
    """Records a new injection (``injection`` None) or edits one, keeping its id."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: dt.date,
        existing: Sequence[Injection],
        windows_for: Callable[[Indication], ExpectedWindows],
        injection: Injection | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._editing = injection
        self._shown_once = False
        self._others = [i for i in existing if not _is_same_injection(i, injection)]
        self._windows_for = windows_for
        self._windows_edited = False
        self.setWindowTitle(self.tr("Edit injection") if injection else self.tr("Record injection"))
        self.setMinimumWidth(560)
        self._build_fields(injection.day if injection else today)
        self._build_layout()
        self._fill(injection if injection else self._template_for_new())
        self._connect_signals()
        self._update_interval_warning()
        self._show_window_dates()

    # --- building -----------------------------------------------------------------------------

    def _build_fields(self, day: dt.date) -> None:
        self.date_edit = make_date_edit(day, maximum=max(day, self._today))
        self.product_combo = QComboBox()
        for product in Product:
            self.product_combo.addItem(product_label(product), product.value)
        self.units_spin = QDoubleSpinBox()
        self.units_spin.setRange(0, MAX_UNITS)
        self.units_spin.setDecimals(1)
        self.units_spin.setSingleStep(UNITS_STEP)
        self.units_spin.setSuffix(self.tr(" units"))
        self.indication_combo = QComboBox()
        for indication in Indication:
            self.indication_combo.addItem(indication_label(indication), indication.value)
        self.sites_edit = QLineEdit()
        self.sites_edit.setPlaceholderText(self.tr("e.g. forehead, temples, neck"))
        self.clinician_edit = QLineEdit()
        self.lot_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        line_height = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(line_height * NOTES_LINES + 12)
        self.onset_min_spin = self._days_spin()
        self.onset_max_spin = self._days_spin()
        self.reinjection_min_spin = self._days_spin()
        self.reinjection_max_spin = self._days_spin()
        self.default_windows_button = QPushButton(self.tr("Use default &windows"))
        self.default_windows_button.setAutoDefault(False)
        self.default_windows_button.setAccessibleName(
            plain_label_text(self.default_windows_button.text())
        )
        self.interval_warning = QWidget()
        self.interval_warning_text = QLabel()
        self.problems_label = problem_label()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

    def _days_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_WINDOW_DAYS)
        spin.setSuffix(self.tr(" days"))
        return spin

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {
            "date": add_form_row(form, self.tr("&Date:"), self.date_edit),
            "product": add_form_row(form, self.tr("&Product:"), self.product_combo),
            "units": add_form_row(form, self.tr("&Units:"), self.units_spin),
        }
        form.addRow(
            "",
            caption_label(
                self.tr(
                    "Units of different products are not interchangeable and are never converted."
                ),
                wrap=False,
            ),
        )
        self._labels |= {
            "indication": add_form_row(form, self.tr("&Indication:"), self.indication_combo),
            "sites": add_form_row(form, self.tr("&Sites:"), self.sites_edit),
            "clinician": add_form_row(form, self.tr("&Clinician:"), self.clinician_edit),
            "lot": add_form_row(form, self.tr("&Lot number:"), self.lot_edit),
            "notes": add_form_row(form, self.tr("&Notes:"), self.notes_edit),
        }
        self._build_interval_warning()
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(form)
        fields.addWidget(self.interval_warning)
        fields.addWidget(self._windows_group())
        fields.addStretch(1)
        # The fields scroll on a small screen; the problems and OK stay in sight.
        layout = QVBoxLayout(self)
        layout.addWidget(FittingScrollArea(body, self), 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.button_box)
        self._set_tab_order()

    def _build_interval_warning(self) -> None:
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning_icon.pixmap(size, size))
        self.interval_warning_text.setWordWrap(True)
        row = QHBoxLayout(self.interval_warning)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.interval_warning_text, 1)

    def _windows_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Expected windows"))
        grid = QGridLayout()
        spins = {
            "onset_min_days": (self.tr("Onset &from:"), self.onset_min_spin, 0, 0),
            "onset_max_days": (self.tr("Onset &to:"), self.onset_max_spin, 0, 2),
            "reinjection_min_days": (
                self.tr("&Re-injection from:"),
                self.reinjection_min_spin,
                1,
                0,
            ),
            "reinjection_max_days": (self.tr("R&e-injection to:"), self.reinjection_max_spin, 1, 2),
        }
        for name, (text, spin, row, column) in spins.items():
            self._labels[name] = make_label(text, spin)
            grid.addWidget(self._labels[name], row, column)
            grid.addWidget(spin, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        # The same windows as dates: days after an injection are hard to count on a calendar.
        self.window_dates = QLabel()
        self.window_dates.setWordWrap(True)
        self.window_dates.setAccessibleName(self.tr("Expected windows as dates"))
        grid.addWidget(self.window_dates, 2, 0, 1, 4)
        self.windows_source = caption_label("")
        # Side by side, not one under the other: the dialog must fit a 1080p screen at 200%.
        below = QHBoxLayout()
        below.addWidget(self.windows_source, 1)
        below.addWidget(self.default_windows_button, 0, Qt.AlignmentFlag.AlignTop)
        stack = QVBoxLayout(group)
        stack.addLayout(grid)
        stack.addLayout(below)
        return group

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.date_edit,
            self.product_combo,
            self.units_spin,
            self.indication_combo,
            self.sites_edit,
            self.clinician_edit,
            self.lot_edit,
            self.notes_edit,
            self.onset_min_spin,
            self.onset_max_spin,
            self.reinjection_min_spin,
            self.reinjection_max_spin,
            self.default_windows_button,
            self.button_box,
        ]
        set_tab_order(chain)

    def _connect_signals(self) -> None:
        self.date_edit.dateChanged.connect(self._update_interval_warning)
        self.indication_combo.currentIndexChanged.connect(self._on_indication_changed)
        self.indication_combo.currentIndexChanged.connect(self._update_interval_warning)
        for spin in self._window_spins():
            spin.valueChanged.connect(self._on_window_edited)
            spin.valueChanged.connect(self._show_window_dates)
        self.date_edit.dateChanged.connect(self._show_window_dates)
        # Once problems are listed, each goes as soon as its field is put right.
        for changed in (
            self.date_edit.dateChanged,
            self.units_spin.valueChanged,
            self.product_combo.currentIndexChanged,
            self.indication_combo.currentIndexChanged,
            *(spin.valueChanged for spin in self._window_spins()),
            *(edit.textChanged for edit in (self.sites_edit, self.clinician_edit, self.lot_edit)),
            self.notes_edit.textChanged,
        ):
            changed.connect(self._recheck)
        self.default_windows_button.clicked.connect(self._use_default_windows)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    # --- filling and reading ------------------------------------------------------------------

    def _template_for_new(self) -> Injection:
        """A new injection repeats the latest session's treatment; its lot and notes are new."""
        indication = Indication.CHRONIC_MIGRAINE
        template = Injection(
            self._today, Product.ONABOTULINUMTOXIN_A, 0, indication, self._windows_for(indication)
        )
        if not self._others:
            return template
        latest = max(self._others, key=lambda i: i.day)
        return Injection(
            day=self._today,
            product=latest.product,
            units=latest.units,
            indication=latest.indication,
            windows=self._windows_for(latest.indication),
            sites=latest.sites,
            clinician=latest.clinician,
        )

    def _fill(self, injection: Injection) -> None:
        self.product_combo.setCurrentIndex(self.product_combo.findData(injection.product.value))
        self.units_spin.setValue(injection.units)
        with QSignalBlocker(self.indication_combo):
            index = self.indication_combo.findData(injection.indication.value)
            self.indication_combo.setCurrentIndex(index)
        self.sites_edit.setText(injection.sites)
        self.clinician_edit.setText(injection.clinician)
        self.lot_edit.setText(injection.lot)
        self.notes_edit.setPlainText(injection.notes)
        self._show_windows(injection.windows)
        self._windows_edited = injection.windows != self._windows_for(injection.indication)
        self._show_windows_source()

    def _window_spins(self) -> tuple[QSpinBox, QSpinBox, QSpinBox, QSpinBox]:
        return (
            self.onset_min_spin,
            self.onset_max_spin,
            self.reinjection_min_spin,
            self.reinjection_max_spin,
        )

    def _show_windows(self, windows: ExpectedWindows) -> None:
        values = (
            windows.onset_min_days,
            windows.onset_max_days,
            windows.reinjection_min_days,
            windows.reinjection_max_days,
        )
        for spin, value in zip(self._window_spins(), values, strict=True):
            with QSignalBlocker(spin):
                spin.setValue(value)

    def _typed_windows(self) -> ExpectedWindows:
        return ExpectedWindows(*(spin.value() for spin in self._window_spins()))

    def _indication(self) -> Indication:
        return Indication(self.indication_combo.currentData())

    def injection(self) -> Injection:
        """The injection as typed (with the edited injection's id)."""
        return Injection(
            day=to_date(self.date_edit.date()),
            product=Product(self.product_combo.currentData()),
            units=self.units_spin.value(),
            indication=self._indication(),
            windows=self._typed_windows(),
            sites=self.sites_edit.text().strip(),
            clinician=self.clinician_edit.text().strip(),
            lot=self.lot_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
            id=self._editing.id if self._editing else None,
        )

    # --- reactions ----------------------------------------------------------------------------

    def _on_indication_changed(self) -> None:
        if not self._windows_edited:
            self._show_windows(self._windows_for(self._indication()))
        self._show_windows_source()

    def _show_windows_source(self) -> None:
        source = TRACKS[self._indication()].onset_source
        if source == SOURCE_PATIENT_GUIDANCE:
            text = self.tr(
                "Defaults from patient guidance on botulinum toxin treatment; "
                "editable for this injection. This journal is not medical advice."
            )
        else:
            text = self.tr(
                "Default onset from %1, the other defaults from patient guidance on botulinum "
                "toxin treatment; editable for this injection. This journal is not medical advice."
            ).replace("%1", QCoreApplication.translate("metrics", source))
        self.windows_source.setText(text)

    def _on_window_edited(self) -> None:
        self._windows_edited = True

    def _use_default_windows(self) -> None:
        self._show_windows(self._windows_for(self._indication()))
        self._windows_edited = False

    def _show_window_dates(self) -> None:
        day = to_date(self.date_edit.date())
        onset_min, onset_max, again_min, again_max = (s.value() for s in self._window_spins())
        text = (
            self.tr("Onset expected %1 – %2; re-injection window %3 – %4.")
            .replace("%1", short_date(day + dt.timedelta(days=onset_min)))
            .replace("%2", short_date(day + dt.timedelta(days=onset_max)))
            .replace("%3", short_date(day + dt.timedelta(days=again_min)))
            .replace("%4", short_date(day + dt.timedelta(days=again_max)))
        )
        self.window_dates.setText(text)

    def _recheck(self) -> None:
        if self.problems_label.isVisible():
            self._show_problems()

    def _show_problems(self) -> list[Problem]:
        problems = injection_problems(self.injection(), self._today)
        names = {field: plain_label_text(label.text()) for field, label in self._labels.items()}
        show_problems(self.problems_label, problems, names)
        return problems

    def _update_interval_warning(self) -> None:
        day = to_date(self.date_edit.date())
        nearby = short_interval(day, self._indication(), self._others)
        if nearby is None:
            self.interval_warning.hide()
            return
        lead = (
            self.tr("This is %n days before the injection of %1.", "", nearby.days)
            if nearby.after
            else self.tr("This is %n days after the injection of %1.", "", nearby.days)
        ).replace("%1", short_date(nearby.day))
        self.interval_warning_text.setText(
            lead
            + " "
            + self.tr(
                "Re-injecting sooner than 12 weeks raises the risk of neutralising antibodies "
                "(clinical literature)."
            )
        )
        self.interval_warning.show()
        grow_to_fit(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)
        if self._editing is None and not self._shown_once:
            # A new injection is usually today's, with the last product prefilled: the units
            # are what is left to type, so "155, Enter" records it.
            self.units_spin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.units_spin.selectAll()
        self._shown_once = True

    def accept(self) -> None:
        """Saves only a valid injection; otherwise lists the problems and keeps what was typed."""
        problems = self._show_problems()
        grow_to_fit(self)
        if problems:
            label = self._labels.get(problems[0].field)
            if label is not None and label.buddy() is not None:
                label.buddy().setFocus()
            return
        super().accept()


def _is_same_injection(candidate: Injection, edited: Injection | None) -> bool:
    if edited is None:
        return False
    return candidate is edited or (edited.id is not None and candidate.id == edited.id)
