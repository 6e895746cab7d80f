"""Escaped HTML for the product detail pane: every fact of one product, in the reader's language.

Pure functions of a ``Product`` and a few looked-up facts, so the pane is easy to test.
Every piece of user data passes through ``esc()``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ... import messages
from ...core import nutrition
from .. import formats, metrics

if TYPE_CHECKING:
    from ...core.product import Certificate, Product, TalkingPoint

translate = QCoreApplication.translate
KEY_WIDTH = "36%"  # the label column, the same in every section so values line up
label = messages.label
EVIDENCE_KINDS = {
    "certificate": QT_TRANSLATE_NOOP("ProductDetail", "Certificate"),
    "document": QT_TRANSLATE_NOOP("ProductDetail", "Document"),
}

STYLE_SHEET = f"""
h2 {{ margin: 0 0 2px 0; }}
h3 {{ margin: 14px 0 4px 0; }}
td {{ padding: 2px 10px 2px 0; vertical-align: top; }}
th {{ padding: 2px 10px 2px 0; text-align: left; }}
td.key {{ color: {metrics.MUTED_COLOR}; white-space: nowrap; }}
td.num {{ text-align: right; }}
table.nutrition {{ border-collapse: collapse; border-color: {metrics.MUTED_COLOR}; }}
table.nutrition th, table.nutrition td {{ padding: 2px 8px; }}
p.cert {{ margin: 2px 0 6px 0; }}
.muted {{ color: {metrics.MUTED_COLOR}; }}
.warn {{ color: {metrics.WARNING_COLOR}; font-weight: bold; }}
.danger {{ color: {metrics.DANGER_COLOR}; font-weight: bold; }}
.ok {{ color: {metrics.OK_COLOR}; }}
"""


@dataclass(frozen=True)
class Facts:
    """What the pane shows besides the product itself."""

    on_hand: int
    reference_fen: int | None
    today: date
    edition: int
    cover_url: str = ""  # file URL of the first photo's thumbnail, when it is on disk


def esc(value) -> str:
    return html.escape(str(value))


def span(css: str, text: str) -> str:
    return f'<span class="{css}">{esc(text)}</span>'


def missing() -> str:
    return span("muted", translate("ProductDetail", "not recorded"))


def or_missing(value) -> str:
    """Escaped ``value``, or a muted "not recorded" for None and empty text."""
    if value is None or value == "":
        return missing()
    return esc(value)


def day(value: str | None) -> str:
    """An ISO date as the reader's date ("2026年12月1日" / "1 Dec 2026"); text that is no date stays as typed."""
    try:
        return formats.date_text(value)
    except ValueError:
        return value or ""


def fact_table(rows: list[tuple[str, str]]) -> str:
    """Two columns: a muted label and an HTML value."""
    body = "".join(f'<tr><td class="key" width="{KEY_WIDTH}">{esc(k)}</td><td>{v}</td></tr>' for k, v in rows)
    return f"<table cellspacing=0 width='100%'>{body}</table>"


def section(title: str, body: str) -> str:
    return f"<h3>{esc(title)}</h3>{body}"


def product_html(p: Product, facts: Facts) -> str:
    """The whole pane for ``p``."""
    return "".join([
        header(p, facts), review(p), prices(p, facts), stock(p, facts), spec(p), keeping(p), origin(p), supply(p),
        certificates(p.certificates, facts.today), documents(p), talking_points(p, facts.today),
        nutrition_facts(p, facts.edition),
    ])


def placeholder() -> str:
    return "<p class='muted'>{}</p>".format(
        esc(translate("ProductDetail", "Select a product to see everything recorded about it.")))


def header(p: Product, facts: Facts | None = None) -> str:
    sub = " · ".join(x for x in (p.name_en, p.sku, label(messages.CATEGORY_NAMES, p.category)) if x)
    photos = ""
    if p.photos:
        photo_count = len(p.photos)  # a plain name: lupdate skips a plural whose count is an expression
        count = esc(translate("ProductDetail", "%n photo(s)", None, photo_count))
        image = f"<img src='{esc(facts.cover_url)}' height=120><br>" if facts and facts.cover_url else ""
        photos = f"<p>{image}<span class='muted'>{count}</span></p>"
    return f"<h2>{esc(p.name_zh)}</h2><p class='muted'>{esc(sub)}</p>{photos}"


