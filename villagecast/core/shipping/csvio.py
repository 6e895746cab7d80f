"""Rate cards as CSV: one row per zone × weight band, English or Chinese headers, UTF-8 or GBK.

Reading checks every row and the cards they make before returning anything: a file with any bad row
is refused whole (``RateCardFileError`` lists every bad line with its reason). Writing gives the same
format back. Columns: docs/shipping.md.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from ..errors import Issue, ValidationError, VillageCastError
from ..money import format_fen, parse_yuan
from . import provinces
from .model import PRICING_MODELS, ROUNDINGS, Band, RateCard, Surcharge, Zone, validate_card

# (column, Chinese header, level): level "card" values must agree on every row of a card, "zone" on
# every row of a zone; "band" values belong to the row.
COLUMNS = (
    ("carrier", "快递公司", "key"), ("service", "服务", "key"), ("origin_province", "始发省", "key"),
    ("zone", "区域", "row"), ("provinces", "目的省份", "zone"), ("pricing_model", "计价方式", "card"),
    ("band_min_kg", "起始重量", "band"), ("band_max_kg", "截止重量", "band"), ("first_kg", "首重", "card"),
    ("first_price", "首重价格", "band"), ("step_kg", "续重步长", "card"), ("additional_price", "续重价格", "band"),
    ("waybill_fee", "面单费", "band"), ("per_kg_price", "每公斤价格", "band"), ("flat_price", "一口价", "band"),
    ("min_charge", "最低收费", "band"), ("rounding", "取整", "card"), ("divisor", "抛比", "card"),
    ("valid_from", "生效日期", "key"),
    # Beyond the issue's list: what a card also holds, so export and import lose nothing.
    ("max_kg", "单件限重", "card"), ("transit_days", "时效天数", "zone"),
    ("remote_fee", "偏远附加费", "zone"), ("remote_paid_by", "偏远费承担方", "zone"),
    ("transit_fee", "中转费", "zone"), ("transit_paid_by", "中转费承担方", "zone"),
    ("cold_pack_fee", "冷链包装费", "zone"), ("cold_pack_paid_by", "冷链包装费承担方", "zone"),
    ("fuel_pct", "燃油附加费率", "card"), ("insurance_pct", "保价费率", "card"),
    ("insurance_min", "保价最低收费", "card"), ("example", "示例", "card"), ("note", "备注", "card"),
)
NAMES = tuple(c[0] for c in COLUMNS)
LEVEL = {c[0]: c[2] for c in COLUMNS}
REQUIRED_COLUMNS = ("carrier", "origin_province", "zone", "provinces", "pricing_model")
ZONE_FEES = (("remote_fee", "remote_paid_by", "remote"), ("transit_fee", "transit_paid_by", "transit"),
             ("cold_pack_fee", "cold_pack_paid_by", "cold_packaging"))
MAX_BYTES = 5_000_000
MAX_ROWS = 20_000

_WORDS = {
    "pricing_model": {
        "首重续重": "first_additional", "首重+续重": "first_additional", "首续重": "first_additional",
        "面单费+重量": "waybill_per_kg", "面单+重量": "waybill_per_kg", "面单费加重量": "waybill_per_kg",
        "一口价+续重": "flat_then_first_additional", "一口价后首续重": "flat_then_first_additional",
        "固定档位": "fixed_tiers", "重量段": "fixed_tiers", "最低收费+每公斤": "min_per_kg",
        "最低收费加每公斤": "min_per_kg"},
    "rounding": {"向上取整": "ceil", "进位": "ceil", "四舍五入": "half_up", "不取整": "none", "实重": "none"},
    "paid_by": {"卖家": "seller", "商家": "seller", "平台": "platform", "买家": "buyer"},
}
_YES = {"yes", "true", "1", "是", "y"}
_NO = {"no", "false", "0", "否", "n", ""}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


class RateCardFileError(VillageCastError):
    """A rate-card file refused whole: ``problems`` lists (line, Issue) for every bad line (line 0: the file)."""

    code = "rate_card_file"

    def __init__(self, code: str, problems: list[tuple[int, Issue]] | None = None, **params):
        super().__init__(code, **params)
        self.problems = problems or []


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).casefold()


_HEADER = {}
for _name, _zh, _level in COLUMNS:
    _HEADER[_fold(_name)] = _HEADER[_fold(_zh)] = _name
    _HEADER[_fold(f"{_name}({_zh})")] = _HEADER[_fold(f"{_zh}({_name})")] = _name


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or GB18030 (which covers GBK), as Excel and WPS save CSV."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RateCardFileError("undecodable")


def read_cards(data: bytes) -> list[RateCard]:
    """Every card in a CSV file's bytes, or RateCardFileError naming every bad line."""
    if len(data) > MAX_BYTES:
        raise RateCardFileError("card_file_too_large", size=len(data), limit=MAX_BYTES)
    text = decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise RateCardFileError("empty_file")
        columns = _columns(header)
        rows = []
        for values in reader:
            if reader.line_num > MAX_ROWS:
                raise RateCardFileError("too_many_rows", limit=MAX_ROWS)
            if any(v.strip() for v in values):
                rows.append((reader.line_num, values))
    except csv.Error as exc:
        raise RateCardFileError("bad_csv", line=reader.line_num, reason=str(exc)) from None
    if not rows:
        raise RateCardFileError("no_rows")
    return _build(columns, rows)


