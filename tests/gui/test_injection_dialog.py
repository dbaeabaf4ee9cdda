"""The injection dialog: default windows, the short-interval warning, validation, keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from journal_app.domain.models import ExpectedWindows, Indication, Injection, Product
from journal_app.ui.dialogs.injection_dialog import InjectionDialog
from journal_app.ui.widgets.date_field import DateField
from journal_app.ui.widgets.form_helpers import to_qdate
from journal_app.wording.text import short_date

# The offscreen platform warns whenever a shown window's size hints change.

TODAY = dt.date(2026, 11, 21)

#: Deliberately unlike the built-in defaults, so a prefilled value can only come from windows_for.
WINDOWS = {
    indication: ExpectedWindows(10 + i, 30 + i, 100 + i, 130 + i)
    for i, indication in enumerate(Indication)
}


def windows_for(indication: Indication) -> ExpectedWindows:
    return WINDOWS[indication]


def make_dialog(
    qtbot, existing: list[Injection] | None = None, injection: Injection | None = None
) -> InjectionDialog:
    dialog = InjectionDialog(
        None,
        today=TODAY,
        existing=existing or [],
        windows_for=windows_for,
        injection=injection,
    )
    qtbot.addWidget(dialog)
    return dialog


def shown(qtbot, dialog: QDialog) -> QDialog:
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def injection_on(day: dt.date, injection_id: int | None = None, **changes) -> Injection:
    values = {
        "product": Product.ONABOTULINUMTOXIN_A,
        "units": 155.0,
        "indication": Indication.CHRONIC_MIGRAINE,
        "windows": ExpectedWindows(14, 28, 70, 84),
    }
    return Injection(day, **(values | changes), id=injection_id)


def windows_shown(dialog: InjectionDialog) -> ExpectedWindows:
    return ExpectedWindows(
        dialog.onset_min_spin.value(),
        dialog.onset_max_spin.value(),
        dialog.reinjection_min_spin.value(),
        dialog.reinjection_max_spin.value(),
    )


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0
    combo.setCurrentIndex(index)


def click_ok(qtbot, dialog: InjectionDialog) -> None:
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def strip_label(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":")


def input_widgets(dialog: QDialog) -> list[QWidget]:
    """The inputs a user reaches, not the parts inside spin boxes, combos and calendars."""
    # A date field (its text and calendar button) is one input, named by its label.
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractButton, DateField)
    containers = (QAbstractSpinBox, QComboBox, QCalendarWidget, QDialogButtonBox, DateField)
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        parent, inside = widget.parentWidget(), False
        while parent is not None and parent is not dialog:
            inside = inside or isinstance(parent, containers)
            parent = parent.parentWidget()
        if not inside:
            found.append(widget)
    return found


# --- expected windows ------------------------------------------------------------------------


def test_windows_are_prefilled_from_the_indication(qtbot) -> None:
    dialog = make_dialog(qtbot)
    indication = Indication(dialog.indication_combo.currentData())
    assert windows_shown(dialog) == WINDOWS[indication]
    choose(dialog.indication_combo, Indication.CERVICAL_DYSTONIA.value)
    assert windows_shown(dialog) == WINDOWS[Indication.CERVICAL_DYSTONIA]
    choose(dialog.indication_combo, Indication.BLEPHAROSPASM.value)
    assert dialog.injection().windows == WINDOWS[Indication.BLEPHAROSPASM]


def test_edited_windows_survive_an_indication_change(qtbot) -> None:
    dialog = make_dialog(qtbot)
    choose(dialog.indication_combo, Indication.CERVICAL_DYSTONIA.value)
    dialog.reinjection_max_spin.setValue(200)
    choose(dialog.indication_combo, Indication.SPASTICITY.value)
    cervical = WINDOWS[Indication.CERVICAL_DYSTONIA]
    assert windows_shown(dialog) == ExpectedWindows(
        cervical.onset_min_days, cervical.onset_max_days, cervical.reinjection_min_days, 200
    )


def test_default_windows_button_restores_and_follows_the_indication_again(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    choose(dialog.indication_combo, Indication.HEMIFACIAL_SPASM.value)
    dialog.onset_min_spin.setValue(5)
    qtbot.mouseClick(dialog.default_windows_button, Qt.MouseButton.LeftButton)
    assert windows_shown(dialog) == WINDOWS[Indication.HEMIFACIAL_SPASM]
    choose(dialog.indication_combo, Indication.OTHER_SPASM.value)
    assert windows_shown(dialog) == WINDOWS[Indication.OTHER_SPASM]


def test_custom_windows_of_an_edited_injection_are_kept(qtbot) -> None:
    custom = ExpectedWindows(5, 40, 90, 150)
    dialog = make_dialog(qtbot, injection=injection_on(dt.date(2026, 5, 1), 3, windows=custom))
    assert windows_shown(dialog) == custom
    choose(dialog.indication_combo, Indication.SPASTICITY.value)
    assert windows_shown(dialog) == custom


def test_windows_caption_names_its_source_and_is_not_advice(qtbot) -> None:
    dialog = make_dialog(qtbot)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Defaults from patient guidance on botulinum toxin treatment" in texts
    assert "not medical advice" in texts
    assert "not interchangeable" in texts


# --- products --------------------------------------------------------------------------------


def test_product_combo_shows_brand_and_generic_names_with_codes_as_data(qtbot) -> None:
    dialog = make_dialog(qtbot)
    combo = dialog.product_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes == [product.value for product in Product]
    assert "Botox (onabotulinumtoxinA)" in texts
    assert "Dysport (abobotulinumtoxinA)" in texts
    assert "Myobloc / NeuroBloc (rimabotulinumtoxinB)" in texts
    assert texts[codes.index("incobotulinumtoxinA")] == "Xeomin (incobotulinumtoxinA)"


def test_new_injection_repeats_the_latest_treatment_but_not_its_lot(qtbot) -> None:
    older = injection_on(dt.date(2026, 1, 5), 1, units=100.0, clinician="Dr Old")
    latest = injection_on(
        dt.date(2026, 4, 5),
        2,
        product=Product.INCOBOTULINUMTOXIN_A,
        units=120.0,
        indication=Indication.CERVICAL_DYSTONIA,
        sites="neck",
        clinician="Dr Lee",
        lot="X9",
        notes="fine",
    )
    made = make_dialog(qtbot, existing=[latest, older]).injection()
    assert made == Injection(
        TODAY,
        Product.INCOBOTULINUMTOXIN_A,
        120.0,
        Indication.CERVICAL_DYSTONIA,
        WINDOWS[Indication.CERVICAL_DYSTONIA],
        sites="neck",
        clinician="Dr Lee",
    )
    assert made.id is None


# --- short interval --------------------------------------------------------------------------


def test_a_migraine_injection_is_warned_about_below_70_days_a_spasm_one_below_84(qtbot) -> None:
    previous = injection_on(dt.date(2026, 6, 1), 1)
    dialog = make_dialog(qtbot, existing=[previous])
    assert dialog.injection().indication is Indication.CHRONIC_MIGRAINE
    dialog.date_edit.setDate(to_qdate(previous.day + dt.timedelta(days=70)))
    assert not dialog.interval_warning.isVisibleTo(dialog)
    dialog.date_edit.setDate(to_qdate(previous.day + dt.timedelta(days=69)))
    assert dialog.interval_warning.isVisibleTo(dialog)
    text = dialog.interval_warning_text.text()
    assert f"69 days after the injection of {short_date(previous.day)}" in text
    assert "neutralising antibodies" in text
    # A spasm injection on day 70 is warned about: its threshold is 84 days.
    dialog.date_edit.setDate(to_qdate(previous.day + dt.timedelta(days=70)))
    choose(dialog.indication_combo, Indication.CERVICAL_DYSTONIA.value)
    assert dialog.interval_warning.isVisibleTo(dialog)
    assert "70 days after" in dialog.interval_warning_text.text()
    dialog.date_edit.setDate(to_qdate(previous.day + dt.timedelta(days=84)))
    assert not dialog.interval_warning.isVisibleTo(dialog)


def test_a_back_dated_injection_is_warned_about_the_session_after_it(qtbot) -> None:
    earlier = injection_on(dt.date(2026, 1, 5), 1)
    later = injection_on(dt.date(2026, 7, 24), 2)
    dialog = make_dialog(qtbot, existing=[earlier, later])
    dialog.date_edit.setDate(to_qdate(later.day - dt.timedelta(days=50)))
    assert dialog.interval_warning.isVisibleTo(dialog)
    text = dialog.interval_warning_text.text()
    assert f"50 days before the injection of {short_date(later.day)}" in text


def test_short_interval_warning_is_not_a_block(qtbot) -> None:
    previous = injection_on(dt.date(2026, 10, 1), 1)
    dialog = shown(qtbot, make_dialog(qtbot, existing=[previous]))
    assert dialog.interval_warning.isVisible()
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_edited_injection_is_not_its_own_previous_session(qtbot) -> None:
    first = injection_on(dt.date(2026, 1, 1), 1)
    second = injection_on(dt.date(2026, 3, 5), 2)
    dialog = make_dialog(qtbot, existing=[first, second], injection=second)
    assert "63 days" in dialog.interval_warning_text.text()
    dialog.date_edit.setDate(to_qdate(dt.date(2026, 4, 11)))
    assert not dialog.interval_warning.isVisibleTo(dialog)


# --- results ---------------------------------------------------------------------------------


def test_editing_keeps_the_id_and_every_field(qtbot) -> None:
    original = injection_on(
        dt.date(2026, 2, 3),
        42,
        product=Product.DAXIBOTULINUMTOXIN_A,
        units=37.5,
        indication=Indication.BLEPHAROSPASM,
        windows=ExpectedWindows(6, 21, 100, 120),
        sites="eyelids",
        clinician="Dr Ng",
        lot="L-77",
        notes="first line\nsecond line",
    )
    dialog = shown(qtbot, make_dialog(qtbot, injection=original))
    dialog.lot_edit.clear()
    qtbot.keyClicks(dialog.lot_edit, "L-78")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    edited = dialog.injection()
    assert edited.id == 42
    assert edited == Injection(**(vars(original) | {"lot": "L-78"}))


def test_onset_ending_before_it_starts_is_shown_and_not_accepted(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    dialog.units_spin.setValue(100)
    qtbot.keyClicks(dialog.sites_edit, "forehead")
    dialog.onset_min_spin.setValue(20)
    dialog.onset_max_spin.setValue(10)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problems_label.isVisible()
    assert "Onset to" in dialog.problems_label.text()
    assert dialog.sites_edit.text() == "forehead"
    assert (dialog.onset_min_spin.value(), dialog.onset_max_spin.value()) == (20, 10)
    dialog.onset_max_spin.setValue(25)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.problems_label.isVisible()


def test_zero_units_are_refused(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    dialog.units_spin.setValue(0)
    click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Units" in dialog.problems_label.text()


def test_a_valid_dialog_returns_the_injection_typed(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    dialog.date_edit.setDate(to_qdate(dt.date(2026, 11, 2)))
    choose(dialog.product_combo, Product.ABOBOTULINUMTOXIN_A.value)
    dialog.units_spin.selectAll()
    qtbot.keyClicks(dialog.units_spin, "512.5")
    choose(dialog.indication_combo, Indication.CERVICAL_DYSTONIA.value)
    qtbot.keyClicks(dialog.sites_edit, "left SCM, right splenius")
    qtbot.keyClicks(dialog.clinician_edit, "Dr Okafor")
    qtbot.keyClicks(dialog.lot_edit, "DY-2291")
    qtbot.keyClicks(dialog.notes_edit, "Mild soreness.")
    dialog.onset_max_spin.setValue(35)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    cervical = WINDOWS[Indication.CERVICAL_DYSTONIA]
    assert dialog.injection() == Injection(
        day=dt.date(2026, 11, 2),
        product=Product.ABOBOTULINUMTOXIN_A,
        units=512.5,
        indication=Indication.CERVICAL_DYSTONIA,
        windows=ExpectedWindows(
            cervical.onset_min_days,
            35,
            cervical.reinjection_min_days,
            cervical.reinjection_max_days,
        ),
        sites="left SCM, right splenius",
        clinician="Dr Okafor",
        lot="DY-2291",
        notes="Mild soreness.",
    )
    assert dialog.injection().id is None


def test_date_cannot_be_set_after_today(qtbot) -> None:
    dialog = make_dialog(qtbot)
    dialog.date_edit.setDate(to_qdate(TODAY + dt.timedelta(days=5)))
    assert dialog.injection().day == TODAY
    assert dialog.date_edit.calendarPopup()


# --- keyboard and accessibility --------------------------------------------------------------


def test_enter_accepts_a_valid_injection(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    dialog.units_spin.setValue(155)
    qtbot.keyClicks(dialog.lot_edit, "A1")
    qtbot.keyClick(dialog.lot_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.injection().lot == "A1"


def test_enter_on_an_invalid_injection_keeps_the_dialog_open(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    dialog.units_spin.setValue(0)
    qtbot.keyClick(dialog.lot_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problems_label.isVisible()


def test_escape_cancels(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    qtbot.keyClick(dialog.sites_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_tab_order_follows_the_form(qtbot) -> None:
    dialog = make_dialog(qtbot)
    expected = [
        dialog.date_edit,
        dialog.product_combo,
        dialog.units_spin,
        dialog.indication_combo,
        dialog.sites_edit,
        dialog.clinician_edit,
        dialog.lot_edit,
        dialog.notes_edit,
        dialog.onset_min_spin,
        dialog.onset_max_spin,
        dialog.reinjection_min_spin,
        dialog.reinjection_max_spin,
    ]
    order, widget = [], dialog.date_edit
    for _ in range(1000):
        if widget in expected and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == expected


def test_every_input_is_named_after_its_visible_label(qtbot) -> None:
    dialog = make_dialog(qtbot)
    labels = {
        label.buddy(): strip_label(label.text())
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None
    }
    inputs = input_widgets(dialog)
    assert dialog.date_edit in inputs
    assert dialog.notes_edit in inputs
    for widget in inputs:
        name = widget.accessibleName()
        assert name, f"{type(widget).__name__} has no accessible name"
        if isinstance(widget, QAbstractButton):
            assert name == strip_label(widget.text())
        else:
            assert name == labels[widget]
    assert {labels[w] for w in inputs if w in labels} == {
        "Date",
        "Product",
        "Units",
        "Indication",
        "Sites",
        "Clinician",
        "Lot number",
        "Notes",
        "Onset from",
        "Onset to",
        "Re-injection from",
        "Re-injection to",
    }


def test_units_then_enter_records_a_repeat_injection(qtbot) -> None:
    previous = injection_on(TODAY - dt.timedelta(days=90), injection_id=1)
    dialog = shown(qtbot, make_dialog(qtbot, existing=[previous]))
    assert dialog.focusWidget() is dialog.units_spin
    qtbot.keyClicks(dialog.units_spin, "155")
    qtbot.keyClick(dialog.units_spin, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    recorded = dialog.injection()
    assert (recorded.day, recorded.units, recorded.product) == (TODAY, 155, previous.product)


def test_the_windows_show_as_dates_too(qtbot) -> None:
    dialog = make_dialog(qtbot)
    dialog.date_edit.setDate(to_qdate(dt.date(2026, 3, 2)))
    dialog.onset_min_spin.setValue(7)
    dialog.onset_max_spin.setValue(28)
    dialog.reinjection_min_spin.setValue(112)
    dialog.reinjection_max_spin.setValue(140)
    text = dialog.window_dates.text()
    for day in (
        dt.date(2026, 3, 9),
        dt.date(2026, 3, 30),
        dt.date(2026, 6, 22),
        dt.date(2026, 7, 20),
    ):
        assert short_date(day) in text, (day, text)


def test_a_problem_goes_as_soon_as_its_field_is_fixed(qtbot) -> None:
    dialog = shown(qtbot, make_dialog(qtbot))
    dialog.units_spin.setValue(0)
    dialog.accept()
    assert dialog.problems_label.isVisible() and "Units" in dialog.problems_label.text()
    dialog.units_spin.setValue(155)
    assert not dialog.problems_label.isVisible()
    assert dialog.isVisible()
