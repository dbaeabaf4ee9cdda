"""Every visible string of every window in Spanish and German, and complete .ts sources."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph as pg  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from journal_app import i18n
from journal_app.domain import validation
from journal_app.domain.demo import COVER_CLINICIAN, DEMO_CLINICIAN, DEMO_PROFILE
from journal_app.domain.models import (
    PRODUCT_BRANDS,
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
)
from journal_app.domain.windows import Countdown, WindowState
from journal_app.services.demo import create_demo_journal
from journal_app.settings import Settings
from journal_app.ui.charts.calendar_view import CalendarView
from journal_app.ui.main_window import MainWindow
from journal_app.ui.widgets.form_helpers import problem_text
from journal_app.ui.widgets.trends_page import TrendsPage, TrendsView
from journal_app.wording import labels, text

from .conftest import TODAY

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
sys.path.insert(0, str(I18N))
import update as i18n_update  # noqa: E402  (resources/i18n/update.py, not a package)

LANGUAGES = ("es", "de")

# -- what may read the same in every language ------------------------------------------------

#: Names and codes: brands, generic names, the app's name, the demo's people, the languages'
#: own names.
_NAMES = sorted(
    {
        "Relief Journal",
        DEMO_PROFILE.name,
        DEMO_CLINICIAN,
        COVER_CLINICIAN,
        *(brand for brands in PRODUCT_BRANDS.values() for brand in brands),
        *(product.value for product in Product),
        *i18n.LANGUAGE_NAMES.values(),
        "ICHD-3",
        "NICE TA260",
        "PySide6",
        "Qt",
        "PDF",
        "PNG",
        "SVG",
        "iCalendar",
        "A4",
    },
    key=len,
    reverse=True,
)
#: Words a language shares with English, each checked by a speaker: they are translations.
SHARED_WORDS = {
    "es": {"Total"},
    "de": {"OK", "Triptan", "Opioid", "Details", "Name", "Start", "Minimum", "Maximum"},
}
_NAME_PATTERN = re.compile("|".join(re.escape(name) for name in _NAMES))
#: Numbers, dates in digits, units, keys and punctuation carry no language.
_NEUTRAL = re.compile(
    r"\b(?:U|E|Ctrl|Shift|Alt|Del|Tab|Home|Return|Enter|Esc|Space|PgUp|PgDown)\b"
    r"|[\d\W_]+",
    re.UNICODE,
)


def has_words(text: str, code: str) -> bool:
    """Whether ``text`` has a word of some language, once names, numbers, keys and the words a
    language shares with English are taken out."""
    rest = _NAME_PATTERN.sub(" ", text)
    for word in SHARED_WORDS.get(code, ()):
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return re.search(r"[^\W\d_]{2,}", _NEUTRAL.sub(" ", rest)) is not None


def plain(text: str) -> str:
    """Rich text as read: tags dropped, entities decoded, whitespace collapsed."""
    without_tags = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(without_tags).split())


# -- collecting every visible text -------------------------------------------------------------


def widget_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and its children show or announce: labels, buttons, titles, tabs,
    menus and actions, items, headers, tooltips, placeholders, spin box texts, chart labels."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        found += [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
        if widget.isWindow():
            found.append(widget.windowTitle())
        found += _own_texts(widget)
        for action in widget.actions():
            found += [action.text(), action.toolTip(), action.iconText()]
    return [plain(t) for t in found if t and plain(t)]


def _own_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
        texts += [widget.tabToolTip(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        texts.append(widget.placeholderText())
    if isinstance(widget, QAbstractSpinBox):
        texts.append(widget.specialValueText())
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        texts += [widget.prefix(), widget.suffix()]
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    if isinstance(widget, pg.GraphicsView):
        texts += chart_texts(widget)
    if isinstance(widget, CalendarView):
        texts += [widget.readout(TODAY), widget.readout(TODAY + dt.timedelta(days=3))]
    return texts


def chart_texts(view: pg.GraphicsView) -> list[str]:
    """Axis titles, legend entries, line labels and text items of a pyqtgraph view."""
    texts: list[str] = []
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            texts.append(item.labelText)
        elif isinstance(item, pg.LegendItem):
            texts += [label.text for _sample, label in item.items]
        elif isinstance(item, (pg.InfLineLabel, pg.TextItem)):
            texts.append(item.textItem.toPlainText())
        captions = getattr(item, "_captions", None) or getattr(item, "_labels", None)
        if isinstance(captions, list):
            texts += [str(caption) for caption in captions]
    return texts


def table_texts(view: QAbstractItemView, columns: list[int]) -> list[str]:
    """The cells of ``columns`` in the first rows: names the app gives, not what was typed."""
    model = view.model()
    return [
        str(model.data(model.index(row, column)) or "")
        for row in range(min(model.rowCount(), 40))
        for column in columns
    ]


# -- the app in one language -----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_journal(path, TODAY)
    return path


@pytest.fixture
def language_switch(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install a language's translators; the app's language and locale come back afterwards."""
    previous = QLocale()

    def switch(language: str) -> str:
        return i18n.install_translators(qapp, language)

    yield switch
    i18n.uninstall_translators(qapp)
    QLocale.setDefault(previous)


