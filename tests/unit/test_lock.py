"""One writer at a time: the journal's lock, its recovery after a crash, and who is refused."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.domain.models import Entry, Injection, Profile
from journal_app.storage.db import open_journal
from journal_app.storage.errors import JournalLocked, JournalNotWritable
from journal_app.storage.lock import JournalLock, LockOwner, lock_owner, lock_path
from journal_app.storage.repository import JournalRepository

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2025, 3, 14)

#: A second process that takes the lock, says so, and keeps it until killed or told to stop.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from journal_app.storage.lock import JournalLock
    lock = JournalLock.acquire(Path(sys.argv[1]))
    print("locked", flush=True)
    sys.stdin.readline()
    lock.release()
    print("released", flush=True)
    """
)


def journal_rows(path: Path) -> tuple[list[Entry], list[Injection], Profile]:
    repo = JournalRepository(open_journal(path, read_only=True))
    try:
        return repo.entries(), repo.injections(), repo.profile()
    finally:
        repo.close()


@contextmanager
def write_protected(path: Path) -> Iterator[None]:
    """``path`` (file or folder) made unwritable: chmod, or for root (whom chmod does not stop)
    the immutable attribute; skipped where neither is possible."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: nothing makes a file read-only for root")
    done = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and chattr +i failed: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


@pytest.fixture
def journal(journal_path: Path) -> Path:
    repo = JournalRepository(open_journal(journal_path, create=True))
    repo.save_entry(Entry(DAY, spasm_severity=4))
    repo.close()
    return journal_path


@pytest.fixture
def holder(journal: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the journal's lock (as another Relief Journal would)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(journal)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "locked\n"
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def test_the_lock_file_is_beside_the_journal_and_names_its_holder(journal: Path) -> None:
    with JournalLock.acquire(journal) as lock:
        assert lock.held
        assert lock.path == journal.parent / f".{journal.name}.lock" == lock_path(journal)
        assert lock_owner(journal) == LockOwner(os.getpid(), socket.gethostname())
    assert not lock.held
    assert not lock_path(journal).exists()


def test_a_second_lock_in_the_same_process_is_refused(journal: Path) -> None:
    with JournalLock.acquire(journal), pytest.raises(JournalLocked) as raised:
        JournalLock.acquire(journal)
    assert f"process {os.getpid()}" in str(raised.value)
    assert journal.name in str(raised.value)
    JournalLock.acquire(journal).release()  # free again once released


def test_release_twice_does_nothing(journal: Path) -> None:
    lock = JournalLock.acquire(journal)
    lock.release()
    lock.release()
    assert not lock.held


def test_another_process_holding_the_lock_is_named(
    journal: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(JournalLocked) as raised:
        JournalLock.acquire(journal)
    message = str(raised.value)
    assert f"process {holder.pid} on {socket.gethostname()}" in message
    assert "close it there first" in message


def test_a_lock_released_by_its_holder_is_free(
    journal: Path, holder: subprocess.Popen[str]
) -> None:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline() == "released\n"
    JournalLock.acquire(journal).release()


def test_a_lock_left_by_a_killed_process_is_recovered(
    journal: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    # The file still names the dead process: only the OS lock said it was alive.
    assert lock_owner(journal) == LockOwner(holder.pid, socket.gethostname())
    repo = JournalRepository(open_journal(journal))
    try:
        assert lock_owner(journal) == LockOwner(os.getpid(), socket.gethostname())
        repo.save_entry(Entry(DAY, spasm_severity=9))
    finally:
        repo.close()
    assert journal_rows(journal)[0] == [Entry(DAY, spasm_severity=9)]


def test_a_leftover_lock_file_nobody_holds_is_taken(journal: Path) -> None:
    lock_path(journal).write_text("not a pid at all\n")
    with JournalLock.acquire(journal):
        assert lock_owner(journal) == LockOwner(os.getpid(), socket.gethostname())


def test_opening_for_writing_holds_the_lock_until_closed(journal: Path) -> None:
    db = open_journal(journal)
    try:
        with pytest.raises(JournalLocked):
            open_journal(journal)
        with pytest.raises(JournalLocked):
            open_journal(journal, create=True)
        reader = open_journal(journal, read_only=True)  # readers never need the lock
        reader.close()
    finally:
        db.close()
    open_journal(journal).close()


def test_a_journal_locked_elsewhere_is_refused_unchanged(
    journal: Path, holder: subprocess.Popen[str]
) -> None:
    before = journal.read_bytes()
    with pytest.raises(JournalLocked):
        open_journal(journal)
    assert journal.read_bytes() == before
    assert not (journal.parent / f".{journal.name}.backups").exists()


def test_a_read_only_folder_is_refused_for_writing_and_open_for_reading(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    journal = folder / "journal.sqlite"
    repo = JournalRepository(open_journal(journal, create=True))
    repo.save_entry(Entry(DAY, headache_severity=3))
    repo.close()
    before = journal.read_bytes()
    with write_protected(folder):
        with pytest.raises(JournalNotWritable) as raised:
            open_journal(journal)
        assert "read-only" in str(raised.value)
        assert journal_rows(journal)[0] == [Entry(DAY, headache_severity=3)]
    assert journal.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [journal.name]


def test_a_read_only_file_is_refused_for_writing_and_open_for_reading(journal: Path) -> None:
    before = journal_rows(journal)
    with write_protected(journal):
        with pytest.raises(JournalNotWritable) as raised:
            open_journal(journal)
        assert "is read-only" in str(raised.value)
        assert "Open it read-only" in str(raised.value)
        assert journal_rows(journal) == before
    assert not lock_path(journal).exists()


def test_import_csv_into_a_locked_journal_exits_1(
    journal: Path,
    holder: subprocess.Popen[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    csv_file = tmp_path / "entries.csv"
    csv_file.write_text("date,spasm_severity\n2025-03-15,2\n", encoding="utf-8")
    before = journal_rows(journal)
    status = cli.main(["import-csv", "--journal", str(journal), str(csv_file)])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    assert f"is open for changes in another Relief Journal (process {holder.pid}" in err
    assert "Traceback" not in err
    assert journal_rows(journal) == before


def test_a_journal_never_closed_is_freed_once_forgotten(journal: Path) -> None:
    import gc

    db = open_journal(journal)
    db.conn.close()  # as when a database object is dropped without close()
    del db
    gc.collect()
    open_journal(journal).close()
