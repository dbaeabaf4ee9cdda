"""The Journal's table models: Qt's model contract, display texts, sorting and look-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    SideEffect,
)
from journal_app.ui.models.entries_model import SORT_ROLE, EntriesTableModel
from journal_app.ui.models.injections_model import InjectionsTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
SPASM_WINDOWS = ExpectedWindows(7, 28, 112, 140)

FULL_ENTRY = Entry(
    day=dt.date(2024, 3, 12),
    spasm_severity=4,
    headache_severity=7,
    headache_hours=2.5,
    spasm_episodes=3,
    medication=(
        MedicationDose(MedicationClass.TRIPTAN, 1),
        MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 2),
    ),
    side_effects=(SideEffect.NECK_PAIN, SideEffect.OTHER),
    side_effect_other="itchy scalp",
    triggers=("stress", "red wine"),
    notes="Slept badly.",
)

FULL_INJECTION = Injection(
    day=dt.date(2024, 3, 12),
    product=Product.ABOBOTULINUMTOXIN_A,
    units=500.0,
    indication=Indication.CERVICAL_DYSTONIA,
    windows=SPASM_WINDOWS,
    sites="left sternocleidomastoid",
    clinician="Dr Ames",
    lot="D1234",
    notes="Went well.",
    id=7,
)


@pytest.fixture(autouse=True)
def us_english() -> Iterator[None]:
    """Models read the default locale when built; pin it so the expected texts are known."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def row_texts(model: EntriesTableModel | InjectionsTableModel, row: int) -> list[str]:
    return [model.index(row, column).data(DISPLAY) for column in range(model.columnCount())]


def sorted_column(model: EntriesTableModel | InjectionsTableModel, column: int) -> list[str]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    return [proxy.index(row, column).data(DISPLAY) for row in range(proxy.rowCount())]


def entries_model(entries: list[Entry]) -> EntriesTableModel:
    model = EntriesTableModel()
    model.set_entries(entries)
    return model


def injections_model(injections: list[Injection]) -> InjectionsTableModel:
    model = InjectionsTableModel()
    model.set_injections(injections)
    return model


def injection_on(day: dt.date, units: float = 100.0, injection_id: int | None = None) -> Injection:
    return Injection(
        day,
        Product.ONABOTULINUMTOXIN_A,
        units,
        Indication.SPASTICITY,
        SPASM_WINDOWS,
        id=injection_id,
    )


# --- Qt's model contract ---------------------------------------------------------------------


@pytest.mark.parametrize("force_py", [False, True])
def test_entries_model_passes_the_model_tester(qtmodeltester, force_py: bool) -> None:
    model = EntriesTableModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_entries([FULL_ENTRY, Entry(dt.date(2024, 3, 13))])
    model.set_entries([])
    model.set_entries([Entry(dt.date(2024, 3, 14), spasm_severity=2)])


@pytest.mark.parametrize("force_py", [False, True])
def test_injections_model_passes_the_model_tester(qtmodeltester, force_py: bool) -> None:
    model = InjectionsTableModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_injections([FULL_INJECTION, injection_on(dt.date(2024, 6, 1))])
    model.set_injections([])
    model.set_injections([injection_on(dt.date(2024, 7, 1), units=12.5)])


def test_tables_have_no_children_and_translated_headers() -> None:
    entries = entries_model([FULL_ENTRY])
    injections = injections_model([FULL_INJECTION])
    for model in (entries, injections):
        assert model.rowCount(model.index(0, 0)) == 0
        assert model.columnCount(model.index(0, 0)) == 0
    entry_headers = [
        entries.headerData(c, Qt.Orientation.Horizontal) for c in range(entries.columnCount())
    ]
    assert entry_headers == [
        "Date",
        "Spasm",
        "Headache",
        "Headache hours",
        "Spasm episodes",
        "Medication",
        "Side effects",
        "Triggers",
        "Notes",
    ]
    assert injections.headerData(InjectionsTableModel.COL_UNITS, Qt.Orientation.Horizontal) == (
        "Units"
    )
    assert injections.headerData(InjectionsTableModel.COL_ONSET, Qt.Orientation.Horizontal) == (
        "Expected onset"
    )


