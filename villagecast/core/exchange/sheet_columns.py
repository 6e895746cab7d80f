"""The spreadsheet format: columns, Chinese headers, accepted header synonyms and value words.

The headers and value words are part of the file format (what cooperatives type in Excel or WPS),
the same in every UI language, so they live here rather than in the translations. They follow
the zh_CN words of the window. Prices are yuan with two decimals; dates YYYY-MM-DD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..fields import fold
from ..product import CATEGORIES, SHOP_PLATFORMS, STORAGE_KINDS, TALKING_POINT_KINDS


@dataclass(frozen=True)
class Column:
    """``key`` is a Product field, or "talking_points" / "shop_links"; ``kind`` says how a cell is read."""

    key: str
    header: str  # written on export
    synonyms: tuple[str, ...]  # also accepted on import (compared folded: width, case, spaces, brackets)
    kind: str  # text | int | float | yuan | date | category | storage | bool | basis | points | links


COLUMNS = (
    Column("sku", "货号", ("SKU", "商品编码", "商品编号", "编码", "货品编号", "款号"), "text"),
    Column("name_zh", "中文品名", ("品名", "商品名称", "名称", "商品名", "产品名称", "Chinese name", "name"), "text"),
    Column("name_en", "英文品名", ("英文名称", "英文名", "English name"), "text"),
    Column("category", "品类", ("类别", "分类", "类目", "Category"), "category"),
    Column("net_weight_g", "净重（克）", ("净重", "净含量", "净含量（克）", "Net weight", "net weight g"), "int"),
    Column("units_per_pack", "每包数量", ("每件数量", "件数", "Units per pack"), "int"),
    Column("length_cm", "长（厘米）", ("长", "长度", "Length", "length cm"), "float"),
    Column("width_cm", "宽（厘米）", ("宽", "宽度", "Width", "width cm"), "float"),
    Column("height_cm", "高（厘米）", ("高", "高度", "Height", "height cm"), "float"),
    Column("gross_weight_g", "毛重（克）", ("毛重", "Gross weight", "gross weight g"), "int"),
    Column("list_price_fen", "标价（元）", ("标价", "划线价", "原价", "吊牌价", "List price"), "yuan"),
    Column("live_price_fen", "直播价（元）", ("直播价", "售价", "到手价", "Live price", "price"), "yuan"),
    Column("floor_price_fen", "最低价（元）", ("最低价", "底价", "Floor price"), "yuan"),
    Column("cost_fen", "成本（元）", ("成本", "成本价", "进价", "Cost"), "yuan"),
    Column("shelf_life_days", "保质期（天）", ("保质期", "Shelf life", "shelf life days"), "int"),
    Column("storage", "储存方式", ("储存", "贮存方式", "存储方式", "Storage"), "storage"),
    Column("perishable", "生鲜易腐", ("生鲜", "易腐", "是否生鲜", "Perishable", "Fresh / perishable"), "bool"),
    Column("origin_province", "省", ("省份", "产地省", "Province"), "text"),
    Column("origin_county", "县", ("区县", "县区", "产地县", "County"), "text"),
    Column("origin_town", "乡镇", ("镇", "乡", "Town"), "text"),
    Column("origin_village", "村", ("村庄", "Village"), "text"),
    Column("producer", "生产者或合作社", ("生产者", "合作社", "生产商", "Producer", "Producer or cooperative"), "text"),
    Column("harvest_date", "采收/批次日期", ("采收日期", "批次日期", "生产日期", "Harvest date",
                                          "Harvest or batch date"), "date"),
    Column("supplier", "供货商", ("供应商", "Supplier"), "text"),
    Column("after_sales", "售后政策", ("售后", "售后说明", "After-sales", "After-sales policy"), "text"),
    Column("low_stock_threshold", "低库存预警线", ("库存预警", "预警库存", "Low-stock threshold", "low stock"), "int"),
    Column("nutrition_basis", "营养成分基准", ("营养基准", "Nutrition basis"), "basis"),
    Column("talking_points", "卖点", ("讲解要点", "卖点话术", "Talking points", "Talking point"), "points"),
    Column("shop_links", "店铺链接", ("商品链接", "购买链接", "链接", "Shop links", "Shop link"), "links"),
)
BY_KEY = {c.key: c for c in COLUMNS}

CATEGORY_WORDS = {"fruit": "水果", "vegetable": "蔬菜", "honey": "蜂蜜", "tea": "茶叶", "nuts": "坚果",
                  "mushroom": "菌菇", "grain": "大米杂粮", "eggs": "禽蛋", "meat": "肉类", "seafood": "水产",
                  "oil": "食用油", "dried": "干货", "other": "其他"}
STORAGE_WORDS = {"ambient": "常温", "chilled": "冷藏", "frozen": "冷冻"}
POINT_WORDS = {"origin": "产地", "nutrition": "营养", "taste": "口感", "usage": "吃法用法", "storage": "储存",
               "story": "故事", "after_sales": "售后"}
PLATFORM_WORDS = {"douyin": "抖音", "kuaishou": "快手", "taobao": "淘宝", "wechat": "微信视频号",
                  "pinduoduo": "拼多多", "jd": "京东", "other": "其他店铺"}
EXTRA_WORDS = {  # more spellings accepted on import
    "category": {"粮食": "grain", "杂粮": "grain", "大米": "grain", "蛋": "eggs", "肉": "meat", "菌": "mushroom",
                 "食用菌": "mushroom", "油": "oil"},
    "storage": {"冷链": "chilled", "冰鲜": "chilled", "冷冻保存": "frozen", "室温": "ambient"},
    "platform": {"视频号": "wechat", "微信": "wechat", "拼多多店铺": "pinduoduo"},
}
YES = ("是", "y", "yes", "true", "1", "√", "✓", "有")
NO = ("否", "n", "no", "false", "0", "×", "无", "")
_BRACKETS = re.compile(r"[()\[\]{}（）【】《》<>]")


def header_key(text: str) -> str:
    """A header folded for matching: NFKC width, case, spaces, brackets and a trailing unit word gone."""
    folded = _BRACKETS.sub("", fold(str(text))).lower()
    return re.sub(r"\s+|_", "", folded)


_HEADERS: dict[str, str] = {}
for _col in COLUMNS:
    for _name in (_col.header, _col.key, _col.key.removesuffix("_fen"), *_col.synonyms):
        _HEADERS.setdefault(header_key(_name), _col.key)


def match_header(text: str) -> str | None:
    """The column key a header names (Chinese or English, any width), or None."""
    return _HEADERS.get(header_key(text))


def _choice(table: dict[str, str], codes: tuple[str, ...], extra: dict[str, str], text: str) -> str | None:
    value = fold(text)
    if value.lower() in codes:
        return value.lower()
    words = {word: code for code, word in table.items()} | extra
    return words.get(value)


def category_code(text: str) -> str | None:
    return _choice(CATEGORY_WORDS, CATEGORIES, EXTRA_WORDS["category"], text)


def storage_code(text: str) -> str | None:
    return _choice(STORAGE_WORDS, STORAGE_KINDS, EXTRA_WORDS["storage"], text)


def point_kind(text: str) -> str | None:
    return _choice(POINT_WORDS, TALKING_POINT_KINDS, {}, text)


def platform_code(text: str) -> str | None:
    return _choice(PLATFORM_WORDS, SHOP_PLATFORMS, EXTRA_WORDS["platform"], text)