def review(p: Product) -> str:
    """Approved for broadcast or not, with every reason (core.audit decides)."""
    from ...core import audit

    result = audit.review(p)
    title = translate("ProductDetail", "Selection review")
    if result.approved:
        final = result.steps[-1].entry
        text = translate("ProductDetail", "Approved for broadcast on %1 by %2").replace(
            "%1", day(final.date)).replace("%2", final.reviewer)
        return section(title, f"<p>{span('ok', text)}</p>")
    reasons = "".join(f"<li>{esc(messages.describe_review_reason(code, params))}</li>"
                      for code, params in result.reasons)
    verdict = span("danger", translate("ProductDetail", "Not approved for broadcast"))
    return section(title, f"<p>{verdict}</p><ul>{reasons}</ul>")


def attached(name: str) -> str:
    """A muted note naming the attached file, or nothing."""
    if not name:
        return ""
    return "<br>" + span("muted", translate("ProductDetail", "File: %1").replace("%1", name))


def yuan(fen: int | None) -> str:
    return missing() if fen is None else esc(formats.money(fen))


def prices(p: Product, facts: Facts) -> str:
    rows = [
        (translate("ProductDetail", "Live price"), yuan(p.live_price_fen)),
        (translate("ProductDetail", "List price"), yuan(p.list_price_fen)),
        (translate("ProductDetail", "Floor price (lowest allowed)"), yuan(p.floor_price_fen)),
        (translate("ProductDetail", "Cost"), yuan(p.cost_fen)),
    ]
    if facts.reference_fen is None:
        ref = span("warn", translate(
            "ProductDetail", "None: no live price in the last 7 days, so do not call any price “original” (原价)"))
    else:
        ref = "<b>{}</b><br><span class='muted'>{}</span>".format(yuan(facts.reference_fen), esc(translate(
            "ProductDetail", "The only price you may call “original” (原价): the lowest live price in the 7 days "
            "before today")))
    rows.append((translate("ProductDetail", "7-day reference price (原价)"), ref))
    return section(translate("ProductDetail", "Prices"), fact_table(rows))


def stock(p: Product, facts: Facts) -> str:
    on_hand = esc(formats.integer(facts.on_hand))
    if facts.on_hand <= p.low_stock_threshold:
        on_hand += " " + span("warn", translate("ProductDetail", "Low stock"))
    rows = [(translate("ProductDetail", "On hand"), on_hand),
            (translate("ProductDetail", "Low-stock threshold"), esc(formats.integer(p.low_stock_threshold)))]
    return section(translate("ProductDetail", "Stock"), fact_table(rows))


def spec(p: Product) -> str:
    dims = (p.length_cm, p.width_cm, p.height_cm)
    size = missing() if all(d is None for d in dims) else esc(translate("ProductDetail", "%1 cm").replace(
        "%1", " × ".join("?" if d is None else formats.number(d) for d in dims)))
    rows = [
        (translate("ProductDetail", "Net weight"), or_missing(formats.weight(p.net_weight_g))),
        (translate("ProductDetail", "Gross weight"), or_missing(formats.weight(p.gross_weight_g))),
        (translate("ProductDetail", "Units per pack"), or_missing(formats.integer(p.units_per_pack))),
        (translate("ProductDetail", "Dimensions (L × W × H)"), size),
    ]
    return section(translate("ProductDetail", "Specification"), fact_table(rows))


def keeping(p: Product) -> str:
    days = p.shelf_life_days
    shelf = missing() if days is None else esc(translate("ProductDetail", "%n day(s)", None, days))
    perishable = (span("warn", translate("ProductDetail", "Yes, perishable")) if p.perishable
                  else esc(translate("ProductDetail", "No")))
    rows = [(translate("ProductDetail", "Shelf life"), shelf),
            (translate("ProductDetail", "Storage"), esc(label(messages.STORAGE_NAMES, p.storage))),
            (translate("ProductDetail", "Perishable"), perishable)]
    return section(translate("ProductDetail", "Storage and shelf life"), fact_table(rows))


def origin(p: Product) -> str:
    place = " ".join(x for x in (p.origin_province, p.origin_county, p.origin_town, p.origin_village) if x)
    rows = [(translate("ProductDetail", "Place"), or_missing(place)),
            (translate("ProductDetail", "Producer"), or_missing(p.producer)),
            (translate("ProductDetail", "Harvest date"), or_missing(day(p.harvest_date)))]
    return section(translate("ProductDetail", "Origin"), fact_table(rows))


def supply(p: Product) -> str:
    after = missing() if not p.after_sales else esc(p.after_sales).replace("\n", "<br>")
    rows = [(translate("ProductDetail", "Supplier"), or_missing(p.supplier)),
            (translate("ProductDetail", "After-sales policy"), after)]
    return section(translate("ProductDetail", "Supply and after-sales"), fact_table(rows))


