"""The catalogue service: products, stock ledger and price history over a repository.

Every write validates first, runs in one transaction and returns a ``Changes`` naming what it
touched, so views refresh only that. Nothing is written when an error is raised.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone

from . import audit, pricing
from .errors import Issue, NotFound, StockError, ValidationError
from .product import CHILD_FIELDS, PRICE_FIELDS, PRICE_KIND, SCALAR_FIELDS, Product, end_status, origin_text
from .validation import validate_product
from .search import pinyin_keys

STOCK_KINDS = ("receive", "sell", "return", "damage", "adjust")
# Sign of the quantity each kind records; "adjust" takes the caller's sign.
STOCK_SIGN = {"receive": 1, "sell": -1, "return": 1, "damage": -1}
MAX_QUANTITY = 1_000_000
# Writes of these aspects touch no product row (rate cards, scripts, sessions, run sheets): lists of products
# need not reload for them.
NON_PRODUCT_ASPECTS = frozenset({"shipping", "scripts", "sessions", "runsheets"})


@dataclass
class Changes:
    """What one write touched: product ids, and which aspects ("product", "stock", "price", "removed").

    ``price_ids`` and ``move_id`` name the history rows the write added, so an undo can take them back.
    """

    product_ids: set[int] = field(default_factory=set)
    aspects: set[str] = field(default_factory=set)
    warnings: list[Issue] = field(default_factory=list)
    price_ids: list[int] = field(default_factory=list)
    move_id: int | None = None

    def merge(self, other: Changes) -> Changes:
        return Changes(self.product_ids | other.product_ids, self.aspects | other.aspects,
                       self.warnings + other.warnings, self.price_ids + other.price_ids,
                       other.move_id if other.move_id is not None else self.move_id)


@dataclass
class ProductRecord:
    """A product with its whole stock and price history, as stored: what undoing a removal puts back."""

    product: Product
    created_at: str
    moves: list[tuple]
    prices: list[tuple]
    scripts: list[tuple] = field(default_factory=list)  # the product's own scripts (title, text, updated_at)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Catalogue:
    """Products, stock and prices. ``repo`` is a ``storage.Repository``; ``clock`` returns aware UTC."""

    def __init__(self, repo, clock: Callable[[], datetime] = utc_now):
        self.repo = repo
        self.clock = clock

    def _now(self) -> str:
        return self.clock().astimezone(timezone.utc).isoformat(timespec="microseconds")

    def _pid(self, sku: str) -> int:
        pid = self.repo.product_id(sku)
        if pid is None:
            raise NotFound("product_not_found", sku=sku)
        return pid

    # --- products -----------------------------------------------------------------------------
    @staticmethod
    def _check(p: Product) -> list[Issue]:
        issues = validate_product(p)
        if any(i.is_error for i in issues):
            raise ValidationError(issues)
        return issues

    def get(self, sku: str) -> Product:
        p = self.repo.load_product(sku)
        if p is None:
            raise NotFound("product_not_found", sku=sku)
        return p

    def exists(self, sku: str) -> bool:
        return self.repo.product_id(sku) is not None

    def count(self) -> int:
        """How many products the catalogue holds."""
        return self.repo.count_products()

    def list_rows(self, limit: int | None = None, *, ids=None, today: date | None = None) -> list[dict]:
        """Summary rows by SKU: list columns plus ``stock`` on hand and the derived flags.

        ``limit`` gives only the first rows (a window's first screen before the rest loads); ``ids`` only
        the rows of those products. Flags: ``low_stock``, ``origin``, ``approved`` (selection review),
        ``certificates`` ("expired" / "expiring" / "" by the earliest end date) and ``unsupported_points``.
        """
        rows = self.repo.list_rows_for(ids) if ids is not None else self.repo.list_rows(limit)
        today = today or self.clock().astimezone().date()
        for r in rows:
            r["low_stock"] = r["stock"] <= r["low_stock_threshold"]
            r["origin"] = origin_text(r)
            r["approved"] = r["review_status"] == audit.APPROVED
            r["certificates"] = end_status(r["first_expiry"], today) or ""  # by the earliest end date
        return rows

    def add(self, p: Product, opening_stock: int = 0) -> Changes:
        """Create a product (prices recorded in the history; optional opening stock received)."""
        warnings = self._check(p)
        if self.repo.product_id(p.sku) is not None:
            raise ValidationError([Issue("sku", "duplicate_sku", {"value": p.sku})])
        now = self._now()
        changes = Changes(set(), {"product", "price", "stock"}, warnings)
        with self.repo.transaction():
            pid = self.repo.insert_product(p, pinyin_keys(p.name_zh, origin_text(p)), now, audit.review(p).status)
            changes.product_ids.add(pid)
            for name in PRICE_FIELDS:
                if getattr(p, name) is not None:
                    changes.price_ids.append(self.repo.add_price(pid, PRICE_KIND[name], getattr(p, name), now))
            if opening_stock:
                changes.move_id = self._move(pid, "receive", opening_stock, "", None, now)
        return changes

    def update(self, sku: str, /, **values) -> Changes:
        """Change fields of a product; changed prices are recorded in the history."""
        old = self.get(sku)
        unknown = set(values) - set(SCALAR_FIELDS) - set(CHILD_FIELDS)
        if unknown:
            raise ValidationError([Issue(name, "unknown_field", {"value": name}) for name in sorted(unknown)])
        new = replace(old, **values)
        return self.save(sku, new, _old=old)

    def save(self, sku: str, new: Product, _old: Product | None = None) -> Changes:
        """Replace the stored product ``sku`` by ``new`` (which may carry a new SKU)."""
        old = _old or self.get(sku)
        return self._write(old, new, record_prices=True)

    def revert(self, sku: str, old: Product, price_ids: list[int]) -> Changes:
        """Undo a ``save``: put ``old`` back over ``sku`` and drop the price rows that save added."""
        return self._write(self.get(sku), old, record_prices=False, drop_prices=price_ids)

    def _write(self, old: Product, new: Product, record_prices: bool, drop_prices: list[int] = ()) -> Changes:
        warnings = self._check(new)
        if new.sku != old.sku and self.repo.product_id(new.sku) is not None:
            raise ValidationError([Issue("sku", "duplicate_sku", {"value": new.sku})])
        now = self._now()
        changes = Changes({old.id}, {"product", "price"}, warnings)
        with self.repo.transaction():
            self.repo.update_product(old.id, new, pinyin_keys(new.name_zh, origin_text(new)), now,
                                     audit.review(new).status)
            self.repo.delete_prices(old.id, drop_prices)
            for name in PRICE_FIELDS if record_prices else ():
                if getattr(new, name) != getattr(old, name):
                    changes.price_ids.append(self.repo.add_price(old.id, PRICE_KIND[name], getattr(new, name), now))
        return changes

    def remove(self, sku: str) -> Changes:
        """Delete a product with its stock and price history."""
        pid = self._pid(sku)
        with self.repo.transaction():
            self.repo.delete_product(pid)
        return Changes({pid}, {"removed"})

    def record(self, sku: str) -> ProductRecord:
        """Everything stored about ``sku``, enough for ``restore`` to put it back after a removal."""
        product = self.get(sku)
        moves, prices = self.repo.history_rows(product.id)
        return ProductRecord(product, self.repo.created_at(product.id), moves, prices,
                             self.repo.script_rows(product.id))

    def restore(self, record: ProductRecord) -> Changes:
        """Put a removed product back with its history, as it was (times included)."""
        p = record.product
        self._check(p)
        if self.repo.product_id(p.sku) is not None:
            raise ValidationError([Issue("sku", "duplicate_sku", {"value": p.sku})])
        with self.repo.transaction():
            pid = self.repo.insert_product(p, pinyin_keys(p.name_zh, origin_text(p)), self._now(),
                                           audit.review(p).status, created_at=record.created_at)
            self.repo.insert_history_rows(pid, record.moves, record.prices)
            self.repo.insert_script_rows(pid, record.scripts)
        return Changes({pid}, {"product", "price", "stock"})

    # --- stock -------------------------------------------------------------------------------
    def on_hand(self, sku: str) -> int:
        return self.repo.on_hand(self._pid(sku))

    def move_stock(self, sku: str, kind: str, quantity: int, reason: str = "",
                   session_id: str | None = None) -> Changes:
        """Record a movement. receive/sell/return/damage take a positive count; adjust a signed one."""
        pid = self._pid(sku)
        with self.repo.transaction():
            move_id = self._move(pid, kind, quantity, reason, session_id, self._now())
        return Changes({pid}, {"stock"}, move_id=move_id)

    def undo_move(self, sku: str, move_id: int) -> Changes:
        """Take back movement ``move_id`` (undo); refused when stock on hand would go below zero."""
        pid = self._pid(sku)
        with self.repo.transaction():
            quantity = self.repo.delete_stock_move(pid, move_id)
            if quantity is None:
                raise NotFound("movement_not_found", sku=sku)
            on_hand = self.repo.on_hand(pid)
            if on_hand < 0:
                raise StockError("below_zero", on_hand=on_hand + quantity, requested=quantity)
        return Changes({pid}, {"stock"})

    def _move(self, pid: int, kind: str, quantity: int, reason: str, session_id, now: str) -> int:
        if kind not in STOCK_KINDS:
            raise StockError("bad_kind", kind=kind)
        if isinstance(quantity, bool) or not isinstance(quantity, int):
            raise StockError("not_an_integer", value=quantity)
        if kind == "adjust":
            if quantity == 0:
                raise StockError("zero_quantity")
            delta = quantity
        else:
            if quantity <= 0:
                raise StockError("not_positive", value=quantity)
            delta = STOCK_SIGN[kind] * quantity
        if abs(delta) > MAX_QUANTITY:
            raise StockError("too_large", value=quantity, limit=MAX_QUANTITY)
        on_hand = self.repo.on_hand(pid)
        if on_hand + delta < 0:
            raise StockError("below_zero", on_hand=on_hand, requested=-delta)
        return self.repo.add_stock_move(pid, kind, delta, reason or "", now, session_id)

    def stock_history(self, sku: str) -> list[dict]:
        """Movements oldest first, each with the running ``balance``."""
        return self.repo.stock_moves(self._pid(sku))

    # --- prices ------------------------------------------------------------------------------
    def set_price(self, sku: str, fen: int, kind: str = "live") -> Changes:
        """Set one of the four prices (live by default) and record it in the history."""
        column = {v: k for k, v in PRICE_KIND.items()}.get(kind)
        if column is None:
            raise ValidationError([Issue("kind", "bad_choice", {"value": kind, "choices": tuple(PRICE_KIND.values())})])
        return self.update(sku, **{column: fen})

    def price_history(self, sku: str, kind: str | None = None) -> list[dict]:
        return self.repo.price_rows(self._pid(sku), kind)

    def reference_price(self, sku: str, day: date | None = None, tz=None) -> int | None:
        """The lowest live price in force in the 7 days before ``day``: the only price a script may call 原价."""
        day = day or self.clock().astimezone().date()
        rows = self.repo.price_rows(self._pid(sku), "live")
        start, end = pricing.reference_window(day, tz)
        return pricing.lowest_in_window([(r["at"], r["price_fen"]) for r in rows], start, end)
