"""Numbers said after a claim word, read from normalised text: counts (只剩3件) and prices (原价59.9元).

Arabic digits (``59.90``) and Chinese numerals (``五十九块九``, ``两百``) are both read. Every
function takes the normalised text and the position right after the claim word and returns the
value with the position where the number (and its unit) ends, or None.
"""

from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
NUMERALS = frozenset(DIGITS) | frozenset(UNITS)
ARABIC = re.compile(r"\d+(?:\.\d+)?")

COUNT_UNITS = ("件", "单", "份", "箱", "盒", "袋", "瓶", "罐", "包", "组", "套", "个", "斤", "提", "桶", "颗", "枚",
               "只", "筐", "篮", "条", "块", "pcs", " pcs", " left", " boxes", " bags")
TIME_UNITS = ("天", "小时", "分钟", "秒", "周", "月", "年", "点", "号")
COUNT_FILLERS = ("下", "最后", "不到", "了", "就", "只有", "仅", "只", "有", " ")
PRICE_FILLERS = ("是", "要", "都", "就", "也", "可", "本来", "平时", "一直", "卖", "到", "为", "标", "的", "价",
                 "rmb", "¥", " ", "of", "is", "was")
MONEY_UNITS = ("块钱", "块", "元", "rmb", "yuan", " yuan", " rmb")


def chinese_number(text: str, pos: int) -> tuple[int, int] | None:
    """A Chinese numeral at ``pos`` (一百二十八, 两百, 十五): (value, end) or None."""
    end = pos
    while end < len(text) and text[end] in NUMERALS:
        end += 1
    if end == pos:
        return None
    total, section, digit = 0, 0, None
    for ch in text[pos:end]:
        if ch in DIGITS:
            digit = DIGITS[ch]
            continue
        unit = UNITS[ch]
        if unit == 10000:
            total += (section + (digit or 0)) * unit
            section = 0
        else:
            section += (1 if digit is None else digit) * unit
        digit = None
    return total + section + (digit or 0), end


def number_at(text: str, pos: int) -> tuple[float, int] | None:
    """An Arabic or Chinese number starting at ``pos``."""
    m = ARABIC.match(text, pos)
    if m:
        return float(m.group()), m.end()
    found = chinese_number(text, pos)
    return (float(found[0]), found[1]) if found else None


def _skip(text: str, pos: int, fillers: tuple[str, ...], limit: int = 3) -> int:
    for _ in range(limit):
        for word in fillers:
            if text.startswith(word, pos):
                pos += len(word)
                break
        else:
            break
    return pos


def count_after(text: str, pos: int) -> tuple[int, int] | None:
    """A stock count after a scarcity word: 只剩 ``3件``, 仅剩 ``最后两单``. Time spans (3天) are not counts."""
    start = _skip(text, pos, COUNT_FILLERS)
    found = number_at(text, start)
    if found is None or found[0] != int(found[0]):
        return None
    value, end = int(found[0]), found[1]
    if any(text.startswith(u, end) for u in TIME_UNITS):
        return None
    for unit in COUNT_UNITS:
        if text.startswith(unit, end):
            return value, end + len(unit)
    if end == len(text) or text[end] in "\n了啦":
        return value, end
    return None


def price_after(text: str, pos: int) -> tuple[int, int] | None:
    """A price in fen after a price word: 原价 ``59.9元``, 划线价 ``九十九``, 原价是 ``五十九块九``."""
    start = _skip(text, pos, PRICE_FILLERS, limit=4)
    found = number_at(text, start)
    if found is None:
        return None
    yuan, end = found
    fen = round(yuan * 100)
    for unit in MONEY_UNITS:
        if text.startswith(unit, end):
            end += len(unit)
            if unit in ("块", "块钱", "元"):
                jiao = DIGITS.get(text[end]) if end < len(text) else None
                if jiao is None and end < len(text) and text[end].isdigit():
                    jiao = int(text[end])
                if jiao is not None and fen % 100 == 0:
                    fen += jiao * 10
                    end += 1
                    if text.startswith("毛", end) or text.startswith("角", end):
                        end += 1
            break
    return fen, end