def certificate_status(c: Certificate, today: date) -> str:
    """HTML flag: expired, not yet valid, expiring soon, or valid (the rule is ``Certificate.status_on``)."""
    status = c.status_on(today)
    if status == "expired":
        return span("danger", translate("ProductDetail", "EXPIRED, do not mention it on air"))
    if status == "not_yet_valid":
        return span("warn", translate("ProductDetail", "Not valid yet"))
    if status == "expiring":
        left = c.days_left(today)
        return span("warn", translate("ProductDetail", "Expires in %n day(s)", None, left))
    return span("ok", translate("ProductDetail", "Valid"))


def certificates(certs: list[Certificate], today: date) -> str:
    """One block per certificate: kind, number and status, then issuer and validity."""
    title = translate("ProductDetail", "Certificates")
    if not certs:
        return section(title, f"<p>{missing()}</p>")
    blocks = []
    valid_word = translate("ProductDetail", "valid")
    for c in certs:
        until = day(c.valid_to) or translate("ProductDetail", "no end date")
        valid = "{} – {}".format(day(c.valid_from) or "…", until)
        issuer = c.issuer or translate("ProductDetail", "issuer not recorded")
        blocks.append(
            f"<p class='cert'><b>{esc(label(messages.CERTIFICATE_NAMES, c.kind))}</b> {esc(c.number)}"
            f"&nbsp;&nbsp;{certificate_status(c, today)}<br>"
            f"<span class='muted'>{esc(issuer)} · {esc(valid_word)} {esc(valid)}</span>{attached(c.file_name)}</p>")
    return section(title, "".join(blocks))


def documents(p: Product) -> str:
    if not p.documents:
        return ""
    items = "".join(f"<li>{esc(d.title)}{attached(d.file_name)}</li>" for d in p.documents)
    return section(translate("ProductDetail", "Documents"), f"<ul>{items}</ul>")


def evidence_kind(kind: str) -> str:
    return translate("ProductDetail", EVIDENCE_KINDS[kind]) if kind in EVIDENCE_KINDS else kind


def talking_point(t: TalkingPoint, p: Product, today: date) -> str:
    kind = esc(label(messages.POINT_KIND_NAMES, t.kind))
    support = p.point_support(t, today)
    proofs = ", ".join(f"{evidence_kind(e.kind)} {e.ref}" for e in t.evidence)
    if support == "supported":
        proof = span("ok", translate("ProductDetail", "Evidence: %1").replace("%1", proofs))
    elif support == "lapsed":
        proof = span("warn", translate(
            "ProductDetail", "Unsupported: its evidence (%1) is not valid today, do not say it").replace("%1", proofs))
    else:
        proof = span("warn", translate("ProductDetail", "Unsupported: no evidence attached, do not say it"))
    return f"<li><b>{kind}</b>: {esc(t.text)}<br>{proof}</li>"


def talking_points(p: Product, today: date) -> str:
    title = translate("ProductDetail", "Talking points")
    if not p.talking_points:
        return section(title, f"<p>{missing()}</p>")
    return section(title, "<ol>{}</ol>".format("".join(talking_point(t, p, today) for t in p.talking_points)))


def nutrition_facts(p: Product, edition: int) -> str:
    per = (translate("ProductDetail", "per 100 mL") if p.nutrition_basis == "100ml"
           else translate("ProductDetail", "per 100 g"))
    title = translate("ProductDetail", "Nutrition (%1, GB 28050-%2)").replace("%1", per).replace("%2", str(edition))
    if not p.nutrition:
        return section(title, f"<p>{missing()}</p>")
    head = "".join(f"<th>{esc(h)}</th>" for h in (
        translate("ProductDetail", "Item"), per, translate("ProductDetail", "NRV%")))
    rows = []
    for r in nutrition.nutrition_table(p.nutrition, edition):
        amount = missing() if r["declared"] is None else esc(f"{declared(r['code'], r['declared'])} {r['unit']}")
        pct = esc(formats.percent(r["nrv_percent"]))
        rows.append(f"<tr><td>{esc(label(messages.NUTRIENT_NAMES, r['code']))}</td>"
                    f"<td class='num'>{amount}</td><td class='num'>{pct}</td></tr>")
    table = f"<table class='nutrition' border=1 cellspacing=0 cellpadding=3><tr>{head}</tr>{''.join(rows)}</table>"
    return section(title, table)


def declared(code: str, value: float) -> str:
    """A declared amount with as many decimals as its rounding interval (5.0 g, 6 mg, 43.21 mg)."""
    interval = nutrition.BY_CODE[code].interval if code in nutrition.BY_CODE else 0.1
    decimals = max(0, -Decimal(str(interval)).normalize().as_tuple().exponent)
    return formats.number(value, decimals)