# --- display ---------------------------------------------------------------------------------


def test_full_entry_is_shown_in_human_words() -> None:
    assert row_texts(entries_model([FULL_ENTRY]), 0) == [
        "3/12/24",
        "4",
        "7",
        "2.5",
        "3",
        "Triptan ×1, Simple analgesic ×2",
        "Neck pain, Other: itchy scalp",
        "stress, red wine",
        "Slept badly.",
    ]


def test_unlogged_values_show_a_dash_and_empty_lists_nothing() -> None:
    assert row_texts(entries_model([Entry(dt.date(2023, 12, 1))]), 0) == [
        "12/1/23",
        "—",
        "—",
        "—",
        "—",
        "",
        "",
        "",
        "",
    ]


def test_medication_not_recorded_is_a_dash_and_none_taken_is_empty() -> None:
    model = entries_model(
        [Entry(dt.date(2024, 1, 1)), Entry(dt.date(2024, 1, 2), medication_recorded=False)]
    )
    column = EntriesTableModel.COL_MEDICATION
    assert [model.index(row, column).data(DISPLAY) for row in range(2)] == ["", "—"]
    assert [model.index(row, column).data(SORT_ROLE) for row in range(2)] == [0, -1]


def test_no_headache_is_zero_not_a_dash() -> None:
    model = entries_model([Entry(dt.date(2024, 1, 1), headache_severity=0, headache_hours=0)])
    assert model.index(0, EntriesTableModel.COL_HEADACHE).data(DISPLAY) == "0"
    assert model.index(0, EntriesTableModel.COL_HEADACHE_HOURS).data(DISPLAY) == "0"


def test_other_side_effect_without_text_is_just_other() -> None:
    entry = Entry(dt.date(2024, 1, 1), side_effects=(SideEffect.OTHER, SideEffect.BLURRED_VISION))
    model = entries_model([entry])
    assert model.index(0, EntriesTableModel.COL_SIDE_EFFECTS).data(DISPLAY) == (
        "Other, Blurred vision"
    )


def test_long_notes_are_shortened_with_the_whole_text_as_tooltip() -> None:
    notes = "Headache started after lunch and lasted into the evening, worse with light.\nSlept."
    model = entries_model([Entry(dt.date(2024, 1, 1), notes=notes), FULL_ENTRY])
    long_cell = model.index(0, EntriesTableModel.COL_NOTES)
    shown = long_cell.data(DISPLAY)
    assert shown.endswith("…")
    assert len(shown) <= 60
    assert notes.startswith(shown[:-1])
    assert long_cell.data(Qt.ItemDataRole.ToolTipRole) == notes
    assert model.index(1, EntriesTableModel.COL_NOTES).data(Qt.ItemDataRole.ToolTipRole) is None


def test_numbers_are_right_aligned_and_text_is_not() -> None:
    model = entries_model([FULL_ENTRY])
    for column in (EntriesTableModel.COL_SPASM, EntriesTableModel.COL_HEADACHE_HOURS):
        alignment = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        assert alignment & Qt.AlignmentFlag.AlignRight
    assert (
        model.index(0, EntriesTableModel.COL_NOTES).data(Qt.ItemDataRole.TextAlignmentRole) is None
    )
    injections = injections_model([FULL_INJECTION])
    units = injections.index(0, InjectionsTableModel.COL_UNITS)
    assert units.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_full_injection_is_shown_in_human_words() -> None:
    assert row_texts(injections_model([FULL_INJECTION]), 0) == [
        "3/12/24",
        "Dysport (abobotulinumtoxinA)",
        "500",
        "Cervical dystonia",
        "left sternocleidomastoid",
        "Dr Ames",
        "D1234",
        "7–28 days",
        "112–140 days",
        "Went well.",
    ]


@pytest.mark.parametrize(("units", "shown"), [(12.5, "12.5"), (155.0, "155"), (1500.0, "1,500")])
def test_units_have_no_trailing_zero(units: float, shown: str) -> None:
    model = injections_model([injection_on(dt.date(2024, 1, 1), units=units)])
    assert model.index(0, InjectionsTableModel.COL_UNITS).data(DISPLAY) == shown


