"""Search as you type over name, SKU, origin, pinyin and pinyin initials.

Pinyin keys are computed once when a product is written and stored with it, so opening a
10,000-product catalogue never runs the pinyin converter.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence


def normalise(text: str) -> str:
    """Fold width (NFKC), case and spaces so "ＨＴ", "H T" and "ht" compare equal."""
    return "".join(unicodedata.normalize("NFKC", text or "").lower().split())


def pinyin_keys(name_zh: str, extra: str = "") -> tuple[str, str]:
    """(full pinyin of name and ``extra``, initials of the name): 核桃 -> ("hetao", "ht")."""
    from pypinyin import Style, lazy_pinyin

    syllables = [s for s in lazy_pinyin(name_zh or "", errors="ignore") if s.isascii()]
    full = "".join(syllables) + " " + "".join(lazy_pinyin(extra or "", errors="ignore"))
    initials = "".join(s[0] for s in lazy_pinyin(name_zh or "", style=Style.FIRST_LETTER, errors="ignore") if s)
    return normalise(full).strip(), normalise(initials)


HAYSTACK_FIELDS = ("sku", "name_zh", "name_en", "origin_province", "origin_county", "origin_town",
                   "origin_village", "producer", "search_pinyin", "search_initials")


def haystack(row: dict) -> str:
    """The normalised text one product row is searched in; fields joined by a separator."""
    return "\x1f".join(normalise(str(row.get(f) or "")) for f in HAYSTACK_FIELDS)


class SearchIndex:
    """Substring search over precomputed haystacks; every query word must match (AND)."""

    def __init__(self, rows: Iterable[dict] = ()):
        self._hay: list[str] = [haystack(r) for r in rows]

    def __len__(self) -> int:
        return len(self._hay)

    def replace(self, position: int, row: dict) -> None:
        self._hay[position] = haystack(row)

    def matches(self, query: str) -> list[int]:
        """Positions of the rows matching ``query``, in row order; all rows for an empty query."""
        words = [normalise(w) for w in (query or "").split()]
        words = [w for w in words if w]
        if not words:
            return list(range(len(self._hay)))
        hay = self._hay
        first, rest = words[0], words[1:]
        out = [i for i, h in enumerate(hay) if first in h]
        for w in rest:
            out = [i for i in out if w in hay[i]]
        return out


def filter_rows(rows: Sequence[dict], query: str) -> list[dict]:
    """Convenience for callers without an index (the CLI): the rows matching ``query``."""
    index = SearchIndex(rows)
    return [rows[i] for i in index.matches(query)]
