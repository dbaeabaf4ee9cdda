"""File › New and File › Open for caregivers: journals named by their patient."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.widgets.form_helpers import (
    add_form_row,
    caption_label,
    enlarge_targets,
    make_label,
)

#: What File › New adds to a file name given without one of the journal extensions.
JOURNAL_SUFFIX = ".relief.sqlite"
JOURNAL_SUFFIXES = (".sqlite", ".relief")
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_for(patient: str) -> str:
    """A file name from the patient's name ("Sam O'Neil" → "Sam O'Neil.relief.sqlite")."""
    stem = _NOT_IN_FILE_NAMES.sub(" ", patient).strip(" .") or "journal"
    return stem + JOURNAL_SUFFIX


def with_journal_suffix(path: Path) -> Path:
    """``path``, with the journal extension added unless it has one."""
    return (
        path
        if path.suffix.lower() in JOURNAL_SUFFIXES
        else path.with_name(path.name + JOURNAL_SUFFIX)
    )


class NewJournalDialog(QDialog):
    """Asks whose journal it is and proposes a file named after them, in ``folder``."""

    def __init__(self, parent: QWidget | None, folder: Path, filter_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New journal"))
        self._folder = folder
        self._filter = filter_text
        self._file_edited = False
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("A nickname is fine"))
        self.file_edit = QLineEdit(str(folder / file_name_for("")), self)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.setAccessibleName(self.tr("Choose the file"))
        form = QFormLayout()
        add_form_row(form, self.tr("Patient's &name:"), self.name_edit)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(make_label(self.tr("&File:"), self.file_edit), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            caption_label(
                self.tr(
                    "One journal per patient: the name shows in the title bar and in File › Open."
                )
            )
        )
        layout.addWidget(self.buttons)
        self.name_edit.textEdited.connect(self._propose)
        self.file_edit.textEdited.connect(self._file_typed)
        self.browse_button.clicked.connect(self._browse)
        enlarge_targets(self)
        self._update_ok()

    def patient(self) -> str:
        return self.name_edit.text().strip()

    def path(self) -> Path:
        """The file to create, with the journal extension."""
        return with_journal_suffix(Path(self.file_edit.text().strip()).expanduser())

    def _propose(self) -> None:
        if not self._file_edited:
            folder = Path(self.file_edit.text()).parent if self.file_edit.text() else self._folder
            self.file_edit.setText(str(folder / file_name_for(self.patient())))
        self._update_ok()

    def _file_typed(self) -> None:
        self._file_edited = True
        self._update_ok()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New journal"), self.file_edit.text(), self._filter
        )
        if chosen:
            self.file_edit.setText(str(with_journal_suffix(Path(chosen))))
            self._file_edited = True
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.patient()) and bool(self.file_edit.text().strip()))


class OpenJournalDialog(QDialog):
    """The journals opened before, by patient name then file; or another file."""

    def __init__(self, parent: QWidget | None, known: list[tuple[str, Path]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open journal"))
        self.chosen: Path | None = None
        self.browse_requested = False
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Journals"))
        for name, path in known:
            text = f"{name} — {path}" if name else str(path)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.read_only_check = QCheckBox(self.tr("Open &read-only (look, change nothing)"), self)
        self.read_only_check.setAccessibleName(self.tr("Open read-only (look, change nothing)"))
        self.browse_button = QPushButton(self.tr("Another &file…"), self)
        self.browse_button.setAccessibleName(self.tr("Another file…"))
        self.browse_button.clicked.connect(self._browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(self.browse_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.read_only_check)
        layout.addWidget(buttons)
        enlarge_targets(self)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    def _browse(self) -> None:
        self.browse_requested = True
        super().accept()
