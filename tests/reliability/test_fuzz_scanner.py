"""Property-based fuzzing of the script scanner (issue 9, part 3).

Texts: arbitrary Unicode (no surrogates), texts built from the characters that matter (CJK, traditional,
full-width, combining marks, emoji and ZWJ sequences, zero-width characters, sentence ends, placeholders,
characters NFKC expands such as ㎏), and texts spliced from the shipped pack's own terms, allow phrases and
negations with noise between and disguises on them. For every text, with and without a product:

* ``check_script`` never raises;
* every finding lies in the text (0 <= start <= end <= len), its ``text`` is exactly ``script[start:end]``,
  and that slice, normalised by the scanner's own ``fold``, is the matched term (followed by the number for
  terms that read one: 仅剩3件) — unless the finding points at a filled placeholder;
* findings without a product do not overlap, and the result is the same on every run and from a freshly
  compiled scanner;
* disguises change nothing: full-width forms, traditional characters and zero-width spaces between Chinese
  characters give the same terms, categories and severities.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given, note
from hypothesis import strategies as st

from villagecast.core.compliance import check_script, default_pack, placeholders
from villagecast.core.compliance.normalise import fold, is_cjk, normalise
from villagecast.core.compliance.product_checks import ProductContext
from villagecast.core.compliance.scanner import Scanner, scanner_for
from villagecast.core.compliance.tradsimp import TRAD_TO_SIMP
from villagecast.core.demo import load_demo_products

from .conftest import TODAY, Timer, fuzz

DAY = date(2026, 12, 1)
PACK = default_pack()
TERMS = {t.term: t for t in PACK.terms}
NUMBER_CHECKS = ("scarcity_count", "limit", "reference_price")
# Traditional spellings that read back as the simplified character (and nothing else changes on the way).
SIMP_TO_TRAD = {simp: chr(trad) for trad, simp in TRAD_TO_SIMP.items() if len(simp) == 1
                and ord(simp) not in TRAD_TO_SIMP and unicodedata.normalize("NFKC", chr(trad)) == chr(trad)}
PRODUCTS = load_demo_products(TODAY)

_words = sorted({t.term for t in PACK.terms} | {p for t in PACK.terms for p in t.context.allow}
                | {w for t in PACK.terms for w in t.context.not_before[:3] + t.context.not_after[:3]}
                | set(PACK.negations))
_chars = sorted({ch for w in _words for ch in w} | set(SIMP_TO_TRAD.values()))
SPECIAL = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u3000", "\u00a0", "\n", "\r\n", "\u2028", "。", "！", "？",
           "，", "、", "：", "“", "”", "【", "】", "(", ")", "*", ".", ",", "%", "％", "㎏", "㎡", "ﬁ", "Ⅻ",
           "\u0301", "\u0308", "\u20dd", "😀", "👨\u200d👩\u200d👧", "🇨🇳", "👍🏽", "{价格}", "{原价}", "{库存}",
           "{产地}", "{名字}", "｛品名｝", "{", "}", "１００", "ＮＯ．１", "3件", "仅剩", "¥39.9", "原价99")
noise_char = st.one_of(st.sampled_from(_chars), st.sampled_from(SPECIAL),
                       st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width ASCII
                       st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # any CJK
                       st.characters(codec="ascii"), st.characters(exclude_categories=("Cs",)))
arbitrary_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
shaped_text = st.lists(noise_char, max_size=200).map("".join)


def _disguise(draw, word: str) -> str:
    how = draw(st.sampled_from(("plain", "plain", "full_width", "traditional", "zero_width", "spaced", "repeat",
                                "upper")))
    if how == "full_width":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)
    if how == "traditional":
        return "".join(SIMP_TO_TRAD.get(c, c) for c in word)
    if how in ("zero_width", "spaced"):
        return (" " if how == "spaced" else "\u200b").join(word)
    if how == "repeat" and word:
        at = draw(st.integers(0, len(word) - 1))
        return word[:at + 1] + word[at] * draw(st.integers(1, 3)) + word[at + 1:]
    return word.upper() if how == "upper" else word


@st.composite
def spliced_text(draw) -> str:
    """Risky terms (and the phrases that make them ordinary) spliced into noise, some disguised."""
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        parts.append(draw(st.lists(noise_char, max_size=6).map("".join)))
        parts.append(_disguise(draw, draw(st.sampled_from(_words))))
        if draw(st.integers(0, 3)) == 0:
            parts.append(draw(st.sampled_from(("3件", "三件", "10单", "99元", "¥39.90", "一百块", "１２"))))
    return "".join(parts)


contexts = st.one_of(st.none(), st.builds(ProductContext, st.sampled_from(PRODUCTS), st.integers(0, 10_000),
                                          st.one_of(st.none(), st.integers(0, 10 ** 7)), st.just(TODAY)))
any_text = st.one_of(arbitrary_text, shaped_text, spliced_text(), spliced_text())


def _key(findings) -> list[tuple]:
    return [(f.start, f.end, f.text, f.term, f.category, f.severity, f.rule, f.explanation, repr(f.params))
            for f in findings]


def _offsets(text: str, result, context) -> list[str]:
    """Why the findings of ``result`` do not lie where they should ([] when they do)."""
    problems = []
    spans = [(p.start, p.end) for p in placeholders.find(text)]
    for f in result.findings + result.upcoming:
        if not 0 <= f.start <= f.end <= len(text) or f.text != text[f.start:f.end]:
            problems.append(f"finding {f.term or f.explanation} at {f.start}:{f.end} outside/unlike the text")
            continue
        if not f.term or any(s < f.end and f.start < e for s, e in spans):
            continue  # a placeholder finding, or one pointing at a filled placeholder
        got, key = fold(text[f.start:f.end]), fold(f.term)
        reads_number = TERMS[f.term].check in NUMBER_CHECKS if f.term in TERMS else False
        if not (got.startswith(key) if reads_number else got == key):
            problems.append(f"{text[f.start:f.end]!r} at {f.start}:{f.end} reads {got!r}, not the term {key!r}")
    if context is None:
        ordered = sorted(result.findings + result.upcoming, key=lambda f: (f.start, f.end))
        problems += [f"{a.text!r} overlaps {b.text!r}" for a, b in zip(ordered, ordered[1:]) if a.end > b.start]
    return problems


def _record(figures, kind: str, timer: Timer, problems: list[str]) -> None:
    figures.record("script scanner", kind, "unexpected" if problems else "accepted", timer.seconds)
    assert not problems, problems


@fuzz(300)
@given(text=any_text, context=contexts)
def test_scanner_findings_lie_in_the_text_and_read_as_their_term(text, context, figures):
    note(f"text: {text!r}")
    with Timer() as timer:
        try:
            result = check_script(text, context, PACK, DAY)
            problems = _offsets(text, result, context)
            if _key(check_script(text, context, PACK, DAY).findings) != _key(result.findings):
                problems.append("a second check gives other findings")
        except Exception:
            figures.record("script scanner", "arbitrary and spliced", "unexpected")
            raise
    _record(figures, "arbitrary and spliced", timer, problems)


@fuzz(100)
@given(text=any_text)
def test_a_freshly_compiled_scanner_finds_the_same(text, figures):
    with Timer() as timer:
        norm = normalise(text)
        cached, fresh = scanner_for(PACK).matches(norm.text, norm.repeats), Scanner(PACK).matches(norm.text, norm.repeats)
        same = [(m.start, m.end, m.entry.key, m.number) for m in cached] == \
               [(m.start, m.end, m.entry.key, m.number) for m in fresh]
    _record(figures, "fresh scanner", timer, [] if same else ["cached and fresh scanners disagree"])


def _terms(text: str) -> list[tuple]:
    result = check_script(text, None, PACK, DAY)
    return [(f.term, f.category, f.severity, f.explanation) for f in result.findings + result.upcoming if f.term]


@fuzz(200)
@given(text=st.one_of(spliced_text(), shaped_text).map(lambda t: t.replace("{", "").replace("}", "")
                                                      .replace("｛", "").replace("｝", "")),
       data=st.data())
def test_disguises_do_not_change_what_is_found(text, data, figures):
    """Full width, traditional characters and zero-width spaces between Chinese characters are invisible."""
    with Timer() as timer:
        full = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
        trad = "".join(SIMP_TO_TRAD.get(c, c) for c in text)
        cuts = data.draw(st.sets(st.integers(1, max(len(text) - 1, 1))), label="zero-width at")
        hidden = "".join(("\u200b" + c if i in cuts and is_cjk(c) and is_cjk(text[i - 1]) else c)
                         for i, c in enumerate(text))
        plain = _terms(text)
        problems = [f"{name} changes {plain} to {got}" for name, got in
                    (("full width", _terms(full)), ("traditional", _terms(trad)), ("zero width", _terms(hidden)))
                    if got != plain]
    _record(figures, "disguised", timer, problems)