def every_text(qtbot, tmp_path: Path, journal: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Build the window on ``journal``, visit every tab, view and dialog; all texts seen."""
    journal_copy = tmp_path / f"journal-{len(list(tmp_path.iterdir()))}.sqlite"
    shutil.copy(journal, journal_copy)
    settings = Settings(_ini(tmp_path))
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(journal_copy)
    window.show()
    qtbot.waitExposed(window)
    window.offer_demo()
    window.show_every_view()
    texts: list[str] = []
    texts += _visit_tabs(window)
    texts += _visit_dialogs(qtbot, window, monkeypatch)
    texts += _sentences()
    return texts


def _ini(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _visit_tabs(window: MainWindow) -> list[str]:
    texts = widget_texts(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        texts += widget_texts(window)
    journal_page = window.journal_page
    assert journal_page is not None
    entries, injections = journal_page.entries_model, journal_page.injections_model
    texts += table_texts(
        journal_page.entries_view,
        [entries.COL_DATE, entries.COL_MEDICATION, entries.COL_SIDE_EFFECTS],
    )
    texts += table_texts(
        journal_page.injections_view,
        [
            injections.COL_PRODUCT,
            injections.COL_INDICATION,
            injections.COL_ONSET,
            injections.COL_REINJECTION,
        ],
    )
    assert window.trends_tab is not None
    trends = window.trends_tab.ensure_built()
    assert isinstance(trends, TrendsPage)
    for view in TrendsView:
        trends.set_current_view(view)
        QCoreApplication.processEvents()
        texts += widget_texts(trends)
    texts += [trends.timeline.readout_at(trends.timeline.x_range()[1] - 86_400 * 20)]
    texts += [trends.overlay.readout_at(30)]
    monthly = trends.monthly
    texts += [monthly.readout_at(float(monthly.figure.series.centres[-2]))]  # type: ignore[union-attr]
    return texts


def _visit_dialogs(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every dialog the window opens, read while it is on screen."""
    texts: list[str] = []

    def read_and_close(dialog: QDialog) -> int:
        dialog.show()
        QCoreApplication.processEvents()
        texts.extend(widget_texts(dialog))
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", read_and_close)
    window.record_injection()
    window.edit_profile()
    window.export_report()
    window.restore_from_backup()
    service = window.service
    assert service is not None
    window.edit_entry(service.entries()[-1])
    window.edit_injection(service.injections()[-1])
    for name in ("show_preferences", "show_about", "show_shortcuts"):
        if hasattr(window, name):
            getattr(window, name)()
    return texts


def _sentences() -> list[str]:
    """Texts built on demand: countdowns, counted days, every code's name, form problems."""
    texts = [
        text.days_text(1),
        text.days_text(5),
        text.in_days_text(2),
        text.days_ago_text(3),
        text.short_date(TODAY),
    ]
    for state in WindowState:
        for days in (0, 1, 12):
            texts.append(text.countdown_text(Countdown(TODAY, TODAY, state, days)))
    texts += [labels.product_label(p) for p in Product]
    texts += [labels.indication_label(i) for i in Indication]
    texts += [labels.indication_in_text(i) for i in Indication]
    texts += [labels.medication_label(m) for m in MedicationClass]
    texts += [problem_text(p) for p in _every_problem()]
    return texts


def _every_problem() -> list[validation.Problem]:
    """At least one record breaking each rule a form can meet."""
    future = TODAY + dt.timedelta(days=1)
    entry = Entry(
        future,
        spasm_severity=11,
        medication=(
            MedicationDose(MedicationClass.TRIPTAN, 99),
            MedicationDose(MedicationClass.TRIPTAN, 1),
        ),
        side_effect_other="x",
        triggers=("a;b", "a;b"),
        notes="n" * (validation.MAX_TEXT + 1),
    )
    windows = ExpectedWindows(30, 10, 0, -1)
    injection = Injection(future, Product.OTHER, 0, Indication.SPASTICITY, windows)
    heavy = Injection(
        TODAY, Product.OTHER, validation.MAX_UNITS + 1, Indication.SPASTICITY, windows
    )
    return [
        *validation.entry_problems(entry, TODAY),
        *validation.entry_problems(Entry(dt.date(1899, 1, 1)), TODAY),
        *validation.injection_problems(injection, TODAY),
        *validation.injection_problems(heavy, TODAY),
        *validation.profile_problems(Profile(date_of_birth=future), TODAY),
    ]


# -- the tests -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_is_left_in_any_window(
    qtbot,
    tmp_path: Path,
    demo_journal: Path,
    monkeypatch: pytest.MonkeyPatch,
    language_switch: Callable[[str], str],
    code: str,
) -> None:
    assert language_switch("en") == "en"
    english = set(every_text(qtbot, tmp_path, demo_journal, monkeypatch))
    assert language_switch(code) == code
    translated = every_text(qtbot, tmp_path, demo_journal, monkeypatch)
    left = sorted({t for t in translated if t in english and has_words(t, code)})
    assert not left, f"English left in the {code} windows: {left}"
    # The walk reached every dialog and view (their titles, in this language).
    for context, title in VISITED:
        seen = QCoreApplication.translate(context, title)
        assert any(seen in t for t in translated), title
    assert len(set(translated)) > 300


