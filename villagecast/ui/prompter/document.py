"""The script the prompter shows: segments of text whose live values (price, stock…) can change on air.

Plain Python (no Qt). A ``Segment``'s text is either a string or a list of runs: strings and live
fields, a field given as ``Field("price", "¥39.90")`` or simply ``("price", "¥39.90")``. The caller fills
placeholders (``runs_from_template`` turns ``{价格}`` and friends into fields using the compliance
placeholder table). Line breaks (``\\n``) separate paragraphs; a field value is one line.

A ``PrompterDocument`` owns the segments and tells its listeners what changed (``Change``): a field
update names the edited spans so the view lays out only the paragraphs that hold them and keeps the
reading line on the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

KINDS = ("opening", "product", "closing", "refeature")


@dataclass(frozen=True)
class Field:
    """A live value inside the script: ``name`` is its key ("price", "stock", "origin"…)."""

    name: str
    value: str


Run = str | Field


def normalise_runs(text: str | Iterable) -> tuple[Run, ...]:
    """Runs from a string or an iterable of strings, ``Field``s and ``(name, value)`` pairs; adjacent
    strings merged, empty strings dropped, newlines in field values turned into spaces."""
    if isinstance(text, str):
        return (text,) if text else ()
    out: list[Run] = []
    for run in text:
        if isinstance(run, tuple) and len(run) == 2:
            run = Field(str(run[0]), str(run[1]))
        if isinstance(run, Field):
            out.append(Field(run.name, run.value.replace("\n", " ")))
        elif isinstance(run, str):
            if not run:
                continue
            if out and isinstance(out[-1], str):
                out[-1] += run
            else:
                out.append(run)
        else:
            raise TypeError(f"a run is a str, a Field or a (name, value) pair, not {run!r}")
    return tuple(out)


def runs_from_template(text: str, values: dict[str, str | None]) -> list[Run]:
    """``text`` with every known placeholder that has a value as a live field (named by its value key:
    ``{价格}`` → ``Field("price", values["price"])``); unknown or empty placeholders stay as written."""
    from ...core.compliance import placeholders

    runs: list[Run] = []
    pos = 0
    for ph in placeholders.find(text):
        value = values.get(ph.key) if ph.key else None
        if value is None:
            continue
        runs.append(text[pos:ph.start])
        runs.append(Field(ph.key, str(value)))
        pos = ph.end
    runs.append(text[pos:])
    return list(normalise_runs(runs))


@dataclass
class Segment:
    """One part of the show: ``kind`` is opening, product, closing or refeature (返场)."""

    key: str
    title: str
    text: str | Sequence = ""
    kind: str = "product"
    sold_out: bool = False
    runs: tuple[Run, ...] = field(init=False, repr=False)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"segment kind {self.kind!r} is not one of {KINDS}")
        self.runs = normalise_runs(self.text)

    @property
    def plain(self) -> str:
        """The text as shown: runs joined with the field values in place."""
        return "".join(r if isinstance(r, str) else r.value for r in self.runs)

    def field_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, name) of every live field in ``plain``."""
        spans, pos = [], 0
        for run in self.runs:
            if isinstance(run, Field):
                spans.append((pos, pos + len(run.value), run.name))
                pos += len(run.value)
            else:
                pos += len(run)
        return spans


@dataclass(frozen=True)
class Change:
    """What changed in segment ``segment``: ``kind`` "text" (with ``edits`` = (start, old length, new
    length) in the old text, or None when the whole text was replaced), "sold_out" or "title"."""

    segment: int
    kind: str
    edits: tuple[tuple[int, int, int], ...] | None = None


class PrompterDocument:
    """The ordered segments, with change notification for the view."""

    def __init__(self, segments: Iterable[Segment] = ()):
        self.segments: list[Segment] = list(segments)
        keys = [s.key for s in self.segments]
        if len(set(keys)) != len(keys):
            raise ValueError("segment keys must be unique")
        self._listeners: list[Callable[[Change], None]] = []

    def __len__(self) -> int:
        return len(self.segments)

    def __getitem__(self, index: int) -> Segment:
        return self.segments[index]

    def index(self, key: str) -> int:
        for i, segment in enumerate(self.segments):
            if segment.key == key:
                return i
        raise KeyError(key)

    def add_listener(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

    def set_fields(self, key: str, values: dict[str, str]) -> Change | None:
        """Give the live fields named in ``values`` new values in segment ``key``; None if nothing changed."""
        i = self.index(key)
        segment = self.segments[i]
        runs, edits, pos = [], [], 0
        for run in segment.runs:
            if isinstance(run, Field) and run.name in values and str(values[run.name]) != run.value:
                new = Field(run.name, str(values[run.name]).replace("\n", " "))
                edits.append((pos, len(run.value), len(new.value)))
                run, length = new, len(run.value)
            else:
                length = len(run) if isinstance(run, str) else len(run.value)
            runs.append(run)
            pos += length
        if not edits:
            return None
        segment.runs = normalise_runs(runs)
        return self._notify(Change(i, "text", tuple(edits)))

    def set_text(self, key: str, text: str | Sequence) -> Change:
        """Replace a segment's script (edited while prompting)."""
        i = self.index(key)
        self.segments[i].text = text
        self.segments[i].runs = normalise_runs(text)
        return self._notify(Change(i, "text", None))

    def set_sold_out(self, key: str, sold_out: bool) -> Change | None:
        i = self.index(key)
        if self.segments[i].sold_out == bool(sold_out):
            return None
        self.segments[i].sold_out = bool(sold_out)
        return self._notify(Change(i, "sold_out"))

    def set_title(self, key: str, title: str) -> Change | None:
        i = self.index(key)
        if self.segments[i].title == title:
            return None
        self.segments[i].title = title
        return self._notify(Change(i, "title"))

    def total_chars(self) -> int:
        return sum(len(s.plain) for s in self.segments)
