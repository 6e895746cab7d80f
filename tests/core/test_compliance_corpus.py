"""Accuracy of the script scanner on the labelled corpus (tests/compliance_corpus/README.md).

Precision and recall are computed over spans: a finding counts only if its start and end are
exactly a labelled span. Both must stay at or above 0.95.
"""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from villagecast.core.compliance import ProductContext, check_script
from villagecast.core.demo import load_demo_products

CORPUS = Path(__file__).resolve().parents[1] / "compliance_corpus"
DAY = date(2026, 12, 1)  # fixed: rule dates and the GB 28050 edition depend on the day
MARK = re.compile("\u27e6(.*?)\u27e7", re.DOTALL)


@dataclass
class Script:
    name: str
    text: str
    spans: set
    header: dict


def parse(raw: str, name: str = "") -> Script:
    lines = raw.split("\n")
    header = {}
    while lines and lines[0].startswith("# "):
        key, _, value = lines.pop(0)[2:].partition(":")
        header[key.strip()] = value.strip()
    marked = "\n".join(lines).rstrip("\n")
    text, spans, pos = "", set(), 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(1)
        spans.add((start, len(text)))
        pos = m.end()
    text += marked[pos:]
    assert "\u27e6" not in text and "\u27e7" not in text, f"{name}: unbalanced marker"
    return Script(name, text, spans, header)


def load_corpus() -> list[Script]:
    return [parse(p.read_text(encoding="utf-8"), p.name) for p in sorted(CORPUS.glob("*.txt"))]


@pytest.fixture(scope="module")
def products():
    return {p.sku: p for p in load_demo_products(DAY)}


def scan(script: Script, products) -> set:
    context = None
    if "sku" in script.header:
        ref = script.header.get("reference", "none")
        context = ProductContext(products[script.header["sku"]], int(script.header["stock"]),
                                 None if ref == "none" else int(ref), DAY)
    return {(f.start, f.end) for f in check_script(script.text, context, day=DAY).findings}


def test_parse_removes_markers_and_counts_offsets_without_them():
    s = parse("# title: t\n# sku: X\n前⟦最好⟧中⟦最*好⟧后\n")
    assert s.text == "前最好中最*好后" and s.header == {"title": "t", "sku": "X"}
    assert s.spans == {(1, 3), (4, 7)}


def test_corpus_is_big_and_mixed_enough():
    scripts = load_corpus()
    assert len(scripts) >= 60
    clean = [s for s in scripts if not s.spans]
    english = [s for s in scripts if s.text.isascii()]
    assert len(clean) >= 10 and len(english) >= 5
    assert sum(len(s.spans) for s in scripts) >= 150


def test_precision_and_recall_over_spans(products, capsys):
    tp = fp = fn = 0
    misses, extras = [], []
    for script in load_corpus():
        found = scan(script, products)
        tp += len(found & script.spans)
        fp += len(found - script.spans)
        fn += len(script.spans - found)
        extras += [(script.name, script.text[a:b]) for a, b in sorted(found - script.spans)]
        misses += [(script.name, script.text[a:b]) for a, b in sorted(script.spans - found)]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print(f"\ncompliance corpus: {tp} spans found, {fp} false, {fn} missed; "
              f"precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95, extras
    assert recall >= 0.95, misses


def test_clean_scripts_stay_quiet(products):
    noisy = {s.name: scan(s, products) for s in load_corpus() if not s.spans}
    assert {name: found for name, found in noisy.items() if found} == {}


def test_a_wrong_label_would_be_caught(products):
    """The measure can fail: the same script with one span moved scores a miss and a false finding."""
    script = parse("这是⟦最好⟧的核桃")
    assert scan(script, products) == script.spans
    shifted = parse("这是最⟦好的⟧核桃")
    found = scan(shifted, products)
    assert found - shifted.spans == {(2, 4)} and shifted.spans - found == {(3, 5)}