#: A title of each window and view the walk must reach.
VISITED = (
    ("InjectionDialog", "Record injection"),
    ("InjectionDialog", "Edit injection"),
    ("EntryDialog", "Edit entry"),
    ("ProfileDialog", "Patient profile"),
    ("RestoreDialog", "Restore from backup"),
    ("ShortcutsDialog", "Keyboard shortcuts"),
    ("TimelineFigure", "Check-up due"),
    ("OverlayFigure", "Relief began (onset)"),
    ("MonthlyFigure", "Partial month (fewer than 21 days logged)"),
    ("CalendarView", "in the future"),
    ("TodayPage", "No, thanks"),
)


#: Qt's own words, translated by Qt's catalogues (qtbase), not the app's.
QT_WORDS = {"OK", "Cancel", "Close", "Restore Defaults", "Scroll Left", "Scroll Right", "Apply"}


def strip_marked(text: str) -> str:
    """``text`` without the «…» of pseudo-translated strings, nested ones included."""
    while True:
        stripped = re.sub(r"«[^«»]*»", " ", text)
        if stripped == text:
            return text
        text = stripped


def test_no_text_bypasses_the_translators(
    qtbot,
    qapp: QApplication,
    tmp_path: Path,
    demo_journal: Path,
    monkeypatch: pytest.MonkeyPatch,
    language_switch: Callable[[str], str],
) -> None:
    """Pseudo-translated, every string of the app reads «like this»: a word outside the marks
    never went through a translator, even as part of a sentence."""
    pseudo = tmp_path / "pseudo"
    pseudo.mkdir()
    _pseudo_catalogue(i18n_update.ts_path("es"), pseudo / "relief_journal_xx")
    language_switch("en")  # the English plurals and the locale of the test machine
    translator = QTranslator(qapp)
    assert translator.load("relief_journal_xx", str(pseudo))
    qapp.installTranslator(translator)
    try:
        texts = every_text(qtbot, tmp_path, demo_journal, monkeypatch)
    finally:
        qapp.removeTranslator(translator)
    calendar_words = _calendar_words(QLocale())
    left = sorted(
        {
            t
            for t in texts
            if t not in QT_WORDS and has_words(_without(strip_marked(t), calendar_words), "xx")
        }
    )
    assert not left, f"not translatable: {left}"


