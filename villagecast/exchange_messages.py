"""Words for the exchange codes (bundles, spreadsheets, cards), shared by the CLI and the window.

Same style as ``messages``: English source strings declared with QT_TRANSLATE_NOOP (context
"Exchange"), translated when used through ``messages.tr``, so the CLI's translator works
without a running application.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .core.errors import Issue, VillageCastError
from .core.exchange.errors import ExchangeError, ProductProblem, RowProblem
from .core.money import format_fen
from .core.product import PRICE_FIELDS
from .messages import (CERTIFICATE_NAMES, PLATFORM_NAMES, _Default, describe_error as describe_core_error,
                       describe_issue as describe_core_issue, field_name, tr)

CTX = "Exchange"

ERRORS = {
    # the zip itself
    "damaged_zip": QT_TRANSLATE_NOOP(
        "Exchange", "The file is damaged or incomplete (perhaps cut off while copying): {reason}. Nothing was imported."),
    "unreadable": QT_TRANSLATE_NOOP("Exchange", "Cannot read \u201c{path}\u201d: {reason}."),
    "too_many_entries": QT_TRANSLATE_NOOP(
        "Exchange", "The file holds {count} entries, more than the {limit} allowed. Nothing was imported."),
    "unsafe_path": QT_TRANSLATE_NOOP(
        "Exchange", "The file contains \u201c{entry}\u201d, a name that points outside its folder ({reason}). "
        "It was refused and nothing was imported."),
    "link_in_zip": QT_TRANSLATE_NOOP(
        "Exchange", "The file contains a link or special file (\u201c{entry}\u201d). It was refused and nothing "
        "was imported."),
    "duplicate_entry": QT_TRANSLATE_NOOP(
        "Exchange", "The file contains \u201c{entry}\u201d twice. It was refused and nothing was imported."),
    "encrypted_entry": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d in the file is encrypted. Nothing was imported."),
    "unsupported_compression": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d in the file is packed in an unsupported way ({method}). Nothing was imported."),
    "entry_too_large": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d would unpack to {size} bytes, more than the {limit} allowed. "
        "Nothing was imported."),
    "too_large_unpacked": QT_TRANSLATE_NOOP(
        "Exchange", "The file would unpack to more than {limit} bytes. Nothing was imported."),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d unpacks to far more than it takes in the file (a \u201czip bomb\u201d). "
        "It was refused and nothing was imported."),
    # bundles
    "not_a_bundle": QT_TRANSLATE_NOOP(
        "Exchange", "This is not a VillageCast catalogue bundle ({reason}). Nothing was imported."),
    "newer_format": QT_TRANSLATE_NOOP(
        "Exchange", "This bundle was made by a newer VillageCast ({app_version}, bundle format {found}; this "
        "version reads format {known}). Please update VillageCast to import it. Nothing was imported."),
    "bad_json": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d in the bundle is not valid JSON (line {line}, column {column}: {reason}). "
        "Nothing was imported."),
    "bad_schema": QT_TRANSLATE_NOOP(
        "Exchange", "The bundle is malformed at {where}: expected {expected}, found {value}. Nothing was imported."),
    "checksum_mismatch": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d in the bundle does not match its checksum: the file was changed or damaged. "
        "Nothing was imported."),
    "size_mismatch": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d in the bundle has {size} bytes, the manifest says {declared}. "
        "Nothing was imported."),
    "unexpected_entry": QT_TRANSLATE_NOOP(
        "Exchange", "The bundle contains \u201c{entry}\u201d, which its manifest does not list. Nothing was imported."),
    "missing_entry": QT_TRANSLATE_NOOP(
        "Exchange", "The bundle lacks \u201c{entry}\u201d, which its manifest lists. Nothing was imported."),
    "missing_file": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{sku}\u201d refers to the file \u201c{file}\u201d, which the bundle lacks. "
        "Nothing was imported."),
    "wrong_file_kind": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{entry}\u201d in the bundle is not the {kind} file its name says. Nothing was imported."),
    "bad_image": QT_TRANSLATE_NOOP(
        "Exchange", "The picture \u201c{entry}\u201d in the bundle cannot be opened safely: {detail} "
        "Nothing was imported."),
    "too_many_products": QT_TRANSLATE_NOOP(
        "Exchange", "The bundle holds {count} products, more than the {limit} allowed. Nothing was imported."),
    "invalid_products": QT_TRANSLATE_NOOP(
        "Exchange", "{count} product(s) in the bundle are not valid. Nothing was imported:"),
    "missing_attachment": QT_TRANSLATE_NOOP(
        "Exchange", "The file \u201c{file}\u201d of \u201c{sku}\u201d is missing from the attachments folder. "
        "Nothing was exported."),
    "damaged_attachment": QT_TRANSLATE_NOOP(
        "Exchange", "The file \u201c{file}\u201d of \u201c{sku}\u201d in the attachments folder is damaged (its "
        "content no longer matches its name). Nothing was exported."),
    # spreadsheets
    "bad_encoding": QT_TRANSLATE_NOOP(
        "Exchange", "The spreadsheet is not UTF-8 or GBK/GB18030 text. Save it again as CSV (UTF-8) or XLSX. "
        "Nothing was imported."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Exchange", "The file has {size} bytes, more than the {limit} allowed. Nothing was imported."),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "Exchange", "The spreadsheet has more than {limit} rows. Nothing was imported."),
    "bad_csv": QT_TRANSLATE_NOOP(
        "Exchange", "The CSV file cannot be read at row {line}: {reason}. Nothing was imported."),
    "bad_xlsx": QT_TRANSLATE_NOOP(
        "Exchange", "The XLSX file cannot be read ({reason}). Nothing was imported."),
    "no_sku_column": QT_TRANSLATE_NOOP(
        "Exchange", "No SKU column (\u8d27\u53f7 or SKU) in the first rows of the spreadsheet. Nothing was imported."),
    "no_rows": QT_TRANSLATE_NOOP("Exchange", "The spreadsheet has no product rows. Nothing was imported."),
    "bad_rows": QT_TRANSLATE_NOOP(
        "Exchange", "{count} row(s) of the spreadsheet are wrong. Nothing was imported:"),
    # any file
    "empty_file": QT_TRANSLATE_NOOP("Exchange", "The file is empty. Nothing was imported."),
    "unknown_file_kind": QT_TRANSLATE_NOOP(
        "Exchange", "This is neither a VillageCast bundle nor a CSV or XLSX spreadsheet. Nothing was imported."),
    "bad_choice": QT_TRANSLATE_NOOP("Exchange", "\u201c{value}\u201d is not one of: {choices}."),
    "out_is_database": QT_TRANSLATE_NOOP(
        "Exchange", "\u201c{path}\u201d is the catalogue itself or its attachments folder; choose another file."),
    # QR codes and cards
    "no_link": QT_TRANSLATE_NOOP("Exchange", "There is no link to put in a QR code."),
    "link_too_long": QT_TRANSLATE_NOOP("Exchange", "The link is too long for a QR code ({length} characters)."),
    "no_cjk_font": QT_TRANSLATE_NOOP(
        "Exchange", "No font that draws Chinese was found, so cards and the catalogue cannot be made. Install one "
        "such as WenQuanYi Micro Hei (fonts-wqy-microhei) or Noto Sans CJK SC, or set VILLAGECAST_CJK_FONT to "
        "a .ttf/.otf/.ttc file."),
}

IMAGE_PROBLEMS = {
    "too_many_pixels": QT_TRANSLATE_NOOP(
        "Exchange", "it claims {width} \u00d7 {height} pixels, too large to decode safely."),
    "unsupported_image": QT_TRANSLATE_NOOP("Exchange", "it is a {format} picture, not JPEG or PNG."),
    "not_an_image": QT_TRANSLATE_NOOP("Exchange", "it is not a picture."),
    "damaged_image": QT_TRANSLATE_NOOP("Exchange", "it is damaged ({reason})."),
    "photo_too_large": QT_TRANSLATE_NOOP("Exchange", "the file is too large ({size} bytes)."),
}

ISSUES = {  # spreadsheet findings besides the core's validation issues
    "duplicate_column": QT_TRANSLATE_NOOP(
        "Exchange", "{field}: the column \u201c{value}\u201d says the same as \u201c{first}\u201d."),
    "duplicate_row": QT_TRANSLATE_NOOP("Exchange", "{field}: \u201c{value}\u201d is already on row {first}."),
    "too_long": QT_TRANSLATE_NOOP("Exchange", "{field}: longer than {limit} characters."),
    "points_not_updated": QT_TRANSLATE_NOOP(
        "Exchange", "{field}: the spreadsheet's talking points differ, but they are not imported for a product "
        "you already have (yours keep their evidence). Edit them in the window."),
}

ROW = QT_TRANSLATE_NOOP("Exchange", "Row {line}, {column}: {text}")
ROW_NO_COLUMN = QT_TRANSLATE_NOOP("Exchange", "Row {line}: {text}")
PRODUCT = QT_TRANSLATE_NOOP("Exchange", "{sku}: {text}")
PRODUCT_TWICE = QT_TRANSLATE_NOOP("Exchange", "{sku}: appears more than once in the bundle.")

STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("Exchange", "new"),
    "changed": QT_TRANSLATE_NOOP("Exchange", "changed"),
    "unchanged": QT_TRANSLATE_NOOP("Exchange", "unchanged"),
}
ACTION_NAMES = {
    "add": QT_TRANSLATE_NOOP("Exchange", "add"),
    "replace": QT_TRANSLATE_NOOP("Exchange", "take theirs"),
    "keep": QT_TRANSLATE_NOOP("Exchange", "keep mine"),
    "skip": QT_TRANSLATE_NOOP("Exchange", "nothing to do"),
}
CARD_NOTES = {
    "no_shop_link": QT_TRANSLATE_NOOP("Exchange", "{sku}: no shop link, so its cards have no QR code."),
    "no_photo": QT_TRANSLATE_NOOP("Exchange", "{sku}: no photo; its cards show a placeholder."),
    "photo_unreadable": QT_TRANSLATE_NOOP(
        "Exchange", "{sku}: the cover photo cannot be read; its cards show a placeholder."),
    "no_price": QT_TRANSLATE_NOOP("Exchange", "{sku}: no live price, so its cards show none."),
}
# Words on the product cards (a card is for shoppers: the zh_CN translation is what most cards show).
CARD_WORDS = {
    "live_price": QT_TRANSLATE_NOOP("Exchange", "Live price"),
    "origin": QT_TRANSLATE_NOOP("Exchange", "Origin: {origin}"),
    "scan": QT_TRANSLATE_NOOP("Exchange", "Scan to buy on {platform}"),
    "no_photo": QT_TRANSLATE_NOOP("Exchange", "No photo yet"),
}
CHANGE = QT_TRANSLATE_NOOP("Exchange", "{field}: {mine} \u2192 {theirs}")
CHANGE_ITEMS = QT_TRANSLATE_NOOP("Exchange", "{field}: {mine} \u2192 {theirs} entries")
YES, NO, EMPTY = QT_TRANSLATE_NOOP("Exchange", "yes"), QT_TRANSLATE_NOOP("Exchange", "no"), "\u2014"


def _fill(template: str, params: dict) -> str:
    return tr(template, CTX).format_map(_Default(params))


def describe_issue(issue: Issue) -> str:
    """One sentence for an issue: the exchange's own codes here, the core's through ``messages``."""
    template = ISSUES.get(issue.code)
    if template is None:
        return describe_core_issue(issue)
    return _fill(template, {**issue.params, "field": field_name(issue.field)})


def describe_problem(problem) -> str:
    """One line for a bad spreadsheet row or an invalid bundle product."""
    if isinstance(problem, RowProblem):
        text = describe_issue(problem.issue)
        template = ROW if problem.column else ROW_NO_COLUMN
        return _fill(template, {"line": problem.line, "column": problem.column, "text": text})
    if isinstance(problem, ProductProblem):
        if not problem.issues:
            return _fill(PRODUCT_TWICE, {"sku": problem.sku})
        return "\n".join(_fill(PRODUCT, {"sku": problem.sku, "text": describe_issue(i)}) for i in problem.issues)
    return str(problem)


def describe_error(exc: BaseException) -> str:
    """Sentences for an exchange error (with every problem listed, one per line), else as ``messages`` says."""
    if not isinstance(exc, ExchangeError):
        return describe_core_error(exc) if isinstance(exc, VillageCastError) else str(exc)
    params = dict(exc.params)
    if exc.code == "bad_image":
        detail = IMAGE_PROBLEMS.get(params.get("problem", ""))
        params["detail"] = _fill(detail, params) if detail else params.get("problem", "")
    if exc.code == "bad_choice":
        params["choices"] = ", ".join(params.get("choices", ()))
    template = ERRORS.get(exc.code)
    head = _fill(template, params) if template else f"{exc.code}: {exc.params}"
    return "\n".join([head, *(describe_problem(p) for p in exc.problems)])


def value_text(name: str, value) -> str:
    """A field value for the preview: prices in yuan, yes/no, a dash for nothing."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return tr(YES if value else NO, CTX)
    if name in PRICE_FIELDS and isinstance(value, int):
        return format_fen(value)
    return str(value)


