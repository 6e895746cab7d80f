"""Merging incoming products by SKU: the preview, the choices, and the all-or-nothing apply.

A source (a read bundle or spreadsheet) offers ``Incoming`` products. Each is compared with the
stored product of its SKU: **new**, **changed** (scalar fields by name with both values; child
lists and nutrition summarised by their item counts) or **unchanged**. A changed product keeps
the stored version ("keep", the default) unless the choice for its SKU is "theirs".

``apply`` sweeps away the temporary copies an import killed midway left in the attachments folder
(``FileStore.sweep_temporary``), writes the attachments first (content-addressed files, harmless if
the transaction then fails or the process is killed), then plans again inside one write transaction —
so it acts on the catalogue as it is at that moment — and adds or saves every product through
``Catalogue``; any refusal rolls all back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..catalogue import Changes
from ..errors import Issue
from ..product import CHILD_FIELDS, SCALAR_FIELDS, Product
from .errors import ExchangeError
from .schema import file_refs, product_json

STATUSES = ("new", "changed", "unchanged")
CHOICES = ("keep", "theirs")


@dataclass(frozen=True)
class FieldChange:
    """One difference. For a child list (or nutrition) ``mine``/``theirs`` are item counts and ``summary`` is set."""

    field: str
    mine: Any
    theirs: Any
    summary: bool = False


@dataclass(frozen=True)
class Incoming:
    """A product offered by a source: ``build(stored or None)`` gives the product that would be written.

    ``line`` is the spreadsheet row (None in a bundle); ``notes(stored, theirs)`` gives remarks for the
    preview (what a spreadsheet cannot change).
    """

    sku: str
    build: Callable[[Product | None], Product]
    line: int | None = None
    notes: Callable[[Product | None, Product], list[Issue]] | None = None


@dataclass
class Plan:
    """What importing one SKU would do."""

    sku: str
    name_zh: str
    status: str  # new | changed | unchanged
    changes: list[FieldChange] = field(default_factory=list)
    line: int | None = None
    notes: list[Issue] = field(default_factory=list)
    product: Product | None = field(default=None, repr=False)  # theirs, as it would be written


@dataclass
class Preview:
    """The plans of one source, in its order, and what the source says about itself."""

    kind: str  # bundle | csv | xlsx
    plans: list[Plan]
    meta: dict = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for p in self.plans if p.status == status)


@dataclass
class ApplyResult:
    """What an apply wrote: SKUs added, replaced by theirs, kept (changed but mine kept) and unchanged."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    files: int = 0
    prices: int = 0
    changes: Changes = field(default_factory=Changes)


def diff(mine: Product, theirs: Product) -> list[FieldChange]:
    """Field-by-field differences, ids ignored: scalar fields with both values, child fields summarised."""
    a, b = product_json(mine), product_json(theirs)
    out = [FieldChange(name, a[name], b[name]) for name in SCALAR_FIELDS if a[name] != b[name]]
    out += [FieldChange(name, len(a[name]), len(b[name]), True) for name in CHILD_FIELDS if a[name] != b[name]]
    return out


def plan(catalogue, source) -> Preview:
    """The preview of importing ``source`` into ``catalogue`` as it is now (writes nothing)."""
    plans = []
    for item in source.incoming():
        stored = catalogue.repo.load_product(item.sku)
        theirs = item.build(stored)
        notes = item.notes(stored, theirs) if item.notes else []
        if stored is None:
            plans.append(Plan(item.sku, theirs.name_zh, "new", [], item.line, notes, theirs))
            continue
        changes = diff(stored, theirs)
        plans.append(Plan(item.sku, theirs.name_zh, "changed" if changes else "unchanged", changes, item.line,
                          notes, theirs))
    return Preview(source.kind, plans, dict(source.meta))


def decide(p: Plan, choices: dict[str, str], default: str) -> str:
    """"add", "replace", "keep" or "skip" (unchanged) for one plan."""
    if p.status == "new":
        return "add"
    if p.status == "unchanged":
        return "skip"
    return "replace" if choices.get(p.sku, default) == "theirs" else "keep"


def _check_choices(choices: dict[str, str], default: str) -> None:
    for value in (default, *choices.values()):
        if value not in CHOICES:
            raise ExchangeError("bad_choice", value=str(value), choices=CHOICES)


def apply(catalogue, files, source, choices: dict[str, str] | None = None, default: str = "keep",
          with_prices: bool = False) -> ApplyResult:
    """Import ``source``: add new products, replace changed ones chosen "theirs", keep the rest. All or nothing.

    ``with_prices`` also copies a bundle's price history into the ledger of products it adds (never of
    products that exist: two shops' histories do not merge). Raises ``ValidationError`` or
    ``ExchangeError`` with nothing written to the database.
    """
    choices = dict(choices or {})
    _check_choices(choices, default)
    if files is not None:  # a spreadsheet import may pass no store
        files.sweep_temporary()
    before = plan(catalogue, source)
    writing = [p.product for p in before.plans if decide(p, choices, default) in ("add", "replace")]
    result = ApplyResult()
    early = {rel for p in writing for rel in file_refs(p)}
    result.files = source.write_files(files, sorted(early))
    with catalogue.repo.transaction():
        current = plan(catalogue, source)  # under the write lock: the catalogue as it is now
        late = [rel for p in current.plans if decide(p, choices, default) in ("add", "replace")
                for rel in file_refs(p.product) if rel not in early]  # the catalogue changed meanwhile
        result.files += source.write_files(files, late)
        for p in current.plans:
            action = decide(p, choices, default)
            if action == "add":
                changes = catalogue.add(p.product)
                result.added.append(p.sku)
                rows = (getattr(source, "prices", None) or {}).get(p.sku) if with_prices else None
                if rows:
                    catalogue.repo.insert_history_rows(next(iter(changes.product_ids)), [], rows)
                    result.prices += len(rows)
            elif action == "replace":
                changes = catalogue.save(p.sku, p.product)
                result.replaced.append(p.sku)
            else:
                (result.kept if action == "keep" else result.unchanged).append(p.sku)
                continue
            result.changes = result.changes.merge(changes)
    return result
