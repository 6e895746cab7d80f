"""Undoable run-sheet writes: one command per ``RunSheets`` edit, undone and redone with ``RunSheets.revert``.

Every ``RunSheets`` write returns an ``Edit`` whose ``inverse`` undoes it, and ``revert`` returns the edit that
redoes it, so a command keeps one edit and alternates. Each step publishes ``Changes(aspects={"runsheets"})``;
after an undo or redo ``SheetBook.shown`` asks the window to show the sheet and segment it touched.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from ... import broadcast_messages as words
from ...core.broadcast.runsheet import ASPECT, Edit, RunSheets
from ...core.catalogue import Changes
from ...core.errors import VillageCastError
from ...storage.runsheet_repo import RunSheetRepository
from ..commands import CatalogueCommand


class NothingToDo(Exception):
    """The write changed nothing (a move to where the segment already is): no undo step."""


def sheets_changed() -> Changes:
    return Changes(aspects={ASPECT})


class SheetBook(QObject):
    """The run sheets of ``context``'s catalogue; ``shown(sheet_id, segment_id)`` after an undo or redo."""

    shown = Signal(object, object)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.sheets = RunSheets(RunSheetRepository(context.db), context.catalogue)


class SheetCommand(CatalogueCommand):
    """``write()`` is a ``RunSheets`` call returning an ``Edit`` (None: nothing changed, nothing pushed)."""

    def __init__(self, book: SheetBook, text: str, write: Callable[[], Edit | None]):
        super().__init__(book.context, text)
        self.book = book
        self._write = write
        self.edit: Edit | None = None
        self.warnings: list = []  # of the first write (not_approved…)

    def do(self) -> Changes:
        if self.edit is None:
            edit = self._write()
            if edit is None:
                raise NothingToDo()
            self.edit, self.warnings = edit, list(edit.warnings)
        else:
            self.edit = self.book.sheets.revert(self.edit)
        return sheets_changed()

    def undo_(self) -> Changes:
        self.edit = self.book.sheets.revert(self.edit)
        return sheets_changed()

    def _run(self, step, _sku) -> None:
        try:
            changes = step()
        except VillageCastError as exc:
            self.setObsolete(True)
            self.context.signals.error.emit(words.describe_error(exc))
            return
        self.context.publish(changes)
        self.book.shown.emit(self.edit.sheet_id, self.edit.segment_id)


def execute(book: SheetBook, text: str, write: Callable[[], Edit | None]) -> SheetCommand | None:
    """Do ``write`` as one undo step on the app stack; None when it changed nothing. Refusals raise."""
    command = SheetCommand(book, text, write)
    try:
        book.context.execute(command)
    except NothingToDo:
        return None
    return command
