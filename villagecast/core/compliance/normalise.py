"""Text normalisation for matching, with a map back to the original offsets.

What it does, per character of the input:
* NFKC (full-width ``１００％`` → ``100%``, ideographic space, compatibility forms), lower case;
* traditional → simplified (``tradsimp``);
* letters, digits and ``%`` are kept; a ``.`` between two digits is kept (``59.9``), a ``,`` dropped (``1,299``);
* everything else (spaces, punctuation, symbols, emoji, zero-width characters) is dropped, so
  ``最*好``, ``最 好`` and ``最\u200b好`` all read ``最好``; between two Latin letters or digits one space is
  kept, so English words stay words (``the best`` stays ``the best``, ``No.1`` reads ``no 1``);
* a sentence end (``。！？!?;；`` or a line break) becomes ``\\n``, which no term contains: a match never
  spans two sentences;
* a repeated Chinese character is read once (``最最最好`` → ``最好``), unless a comma, colon, quote or
  bracket stands between the two (``进群，群里`` stays two words).

``Normalised.span`` gives the input span a range of normalised characters came from.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import compress
from dataclasses import dataclass, field

from .tradsimp import TRAD_TO_SIMP

BREAK = "\n"
BREAKS = frozenset("\n\r\u2028\u2029\u3002!?;\u203c\u2047\u2048\u2049")
# Between two equal characters these keep them apart (进群，群里 is not 进群群里): not for matching, only repeats.
SOFT_BREAKS = frozenset(",\u3001:\"'\u201c\u201d\u2018\u2019()[]<>\u300a\u300b\u3010\u3011\u300c\u300d")
_KEEP, _NOISE, _BREAK = 0, 1, 2
_cache: dict[str, tuple] = {}


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def is_word(ch: str) -> bool:
    """ASCII letter or digit: the characters of English words and numbers."""
    return ch.isascii() and ch.isalnum()


def _classify(ch: str) -> tuple:
    """(kind, kept characters) for one input character, cached."""
    folded = unicodedata.normalize("NFKC", ch).lower().translate(TRAD_TO_SIMP)
    kept = []
    for r in folded:
        if r in BREAKS:
            return (_BREAK, "")
        if r.isalnum() or r == "%":
            kept.append(r)
    if not kept:
        return (_NOISE, folded)
    return (_KEEP, "".join(kept))


@dataclass(frozen=True)
class Normalised:
    """The normalised text and, for each of its characters, the input span it came from.

    ``starts[i]`` is where character ``i`` came from; it ends one character later unless ``wide`` says
    otherwise (a repeat it absorbed, a filled placeholder, a compatibility character).
    """

    text: str
    starts: tuple[int, ...]
    wide: dict[int, int] = field(default_factory=dict)
    repeats: frozenset[int] = frozenset()  # positions that absorbed a repeat (没有有机 reads 没有机)

    def end_of(self, i: int) -> int:
        return self.wide.get(i, self.starts[i] + 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of the normalised range ``[start, end)``."""
        return self.starts[start], self.end_of(end - 1)


class _Table(dict):
    """str.translate table: each character to its kept form, ``\x00`` for noise, ``\n`` for a break."""

    def __missing__(self, code: int) -> str:
        kind, chars = _classify(chr(code))
        value = BREAK if kind == _BREAK else "\x00" if kind == _NOISE else chars
        self[code] = value
        return value


_TABLE = _Table()
_NOISE_CHAR = "\x00"
# A run of noise between two Latin letters or digits (or after %): it becomes a space, "." or nothing.
_WORD_GAP = re.compile(r"(?<=[0-9a-z%])\x00+(?=[0-9a-z])")
_REPEAT = re.compile(r"([\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f])\1+")


