"""Arbitrary inputs for each importer: raw bytes, and random files of the right shape (a CSV with real headers
and random cells, a workbook of random typed cells, a zip of random members under the names a bundle or a
workbook uses), so the randomness reaches past the first check. Also the XLSX writer the mutations use.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time

from hypothesis import strategies as st

from villagecast.core.exchange import sheet_columns as cols
from villagecast.core.shipping import csvio

from .strategies import (
    ENCODINGS,
    NASTY_TEXT,
    ZIP_NAMES,
    damaged_bytes,
    nasty_text,
    write_zip,
)

PRODUCT_HEADERS = tuple(c.header for c in cols.COLUMNS) + tuple(s for c in cols.COLUMNS for s in c.synonyms[:1])
CARD_HEADERS = tuple(name for name, _zh, _lvl in csvio.COLUMNS) + tuple(zh for _n, zh, _lvl in csvio.COLUMNS)
PLAUSIBLE = ("WAL-001", "HON-002", "核桃", "nuts", "水果", "常温", "1000", "39.90", "是", "2026-11-03",
             "【产地】云南", "douyin https://example.com/x", "示例通达", "陕西", "北京、天津", "Z1", "首重续重",
             "waybill_per_kg", "0", "1", "3.5", "0.8", "8000", "2026/3/1", "ceil")

raw_bytes = st.one_of(st.binary(max_size=3000),
                      st.text(max_size=800).map(lambda t: t.encode("utf-8", "surrogatepass")))
cell_text = st.one_of(nasty_text, st.sampled_from(PLAUSIBLE))


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    import csv

    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@st.composite
def random_table(draw, headers: tuple[str, ...], cell=cell_text, max_rows: int = 6) -> list[list]:
    """A header row of known (and unknown) headers, then rows of random cells."""
    head = draw(st.lists(st.one_of(st.sampled_from(headers), st.sampled_from(headers), nasty_text),
                         min_size=1, max_size=12))
    width = len(head)
    body = draw(st.lists(st.lists(cell, min_size=0, max_size=width + 1), max_size=max_rows))
    title = [[draw(nasty_text)]] if draw(st.integers(0, 5)) == 0 else []
    return title + [head] + body


@st.composite
def random_csv(draw, headers: tuple[str, ...]) -> bytes:
    rows = draw(random_table(headers))
    text = _csv_text(rows, draw(st.sampled_from(",,\t;")))
    return text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


typed_cell = st.one_of(
    cell_text, st.integers(-(2 ** 70), 2 ** 70), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.none(), st.dates(date(1900, 3, 1), date(9999, 12, 31)),
    st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)), st.times(),
)


def xlsx_bytes(rows: list[list]) -> bytes:
    """A workbook of ``rows`` as openpyxl writes it; values openpyxl cannot write are written as their text."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("商品")
    for row in rows:
        out = []
        for value in row:
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)[:32_000]
            elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2 ** 63:
                value = str(value)
            elif isinstance(value, time):
                value = value.replace(tzinfo=None)
            out.append(value)
        ws.append(out)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@st.composite
def random_xlsx(draw) -> bytes:
    return xlsx_bytes(draw(random_table(PRODUCT_HEADERS, st.one_of(typed_cell, cell_text))))


json_doc = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), st.sampled_from(NASTY_TEXT)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(st.sampled_from(("format", "version", "products", "files",
                                                                        "sku", "name", "size", "sha256", "terms",
                                                                        "checklist", "id", "prices")),
                                                      st.text(max_size=8)), inner, max_size=5)),
    max_leaves=20)


@st.composite
def random_zip(draw, names: tuple[str, ...] = ZIP_NAMES) -> bytes:
    """A zip of random members: JSON documents, XML-ish text or bytes under names the readers look for."""
    members = []
    for _ in range(draw(st.integers(0, 5))):
        name = draw(st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=12)))
        content = draw(st.one_of(st.binary(max_size=200), json_doc.map(lambda d: json.dumps(d).encode()),
                                 st.text(max_size=100).map(lambda t: f"<a><v>{t}</v></a>".encode("utf-8",
                                                                                              "surrogatepass"))))
        members.append((name.replace("\x00", "_"), content))
    try:
        data = write_zip(members)
    except (ValueError, UnicodeEncodeError):
        data = write_zip([])
    return draw(damaged_bytes(data, 1)) if draw(st.integers(0, 4)) == 0 else data


def arbitrary(importer: str):
    """Arbitrary input for one importer: raw bytes, or a random file of its shape."""
    shaped = {
        "product csv": random_csv(PRODUCT_HEADERS),
        "product xlsx": st.one_of(random_xlsx(), random_zip()),
        "bundle": random_zip(),
        "rate card": random_csv(CARD_HEADERS),
        "rule pack": json_doc.map(lambda d: json.dumps(d, ensure_ascii=False).encode()),
    }[importer]
    prefixed = raw_bytes.map(lambda b: b"PK\x03\x04" + b) if importer in ("product xlsx", "bundle") else raw_bytes
    return st.one_of(raw_bytes, prefixed, shaped, shaped)
