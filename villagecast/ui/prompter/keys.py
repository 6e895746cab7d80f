"""Rebindable prompter keys: {action: [key strings]}, one action per key.

Key strings are ``QKeySequence`` portable text of one key with its modifiers ("Space", "PgDown",
"Shift+B", "+"). Presentation clickers and foot pedals send PgUp/PgDown, Left/Right (some also "." or
B for blank), so those are bound by default. ``KeyMap.from_dict`` accepts stored data leniently (unknown
actions, unreadable keys and keys already taken are dropped); ``to_dict`` gives the plain mapping to
store (the lead keeps it as JSON in the ``prompter/keys`` setting).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

ACTIONS = ("toggle", "faster", "slower", "next", "previous", "skip_sold_out", "blank", "mirror_h", "mirror_v",
           "font_larger", "font_smaller", "leave")
ACTION_NAMES = {
    "toggle": QT_TRANSLATE_NOOP("Prompter", "Pause / resume"),
    "faster": QT_TRANSLATE_NOOP("Prompter", "Faster"),
    "slower": QT_TRANSLATE_NOOP("Prompter", "Slower"),
    "next": QT_TRANSLATE_NOOP("Prompter", "Next segment"),
    "previous": QT_TRANSLATE_NOOP("Prompter", "Previous segment"),
    "skip_sold_out": QT_TRANSLATE_NOOP("Prompter", "Skip a sold-out product"),
    "blank": QT_TRANSLATE_NOOP("Prompter", "Blank the screen"),
    "mirror_h": QT_TRANSLATE_NOOP("Prompter", "Mirror left-right"),
    "mirror_v": QT_TRANSLATE_NOOP("Prompter", "Mirror top-bottom"),
    "font_larger": QT_TRANSLATE_NOOP("Prompter", "Larger text"),
    "font_smaller": QT_TRANSLATE_NOOP("Prompter", "Smaller text"),
    "leave": QT_TRANSLATE_NOOP("Prompter", "Leave full screen"),
}
DEFAULT_KEYS = {
    "toggle": ("Space",), "faster": ("Up",), "slower": ("Down",), "next": ("PgDown", "Right"),
    "previous": ("PgUp", "Left"), "skip_sold_out": ("S",), "blank": ("B", "."), "mirror_h": ("H",),
    "mirror_v": ("V",), "font_larger": ("+", "="), "font_smaller": ("-",), "leave": ("Esc",),
}
_FORMAT = QKeySequence.SequenceFormat.PortableText
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_unknown}


class KeyConflict(ValueError):
    """The key is bound to another action (``owner``)."""

    def __init__(self, key: str, owner: str):
        super().__init__(f"{key} is already used for {owner}")
        self.key, self.owner = key, owner


def normalise(key: str) -> str:
    """One key in portable text, or "" if ``key`` is not exactly one key."""
    sequence = QKeySequence(str(key), _FORMAT)
    if sequence.count() != 1 or sequence[0].key() in _MODIFIER_KEYS:
        return ""
    return sequence.toString(_FORMAT)


def event_keys(event: QKeyEvent) -> list[str]:
    """Key strings an event may match, best first: as pressed, then without Shift (so "+" typed as
    Shift+= matches "+"); the keypad flag is dropped (pedals often send keypad keys)."""
    key = Qt.Key(event.key())
    if key in _MODIFIER_KEYS:
        return []
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    out = [QKeySequence(QKeyCombination(mods, key)).toString(_FORMAT)]
    if mods & Qt.KeyboardModifier.ShiftModifier:
        out.append(QKeySequence(QKeyCombination(mods & ~Qt.KeyboardModifier.ShiftModifier, key)).toString(_FORMAT))
    return [k for k in out if k]


class KeyMap:
    """Keys per action; a key belongs to at most one action."""

    def __init__(self, mapping: dict | None = None):
        self._keys: dict[str, list[str]] = {a: [] for a in ACTIONS}
        source = DEFAULT_KEYS if mapping is None else mapping
        for action in ACTIONS:
            for key in source.get(action, ()):
                key = normalise(key)
                if key and self.owner(key) is None:
                    self._keys[action].append(key)

    @classmethod
    def from_dict(cls, data) -> KeyMap:
        """From stored data; actions missing from it get their default keys when those are free."""
        if not isinstance(data, dict):
            return cls()
        clean = {a: [k for k in data[a] if isinstance(k, str)] for a in ACTIONS
                 if isinstance(data.get(a), (list, tuple))}
        keymap = cls(clean)
        for action in ACTIONS:
            if action not in clean:
                for key in DEFAULT_KEYS[action]:
                    if keymap.owner(key) is None:
                        keymap._keys[action].append(normalise(key))
        return keymap

    def to_dict(self) -> dict[str, list[str]]:
        return {a: list(keys) for a, keys in self._keys.items()}

    def copy(self) -> KeyMap:
        return KeyMap(self.to_dict())

    def is_default(self) -> bool:
        return self.to_dict() == KeyMap().to_dict()

    def keys(self, action: str) -> list[str]:
        return list(self._keys[action])

    def owner(self, key: str) -> str | None:
        key = normalise(key)
        return next((a for a, keys in self._keys.items() if key in keys), None)

    def action_for(self, key: str) -> str | None:
        return self.owner(key)

    def action_for_event(self, event: QKeyEvent) -> str | None:
        for key in event_keys(event):
            action = self.owner(key)
            if action is not None:
                return action
        return None

    def assign(self, action: str, key: str) -> str:
        """Bind ``key`` to ``action`` (returns the normalised key); ``KeyConflict`` if another action has it."""
        if action not in self._keys:
            raise KeyError(action)
        key = normalise(key)
        if not key:
            raise ValueError("not a single key")
        owner = self.owner(key)
        if owner is not None and owner != action:
            raise KeyConflict(key, owner)
        if owner is None:
            self._keys[action].append(key)
        return key

    def remove(self, action: str, key: str) -> None:
        key = normalise(key)
        if key in self._keys[action]:
            self._keys[action].remove(key)

    def clear(self, action: str) -> None:
        self._keys[action] = []

    def display(self, action: str) -> str:
        """The action's keys as the user's keyboard names them."""
        return ", ".join(QKeySequence(k, _FORMAT).toString(QKeySequence.SequenceFormat.NativeText)
                         for k in self._keys[action])
