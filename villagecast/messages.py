"""Words for the codes the core returns. Shared by the CLI and the window; translated with Qt.

The core says *what* happened (a code and parameters); this module says it in the user's
language. Source strings are English; zh_CN is the first translation (translations/).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from .core.errors import Issue, ValidationError, VillageCastError
from .core.money import format_fen

CTX = "Messages"
_translator: QTranslator | None = None
_language: str | None = None


def detect_language(explicit: str | None = None) -> str:
    """``explicit``, else ``VILLAGECAST_LANG``, else the system locale: Chinese -> zh_CN, English -> en, else zh_CN."""
    choice = explicit or os.environ.get("VILLAGECAST_LANG")
    if choice:
        return "en" if choice.lower().startswith("en") else "zh_CN"
    lang = QLocale.system().language()
    return "en" if lang == QLocale.Language.English else "zh_CN"


def load_translator(language: str) -> QTranslator | None:
    """The app's translator for ``language`` (None for English, the source language, or when missing)."""
    if language == "en":
        return None
    from .paths import translations_dir

    tr = QTranslator()
    return tr if tr.load(f"villagecast_{language}", str(translations_dir())) else None


def use_language(language: str) -> None:
    """Pick the language for ``tr`` when no QCoreApplication runs (the CLI)."""
    global _translator, _language
    _language = language
    _translator = load_translator(language)


def install_cli_translator(app: QCoreApplication) -> None:
    """Give an application the command line starts (to draw a PDF offscreen) the language the CLI chose."""
    language()
    if _translator is not None:
        app.installTranslator(_translator)


def language() -> str:
    if _language is None:
        use_language(detect_language())
    return _language


def speaks_chinese() -> bool:
    """Whether messages come out in Chinese: the running application's UI locale, else the CLI's language."""
    if QCoreApplication.instance() is not None:
        return QLocale().language() == QLocale.Language.Chinese
    return language() != "en"


def province_shown(name: str) -> str:
    """A province name the core put in a message (official Chinese) in the message's language: 北京市 stays
    北京市 in Chinese and becomes Beijing in English; a name that is no province is left as it is."""
    if not name or speaks_chinese():
        return name
    from .core.shipping import provinces

    found = provinces.find(str(name))
    return found.english if found is not None else name


