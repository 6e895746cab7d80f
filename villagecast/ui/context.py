"""The app context: services, the undo stack and the one change signal, passed explicitly to views."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.catalogue import Catalogue, Changes
from ..storage import Database, Repository


class AppSignals(QObject):
    """App-wide signals.

    ``data_changed`` carries the ``core.catalogue.Changes`` of every write; ``focus_product`` asks the
    window to show a SKU (after an undo or redo touched it; None = whatever is current);
    ``error`` carries a sentence for the user when a write in the background (undo, redo) failed.
    """

    data_changed = Signal(object)
    focus_product = Signal(object)
    error = Signal(str)


@dataclass
class AppContext:
    """Everything a view needs: the database, its path, the catalogue, undo and signals."""

    db: Database
    db_path: Path
    catalogue: Catalogue | None = None  # built over ``db`` when not given
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    signals: AppSignals = field(default_factory=AppSignals)
    lock: Any = None  # the ``storage.instance.InstanceLock`` this window holds on the file (None in tests)

    def __post_init__(self) -> None:
        self.db_path = Path(self.db_path)
        if self.catalogue is None:
            self.catalogue = Catalogue(Repository(self.db))

    @classmethod
    def create(cls, db: Database, db_path: Path) -> AppContext:
        """A context over an opened database."""
        return cls(db, Path(db_path))

    @classmethod
    def open(cls, db_path: Path, lock=None) -> AppContext:
        """Take the one-window lock on ``db_path`` (unless ``lock`` already holds it), then open the database.

        Raises ``storage.instance.InstanceBusy`` when another VillageCast window has the file open, and the
        ``DatabaseError`` of ``open_database`` when it cannot be used; the lock is released again on failure.
        """
        from ..storage import open_database
        from ..storage.instance import InstanceLock

        db_path = Path(db_path)
        own = lock is None  # a lock handed in stays with the caller when opening fails
        lock = (lock or InstanceLock(db_path)).acquire()
        try:
            return cls(open_database(db_path), db_path, lock=lock)
        except BaseException:
            if own:
                lock.release()
            raise

    def execute(self, command) -> Changes:
        """Do ``command`` (a ``ui.commands.CatalogueCommand``) and put it on the undo stack.

        A refused write raises (``VillageCastError``) and leaves both the database and the stack as
        they were; a done one is published.
        """
        changes = command.first()
        self.undo_stack.push(command)
        return self.publish(changes)

    def report_error(self, exc: BaseException) -> None:
        """Tell the user, in their language, why a write failed."""
        from ..messages import describe_error

        self.signals.error.emit(describe_error(exc))

    @cached_property
    def files(self):
        """The attachments folder of this catalogue (``storage.files.FileStore``), beside the database."""
        from .. import paths
        from ..storage.files import FileStore

        return FileStore(paths.attachments_dir(self.db_path))

    @cached_property
    def shipping(self):
        """Rate cards, packaging presets and fee profiles of this catalogue (``core.shipping.service.ShippingBook``)."""
        from ..core.shipping.service import ShippingBook
        from ..storage.shipping_repo import ShippingRepository

        return ShippingBook(ShippingRepository(self.db))

    def publish(self, changes: Changes) -> Changes:
        """Tell every model and view what a write changed; returns ``changes`` for chaining."""
        self.signals.data_changed.emit(changes)
        return changes

    @cached_property
    def is_demo(self) -> bool:
        """True when the open file is the demo catalogue (marked when built), not the user's."""
        return self.catalogue.repo.is_demo()

    def close(self, keep_lock: bool = False) -> None:
        """Close the database connection, then let another window have the file (unless ``keep_lock``)."""
        self.db.conn.close()
        if self.lock is not None and not keep_lock:
            self.lock.release()
