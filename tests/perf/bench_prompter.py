"""Benchmark: teleprompter frames at 1920×1080 with 96-px Chinese text and a 10,000-character script.

Run: python tests/perf/bench_prompter.py [--frames 1000] [--chars 10000]
Prints one JSON object:
* ``frame_ms``: one frame painted into a QImage through ``PrompterView.render_to`` (the path paintEvent
  uses), scrolling at 300 字/分 with the overlay shown, frames at irregular times (8–40 ms apart, some
  dropped); median, p99, max. ``frame_mirrored_ms``: the same, mirrored both ways;
* ``lines_rendered``: line images made during those frames (a line is rendered once when it scrolls in);
* ``max_deviation_px``: the worst distance between the row painted and the ideal scroll position
  offset(t0) + rate × (t − t0) for each frame's own time, over all frames (target ≤ 1 px);
* ``relayout_ms``: laying the whole script out again after a font change (96 → 108 px), and
  ``first_frame_after_font_ms``: the frame after it (every visible line rendered anew);
* ``jump_frame_ms``: the first frame after jumping to another segment (new lines rendered).
Targets (issue 6): frame median < 4 ms; deviation ≤ 1 px; font change (relayout + first frame) < 200 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCES = (
    "家人们晚上好，欢迎来到光明合作社的直播间。", "咱们家的核桃是漾濞老品种，一捏就开，香脆不涩。",
    "每一颗都是乡亲们手工挑选的，坏果、空果全部挑出去。", "今天直播间的价格是{价格}元，库存还有{库存}件。",
    "柞水的土蜂蜜一年只取一次，浓稠挂勺，冬天会结晶。", "沁县的小米熬粥有一层米油，老人孩子都爱喝。",
    "安吉白茶明前采摘，一芽一叶，冲泡三次还有香味。", "收到货有任何问题，联系客服，七天无理由退换。",
    "顺丰包邮，偏远地区除外，下单后四十八小时内发货。", "喜欢的家人点个关注，明天晚上八点我们不见不散。",
)


def script(chars: int, seed: int = 7):
    """A run-sheet-like document: opening, products, closing, about ``chars`` characters in all."""
    from villagecast.ui.prompter.document import (
        PrompterDocument,
        Segment,
        runs_from_template,
    )

    rng = random.Random(seed)
    segments, total, i = [], 0, 0
    while total < chars:
        paragraphs = []
        for _ in range(rng.randint(2, 5)):
            paragraphs.append("".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6))))
        text = "\n".join(paragraphs)[: max(1, chars - total)]
        kind = "opening" if i == 0 else "product"
        runs = runs_from_template(text, {"price": f"{rng.randint(9, 99)}.90", "stock": str(rng.randint(0, 300))})
        segments.append(Segment(f"s{i}", f"商品 {i}", runs, kind))
        total += sum(len(r) if isinstance(r, str) else len(r.value) for r in runs)
        i += 1
    segments[-1].kind = "closing"
    return PrompterDocument(segments)


class FakeClock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def stats(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"median": round(statistics.median(ordered), 3), "p99": round(ordered[int(len(ordered) * 0.99) - 1], 3),
            "max": round(ordered[-1], 3)}


def frames(view, clock, image, count: int, rng) -> tuple[list[float], float]:
    times, worst = [], 0.0
    t0, o0, rate = clock.t, view.offset(), view.pixels_per_second()
    reading_y = round(view.style().reading_line * view.height())
    for _ in range(count):
        clock.t += rng.choice((0.008, 0.0167, 0.0167, 0.0167, 0.021, 0.033, 0.040)) + rng.random() * 0.002
        start = time.perf_counter()
        info = view.render_to(image)
        times.append((time.perf_counter() - start) * 1000)
        ideal = o0 + rate * (clock.t - t0)
        worst = max(worst, abs(info.top + reading_y - ideal))
    return times, worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=10_000)
    args = parser.parse_args()

    from datetime import datetime, timedelta

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from villagecast.ui.prompter import OverlayData, PrompterStyle, PrompterView

    app = QApplication.instance() or QApplication([])
    clock, rng = FakeClock(), random.Random(3)
    view = PrompterView(clock=clock)
    view.resize(1920, 1080)
    view.set_style(PrompterStyle(font_px=96))
    document = script(args.chars)
    view.set_document(document)
    wall = datetime.now().astimezone()
    view.set_overlay(OverlayData(name="漾濞核桃", price_text="¥39.90", stock=50, countdown_end=wall + timedelta(minutes=5),
                                 countdown_left=20, planned_s=480, segment_started=clock.t - 30))
    view.set_speed(300)
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    start = time.perf_counter()
    view.render_to(image)
    cold = (time.perf_counter() - start) * 1000
    view.go_to_segment(1)
    view.play()
    rendered = view.painter.lines_rendered
    plain, worst = frames(view, clock, image, args.frames, rng)
    rendered = view.painter.lines_rendered - rendered
    view.set_mirror(True, True)
    mirrored, worst_m = frames(view, clock, image, max(100, args.frames // 5), rng)
    view.set_mirror(False, False)
    view.pause()
    start = time.perf_counter()
    view.set_font_px(108)
    relayout = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    view.render_to(image)
    after_font = (time.perf_counter() - start) * 1000
    jumps = []
    for _ in range(5):
        view.next_segment()
        start = time.perf_counter()
        view.render_to(image)
        jumps.append((time.perf_counter() - start) * 1000)
    result = {
        "size": "1920x1080", "font_px": 96, "chars": document.total_chars(), "segments": len(document),
        "lines": len(view.layout().lines) if view.layout() else 0, "frames": args.frames,
        "frame_ms": stats(plain), "frame_mirrored_ms": stats(mirrored), "cold_first_frame_ms": round(cold, 1),
        "lines_rendered": rendered, "max_deviation_px": round(max(worst, worst_m), 3),
        "relayout_ms": round(relayout, 1), "first_frame_after_font_ms": round(after_font, 1),
        "jump_frame_ms": {"median": round(statistics.median(jumps), 1), "max": round(max(jumps), 1)},
    }
    result["targets_met"] = (result["frame_ms"]["median"] < 4 and result["max_deviation_px"] <= 1
                             and relayout + after_font < 200)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    app.processEvents()


if __name__ == "__main__":
    main()
