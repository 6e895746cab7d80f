"""Benchmark: scanning a 5,000-character live script, as live highlighting does on every edit.

Run: python tests/perf/bench_scanner.py [--chars 5000] [--runs 200]
Prints one JSON object:
* ``scan_ms``: ``check_script`` on a realistic script without a product (normalise, match, context rules),
  median and max over the runs, after one warm-up that compiles the pack. The script is the labelled
  corpus (tests/compliance_corpus, markers removed) joined and cut to ``--chars``;
* ``scan_product_ms``: the same with the product-aware checks (demo walnuts, 200 in stock);
* ``dense_ms``: a worst case where every sentence holds a violation or a trap (one finding per ~30
  characters, five times the corpus's density), with placeholders;
* ``pack_load_ms``: loading, validating and compiling the shipped pack once (start-up cost);
* ``findings`` / ``dense_findings``: how many findings each script has.
Target (issue 5): median under 5 ms for 5,000 characters in process, so highlighting never costs a frame.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "家人们晚上好，欢迎来到我们合作社的直播间，新来的朋友点点关注。",
    "今天给大家带来的是{品名}，产地{产地}，今天直播价{价格}元。",
    "最近很多老顾客回购，第一次来的朋友可以先拍一袋尝尝。",
    "唯一的缺点是外壳有点斑，极少数颜色深一点，顶部有个小尖。",
    "收到后最好放在阴凉干燥的地方，最后一单下午五点发货。",
    "这是我们村最*好的一批，絕對正宗，１００％新鲜！",
    "原价59.9元，只剩3件了，库存告急，手慢无！",
    "核桃高蛋白，不是低脂食品，吃了补脑这种话我们不说。",
    "有机会来村里玩，我们用的是有机肥，没有有机认证就不这么说。",
    "It's the best walnut, crisp and fresh. Best before June.",
]


def corpus_script(chars: int) -> str:
    """The corpus scripts (markers and headers removed) joined until ``chars`` characters."""
    parts = []
    for path in sorted((ROOT / "tests" / "compliance_corpus").glob("*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if not ln.startswith("# ")]
        parts.append("\n".join(lines).replace("\u27e6", "").replace("\u27e7", ""))
    text = "\n".join(parts)
    while len(text) < chars:
        text += "\n" + text
    return text[:chars]


def script(chars: int) -> str:
    out, i = "", 0
    while len(out) < chars:
        out += SENTENCES[i % len(SENTENCES)]
        i += 1
    return out[:chars]


def timed(fn, runs: int) -> dict:
    """Wall-clock median, min and max in ms, and the median CPU time (the machine may be shared)."""
    samples, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return {"median": round(statistics.median(samples), 3), "min": round(min(samples), 3),
            "max": round(max(samples), 3), "cpu_median": round(statistics.median(cpu), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    t = time.perf_counter()
    from villagecast.core.compliance import ProductContext, check_script, default_pack
    from villagecast.core.compliance.scanner import scanner_for
    from villagecast.core.demo import load_demo_products

    scanner_for(default_pack())
    pack_load = (time.perf_counter() - t) * 1000

    text, dense = corpus_script(args.chars), script(args.chars)
    today = date.today()
    walnut = next(p for p in load_demo_products(today) if p.sku == "YN-WALNUT-1KG")
    context = ProductContext(walnut, 200, 3290, today)
    for t in (text, dense):
        check_script(t)
        check_script(t, context)
    result = {
        "chars": len(text),
        "scan_ms": timed(lambda: check_script(text), args.runs),
        "scan_product_ms": timed(lambda: check_script(text, context), args.runs),
        "dense_ms": timed(lambda: check_script(dense), args.runs),
        "pack_load_ms": round(pack_load, 1),
        "findings": len(check_script(text).findings),
        "dense_findings": len(check_script(dense).findings),
        "target_median_ms": 5,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
