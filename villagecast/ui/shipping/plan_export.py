"""How a province's plan reads (policy, reason, carrier) and the policy as CSV (UTF-8 with BOM, for Excel/WPS)."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ... import shipping_messages as sm
from ...core.money import format_fen
from .. import formats
from . import words

translate = QCoreApplication.translate

CSV_HEADERS = (
    QT_TRANSLATE_NOOP("PolicyExport", "Province code"),
    QT_TRANSLATE_NOOP("PolicyExport", "Province"),
    QT_TRANSLATE_NOOP("PolicyExport", "Policy"),
    QT_TRANSLATE_NOOP("PolicyExport", "Buyer pays (yuan)"),
    QT_TRANSLATE_NOOP("PolicyExport", "Carrier"),
    QT_TRANSLATE_NOOP("PolicyExport", "Zone"),
    QT_TRANSLATE_NOOP("PolicyExport", "Shipping (yuan)"),
    QT_TRANSLATE_NOOP("PolicyExport", "Margin (yuan)"),
    QT_TRANSLATE_NOOP("PolicyExport", "Break-even price (yuan)"),
    QT_TRANSLATE_NOOP("PolicyExport", "Reason"),
)


def card_name(card) -> str:
    """Carrier and service as one label, with the example mark."""
    name = " ".join(part for part in (card.carrier, card.service) if part)
    if card.example:
        name = translate("PolicyExport", "%1 [EXAMPLE]").replace("%1", name)
    return name


def policy_name(plan) -> str:
    return words.label(sm.POLICY_NAMES, plan.policy)


def policy_text(plan) -> str:
    """The policy with the buyer's shipping fee, as shown: "Buyer pays shipping: ¥5.00" (the CSV keeps "5.00")."""
    name = policy_name(plan)
    if plan.policy == "charge" and plan.charge_fen is not None:
        return translate("PolicyExport", "%1: %2").replace("%1", name).replace("%2", formats.money(plan.charge_fen))
    return name


def reason_text(plan) -> str:
    """Why not 包邮: the planner's reasons, or why the best option falls short of the target."""
    return " ".join(sm.describe_reason(code, params) for code, params in plan.reasons)


def option_problem(option) -> str:
    return sm.describe_reason(*option.problem) if option.problem else ""


def policy_rows(plans) -> list[list[str]]:
    rows = []
    for plan in plans:
        best = plan.best
        quote = best.quote if best is not None else None
        rows.append([
            plan.province.code, plan.province.name, policy_name(plan),
            format_fen(plan.charge_fen) if plan.policy == "charge" else "",
            card_name(best.card) if best is not None else "",
            quote.zone.name if quote is not None else "",
            format_fen(quote.total_fen) if quote is not None else "",
            format_fen(best.margin_fen) if best is not None else "",
            format_fen(best.break_even_fen) if best is not None else "",
            reason_text(plan),
        ])
    return rows


def policy_csv(plans) -> bytes:
    """The 包邮 policy per province as CSV bytes; headers in the UI language."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([translate("PolicyExport", header) for header in CSV_HEADERS])
    writer.writerows(policy_rows(plans))
    return out.getvalue().encode("utf-8-sig")
