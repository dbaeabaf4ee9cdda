"""The app's colours: the system's own, or the Fusion style with a light or a dark palette."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from journal_app.charts.colour import is_dark_palette, mix, relative_luminance

#: WCAG AA contrast for body text; muted captions (disabled labels) must reach it too.
MIN_TEXT_CONTRAST = 4.5
#: WCAG AA contrast for the outline of a control (an unticked check box) against its background.
MIN_CONTROL_CONTRAST = 3.0

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class Theme(str, Enum):
    """The choice stored in Settings "ui/theme"."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# Okabe–Ito blue as the selection colour: white text on it reaches 5:1, and the severity
# buttons and chart segments use the same blue.
_DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#2b2b2e",
    Role.WindowText: "#ececef",
    Role.Base: "#1f1f22",
    Role.AlternateBase: "#29292d",
    Role.ToolTipBase: "#3a3a3f",
    Role.ToolTipText: "#ececef",
    Role.PlaceholderText: "#9d9da3",
    Role.Text: "#ececef",
    Role.Button: "#36363a",
    Role.ButtonText: "#ececef",
    Role.BrightText: "#ff8a80",
    Role.Light: "#4a4a50",
    Role.Midlight: "#3c3c41",
    Role.Mid: "#28282b",
    Role.Dark: "#1b1b1d",
    Role.Shadow: "#0a0a0a",
    Role.Highlight: "#0072b2",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#56b4e9",
    Role.LinkVisited: "#cc79a7",
}
_DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    Role.WindowText: "#9a9aa0",
    Role.Text: "#9a9aa0",
    Role.ButtonText: "#9a9aa0",
    Role.Highlight: "#4a4a50",
    Role.HighlightedText: "#c8c8cc",
}
#: Text roles and the background each is read on.
_TEXT_ON = {Role.WindowText: Role.Window, Role.Text: Role.Base, Role.ButtonText: Role.Button}

# The style the desktop chose, kept to go back to it from a forced light or dark theme.
_system_style: str | None = None
_current: Theme | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    fusion = QStyleFactory.create("Fusion")
    palette = QPalette(fusion.standardPalette())
    return with_readable_disabled_text(palette)


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def with_readable_disabled_text(palette: QPalette) -> QPalette:
    """``palette`` with its disabled text lifted to MIN_TEXT_CONTRAST where it falls short.

    The app greys out its explanatory captions (disabled labels); many palettes draw disabled
    text at under 2:1, which nobody with low vision can read.
    """
    for role, background_role in _TEXT_ON.items():
        background = palette.color(Group.Active, background_role)
        text = palette.color(Group.Active, role)
        if contrast(palette.color(Group.Disabled, role), background) >= MIN_TEXT_CONTRAST:
            continue
        palette.setColor(Group.Disabled, role, _muted(text, background))
    return palette


def readable_on(colour: QColor, background: QColor) -> QColor:
    """``colour`` darkened on a light background, lightened on a dark one, just enough for
    text in it to reach MIN_TEXT_CONTRAST."""
    towards = QColor("#ffffff" if background.lightness() < 128 else "#000000")
    for step in range(11):
        candidate = mix(colour, towards, step / 10)
        if contrast(candidate, background) >= MIN_TEXT_CONTRAST:
            return candidate
    return towards


def _muted(text: QColor, background: QColor) -> QColor:
    """The faintest mix of ``text`` into ``background`` (at most halfway) still readable."""
    for step in range(10, 0, -1):
        candidate = mix(text, background, step / 20)
        if contrast(candidate, background) >= MIN_TEXT_CONTRAST:
            return candidate
    return text


def apply_theme(app: QApplication, theme: Theme | str) -> None:
    """Switch the whole app (open windows included) to ``theme``.

    "dark" and "light" use the Fusion style, which draws every control from the palette;
    "system" gives the desktop's style and colours back and follows them when they change.
    """
    global _current
    theme = Theme(theme)
    if _current is None:
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    _current = theme
    if theme is Theme.SYSTEM:
        if _system_style is not None:
            _set_style(app, _system_style)
        app.setPalette(QPalette())  # no explicit colours: the platform's, as they change
        app.setPalette(with_readable_disabled_text(app.palette()))  # palette() is a copy
    else:
        _remember_system_style(app)
        _set_style(app, "Fusion")
        palette = dark_palette() if theme is Theme.DARK else light_palette()
        app.setPalette(palette)
        # The stubs say bytes; PySide takes the class name as str only.
        app.setPalette(check_box_palette(palette), "QCheckBox")  # type: ignore[arg-type]
    _repolish_style_sheets(app)


def check_box_palette(palette: QPalette) -> QPalette:
    """``palette`` for check boxes, whose unticked box Fusion draws at about 1.2:1.

    Fusion outlines the box in the window colour darkened, invisible on a dark window, and
    fills it with the base colour: on a dark theme the box gets a light fill (and a dark tick),
    on a light one a darker outline (the window colour a check box never paints itself).
    """
    palette = QPalette(palette)
    window = palette.color(Group.Active, Role.Window)
    if is_dark_palette(palette):
        palette.setColor(Role.Base, QColor("#9a9aa0"))
        palette.setColor(Role.Text, QColor("#101012"))
    else:
        palette.setColor(Role.Window, window.darker(175))
    return palette


def _remember_system_style(app: QApplication) -> None:
    # Asked only when leaving it: the first look at app.style() costs start-up ~10 ms
    # (PySide builds QStyle's Python enums then), and the system theme never needs it.
    global _system_style
    if _system_style is None:
        _system_style = app.style().name()


def current_theme() -> Theme:
    return _current or Theme.SYSTEM


def _set_style(app: QApplication, name: str) -> None:
    # Setting the same style again would re-polish every widget for nothing.
    if app.style().name().lower() != name.lower():
        app.setStyle(name)


def _repolish_style_sheets(app: QApplication) -> None:
    # A style sheet reads palette(highlight) and the like once, when it is applied.
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


def _follow_system(app: QApplication) -> None:
    if _current is Theme.SYSTEM:
        apply_theme(app, Theme.SYSTEM)
