"""Normalisation for matching: width, traditional characters, inserted noise, repeats, and the offset map."""

import random

import pytest

from villagecast.core.compliance import default_pack
from villagecast.core.compliance.normalise import _normalise_slow, fold, normalise
from villagecast.core.compliance.tradsimp import _TABLE


@pytest.mark.parametrize("text,expected", [
    ("最*好", "最好"), ("最 好", "最好"), ("最\u200b好", "最好"), ("最·好", "最好"), ("最\ufeff好", "最好"),
    ("最最最好", "最好"), ("１００％", "100%"), ("ＮＯ．１", "no 1"), ("No.1", "no 1"), ("TOP1", "top1"),
    ("絕對", "绝对"), ("頂級優質", "顶级优质"), ("原价59.9元", "原价59.9元"), ("原价５９．９元", "原价59.9元"),
    ("the  best", "the best"), ("100 % guaranteed", "100% guaranteed"), ("1,299元", "1299元"),
    ("宝宝专用", "宝专用"), ("进群，群里", "进群群里"), ("好。好", "好\n好"), ("a\nb", "a\nb"),
])
def test_fold(text, expected):
    assert normalise(text).text == expected


def test_sentence_ends_are_breaks_no_match_can_cross():
    assert fold("最。好") == "最\n好"
    assert fold("最！好") == "最\n好" and fold("最？好") == "最\n好" and fold("最；好") == "最\n好"


def test_offsets_map_back_to_the_original_text():
    text = "我们 最*最 好吃"
    n = normalise(text)
    assert n.text == "我们最好吃"
    start = n.text.index("最好")
    s, e = n.span(start, start + 2)
    assert text[s:e] == "最*最 好"
    assert n.repeats == {2}


def test_offsets_for_fullwidth_and_traditional_are_one_to_one():
    text = "買１００％純天然"
    n = normalise(text)
    assert n.text == "买100%纯天然"
    i = n.text.index("100%")
    assert n.span(i, i + 4) == (1, 5)


def test_expanding_compatibility_characters_take_the_slow_path():
    text = "净含量5㎏，最好"
    n = normalise(text)
    assert n.text == "净含量5kg最好"
    i = n.text.index("最好")
    assert text[slice(*n.span(i, i + 2))] == "最好"


def test_fast_and_reference_paths_agree_on_random_text():
    alphabet = list("最好第一次 ，、：“”。!？.．*·\u200b１２3.5abcAB%％好好绝對優\n有机没")
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        a, b = normalise(text), _normalise_slow(text)
        assert (a.text, a.starts, a.wide, a.repeats) == (b.text, b.starts, b.wide, b.repeats), repr(text)


def test_every_term_written_in_traditional_characters_folds_like_the_simplified_one():
    simplified_to_traditional = {s: t for t, s in _TABLE.items()}
    checked = 0
    for term in default_pack().terms:
        traditional = "".join(simplified_to_traditional.get(ch, ch) for ch in term.term)
        if traditional != term.term:
            checked += 1
            assert fold(traditional) == fold(term.term), (term.term, traditional)
    assert checked > 150


def test_table_maps_only_traditional_forms():
    assert all(t != s for t, s in _TABLE.items())
    assert not set(_TABLE) & set(_TABLE.values()), "a character is both source and target"
