"""The undoable import: one ``QUndoCommand`` for a whole catalogue import.

Done once by ``merge.apply`` (all or nothing, one transaction). It keeps ``catalogue.record(sku)`` of
every product it replaced (taken just before the import) and the SKUs it added. Undo, in one
transaction, removes the added products (keeping their records for redo) and writes each replaced
product back as recorded, in place, dropping the price-history rows the import added: the product
keeps its id, so its stock ledger and the scripts that belong to it stay attached. Redo, in one
transaction, restores the added products exactly as undo took them and writes the imported state
of the replaced ones again — it does not read the file a second time.
"""

from __future__ import annotations

from ...core.catalogue import Changes
from ...core.exchange import merge
from ..commands import CatalogueCommand


class ImportCatalogue(CatalogueCommand):
    """Import ``source`` (a read bundle or spreadsheet) with ``choices`` ({SKU: "keep" | "theirs"})."""

    def __init__(self, context, source, choices: dict[str, str], text: str, default: str = "keep"):
        super().__init__(context, text)
        self.source, self.choices, self.default = source, dict(choices), default
        self.result: merge.ApplyResult | None = None
        self.added: list[str] = []
        self.replaced: list[str] = []
        self._mine: dict = {}  # SKU -> ProductRecord of the stored product the import replaced
        self._theirs: dict = {}  # SKU -> the imported product (for redo)
        self._added_records: dict = {}  # SKU -> ProductRecord taken by undo (for redo)
        self._price_ids: list[int] = []  # price rows the last do() added to replaced products

    def sku(self) -> str | None:
        skus = self.added + self.replaced
        return skus[0] if skus else None

    def undo_sku(self) -> str | None:
        return self.replaced[0] if self.replaced else None

    def do(self) -> Changes:
        if self.result is None:
            return self._first()
        catalogue, changes = self.catalogue, Changes()
        with catalogue.repo.transaction():
            for sku in self.added:
                changes = changes.merge(catalogue.restore(self._added_records[sku]))
            self._price_ids = []
            for sku in self.replaced:
                step = catalogue.save(sku, self._theirs[sku])
                self._price_ids += step.price_ids
                changes = changes.merge(step)
        return changes

    def _first(self) -> Changes:
        catalogue = self.catalogue
        preview = merge.plan(catalogue, self.source)
        mine = {p.sku: catalogue.record(p.sku) for p in preview.plans
                if merge.decide(p, self.choices, self.default) == "replace"}
        result = merge.apply(catalogue, self.context.files, self.source, self.choices, self.default)
        self.result = result
        self.added, self.replaced = list(result.added), list(result.replaced)
        self._mine = {sku: mine[sku] for sku in self.replaced}  # planned and applied on this one thread
        self._theirs = {sku: catalogue.get(sku) for sku in self.replaced}
        self._price_ids = list(result.changes.price_ids)
        return result.changes

    def undo_(self) -> Changes:
        catalogue, changes = self.catalogue, Changes()
        with catalogue.repo.transaction():
            for sku in self.added:
                self._added_records[sku] = catalogue.record(sku)
                changes = changes.merge(catalogue.remove(sku))
            for sku in self.replaced:
                changes = changes.merge(catalogue.revert(sku, self._mine[sku].product, self._price_ids))
        return changes
