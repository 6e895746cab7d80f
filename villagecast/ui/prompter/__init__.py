"""The teleprompter (issue 6): a script that scrolls by time at a speed in 字/分, follows the product.

Qt only, no database: the caller (the live session / operator window) builds a ``PrompterDocument`` of
``Segment``s with live ``Field``s, feeds ``OverlayData`` and saves ``PrompterView.position()`` when
``position_changed`` fires.

* ``document``: ``Segment``, ``Field``, ``PrompterDocument`` (``set_fields``, ``set_text``,
  ``set_sold_out``), ``runs_from_template`` ({价格} → a live field).
* ``view``: ``PrompterView`` — play/pause, speed, segment jumps, skip sold out, position round trip,
  mirror, blank, overlay; ``perform(action)`` for key actions.
* ``style``: ``PrompterStyle`` (font 24–200 px, spacing, margins, reading line, mirror, scheme), limits.
* ``overlay``: ``OverlayData`` (name, price, stock, flash-sale count-down, planned time, sold out).
* ``keys``: ``KeyMap`` (rebindable, {action: [key strings]}), ``keys_dialog.KeyMapDialog``.
* ``window``: ``PrompterWindow`` — full screen on a chosen screen, cursor hiding, Esc, unplugged screens.
* ``timing``/``layout``/``frame``/``glyphs``: how it stays smooth (see their docstrings).
"""

from .document import Field, PrompterDocument, Segment, runs_from_template
from .overlay import OverlayData
from .style import PrompterStyle
from .view import Position, PrompterView

__all__ = ["Field", "OverlayData", "Position", "PrompterDocument", "PrompterStyle", "PrompterView", "Segment",
           "runs_from_template"]
