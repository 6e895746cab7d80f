"""The demo catalogue: realistic products with a month of back-dated prices and stock.

The data lives in ``assets/demo/catalogue.json`` (format described in ``assets/demo/README.md``).
Every date in it is a day offset from the build day, so a demo built on any day looks current:
certificates that should be expired are expired, others expire soon, harvests are recent.

``build_demo`` replays the month through a private ``Catalogue`` whose clock it steps day by
day, so the history is written by the same code paths as real use (validation, price history,
the stock ledger that refuses to go below zero). It is deterministic: quantities come from
``random.Random`` seeded per product, times from a fixed timetable in local time.

``build_demo_show`` adds the demo run sheet (``DEMO_SHOW``: an opening, five products in order, a closing),
each segment with its script. Two of the scripts say on purpose what a script may not (a superlative, health
claims), so a rehearsal of the show has findings to mark. Like the reasons of the stock ledger, the show's
words are Chinese sample data, not interface text. The scripts live in the segments only, not among the
products' stored scripts, so a product added to another sheet does not pick them up.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from .. import paths
from . import audit
from .catalogue import Catalogue
from .errors import VillageCastError
from .product import PRICE_KIND, AuditEntry, Evidence, Product

DEFAULT_SEED = 20261123
# Local times of the daily timetable. Day 0 (today) events never land after "now".
RECEIVE_AT, SHOP_HOUR, RETURN_AT, DAMAGE_AT, PRICE_AT, LIVE_HOUR = (8, 30), 10, (14, 0), (16, 0), (18, 30), 20
TODAY_PRICE_AT = (8, 0)
REST_WEEKDAY = 0  # no live session on Mondays
LIVE_REASON, SHOP_REASON = "直播成交", "店铺订单"
_FIELD_OF_KIND = {kind: name for name, kind in PRICE_KIND.items()}

# The demo run sheet: (kind, SKU or None, title (None: the product name), planned seconds, script).
DEMO_SHOW_TITLE = "演示直播：山货专场"
DEMO_SHOW = (
    ("opening", None, "开场", 60,
     ("家人们晚上好，欢迎来到村播间！今晚带大家看五样山里的好东西，都是乡亲们自己种、自己收的。\n"
      "喜欢的点个关注，我们一样一样慢慢讲。")),
    ("product", "YN-WALNUT-1KG", None, 240,
     ("{品名}，今天直播价{价格}元，库存还有{库存}件。\n核桃来自{产地}，壳薄，两个一碰就开，果仁饱满，吃起来香。\n"
      "收到货有空壳、坏果的，拍照联系客服处理。")),
    ("product", "SX-APPLE-5KG", None, 240,
     ("{品名}，直播价{价格}元一箱，库存{库存}件。\n这是我吃过最好吃的苹果，脆甜多汁，糖度大多在14到16度之间。\n"
      "果子从树上摘下来直接装箱，大小以收到的实物为准。")),
    ("product", "HLJ-RICE-5KG", None, 240,
     ("{品名}，直播价{价格}元，库存{库存}件。\n产地{产地}，一年只种一季，今年的新米，蒸出来有稻花香，口感软糯。\n"
      "五袋一箱，每袋一公斤，吃多少拆多少。")),
    ("product", "NX-GOJI-500G", None, 180,
     ("{品名}，直播价{价格}元，库存{库存}件。\n产地{产地}，这批枸杞送检了二氧化硫，结果未检出，报告详情页可以看。\n"
      "枸杞天天吃能明目，还能提高免疫力。")),
    ("product", "FJ-TGY-250G", None, 180,
     "{品名}，直播价{价格}元，库存{库存}件。\n茶园在{产地}，今年的秋茶，清香型，兰花香比较明显，能冲泡七八次。"),
    ("closing", None, "收尾", 60, "今天的直播就到这里，谢谢家人们！没抢到的明天晚上八点再来，我们不见不散。"),
)


class DemoError(VillageCastError):
    """The demo cannot be built or installed (bad data, or a database that is not a demo)."""

    code = "demo"


def demo_file() -> Path:
    """The JSON file the demo catalogue is built from."""
    return paths.assets_dir() / "demo" / "catalogue.json"


def _load_raw() -> dict:
    with open(demo_file(), encoding="utf-8") as f:
        return json.load(f)


def _day(today: date, offset: int) -> str:
    return (today + timedelta(days=int(offset))).isoformat()


def _product_from_entry(entry: dict, today: date) -> Product:
    """A JSON entry as a Product in its current state, relative dates resolved against ``today``."""
    data = {k: v for k, v in entry.items() if k != "demo"}
    if "harvest_days" in data:
        data["harvest_date"] = _day(today, data.pop("harvest_days"))
    certificates = []
    for cert in data.get("certificates", []):
        cert = dict(cert)
        for key in ("valid_from", "valid_to"):
            offset = cert.pop(f"{key}_days", None)
            if offset is not None:
                cert[key] = _day(today, offset)
        certificates.append(cert)
    data["certificates"] = certificates
    try:
        product = Product.from_dict({**data, "audit": []})
        product.audit = [_audit_entry(line, product, today) for line in data.get("audit", [])]
    except (KeyError, TypeError) as exc:
        raise DemoError("bad_demo_data", sku=entry.get("sku"), reason=str(exc)) from exc
    return product


def _audit_entry(line: dict, product: Product, today: date) -> AuditEntry:
    """A ledger line of the file: ``day`` is an offset; a selling-point review saw the first
    ``points_reviewed`` talking points (all of them when not given)."""
    line = dict(line)
    day = _day(today, line.pop("day"))
    seen = line.pop("points_reviewed", len(product.talking_points))
    entry = AuditEntry(date=day, evidence=[Evidence(**e) for e in line.pop("evidence", [])], **line)
    if entry.step == "selling_point_review":
        entry.points_digest = audit.points_digest(product.talking_points[:seen])
    return entry


def load_demo_products(today: date | None = None) -> list[Product]:
    """Every demo product as it stands on ``today`` (prices are the current ones)."""
    today = today or date.today()
    return [_product_from_entry(e, today) for e in _load_raw()["products"]]


def demo_skus() -> list[str]:
    """The SKUs of the demo catalogue, in file order."""
    return [e["sku"] for e in _load_raw()["products"]]


# --- building ---------------------------------------------------------------------------------
class _SteppedClock:
    """A clock the builder sets to each event's moment; successive reads tick by 1 µs."""

    def __init__(self, today: date, cap: datetime | None):
        self.today = today
        self.cap = cap  # never report a moment after this (real "now" when building today)
        self.moment = datetime.combine(today, time.min).astimezone().astimezone(timezone.utc)
        self.ticks = 0

    def set(self, day: int, hhmm: tuple[int, int]) -> None:
        local = datetime.combine(self.today + timedelta(days=day), time(*hhmm)).astimezone()
        moment = local.astimezone(timezone.utc)
        if self.cap is not None and moment > self.cap:
            day_start = datetime.combine(self.today + timedelta(days=day), time.min).astimezone()
            moment = max(self.cap, day_start.astimezone(timezone.utc))
        if moment != self.moment:
            self.moment, self.ticks = moment, 0

    def __call__(self) -> datetime:
        self.ticks += 1
        return self.moment + timedelta(microseconds=self.ticks)


