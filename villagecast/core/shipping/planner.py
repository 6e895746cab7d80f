"""Quote a catalogue product and plan 包邮 per destination province.

For each province and each rate card in force from the product's origin: the shipping cost, the margin
at the live price and the break-even price; then a suggested policy for a target margin: ``free``
(包邮), ``charge`` (the buyer pays a shipping fee, whole yuan) or ``not_delivered`` (no card covers it,
the transit is longer than the shelf life, fresh goods would freeze in a northern winter, or even a
fee as large as the shipping cost would not reach the target).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..errors import VillageCastError
from ..product import Product
from . import provinces
from .engine import Quote, ShippingError, quote
from .margin import FeeProfile, PackagingPreset, break_even_fen, fees_fen, shipment_for
from .model import RateCard

WINTER_MONTHS = (11, 12, 1, 2, 3)  # northern winter: ambient or chilled fresh goods can freeze in transit


@dataclass
class Option:
    """One rate card's answer for one province."""

    card: RateCard
    quote: Quote | None = None
    problem: tuple[str, dict] | None = None  # why the card cannot carry it
    margin_fen: int | None = None
    break_even_fen: int | None = None


@dataclass
class ProvincePlan:
    province: provinces.Province
    options: list[Option]
    best: Option | None
    policy: str  # "free" | "charge" | "not_delivered"
    charge_fen: int | None = None  # what the buyer pays for shipping with "charge"
    reasons: list[tuple[str, dict]] = field(default_factory=list)


@dataclass(frozen=True)
class Order:
    """What is sold per order: the product, how many, in what box, at what price, with which fees."""

    product: Product
    quantity: int = 1
    preset: PackagingPreset | None = None
    price_fen: int | None = None  # per unit; default the product's live price
    fees_pct: Decimal = Decimal(0)

    @property
    def revenue_fen(self) -> int:
        unit = self.price_fen if self.price_fen is not None else self.product.live_price_fen
        if unit is None:
            raise PlanError("no_price", sku=self.product.sku)
        return unit * self.quantity

    @property
    def goods_cost_fen(self) -> int:
        return (self.product.cost_fen or 0) * self.quantity


class PlanError(VillageCastError):
    code = "plan"


def product_shipment(order: Order):
    p = order.product
    unit_g = p.net_weight_g if order.preset is not None else (p.gross_weight_g or p.net_weight_g)
    if not unit_g:
        raise PlanError("no_weight", sku=p.sku)
    dims = None
    if order.preset is None and p.length_cm and p.width_cm and p.height_cm:
        dims = tuple(Decimal(str(v)) for v in (p.length_cm, p.width_cm, p.height_cm))
    unit_value = order.revenue_fen // order.quantity
    return shipment_for(unit_g, order.quantity, order.preset, dims, unit_value)


def fee_pct(profile: FeeProfile | None) -> Decimal:
    return profile.total_pct if profile is not None else Decimal(0)


def cards_in_force(cards: list[RateCard], origin: str | None, day: date) -> list[RateCard]:
    """The newest version started by ``day`` of each carrier and service from ``origin`` (any origin if None)."""
    newest: dict[tuple, RateCard] = {}
    for card in cards:
        if origin is not None and card.origin != origin:
            continue
        if card.valid_from and date.fromisoformat(card.valid_from) > day:
            continue
        key = card.key[:3]
        if key not in newest or (card.valid_from or "") > (newest[key].valid_from or ""):
            newest[key] = card
    return list(newest.values())


def order_costs(order: Order, q: Quote) -> int:
    """Goods, packaging and shipping the seller pays for one order."""
    return order.goods_cost_fen + q.packaging_fen + q.total_fen


def price_option(order: Order, card: RateCard, code: str, **quote_args) -> Option:
    option = Option(card)
    try:
        option.quote = quote(card, code, product_shipment(order), **quote_args)
    except ShippingError as exc:
        option.problem = (exc.code, exc.params)
        return option
    costs = order_costs(order, option.quote)
    revenue = order.revenue_fen
    option.margin_fen = revenue - costs - fees_fen(revenue, order.fees_pct)
    per_unit = break_even_fen(costs, order.fees_pct)
    option.break_even_fen = None if per_unit is None else -(-per_unit // order.quantity)
    return option


def plan(order: Order, cards: list[RateCard], target_margin_fen: int = 0, day: date | None = None,
         origin: str | None = None) -> list[ProvincePlan]:
    """A ProvincePlan for each of the 31 provinces (GB/T 2260 order)."""
    day = day or date.today()
    p = order.product
    if origin is None:
        found = provinces.find(p.origin_province or "")
        if found is None:
            raise PlanError("no_origin", sku=p.sku, value=p.origin_province)
        origin = found.code
    product_shipment(order)  # refuses a product without weight or price before anything else
    usable = cards_in_force(cards, origin, day)
    result = []
    for province in provinces.all_provinces():
        options = [price_option(order, card, province.code) for card in usable]
        result.append(_decide(order, province, options, target_margin_fen, day))
    return result


def _decide(order: Order, province, options: list[Option], target: int, day: date) -> ProvincePlan:
    p = order.product
    reasons: list[tuple[str, dict]] = []
    fresh = p.perishable and p.storage != "frozen"
    if fresh and province.winter_freeze and day.month in WINTER_MONTHS:
        reasons.append(("winter_freeze", {"province": province.name}))
    feasible = []
    for option in options:
        if option.quote is None:
            continue
        days = option.quote.zone.transit_days
        if p.perishable and p.shelf_life_days is not None and days is not None and days > p.shelf_life_days:
            option.problem = ("transit_exceeds_shelf_life", {"days": days, "shelf_life": p.shelf_life_days})
            continue
        feasible.append(option)
    best = max(feasible, key=lambda o: (o.margin_fen, -o.quote.total_fen), default=None)
    if not options:
        reasons.append(("no_rate_card", {}))
    elif best is None:
        reasons += [o.problem for o in options if o.problem][:1] or [("not_covered", {"province": province.name})]
    if reasons:
        return ProvincePlan(province, options, best, "not_delivered", None, reasons)
    buyer_extra = best.quote.surcharge_fen("buyer")
    if best.margin_fen >= target and not buyer_extra:
        return ProvincePlan(province, options, best, "free")
    charge = _charge(order, best, target) + buyer_extra
    if charge - buyer_extra > -(-best.quote.total_fen // 100) * 100:
        reasons.append(("below_target_even_charging", {"target": target, "margin": best.margin_fen,
                                                       "break_even": best.break_even_fen}))
        return ProvincePlan(province, options, best, "not_delivered", None, reasons)
    return ProvincePlan(province, options, best, "charge", charge)


def _charge(order: Order, best: Option, target: int) -> int:
    """The smallest whole-yuan shipping fee after which the order still earns ``target`` (fees apply to it too)."""
    costs = order_costs(order, best.quote)
    revenue = order.revenue_fen
    fee = 0
    while fee <= 10 * best.quote.total_fen + 10000:
        if revenue + fee - costs - fees_fen(revenue + fee, order.fees_pct) >= target:
            return fee
        fee += 100
    return fee