def test_migraine_injection_windows_and_brand_names() -> None:
    injection = Injection(
        dt.date(2024, 1, 1),
        Product.RIMABOTULINUMTOXIN_B,
        2500,
        Indication.CHRONIC_MIGRAINE,
        ExpectedWindows(14, 28, 70, 84),
    )
    texts = row_texts(injections_model([injection]), 0)
    assert texts[InjectionsTableModel.COL_PRODUCT] == "Myobloc / NeuroBloc (rimabotulinumtoxinB)"
    assert texts[InjectionsTableModel.COL_ONSET] == "14–28 days"
    assert texts[InjectionsTableModel.COL_REINJECTION] == "70–84 days"


# --- sorting ---------------------------------------------------------------------------------


def test_entries_sort_by_date_not_by_text() -> None:
    days = [dt.date(2024, 3, 5), dt.date(2023, 12, 1), dt.date(2024, 10, 2), dt.date(2024, 2, 29)]
    model = entries_model([Entry(day) for day in days])
    assert sorted_column(model, EntriesTableModel.COL_DATE) == [
        "12/1/23",
        "2/29/24",
        "3/5/24",
        "10/2/24",
    ]


def test_severity_sorts_numerically_with_not_logged_first() -> None:
    severities = [5, None, 0, 10, None, 3]
    start = dt.date(2024, 1, 1)
    model = entries_model(
        [
            Entry(start + dt.timedelta(days=i), spasm_severity=severity)
            for i, severity in enumerate(severities)
        ]
    )
    assert sorted_column(model, EntriesTableModel.COL_SPASM) == ["—", "—", "0", "3", "5", "10"]


def test_headache_hours_sort_numerically_with_not_logged_first() -> None:
    hours = [12.0, 2.5, None, 0.5]
    start = dt.date(2024, 1, 1)
    model = entries_model(
        [Entry(start + dt.timedelta(days=i), headache_hours=h) for i, h in enumerate(hours)]
    )
    assert sorted_column(model, EntriesTableModel.COL_HEADACHE_HOURS) == ["—", "0.5", "2.5", "12"]


def test_injections_sort_by_units_and_date() -> None:
    injections = [
        injection_on(dt.date(2024, 3, 1), units=155),
        injection_on(dt.date(2023, 11, 20), units=12.5),
        injection_on(dt.date(2024, 10, 1), units=1500),
        injection_on(dt.date(2024, 6, 2), units=50),
    ]
    model = injections_model(injections)
    assert sorted_column(model, InjectionsTableModel.COL_UNITS) == ["12.5", "50", "155", "1,500"]
    assert sorted_column(model, InjectionsTableModel.COL_DATE) == [
        "11/20/23",
        "3/1/24",
        "6/2/24",
        "10/1/24",
    ]


# --- look-ups and resets ---------------------------------------------------------------------


def test_row_of_finds_the_entry_of_a_day() -> None:
    entries = [Entry(dt.date(2024, 1, d), spasm_severity=d) for d in (3, 1, 2)]
    model = entries_model(entries)
    assert model.row_of(dt.date(2024, 1, 1)) == 0  # rows are kept in date order
    assert model.entry_at(model.row_of(dt.date(2024, 1, 2))).spasm_severity == 2
    assert model.row_of(dt.date(2024, 1, 4)) is None


def test_row_of_id_finds_the_injection() -> None:
    injections = [
        injection_on(dt.date(2024, 1, 1), units=10, injection_id=5),
        injection_on(dt.date(2024, 4, 1), units=20, injection_id=9),
        injection_on(dt.date(2024, 7, 1), units=30),
    ]
    model = injections_model(injections)
    assert model.row_of_id(9) == 1
    assert model.injection_at(model.row_of_id(5)).units == 10
    assert model.row_of_id(6) is None


def test_a_different_set_of_entries_resets_the_model(qtbot) -> None:
    model = entries_model([Entry(dt.date(2024, 1, 1)), Entry(dt.date(2024, 1, 2))])
    replacement = [Entry(dt.date(2025, 5, 5), spasm_severity=9)]
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        model.set_entries(replacement)
    assert model.rowCount() == 1
    assert model.entry_at(0) == replacement[0]
    assert model.row_of(dt.date(2024, 1, 1)) is None
    assert model.row_of(dt.date(2025, 5, 5)) == 0


