"""The shipping book: rate cards, packaging presets and fee profiles kept in the catalogue file.

Every write validates first and runs in one transaction; what it returns is enough to undo it.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import Issue, NotFound, ValidationError
from .margin import FeeProfile, PackagingPreset, validate_preset, validate_profile
from .model import RateCard, validate_card

TABLES = {PackagingPreset: "packaging_presets", FeeProfile: "fee_profiles"}


class ShippingBook:
    def __init__(self, repo):
        self.repo = repo  # storage.shipping_repo.ShippingRepository

    # --- rate cards --------------------------------------------------------------------------
    def cards(self) -> list[RateCard]:
        return self.repo.load_cards()

    def card(self, card_id: int) -> RateCard:
        found = next((c for c in self.cards() if c.id == card_id), None)
        if found is None:
            raise NotFound("rate_card_not_found", id=card_id)
        return found

    def save_cards(self, cards: list[RateCard]) -> tuple[list[RateCard], list[RateCard]]:
        """Store ``cards`` (all or none). A card replaces the stored one with its id or its key
        (carrier, service, origin, start date). Returns (stored cards with ids, cards replaced)."""
        issues = [Issue(f"cards[{i}].{issue.field}", issue.code, issue.params)
                  for i, card in enumerate(cards) for issue in validate_card(card)]
        keys = [c.key for c in cards]
        issues += [Issue(f"cards[{i}]", "duplicate_card", {"carrier": c.carrier, "service": c.service})
                   for i, c in enumerate(cards) if keys.index(c.key) != i]
        if issues:
            raise ValidationError(issues)
        stored = {c.id: c for c in self.cards()}
        saved, replaced = [], []
        with self.repo.transaction():
            for card in cards:
                for old_id in {card.id, self.repo.card_id(card.key)} - {None}:
                    if old_id in stored:
                        replaced.append(stored.pop(old_id))
                        self.repo.delete_card(old_id)
                new = card.copy()
                new.id = self.repo.insert_card(new)
                saved.append(new)
        return saved, replaced

    def delete_cards(self, card_ids: list[int]) -> list[RateCard]:
        """Remove cards; returns them as they were (``save_cards`` puts them back)."""
        removed = [self.card(i) for i in card_ids]
        with self.repo.transaction():
            for card in removed:
                self.repo.delete_card(card.id)
        return removed

    def swap(self, remove_ids: list[int], restore: list[RateCard]) -> list[RateCard]:
        """Undo of save_cards: remove what was stored and put the replaced cards back, in one transaction."""
        with self.repo.transaction():
            for card_id in remove_ids:
                self.repo.delete_card(card_id)
            back = []
            for card in restore:
                new = card.copy()
                new.id = self.repo.insert_card(new)
                back.append(new)
        return back

    # --- packaging presets and fee profiles -------------------------------------------------------
    def presets(self) -> list[PackagingPreset]:
        return self.repo.presets()

    def profiles(self) -> list[FeeProfile]:
        return self.repo.profiles()

    def save_item(self, item: PackagingPreset | FeeProfile):
        """Add (no id) or update a preset or profile; returns it with its id."""
        table = TABLES[type(item)]
        issues = validate_preset(item) if isinstance(item, PackagingPreset) else validate_profile(item)
        if not issues and self.repo.name_taken(table, item.name, item.id):
            issues.append(Issue("name", "duplicate", {"value": item.name}))
        if issues:
            raise ValidationError(issues)
        with self.repo.transaction():
            new_id = self.repo.save_preset(item) if table == "packaging_presets" else self.repo.save_profile(item)
        return replace(item, id=new_id)

    def delete_item(self, item: PackagingPreset | FeeProfile) -> None:
        with self.repo.transaction():
            self.repo.delete(TABLES[type(item)], item.id)

    def restore_item(self, item: PackagingPreset | FeeProfile):
        """Put a deleted preset or profile back (under a new id)."""
        return self.save_item(replace(item, id=None))

    def preset(self, name: str) -> PackagingPreset:
        found = next((p for p in self.presets() if p.name == name), None)
        if found is None:
            raise NotFound("preset_not_found", name=name)
        return found

    def profile(self, name: str) -> FeeProfile:
        found = next((p for p in self.profiles() if p.name == name), None)
        if found is None:
            raise NotFound("profile_not_found", name=name)
        return found
