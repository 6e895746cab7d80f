"""Matching a pack's terms in normalised text: longest match first, context rules, numbers after claims.

The terms (and their ``allow`` phrases) sit in one character trie. From every position of the
normalised text the trie is walked as far as it goes, collecting every term and allow phrase
ending on the way. A term occurrence is dropped when an allow phrase of that term covers it
(唯一的缺点), when the text right before or after it is one of its ``not_after``/``not_before``
words (拒绝对, 第一次), when it is an English word inside a longer word, or when its category is
negatable and a negation precedes it (不是有机的). Of overlapping occurrences the longest wins
(全网最低价 over 最低价), then the leftmost. Nutrition claim words come from ``core.claims``
(every GB 28050 synonym), unless the pack has the word itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import claims
from .normalise import fold, is_word
from .numbers import count_after, price_after
from .pack import RulePack, Term

END = ""  # trie key of the payloads ending at a node (never a character)
TERM, ALLOW = 0, 1
CONTEXT_WINDOW = 12
NUTRITION_RULE = "NUTR-02"


@dataclass(frozen=True)
class Entry:
    """A term ready for matching."""

    term: Term
    key: str
    check: str
    claim: str
    negatable: bool
    ascii_start: bool
    ascii_end: bool
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    generated: bool = False  # a claim word taken from core.claims, not from the pack
    explanation: str = ""  # the finding's code when no product check decides: term_<category>
    alt_zh: str = ""  # first alternatives, "" when there is none
    alt_en: str = ""


@dataclass(slots=True)
class Match:
    """A term occurrence in normalised text; ``number`` is the count or price (fen) said right after it."""

    start: int
    end: int
    entry: Entry
    number: int | None = None


def _folded(words) -> tuple[str, ...]:
    return tuple(w for w in (fold(x) for x in words) if w)


class Scanner:
    """The compiled form of one pack."""

    def __init__(self, pack: RulePack):
        self.pack = pack
        self.negations = _folded(pack.negations)
        self.rule_dates = {i.id: date.fromisoformat(i.effective_from) for i in pack.checklist}
        self.trie: dict = {}
        self.entries: list[Entry] = []
        for term in pack.terms:
            self._add_term(term, generated=False)
        if NUTRITION_RULE in self.rule_dates:
            known = {e.key for e in self.entries}
            for word, code in claims.term_index().items():
                key = fold(word)
                if key and key not in known:
                    known.add(key)
                    self._add_term(Term(term=key, category="NUTR", severity="warn", rules=(NUTRITION_RULE,),
                                        check="nutrition", claim=code), generated=True)
        # Where a walk can start: skips the other characters at C speed.
        self.starts = re.compile("[" + "".join(re.escape(ch) for ch in sorted(self.trie)) + "]")

    def _add_term(self, term: Term, generated: bool) -> None:
        key = fold(term.term)
        claim = term.claim
        if not claim and (term.category == "NUTR" or term.check == "nutrition"):
            claim = claims.claim_for_term(key) or ""
        check = term.check or ("nutrition" if term.category == "NUTR" and claim else "")
        entry = Entry(term, key, check, claim, term.category in self.pack.negatable, is_word(key[0]),
                      is_word(key[-1]), _folded(term.context.not_after), _folded(term.context.not_before),
                      generated, f"term_{term.category.lower()}", term.alt_zh[0] if term.alt_zh else "",
                      term.alt_en[0] if term.alt_en else "")
        self.entries.append(entry)
        self._insert(key, (TERM, entry))
        for phrase in term.context.allow:
            self._insert(fold(phrase), (ALLOW, key))

    def _insert(self, key: str, payload) -> None:
        node = self.trie
        for ch in key:
            node = node.setdefault(ch, {})
        node.setdefault(END, []).append(payload)

    def in_force(self, entry: Entry, day: date) -> bool:
        """A term is enforced from its own date (if any) once at least one of its rules is in force."""
        if entry.term.effective_from and date.fromisoformat(entry.term.effective_from) > day:
            return False
        return any(self.rule_dates.get(r, date.min) <= day for r in entry.term.rules)

    # --- matching ------------------------------------------------------------------------------
    def _occurrences(self, text: str) -> tuple[list[tuple[int, int, Entry]], dict[str, list[tuple[int, int]]]]:
        root, n = self.trie, len(text)
        found: list[tuple[int, int, Entry]] = []
        allowed: dict[str, list[tuple[int, int]]] = {}
        for m in self.starts.finditer(text):
            i = m.start()
            node = root[text[i]]
            j = i + 1
            while node is not None:
                hits = node.get(END)
                if hits:
                    for kind, payload in hits:
                        if kind == TERM:
                            found.append((i, j, payload))
                        else:
                            allowed.setdefault(payload, []).append((i, j))
                if j >= n:
                    break
                node = node.get(text[j])
                j += 1
        return found, allowed

    def _quiet(self, text: str, i: int, j: int, e: Entry, allowed, repeats) -> bool:
        if (e.ascii_start and i > 0 and is_word(text[i - 1])) or (e.ascii_end and j < len(text) and is_word(text[j])):
            return True
        spans = allowed.get(e.key)
        if spans and any(s <= i and j <= t for s, t in spans):
            return True
        if not (e.not_after or e.not_before or e.negatable):
            return False
        befores = [text[max(0, i - CONTEXT_WINDOW):i].rstrip(" ")]  # English: "not " + term
        if i in repeats:  # 没有有机 was read 没有机: the first 有 also ends the word before
            befores.append(text[max(0, i + 1 - CONTEXT_WINDOW):i + 1])
        if e.not_after and any(b.endswith(e.not_after) for b in befores):
            return True
        after = j + 1 if text.startswith(" ", j) else j
        if e.not_before and text.startswith(e.not_before, after):
            return True
        return e.negatable and bool(self.negations) and any(b.endswith(self.negations) for b in befores)

    def matches(self, text: str, repeats: frozenset[int] = frozenset()) -> list[Match]:
        """Term occurrences in normalised ``text``, longest first without overlaps, in text order."""
        found, allowed = self._occurrences(text)
        if not found:
            return []
        found.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = bytearray(len(text))
        chosen = []
        for i, j, e in found:  # longest first; an occurrence a longer one already covers needs no context check
            if taken.find(1, i, j) < 0 and not self._quiet(text, i, j, e, allowed, repeats):
                taken[i:j] = b"\x01" * (j - i)
                chosen.append((i, j, e))
        chosen.sort(key=lambda c: c[0])
        out = []
        for k, (i, j, e) in enumerate(chosen):
            limit = chosen[k + 1][0] if k + 1 < len(chosen) else len(text)
            number = None
            if e.check in ("scarcity_count", "limit"):
                number = count_after(text, j)
            elif e.check == "reference_price":
                number = price_after(text, j)
            if number is not None and number[1] <= limit:
                out.append(Match(i, number[1], e, number[0]))
            else:
                out.append(Match(i, j, e))
        return out


_scanners: dict[int, tuple[RulePack, Scanner]] = {}


def scanner_for(pack: RulePack) -> Scanner:
    """The compiled scanner of ``pack`` (built once per pack object)."""
    cached = _scanners.get(id(pack))
    if cached is None or cached[0] is not pack:
        cached = _scanners[id(pack)] = (pack, Scanner(pack))
    return cached[1]