def tr(text: str, context: str = CTX) -> str:
    """Translate ``text``: through the running application's translators, else the CLI's own."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text)
    language()
    if _translator is not None:
        out = _translator.translate(context, text)
        if out:
            return out
    return text


FIELD_NAMES = {
    "sku": QT_TRANSLATE_NOOP("Messages", "SKU"),
    "name_zh": QT_TRANSLATE_NOOP("Messages", "Chinese name"),
    "name_en": QT_TRANSLATE_NOOP("Messages", "English name"),
    "category": QT_TRANSLATE_NOOP("Messages", "Category"),
    "net_weight_g": QT_TRANSLATE_NOOP("Messages", "Net weight (g)"),
    "units_per_pack": QT_TRANSLATE_NOOP("Messages", "Units per pack"),
    "length_cm": QT_TRANSLATE_NOOP("Messages", "Length (cm)"),
    "width_cm": QT_TRANSLATE_NOOP("Messages", "Width (cm)"),
    "height_cm": QT_TRANSLATE_NOOP("Messages", "Height (cm)"),
    "gross_weight_g": QT_TRANSLATE_NOOP("Messages", "Gross weight (g)"),
    "list_price_fen": QT_TRANSLATE_NOOP("Messages", "List price"),
    "live_price_fen": QT_TRANSLATE_NOOP("Messages", "Live price"),
    "floor_price_fen": QT_TRANSLATE_NOOP("Messages", "Floor price"),
    "cost_fen": QT_TRANSLATE_NOOP("Messages", "Cost"),
    "shelf_life_days": QT_TRANSLATE_NOOP("Messages", "Shelf life (days)"),
    "storage": QT_TRANSLATE_NOOP("Messages", "Storage"),
    "perishable": QT_TRANSLATE_NOOP("Messages", "Fresh / perishable"),
    "origin_province": QT_TRANSLATE_NOOP("Messages", "Province"),
    "origin_county": QT_TRANSLATE_NOOP("Messages", "County"),
    "origin_town": QT_TRANSLATE_NOOP("Messages", "Town"),
    "origin_village": QT_TRANSLATE_NOOP("Messages", "Village"),
    "producer": QT_TRANSLATE_NOOP("Messages", "Producer or cooperative"),
    "harvest_date": QT_TRANSLATE_NOOP("Messages", "Harvest or batch date"),
    "supplier": QT_TRANSLATE_NOOP("Messages", "Supplier"),
    "after_sales": QT_TRANSLATE_NOOP("Messages", "After-sales policy"),
    "low_stock_threshold": QT_TRANSLATE_NOOP("Messages", "Low-stock threshold"),
    "nutrition_basis": QT_TRANSLATE_NOOP("Messages", "Nutrition basis"),
    "nutrition": QT_TRANSLATE_NOOP("Messages", "Nutrition"),
    "certificates": QT_TRANSLATE_NOOP("Messages", "Certificate"),
    "documents": QT_TRANSLATE_NOOP("Messages", "Document"),
    "talking_points": QT_TRANSLATE_NOOP("Messages", "Talking point"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Kind"),
    "number": QT_TRANSLATE_NOOP("Messages", "Number"),
    "text": QT_TRANSLATE_NOOP("Messages", "Text"),
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "valid_from": QT_TRANSLATE_NOOP("Messages", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("Messages", "Valid to"),
    "evidence": QT_TRANSLATE_NOOP("Messages", "Evidence"),
    "quantity": QT_TRANSLATE_NOOP("Messages", "Quantity"),
    "price": QT_TRANSLATE_NOOP("Messages", "Price"),
    "date": QT_TRANSLATE_NOOP("Messages", "Date"),
}

ISSUES = {
    "required": QT_TRANSLATE_NOOP("Messages", "{field}: required."),
    "bad_sku": QT_TRANSLATE_NOOP(
        "Messages", "{field}: \u201c{value}\u201d is not valid (letters, digits, - _ . ; at most 40)."),
    "bad_choice": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not one of: {choices}."),
    "not_an_integer": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a whole number."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a number."),
    "negative": QT_TRANSLATE_NOOP("Messages", "{field}: cannot be negative ({value})."),
    "too_precise": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d has more than two decimals."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is too large."),
    "at_least_one": QT_TRANSLATE_NOOP("Messages", "{field}: must be at least 1."),
    "gross_below_net": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {gross} g is less than the net weight of {net} g."),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a date (YYYY-MM-DD)."),
    "ends_before_start": QT_TRANSLATE_NOOP("Messages", "{field}: ends ({end}) before it starts ({start})."),
    "below_cost": QT_TRANSLATE_NOOP("Messages", "{field}: {price} yuan is below the cost of {cost} yuan."),
    "below_floor": QT_TRANSLATE_NOOP("Messages", "{field}: {price} yuan is below the floor price of {floor} yuan."),
    "above_list": QT_TRANSLATE_NOOP("Messages", "{field}: {price} yuan is above the list price of {list} yuan."),
    "unknown_nutrient": QT_TRANSLATE_NOOP("Messages", "{field}: unknown nutrient \u201c{value}\u201d."),
    "part_exceeds_whole": QT_TRANSLATE_NOOP("Messages", "{field}: cannot exceed {whole}."),
    "over_100g": QT_TRANSLATE_NOOP(
        "Messages", "{field}: protein, fat and carbohydrate add up to {total} g per 100 g, more than 100 g."),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d appears twice."),
    "unknown_evidence": QT_TRANSLATE_NOOP("Messages", "{field}: no certificate or document \u201c{ref}\u201d."),
    "duplicate_sku": QT_TRANSLATE_NOOP("Messages", "{field}: a product with SKU \u201c{value}\u201d already exists."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "{field}: no such field."),
}

ERRORS = {
    "product_not_found": QT_TRANSLATE_NOOP("Messages", "No product with SKU \u201c{sku}\u201d."),
    "below_zero": QT_TRANSLATE_NOOP(
        "Messages", "Not enough stock: {on_hand} on hand, {requested} requested. Nothing was recorded."),
    "not_positive": QT_TRANSLATE_NOOP("Messages", "The quantity must be a positive whole number, not {value}."),
    "zero_quantity": QT_TRANSLATE_NOOP("Messages", "An adjustment of 0 changes nothing."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "The quantity {value} is larger than {limit}."),
    "bad_kind": QT_TRANSLATE_NOOP("Messages", "Unknown stock movement \u201c{kind}\u201d."),
    "not_an_integer": QT_TRANSLATE_NOOP("Messages", "\u201c{value}\u201d is not a whole number."),
    "newer_database": QT_TRANSLATE_NOOP(
        "Messages", "This database was written by a newer VillageCast (schema {found}, this version knows {known}). "
        "It was not changed. Please update VillageCast to open it."),
    "not_a_database": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is not a VillageCast database or is damaged ({reason}). It was not changed."),
    "is_directory": QT_TRANSLATE_NOOP("Messages", "\u201c{path}\u201d is a folder, not a database file."),
    "cannot_create": QT_TRANSLATE_NOOP("Messages", "Cannot create the data folder for \u201c{path}\u201d: {reason}."),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Messages", "Upgrading \u201c{path}\u201d failed ({reason}); it was left as it was."),
    "backup_failed": QT_TRANSLATE_NOOP("Messages", "The backup \u201c{path}\u201d could not be written: {reason}."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The backup \u201c{path}\u201d is damaged ({reason}); nothing was restored."),
    "backup": QT_TRANSLATE_NOOP("Messages", "There is no backup number {number} ({available} available)."),
    "in_use": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is already open in another VillageCast window (process {pid}). Only one "
        "window at a time can change a catalogue: switch to that window, or close it and try again."),
    "in_use_unknown": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is already open in another VillageCast window. Only one window at a time "
        "can change a catalogue: switch to that window, or close it and try again."),
    # a write the disk refused (storage.db.write): rolled back whole, so what was saved before is intact
    "db_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full, so this change was not saved. Everything saved before is safe. Free some "
        "space (delete old videos or downloads) and try again."),
    "db_read_only": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d cannot be written (the disk or file is read-only), so this change was not "
        "saved. Everything saved before is safe. Copy the catalogue to a writable folder, or make the disk "
        "writable, and try again."),
    "db_io": QT_TRANSLATE_NOOP(
        "Messages", "The disk reported an error while saving ({reason}), so this change was not saved. Everything "
        "saved before is safe. Check that the disk or USB stick is still connected and try again."),
    "db_busy": QT_TRANSLATE_NOOP(
        "Messages", "Another program is writing to \u201c{path}\u201d, so this change was not saved. Wait a moment "
        "and try again."),
    "db_damaged": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is damaged ({reason}), so this change was not saved. Close VillageCast "
        "and start it again: it checks the file and offers the newest good backup."),
}


NUTRIENT_NAMES = {
    "energy_kj": QT_TRANSLATE_NOOP("Messages", "Energy"),
    "protein": QT_TRANSLATE_NOOP("Messages", "Protein"),
    "fat": QT_TRANSLATE_NOOP("Messages", "Fat"),
    "saturated_fat": QT_TRANSLATE_NOOP("Messages", "Saturated fat"),
    "trans_fat": QT_TRANSLATE_NOOP("Messages", "Trans fat"),
    "cholesterol": QT_TRANSLATE_NOOP("Messages", "Cholesterol"),
    "carbohydrate": QT_TRANSLATE_NOOP("Messages", "Carbohydrate"),
    "sugar": QT_TRANSLATE_NOOP("Messages", "Sugar"), "dietary_fibre": QT_TRANSLATE_NOOP("Messages", "Dietary fibre"),
    "sodium": QT_TRANSLATE_NOOP("Messages", "Sodium"), "vitamin_a": QT_TRANSLATE_NOOP("Messages", "Vitamin A"),
    "vitamin_d": QT_TRANSLATE_NOOP("Messages", "Vitamin D"), "vitamin_e": QT_TRANSLATE_NOOP("Messages", "Vitamin E"),
    "vitamin_k": QT_TRANSLATE_NOOP("Messages", "Vitamin K"),
    "vitamin_b1": QT_TRANSLATE_NOOP("Messages", "Vitamin B1"),
    "vitamin_b2": QT_TRANSLATE_NOOP("Messages", "Vitamin B2"),
    "vitamin_b6": QT_TRANSLATE_NOOP("Messages", "Vitamin B6"),
    "vitamin_b12": QT_TRANSLATE_NOOP("Messages", "Vitamin B12"),
    "vitamin_c": QT_TRANSLATE_NOOP("Messages", "Vitamin C"),
    "niacin": QT_TRANSLATE_NOOP("Messages", "Niacin"), "folate": QT_TRANSLATE_NOOP("Messages", "Folate"),
    "pantothenic_acid": QT_TRANSLATE_NOOP("Messages", "Pantothenic acid"),
    "biotin": QT_TRANSLATE_NOOP("Messages", "Biotin"),
    "choline": QT_TRANSLATE_NOOP("Messages", "Choline"), "calcium": QT_TRANSLATE_NOOP("Messages", "Calcium"),
    "phosphorus": QT_TRANSLATE_NOOP("Messages", "Phosphorus"),
    "potassium": QT_TRANSLATE_NOOP("Messages", "Potassium"),
    "magnesium": QT_TRANSLATE_NOOP("Messages", "Magnesium"),
    "iron": QT_TRANSLATE_NOOP("Messages", "Iron"),
    "zinc": QT_TRANSLATE_NOOP("Messages", "Zinc"),
    "iodine": QT_TRANSLATE_NOOP("Messages", "Iodine"),
    "selenium": QT_TRANSLATE_NOOP("Messages", "Selenium"),
    "copper": QT_TRANSLATE_NOOP("Messages", "Copper"),
    "fluoride": QT_TRANSLATE_NOOP("Messages", "Fluoride"), "manganese": QT_TRANSLATE_NOOP("Messages", "Manganese"),
}
CATEGORY_NAMES = {
    "fruit": QT_TRANSLATE_NOOP("Messages", "Fruit"),
    "vegetable": QT_TRANSLATE_NOOP("Messages", "Vegetables"),
    "honey": QT_TRANSLATE_NOOP("Messages", "Honey"),
    "tea": QT_TRANSLATE_NOOP("Messages", "Tea"),
    "nuts": QT_TRANSLATE_NOOP("Messages", "Nuts"),
    "mushroom": QT_TRANSLATE_NOOP("Messages", "Mushrooms and fungi"),
    "grain": QT_TRANSLATE_NOOP("Messages", "Rice and grain"),
    "eggs": QT_TRANSLATE_NOOP("Messages", "Eggs"),
    "meat": QT_TRANSLATE_NOOP("Messages", "Meat"),
    "seafood": QT_TRANSLATE_NOOP("Messages", "Aquatic products"), "oil": QT_TRANSLATE_NOOP("Messages", "Edible oil"),
    "dried": QT_TRANSLATE_NOOP("Messages", "Dried goods"), "other": QT_TRANSLATE_NOOP("Messages", "Other"),
}
STORAGE_NAMES = {
    "ambient": QT_TRANSLATE_NOOP("Messages", "Ambient"),
    "chilled": QT_TRANSLATE_NOOP("Messages", "Chilled"),
    "frozen": QT_TRANSLATE_NOOP("Messages", "Frozen"),
}
CERTIFICATE_NAMES = {
    "organic": QT_TRANSLATE_NOOP("Messages", "Organic"), "green_food": QT_TRANSLATE_NOOP("Messages", "Green food"),
    "geo_indication": QT_TRANSLATE_NOOP("Messages", "Geographical indication"),
    "compliance_cert": QT_TRANSLATE_NOOP("Messages", "Compliance certificate (promise)"),
    "inspection_report": QT_TRANSLATE_NOOP("Messages", "Inspection report"),
}
POINT_KIND_NAMES = {
    "origin": QT_TRANSLATE_NOOP("Messages", "Origin"),
    "nutrition": QT_TRANSLATE_NOOP("Messages", "Nutrition"),
    "taste": QT_TRANSLATE_NOOP("Messages", "Taste"),
    "usage": QT_TRANSLATE_NOOP("Messages", "Usage"),
    "storage": QT_TRANSLATE_NOOP("Messages", "Storage"),
    "story": QT_TRANSLATE_NOOP("Messages", "Story"),
    "after_sales": QT_TRANSLATE_NOOP("Messages", "After-sales"),
}
STOCK_KIND_NAMES = {
    "receive": QT_TRANSLATE_NOOP("Messages", "Received"),
    "sell": QT_TRANSLATE_NOOP("Messages", "Sold"),
    "return": QT_TRANSLATE_NOOP("Messages", "Returned"),
    "damage": QT_TRANSLATE_NOOP("Messages", "Damaged"), "adjust": QT_TRANSLATE_NOOP("Messages", "Adjusted"),
}
PRICE_KIND_NAMES = {
    "list": QT_TRANSLATE_NOOP("Messages", "List price"), "live": QT_TRANSLATE_NOOP("Messages", "Live price"),
    "floor": QT_TRANSLATE_NOOP("Messages", "Floor price"), "cost": QT_TRANSLATE_NOOP("Messages", "Cost"),
}

BACKUP_REASON_NAMES = {
    "start": QT_TRANSLATE_NOOP("Messages", "window started"),
    "manual": QT_TRANSLATE_NOOP("Messages", "made by hand"),
    "pre-migration": QT_TRANSLATE_NOOP("Messages", "before an upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("Messages", "before a restore"),
}
# Which label table names the allowed values of a field (for "not one of: ..." messages).
CHOICE_NAMES = {
    "category": CATEGORY_NAMES, "storage": STORAGE_NAMES, "certificates": CERTIFICATE_NAMES,
    "talking_points": POINT_KIND_NAMES, "kind": PRICE_KIND_NAMES,
}


def label(names: dict[str, str], code: str) -> str:
    """Translated label for ``code`` from one of the tables above (the code itself if unknown)."""
    return tr(names[code]) if code in names else code


def field_name(path: str) -> str:
    """Translate a field path like ``certificates[1].valid_to`` into "Certificate 2: Valid to"."""
    parts = []
    for part in path.split("."):
        name, _, index = part.partition("[")
        text = tr(FIELD_NAMES[name]) if name in FIELD_NAMES else label(NUTRIENT_NAMES, name)
        if index:
            text = f"{text} {int(index.rstrip(']')) + 1}"
        parts.append(text)
    return ": ".join(parts)


def _fmt_params(params: dict, field: str = "") -> dict:
    """Parameters in words: fen as yuan, codes as their labels (choices by the field they belong to)."""
    params = dict(params)
    for key in ("price", "cost", "floor", "list"):
        if isinstance(params.get(key), int):
            params[key] = format_fen(params[key])
    if "choices" in params:
        parts = [part.split("[")[0] for part in field.split(".")]
        # The top field names the table (certificates[0].kind); else the last one (audit[0].step).
        names = CHOICE_NAMES.get(parts[0]) or CHOICE_NAMES.get(parts[-1], {})
        params["choices"] = ", ".join(f"{c} ({tr(names[c])})" if c in names else str(c) for c in params["choices"])
    if "whole" in params:
        params["whole"] = label(NUTRIENT_NAMES, params["whole"])
    if "step" in params:
        params["step"] = label(AUDIT_STEP_NAMES, params["step"])
    return params


def describe_issue(issue: Issue) -> str:
    """One sentence for one validation issue, in the current language."""
    template = ISSUES.get(issue.code)
    if template is None:
        return f"{field_name(issue.field)}: {issue.code}"
    params = _fmt_params(issue.params, issue.field)
    return tr(template).format_map(_Default(params, field=field_name(issue.field)))


def describe_error(exc: BaseException) -> str:
    """Sentences for an error the core raised (all issues of a ValidationError, one per line)."""
    if isinstance(exc, ValidationError):
        return "\n".join(describe_issue(i) for i in exc.issues if i.is_error)
    if isinstance(exc, VillageCastError):
        template = ERRORS.get(exc.code)
        if template is not None:
            params = dict(exc.params)
            if "province" in params:
                params["province"] = province_shown(params["province"])
            return tr(template).format_map(_Default(params))
        return f"{exc.code}: {exc.params}"
    return str(exc)


class _Default(dict):
    """format_map helper: missing keys print as themselves instead of raising."""

    def __init__(self, data: dict, **extra):
        super().__init__(data, **extra)

    def __missing__(self, key):
        return "{" + key + "}"


# --- command line: input the CLI itself refuses (before the core sees it) ---------------------
ISSUES.update({
    "not_text": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not text."),
    "not_a_boolean": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not true or false."),
    "conflicting_price": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {yuan} yuan and {fen} fen disagree; give only one of them."),
})

ERRORS.update({
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read \u201c{path}\u201d: {reason}."),
    "bad_json": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is not valid JSON (line {line}, column {column}): {reason}."),
    "bad_product_json": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d does not describe a product: {reason}. Nothing was changed."),
    "nothing_to_change": QT_TRANSLATE_NOOP(
        "Messages", "Nothing to change: give at least one field option or --from-json."),
    "confirm_remove": QT_TRANSLATE_NOOP(
        "Messages", "Removing \u201c{sku}\u201d deletes it with its stock and price history. "
        "Add --yes to confirm. Nothing was removed."),
    "confirm_restore": QT_TRANSLATE_NOOP(
        "Messages", "Restoring backup {number} replaces the whole catalogue (the current one is backed up "
        "first). Add --yes to confirm. Nothing was changed."),
    "bad_demo_data": QT_TRANSLATE_NOOP(
        "Messages", "The built-in demo catalogue is damaged ({sku}: {reason}). Please reinstall VillageCast."),
    "not_a_demo_database": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is not a demo database and may hold real data; it was not reset. "
        "Choose another --db path."),
})


# --- the product editor: attachments, photos and the selection review -------------------------
ISSUES.update({
    "evidence_required": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a passed {step} must cite the certificate, report or document that was checked."),
})
FIELD_NAMES.update({
    "photos": QT_TRANSLATE_NOOP("Messages", "Photo"),
    "audit": QT_TRANSLATE_NOOP("Messages", "Review line"),
    "step": QT_TRANSLATE_NOOP("Messages", "Step"),
    "reviewer": QT_TRANSLATE_NOOP("Messages", "Reviewer"),
    "result": QT_TRANSLATE_NOOP("Messages", "Result"),
    "file": QT_TRANSLATE_NOOP("Messages", "File"),
    "width": QT_TRANSLATE_NOOP("Messages", "Width"),
    "height": QT_TRANSLATE_NOOP("Messages", "Height"),
    "issuer": QT_TRANSLATE_NOOP("Messages", "Issuer"),
    "note": QT_TRANSLATE_NOOP("Messages", "Note"),
})
AUDIT_STEP_NAMES = {
    "supplier_review": QT_TRANSLATE_NOOP("Messages", "Supplier preliminary review"),
    "qualification_review": QT_TRANSLATE_NOOP("Messages", "Qualification review"),
    "sample_test": QT_TRANSLATE_NOOP("Messages", "Sample evaluation or sampling test"),
    "selling_point_review": QT_TRANSLATE_NOOP("Messages", "Selling-point review"),
    "final_approval": QT_TRANSLATE_NOOP("Messages", "Final approval"),
}
AUDIT_RESULT_NAMES = {
    "passed": QT_TRANSLATE_NOOP("Messages", "Passed"),
    "failed": QT_TRANSLATE_NOOP("Messages", "Failed"),
}
# Why a product is not approved for broadcast (core.audit.review reasons).
AUDIT_REASONS = {
    "step_missing": QT_TRANSLATE_NOOP("Messages", "{step}: not done yet."),
    "step_failed": QT_TRANSLATE_NOOP("Messages", "{step}: failed on {date} ({reviewer})."),
    "approval_before_step": QT_TRANSLATE_NOOP(
        "Messages", "{step} was recorded on {date}, after the final approval of {approved}: approve again."),
    "points_changed": QT_TRANSLATE_NOOP(
        "Messages", "The talking points changed after the selling-point review of {date}: review them again."),
}
CHOICE_NAMES.update({"step": AUDIT_STEP_NAMES, "result": AUDIT_RESULT_NAMES})

# --- shop links (what a product card's QR code opens) ------------------------------------------
PLATFORM_NAMES = {
    "douyin": QT_TRANSLATE_NOOP("Messages", "Douyin"),
    "kuaishou": QT_TRANSLATE_NOOP("Messages", "Kuaishou"),
    "taobao": QT_TRANSLATE_NOOP("Messages", "Taobao"),
    "wechat": QT_TRANSLATE_NOOP("Messages", "WeChat Channels"),
    "pinduoduo": QT_TRANSLATE_NOOP("Messages", "Pinduoduo"),
    "jd": QT_TRANSLATE_NOOP("Messages", "JD"),
    "other": QT_TRANSLATE_NOOP("Messages", "Other shop"),
}
FIELD_NAMES.update({
    "shop_links": QT_TRANSLATE_NOOP("Messages", "Shop link"),
    "platform": QT_TRANSLATE_NOOP("Messages", "Platform"),
    "url": QT_TRANSLATE_NOOP("Messages", "Link"),
})
ISSUES.update({
    "bad_url": QT_TRANSLATE_NOOP(
        "Messages", "{field}: \u201c{value}\u201d is not a web link (it must start with https:// or http:// and "
        "have no spaces)."),
})
CHOICE_NAMES.update({"platform": PLATFORM_NAMES})
ERRORS.update({
    "file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is too large ({size} bytes; at most {limit}). Nothing was attached."),
    "unsupported_file_type": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d is not a PDF, JPEG or PNG file (judged by its content, not its name). "
        "Nothing was attached."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: \u201c{path}\u201d could not be written. Nothing was changed; free some "
        "space and try again."),
    "cannot_write": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{path}\u201d could not be written ({reason}). Nothing was changed."),
    "bad_stored_path": QT_TRANSLATE_NOOP("Messages", "\u201c{path}\u201d is not a file of this catalogue."),
    "photo_too_large": QT_TRANSLATE_NOOP(
        "Messages", "This photo file is too large ({size} bytes; at most {limit}). It was not added."),
    "not_an_image": QT_TRANSLATE_NOOP("Messages", "This file is not a picture. Only JPEG and PNG photos can be added."),
    "unsupported_image": QT_TRANSLATE_NOOP(
        "Messages", "This picture is a {format} file. Only JPEG and PNG photos can be added; save it as JPEG first."),
    "too_many_pixels": QT_TRANSLATE_NOOP(
        "Messages", "This picture is {width} \u00d7 {height} pixels, too large to open safely (at most {limit} "
        "pixels). It was not added."),
    "damaged_image": QT_TRANSLATE_NOOP(
        "Messages", "This picture is damaged or incomplete and cannot be read ({reason}). It was not added."),
    "movement_not_found": QT_TRANSLATE_NOOP(
        "Messages", "That stock movement of \u201c{sku}\u201d no longer exists."),
})


# --- scripts and broadcast sessions --------------------------------------------------------------
ISSUES.update({
    "too_long": QT_TRANSLATE_NOOP("Messages", "{field}: longer than {limit} characters."),
})
ERRORS.update({
    "script_not_found": QT_TRANSLATE_NOOP("Messages", "That script no longer exists."),
    "session_not_found": QT_TRANSLATE_NOOP("Messages", "That broadcast session no longer exists."),
    "already_live": QT_TRANSLATE_NOOP("Messages", "This session is already on air."),
    "session_finished": QT_TRANSLATE_NOOP("Messages", "This session has finished; its record can no longer change."),
})


def describe_review_reason(code: str, params: dict) -> str:
    """One sentence for a reason ``core.audit.review`` gives for "not approved"."""
    template = AUDIT_REASONS.get(code)
    if template is None:
        return code
    return tr(template).format_map(_Default(_fmt_params(params)))
