"""``villagecast products list|show|add|edit|remove``."""

from __future__ import annotations

import argparse
from datetime import date
import json
import sys
from dataclasses import fields, replace

from .cli_support import (MISSING, CliError, money, out, print_json, say, table, text_width, warn_issues,
                          yuan)
from .core.errors import Issue, ValidationError
from .core.fields import parse_field, parse_int
from .core.money import parse_yuan
from .core.nutrition import BY_CODE
from .core import audit
from .core.product import CATEGORIES, CHILD_FIELDS, PRICE_FIELDS, STORAGE_KINDS, Product
from .core.validation import type_issues
from .core.search import filter_rows
from .messages import (AUDIT_RESULT_NAMES, AUDIT_STEP_NAMES, CATEGORY_NAMES, CERTIFICATE_NAMES, FIELD_NAMES,
                       NUTRIENT_NAMES, POINT_KIND_NAMES, STORAGE_NAMES, describe_review_reason, field_name, label)

# (option, Product field, how the text is read); prices are given in yuan.
FIELD_OPTIONS = (
    ("--sku", "sku", "text"), ("--name-zh", "name_zh", "text"), ("--name-en", "name_en", "text"),
    ("--category", "category", "text"),
    ("--net-weight-g", "net_weight_g", "int"), ("--gross-weight-g", "gross_weight_g", "int"),
    ("--units-per-pack", "units_per_pack", "int"),
    ("--length-cm", "length_cm", "float"), ("--width-cm", "width_cm", "float"), ("--height-cm", "height_cm", "float"),
    ("--list-price", "list_price_fen", "yuan"), ("--live-price", "live_price_fen", "yuan"),
    ("--floor-price", "floor_price_fen", "yuan"), ("--cost", "cost_fen", "yuan"),
    ("--shelf-life-days", "shelf_life_days", "int"), ("--storage", "storage", "text"),
    ("--province", "origin_province", "text"), ("--county", "origin_county", "text"),
    ("--town", "origin_town", "text"), ("--village", "origin_village", "text"),
    ("--producer", "producer", "text"), ("--harvest-date", "harvest_date", "date"),
    ("--supplier", "supplier", "text"), ("--after-sales", "after_sales", "text"),
    ("--low-stock", "low_stock_threshold", "int"), ("--nutrition-basis", "nutrition_basis", "text"),
)
HELP = {
    "category": "one of: " + ", ".join(CATEGORIES),
    "storage": "one of: " + ", ".join(STORAGE_KINDS),
    "harvest_date": "YYYY-MM-DD",
    "low_stock_threshold": "warn when stock falls to this many",
    "nutrition_basis": "100g or 100ml",
}
# Keys `products show --json` adds that are derived, so --from-json ignores them.
DERIVED_KEYS = ("stock", "reference_price", "reference_price_fen")
ORIGIN_FIELDS = ("origin_province", "origin_county", "origin_town", "origin_village")


def yuan_key(price_field: str) -> str:
    """The JSON key giving ``price_field`` in yuan: live_price_fen -> live_price."""
    return price_field.removesuffix("_fen")


def register(sub, common) -> None:
    products = sub.add_parser("products", parents=[common], help="list, show, add, edit and remove products")
    cmds = products.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = cmds.add_parser("list", parents=[common], help="list products with stock and prices")
    p.add_argument("--search", metavar="TEXT", default="", help="name, SKU, origin, pinyin or initials")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = cmds.add_parser("show", parents=[common], help="every fact about one product")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_show)

    p = cmds.add_parser("add", parents=[common], help="add a product")
    _field_options(p)
    p.add_argument("--stock", metavar="N", help="opening stock, recorded as received")
    p.set_defaults(func=cmd_add)

    p = cmds.add_parser("edit", parents=[common], help="change the given fields of a product")
    p.add_argument("target", metavar="SKU", help="the product to change (--sku renames it)")
    _field_options(p)
    p.set_defaults(func=cmd_edit)

    p = cmds.add_parser("remove", parents=[common], help="delete a product with its stock and price history")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("--yes", action="store_true", help="confirm the removal")
    p.set_defaults(func=cmd_remove)


