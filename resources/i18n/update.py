"""Refresh the .ts sources from the code (lupdate) and compile them to .qm (lrelease).

Run from anywhere with the project's Python: ``.venv/bin/python resources/i18n/update.py``
(``make translations``). ``--compile-only`` skips lupdate, ``--check`` fails if a .ts file
still has an unfinished or empty translation.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "journal_app"
CATALOGUE = "relief_journal"
#: Fully translated languages. English is the source: its file holds only the plural forms.
TRANSLATED = ("es", "de")
SOURCE_LANGUAGE = "en"
#: journal_app.domain.validation.translatable marks strings without importing Qt.
LUPDATE_OPTIONS = [
    "-no-obsolete",
    "-locations",
    "relative",
    "-source-language",
    SOURCE_LANGUAGE,
    "-tr-function-alias",
    "QT_TRANSLATE_NOOP+=translatable",
]


def ts_path(code: str) -> Path:
    return HERE / f"{CATALOGUE}_{code}.ts"


def qm_path(code: str) -> Path:
    return HERE / f"{CATALOGUE}_{code}.qm"


def tool(name: str) -> str:
    """A PySide6 tool installed beside this Python (the virtualenv's bin folder)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def python_sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update_sources() -> None:
    sources = python_sources()
    for code in TRANSLATED:
        _run([tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *sources, "-ts", str(ts_path(code))])
    english = [*LUPDATE_OPTIONS, "-pluralonly", *sources, "-ts", str(ts_path(SOURCE_LANGUAGE))]
    _run([tool("pyside6-lupdate"), *english])


def compile_catalogues() -> None:
    for code in (SOURCE_LANGUAGE, *TRANSLATED):
        _run([tool("pyside6-lrelease"), str(ts_path(code)), "-qm", str(qm_path(code))])


def unfinished(ts: Path) -> list[str]:
    """Source texts whose translation is marked unfinished or has an empty form."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        if not all(text and text.strip() for text in texts):
            missing.append(source)
    return missing


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="only run lrelease")
    parser.add_argument("--check", action="store_true", help="fail on unfinished translations")
    args = parser.parse_args(argv)
    if not args.compile_only:
        update_sources()
    compile_catalogues()
    if args.check:
        gaps = {code: unfinished(ts_path(code)) for code in (SOURCE_LANGUAGE, *TRANSLATED)}
        for code, texts in gaps.items():
            for text in texts:
                print(f"{ts_path(code).name}: not translated: {text!r}", file=sys.stderr)
        return 1 if any(gaps.values()) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
