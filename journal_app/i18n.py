"""The app's languages: translators for its own strings and Qt's, from a choice or the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journal_app.paths import resource_path

#: The Settings value meaning "whatever language the system uses".
SYSTEM = "system"
#: The languages shipped in resources/i18n, with their names in their own language.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "de": "Deutsch"}
#: The source strings are English; this language also fills in for any other.
FALLBACK = "en"
APP_CATALOGUE = "relief_journal"
QT_CATALOGUE = "qtbase"

# Installed translators, kept so that Qt does not lose them and a second call can replace them.
_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """(code, name) of each choice: the system's language first, then each shipped language."""
    system = QCoreApplication.translate("i18n", "System language")
    return [(SYSTEM, system), *LANGUAGE_NAMES.items()]


def restart_note() -> str:
    """Shown beside the language choice in Preferences, and once a new one is chosen."""
    return QCoreApplication.translate(
        "i18n", "A new language is used from the next time Relief Journal starts."
    )


def resolve_language(language: str, system: QLocale | None = None) -> str:
    """The shipped language to use for ``language``: itself if shipped, else the first of the
    system's preferred languages that is shipped, else English."""
    if language in LANGUAGE_NAMES:
        return language
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return FALLBACK


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers for ``code``, in the system's own locale when it speaks it, else in
    that language as written in the system's territory (Spanish in the US: es_US)."""
    system = system or QLocale.system()
    language = QLocale(code).language()
    if system.language() == language:
        return system
    if code == FALLBACK and system.language() == QLocale.Language.C:
        return system  # the C locale (tests, bare containers) already writes English
    return QLocale(language, system.territory())


def app_translations_folder() -> Path:
    return resource_path("i18n")


def qt_translations_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(app: QCoreApplication, language: str) -> str:
    """Translate the app (and Qt's own dialogs and buttons) into ``language`` ("system" or a
    code of LANGUAGE_NAMES), and make it the default locale; returns the code used.

    English is installed under every other language: its catalogue holds the singular and
    plural forms of the counted phrases ("1 day", "2 days"). Call before building windows.
    """
    uninstall_translators(app)
    code = resolve_language(language)
    catalogues = [(APP_CATALOGUE, FALLBACK, app_translations_folder())]
    if code != FALLBACK:
        catalogues.append((QT_CATALOGUE, code, qt_translations_folder()))
        catalogues.append((APP_CATALOGUE, code, app_translations_folder()))
    for name, catalogue_code, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{catalogue_code}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    return code


def uninstall_translators(app: QCoreApplication) -> None:
    """Remove what install_translators installed: the source strings (English) show again."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def installed_catalogues() -> list[str]:
    """The files the installed translators were loaded from (for tests and diagnostics)."""
    return [translator.filePath() for translator in _installed]