def _field_options(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("product fields (prices in yuan; an empty value clears an optional field)")
    for option, name, kind in FIELD_OPTIONS:
        text = "; ".join(filter(None, (FIELD_NAMES[name], HELP.get(name))))
        group.add_argument(option, dest=name, metavar="YUAN" if kind == "yuan" else kind.upper(), help=text)
    group.add_argument("--perishable", dest="perishable", action=argparse.BooleanOptionalAction, default=None,
                       help="fresh produce that spoils")
    p.add_argument("--from-json", metavar="FILE", help="a whole product as JSON (as products show --json prints); "
                   "'-' reads stdin; field options given too are applied on top")


# --- reading fields ----------------------------------------------------------------------------
def _field_values(args) -> dict:
    """The field options given on the command line, converted; every bad value reported at once."""
    values, issues = {}, []
    for _option, name, kind in FIELD_OPTIONS:
        text = getattr(args, name)
        if text is None:
            continue
        try:
            values[name] = parse_field(name, text)
        except ValidationError as exc:
            issues.extend(exc.issues)
    if args.perishable is not None:
        values["perishable"] = args.perishable
    if issues:
        raise ValidationError(issues)
    return values


def _read_json(source: str):
    """The JSON in file ``source`` ('-' for stdin); unreadable or malformed input is a CliError."""
    name = "stdin" if source == "-" else source
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8-sig") as fh:
                text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError("file_unreadable", path=name, reason=getattr(exc, "strerror", None) or str(exc)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError("bad_json", path=name, line=exc.lineno, column=exc.colno, reason=exc.msg) from None


def product_from_json(source: str, sku: str = "") -> Product:
    """A Product from JSON as ``products show --json`` prints it (yuan keys and derived keys allowed).

    ``sku`` stands in when the JSON has none (``edit`` passes the product being edited).
    """
    name = "stdin" if source == "-" else source
    data = _read_json(source)
    if not isinstance(data, dict):
        raise CliError("bad_product_json", path=name, reason="a JSON object {...} is expected")
    data = {"sku": sku, "name_zh": ""} | {k: v for k, v in data.items() if k not in DERIVED_KEYS}
    for key, derived in (("certificates", "status"), ("talking_points", "support")):  # show --json adds these
        if isinstance(data.get(key), list):
            data[key] = [{k: v for k, v in item.items() if k != derived} if isinstance(item, dict) else item
                         for item in data[key]]
    issues = []
    for price in PRICE_FIELDS:
        key = yuan_key(price)
        if key not in data:
            continue
        text = data.pop(key)
        try:
            fen = None if text is None else parse_yuan(text, price)
        except ValidationError as exc:
            issues.extend(exc.issues)
            continue
        if price in data and data[price] != fen:
            issues.append(Issue(price, "conflicting_price", {"yuan": text, "fen": data[price]}))
        data[price] = fen
    if issues:
        raise ValidationError(issues)
    try:
        product = Product.from_dict(data)
    except KeyError as exc:
        raise CliError("bad_product_json", path=name, reason=f"unknown field {exc.args[0]}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise CliError("bad_product_json", path=name, reason=str(exc)) from None
    issues = type_issues(product)
    if issues:
        raise ValidationError(issues)
    return product


# --- commands ----------------------------------------------------------------------------------
def list_json(row: dict) -> dict:
    return {
        "sku": row["sku"], "name_zh": row["name_zh"], "name_en": row["name_en"], "category": row["category"],
        "stock": row["stock"], "low_stock": row["low_stock"], "low_stock_threshold": row["low_stock_threshold"],
        "live_price": yuan(row["live_price_fen"]), "list_price": yuan(row["list_price_fen"]),
        "cost": yuan(row["cost_fen"]), "origin": row["origin"], "producer": row["producer"],
        "updated_at": row["updated_at"],
    }


def cmd_list(args, ctx) -> int:
    rows = ctx.catalogue.list_rows()
    if args.search:
        rows = filter_rows(rows, args.search)
    if args.json:
        print_json([list_json(r) for r in rows])
        return 0
    if not rows:
        out(say("no_match", query=args.search) if args.search else say("no_products"))
        return 0
    headers = [field_name("sku"), say("name"), field_name("category"), say("stock"),
               field_name("live_price_fen"), field_name("list_price_fen"), say("origin")]
    body = [[r["sku"], r["name_zh"], label(CATEGORY_NAMES, r["category"]),
             f"{r['stock']} {say('low')}" if r["low_stock"] else r["stock"],
             money(r["live_price_fen"]), money(r["list_price_fen"]), r["origin"]] for r in rows]
    out(table(headers, body, right=(3, 4, 5)))
    return 0


def show_json(product: Product, stock: int, reference: int | None, today: date) -> dict:
    data = product.to_dict()
    for price in PRICE_FIELDS:
        data[yuan_key(price)] = yuan(data[price])
    data.update(stock=stock, reference_price=yuan(reference), reference_price_fen=reference)
    for cert, out_cert in zip(product.certificates, data["certificates"]):
        out_cert["status"] = cert.status_on(today)
    for point, out_point in zip(product.talking_points, data["talking_points"]):
        out_point["support"] = product.point_support(point, today)
    return data


def certificate_line(c, today: date) -> str:
    status = c.status_on(today)
    words = say("cert_expiring", days=c.days_left(today)) if status == "expiring" else say(f"cert_{status}")
    return (f"{label(CERTIFICATE_NAMES, c.kind)}  {c.number}  {c.issuer}  "
            + say("valid", start=c.valid_from or "?", end=c.valid_to or "?") + f"  [{words}]")


def point_line(p: Product, t, today: date) -> str:
    refs = ", ".join(e.ref for e in t.evidence)
    support = p.point_support(t, today)
    proof = refs if support == "supported" else say("lapsed", refs=refs) if support == "lapsed" else say("unsupported")
    return f"[{label(POINT_KIND_NAMES, t.kind)}] {t.text}  ({proof})"


def audit_line(a) -> str:
    refs = ", ".join(e.ref for e in a.evidence)
    return "  ".join(x for x in (a.date, label(AUDIT_STEP_NAMES, a.step), label(AUDIT_RESULT_NAMES, a.result),
                                 a.reviewer, refs, a.note) if x)


def cmd_show(args, ctx) -> int:
    cat = ctx.catalogue
    p = cat.get(args.sku)
    stock, reference = cat.on_hand(p.sku), cat.reference_price(p.sku)
    today = date.today()
    if args.json:
        print_json(show_json(p, stock, reference, today))
        return 0
    lines = []
    for f in fields(Product):
        name, value = f.name, getattr(p, f.name)
        if name == "id" or name in CHILD_FIELDS:
            continue
        if name in PRICE_FIELDS:
            value = money(value)
        elif name == "category":
            value = label(CATEGORY_NAMES, value)
        elif name == "storage":
            value = label(STORAGE_NAMES, value)
        elif name == "perishable":
            value = say("yes") if value else say("no")
        lines.append((field_name(name), MISSING if value in (None, "") else str(value)))
    lines.append((say("on_hand"), str(stock)))
    lines.append((say("reference_price"), say("none") if reference is None else money(reference)))
    result = audit.review(p)
    lines.append((say("audit"), say("approved") if result.approved else say("not_approved")))
    width = max(text_width(k) for k, _ in lines)
    out("\n".join(f"{k}{' ' * (width - text_width(k))}  {v}".rstrip() for k, v in lines))
    sections = {
        "certificates": [certificate_line(c, today) for c in p.certificates],
        "documents": [f"{d.title}  {d.file_name}" for d in p.documents],
        "talking_points": [point_line(p, t, today) for t in p.talking_points],
        "audit": [audit_line(a) for a in p.audit]
        + [f"! {describe_review_reason(code, params)}" for code, params in result.reasons],
        "photos": [f"{ph.source_name or ph.file}  {ph.width}\u00d7{ph.height}" for ph in p.photos],
        "nutrition_per": [f"{label(NUTRIENT_NAMES, code)}: {amount:g} {BY_CODE[code].unit}"
                          for code, amount in p.nutrition.items()],
    }
    for key, items in sections.items():
        if items:
            out("\n" + say(key, basis=p.nutrition_basis))
            out("\n".join(f"  {item}".rstrip() for item in items))
    return 0


def cmd_add(args, ctx) -> int:
    values = _field_values(args)
    stock = 0 if args.stock is None else parse_int(args.stock, "quantity")
    base = product_from_json(args.from_json) if args.from_json else Product(sku="", name_zh="")
    product = replace(base, **values)
    changes = ctx.catalogue.add(product, opening_stock=stock)
    warn_issues(changes.warnings)
    out(say("added", sku=product.sku, name=product.name_zh))
    return 0


def cmd_edit(args, ctx) -> int:
    values = _field_values(args)
    cat = ctx.catalogue
    if args.from_json:
        new = replace(product_from_json(args.from_json, sku=args.target), **values)
        changes, sku = cat.save(args.target, new), new.sku
    elif values:
        changes, sku = cat.update(args.target, **values), values.get("sku", args.target)
    else:
        cat.get(args.target)  # an unknown SKU is the better message
        raise CliError("nothing_to_change")
    warn_issues(changes.warnings)
    out(say("saved", sku=sku))
    return 0


def cmd_remove(args, ctx) -> int:
    cat = ctx.catalogue
    cat.get(args.sku)
    if not args.yes:
        raise CliError("confirm_remove", sku=args.sku)
    cat.remove(args.sku)
    out(say("removed", sku=args.sku))
    return 0
