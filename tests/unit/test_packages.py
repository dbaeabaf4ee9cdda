"""What import-linter cannot say, as it sees PySide6 as one package: no Qt widgets in the
chart painting the window and the report share, nor in the app's wording."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGES = Path(__file__).resolve().parents[2] / "journal_app"


def _imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


@pytest.mark.parametrize("package", ["charts", "wording"])
def test_no_module_imports_qt_widgets(package: str) -> None:
    sources = sorted((PACKAGES / package).glob("*.py"))
    assert sources
    widgets = {
        path.name: sorted(m for m in _imported_modules(path) if m.startswith("PySide6.QtWidgets"))
        for path in sources
    }
    assert {name: found for name, found in widgets.items() if found} == {}
