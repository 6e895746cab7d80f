"""What the Packaging and Fees tables show and how a typed cell becomes a value (one spec per kind)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core.shipping.margin import FeeProfile, PackagingPreset
from . import words


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # QT_TRANSLATE_NOOP("ItemTab", …)
    fields: tuple[str, ...]  # the item fields it sets (and the issue paths it shows)
    text: Callable  # item -> cell text
    parse: Callable | None = None  # cell text -> {field: value}; raises ValidationError. None: read-only
    number: bool = True


@dataclass(frozen=True)
class ItemSpec:
    kind: str  # "preset" | "profile"
    columns: tuple[Column, ...]
    new_item: Callable  # name -> a new item with usable defaults
    texts: dict  # QT_TRANSLATE_NOOP("ItemTab", …) by use


def _field(name: str, title: str, show, parse, number: bool = True) -> Column:
    return Column(name, title, (name,), lambda item: show(getattr(item, name)),
                  lambda text: {name: parse(text, name)}, number)


def _text(text: str, field: str) -> str:
    return text.strip()


def _date(text: str, field: str) -> str | None:
    return words.fold(text) or None


def _dims(text: str) -> dict:
    length, width, height = words.dims(text)
    return {"length_cm": length, "width_cm": width, "height_cm": height}


PRESET = ItemSpec(
    "preset",
    (
        _field("name", QT_TRANSLATE_NOOP("ItemTab", "Name"), str, _text, number=False),
        Column("dims", QT_TRANSLATE_NOOP("ItemTab", "Box L\u00d7W\u00d7H (cm)"), ("length_cm", "width_cm", "height_cm"),
               lambda p: words.dims_text(p.dims), _dims),
        _field("tare_g", QT_TRANSLATE_NOOP("ItemTab", "Box and filling (g)"), str, words.whole),
        _field("foam_box_g", QT_TRANSLATE_NOOP("ItemTab", "Foam box (g)"), str, words.whole),
        _field("ice_packs", QT_TRANSLATE_NOOP("ItemTab", "Ice packs"), str, words.whole),
        _field("ice_pack_g", QT_TRANSLATE_NOOP("ItemTab", "One ice pack (g)"), str, words.whole),
        _field("cost_fen", QT_TRANSLATE_NOOP("ItemTab", "Cost (yuan)"), words.yuan, words.money),
        Column("packing", QT_TRANSLATE_NOOP("ItemTab", "Packing weight (kg)"), (), lambda p: words.kg(p.packing_g)),
    ),
    lambda name: PackagingPreset(name, Decimal(30), Decimal(20), Decimal(15), tare_g=200),
    {
        "new": QT_TRANSLATE_NOOP("ItemTab", "New box"),
        "add": QT_TRANSLATE_NOOP("ItemTab", "&Add preset"),
        "delete": QT_TRANSLATE_NOOP("ItemTab", "&Delete presets"),
        "added": QT_TRANSLATE_NOOP("ItemTab", "Add packaging preset %1"),
        "changed": QT_TRANSLATE_NOOP("ItemTab", "Change packaging preset %1"),
        "deleted": QT_TRANSLATE_NOOP("ItemTab", "Delete packaging presets: %1"),
        "hint": QT_TRANSLATE_NOOP("ItemTab", "The boxes you pack orders in. Type in a cell to change it; each change "
                                             "is saved at once and Edit > Undo takes it back. Weights in grams, the "
                                             "cost in yuan (box, fillers, coolant and tape together)."),
        "table": QT_TRANSLATE_NOOP("ItemTab", "Packaging presets"),
    },
)

PROFILE = ItemSpec(
    "profile",
    (
        _field("name", QT_TRANSLATE_NOOP("ItemTab", "Name"), str, _text, number=False),
        _field("platform_pct", QT_TRANSLATE_NOOP("ItemTab", "Platform %"), words.pct, words.percent),
        _field("payment_pct", QT_TRANSLATE_NOOP("ItemTab", "Payment %"), words.pct, words.percent),
        _field("influencer_pct", QT_TRANSLATE_NOOP("ItemTab", "Influencer %"), words.pct, words.percent),
        _field("damage_pct", QT_TRANSLATE_NOOP("ItemTab", "Damage and claims %"), words.pct, words.percent),
        Column("total", QT_TRANSLATE_NOOP("ItemTab", "Total %"), (), lambda f: words.pct(f.total_pct)),
        _field("valid_from", QT_TRANSLATE_NOOP("ItemTab", "From"), lambda v: v or "", _date, number=False),
        _field("valid_to", QT_TRANSLATE_NOOP("ItemTab", "To"), lambda v: v or "", _date, number=False),
        _field("source_note", QT_TRANSLATE_NOOP("ItemTab", "Source"), str, _text, number=False),
    ),
    lambda name: FeeProfile(name),
    {
        "new": QT_TRANSLATE_NOOP("ItemTab", "New fee profile"),
        "add": QT_TRANSLATE_NOOP("ItemTab", "&Add profile"),
        "delete": QT_TRANSLATE_NOOP("ItemTab", "&Delete profiles"),
        "added": QT_TRANSLATE_NOOP("ItemTab", "Add fee profile %1"),
        "changed": QT_TRANSLATE_NOOP("ItemTab", "Change fee profile %1"),
        "deleted": QT_TRANSLATE_NOOP("ItemTab", "Delete fee profiles: %1"),
        "hint": QT_TRANSLATE_NOOP("ItemTab", "What the platform keeps of each order, in % of the price. Check the "
                                             "rates in your shop's back office and note where they come from; dates "
                                             "as YYYY-MM-DD, empty for no limit."),
        "table": QT_TRANSLATE_NOOP("ItemTab", "Fee profiles"),
    },
)