def _days(count: int) -> list[Entry]:
    return [
        Entry(dt.date(2024, 1, 1) + dt.timedelta(days=n), spasm_severity=1) for n in range(count)
    ]


def _signals(model: EntriesTableModel) -> list[tuple[str, tuple[int, ...]]]:
    """What the model tells its views, recorded as (signal, rows)."""
    seen: list[tuple[str, tuple[int, ...]]] = []
    model.modelReset.connect(lambda: seen.append(("reset", ())))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", (first, last))))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("removed", (first, last))))
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): seen.append(("changed", (top.row(), bottom.row())))
    )
    return seen


def test_a_changed_entry_updates_only_its_row() -> None:
    entries = _days(10)
    model = entries_model(entries)  # oldest first: row n is day n
    seen = _signals(model)
    changed = [*entries[:4], Entry(entries[4].day, spasm_severity=8), *entries[5:]]
    model.set_entries(changed)
    assert seen == [("changed", (4, 4))]
    assert model.entry_at(4).spasm_severity == 8


def test_a_new_entry_is_inserted_where_it_sorts() -> None:
    entries = _days(10)
    model = entries_model([*entries[:6], *entries[7:]])
    seen = _signals(model)
    model.set_entries(entries)
    assert seen == [("inserted", (6, 6))]
    assert model.row_of(entries[6].day) == 6 and model.row_of(entries[9].day) == 9


def test_a_deleted_entry_removes_only_its_row() -> None:
    entries = _days(10)
    model = entries_model(entries)
    seen = _signals(model)
    model.set_entries([*entries[:2], *entries[3:]])
    assert seen == [("removed", (2, 2))]
    assert model.row_of(entries[2].day) is None and model.row_of(entries[3].day) == 2


def _selected_rows_after(qtbot, model: EntriesTableModel, row: int, change) -> list[int]:
    """Select ``row`` in a table showing ``model``, make ``change``: the rows selected then."""
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(row)
    change()
    return [index.row() for index in view.selectionModel().selectedRows()]


def test_a_save_keeps_the_selection_in_the_table(qtbot) -> None:
    entries = _days(30)
    model = entries_model(entries)
    saved = [*entries[:5], Entry(entries[5].day, spasm_severity=3), *entries[6:]]
    assert _selected_rows_after(qtbot, model, 20, lambda: model.set_entries(saved)) == [20]


def test_sorting_moves_the_selection_with_its_record(qtbot) -> None:
    entries = _days(5)
    model = entries_model(entries)

    def newest_first() -> None:
        model.sort(model.COL_DATE, Qt.SortOrder.DescendingOrder)

    assert _selected_rows_after(qtbot, model, 1, newest_first) == [3]
    assert model.entry_at(3) is entries[1]


def test_an_edit_that_moves_its_row_keeps_the_selection_on_that_record(qtbot) -> None:
    """Sorted by spasm, a day edited from 1 to 9 moves to the end: the selection follows it,
    so Delete then deletes the day the user chose, not whatever took its row."""
    entries = [
        Entry(dt.date(2024, 1, 1) + dt.timedelta(days=n), spasm_severity=n) for n in range(1, 9)
    ]
    model = entries_model(entries)
    model.sort(model.COL_SPASM, Qt.SortOrder.AscendingOrder)
    edited = Entry(entries[0].day, spasm_severity=10)

    def save_the_edit() -> None:
        model.set_entries([edited, *entries[1:]])

    assert _selected_rows_after(qtbot, model, 0, save_the_edit) == [7]
    assert model.entry_at(7) == edited


def test_emptying_the_injections_removes_their_rows(qtbot) -> None:
    model = injections_model([injection_on(dt.date(2024, 1, 1), injection_id=1)])
    with qtbot.waitSignals([model.rowsAboutToBeRemoved, model.rowsRemoved], order="strict"):
        model.set_injections([])
    assert model.rowCount() == 0
    assert model.row_of_id(1) is None
