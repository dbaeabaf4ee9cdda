"""sqlite-utils for the rest of storage, loaded without numpy.

sqlite-utils imports numpy at load time, if it is installed, only to map numpy's number types
to column types; the journal never hands it numpy values. numpy is installed (pyqtgraph draws
with it) and takes ~100 ms to import, which every journal opened and every command run
would wait for. So while sqlite-utils loads, numpy is marked absent (a None in sys.modules
makes an import fail, as the import system documents); the charts still import it later.
"""

from __future__ import annotations

import sys


def _load_without_numpy() -> None:
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return  # nothing to save: loaded already, or numpy is there anyway
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


_load_without_numpy()

from sqlite_utils import Database, Migrations  # noqa: E402

__all__ = ["Database", "Migrations"]
