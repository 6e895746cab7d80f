"""The catalogue service: products, stock ledger and price history over a repository.

Every write validates first, runs in one transaction and returns a ``Changes`` naming what it
touched, so views refresh only that. Nothing is written when an error is raised.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone

from . import pricing
from .errors import Issue, NotFound, StockError, ValidationError
from .product import PRICE_FIELDS, PRICE_KIND, SCALAR_FIELDS, Product, origin_text, validate_product
from .search import pinyin_keys

STOCK_KINDS = ("receive", "sell", "return", "damage", "adjust")
# Sign of the quantity each kind records; "adjust" takes the caller's sign.
STOCK_SIGN = {"receive": 1, "sell": -1, "return": 1, "damage": -1}
MAX_QUANTITY = 1_000_000


@dataclass
class Changes:
    """What one write touched: product ids, and which aspects ("product", "stock", "price", "removed")."""

    product_ids: set[int] = field(default_factory=set)
    aspects: set[str] = field(default_factory=set)
    warnings: list[Issue] = field(default_factory=list)

    def merge(self, other: Changes) -> Changes:
        return Changes(self.product_ids | other.product_ids, self.aspects | other.aspects,
                       self.warnings + other.warnings)


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

    def list_rows(self, limit: int | None = None) -> list[dict]:
        """Summary rows by SKU: list columns plus ``stock`` on hand, ``low_stock`` and ``origin``.

        ``limit`` gives only the first rows (a window's first screen before the rest loads).
        """
        rows = self.repo.list_rows(limit)
        for r in rows:
            r["low_stock"] = r["stock"] <= r["low_stock_threshold"]
            r["origin"] = origin_text(r)
        return rows

    def add(self, p: Product, opening_stock: int = 0) -> Changes:
        """Create a product (prices recorded in the history; optional opening stock received)."""
        warnings = self._check(p)
        if self.repo.product_id(p.sku) is not None:
            raise ValidationError([Issue("sku", "duplicate_sku", {"value": p.sku})])
        now = self._now()
        with self.repo.transaction():
            pid = self.repo.insert_product(p, pinyin_keys(p.name_zh, origin_text(p)), now)
            for name in PRICE_FIELDS:
                if getattr(p, name) is not None:
                    self.repo.add_price(pid, PRICE_KIND[name], getattr(p, name), now)
            if opening_stock:
                self._move(pid, "receive", opening_stock, "", None, now)
        return Changes({pid}, {"product", "price", "stock"}, warnings)

    def update(self, sku: str, /, **values) -> Changes:
        """Change fields of a product; changed prices are recorded in the history."""
        old = self.get(sku)
        unknown = set(values) - set(SCALAR_FIELDS) - {"nutrition", "certificates", "documents", "talking_points"}
        if unknown:
            raise ValidationError([Issue(name, "unknown_field", {"value": name}) for name in sorted(unknown)])
        new = replace(old, **values)
        return self.save(sku, new, _old=old)

    def save(self, sku: str, new: Product, _old: Product | None = None) -> Changes:
        """Replace the stored product ``sku`` by ``new`` (which may carry a new SKU)."""
        old = _old or self.get(sku)
        warnings = self._check(new)
        if new.sku != old.sku and self.repo.product_id(new.sku) is not None:
            raise ValidationError([Issue("sku", "duplicate_sku", {"value": new.sku})])
        now = self._now()
        with self.repo.transaction():
            self.repo.update_product(old.id, new, pinyin_keys(new.name_zh, origin_text(new)), now)
            for name in PRICE_FIELDS:
                if getattr(new, name) != getattr(old, name):
                    self.repo.add_price(old.id, PRICE_KIND[name], getattr(new, name), now)
        return Changes({old.id}, {"product", "price"}, warnings)

    def remove(self, sku: str) -> Changes:
        """Delete a product with its stock and price history."""
        pid = self._pid(sku)
        with self.repo.transaction():
            self.repo.delete_product(pid)
        return Changes({pid}, {"removed"})

    # --- stock -------------------------------------------------------------------------------
    def on_hand(self, sku: str) -> int:
        return self.repo.on_hand(self._pid(sku))

    def move_stock(self, sku: str, kind: str, quantity: int, reason: str = "",
                   session_id: str | None = None) -> Changes:
        """Record a movement. receive/sell/return/damage take a positive count; adjust a signed one."""
        pid = self._pid(sku)
        with self.repo.transaction():
            self._move(pid, kind, quantity, reason, session_id, self._now())
        return Changes({pid}, {"stock"})

    def _move(self, pid: int, kind: str, quantity: int, reason: str, session_id, now: str) -> None:
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
        self.repo.add_stock_move(pid, kind, delta, reason or "", now, session_id)

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
