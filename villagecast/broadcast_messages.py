"""Words for the broadcast codes (run sheets, sessions on air, reminders, the post-show report), shared by the
CLI and the window.

Same style as ``messages``: English source strings declared with QT_TRANSLATE_NOOP (context "Broadcast"),
translated when used through ``messages.tr``. Finding explanations are worded by ``compliance_messages``.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import compliance_messages
from .core.errors import Issue, ValidationError, VillageCastError
from .messages import ISSUES as CORE_ISSUES, _Default, describe_error as describe_core_error
from .messages import describe_review_reason, tr

CTX = "Broadcast"

KIND_NAMES = {
    "opening": QT_TRANSLATE_NOOP("Broadcast", "Opening"),
    "product": QT_TRANSLATE_NOOP("Broadcast", "Product"),
    "closing": QT_TRANSLATE_NOOP("Broadcast", "Closing"),
}
QUEUE_NAMES = {
    "main": QT_TRANSLATE_NOOP("Broadcast", "Run sheet"),
    "refeature": QT_TRANSLATE_NOOP("Broadcast", "Re-feature (\u8fd4\u573a)"),
}
STATUS_NAMES = {
    "preparing": QT_TRANSLATE_NOOP("Broadcast", "preparing"),
    "live": QT_TRANSLATE_NOOP("Broadcast", "on air"),
    "finished": QT_TRANSLATE_NOOP("Broadcast", "finished"),
}
COUNTDOWN_REASONS = {
    "stopped": QT_TRANSLATE_NOOP("Broadcast", "stopped"),
    "quantity": QT_TRANSLATE_NOOP("Broadcast", "quantity reached"),
    "time": QT_TRANSLATE_NOOP("Broadcast", "time up"),
    "sold_out": QT_TRANSLATE_NOOP("Broadcast", "sold out"),
}
FIELD_NAMES = {
    "kind": QT_TRANSLATE_NOOP("Broadcast", "Kind"),
    "queue": QT_TRANSLATE_NOOP("Broadcast", "List"),
    "title": QT_TRANSLATE_NOOP("Broadcast", "Title"),
    "sku": QT_TRANSLATE_NOOP("Broadcast", "Product"),
    "script": QT_TRANSLATE_NOOP("Broadcast", "Script"),
    "planned_s": QT_TRANSLATE_NOOP("Broadcast", "Planned time"),
    "speed": QT_TRANSLATE_NOOP("Broadcast", "Speed"),
    "segment": QT_TRANSLATE_NOOP("Broadcast", "Segment"),
    "offset": QT_TRANSLATE_NOOP("Broadcast", "Position"),
    "fraction": QT_TRANSLATE_NOOP("Broadcast", "Position in line"),
    "duration_s": QT_TRANSLATE_NOOP("Broadcast", "Count-down length"),
    "quantity": QT_TRANSLATE_NOOP("Broadcast", "Quantity"),
    "said": QT_TRANSLATE_NOOP("Broadcast", "What was said"),
    "truth": QT_TRANSLATE_NOOP("Broadcast", "What is true"),
    "item_id": QT_TRANSLATE_NOOP("Broadcast", "Checklist item"),
    "reminders": QT_TRANSLATE_NOOP("Broadcast", "Reminder"),
}
ISSUES = {
    "not_approved": QT_TRANSLATE_NOOP(
        "Broadcast", "\u201c{sku}\u201d is not approved for broadcast by the selection review: {reasons}"),
    "product_missing": QT_TRANSLATE_NOOP(
        "Broadcast", "\u201c{sku}\u201d is no longer in the catalogue; its script was checked without product facts."),
    "out_of_range": QT_TRANSLATE_NOOP("Broadcast", "{field}: {value} is outside {min}\u2013{max}."),
    "not_for_kind": QT_TRANSLATE_NOOP("Broadcast", "{field}: an opening or closing segment has no product."),
    "unknown_item": QT_TRANSLATE_NOOP("Broadcast", "{field}: \u201c{value}\u201d is not an item of the rule pack."),
    "not_during": QT_TRANSLATE_NOOP(
        "Broadcast",
        "{field}: \u201c{value}\u201d is not a \u201cduring the broadcast\u201d item; it gets no reminder."),
    "not_in_force": QT_TRANSLATE_NOOP("Broadcast", "{field}: \u201c{value}\u201d applies only from {date}."),
    "not_reminders": QT_TRANSLATE_NOOP("Broadcast", "The reminder file is not in the {format} format."),
    "unreadable": QT_TRANSLATE_NOOP("Broadcast", "Cannot read the reminder file \u201c{path}\u201d ({reason})."),
}
ERRORS = {
    "sheet_not_found": QT_TRANSLATE_NOOP("Broadcast", "That run sheet no longer exists."),
    "segment_not_found": QT_TRANSLATE_NOOP("Broadcast", "That segment is no longer on the run sheet."),
    "not_on_air": QT_TRANSLATE_NOOP(
        "Broadcast", "This session has not gone on air: run the pre-broadcast check first."),
    "not_live": QT_TRANSLATE_NOOP("Broadcast", "This session did not go on air with a run sheet."),
    "empty_sheet": QT_TRANSLATE_NOOP(
        "Broadcast", "The run sheet has no segments; add at least one before going on air."),
    "no_product": QT_TRANSLATE_NOOP(
        "Broadcast", "Segment {index} has no product to sell; choose the product or go to its segment."),
    "countdown_running": QT_TRANSLATE_NOOP(
        "Broadcast", "A count-down for \u201c{sku}\u201d is already running; stop it before starting another."),
    "countdown_not_found": QT_TRANSLATE_NOOP("Broadcast", "That count-down no longer exists."),
    "correction_not_found": QT_TRANSLATE_NOOP("Broadcast", "That correction no longer exists."),
    "acknowledgement_not_found": QT_TRANSLATE_NOOP("Broadcast", "That reminder acknowledgement no longer exists."),
}
# CSV section titles and column headers (core.broadcast.report_csv.KEYS).
CSV_HEADERS = {
    "products": QT_TRANSLATE_NOOP("Broadcast", "Products"),
    "segments": QT_TRANSLATE_NOOP("Broadcast", "Segments"),
    "checklist": QT_TRANSLATE_NOOP("Broadcast", "Checklist"),
    "reminders": QT_TRANSLATE_NOOP("Broadcast", "Reminders acknowledged"),
    "corrections": QT_TRANSLATE_NOOP("Broadcast", "Corrections"),
    "findings": QT_TRANSLATE_NOOP("Broadcast", "Script findings"),
    "sku": QT_TRANSLATE_NOOP("Broadcast", "SKU"),
    "name": QT_TRANSLATE_NOOP("Broadcast", "Name"),
    "units": QT_TRANSLATE_NOOP("Broadcast", "Units sold"),
    "revenue": QT_TRANSLATE_NOOP("Broadcast", "Revenue (yuan)"),
    "unpriced_units": QT_TRANSLATE_NOOP("Broadcast", "Units without a price"),
    "stock_left": QT_TRANSLATE_NOOP("Broadcast", "Stock left"),
    "planned_s": QT_TRANSLATE_NOOP("Broadcast", "Planned (s)"),
    "spent_s": QT_TRANSLATE_NOOP("Broadcast", "Spent (s)"),
    "segment": QT_TRANSLATE_NOOP("Broadcast", "Segment"),
    "kind": QT_TRANSLATE_NOOP("Broadcast", "Kind"),
    "title": QT_TRANSLATE_NOOP("Broadcast", "Title"),
    "visits": QT_TRANSLATE_NOOP("Broadcast", "Times on air"),
    "item": QT_TRANSLATE_NOOP("Broadcast", "Item"),
    "ticked_at": QT_TRANSLATE_NOOP("Broadcast", "Ticked at"),
    "acknowledged_at": QT_TRANSLATE_NOOP("Broadcast", "Acknowledged at"),
    "at": QT_TRANSLATE_NOOP("Broadcast", "Time"),
    "said": QT_TRANSLATE_NOOP("Broadcast", "What was said"),
    "truth": QT_TRANSLATE_NOOP("Broadcast", "What is true"),
    "rule": QT_TRANSLATE_NOOP("Broadcast", "Rule"),
    "severity": QT_TRANSLATE_NOOP("Broadcast", "Severity"),
    "category": QT_TRANSLATE_NOOP("Broadcast", "Category"),
    "text": QT_TRANSLATE_NOOP("Broadcast", "Wording"),
    "explanation": QT_TRANSLATE_NOOP("Broadcast", "Why"),
    "total": QT_TRANSLATE_NOOP("Broadcast", "Total"),
    "refeature": QT_TRANSLATE_NOOP("Broadcast", "re-feature"),
}


def label(names: dict[str, str], code: str) -> str:
    return tr(names[code], CTX) if code in names else code


def field_name(path: str) -> str:
    name = path.split(".")[0]
    return label(FIELD_NAMES, name) if name in FIELD_NAMES else path


def _reasons(reasons) -> str:
    return " ".join(describe_review_reason(code, params) for code, params in reasons or [])


def describe_issue(issue: Issue) -> str:
    """One sentence for an issue of the broadcast core (falling back to the shared validation words)."""
    params = dict(issue.params)
    if "reasons" in params:
        params["reasons"] = _reasons(params["reasons"])
    if isinstance(params.get("choices"), (list, tuple)):
        params["choices"] = ", ".join(f"{c} ({label(KIND_NAMES, c)})" if c in KIND_NAMES else
                                      f"{c} ({label(QUEUE_NAMES, c)})" if c in QUEUE_NAMES else str(c)
                                      for c in params["choices"])
    if issue.code in ISSUES:
        template = tr(ISSUES[issue.code], CTX)
    elif issue.code in CORE_ISSUES:
        template = tr(CORE_ISSUES[issue.code])
    else:
        return f"{field_name(issue.field)}: {issue.code}"
    return template.format_map(_Default(params, field=field_name(issue.field)))


def describe_error(exc: BaseException) -> str:
    """Sentences for an error the broadcast core raised."""
    if isinstance(exc, ValidationError):
        return "\n".join(describe_issue(i) for i in exc.issues if i.is_error)
    if isinstance(exc, VillageCastError) and exc.code in ERRORS:
        params = dict(exc.params)
        if isinstance(params.get("index"), int):
            params["index"] = params["index"] + 1
        return tr(ERRORS[exc.code], CTX).format_map(_Default(params))
    return describe_core_error(exc)


def describe_code(code: str, params: dict) -> str:
    """Words for a report code: ``kind.<kind>``, a finding explanation, or a note (not_approved…)."""
    if code.startswith("kind."):
        return label(KIND_NAMES, code[5:])
    if code in ISSUES:
        return describe_issue(Issue("sku", code, params))
    return compliance_messages.describe_finding(SimpleNamespace(explanation=code, params=params))


def csv_headers() -> dict[str, str]:
    """Translated section titles and column headers for ``report_csv.write_csv``."""
    return {key: tr(text, CTX) for key, text in CSV_HEADERS.items()}


def group_notes(notes) -> list[tuple[list[int], str, dict]]:
    """Report notes (segment, code, params) with the same code and parameters joined: ([segments], code, params)."""
    groups: dict[str, tuple[list[int], str, dict]] = {}
    for index, code, params in notes:
        key = code + repr(sorted(params.items()))
        groups.setdefault(key, ([], code, params))[0].append(index)
    return list(groups.values())
