"""Script placeholders ({价格} {库存} {产地} {原价} …) filled from the product before checking.

``fill`` returns the filled text and where each replacement sits; ``to_original`` maps a span of the
filled text back to the script: literal text to itself, anything inside a filled value to the whole
placeholder, so a finding inside a value points at the placeholder.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Placeholder name (as written, case-folded) -> the value it takes (ProductContext.values()).
NAMES = {
    "价格": "price", "直播价": "price", "price": "price",
    "库存": "stock", "stock": "stock",
    "产地": "origin", "origin": "origin",
    "原价": "reference_price", "original_price": "reference_price", "reference_price": "reference_price",
    "品名": "name", "商品名": "name", "name": "name",
}
PATTERN = re.compile(r"[{\uff5b]\s*([^{}\uff5b\uff5d\n]{1,24}?)\s*[}\uff5d]")


@dataclass(frozen=True)
class Placeholder:
    """One ``{name}`` in the script: its span, the name as written and the value key (None if unknown)."""

    start: int
    end: int
    name: str
    key: str | None


def find(text: str) -> list[Placeholder]:
    """Every placeholder in ``text``, in order."""
    return [Placeholder(m.start(), m.end(), m.group(1), NAMES.get(m.group(1).strip().lower()))
            for m in PATTERN.finditer(text)]


def fill(text: str, found: list[Placeholder], values: dict[str, str | None] | None
         ) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` with each placeholder replaced, and the replacements as (filled start, filled end,
    original start, original end), in order.

    A known placeholder with a value becomes the value. Any other (unknown, without a value, or
    every one when ``values`` is None) becomes a line break, so its name is not scanned as script
    text and no term is matched across it.
    """
    out: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    pos = length = 0
    for ph in found:
        value = values.get(ph.key) if values is not None and ph.key else None
        value = "\n" if value is None else value
        out.append(text[pos:ph.start])
        length += ph.start - pos
        out.append(value)
        segments.append((length, length + len(value), ph.start, ph.end))
        length += len(value)
        pos = ph.end
    out.append(text[pos:])
    return "".join(out), segments


def to_original(start: int, end: int, segments: list[tuple[int, int, int, int]], ends: list[int]
                ) -> tuple[int, int]:
    """A span of the filled text as a span of the script: inside a filled value it is the placeholder.

    ``ends`` is ``[segment[1] for segment in segments]`` (computed once per script).
    """
    return _map(start, segments, ends, at_end=False), _map(end, segments, ends, at_end=True)


def _map(pos: int, segments, ends: list[int], at_end: bool) -> int:
    k = bisect.bisect_left(ends, pos) if at_end else bisect.bisect_right(ends, pos)
    if k < len(segments):
        fs, _fe, os_, oe = segments[k]
        if (fs < pos) if at_end else (fs <= pos):
            return oe if at_end else os_
    if k == 0:
        return pos
    _fs, fe, _os, oe = segments[k - 1]
    return pos + oe - fe