def _columns(header: list[str]) -> list[str | None]:
    columns, problems = [], []
    for position, title in enumerate(header, 1):
        name = _HEADER.get(_fold(title))
        if name is None and title.strip():  # the field is no column: the header text is anything ("[x", "a.b")
            problems.append((1, Issue("", "unknown_column", {"column": title.strip(), "position": position})))
        elif name is not None and name in columns:  # blank headers (a trailing comma) are no column, not duplicates
            problems.append((1, Issue(name, "duplicate_column", {"column": title.strip()})))
        columns.append(name)
    problems += [(1, Issue(name, "missing_column", {"column": name})) for name in REQUIRED_COLUMNS
                 if name not in columns]
    if problems:
        raise RateCardFileError("bad_rows", problems)
    return columns


@dataclass
class _Row:
    line: int
    values: dict  # column -> parsed value


def _build(columns: list[str | None], rows: list[tuple[int, list[str]]]) -> list[RateCard]:
    problems: list[tuple[int, Issue]] = []
    parsed: list[_Row] = []
    for line, values in rows:
        cells = {name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(columns) if name}
        result, row_problems = _parse_row(cells)
        problems += [(line, issue) for issue in row_problems]
        parsed.append(_Row(line, result))
    if problems:
        raise RateCardFileError("bad_rows", problems)
    cards, lines = _group(parsed, problems)
    for card in cards:
        for issue in validate_card(card):
            problems.append((lines[id(card)].get(_zone_band(issue.field), lines[id(card)][""]), issue))
    if problems:
        raise RateCardFileError("bad_rows", sorted(problems, key=lambda p: p[0]))
    return cards


def _zone_band(path: str) -> str:
    match = re.match(r"zones\[(\d+)\](?:\.bands\[(\d+)\])?", path)
    if not match:
        return ""
    return f"{match.group(1)}/{match.group(2) or 0}"


