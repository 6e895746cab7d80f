"""``villagecast check FILE|- [--sku SKU] [--json]``: scan a live script for risky wording.

Exit 0 when nothing must change, 1 when a finding blocks the script, 2 for bad input (unreadable
file, unknown SKU, a refused rule pack). Without --sku the product-aware checks are skipped and
the output says so; the database is then never opened.
"""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import paths
from .cli_support import CliError, err, money, out, print_json
from .compliance_messages import category_name, describe_finding, describe_pack_error, severity_name
from .core.compliance import PackError, ProductContext, check_script
from .messages import tr

CTX = "CheckCli"
TEXT = {
    "finding": QT_TRANSLATE_NOOP("CheckCli", "{line}:{column}  \u201c{text}\u201d  {severity} \u00b7 {category} \u00b7 {rule}"),
    "instead": QT_TRANSLATE_NOOP("CheckCli", "Instead: {text}"),
    "reword": QT_TRANSLATE_NOOP("CheckCli", "Instead: leave it out or say what you can prove."),
    "condition": QT_TRANSLATE_NOOP("CheckCli", "Allowed only when: {text}"),
    "summary": QT_TRANSLATE_NOOP("CheckCli", "{block} must change, {warn} to check ({characters} characters)."),
    "clean": QT_TRANSLATE_NOOP("CheckCli", "No risky wording found ({characters} characters)."),
    "skipped": QT_TRANSLATE_NOOP(
        "CheckCli", "Product-aware checks skipped: give --sku SKU to check certificates, stock, prices, nutrition "
        "claims and after-sales promises against a product."),
    "checked": QT_TRANSLATE_NOOP(
        "CheckCli", "Checked against \u201c{sku}\u201d {name}: {on_hand} in stock, reference price (\u539f\u4ef7) "
        "{reference}."),
    "upcoming": QT_TRANSLATE_NOOP("CheckCli", "Rules not in force yet (shown, not enforced):"),
    "upcoming_line": QT_TRANSLATE_NOOP("CheckCli", "{line}:{column}  \u201c{text}\u201d  {rule} from {date}"),
    "bad_pack": QT_TRANSLATE_NOOP("CheckCli", "The rule pack in use was refused; nothing was checked:"),
    "not_utf8": QT_TRANSLATE_NOOP("CheckCli", "not UTF-8 text"),
}


def say(key: str, **params) -> str:
    text = tr(TEXT[key], CTX)
    return text.format(**params) if params else text


def register(sub, common) -> None:
    p = sub.add_parser("check", parents=[common], help="check a live script for risky wording (compliance)")
    p.add_argument("file", metavar="FILE", help="the script as UTF-8 text; '-' reads stdin")
    p.add_argument("--sku", metavar="SKU", help="the product the script is about: also check certificates, "
                   "stock, the 7-day reference price, nutrition claims and after-sales promises")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_check)


def read_script(source: str) -> str:
    """The script in file ``source`` ('-' for stdin); unreadable input is a CliError (exit 2)."""
    name = "stdin" if source == "-" else source
    try:
        if source == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        else:
            with open(source, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise CliError("file_unreadable", path=name, reason=exc.strerror or str(exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError("file_unreadable", path=name, reason=say("not_utf8")) from None


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _context(sku: str, ctx, today: date) -> ProductContext:
    cat = ctx.catalogue
    product = cat.get(sku)
    return ProductContext(product, cat.on_hand(product.sku), cat.reference_price(product.sku, today), today)


def cmd_check(args, ctx) -> int:
    from .storage.rule_packs import active_pack

    text = read_script(args.file)
    try:
        pack = active_pack(paths.data_dir())
    except PackError as exc:
        err(say("bad_pack") + "\n" + describe_pack_error(exc))
        return 2
    today = date.today()
    context = _context(args.sku, ctx, today) if args.sku else None
    result = check_script(text, context, pack, today)
    if args.json:
        print_json({"findings": [f.to_json() for f in result.findings], "summary": result.summary()})
        return 1 if result.has_block else 0
    for f in result.findings:
        line, column = _position(text, f.start)
        out(say("finding", line=line, column=column, text=f.text, severity=severity_name(f.severity),
                category=category_name(f.category), rule=f.rule))
        out("    " + describe_finding(f))
        out("    " + (say("instead", text=f.suggestion) if f.suggestion else say("reword")))
        if f.note_zh:
            out("    " + say("condition", text=f.note_zh))
    if result.upcoming:
        out(say("upcoming"))
        for f in result.upcoming:
            line, column = _position(text, f.start)
            item = pack.item(f.rule)
            out("  " + say("upcoming_line", line=line, column=column, text=f.text, rule=f.rule,
                           date=item.effective_from if item else "?"))
    if result.findings:
        out(say("summary", block=len(result.blocks), warn=len(result.warnings), characters=result.length))
    else:
        out(say("clean", characters=result.length))
    if context is None:
        out(say("skipped"))
    else:
        out(say("checked", sku=context.product.sku, name=context.product.name_zh, on_hand=context.on_hand,
                reference=money(context.reference_price_fen)))
    return 1 if result.has_block else 0
