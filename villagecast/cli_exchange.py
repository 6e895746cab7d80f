"""``villagecast export bundle|csv|xlsx|pdf|cards OUT`` and ``villagecast import FILE``.

A refused file exits 2 with the reason (every bad row or product listed) and nothing written;
``import --dry-run`` prints the preview and writes nothing. Sentences are declared in ``TEXT``
(context "ExchangeCli"); exchange codes are worded by ``exchange_messages``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import exchange_messages as words
from .cli_support import err, local_time, out, print_json, table
from .core.exchange.errors import ExchangeError, ProductProblem, RowProblem
from .messages import tr

CTX = "ExchangeCli"
EXPORT_KINDS = ("bundle", "csv", "xlsx", "pdf", "cards")
TEXT = {
    "exported": QT_TRANSLATE_NOOP("ExchangeCli", "Wrote {path}: {count} product(s)."),
    "exported_bundle": QT_TRANSLATE_NOOP("ExchangeCli", "Wrote {path}: {count} product(s), {files} attached file(s)."),
    "exported_pdf": QT_TRANSLATE_NOOP("ExchangeCli", "Wrote {path}: {count} product(s) on {pages} page(s)."),
    "exported_cards": QT_TRANSLATE_NOOP("ExchangeCli", "Wrote {count} card(s) for {products} product(s) into {path}."),
    "from_bundle": QT_TRANSLATE_NOOP(
        "ExchangeCli", "Bundle from \u201c{cooperative}\u201d, made {created} with VillageCast {version}."),
    "from_sheet": QT_TRANSLATE_NOOP("ExchangeCli", "Spreadsheet ({kind}, {encoding}), header on row {line}."),
    "ignored": QT_TRANSLATE_NOOP("ExchangeCli", "Columns ignored (not known): {columns}"),
    "counts": QT_TRANSLATE_NOOP("ExchangeCli", "{total} product(s): {new} new, {changed} changed, {unchanged} unchanged."),
    "dry_run": QT_TRANSLATE_NOOP("ExchangeCli", "Dry run: nothing was written."),
    "imported": QT_TRANSLATE_NOOP(
        "ExchangeCli", "Imported: {added} added, {replaced} replaced by theirs, {kept} kept as yours, "
        "{files} file(s) stored."),
    "sku": QT_TRANSLATE_NOOP("ExchangeCli", "SKU"),
    "name": QT_TRANSLATE_NOOP("ExchangeCli", "Name"),
    "status": QT_TRANSLATE_NOOP("ExchangeCli", "Status"),
    "action": QT_TRANSLATE_NOOP("ExchangeCli", "Action"),
    "row": QT_TRANSLATE_NOOP("ExchangeCli", "Row"),
    "unknown": QT_TRANSLATE_NOOP("ExchangeCli", "unknown"),
}


def say(key: str, **params) -> str:
    text = tr(TEXT[key], CTX)
    return text.format(**params) if params else text


def register(sub, common) -> None:
    export = sub.add_parser("export", parents=[common],
                            help="write products as a bundle, CSV, XLSX, a PDF catalogue or PNG cards")
    kinds = export.add_subparsers(dest="kind", required=True, metavar="KIND")
    helps = {"bundle": "a .vcbundle catalogue bundle (products, attachments, price history)",
             "csv": "a CSV spreadsheet (UTF-8 with BOM) with Chinese headers",
             "xlsx": "an XLSX workbook with Chinese headers",
             "pdf": "a printable A4 catalogue with QR codes",
             "cards": "PNG product cards, 1080x1350 and 1080x1920, into the folder OUT"}
    for kind in EXPORT_KINDS:
        p = kinds.add_parser(kind, parents=[common], help=helps[kind])
        p.add_argument("out", metavar="FOLDER" if kind == "cards" else "OUT")
        p.add_argument("--sku", action="extend", nargs="+", metavar="SKU", default=None,
                       help="only these products (default: all)")
        if kind in ("bundle", "pdf"):
            p.add_argument("--cooperative", metavar="NAME", default=None,
                           help="the cooperative named in the bundle or on the cover (default: the products' "
                           "producer when they share one)")
        p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="merge a bundle, CSV or XLSX file into the catalogue by SKU")
    p.add_argument("file", metavar="FILE", help="judged by its content: bundle, XLSX or CSV (UTF-8 or GBK)")
    p.add_argument("--dry-run", action="store_true", help="print the preview and write nothing")
    p.add_argument("--on-conflict", choices=("keep", "theirs"), default="keep",
                   help="for a product you have that the file changes: keep yours (default) or take theirs")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_import)


def _files(ctx):
    from . import paths
    from .storage.files import FileStore

    return FileStore(paths.attachments_dir(ctx.path))


def _cooperative(args, products) -> str:
    if args.cooperative is not None:
        return args.cooperative
    from .core.exchange.bundle_export import shared_producer

    return shared_producer(p.producer for p in products)


def cmd_export(args, ctx) -> int:
    from .core.exchange.bundle_export import select_products

    target = Path(args.out)
    catalogue, files = ctx.catalogue, _files(ctx)
    try:
        from .core.exchange.bundle_export import refuse_own_files

        refuse_own_files(ctx.path, target)
        if args.kind == "bundle":
            from .core.exchange.bundle_export import export_bundle

            coop = _cooperative(args, select_products(catalogue, args.sku))
            result = export_bundle(catalogue, files, target, args.sku, coop)
            out(say("exported_bundle", path=result.path, count=result.products, files=result.files))
        elif args.kind in ("csv", "xlsx"):
            from .core.exchange import sheet_export

            write = sheet_export.export_csv if args.kind == "csv" else sheet_export.export_xlsx
            out(say("exported", path=target, count=write(catalogue, target, args.sku)))
        elif args.kind == "pdf":
            from .ui.catalogue_pdf import export_pdf

            coop = _cooperative(args, select_products(catalogue, args.sku))
            result = export_pdf(catalogue, files, target, args.sku, coop)
            out(say("exported_pdf", path=result.path, count=result.products, pages=result.pages))
        else:
            from .core.exchange.cards import write_cards

            cards = write_cards(catalogue, files, target, words.card_labels(), args.sku)
            notes = {(c.sku, note) for c in cards for note in c.notes}
            for sku, note in sorted(notes):
                err(words.card_note(note, sku))
            out(say("exported_cards", count=len(cards), products=len({c.sku for c in cards}), path=target))
    except ExchangeError as exc:
        err(words.describe_error(exc))
        return 2
    return 0


# --- import --------------------------------------------------------------------------------------
def _action(plan, on_conflict: str) -> str:
    from .core.exchange.merge import decide

    return decide(plan, {}, on_conflict)


def _problem_json(problem) -> dict:
    if isinstance(problem, RowProblem):
        return {"line": problem.line, "column": problem.column, "field": problem.issue.field,
                "code": problem.issue.code, "params": problem.issue.params, "text": words.describe_problem(problem)}
    if isinstance(problem, ProductProblem):
        return {"sku": problem.sku, "issues": [{"field": i.field, "code": i.code, "params": i.params}
                                               for i in problem.issues], "text": words.describe_problem(problem)}
    return {"text": str(problem)}


def _plan_json(plan, action: str) -> dict:
    return {"sku": plan.sku, "name_zh": plan.name_zh, "status": plan.status, "action": action, "line": plan.line,
            "changes": [asdict(c) for c in plan.changes],
            "notes": [{"field": n.field, "code": n.code, "text": words.describe_issue(n)} for n in plan.notes]}


def _print_preview(preview, on_conflict: str) -> None:
    meta = preview.meta
    if preview.kind == "bundle":
        out(say("from_bundle", cooperative=meta.get("cooperative") or say("unknown"),
                created=local_time(meta.get("created_at", "")), version=meta.get("app_version") or "?"))
    else:
        out(say("from_sheet", kind=preview.kind.upper(), encoding=meta.get("encoding") or "XLSX",
                line=meta.get("header_line", 1)))
        if meta.get("ignored_columns"):
            out(say("ignored", columns=", ".join(meta["ignored_columns"])))
    headers = [say("sku"), say("name"), say("status"), say("action")]
    rows = [[p.sku, p.name_zh, tr(words.STATUS_NAMES[p.status], words.CTX),
             tr(words.ACTION_NAMES[_action(p, on_conflict)], words.CTX)] for p in preview.plans]
    if preview.kind != "bundle":
        headers.insert(0, say("row"))
        for row, p in zip(rows, preview.plans):
            row.insert(0, p.line)
    out(table(headers, [[_short(c) for c in r] for r in rows]))
    for p in preview.plans:
        lines = [words.describe_change(c) for c in p.changes] + [words.describe_issue(n) for n in p.notes]
        if lines:
            out(f"{p.sku}:")
            out("\n".join(f"    {line}" for line in lines))
    out(say("counts", total=len(preview.plans), **{s: preview.count(s) for s in ("new", "changed", "unchanged")}))


def _short(value, width: int = 40) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def cmd_import(args, ctx) -> int:
    from .core.exchange import merge
    from .core.exchange.detect import read_source

    if args.dry_run and not Path(ctx.path).exists():
        from .core.catalogue import Catalogue
        from .storage import Repository, open_database

        catalogue = Catalogue(Repository(open_database(":memory:")))  # a dry run creates no database file
    else:
        catalogue = ctx.catalogue
    try:
        source = read_source(Path(args.file), catalogue)
        preview = merge.plan(catalogue, source)
        result = None if args.dry_run else merge.apply(catalogue, _files(ctx), source, default=args.on_conflict)
    except ExchangeError as exc:
        err(words.describe_error(exc))
        if args.json:
            print_json({"refused": {"code": exc.code, "params": {k: v for k, v in exc.params.items()},
                                    "problems": [_problem_json(p) for p in exc.problems]}})
        return 2
    if args.json:
        data = {"file": str(args.file), "kind": preview.kind, "dry_run": args.dry_run, "meta": preview.meta,
                "counts": dict(Counter(p.status for p in preview.plans)),
                "products": [_plan_json(p, _action(p, args.on_conflict)) for p in preview.plans]}
        if result is not None:
            data["result"] = {"added": result.added, "replaced": result.replaced, "kept": result.kept,
                              "unchanged": result.unchanged, "files": result.files}
        print_json(data)
        return 0
    _print_preview(preview, args.on_conflict)
    if result is None:
        out(say("dry_run"))
    else:
        out(say("imported", added=len(result.added), replaced=len(result.replaced), kept=len(result.kept),
                files=result.files))
    return 0
