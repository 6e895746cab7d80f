"""Benchmark: quoting a product to all 31 provinces with 5 carriers' cards, and the whole 包邮 plan.

Run: python tests/perf/bench_quote.py [--runs 200]
Prints one JSON object:
* ``quote_31x5_ms``: 155 quotes (31 provinces × 5 rate cards: the four example cards plus a
  five-band fixed-tier card, insurance and surcharges included), median and max;
* ``plan_31x5_ms``: ``planner.plan`` for the same product (quotes, margins, break-even prices and a
  policy per province), median and max;
* ``csv_import_ms``: reading the example cards of five origins (20 cards) as one GB18030 CSV.
Target (issue 4): the 31 × 5 quote under 20 ms at the median, in process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def median_max(samples: list[float]) -> dict:
    return {"median": round(statistics.median(samples), 3), "max": round(max(samples), 3)}


def fifth_card(origin: str):
    from villagecast.core.shipping import provinces
    from villagecast.core.shipping.model import Band, RateCard, Zone

    codes = [p.code for p in provinces.all_provinces()]
    bands = [Band(0, 1000, flat_price=300), Band(1000, 3000, flat_price=450), Band(3000, 5000, flat_price=600),
             Band(5000, 10000, flat_price=900), Band(10000, None, flat_price=1500)]
    return RateCard("Tiered", "", origin, "fixed_tiers", zones=[Zone(f"z{i}", codes[i::3], list(bands))
                                                                 for i in range(3)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    from villagecast.core.product import Product
    from villagecast.core.shipping import csvio, provinces
    from villagecast.core.shipping.engine import ShippingError, Shipment, quote
    from villagecast.core.shipping.examples import example_cards
    from villagecast.core.shipping.margin import PackagingPreset
    from villagecast.core.shipping.planner import Order, plan

    origin = provinces.resolve("陕西").code
    cards = example_cards(origin) + [fifth_card(origin)]
    for card in cards:
        card.insurance_pct, card.insurance_min_fen = Decimal("0.5"), 100
    shipment = Shipment(5000, 1, 600, (Decimal(40), Decimal(30), Decimal(25)), False, 350, 3990)
    codes = [p.code for p in provinces.all_provinces()]

    def quote_all() -> int:
        done = 0
        for code in codes:
            for card in cards:
                try:
                    quote(card, code, shipment)
                    done += 1
                except ShippingError:
                    pass
        return done

    priced = quote_all()
    samples = []
    for _ in range(args.runs):
        t = time.perf_counter()
        quote_all()
        samples.append((time.perf_counter() - t) * 1000)

    apples = Product("SX-APPLE-5KG", "苹果", net_weight_g=5000, gross_weight_g=5600, length_cm=40, width_cm=30,
                     height_cm=25, live_price_fen=3990, cost_fen=1600, perishable=True, shelf_life_days=60,
                     origin_province="陕西省")
    preset = PackagingPreset("箱", Decimal(40), Decimal(30), Decimal(25), tare_g=600, cost_fen=350)
    order = Order(apples, 1, preset, None, Decimal("3.6"))
    plan_samples = []
    for _ in range(max(20, args.runs // 4)):
        t = time.perf_counter()
        plan(order, cards, 300, date(2026, 7, 1))
        plan_samples.append((time.perf_counter() - t) * 1000)

    many = [card for o in ("陕西", "新疆", "海南", "北京", "云南") for card in example_cards(o)]
    data = csvio.write_cards(many).decode("utf-8-sig").encode("gb18030")
    csv_samples = []
    for _ in range(20):
        t = time.perf_counter()
        csvio.read_cards(data)
        csv_samples.append((time.perf_counter() - t) * 1000)
    print(json.dumps({
        "quotes_priced": priced, "quotes_tried": len(codes) * len(cards),
        "quote_31x5_ms": median_max(samples), "plan_31x5_ms": median_max(plan_samples),
        "csv_import_ms": median_max(csv_samples), "csv_cards": len(many), "csv_rows": data.count(b"\n") - 1,
        "target_quote_median_ms": 20,
    }, indent=2))


if __name__ == "__main__":
    main()
