"""``PrompterView``'s navigation, style, blank, overlay and key actions (a mixin, to keep view.py short)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .frame import Frame
from .overlay import OverlayData, banner_text, overlay_items
from .style import DANGER, FONT_STEPS, PrompterStyle, step

KIND_NAMES = {"opening": QT_TRANSLATE_NOOP("Prompter", "Opening"), "product": QT_TRANSLATE_NOOP("Prompter", "Product"),
              "closing": QT_TRANSLATE_NOOP("Prompter", "Closing"),
              "refeature": QT_TRANSLATE_NOOP("Prompter", "Re-feature")}


class ViewOptions:
    """Mixed into ``PrompterView``; uses its ``_style``, ``_scroll``, ``_overlay``, ``_blank``."""

    # navigation --------------------------------------------------------------------------------------
    def go_to_segment(self, index: int) -> bool:
        if not 0 <= index < len(self._doc):
            return False
        self.set_position(index, 0, 0.0)
        return True

    def next_segment(self) -> bool:
        return self.go_to_segment(self.current_segment() + 1)

    def previous_segment(self) -> bool:
        return self.go_to_segment(max(0, self.current_segment() - 1))

    def is_sold_out(self, index: int) -> bool:
        if not 0 <= index < len(self._doc):
            return False
        current = self._overlay is not None and self._overlay.sold_out and index == self._segment
        return self._doc[index].sold_out or current

    def skip_sold_out(self) -> bool:
        """From a sold-out segment to the next one that is not; False when not on one or none is left."""
        current = self.current_segment()
        if not self.is_sold_out(current):
            return False
        for index in range(current + 1, len(self._doc)):
            if not self._doc[index].sold_out:
                return self.go_to_segment(index)
        return False

    def style(self) -> PrompterStyle:
        return self._style

    def set_style(self, style: PrompterStyle) -> None:
        """Apply a style; a new font, spacing or margin lays the script out again on the same line."""
        style = style.clamped()
        if style == self._style:
            return
        self._style = style
        self._ensure_layout()
        self._jumped()
        self.style_changed.emit()

    def set_font_px(self, px: int) -> None:
        self.set_style(replace(self._style, font_px=px))

    def font_larger(self) -> None:
        self.set_font_px(step(self._style.font_px, FONT_STEPS, +1))

    def font_smaller(self) -> None:
        self.set_font_px(step(self._style.font_px, FONT_STEPS, -1))

    def set_mirror(self, horizontal: bool, vertical: bool) -> None:
        self.set_style(replace(self._style, mirror_h=horizontal, mirror_v=vertical))

    def toggle_mirror_h(self) -> None:
        self.set_mirror(not self._style.mirror_h, self._style.mirror_v)

    def toggle_mirror_v(self) -> None:
        self.set_mirror(self._style.mirror_h, not self._style.mirror_v)

    # blank -------------------------------------------------------------------------------------------
    def blank(self) -> bool:
        return self._blank

    def set_blank(self, blank: bool) -> None:
        """Black screen; the scroll pauses while blank and goes on afterwards if it was running."""
        blank = bool(blank)
        if blank == self._blank:
            return
        if blank:
            self._resume_after_blank = self._scroll.playing
            self.pause()
            self._blank = True
        else:
            self._blank = False
            if self._resume_after_blank:
                self._resume_after_blank = False
                self.play()
        self.blank_changed.emit(blank)
        self.update()

    def toggle_blank(self) -> None:
        self.set_blank(not self._blank)

    # overlay -----------------------------------------------------------------------------------------
    def overlay(self) -> OverlayData | None:
        return self._overlay

    def set_overlay(self, data: OverlayData | None) -> None:
        """Show (or with None hide) the product overlay; call again whenever a fact changes."""
        self._overlay = data
        self.update()

    def overlay_texts(self) -> list[tuple[str, str]]:
        """(role, text) of the overlay as it would be painted now: sold_out, name, price, stock,
        countdown, clock, elapsed."""
        if self._overlay is None:
            return []
        items = overlay_items(self._overlay, self._style.colours, self._clock(), self._wall())
        return [(role, text) for role, text, _colour, _background in items]

    # actions -----------------------------------------------------------------------------------------
    def perform(self, action: str) -> bool:
        """Run a ``keys.ACTIONS`` action; False for one the view does not handle ("leave")."""
        handler = {
            "toggle": self.toggle, "faster": self.faster, "slower": self.slower,
            "next": self.next_segment, "previous": self.previous_segment, "blank": self.toggle_blank,
            "skip_sold_out": self.skip_sold_out, "mirror_h": self.toggle_mirror_h,
            "mirror_v": self.toggle_mirror_v, "font_larger": self.font_larger, "font_smaller": self.font_smaller,
        }.get(action)
        if handler is None:
            return False
        handler()
        return True

    # what a frame shows ----------------------------------------------------------------------------
    def _frame(self, offset: float, now: float, width: int, height: int, dpr: float) -> Frame:
        style, doc = self._style, self._doc
        _text, header, overlay, status = self._fonts()
        headers, sold = [], []
        for i, segment in enumerate(doc.segments):
            kind = QCoreApplication.translate("Prompter", KIND_NAMES[segment.kind])
            pieces = [(f"{i + 1}  {kind} · {segment.title}", style.colours.header)]
            sold.append(self.is_sold_out(i))
            if sold[-1]:
                pieces.append(("   " + QCoreApplication.translate("Prompter", "SOLD OUT"), DANGER))
            headers.append(pieces)
        items = []
        if self._overlay is not None:
            items = overlay_items(self._overlay, style.colours, now, self._wall())
        speed = QCoreApplication.translate("Prompter", "%1 chars/min").replace("%1", str(self._speed))
        right = ("▶ " + speed) if self._scroll.playing else QCoreApplication.translate("Prompter", "Paused · %1").replace("%1", speed)
        left = f"{self._segment + 1} / {len(doc)}" if len(doc) else ""
        banner = banner_text(self.skip_key) if self.is_sold_out(self._segment) else ""
        return Frame(width, height, dpr, style, self._layout, offset, round(style.reading_line * height),
                     self.margin(), self._blank, headers, sold, [tuple(i) for i in items], (left, right), banner,
                     header, overlay, status)