def describe_change(change) -> str:
    """One line for a ``merge.FieldChange``."""
    if change.summary:
        return _fill(CHANGE_ITEMS, {"field": field_name(change.field), "mine": change.mine, "theirs": change.theirs})
    return _fill(CHANGE, {"field": field_name(change.field), "mine": value_text(change.field, change.mine),
                          "theirs": value_text(change.field, change.theirs)})


def card_note(code: str, sku: str) -> str:
    template = CARD_NOTES.get(code)
    return _fill(template, {"sku": sku}) if template else f"{sku}: {code}"


def card_labels():
    """The words on product cards, in the current language."""
    from .core.exchange.cards import CardLabels

    return CardLabels(
        live_price=tr(CARD_WORDS["live_price"], CTX), origin=tr(CARD_WORDS["origin"], CTX),
        scan=tr(CARD_WORDS["scan"], CTX), no_photo=tr(CARD_WORDS["no_photo"], CTX),
        certificates={k: tr(v) for k, v in CERTIFICATE_NAMES.items()},
        platforms={k: tr(v) for k, v in PLATFORM_NAMES.items()},
    )


CHECK_FONT = QT_TRANSLATE_NOOP("Exchange", "no font draws Chinese: cards and the PDF catalogue cannot be made; "
                               "install fonts-wqy-microhei or Noto Sans CJK SC, or set VILLAGECAST_CJK_FONT")


def font_check() -> dict:
    """The ``doctor`` check of the font cards and the PDF use: {"name": "card_font", "ok", "detail", "value"}."""
    from .core.exchange.fonts import doctor_check

    found = doctor_check()
    detail = found["path"] if found["ok"] else tr(CHECK_FONT, CTX)
    return {"name": "card_font", "ok": found["ok"], "detail": detail, "value": found["path"]}
