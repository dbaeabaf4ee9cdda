"""The tray icon that keeps reminders going while the window is closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from journal_app import APP_NAME


class TrayNotifier(QSystemTrayIcon):
    """A Notifier through the desktop's tray: its messages are the desktop's notifications.

    Linux desktops show them through the StatusNotifier tray (GNOME needs its AppIndicator
    extension); Windows and macOS have a tray area of their own.
    """

    def __init__(self, app: QApplication, show_window: Callable[[], None]) -> None:
        super().__init__(app.windowIcon(), app)
        self.setToolTip(APP_NAME)
        menu = QMenu()
        menu.addAction(self.tr("Open %1").replace("%1", APP_NAME), show_window)
        menu.addAction(self.tr("Quit"), app.quit)
        self._menu = menu
        self.setContextMenu(menu)
        self.activated.connect(lambda _reason: show_window())

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def notify(self, title: str, message: str) -> None:
        self.showMessage(title, message, QIcon(self.icon()), 15_000)
