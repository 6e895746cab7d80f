"""Packaging presets, platform fee profiles, and the margin and break-even price of one order.

margin = price − cost − packaging − shipping − price × Σ fee %   (the fees rounded half-up to the fen)
break-even = the lowest price in fen whose margin is not negative (shared/reference/shipping.md §3.3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..errors import Issue
from .engine import Shipment, half_up
from .model import MAX_G, MAX_PRICE_FEN, _fen, _grams, _percent

FEE_FIELDS = ("platform_pct", "payment_pct", "influencer_pct", "damage_pct")


@dataclass
class PackagingPreset:
    """A box the anchor packs orders in: outer size, weights of box and cold-chain parts, and its cost."""

    name: str
    length_cm: Decimal
    width_cm: Decimal
    height_cm: Decimal
    tare_g: int = 0  # carton, fillers, tape
    foam_box_g: int = 0
    ice_packs: int = 0
    ice_pack_g: int = 0
    cost_fen: int = 0  # box, fillers, coolant and tape together
    id: int | None = None

    @property
    def packing_g(self) -> int:
        """Everything but the goods: tare, foam box and ice packs."""
        return self.tare_g + self.foam_box_g + self.ice_packs * self.ice_pack_g

    @property
    def dims(self) -> tuple[Decimal, Decimal, Decimal]:
        return (self.length_cm, self.width_cm, self.height_cm)


@dataclass
class FeeProfile:
    """What a platform keeps of each order, in percent of the price, with when it applies and who said so."""

    name: str
    platform_pct: Decimal = Decimal(0)
    payment_pct: Decimal = Decimal(0)
    influencer_pct: Decimal = Decimal(0)
    damage_pct: Decimal = Decimal(0)  # expected refunds for damaged goods and claims
    valid_from: str | None = None
    valid_to: str | None = None
    source_note: str = ""
    id: int | None = None

    @property
    def total_pct(self) -> Decimal:
        return sum((getattr(self, name) for name in FEE_FIELDS), Decimal(0))

    def applies_on(self, day: date) -> bool:
        return ((not self.valid_from or date.fromisoformat(self.valid_from) <= day)
                and (not self.valid_to or day <= date.fromisoformat(self.valid_to)))


def validate_preset(p: PackagingPreset) -> list[Issue]:
    issues: list[Issue] = []
    add = issues.append
    if not (p.name or "").strip():
        add(Issue("name", "required"))
    for name in ("length_cm", "width_cm", "height_cm"):
        value = getattr(p, name)
        if not isinstance(value, Decimal) or not value.is_finite() or not 0 < value <= 500:
            add(Issue(name, "bad_size", {"value": value}))
    for name in ("tare_g", "foam_box_g", "ice_pack_g"):
        _grams(add, name, getattr(p, name), required=True, zero=True)
    if not isinstance(p.ice_packs, int) or isinstance(p.ice_packs, bool) or not 0 <= p.ice_packs <= 50:
        add(Issue("ice_packs", "bad_count", {"value": p.ice_packs}))
    _fen(add, "cost_fen", p.cost_fen, required=True)
    if not issues and p.packing_g > MAX_G:
        add(Issue("tare_g", "bad_weight", {"value": p.packing_g}))
    return issues


def validate_profile(f: FeeProfile) -> list[Issue]:
    issues: list[Issue] = []
    add = issues.append
    if not (f.name or "").strip():
        add(Issue("name", "required"))
    for name in FEE_FIELDS:
        _percent(add, name, getattr(f, name), required=True)
    days = {}
    for name in ("valid_from", "valid_to"):
        value = getattr(f, name)
        if value:
            try:
                days[name] = date.fromisoformat(value)
            except (TypeError, ValueError):
                add(Issue(name, "bad_date", {"value": value}))
    if len(days) == 2 and days["valid_to"] < days["valid_from"]:
        add(Issue("valid_to", "ends_before_start", {"start": f.valid_from, "end": f.valid_to}))
    if not issues and f.total_pct >= 100:
        add(Issue("platform_pct", "fees_take_everything", {"total": f.total_pct}))
    return issues


def shipment_for(unit_g: int, quantity: int, preset: PackagingPreset | None, unit_dims=None,
                 unit_value_fen: int = 0) -> Shipment:
    """A product order as a Shipment: in a preset box, or (no preset) each unit in its own carton stacked."""
    if preset is None:
        return Shipment(unit_g, quantity, 0, unit_dims, True, 0, unit_value_fen)
    return Shipment(unit_g, quantity, preset.packing_g, preset.dims, False, preset.cost_fen, unit_value_fen)


def fees_fen(revenue_fen: int, pct: Decimal) -> int:
    return half_up(Decimal(revenue_fen) * pct / 100)


def margin_fen(price_fen: int, costs_fen: int, pct: Decimal) -> int:
    """``price`` less every cost (goods, packaging, shipping) and the fees on the price."""
    return price_fen - costs_fen - fees_fen(price_fen, pct)


def break_even_fen(costs_fen: int, pct: Decimal, target_fen: int = 0) -> int | None:
    """The lowest price in fen whose margin is at least ``target_fen``; None when the fees take it all."""
    if pct >= 100:
        return None
    need = costs_fen + target_fen
    price = int((Decimal(need) / (1 - pct / 100)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    price = max(price, 0)
    while price > 0 and margin_fen(price - 1, costs_fen, pct) >= target_fen:
        price -= 1
    while margin_fen(price, costs_fen, pct) < target_fen and price < 10 * MAX_PRICE_FEN:
        price += 1
    return price