def _group(parsed: list[_Row], problems) -> tuple[list[RateCard], dict]:
    cards: dict[tuple, RateCard] = {}
    first_values: dict[tuple, dict] = {}
    lines: dict[int, dict] = {}
    band_lines: dict[int, int] = {}
    for row in parsed:
        v = row.values
        key = (v["carrier"], v["service"], v["origin_province"], v["valid_from"])
        card = cards.get(key)
        if card is None:
            card = cards[key] = _card(v)
            first_values[key] = v
            lines[id(card)] = {"": row.line}
        else:
            _agree(row, first_values[key], "card", problems)
        zone = next((z for z in card.zones if z.name == v["zone"]), None)
        if zone is None:
            zone = Zone(v["zone"], v["provinces"], [], _zone_fees(v), v["transit_days"])
            card.zones.append(zone)
            first_values[(key, zone.name)] = v
        else:
            _agree(row, first_values[(key, zone.name)], "zone", problems)
        band = Band(v["band_min_kg"] or 0, v["band_max_kg"], v["first_price"], v["additional_price"],
                    v["waybill_fee"], v["per_kg_price"], v["flat_price"], v["min_charge"])
        zone.bands.append(band)
        band_lines[id(band)] = row.line
    if problems:
        raise RateCardFileError("bad_rows", sorted(problems, key=lambda p: p[0]))
    for card in cards.values():
        for zi, zone in enumerate(card.zones):
            zone.bands.sort(key=lambda b: b.min_g)  # rows may come in any order
            for j, band in enumerate(zone.bands):
                lines[id(card)][f"{zi}/{j}"] = band_lines[id(band)]
    return list(cards.values()), lines


def _agree(row: _Row, first: dict, level: str, problems) -> None:
    for name in NAMES:
        if LEVEL[name] == level and row.values[name] != first[name]:
            problems.append((row.line, Issue(name, "differs_within_" + level, {"column": name})))


def _card(v: dict) -> RateCard:
    surcharges = [Surcharge("fuel_pct", v["fuel_pct"])] if v["fuel_pct"] else []
    return RateCard(v["carrier"], v["service"], v["origin_province"], v["pricing_model"],
                    v["first_kg"] if v["first_kg"] is not None else 1000,
                    v["step_kg"] if v["step_kg"] is not None else 1000, v["rounding"] or "ceil", v["divisor"],
                    v["max_kg"], v["valid_from"], [], surcharges, v["insurance_pct"], v["insurance_min"],
                    v["example"], v["note"])


def _zone_fees(v: dict) -> list[Surcharge]:
    return [Surcharge(kind, v[fee], v[payer] or "seller") for fee, payer, kind in ZONE_FEES if v[fee] is not None]


def _parse_row(cells: dict) -> tuple[dict, list[Issue]]:
    out, issues = {}, []
    for name in NAMES:
        text = cells.get(name, "")
        try:
            out[name] = _parse(name, text)
        except ValidationError as exc:
            issues += [Issue(name, i.code, {**i.params, "column": name, "value": text}) for i in exc.issues]
    return out, issues


def _bad(name: str, code: str, text: str, **params):
    return ValidationError([Issue(name, code, {"value": text, **params})])


def _parse(name: str, text: str):
    if name in ("carrier", "zone"):
        if not text:
            raise _bad(name, "required", text)
        return text
    if name in ("service", "note"):
        return text
    if name == "origin_province":
        p = provinces.find(text)
        if p is None:
            raise _bad(name, "unknown_province", text)
        return p.code
    if name == "provinces":
        codes, unknown = [], []
        for part in provinces.split_list(text):
            p = provinces.find(part)
            (codes.append(p.code) if p else unknown.append(part))
        if unknown:
            raise _bad(name, "unknown_province", "、".join(unknown))
        if not codes:
            raise _bad(name, "required", text)
        return list(dict.fromkeys(codes))
    if name == "pricing_model":
        value = _word(name, text)
        if value not in PRICING_MODELS:
            raise _bad(name, "bad_choice", text, choices=PRICING_MODELS)
        return value
    if name == "rounding":
        value = _word(name, text) if text else None
        if value is not None and value not in ROUNDINGS:
            raise _bad(name, "bad_choice", text, choices=ROUNDINGS)
        return value
    if name.endswith("_paid_by"):
        value = _word("paid_by", text) if text else None
        if value not in (None, "seller", "platform", "buyer"):
            raise _bad(name, "bad_choice", text, choices=("seller", "platform", "buyer"))
        return value
    if name == "valid_from":
        return _date(name, text)
    if name == "example":
        if _fold(text) in _YES or _fold(text) in _NO:
            return _fold(text) in _YES
        raise _bad(name, "bad_choice", text, choices=("yes", "no"))
    if not text:
        return None
    if name.endswith("_kg"):
        return _grams(name, text)
    if name in ("divisor", "transit_days"):
        if name == "divisor" and _fold(text) in ("不计泡", "不计抛", "none"):
            return None
        number = _decimal(name, text)
        if number != number.to_integral_value() or number < 0:
            raise _bad(name, "not_an_integer", text)
        return None if name == "divisor" and number == 0 else int(number)
    if name.endswith("_pct"):
        return _decimal(name, text.rstrip("%％"))
    try:
        return parse_yuan(unicodedata.normalize("NFKC", text), name)
    except ArithmeticError:  # decimal.Overflow: an exponent like 1e999999 overflows when made fen
        raise _bad(name, "too_large", text) from None


