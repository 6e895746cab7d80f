"""``villagecast session list [--json]`` and ``villagecast session report ID [--pdf OUT] [--csv OUT] [--json]``.

The report is built from the records (``core.broadcast.report``): units and revenue from the stock ledger and
price history, time from the segment log, findings by checking the scripts used with the active rule pack.
Exit 0, or 2 for an unknown session, a refused rule pack or a file that cannot be written. Sentences are
declared in ``TEXT`` (context "SessionCli"); broadcast codes are worded by ``broadcast_messages``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import broadcast_messages as words
from .cli_support import err, local_time, money, out, print_json, table
from .compliance_messages import category_name, describe_finding, severity_name
from .core.broadcast.clock import clock_text
from .messages import language, tr

CTX = "SessionCli"
TEXT = {
    "no_sessions": QT_TRANSLATE_NOOP("SessionCli", "No broadcast sessions yet."),
    "id": QT_TRANSLATE_NOOP("SessionCli", "ID"),
    "title": QT_TRANSLATE_NOOP("SessionCli", "Title"),
    "status": QT_TRANSLATE_NOOP("SessionCli", "Status"),
    "started": QT_TRANSLATE_NOOP("SessionCli", "On air"),
    "ended": QT_TRANSLATE_NOOP("SessionCli", "Finished"),
    "sheet": QT_TRANSLATE_NOOP("SessionCli", "Run sheet"),
    "units": QT_TRANSLATE_NOOP("SessionCli", "Units"),
    "rehearsal": QT_TRANSLATE_NOOP("SessionCli", "rehearsal"),
    "heading": QT_TRANSLATE_NOOP("SessionCli", "Session {id}: {title} ({status})"),
    "times": QT_TRANSLATE_NOOP("SessionCli", "On air {start} to {end}, {duration}; run sheet \u201c{sheet}\u201d."),
    "not_aired": QT_TRANSLATE_NOOP("SessionCli", "Not on air yet."),
    "overridden": QT_TRANSLATE_NOOP(
        "SessionCli", "Went on air with the pre-broadcast check not clear ({findings} finding(s), {unticked} "
        "item(s) not ticked)."),
    "totals": QT_TRANSLATE_NOOP(
        "SessionCli", "Total: {units} unit(s) in {sales} sale(s), {revenue} yuan; {spent} on air against {planned} "
        "planned."),
    "unpriced": QT_TRANSLATE_NOOP("SessionCli", "{units} unit(s) were sold while the product had no live price."),
    "sku": QT_TRANSLATE_NOOP("SessionCli", "SKU"),
    "name": QT_TRANSLATE_NOOP("SessionCli", "Name"),
    "revenue": QT_TRANSLATE_NOOP("SessionCli", "Revenue"),
    "stock_left": QT_TRANSLATE_NOOP("SessionCli", "Stock left"),
    "planned": QT_TRANSLATE_NOOP("SessionCli", "Planned"),
    "spent": QT_TRANSLATE_NOOP("SessionCli", "Spent"),
    "segment": QT_TRANSLATE_NOOP("SessionCli", "#"),
    "kind": QT_TRANSLATE_NOOP("SessionCli", "Kind"),
    "checklist": QT_TRANSLATE_NOOP("SessionCli", "Checklist ticked:"),
    "reminders": QT_TRANSLATE_NOOP("SessionCli", "Reminders acknowledged:"),
    "corrections": QT_TRANSLATE_NOOP("SessionCli", "Corrections on air:"),
    "correction": QT_TRANSLATE_NOOP("SessionCli", "{time}  said \u201c{said}\u201d, true: \u201c{truth}\u201d"),
    "findings": QT_TRANSLATE_NOOP("SessionCli", "Findings in the scripts used:"),
    "finding": QT_TRANSLATE_NOOP(
        "SessionCli", "#{segment}  \u201c{text}\u201d  {severity} \u00b7 {category} \u00b7 {rule}"),
    "no_findings": QT_TRANSLATE_NOOP("SessionCli", "No risky wording in the scripts used."),
    "wrote": QT_TRANSLATE_NOOP("SessionCli", "Wrote {path}."),
    "wrote_pdf": QT_TRANSLATE_NOOP("SessionCli", "Wrote {path} ({pages} page(s))."),
}


def say(key: str, **params) -> str:
    text = tr(TEXT[key], CTX)
    return text.format(**params) if params else text


def register(sub, common) -> None:
    session = sub.add_parser("session", parents=[common], help="broadcast sessions and their post-show reports")
    actions = session.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("list", parents=[common], help="every broadcast session, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)
    p = actions.add_parser("report", parents=[common], help="the post-show report of one session")
    p.add_argument("id", metavar="ID", type=int, help="the session number (see session list)")
    p.add_argument("--pdf", metavar="OUT", help="also write the report as an A4 PDF with a chart of units sold")
    p.add_argument("--csv", metavar="OUT", help="also write the report as CSV (UTF-8 with BOM)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_report)


def _services(ctx, pack=None):
    from .core.broadcast.live import LiveSessions
    from .core.broadcast.sessions import Broadcasts
    from .storage.broadcast_repo import BroadcastRepository, LiveRepository

    book = Broadcasts(BroadcastRepository(ctx.db))
    return book, LiveSessions(LiveRepository(ctx.db), ctx.catalogue, book, pack=pack)


def cmd_list(args, ctx) -> int:
    book, lives = _services(ctx)
    rows = []
    for s in book.sessions():
        live = lives.repo.live(s.id)
        rows.append({"id": s.id, "title": s.title, "status": s.status, "rehearsal": s.rehearsal,
                     "created_at": s.created_at, "started_at": s.started_at, "ended_at": s.ended_at,
                     "overridden": s.overridden, "run_sheet": live[1] if live else None,
                     "units": sum(x.quantity for x in lives.repo.sales(s.id)), "ticks": len(s.ticks)})
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        out(say("no_sessions"))
        return 0
    out(table([say(k) for k in ("id", "title", "status", "started", "ended", "sheet", "units")],
              [[r["id"], r["title"] + (f" ({say('rehearsal')})" if r["rehearsal"] else ""),
                words.label(words.STATUS_NAMES, r["status"]), local_time(r["started_at"]) if r["started_at"] else "",
                local_time(r["ended_at"]) if r["ended_at"] else "", r["run_sheet"] or "", r["units"]] for r in rows],
              right=(0, 6)))
    return 0


def cmd_report(args, ctx) -> int:
    from . import paths
    from .compliance_messages import describe_pack_error
    from .core.broadcast.report import build_report, report_data
    from .core.compliance import PackError
    from .storage.rule_packs import active_pack

    try:
        pack = active_pack(paths.data_dir())
    except PackError as exc:
        err(describe_pack_error(exc))
        return 2
    from .core.exchange.errors import ExchangeError

    _book, lives = _services(ctx, pack)
    report = build_report(lives, args.id)
    notes = err if args.json else out
    try:
        if args.csv:
            from .core.broadcast.report_csv import write_csv

            write_csv(report, args.csv, words.csv_headers(), words.describe_code)
            notes(say("wrote", path=args.csv))
        if args.pdf:
            from .ui.report_pdf import export_report_pdf

            result = export_report_pdf(report, args.pdf, pack, language() != "en")
            notes(say("wrote_pdf", path=result.path, pages=result.pages))
    except ExchangeError as exc:  # no font that draws Chinese
        from .exchange_messages import describe_error

        err(describe_error(exc))
        return 2
    if args.json:
        print_json(report_data(report))
    else:
        _print_report(report, pack)
    return 0


def _item_text(pack, item_id: str) -> str:
    item = pack.item(item_id)
    if item is None:
        return ""
    return (item.text_en or item.text_zh) if language() == "en" else (item.text_zh or item.text_en)


def _print_report(r, pack) -> None:
    out(say("heading", id=r.session_id, title=r.title, status=words.label(words.STATUS_NAMES, r.status)))
    t = r.totals
    if r.started_at:
        out(say("times", start=local_time(r.started_at), end=local_time(r.ended_at) if r.ended_at else "\u2026",
                duration=clock_text(t["duration_s"]), sheet=r.sheet_title))
    else:
        out(say("not_aired"))
    if r.overridden:
        out(say("overridden", findings=len(r.gate.get("findings", [])), unticked=len(r.gate.get("unticked", []))))
    if r.products:
        out()
        out(table([say(k) for k in ("sku", "name", "units", "revenue", "stock_left", "planned", "spent")],
                  [[p.sku, p.name, p.units, money(p.revenue_fen), "" if p.stock_left is None else p.stock_left,
                    clock_text(p.planned_s), clock_text(p.spent_s)] for p in r.products], right=(2, 3, 4, 5, 6)))
    out(say("totals", units=t["units"], sales=t["sales"], revenue=money(t["revenue_fen"]),
            spent=clock_text(t["spent_s"]), planned=clock_text(t["planned_s"])))
    if t["unpriced_units"]:
        out(say("unpriced", units=t["unpriced_units"]))
    if r.segments:
        out()
        out(table([say(k) for k in ("segment", "kind", "title", "planned", "spent")],
                  [[s.index + 1, words.label(words.KIND_NAMES, s.kind) +
                    (f" \u00b7 {words.label(words.QUEUE_NAMES, 'refeature')}" if s.refeature else ""), s.title,
                    clock_text(s.planned_s), clock_text(s.spent_s)] for s in r.segments], right=(0, 3, 4)))
    for key, items in (("checklist", r.checklist), ("reminders", r.reminders)):
        if items:
            out()
            out(say(key))
            out("\n".join(f"  {local_time(at)}  {item}  {_item_text(pack, item)}".rstrip() for item, at in items))
    if r.corrections:
        out()
        out(say("corrections"))
        for c in r.corrections:
            out("  " + say("correction", time=local_time(c.at), said=c.said, truth=c.truth))
    out()
    for indices, code, params in words.group_notes(r.notes):
        out(", ".join(f"#{i + 1}" for i in indices) + "  " + words.describe_code(code, params))
    if not r.findings:
        out(say("no_findings"))
        return
    out(say("findings"))
    for f in r.findings:
        out("  " + say("finding", segment=f.index + 1, text=f.text, severity=severity_name(f.severity),
                       category=category_name(f.category), rule=f.rule))
        out("      " + describe_finding(f))