def normalise(text: str) -> Normalised:
    """Normalise ``text``.

    The common case runs at C speed (``str.translate``, ``str.replace``, ``itertools.compress``); text
    with a character that expands under NFKC (``㎏`` → ``kg``) takes the character-by-character path.
    """
    mapped = text.translate(_TABLE)
    if len(mapped) != len(text):
        return _normalise_slow(text)
    gaps = list(_WORD_GAP.finditer(mapped))
    if gaps:  # noise between Latin letters or digits: a space, a decimal point, or nothing (1,299)
        chars = list(mapped)
        for g in gaps:
            a, b = g.span()
            one = text[a] if b - a == 1 and mapped[a - 1].isdigit() and mapped[b].isdigit() else None
            if one is not None and one in ".\uff0e":
                chars[a] = "."
            elif one is None or one not in ",\uff0c":
                chars[a] = " "
        mapped = "".join(chars)
    norm = mapped.replace("\x00", "")
    starts = list(compress(range(len(mapped)), map(_NOISE_CHAR.__ne__, mapped)))
    wide: dict[int, int] = {}
    repeats: set[int] = set()
    if _REPEAT.search(norm):
        norm, starts, wide, repeats = _collapse(norm, starts, text)
    return Normalised(norm, tuple(starts), wide, frozenset(repeats))


def _collapse(norm: str, starts: list[int], text: str) -> tuple[str, list[int], dict[int, int], set[int]]:
    """Read each run of one Chinese character once; the kept character spans the whole run.

    Repeats separated by a comma, colon, quote or bracket are two words (进群，群里), not a run.
    """
    out, kept, wide, repeats = [], [], {}, set()
    pos = 0
    for m in _REPEAT.finditer(norm):
        a, b = m.span()
        k = a
        while k < b - 1:
            run_end = k + 1
            while run_end < b and not _soft_gap(text, starts[run_end - 1] + 1, starts[run_end]):
                run_end += 1
            if run_end - k > 1:
                out.append(norm[pos:k + 1])
                kept.extend(starts[pos:k + 1])
                at = len(kept) - 1
                wide[at] = starts[run_end - 1] + 1
                repeats.add(at)
                pos = run_end
            k = run_end
    out.append(norm[pos:])
    kept.extend(starts[pos:])
    return "".join(out), kept, wide, repeats


def _soft_gap(text: str, start: int, end: int) -> bool:
    return any(ch in SOFT_BREAKS for ch in unicodedata.normalize("NFKC", text[start:end]))


def _normalise_slow(text: str) -> Normalised:
    """Character by character: the reference behaviour (tests compare both paths)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = ""  # last kept character ("" after a break)
    noise = -1  # index of the first dropped character since the last kept one, or -1
    noise_text = ""
    repeats: set[int] = set()
    cache = _cache
    for i, ch in enumerate(text):
        entry = cache.get(ch)
        if entry is None:
            entry = cache[ch] = _classify(ch)
        kind, chars = entry
        if kind == _NOISE:
            if noise < 0:
                noise, noise_text = i, chars
            else:
                noise_text += chars
            continue
        s, e = i, i + 1
        if kind == _BREAK:
            out.append(BREAK)
            starts.append(s)
            ends.append(e)
            last = ""
            noise = -1
            continue
        soft = noise >= 0 and any(c in SOFT_BREAKS for c in noise_text)
        for r in chars:
            if noise >= 0 and last:
                sep = ""
                if noise_text == "." and last.isdigit() and r.isdigit():
                    sep = "."
                elif noise_text == "," and last.isdigit() and r.isdigit():
                    sep = ""
                elif (is_word(last) or last == "%") and is_word(r):
                    sep = " "
                if sep:
                    out.append(sep)
                    starts.append(noise)
                    ends.append(noise + 1)
            noise = -1
            if r == last and is_cjk(r) and not soft:
                ends[-1] = e  # 最最最好: the repeats extend the kept character
                repeats.add(len(out) - 1)
                continue
            out.append(r)
            starts.append(s)
            ends.append(e)
            last = r
    wide = {i: e for i, (s, e) in enumerate(zip(starts, ends)) if e != s + 1}
    return Normalised("".join(out), tuple(starts), wide, frozenset(repeats))


def fold(text: str) -> str:
    """The normalised form of a term or phrase (no offsets), outer spaces and breaks removed."""
    return normalise(text).text.strip(" " + BREAK)