def _price_plan(entry: dict, product: Product, start: int) -> tuple[Product, list[tuple]]:
    """The product as created ``start`` days ago, and the later price changes as events."""
    opening, events = {}, []
    last: dict[str, int] = {}
    for i, change in enumerate(sorted(entry["demo"].get("prices", []), key=lambda c: c["day"])):
        kind, fen, day = change["kind"], change["fen"], change["day"]
        if kind not in _FIELD_OF_KIND:
            raise DemoError("bad_demo_data", sku=product.sku, reason=f"price kind {kind}")
        if day <= start:
            opening[_FIELD_OF_KIND[kind]] = fen
        else:
            at = TODAY_PRICE_AT if day == 0 else PRICE_AT
            events.append((day, at, i, "price", kind, fen))
        last[kind] = fen
    for kind, fen in last.items():
        if getattr(product, _FIELD_OF_KIND[kind]) != fen:
            raise DemoError("bad_demo_data", sku=product.sku, reason=f"last {kind} price is not the current one")
    return replace(product, **opening), events


def _stock_plan(stock: dict, today: date, start: int, rng: random.Random) -> tuple[list[tuple], int | None]:
    """Stock events (day, hh:mm, order, kind, qty, reason, session) and the explicit opening, if any."""
    events = []
    for kind in ("receive", "return", "damage"):
        at = {"receive": RECEIVE_AT, "return": RETURN_AT, "damage": DAMAGE_AT}[kind]
        for i, move in enumerate(stock.get(kind, [])):
            events.append((move["day"], at, i, kind, move["qty"], move.get("reason", ""), None))
    live, shop = stock.get("live", (0, 0)), stock.get("shop", (0, 0))
    sell_from = stock.get("sell_from", start)
    for day in range(start, 1):
        # Draw every number every day, so a skipped day never shifts the rest of the sequence.
        live_qty, live_min = rng.randint(*live), rng.randint(0, 59)
        shop_qty, shop_at = rng.randint(*shop), (SHOP_HOUR + rng.randint(0, 6), rng.randint(0, 59))
        if day < sell_from:
            continue
        when = today + timedelta(days=day)
        if shop_qty:
            events.append((day, shop_at, 0, "sell", shop_qty, SHOP_REASON, None))
        if day < 0 and when.weekday() != REST_WEEKDAY and live_qty:
            events.append((day, (LIVE_HOUR, live_min), 0, "sell", live_qty, LIVE_REASON,
                           f"DEMO-LIVE-{when:%Y%m%d}"))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    return events, stock.get("opening")


