"""One window per database: an advisory lock on ``<db>.lock`` beside the file.

SQLite keeps two writers from corrupting the *file* (BEGIN IMMEDIATE, busy_timeout), so the command
line may write while a window is open. What it cannot stop is two *windows*: each keeps its own undo
stack, caches and start-up backup, so undoing in one silently reverts the other's work, and a restore
in one pulls the file from under the other. The window therefore holds an exclusive lock for as long
as it has the database open; a second window finds it held and says so.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), not the
file's existence: the OS drops it when the process ends in any way, so a crashed or killed window
never blocks the next start, and there is no stale-lock guessing. The file itself is never deleted
(deleting it would let a third process lock a new file while a second still holds the old one); it
only carries who holds it (pid, host, start time) so the refusal can name them.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..core.errors import DatabaseError

SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # msvcrt locks are mandatory: lock a byte past the text so others can read it


class InstanceBusy(DatabaseError):
    """The database is open in another VillageCast window; ``holder`` says which (may be None).

    Code ``in_use`` names the holder's process; ``in_use_unknown`` when the lock file does not say (an older
    holder, or the text could not be written).
    """

    code = "in_use"

    def __init__(self, db_path: Path, holder: Holder | None):
        self.db_path = Path(db_path)
        self.holder = holder
        params = {"path": str(db_path)}
        if holder is not None and holder.pid is not None:
            params.update(pid=holder.pid, host=holder.host, since=holder.started_at)
            super().__init__("in_use", **params)
        else:
            super().__init__("in_use_unknown", **params)


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: what the holder wrote into the lock file."""

    pid: int | None
    host: str
    started_at: str  # UTC ISO-8601

    @property
    def here(self) -> bool:
        """On this machine (the pid means something here)."""
        return self.host == _hostname()


def _hostname() -> str:
    """This machine's name; ``os.uname`` where there is one (importing socket costs start-up time)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def lock_path(db_path: str | os.PathLike) -> Path:
    """``villagecast.db`` -> ``villagecast.db.lock``, beside it."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def read_holder(path: str | os.PathLike) -> Holder | None:
    """What a lock file says about its holder; None when empty, unreadable or not ours."""
    import json

    try:
        with open(path, "rb") as fh:
            data = json.loads(fh.read(4096).decode("utf-8"))
        pid = data.get("pid")
        return Holder(pid if isinstance(pid, int) else None, str(data.get("host", "")),
                      str(data.get("started_at", "")))
    except (OSError, ValueError, AttributeError):
        return None


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False when another open file holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """The exclusive lock of one database, held from ``acquire()`` to ``release()`` (or process end).

    ``flock`` locks belong to an open file, so a second ``InstanceLock`` on the same database is refused
    even inside the same process (which is what the tests use). Usable as a context manager.
    """

    def __init__(self, db_path: str | os.PathLike):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock, or raise ``InstanceBusy`` naming the holder. Cheap: one open and one lock call."""
        if self._fd is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise DatabaseError("cannot_create", path=str(self.path), reason=exc.strerror or str(exc)) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise InstanceBusy(self.db_path, read_holder(self.path))
        self._fd = fd
        self._write_holder()
        return self

    def _write_holder(self) -> None:
        import json  # imported here: only taking the lock needs it, not every importer of this module

        text = json.dumps({"pid": os.getpid(), "host": _hostname(),
                           "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, text.encode("utf-8"))
        except OSError:
            pass  # the lock is what matters; the text only makes the refusal friendlier

    def release(self) -> None:
        """Drop the lock (and the holder text, so a reader never names a window that has gone)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # a forgotten lock must not outlive its object (the OS would drop it at exit anyway)
        try:
            self.release()
        except Exception:
            pass
