"""Undoable writes of the compliance window: scripts (add, edit, delete) and checklist ticks.

Each returns ``Changes(aspects={"scripts"})`` or ``{"sessions"}``. Script commands hold a ``ScriptRef``
(``hub.py``): a restored script gets a new id and every command naming it follows. After an undo or
redo the hub asks the window to show what changed.
"""

from __future__ import annotations

from dataclasses import replace

from ...core.broadcast.sessions import Script, Tick
from ...core.catalogue import Changes
from ..commands import CatalogueCommand
from .hub import Hub, ScriptRef, scripts_changed, sessions_changed


class _Command(CatalogueCommand):
    def __init__(self, hub: Hub, text: str):
        super().__init__(hub.context, text)
        self.hub = hub

    @property
    def book(self):
        return self.hub.book

    def _run(self, step, sku) -> None:
        super()._run(step, sku)
        if not self.isObsolete():
            self.shown()

    def shown(self) -> None:
        """Ask the window to show what an undo or redo touched."""


class _ScriptCommand(_Command):
    def __init__(self, hub: Hub, ref: ScriptRef, text: str):
        super().__init__(hub, text)
        self.ref = ref

    def shown(self) -> None:
        self.hub.show_script.emit(self.ref)


class AddScript(_ScriptCommand):
    """Store a new script; undo deletes it, redo puts the same script back."""

    def __init__(self, hub: Hub, script: Script, text: str):
        super().__init__(hub, ScriptRef(None), text)
        self.script = replace(script, id=None)
        self.removed: Script | None = None

    def do(self) -> Changes:
        stored = self.book.save_script(self.script) if self.removed is None else self.book.restore_script(self.removed)
        self.hub.rebind(self.ref, stored.id)
        return scripts_changed()

    def undo_(self) -> Changes:
        self.removed = self.book.delete_script(self.ref.id)
        self.hub.forget(self.ref)
        return scripts_changed()


class SaveScript(_ScriptCommand):
    """Replace a script's title and text; undo puts the previous ones back."""

    def __init__(self, hub: Hub, ref: ScriptRef, before: Script, after: Script, text: str):
        super().__init__(hub, ref, text)
        self.before, self.after = before, after
        self.stored: Script | None = None

    def _put(self, script: Script) -> Changes:
        self.stored = self.book.save_script(replace(script, id=self.ref.id))
        self.hub.rebind(self.ref, self.stored.id)
        return scripts_changed()

    def do(self) -> Changes:
        return self._put(self.after)

    def undo_(self) -> Changes:
        return self._put(self.before)


class DeleteScript(_ScriptCommand):
    """Delete a script; undo puts it back as it was."""

    def __init__(self, hub: Hub, ref: ScriptRef, text: str):
        super().__init__(hub, ref, text)
        self.removed: Script | None = None

    def do(self) -> Changes:
        self.removed = self.book.delete_script(self.ref.id)
        self.hub.forget(self.ref)
        return scripts_changed()

    def undo_(self) -> Changes:
        back = self.book.restore_script(self.removed)
        self.hub.rebind(self.ref, back.id)
        return scripts_changed()


class _TickCommand(_Command):
    def __init__(self, hub: Hub, session_id: int, item_id: str, text: str):
        super().__init__(hub, text)
        self.session_id, self.item_id = session_id, item_id
        self.tick: Tick | None = None

    def shown(self) -> None:
        self.hub.show_session.emit(self.session_id)


class TickItem(_TickCommand):
    """Tick a checklist item now; undo removes the tick, redo puts it back with its first time."""

    def do(self) -> Changes:
        if self.tick is None:
            self.tick = self.book.tick(self.session_id, self.item_id)
        else:
            self.tick = self.book.restore_tick(self.session_id, self.tick)
        return sessions_changed()

    def undo_(self) -> Changes:
        if self.tick is not None:
            self.book.untick(self.session_id, self.item_id)
        return sessions_changed()


class UntickItem(_TickCommand):
    """Remove a tick; undo puts it back with its time."""

    def do(self) -> Changes:
        self.tick = self.book.untick(self.session_id, self.item_id)
        return sessions_changed()

    def undo_(self) -> Changes:
        if self.tick is not None:
            self.tick = self.book.restore_tick(self.session_id, self.tick)
        return sessions_changed()
