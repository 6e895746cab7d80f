"""The app context: services, the undo stack and the one change signal, passed explicitly to views."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.catalogue import Catalogue, Changes
from ..storage import Database, Repository


class AppSignals(QObject):
    """App-wide signals. ``data_changed`` carries the ``core.catalogue.Changes`` of every write."""

    data_changed = Signal(object)


@dataclass
class AppContext:
    """Everything a view needs: the database, its path, the catalogue, undo and signals."""

    db: Database
    db_path: Path
    catalogue: Catalogue | None = None  # built over ``db`` when not given
    undo_stack: QUndoStack = field(default_factory=QUndoStack)
    signals: AppSignals = field(default_factory=AppSignals)

    def __post_init__(self) -> None:
        self.db_path = Path(self.db_path)
        if self.catalogue is None:
            self.catalogue = Catalogue(Repository(self.db))

    @classmethod
    def create(cls, db: Database, db_path: Path) -> AppContext:
        """A context over an opened database."""
        return cls(db, Path(db_path))

    def publish(self, changes: Changes) -> Changes:
        """Tell every model and view what a write changed; returns ``changes`` for chaining."""
        self.signals.data_changed.emit(changes)
        return changes

    @cached_property
    def is_demo(self) -> bool:
        """True when the open file is the demo catalogue (marked when built), not the user's."""
        return self.catalogue.repo.is_demo()

    def close(self) -> None:
        """Close the database connection."""
        self.db.conn.close()
