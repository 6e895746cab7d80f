"""Undoable writes to the shipping book: rate cards, packaging presets and fee profiles.

Stored ids change when an undo puts a row back, so commands find what they act on by what is unique
in the book at that moment: a card by its key (carrier, service, origin, start date), a preset or a
profile by its name. Every write returns ``Changes(aspects={"shipping"})``.
"""

from __future__ import annotations

from dataclasses import replace

from ...core.catalogue import Changes
from ...core.shipping.margin import PackagingPreset
from ...core.shipping.model import RateCard
from ..commands import CatalogueCommand


def shipping_changes() -> Changes:
    return Changes(aspects={"shipping"})


def _ids_by_key(book) -> dict[tuple, int]:
    return {card.key: card.id for card in book.cards()}


class SaveCards(CatalogueCommand):
    """Store cards (typed, imported or examples). ``replacing`` gives, per card, the key of the stored card
    it is an edit of (or None). Undo removes what was stored and puts back every card it replaced."""

    def __init__(self, context, cards: list[RateCard], text: str, replacing: list[tuple | None] | None = None):
        super().__init__(context, text)
        self.cards = [card.copy() for card in cards]
        self.replacing = list(replacing) if replacing is not None else [None] * len(cards)
        self.saved: list[RateCard] = []
        self.replaced: list[RateCard] = []

    def do(self) -> Changes:
        book = self.context.shipping
        ids = _ids_by_key(book)
        cards = []
        for card, old_key in zip(self.cards, self.replacing):
            copy = card.copy()
            copy.id = ids.get(old_key) if old_key is not None else None
            cards.append(copy)
        self.saved, self.replaced = book.save_cards(cards)
        return shipping_changes()

    def undo_(self) -> Changes:
        book = self.context.shipping
        ids = _ids_by_key(book)
        book.swap([ids[c.key] for c in self.saved if c.key in ids], [replace(c, id=None) for c in self.replaced])
        return shipping_changes()


class DeleteCards(CatalogueCommand):
    """Remove cards (named by key); undo stores them again as they were."""

    def __init__(self, context, cards: list[RateCard], text: str):
        super().__init__(context, text)
        self.keys = [card.key for card in cards]
        self.removed: list[RateCard] = []

    def do(self) -> Changes:
        book = self.context.shipping
        ids = _ids_by_key(book)
        self.removed = book.delete_cards([ids[key] for key in self.keys if key in ids])
        return shipping_changes()

    def undo_(self) -> Changes:
        back = []
        for card in self.removed:
            copy = card.copy()
            copy.id = None
            back.append(copy)
        self.context.shipping.save_cards(back)
        return shipping_changes()


def _find(book, item):
    """The stored preset or profile with ``item``'s name (raises NotFound)."""
    return book.preset(item.name) if isinstance(item, PackagingPreset) else book.profile(item.name)


class SaveItem(CatalogueCommand):
    """Add (``before`` None) or change one packaging preset or fee profile; undo puts the old one back."""

    def __init__(self, context, before, after, text: str):
        super().__init__(context, text)
        self.before, self.after = before, after
        self.stored = None  # the item as stored by the last do()

    def do(self) -> Changes:
        book = self.context.shipping
        current = None if self.before is None else _find(book, self.before).id
        self.stored = book.save_item(replace(self.after, id=current))
        return shipping_changes()

    def undo_(self) -> Changes:
        book = self.context.shipping
        current = _find(book, self.after)
        if self.before is None:
            book.delete_item(current)
        else:
            book.save_item(replace(self.before, id=current.id))
        return shipping_changes()


class DeleteItems(CatalogueCommand):
    """Remove presets or profiles (by name); undo puts them back."""

    def __init__(self, context, items: list, text: str):
        super().__init__(context, text)
        self.items = list(items)

    def do(self) -> Changes:
        book = self.context.shipping
        with book.repo.transaction():
            for item in self.items:
                book.delete_item(_find(book, item))
        return shipping_changes()

    def undo_(self) -> Changes:
        book = self.context.shipping
        with book.repo.transaction():
            for item in self.items:
                book.restore_item(item)
        return shipping_changes()
