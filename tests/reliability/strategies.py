"""Hypothesis strategies that damage valid files the way people and tools do.

Start from a file the exporter wrote and break it at one of four levels: bytes (cut short, bits flipped,
BOM/NUL/quotes inserted, lines deleted, duplicated or shuffled), table cells (any cell set to an awkward
value: full-width digits, huge and negative numbers, formulas, empty, very long, emoji, combining marks),
JSON values (any value replaced, removed, retyped or nested very deeply) and zip members (removed,
renamed, corrupted, duplicated, added; the bundle manifest fixed up afterwards or not). Every strategy
returns bytes; what was done shows in hypothesis' falsifying example.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import re
import warnings
import zipfile

from hypothesis import strategies as st

NASTY_TEXT = (
    "", " ", "0", "-0", "-1", "-39.90", "1e309", "1e-400", "9" * 30, "-" + "9" * 30, "9223372036854775808",
    "１２３", "３９．９０", "¥39.90", "39.90元", "39.999", "0.001", "NaN", "nan", "inf", "-inf", "Infinity",
    "0x1F", "1_000", "1,299", "１,２９９", "\u0663\u066b\u0665", "\u00a0", "\u3000", "\ufeff", "\x00", "\r\n",
    "\n", '"', "'", "'=1+1", '=HYPERLINK("http://x")', "+1", "@SUM(A1)", "是", "否", "TRUE", "2026/13/45",
    "2026-02-30", "2026年11月3日", "0000-01-01", "9999-12-31", "x" * 20_001, "😀" * 3,
    "👨\u200d👩\u200d👧", "e\u0301", "\U00020000", "【功效】治病", "【】", "【", "[", "douyin https://",
    "https://" + "a" * 3000, "100ML", "100克", "冷冻", "水果", "陕西", "新疆、西藏", "火星", "首重续重",
    "fixed_tiers", "向上取整", "8000", "0.5kg", "３公斤", "-2", "10%", "１０％", "卖家", "yes",
)
ENCODINGS = ("utf-8-sig", "utf-8-sig", "utf-8", "gb18030", "gbk", "utf-16", "big5", "latin-1", "shift_jis")
BYTE_TOKENS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\r", b"\n", b"\r\n", b'"', b",", b"\t",
               b";", b"PK\x03\x04", b"PK\x05\x06", b"\x81", b"\xff", "，".encode(), "１".encode(), b"\x1a")
ZIP_NAMES = ("manifest.json", "products.json", "prices.json", "files/", "files/ab/" + "ab" * 32 + ".jpg",
             "files/../evil", "/etc/passwd", "C:/evil", "files\\evil", "Manifest.json", "xl/workbook.xml",
             "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "[Content_Types].xml",
             "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/sharedStrings.xml", "xl/styles.xml", "中文.txt",
             "a/./b", "a//b")
_NUMERIC = re.compile(r"-?\d+(\.\d+)?")
DEEP = "\x00DEEP\x00"  # replaced by 50,000 nested brackets after serialising
BIG = "\x00BIG\x00"  # replaced by a 5,000-digit number (json.dumps cannot write one: int() stops at 4,300 digits)
_SPLICED = {DEEP: "[" * 50_000 + "]" * 50_000, BIG: "9" * 5_000}

# Numbers as text, at the edges: SQLite's integer range, int()'s 4,300 digits, decimal's exponent limit.
EDGE_NUMBERS = ("9223372036854775807", "9223372036854775808", "-9223372036854775809", "9" * 30, "9" * 5_000,
                "1e999999", "-1e999999", "1e-999999", "1E+5000", "-1", "0", "-0", "1e308", "1e309", "0.1", "0.005",
                "１２３４", "－５", "1.5e3", "1_0", "00012", "+7", "٣")
numberish = st.one_of(st.sampled_from(EDGE_NUMBERS), st.integers(-(10 ** 25), 10 ** 25).map(str),
                      st.floats().map(str), st.decimals(allow_nan=True).map(str))
nasty_text = st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=40),
                       st.integers(-(10 ** 40), 10 ** 40).map(str),
                       st.floats(allow_nan=True, allow_infinity=True).map(repr))
json_value = st.one_of(
    st.sampled_from([None, True, False, 0, -1, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 10 ** 30, -(10 ** 30), 1.5, -0.0,
                     1e308, float("inf"), float("-inf"), float("nan"), "", "x" * 20_001, "NaN", "2026-13-01", [],
                     {}, [[[[]]]], {"id": 1}]),
    st.sampled_from([DEEP, BIG]),
    st.text(max_size=30), st.integers(), st.floats(), st.sampled_from(NASTY_TEXT),
    st.lists(st.text(max_size=5), max_size=3),
)


# --- bytes -----------------------------------------------------------------------------------------
@st.composite
def damaged_bytes(draw, data: bytes, max_ops: int = 3) -> bytes:
    """``data`` after 1..max_ops byte-level accidents."""
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(("truncate", "flip", "insert", "delete", "duplicate", "lines")))
        at = draw(st.integers(0, len(data)))
        if op == "truncate":
            data = data[:at]
        elif op == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
        elif op == "insert":
            data = data[:at] + draw(st.one_of(st.sampled_from(BYTE_TOKENS), st.binary(min_size=1, max_size=8))) + data[at:]
        elif op in ("delete", "duplicate"):
            end = min(len(data), at + draw(st.integers(1, 64)))
            data = data[:at] + data[end:] if op == "delete" else data[:end] + data[at:end] + data[end:]
        else:
            data = b"\n".join(draw(line_shuffle(data.split(b"\n"))))
    return data


@st.composite
def line_shuffle(draw, lines: list):
    """Delete, duplicate, swap or shuffle lines (or rows)."""
    lines = list(lines)
    if not lines:
        return lines
    op = draw(st.sampled_from(("delete", "duplicate", "swap", "shuffle", "reverse")))
    i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(j, lines[i])
    elif op == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "shuffle":
        lines = draw(st.permutations(lines))
    else:
        lines.reverse()
    return lines


# --- table cells -----------------------------------------------------------------------------------
@st.composite
def damaged_rows(draw, rows: list[list], cell=st.one_of(nasty_text, numberish), max_ops: int = 4) -> list[list]:
    """Rows (header first) after 1..max_ops cell, row or column edits."""
    rows = [list(r) for r in rows]
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(("cell", "cell", "number", "number", "number", "rows", "drop_column",
                                   "swap_columns", "add_column", "blank_row", "header_cell")))
        if not rows:
            rows = [[draw(cell)]]
        r = draw(st.integers(0, len(rows) - 1))
        width = max(len(row) for row in rows) or 1
        c = draw(st.integers(0, width - 1))
        spots = [(i, j) for i, row in enumerate(rows[1:], 1) for j, v in enumerate(row)
                 if isinstance(v, str) and _NUMERIC.fullmatch(v)] if op == "number" else []
        if spots:  # a number in a data row: the rest of the row stays valid, so the value itself is on trial
            i, j = draw(st.sampled_from(spots))
            rows[i][j] = draw(numberish)
        elif op in ("cell", "header_cell", "number"):
            r = 0 if op == "header_cell" else r
            rows[r] += [""] * (c + 1 - len(rows[r]))
            rows[r][c] = draw(cell)
        elif op == "rows":
            rows = draw(line_shuffle(rows))
        elif op == "drop_column":
            for row in rows:
                if c < len(row):
                    del row[c]
        elif op == "swap_columns":
            d = draw(st.integers(0, width - 1))
            for row in rows:
                row += [""] * (max(c, d) + 1 - len(row))
                row[c], row[d] = row[d], row[c]
        elif op == "add_column":
            for row in rows:
                row.insert(min(c, len(row)), draw(cell))
        else:
            rows.insert(r, [""] * width if draw(st.booleans()) else [])
    return rows


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@st.composite
def damaged_csv(draw, data: bytes) -> bytes:
    """A CSV export with damaged cells and rows, written with any delimiter, line end and encoding."""
    rows = read_csv(data)
    if draw(st.integers(0, 9)):
        rows = draw(damaged_rows(rows))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=draw(st.sampled_from(",,,\t;")),
               lineterminator=draw(st.sampled_from(("\r\n", "\n", "\r")))).writerows(rows)
    encoded = out.getvalue().encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.integers(0, 3)) == 0:
        encoded = draw(damaged_bytes(encoded, 2))
    return encoded


# --- JSON ------------------------------------------------------------------------------------------
def json_paths(doc, path=()) -> list[tuple]:
    """Every value's path in a JSON document, the root first."""
    out = [path]
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += json_paths(value, (*path, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            out += json_paths(value, (*path, i))
    return out


def _get(doc, path):
    for key in path:
        doc = doc[key]
    return doc


@st.composite
def damaged_json(draw, doc, max_ops: int = 3):
    """A copy of a JSON document with 1..max_ops values replaced, removed, duplicated or keys added."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, max_ops))):
        path = draw(st.sampled_from(json_paths(doc)))
        op = draw(st.sampled_from(("replace", "replace", "number", "number", "remove", "add_key", "duplicate",
                                   "empty")))
        value = draw(json_value)
        if op == "number":  # one number of the document set to an edge value
            numbers = [p for p in json_paths(doc) if p and type(_get(doc, p)) in (int, float)]
            path, op = (draw(st.sampled_from(numbers)), "replace") if numbers else (path, "replace")
            value = draw(st.one_of(st.sampled_from([2 ** 63 - 1, 2 ** 63, -(2 ** 63) - 1, 10 ** 30, BIG, -1, 0, 1e308,
                                                    float("inf"), float("nan"), 0.5, True, "1"]), st.integers()))
        if not path:
            doc = value if op == "replace" else doc
            continue
        parent, key = _get(doc, path[:-1]), path[-1]
        if op == "replace":
            parent[key] = value
        elif op == "remove":
            del parent[key]
        elif op == "add_key":
            target = parent[key] if isinstance(parent[key], dict) else parent
            if isinstance(target, dict):
                target[draw(st.one_of(st.sampled_from(("id", "sku", "extra", "term", "files", "")), st.text(max_size=8)))] = value
            else:
                target.append(value)
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif op == "empty":
            parent[key] = type(parent[key])() if isinstance(parent[key], (list, dict, str)) else None
    return doc


def dump_json(doc, ensure_ascii: bool = False) -> str:
    """JSON text as a careless tool might write it: NaN and Infinity allowed, deep nesting spliced in."""
    text = json.dumps(doc, ensure_ascii=ensure_ascii, allow_nan=True)
    for marker, spliced in _SPLICED.items():
        text = text.replace(json.dumps(marker), spliced)
    return text


# --- zips ------------------------------------------------------------------------------------------
def read_zip(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def write_zip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", method) as zf:
        warnings.simplefilter("ignore")  # duplicate names are one of the damages
        for name, content in entries:
            zf.writestr(name or "_", content)
    return buf.getvalue()


def fix_manifest(entries: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """A bundle's manifest listing the entries as they now are (a forger's bundle: sums all correct)."""
    out = []
    for name, content in entries:
        if name == "manifest.json":
            try:
                manifest = json.loads(content)
                manifest["files"] = [{"name": n, "size": len(c), "sha256": hashlib.sha256(c).hexdigest()}
                                     for n, c in entries if n != "manifest.json" and not n.endswith("/")]
                content = json.dumps(manifest).encode()
            except (ValueError, TypeError, AttributeError):
                pass
        out.append((name, content))
    return out


@st.composite
def damaged_member(draw, name: str, content: bytes) -> bytes:
    if name.endswith(".json") and draw(st.booleans()):
        try:
            doc = json.loads(content)
        except ValueError:
            doc = None
        if doc is not None:
            return dump_json(draw(damaged_json(doc)), draw(st.booleans())).encode()
    if name.endswith(".xml") and draw(st.booleans()):
        return draw(damaged_csv_like_xml(content))
    return draw(st.one_of(damaged_bytes(content), st.binary(max_size=64)))


@st.composite
def damaged_csv_like_xml(draw, content: bytes) -> bytes:
    """XML with a value swapped for an awkward one (inside a <v> or <t>), or cut short."""
    text = content.decode("utf-8", errors="replace")
    starts = [i for i in range(len(text)) if text.startswith(("<v>", "<t>", "<t "), i)]
    if not starts or not draw(st.integers(0, 4)):
        return draw(damaged_bytes(content))
    at = text.index(">", draw(st.sampled_from(starts))) + 1
    end = text.find("<", at)
    value = draw(nasty_text).replace("&", "&amp;").replace("<", "&lt;")
    return (text[:at] + value + text[end:]).encode("utf-8", errors="replace")


@st.composite
def forged_bundle(draw, data: bytes) -> bytes:
    """A bundle whose products.json or prices.json was edited by hand and the manifest's sums made right again:
    every check of the zip passes, so the values themselves are on trial."""
    entries = read_zip(data)
    names = [n for n, _c in entries if n in ("products.json", "prices.json")]
    target = draw(st.sampled_from(names))
    entries = [(n, dump_json(draw(damaged_json(json.loads(c))), draw(st.booleans())).encode() if n == target else c)
               for n, c in entries]
    return write_zip(fix_manifest(entries))


@st.composite
def damaged_zip(draw, data: bytes, bundle: bool) -> bytes:
    """A zip (bundle or XLSX) with members removed, renamed, corrupted, duplicated or added."""
    entries = read_zip(data)
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(("remove", "rename", "corrupt", "corrupt", "add", "duplicate")))
        i = draw(st.integers(0, max(len(entries) - 1, 0)))
        if not entries:
            op = "add"
        if op == "remove":
            del entries[i]
        elif op == "rename":
            entries[i] = (draw(st.one_of(st.sampled_from(ZIP_NAMES), st.text(min_size=1, max_size=12))), entries[i][1])
        elif op == "corrupt":
            entries[i] = (entries[i][0], draw(damaged_member(*entries[i])))
        elif op == "add":
            entries.insert(i, (draw(st.sampled_from(ZIP_NAMES)), draw(st.binary(max_size=64))))
        else:
            entries.insert(i, entries[i])
    if bundle and draw(st.booleans()):
        entries = fix_manifest(entries)
    try:
        out = write_zip(entries, draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))))
    except (ValueError, UnicodeEncodeError):  # a name zipfile itself cannot write
        out = write_zip([(n.encode("utf-8", "replace").decode("utf-8", "replace").replace("\x00", "_"), c)
                         for n, c in entries])
    if draw(st.integers(0, 5)) == 0:
        out = draw(damaged_bytes(out, 1))
    return out
