"""What the compliance window's parts share: the broadcast book, the active rule pack, script ids, product facts.

Script ids change when an undo puts a deleted script back, so views and commands hold a ``ScriptRef``
(one per script, kept here) whose ``id`` follows the stored row.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from ... import paths
from ...core.broadcast.sessions import Broadcasts
from ...core.catalogue import Changes
from ...core.compliance import (
    PackError,
    ProductContext,
    RulePack,
    check_script,
    default_pack,
)
from ...core.compliance.pack import Term
from ...core.errors import NotFound, VillageCastError
from ...storage.broadcast_repo import BroadcastRepository
from ...storage.rule_packs import active_pack, user_pack_path

SCRIPTS = "scripts"
SESSIONS = "sessions"


def scripts_changed() -> Changes:
    return Changes(aspects={SCRIPTS})


def sessions_changed() -> Changes:
    return Changes(aspects={SESSIONS})


class ScriptRef:
    """A script as the window knows it; ``id`` is its current stored id."""

    __slots__ = ("id",)

    def __init__(self, script_id: int | None):
        self.id = script_id

    def __repr__(self) -> str:
        return f"ScriptRef({self.id})"


class Hub(QObject):
    """Services for one compliance window over ``context`` (an ``ui.context.AppContext``).

    ``pack_changed`` after the active pack was reloaded; ``show_script`` / ``show_session`` after an undo
    or redo touched one (the window brings it into view).
    """

    pack_changed = Signal()
    show_script = Signal(object)  # ScriptRef
    show_session = Signal(int)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.book = Broadcasts(BroadcastRepository(context.db))
        self._refs: dict[int, ScriptRef] = {}
        self.pack: RulePack = default_pack()
        self.imported = False  # True: the user's imported pack is active
        self.pack_error: PackError | None = None  # the user's pack file was refused; the shipped one is used
        self._terms: dict[str, Term] = {}
        self.load_pack(notify=False)

    # --- script ids ---------------------------------------------------------------------------
    def ref(self, script_id: int) -> ScriptRef:
        """The one ref of the script stored as ``script_id``."""
        ref = self._refs.get(script_id)
        if ref is None:
            ref = self._refs[script_id] = ScriptRef(script_id)
        return ref

    def rebind(self, ref: ScriptRef, script_id: int | None) -> None:
        """``ref`` now names the row ``script_id`` (after a restore gave the script a new id)."""
        if ref.id is not None and self._refs.get(ref.id) is ref:
            del self._refs[ref.id]
        ref.id = script_id
        if script_id is not None:
            self._refs[script_id] = ref

    def forget(self, ref: ScriptRef) -> None:
        """``ref``'s row was deleted: its id may be given to another script now (``ref.id`` stays for undo)."""
        if ref.id is not None and self._refs.get(ref.id) is ref:
            del self._refs[ref.id]

    # --- the rule pack ------------------------------------------------------------------------
    def load_pack(self, notify: bool = True) -> None:
        """Read the active pack (the user's, else the shipped one); a refused user pack falls back."""
        self.pack_error = None
        try:
            self.pack = active_pack(paths.data_dir())
            self.imported = user_pack_path(paths.data_dir()).is_file()
        except PackError as exc:
            self.pack, self.imported, self.pack_error = default_pack(), False, exc
        except VillageCastError as exc:  # unreadable user pack file
            self.pack, self.imported, self.pack_error = default_pack(), False, exc
        self._terms = {t.term: t for t in self.pack.terms}
        if notify:
            self.pack_changed.emit()

    def term(self, text: str) -> Term | None:
        return self._terms.get(text)

    # --- products and checks ------------------------------------------------------------------
    def product_context(self, sku: str | None, today: date | None = None) -> ProductContext | None:
        """The facts product-aware checks need for ``sku``; None for a free script or a vanished product."""
        if sku is None:
            return None
        today = today or date.today()
        cat = self.context.catalogue
        try:
            product = cat.get(sku)
        except NotFound:
            return None
        return ProductContext(product, cat.on_hand(sku), cat.reference_price(sku, today), today)

    def check(self, text: str, product: ProductContext | None, day: date | None = None):
        """``check_script`` with the active pack."""
        return check_script(text, product, self.pack, day or (product.today if product else date.today()))
