"""``villagecast stock ...`` and ``villagecast price ...``: the stock ledger and the price history."""

from __future__ import annotations

from datetime import date

from .cli_support import (err, local_time, money, out, parse_date, parse_int, print_json, say, table,
                          warn_issues, yuan)
from .core.money import parse_yuan
from .core.product import PRICE_KIND
from .messages import PRICE_KIND_NAMES, STOCK_KIND_NAMES, field_name, label

MOVES = ("receive", "sell", "return", "damage")
PRICE_COLUMN = {kind: column for column, kind in PRICE_KIND.items()}


def register(sub, common) -> None:
    stock = sub.add_parser("stock", parents=[common], help="record stock movements and show the ledger")
    cmds = stock.add_subparsers(dest="action", required=True, metavar="ACTION")
    for kind in MOVES:
        p = cmds.add_parser(kind, parents=[common], help=f"record a '{kind}' movement (N > 0)")
        p.add_argument("sku", metavar="SKU")
        p.add_argument("quantity", metavar="N")
        p.add_argument("--reason", default="", help="why, in your words")
        p.add_argument("--session", metavar="ID", help="the live session this belongs to")
        p.set_defaults(func=cmd_move, kind=kind)
    p = cmds.add_parser("adjust", parents=[common], help="correct the count by a signed N, e.g. -3 or 5")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("quantity", metavar="N")
    p.add_argument("--reason", default="", help="why, e.g. stocktake")
    p.set_defaults(func=cmd_move, kind="adjust", session=None)
    p = cmds.add_parser("history", parents=[common], help="movements oldest first with the running balance")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stock_history)

    price = sub.add_parser("price", parents=[common], help="set prices, show their history and the 原价")
    cmds = price.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = cmds.add_parser("set", parents=[common], help="set a price in yuan (recorded in the history)")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("price", metavar="YUAN")
    p.add_argument("--kind", choices=tuple(PRICE_COLUMN), default="live", help="which price (default: live)")
    p.set_defaults(func=cmd_price_set)
    p = cmds.add_parser("history", parents=[common], help="every price change, oldest first")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_price_history)
    p = cmds.add_parser("reference", parents=[common],
                        help="the lowest live price in the 7 days before a date: the only price to call 原价")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_price_reference)


# --- stock -------------------------------------------------------------------------------------
def cmd_move(args, ctx) -> int:
    quantity = parse_int(args.quantity, "quantity")  # the core checks its sign and size
    cat = ctx.catalogue
    cat.move_stock(args.sku, args.kind, quantity, args.reason, args.session)
    product, on_hand = cat.get(args.sku), cat.on_hand(args.sku)
    shown = f"{quantity:+d}" if args.kind == "adjust" else str(quantity)
    out(say("moved", kind=label(STOCK_KIND_NAMES, args.kind), quantity=shown, sku=args.sku, on_hand=on_hand))
    if on_hand <= product.low_stock_threshold:
        err(say("low_stock", sku=args.sku, on_hand=on_hand, threshold=product.low_stock_threshold))
    return 0


def cmd_stock_history(args, ctx) -> int:
    moves = ctx.catalogue.stock_history(args.sku)
    if args.json:
        print_json([{k: m[k] for k in ("kind", "quantity", "balance", "reason", "session_id", "at")}
                    for m in moves])
        return 0
    if not moves:
        out(say("no_moves", sku=args.sku))
        return 0
    headers = [say("time"), field_name("kind"), say("change"), say("balance"), say("reason"), say("session")]
    body = [[local_time(m["at"]), label(STOCK_KIND_NAMES, m["kind"]), f"{m['quantity']:+d}", m["balance"],
             m["reason"], m["session_id"]] for m in moves]
    out(table(headers, body, right=(2, 3)))
    return 0


# --- prices ------------------------------------------------------------------------------------
def cmd_price_set(args, ctx) -> int:
    column = PRICE_COLUMN[args.kind]
    fen = parse_yuan(args.price, column)
    changes = ctx.catalogue.set_price(args.sku, fen, args.kind)
    warn_issues(changes.warnings)
    out(say("price_set", kind=label(PRICE_KIND_NAMES, args.kind), sku=args.sku, price=money(fen)))
    return 0


def cmd_price_history(args, ctx) -> int:
    rows = ctx.catalogue.price_history(args.sku)
    if args.json:
        print_json([{"kind": r["kind"], "price": yuan(r["price_fen"]), "price_fen": r["price_fen"], "at": r["at"]}
                    for r in rows])
        return 0
    if not rows:
        out(say("no_prices", sku=args.sku))
        return 0
    headers = [say("time"), field_name("kind"), field_name("price")]
    body = [[local_time(r["at"]), label(PRICE_KIND_NAMES, r["kind"]), money(r["price_fen"])] for r in rows]
    out(table(headers, body, right=(2,)))
    return 0


def cmd_price_reference(args, ctx) -> int:
    day = parse_date(args.date) if args.date else date.today()
    fen = ctx.catalogue.reference_price(args.sku, day)
    if args.json:
        print_json({"sku": args.sku, "date": day.isoformat(), "reference_price": yuan(fen),
                    "reference_price_fen": fen})
    elif fen is None:
        out(say("no_reference", sku=args.sku, date=day.isoformat()))
    else:
        out(say("reference", sku=args.sku, date=day.isoformat(), price=money(fen)))
    return 0