def _opening_stock(events: list[tuple], final: int) -> int:
    """Stock to open with so the month ends at ``final`` without the balance ever going negative."""
    balance = lowest = 0
    for _day, _at, _order, kind, qty, _reason, _session in events:
        balance += qty if kind in ("receive", "return") else -qty
        lowest = min(lowest, balance)
    return max(final - balance, -lowest)


def build_demo(catalogue: Catalogue, today: date | None = None, seed: int | None = None) -> int:
    """Add every demo product with 30 days of history ending ``today``; returns how many were added.

    The history is written through a second ``Catalogue`` over the same repository whose clock
    is stepped through the month, all inside one transaction, which also marks the database as
    the demo (``meta``: demo = 1) so ``reset_demo`` may later replace it.
    """
    today = today or date.today()
    raw = _load_raw()
    seed = raw.get("seed", DEFAULT_SEED) if seed is None else seed
    start = -int(raw.get("history_days", 30))
    now = datetime.now(timezone.utc)
    cap = now - timedelta(seconds=1) if today == now.astimezone().date() else None
    clock = _SteppedClock(today, cap)
    cat = Catalogue(catalogue.repo, clock=clock)
    count = 0
    with catalogue.repo.transaction():
        catalogue.repo.mark_demo()
        for entry in raw["products"]:
            _build_one(cat, clock, entry, today, start, random.Random(f"{seed}:{entry['sku']}"))
            count += 1
    return count


def _build_one(cat: Catalogue, clock: _SteppedClock, entry: dict, today: date, start: int,
               rng: random.Random) -> None:
    product = _product_from_entry(entry, today)
    opening_product, price_events = _price_plan(entry, product, start)
    stock = entry["demo"].get("stock", {})
    stock_events, opening = _stock_plan(stock, today, start, rng)
    if opening is None:
        opening = _opening_stock(stock_events, int(stock.get("final", 0)))
    clock.set(start, RECEIVE_AT)
    cat.add(opening_product, opening_stock=opening)
    on_hand = opening
    for event in sorted(price_events + stock_events, key=lambda e: (e[0], e[1], e[3] != "price", e[2])):
        day, at, kind = event[0], event[1], event[3]
        clock.set(day, at)
        if kind == "price":
            cat.set_price(product.sku, event[5], event[4])
            continue
        qty, reason, session = event[4], event[5], event[6]
        if kind in ("sell", "damage"):
            qty = min(qty, on_hand)  # only where the data sets an explicit opening (sold out)
            if qty <= 0:
                continue
        cat.move_stock(product.sku, kind, qty, reason, session)
        on_hand += qty if kind in ("receive", "return") else -qty


# --- the demo show ----------------------------------------------------------------------------
def build_demo_show(sheets) -> int:
    """Add the demo run sheet through ``sheets`` (``broadcast.runsheet.RunSheets``); returns its id."""
    sheet_id = sheets.create(DEMO_SHOW_TITLE).sheet_id
    for kind, sku, title, planned_s, text in DEMO_SHOW:
        sheets.add_segment(sheet_id, kind, title, sku, planned_s=planned_s, script=text)
    return sheet_id


def demo_show_id(sheets) -> int | None:
    """The id of the demo run sheet among ``sheets`` (``RunSheet``s, newest first), None once it is gone."""
    return next((s.id for s in sheets if s.title == DEMO_SHOW_TITLE and s.segments), None)
