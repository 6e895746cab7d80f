"""``villagecast quote``, ``plan`` and ``ratecard``: shipping costs, margins and the 包邮 plan.

``quote --rate-card FILE.csv`` needs no database; the other forms use the catalogue's rate cards,
packaging presets and fee profiles. With ``--json`` money is a string with two decimals and weights
are strings in kg with three decimals. Unknown provinces, bad sizes or a destination no card covers:
exit 2 with the reason.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import shipping_messages as sm
from .cli_support import CliError, err, money, out, parse_date, print_json, table, yuan
from .core.errors import Issue, ValidationError
from .core.fields import fold, parse_int
from .core.money import parse_yuan
from .core.shipping import csvio, provinces
from .core.shipping.engine import ShippingError, Shipment, quote
from .core.shipping.margin import fees_fen
from .messages import label, province_shown, tr

CTX = "ShippingCli"
TEXT = {
    "card": QT_TRANSLATE_NOOP("ShippingCli", "{carrier} {service} from {origin}"),
    "example": QT_TRANSLATE_NOOP("ShippingCli", "(EXAMPLE prices, not a real quote)"),
    "imported": QT_TRANSLATE_NOOP("ShippingCli", "Imported {count} rate card(s) from {path}."),
    "replaced": QT_TRANSLATE_NOOP("ShippingCli", "Replaced the earlier copy of: {card}"),
    "exported": QT_TRANSLATE_NOOP("ShippingCli", "Wrote {count} rate card(s) to {path}."),
    "no_cards": QT_TRANSLATE_NOOP("ShippingCli", "No rate cards yet. Import your outlet's card: villagecast "
                                  "ratecard import FILE.csv"),
    "skipped": QT_TRANSLATE_NOOP("ShippingCli", "Skipped {card}: {reason}"),
    "plan_title": QT_TRANSLATE_NOOP(
        "ShippingCli", "{sku} at {price} yuan \u00d7 {qty}, target margin {target} yuan, fees {pct}%, on {date}"),
    "policy_written": QT_TRANSLATE_NOOP("ShippingCli", "Policy written to {path}."),
    "province": QT_TRANSLATE_NOOP("ShippingCli", "Province"),
    "carrier": QT_TRANSLATE_NOOP("ShippingCli", "Carrier"),
    "zone": QT_TRANSLATE_NOOP("ShippingCli", "Zone"),
    "shipping": QT_TRANSLATE_NOOP("ShippingCli", "Shipping"),
    "margin": QT_TRANSLATE_NOOP("ShippingCli", "Margin"),
    "break_even": QT_TRANSLATE_NOOP("ShippingCli", "Break-even"),
    "policy": QT_TRANSLATE_NOOP("ShippingCli", "Policy"),
    "charge": QT_TRANSLATE_NOOP("ShippingCli", "Buyer pays"),
    "reason": QT_TRANSLATE_NOOP("ShippingCli", "Reason"),
    "origin": QT_TRANSLATE_NOOP("ShippingCli", "Origin"),
    "service": QT_TRANSLATE_NOOP("ShippingCli", "Service"),
    "valid_from": QT_TRANSLATE_NOOP("ShippingCli", "From"),
    "zones": QT_TRANSLATE_NOOP("ShippingCli", "Zones"),
    "model": QT_TRANSLATE_NOOP("ShippingCli", "Pricing"),
    "yes": QT_TRANSLATE_NOOP("ShippingCli", "example"),
}


def say(key: str, **params) -> str:
    text = tr(TEXT[key], CTX)
    return text.format(**params) if params else text


def register(sub, common) -> None:
    p = sub.add_parser("quote", parents=[common], help="what a parcel costs to a province, per carrier card")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--rate-card", metavar="FILE.csv", help="price with the cards in this CSV (no database)")
    source.add_argument("--sku", help="a catalogue product (its weight, size, cost and live price)")
    p.add_argument("--to", required=True, metavar="PROVINCE", help="destination: 广东, 广东省, 粤 or Guangdong")
    p.add_argument("--origin", metavar="PROVINCE", help="only cards from this province (with --sku: default "
                   "the product's origin)")
    p.add_argument("--weight-kg", metavar="KG", help="actual weight of the parcel with packing (with --rate-card)")
    p.add_argument("--dims", metavar="LxWxH", help="outer box in cm, e.g. 40x30x25")
    p.add_argument("--qty", default="1", metavar="N", help="units of the product (with --sku)")
    p.add_argument("--packaging", metavar="PRESET", help="packaging preset by name (with --sku; default: as packed)")
    p.add_argument("--fees", metavar="PROFILE", help="platform fee profile by name (with --sku)")
    p.add_argument("--carrier", metavar="C", help="only cards whose carrier name contains C")
    p.add_argument("--declared-value", metavar="YUAN", help="value to insure")
    p.add_argument("--insurance-pct", metavar="P", help="insurance rate in percent (default: the card's)")
    p.add_argument("--insurance-min", metavar="YUAN", help="minimum insurance fee (default: the card's)")
    p.add_argument("--price", metavar="YUAN", help="selling price of the order (with --sku: default live price)")
    p.add_argument("--cost", metavar="YUAN", help="cost of the goods (with --rate-card)")
    p.add_argument("--packaging-cost", metavar="YUAN", help="cost of the packaging (with --rate-card)")
    p.add_argument("--fees-pct", metavar="P", help="platform, payment and other fees in percent of the price")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="which card version is in force (default: today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_quote)

    p = sub.add_parser("plan", parents=[common], help="margin per province and where to offer 包邮")
    p.add_argument("--sku", required=True)
    p.add_argument("--price", metavar="YUAN", help="live price per unit (default: the product's)")
    p.add_argument("--target-margin", default="0", metavar="YUAN", help="margin an order must keep (default 0)")
    p.add_argument("--qty", default="1", metavar="N")
    p.add_argument("--packaging", metavar="PRESET")
    p.add_argument("--fees", metavar="PROFILE", help="platform fee profile by name")
    p.add_argument("--fees-pct", metavar="P", help="fees in percent instead of a profile")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="plan for this day (winter rules, card versions)")
    p.add_argument("--csv", metavar="OUT.csv", help="also write the policy as CSV")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_plan)

    card = sub.add_parser("ratecard", parents=[common], help="import, export and list rate cards")
    cmds = card.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = cmds.add_parser("import", parents=[common], help="add the cards of a CSV (UTF-8 or GBK); all or nothing")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import)
    p = cmds.add_parser("export", parents=[common], help="write rate cards as CSV (UTF-8 with BOM)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--origin", metavar="PROVINCE")
    p.add_argument("--chinese-headers", action="store_true", help="headers in Chinese (快递公司, 首重, …)")
    p.set_defaults(func=cmd_export)
    p = cmds.add_parser("list", parents=[common], help="the stored rate cards")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)


# --- parsing -----------------------------------------------------------------------------------
def _decimal(text: str, field: str, positive: bool = False) -> Decimal:
    try:
        value = Decimal(fold(text).rstrip("%"))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0 or (positive and value == 0):
        raise ValidationError([Issue(field, "not_a_number", {"value": text})])
    return value


def parse_dims(text: str) -> tuple[Decimal, Decimal, Decimal]:
    parts = re.split(r"\s*[x×X*]\s*", fold(text).lower().removesuffix("cm").strip())
    try:
        dims = tuple(Decimal(p) for p in parts)
    except InvalidOperation:
        dims = ()
    if len(dims) != 3 or any(not d.is_finite() or d <= 0 or d > 500 for d in dims):
        raise CliError("bad_dimensions", value=text)
    return dims


def _grams(text: str, field: str) -> int:
    kg = _decimal(text, field, positive=True)
    return int((kg * 1000).to_integral_value())


def _read_cards(path: str):
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CliError("file_unreadable", path=path, reason=exc.strerror or str(exc)) from None
    return csvio.read_cards(data)


def report_file_problems(exc: csvio.RateCardFileError) -> None:
    err(sm.messages.describe_error(exc))
    for line, issue in exc.problems:
        err("  " + sm.describe_file_problem(line, issue))


# --- output ------------------------------------------------------------------------------------
def kg3(grams: int | None) -> str | None:
    return None if grams is None else f"{Decimal(grams) / 1000:.3f}"


def card_title(card) -> str:
    origin = province_shown(provinces.by_code(card.origin).name)
    text = say("card", carrier=card.carrier, service=card.service, origin=origin)
    return f"{text} {say('example')}" if card.example else text


def quote_json(q, revenue: int | None, costs: int, pct: Decimal) -> dict:
    item = {"carrier": q.card.carrier, "service": q.card.service, "origin": provinces.by_code(q.card.origin).name,
            "destination": q.province.name, "zone": q.zone.name, "parcels": len(q.parcels),
            "actual_kg": kg3(q.actual_g), "volumetric_kg": kg3(q.volumetric_g), "chargeable_kg": kg3(q.chargeable_g),
            "freight": yuan(q.freight_fen), "surcharges": yuan(q.surcharge_fen("seller")),
            "surcharges_paid_by_platform": yuan(q.surcharge_fen("platform")),
            "surcharges_paid_by_buyer": yuan(q.surcharge_fen("buyer")), "insurance": yuan(q.insurance_fen),
            "total": yuan(q.total_fen), "example": q.card.example}
    if revenue is not None:
        fees = fees_fen(revenue, pct)
        item.update({"price": yuan(revenue), "fees": yuan(fees), "margin": yuan(revenue - costs - q.total_fen - fees)})
    return item


# --- commands ----------------------------------------------------------------------------------
def _book(ctx):
    from .core.shipping.service import ShippingBook
    from .storage.shipping_repo import ShippingRepository

    return ShippingBook(ShippingRepository(ctx.db))


def _matching(cards, origin: str | None, carrier: str | None, day: date):
    from .core.shipping.planner import cards_in_force

    found = cards_in_force(cards, origin, day)
    if carrier:
        found = [c for c in found if fold(carrier).casefold() in fold(c.carrier).casefold()]
    if not found:
        raise CliError("no_matching_card", origin=provinces.by_code(origin).name if origin else "*",
                       carrier=carrier or "*")
    return found


def _pct(text: str | None, field: str) -> Decimal | None:
    return None if text is None else _decimal(text, field)


def cmd_quote(args, ctx) -> int:
    day = parse_date(args.date) if args.date else date.today()
    destination = provinces.resolve(args.to)
    dims = parse_dims(args.dims) if args.dims else None
    insurance = {"declared_fen": parse_yuan(args.declared_value, "declared_value") if args.declared_value else None,
                 "insurance_pct": _pct(args.insurance_pct, "insurance_pct"),
                 "insurance_min_fen": parse_yuan(args.insurance_min, "insurance_min") if args.insurance_min else None}
    pct = _pct(args.fees_pct, "fees_pct") or Decimal(0)
    if args.rate_card:
        if not args.weight_kg:
            raise CliError("weight_required")
        try:
            cards = _read_cards(args.rate_card)
        except csvio.RateCardFileError as exc:
            report_file_problems(exc)
            return 2
        origin = provinces.resolve(args.origin).code if args.origin else None
        packaging = parse_yuan(args.packaging_cost, "packaging_cost") if args.packaging_cost else 0
        shipment = Shipment(_grams(args.weight_kg, "weight_kg"), dims_cm=dims, packaging_fen=packaging)
        revenue = parse_yuan(args.price, "price") if args.price else None
        goods = parse_yuan(args.cost, "cost") if args.cost else 0
    else:
        from .core.shipping.planner import Order, product_shipment

        book = _book(ctx)
        product = ctx.catalogue.get(args.sku)
        preset = book.preset(args.packaging) if args.packaging else None
        if args.fees:
            pct = book.profile(args.fees).total_pct
        order = Order(product, parse_int(args.qty, "quantity"), preset,
                      parse_yuan(args.price, "price") if args.price else None, pct)
        if order.quantity < 1:
            raise ValidationError([Issue("quantity", "at_least_one", {"value": order.quantity})])
        shipment = product_shipment(order)
        if dims is not None:
            shipment = Shipment(shipment.unit_g, shipment.units, shipment.tare_g, dims, False, shipment.packaging_fen,
                                shipment.unit_value_fen)
        origin = provinces.resolve(args.origin or product.origin_province).code
        cards = book.cards()
        revenue, goods = order.revenue_fen, order.goods_cost_fen
    results, skipped = [], []
    for card in _matching(cards, origin, args.carrier, day):
        try:
            results.append(quote(card, destination.code, shipment, **insurance))
        except ShippingError as exc:
            skipped.append((card, exc))
    for card, exc in skipped:
        err(say("skipped", card=card_title(card), reason=sm.messages.describe_error(exc)))
    if not results:
        return 2
    if args.json:
        print_json([quote_json(q, revenue, goods + q.packaging_fen, pct) for q in results])
        return 0
    for n, q in enumerate(results):
        if n:
            out()
        out(card_title(q.card))
        for line in sm.quote_lines(q, revenue, goods, pct if revenue is not None else None):
            out("  " + line)
    return 0


def cmd_plan(args, ctx) -> int:
    from .core.shipping.planner import Order, plan

    day = parse_date(args.date) if args.date else date.today()
    book = _book(ctx)
    product = ctx.catalogue.get(args.sku)
    preset = book.preset(args.packaging) if args.packaging else None
    pct = book.profile(args.fees).total_pct if args.fees else (_pct(args.fees_pct, "fees_pct") or Decimal(0))
    order = Order(product, parse_int(args.qty, "quantity"), preset,
                  parse_yuan(args.price, "price") if args.price else None, pct)
    if order.quantity < 1:
        raise ValidationError([Issue("quantity", "at_least_one", {"value": order.quantity})])
    target = parse_yuan(args.target_margin, "target_margin")
    plans = plan(order, book.cards(), target, day)
    rows = [plan_row(p) for p in plans]
    if args.csv:
        write_policy(Path(args.csv), rows)
    if args.json:
        print_json({"sku": product.sku, "price": yuan(order.revenue_fen), "quantity": order.quantity,
                    "target_margin": yuan(target), "fees_pct": sm.pct(pct), "date": day.isoformat(),
                    "provinces": rows})
        return 0
    out(say("plan_title", sku=product.sku, price=money(order.revenue_fen // order.quantity), qty=order.quantity,
            target=money(target), pct=sm.pct(pct), date=day.isoformat()))
    headers = [say(k) for k in ("province", "carrier", "zone", "shipping", "margin", "break_even", "policy",
                                 "charge", "reason")]
    out(table(headers, [[r["province"], r["carrier"] or "", r["zone"] or "", r["shipping"] or "", r["margin"] or "",
                         r["break_even"] or "", r["policy_text"], r["charge"] or "", r["reason"]] for r in rows],
              right=(3, 4, 5, 7)))
    if args.csv:
        out(say("policy_written", path=args.csv))
    return 0


def plan_row(p) -> dict:
    best = p.best
    q = best.quote if best else None
    return {"code": p.province.code, "province": p.province.name, "policy": p.policy,
            "policy_text": label(sm.POLICY_NAMES, p.policy), "charge": yuan(p.charge_fen),
            "carrier": best.card.carrier if best else None, "zone": q.zone.name if q else None,
            "shipping": yuan(q.total_fen) if q else None, "margin": yuan(best.margin_fen) if best else None,
            "break_even": yuan(best.break_even_fen) if best else None,
            "reason": "; ".join(sm.describe_reason(code, params) for code, params in p.reasons)}


POLICY_COLUMNS = ("code", "province", "policy_text", "charge", "carrier", "zone", "shipping", "margin", "break_even",
                  "reason")


def policy_headers() -> list[str]:
    return [tr(sm.POLICY_HEADERS[name]) for name in POLICY_COLUMNS]


def write_policy(path: Path, rows: list[dict]) -> None:
    """The plan as CSV (UTF-8 with BOM for Excel), written beside the target and renamed when complete."""
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(policy_headers())
    for row in rows:
        writer.writerow(["" if row[c] is None else row[c] for c in POLICY_COLUMNS])
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"))


def atomic_write(path: Path, data: bytes) -> None:
    from .core.atomic import write_bytes

    write_bytes(path, data)


def cmd_import(args, ctx) -> int:
    try:
        cards = _read_cards(args.file)
    except csvio.RateCardFileError as exc:
        report_file_problems(exc)
        return 2
    saved, replaced = _book(ctx).save_cards(cards)
    out(say("imported", count=len(saved), path=args.file))
    for card in replaced:
        out(say("replaced", card=card_title(card)))
    return 0


def cmd_export(args, ctx) -> int:
    cards = _book(ctx).cards()
    if args.origin:
        code = provinces.resolve(args.origin).code
        cards = [c for c in cards if c.origin == code]
    atomic_write(Path(args.file), csvio.write_cards(cards, chinese_headers=args.chinese_headers))
    out(say("exported", count=len(cards), path=args.file))
    return 0


def cmd_list(args, ctx) -> int:
    cards = _book(ctx).cards()
    if args.json:
        print_json([{"id": c.id, "carrier": c.carrier, "service": c.service,
                     "origin": provinces.by_code(c.origin).name, "valid_from": c.valid_from,
                     "pricing_model": c.pricing_model, "zones": len(c.zones), "example": c.example} for c in cards])
        return 0
    if not cards:
        out(say("no_cards"))
        return 0
    out(table([say(k) for k in ("carrier", "service", "origin", "valid_from", "model", "zones")],
              [[c.carrier + (" *" if c.example else ""), c.service, provinces.by_code(c.origin).plain_name,
                c.valid_from or "", label(sm.PRICING_MODEL_NAMES, c.pricing_model), len(c.zones)] for c in cards],
              right=(5,)))
    if any(c.example for c in cards):
        out("* " + say("example"))
    return 0