def _pseudo_catalogue(ts: Path, stem: Path) -> None:
    """Every translation of ``ts`` as its source in «»; compiled to ``stem``.qm."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        marked = f"«{message.findtext('source', '')}»"
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = marked
        if not forms:
            translation.text = marked
    tree.write(f"{stem}.ts", encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [i18n_update.tool("pyside6-lrelease"), f"{stem}.ts", "-qm", f"{stem}.qm"],
        check=True,
        capture_output=True,
    )


def _calendar_words(locale: QLocale) -> set[str]:
    """Month and day names as the locale writes them: dates carry no untranslated words."""
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    months = [locale.monthName(m, f) for m in range(1, 13) for f in formats]
    months += [locale.standaloneMonthName(m, f) for m in range(1, 13) for f in formats]
    days = [locale.dayName(d, f) for d in range(1, 8) for f in formats]
    return {name.rstrip(".") for name in months + days}


def _without(text: str, words: set[str]) -> str:
    return " ".join(word for word in re.split(r"[\s,.]+", text) if word not in words)


@pytest.mark.parametrize("code", LANGUAGES)
def test_counted_phrases_take_the_language_plural_forms(
    language_switch: Callable[[str], str], code: str
) -> None:
    language_switch("en")
    assert (text.days_text(1), text.days_text(2)) == ("1 day", "2 days")
    assert text.in_days_text(1) == "in 1 day"
    language_switch(code)
    one, two = text.days_text(1), text.days_text(2)
    assert one.startswith("1 ") and two.startswith("2 ")
    assert one.split()[1] != two.split()[1]  # "día" / "días", "Tag" / "Tage"


@pytest.mark.parametrize("code", LANGUAGES)
def test_dates_and_numbers_follow_the_language(
    language_switch: Callable[[str], str], code: str
) -> None:
    language_switch(code)
    locale = QLocale()
    assert locale.language() == QLocale(code).language()
    assert locale.toString(1234.5, "f", 1) == QLocale(code).toString(1234.5, "f", 1)
    month = QLocale(code).monthName(TODAY.month, QLocale.FormatType.ShortFormat)
    assert month in text.short_date(TODAY)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("es", "en_US", "es"),
        ("system", "de_AT", "de"),
        ("system", "fr_FR", "en"),
        ("nonsense", "es_MX", "es"),
    ],
)
def test_the_language_is_the_choice_or_the_system(choice: str, system: str, expected: str) -> None:
    assert i18n.resolve_language(choice, QLocale(system)) == expected


def test_a_language_keeps_the_system_territory() -> None:
    assert i18n.locale_for("es", QLocale("en_US")).name() == "es_US"
    assert i18n.locale_for("de", QLocale("de_AT")).name() == "de_AT"


def test_installing_loads_the_app_and_qt_catalogues(
    qapp: QApplication, language_switch: Callable[[str], str]
) -> None:
    language_switch("de")
    files = {Path(f).name for f in i18n.installed_catalogues()}
    assert files == {"relief_journal_en.qm", "relief_journal_de.qm", "qtbase_de.qm"}
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert [code for code, _name in i18n.available_languages()] == ["system", "en", "es", "de"]


# -- the .ts sources -------------------------------------------------------------------------


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_every_translation_is_finished(code: str) -> None:
    ts = i18n_update.ts_path(code)
    assert _messages(ts), f"{ts.name} holds no messages"
    assert i18n_update.unfinished(ts) == []


def test_every_string_lupdate_finds_is_translated(tmp_path: Path) -> None:
    """lupdate, run on the code as it is now, finds nothing the shipped files lack."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            i18n_update.tool("pyside6-lupdate"),
            *i18n_update.LUPDATE_OPTIONS,
            *i18n_update.python_sources(),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    found = _messages(fresh)
    assert len(found) > 400
    plural = {key for key, message in found.items() if message.get("numerus") == "yes"}
    for code in LANGUAGES:
        shipped = _messages(i18n_update.ts_path(code))
        assert sorted(set(found) - set(shipped)) == [], f"not in {code}.ts"
    assert plural <= set(_messages(i18n_update.ts_path("en")))


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_the_compiled_catalogues_are_current(tmp_path: Path, code: str) -> None:
    """The shipped .qm is what lrelease makes of the shipped .ts (make translations)."""
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [
            i18n_update.tool("pyside6-lrelease"),
            str(i18n_update.ts_path(code)),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == i18n_update.qm_path(code).read_bytes()
