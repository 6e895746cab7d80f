"""The words above and below the run sheet's tables: each list's heading (segments, planned time) and the summary
line (planned time, must-change findings, products not approved or missing), from the stored sheet and the checks
the tables show (the script being typed counts as typed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.broadcast.clock import clock_text
from .. import metrics

translate = QCoreApplication.translate


def headings(sheet) -> tuple[str, str]:
    """(main list heading, 返场 queue heading); their mnemonics focus the tables."""
    main = sheet.main if sheet is not None else []
    extra = sheet.refeature if sheet is not None else []
    n_main, n_extra = len(main), len(extra)
    first = (translate("SheetSummary", "&Run sheet \u2014 %n segment(s)", None, n_main) + ", "
             + clock_text(sum(s.planned_s for s in main)))
    second = translate("SheetSummary", "Re-feature &queue (\u8fd4\u573a) \u2014 %n segment(s)", None, n_extra)
    return first, second + (", " + clock_text(sum(s.planned_s for s in extra)) if extra else "")


def numbers(sheet, models) -> dict:
    """Planned seconds (main list, 返场 queue), block findings, not approved and missing products, segments."""
    blocks = not_approved = missing = 0
    for model in models:
        for s in model.rows:
            result, notes = model.result(s), model.notes(s)
            blocks += len(result.blocks) if result is not None else 0
            not_approved += "not_approved" in notes
            missing += "product_missing" in notes
    return {"planned_s": sheet.planned_s, "refeature_s": sum(s.planned_s for s in sheet.refeature),
            "blocks": blocks, "not_approved": not_approved, "missing": missing, "segments": len(sheet.segments)}


def summary(n: dict | None) -> tuple[str, str]:
    """(text, style sheet) of the summary line for ``numbers`` (None: no sheet yet)."""
    if not n:
        return (translate("SheetSummary", "No run sheet yet. Press New\u2026 or add a segment to start one."),
                f"color: {metrics.MUTED_COLOR};")
    blocks, not_approved, missing = n["blocks"], n["not_approved"], n["missing"]
    planned = translate("SheetSummary", "Planned %1").replace("%1", clock_text(n["planned_s"]))
    if n["refeature_s"]:
        planned += translate("SheetSummary", " (+ %1 in the re-feature queue)").replace(
            "%1", clock_text(n["refeature_s"]))
    parts = [planned, translate("SheetSummary", "%n must-change finding(s)", None, blocks),
             translate("SheetSummary", "%n not approved", None, not_approved)]
    if missing:
        parts.append(translate("SheetSummary", "%n product(s) missing", None, missing))
    color = metrics.DANGER_COLOR if blocks or missing else metrics.WARNING_COLOR if not_approved else metrics.OK_COLOR
    return " \u00b7 ".join(parts), f"color: {color}; font-weight: bold;"