def _word(name: str, text: str) -> str:
    folded = _fold(text)
    return _WORDS[name].get(folded, _WORDS[name].get(text.strip(), folded.replace("-", "_")))


def _decimal(name: str, text: str) -> Decimal:
    try:
        value = Decimal(unicodedata.normalize("NFKC", text).strip())
    except InvalidOperation:
        raise _bad(name, "not_a_number", text) from None
    if not value.is_finite():
        raise _bad(name, "not_a_number", text)
    if value.adjusted() >= 15:  # no weight, price, divisor or rate has 16 digits; a 5,000-digit one breaks str()
        raise _bad(name, "too_large", text)
    return value


def _grams(name: str, text: str) -> int:
    kg = _decimal(name, text.lower().removesuffix("kg").removesuffix("公斤"))
    grams = kg * 1000
    if grams < 0:
        raise _bad(name, "negative", text)
    if grams != grams.to_integral_value():
        raise _bad(name, "too_precise_kg", text)
    return int(grams)


def _date(name: str, text: str) -> str | None:
    if not text:
        return None
    match = _DATE.match(unicodedata.normalize("NFKC", text))
    try:
        if not match:
            raise ValueError
        return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        raise _bad(name, "bad_date", text) from None


# --- writing ------------------------------------------------------------------------------------

def write_cards(cards: list[RateCard], chinese_headers: bool = False) -> bytes:
    """The cards as CSV bytes in the format ``read_cards`` reads (UTF-8 with BOM, so Excel shows Chinese)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([zh if chinese_headers else name for name, zh, _ in COLUMNS])
    for card in cards:
        for zone in card.zones:
            for band in zone.bands:
                writer.writerow([_cell(name, card, zone, band) for name in NAMES])
    return out.getvalue().encode("utf-8-sig")


def _kg(grams: int | None) -> str:
    if grams is None:
        return ""
    text = f"{Decimal(grams) / 1000:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _cell(name: str, card: RateCard, zone: Zone, band: Band) -> str:
    fees = {s.kind: s for s in zone.surcharges}
    fuel = next((s.amount for s in card.surcharges if s.kind == "fuel_pct"), None)
    simple = {
        "carrier": card.carrier, "service": card.service, "origin_province": provinces.by_code(card.origin).name,
        "zone": zone.name, "provinces": "、".join(provinces.by_code(c).plain_name for c in zone.provinces),
        "pricing_model": card.pricing_model, "band_min_kg": _kg(band.min_g), "band_max_kg": _kg(band.max_g),
        "first_kg": _kg(card.first_g), "step_kg": _kg(card.step_g), "rounding": card.rounding,
        "divisor": str(card.divisor or ""), "valid_from": card.valid_from or "", "max_kg": _kg(card.max_parcel_g),
        "transit_days": "" if zone.transit_days is None else str(zone.transit_days),
        "fuel_pct": "" if fuel is None else f"{fuel:f}",
        "insurance_pct": "" if card.insurance_pct is None else f"{card.insurance_pct:f}",
        "insurance_min": format_fen(card.insurance_min_fen), "example": "yes" if card.example else "",
        "note": card.note,
    }
    if name in simple:
        return simple[name]
    for fee, payer, kind in ZONE_FEES:
        if name == fee:
            return format_fen(fees[kind].amount) if kind in fees else ""
        if name == payer:
            return fees[kind].paid_by if kind in fees else ""
    return format_fen(getattr(band, name))
