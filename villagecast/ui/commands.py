"""Undoable catalogue edits: one QUndoCommand class per kind of write, over the core service.

A command is done once *before* it goes on the stack (``AppContext.execute``), so a refused write
(validation, stock below zero, a locked or full disk) raises there and never becomes an undo step;
the stack's first ``redo()`` call is skipped. Later undo and redo calls publish their ``Changes``
and ask the window to show the product they touched. If one of them fails, the error is reported
and the command is dropped from the stack; the database is unchanged, since each write is one
transaction.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..core.catalogue import Changes
from ..core.errors import VillageCastError
from ..core.product import Product


class CatalogueCommand(QUndoCommand):
    """Base: subclasses implement ``do()`` and ``undo_()``, each returning the ``Changes``."""

    def __init__(self, context, text: str):
        super().__init__(text)
        self.context = context
        self._done_once = False

    @property
    def catalogue(self):
        return self.context.catalogue

    def sku(self) -> str | None:
        """The SKU the product has after ``do()`` (the window selects it after undo or redo)."""
        return None

    def first(self) -> Changes:
        """Do it for the first time; raises and changes nothing when the write is refused."""
        changes = self.do()
        self._done_once = True
        return changes

    def redo(self) -> None:
        if self._done_once:  # QUndoStack.push() calls redo(); the work is already done
            self._done_once = False
            return
        self._run(self.do, self.sku())

    def undo(self) -> None:
        self._run(self.undo_, self.undo_sku())

    def undo_sku(self) -> str | None:
        return self.sku()

    def _run(self, step, sku: str | None) -> None:
        try:
            changes = step()
        except VillageCastError as exc:
            self.setObsolete(True)
            self.context.report_error(exc)
            return
        self.context.publish(changes)
        self.context.signals.focus_product.emit(sku)

    def do(self) -> Changes:
        raise NotImplementedError

    def undo_(self) -> Changes:
        raise NotImplementedError


class SaveProduct(CatalogueCommand):
    """Replace one product's stored state (any field or list); undo puts the old state back."""

    def __init__(self, context, before: Product, after: Product, text: str):
        super().__init__(context, text)
        self.before, self.after = before, after
        self._price_ids: list[int] = []

    def sku(self) -> str:
        return self.after.sku

    def undo_sku(self) -> str:
        return self.before.sku

    def do(self) -> Changes:
        changes = self.catalogue.save(self.before.sku, self.after)
        self._price_ids = changes.price_ids
        return changes

    def undo_(self) -> Changes:
        return self.catalogue.revert(self.after.sku, self.before, self._price_ids)


class AddProduct(CatalogueCommand):
    """Create a product; undo removes it, redo puts back exactly what undo removed."""

    def __init__(self, context, product: Product, text: str):
        super().__init__(context, text)
        self.product = product
        self._record = None

    def sku(self) -> str:
        return self.product.sku

    def undo_sku(self) -> None:
        return None

    def do(self) -> Changes:
        if self._record is not None:
            return self.catalogue.restore(self._record)
        return self.catalogue.add(self.product)

    def undo_(self) -> Changes:
        self._record = self.catalogue.record(self.product.sku)
        return self.catalogue.remove(self.product.sku)


class RemoveProduct(CatalogueCommand):
    """Delete a product with its history; undo restores it with every movement and price as it was."""

    def __init__(self, context, sku: str, text: str):
        super().__init__(context, text)
        self._sku = sku
        self._record = None

    def sku(self) -> None:
        return None

    def undo_sku(self) -> str:
        return self._sku

    def do(self) -> Changes:
        self._record = self.catalogue.record(self._sku)
        return self.catalogue.remove(self._sku)

    def undo_(self) -> Changes:
        return self.catalogue.restore(self._record)


class MoveStock(CatalogueCommand):
    """Record a stock movement; undo takes that movement back out of the ledger."""

    def __init__(self, context, sku: str, kind: str, quantity: int, reason: str, text: str):
        super().__init__(context, text)
        self._sku, self.kind, self.quantity, self.reason = sku, kind, quantity, reason
        self._move_id: int | None = None

    def sku(self) -> str:
        return self._sku

    def do(self) -> Changes:
        changes = self.catalogue.move_stock(self._sku, self.kind, self.quantity, self.reason)
        self._move_id = changes.move_id
        return changes

    def undo_(self) -> Changes:
        return self.catalogue.undo_move(self._sku, self._move_id)
