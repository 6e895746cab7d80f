"""Words for the compliance codes: finding categories and explanations, and rule-pack validation issues.

Shared by the CLI (``villagecast check``) and the window; translated with Qt (context "Compliance").
The core gives codes and parameters (``core.compliance``); this module says them in the user's language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .core.errors import Issue
from .core.money import format_fen
from .messages import CATEGORY_NAMES as PRODUCT_CATEGORY_NAMES
from .messages import CERTIFICATE_NAMES, NUTRIENT_NAMES, label, tr

CTX = "Compliance"

CATEGORY_NAMES = {
    "ABS": QT_TRANSLATE_NOOP("Compliance", "Absolute claim"),
    "MED": QT_TRANSLATE_NOOP("Compliance", "Medical claim"),
    "HEALTH": QT_TRANSLATE_NOOP("Compliance", "Health-function claim"),
    "NUTR": QT_TRANSLATE_NOOP("Compliance", "Nutrition claim"),
    "NATURAL": QT_TRANSLATE_NOOP("Compliance", "\u201cNatural\u201d or \u201cno additives\u201d claim"),
    "CERT": QT_TRANSLATE_NOOP("Compliance", "Certification or origin claim"),
    "AUTH": QT_TRANSLATE_NOOP("Compliance", "Official endorsement"),
    "GUAR": QT_TRANSLATE_NOOP("Compliance", "Guarantee"),
    "PRICE": QT_TRANSLATE_NOOP("Compliance", "Price claim"),
    "SCARCE": QT_TRANSLATE_NOOP("Compliance", "Scarcity or urgency"),
    "DATA": QT_TRANSLATE_NOOP("Compliance", "Sales or review figures"),
    "DISP": QT_TRANSLATE_NOOP("Compliance", "Running down others"),
    "MINOR": QT_TRANSLATE_NOOP("Compliance", "Children"),
    "DIVERT": QT_TRANSLATE_NOOP("Compliance", "Trade off the platform"),
    "SUPER": QT_TRANSLATE_NOOP("Compliance", "Superstition"),
    "AFTER": QT_TRANSLATE_NOOP("Compliance", "After-sales promise"),
    "SCRIPT": QT_TRANSLATE_NOOP("Compliance", "Script placeholder"),
}
SEVERITY_NAMES = {
    "block": QT_TRANSLATE_NOOP("Compliance", "Must change"),
    "warn": QT_TRANSLATE_NOOP("Compliance", "Check"),
}
PHASE_NAMES = {
    "before": QT_TRANSLATE_NOOP("Compliance", "Before the broadcast"),
    "during": QT_TRANSLATE_NOOP("Compliance", "During the broadcast"),
    "after": QT_TRANSLATE_NOOP("Compliance", "After the broadcast"),
    "always": QT_TRANSLATE_NOOP("Compliance", "Always"),
}

EXPLANATIONS = {
    # a term of the pack, by category
    "term_abs": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is an absolute or superlative claim. Say it only as a provable comparison "
        "with your own products, a time- or place-limited fact, or a grade your product standard defines."),
    "term_med": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is a disease or treatment claim; ordinary food may not claim to prevent, "
        "treat or cure anything."),
    "term_health": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d claims a health function; only a registered health food may do that."),
    "term_nutr": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is a nutrition claim; it may be said only if the product meets the "
        "GB 28050 threshold. Check it with the product's nutrition values."),
    "term_natural": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is an all-natural or no-additive claim; describe the real ingredients and "
        "how it is grown instead."),
    "term_cert": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d may be said only with a valid certificate of that kind for this product."),
    "term_auth": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d borrows official or expert authority; leave it out unless it is true and "
        "you can show the proof."),
    "term_guar": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d promises more than can be proved; state only what you can show and will honour."),
    "term_price": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is a price comparison; the compared price must be real and shown "
        "(\u539f\u4ef7 = the lowest price of the 7 days before)."),
    "term_scarce": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d creates urgency; it must match the real stock and a real deadline."),
    "term_data": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d quotes sales or review figures; quote only the platform's real figures."),
    "term_disp": QT_TRANSLATE_NOOP("Compliance", "\u201c{term}\u201d runs down other sellers; talk about your own product."),
    "term_minor": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d targets children in a way advertising law forbids."),
    "term_divert": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d moves the sale off the platform; keep orders and payment on the platform."),
    "term_super": QT_TRANSLATE_NOOP("Compliance", "\u201c{term}\u201d is superstition; advertising may not use it."),
    "term_after": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is an after-sales promise; it must match the product's after-sales policy."),
    # product-aware checks
    "disease_claim_food": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is a disease or treatment claim, always forbidden for food."),
    "certificate_missing": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d needs a valid certificate (\u201c{kind}\u201d); this product has none."),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d needs a valid certificate (\u201c{kind}\u201d); {number} expired on {valid_to}."),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d needs a valid certificate (\u201c{kind}\u201d); {number} is valid only from {valid_from}."),
    "scarcity_count_false": QT_TRANSLATE_NOOP(
        "Compliance", "The script says only {claimed} are left, but {on_hand} are in stock."),
    "scarcity_not_low": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d says stock is running out, but {on_hand} are in stock "
        "(low stock starts at {threshold})."),
    "limit_above_stock": QT_TRANSLATE_NOOP(
        "Compliance", "The script offers {claimed}, but only {on_hand} are in stock."),
    "reference_price_above": QT_TRANSLATE_NOOP(
        "Compliance", "The original price said, {claimed} yuan, is above the lowest price of the last 7 days, "
        "{reference} yuan."),
    "reference_price_none": QT_TRANSLATE_NOOP(
        "Compliance", "There was no price in the last 7 days, so no original price (\u539f\u4ef7) may be mentioned."),
    "reference_price_unstated": QT_TRANSLATE_NOOP(
        "Compliance", "Say the original price as the lowest price of the last 7 days: {reference} yuan."),
    "nutrition_claim_false": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d needs {nutrient} {limit} {threshold} {unit} per {basis}; this product has "
        "{amount} {unit}."),
    "nutrition_claim_no_data": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d cannot be checked: the product has no value for {nutrient}. Enter the "
        "tested value first."),
    "nutrition_claim_sugary": QT_TRANSLATE_NOOP(
        "Compliance", "\u201c{term}\u201d is never true for {category}: it is mostly sugar."),
    "return_promise_not_in_policy": QT_TRANSLATE_NOOP(
        "Compliance", "The script promises returns without reason, but this product's after-sales policy does not "
        "offer them (fresh goods are exempt by law)."),
    "return_denial_contradicts_policy": QT_TRANSLATE_NOOP(
        "Compliance", "The script refuses returns without reason, but this product's after-sales policy offers them."),
    "placeholder_unknown": QT_TRANSLATE_NOOP(
        "Compliance", "{{{name}}} is not a placeholder VillageCast can fill. Known: {known}."),
    "placeholder_no_value": QT_TRANSLATE_NOOP(
        "Compliance", "{{{name}}} cannot be filled: the product has no value for it."),
}
LIMIT_WORDS = {
    "max": QT_TRANSLATE_NOOP("Compliance", "at most"),
    "min": QT_TRANSLATE_NOOP("Compliance", "at least"),
}

PACK_ISSUES = {
    "bad_json": QT_TRANSLATE_NOOP("Compliance", "The file is not valid JSON (line {line}, column {column}): {reason}."),
    "not_an_object": QT_TRANSLATE_NOOP("Compliance", "{field}: an object {{...}} is expected."),
    "unknown_key": QT_TRANSLATE_NOOP("Compliance", "{field}: unknown entry \u201c{value}\u201d."),
    "bad_format": QT_TRANSLATE_NOOP("Compliance", "{field}: this is not a VillageCast rule pack (\u201c{value}\u201d)."),
    "bad_version": QT_TRANSLATE_NOOP(
        "Compliance", "{field}: rule pack version {value} is not supported (this VillageCast reads {supported})."),
    "bad_pack_id": QT_TRANSLATE_NOOP(
        "Compliance", "{field}: \u201c{value}\u201d is not a valid id (lower-case letters, digits, . _ -)."),
    "required": QT_TRANSLATE_NOOP("Compliance", "{field}: required."),
    "not_text": QT_TRANSLATE_NOOP("Compliance", "{field}: \u201c{value}\u201d is not text."),
    "not_a_list": QT_TRANSLATE_NOOP("Compliance", "{field}: a list [...] is expected."),
    "bad_choice": QT_TRANSLATE_NOOP("Compliance", "{field}: \u201c{value}\u201d is not one of: {choices}."),
    "bad_date": QT_TRANSLATE_NOOP("Compliance", "{field}: \u201c{value}\u201d is not a date (YYYY-MM-DD)."),
    "duplicate": QT_TRANSLATE_NOOP("Compliance", "{field}: \u201c{value}\u201d appears twice."),
    "no_items": QT_TRANSLATE_NOOP("Compliance", "{field}: the list is empty."),
    "bad_rule_id": QT_TRANSLATE_NOOP("Compliance", "{field}: \u201c{value}\u201d is not a rule id like AD-01."),
    "always_alone": QT_TRANSLATE_NOOP("Compliance", "{field}: \u201calways\u201d cannot be combined with other phases."),
    "empty_term": QT_TRANSLATE_NOOP("Compliance", "{field}: \u201c{value}\u201d has no letters or digits to match."),
    "unknown_rule": QT_TRANSLATE_NOOP("Compliance", "{field}: no checklist item \u201c{value}\u201d."),
    "allow_without_term": QT_TRANSLATE_NOOP(
        "Compliance", "{field}: the allowed phrase \u201c{value}\u201d does not contain the term."),
    "certificate_without_check": QT_TRANSLATE_NOOP(
        "Compliance", "{field}: a certificate is given, but the check is not \u201ccertificate\u201d."),
    "unknown_claim": QT_TRANSLATE_NOOP(
        "Compliance", "{field}: \u201c{value}\u201d is not a GB 28050 claim VillageCast knows."),
}
PACK_FIELD_NAMES = {
    "checklist": QT_TRANSLATE_NOOP("Compliance", "Checklist item"),
    "terms": QT_TRANSLATE_NOOP("Compliance", "Term"),
    "id": QT_TRANSLATE_NOOP("Compliance", "Id"),
    "phases": QT_TRANSLATE_NOOP("Compliance", "Phases"),
    "severity": QT_TRANSLATE_NOOP("Compliance", "Severity"),
    "effective_from": QT_TRANSLATE_NOOP("Compliance", "In force from"),
    "verified": QT_TRANSLATE_NOOP("Compliance", "Verified"),
    "text_zh": QT_TRANSLATE_NOOP("Compliance", "Chinese text"),
    "text_en": QT_TRANSLATE_NOOP("Compliance", "English text"),
    "source": QT_TRANSLATE_NOOP("Compliance", "Legal source"),
    "term": QT_TRANSLATE_NOOP("Compliance", "Wording"),
    "category": QT_TRANSLATE_NOOP("Compliance", "Category"),
    "rules": QT_TRANSLATE_NOOP("Compliance", "Rules"),
    "alt_zh": QT_TRANSLATE_NOOP("Compliance", "Chinese alternative"),
    "alt_en": QT_TRANSLATE_NOOP("Compliance", "English alternative"),
    "context": QT_TRANSLATE_NOOP("Compliance", "Context"),
    "check": QT_TRANSLATE_NOOP("Compliance", "Product check"),
    "certificate": QT_TRANSLATE_NOOP("Compliance", "Certificate"),
    "claim": QT_TRANSLATE_NOOP("Compliance", "Nutrition claim"),
    "negations": QT_TRANSLATE_NOOP("Compliance", "Negations"),
}


class _Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def category_name(code: str) -> str:
    return tr(CATEGORY_NAMES[code], CTX) if code in CATEGORY_NAMES else code


def severity_name(code: str) -> str:
    return tr(SEVERITY_NAMES[code], CTX) if code in SEVERITY_NAMES else code


def phase_name(code: str) -> str:
    return tr(PHASE_NAMES[code], CTX) if code in PHASE_NAMES else code


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _params(code: str, params: dict) -> dict:
    """Parameters in words: fen as yuan, certificate kinds, nutrients and categories by name."""
    out = dict(params)
    if code.startswith("reference_price"):
        for key in ("claimed", "reference"):
            if isinstance(out.get(key), int):
                out[key] = format_fen(out[key])
    if "kind" in out:
        out["kind"] = label(CERTIFICATE_NAMES, out["kind"])
    if "nutrient" in out:
        out["nutrient"] = label(NUTRIENT_NAMES, out["nutrient"])
    if "category" in out:
        out["category"] = label(PRODUCT_CATEGORY_NAMES, out["category"])
    if out.get("limit") in LIMIT_WORDS:
        out["limit"] = tr(LIMIT_WORDS[out["limit"]], CTX)
    if "basis" in out:
        out["basis"] = "100 mL" if out["basis"] == "100ml" else "100 g"
    for key in ("amount", "threshold"):
        if key in out:
            out[key] = "?" if out[key] is None else _number(out[key])
    if isinstance(out.get("known"), list):
        out["known"] = " ".join("{" + name + "}" for name in out["known"])
    return out


def describe_finding(finding) -> str:
    """The explanation of one ``core.compliance.Finding`` in the current language."""
    template = EXPLANATIONS.get(finding.explanation)
    if template is None:
        return f"{finding.explanation}: {finding.params}"
    return tr(template, CTX).format_map(_Default(_params(finding.explanation, finding.params)))


def pack_field_name(path: str) -> str:
    """``terms[3].context.allow[0]`` as "Term 4: Context: allow 1" in words."""
    parts = []
    for part in path.split("."):
        indexed = _INDEXED.fullmatch(part)  # a key of the pack's own ("x[y]" in a broken file) stays as written
        name, index = (indexed.group(1), indexed.group(2)) if indexed else (part, None)
        text = tr(PACK_FIELD_NAMES[name], CTX) if name in PACK_FIELD_NAMES else name
        if index is not None:
            text = f"{text} {int(index) + 1}"
        parts.append(text)
    return ": ".join(parts)


_INDEXED = re.compile(r"([^\[\]]+)\[(\d+)\]")


def describe_pack_issue(issue: Issue) -> str:
    """One sentence for a rule-pack validation issue."""
    template = PACK_ISSUES.get(issue.code)
    field = pack_field_name(issue.field) if issue.field else "\u2014"
    if template is None:
        return f"{field}: {issue.code}"
    params = dict(issue.params)
    if isinstance(params.get("choices"), list):
        params["choices"] = ", ".join(map(str, params["choices"]))
    return tr(template, CTX).format_map(_Default(params, field=field))


def describe_pack_error(exc) -> str:
    """Every reason a pack was refused, one per line."""
    return "\n".join(describe_pack_issue(i) for i in exc.issues)
