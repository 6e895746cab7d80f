"""``PrompterView``: the scrolling script, its reading line, overlay and keys' actions. No database.

Use::

    view = PrompterView()                      # clock=time.monotonic; tests pass a fake clock
    view.set_document(PrompterDocument([Segment("open", "开场", "家人们好…", "opening"), …]))
    view.set_speed(240); view.play()           # 字/分 (Chinese characters per minute), 60–600
    view.next_segment(); view.skip_sold_out()
    pos = view.position(); view.set_position(*pos)   # (segment, character, fraction): the same line
    view.set_overlay(OverlayData(name="核桃", price_text="¥39.90", stock=12, …))
    view.perform("mirror_h")                   # any keys.ACTIONS name except "leave"
    view.set_marks(lambda index, text: [(0, 2, "block")])   # rehearsals: findings marked (None: off)

Signals: ``segment_changed(int)`` when another segment reaches the reading line; ``position_changed(int,
int, float)`` at most every ``POSITION_INTERVAL`` s while scrolling and at once after a jump, pause or
relayout (for crash-safe saving); ``finished()`` when the last line has passed; ``playing_changed(bool)``,
``speed_changed(int)``, ``style_changed()`` (font, mirror… changed by a key: save the settings),
``blank_changed(bool)``. Signals found while painting are emitted just after the paint.

Speed: the rate in px/s is speed / 60 × ``ScriptLayout.px_per_char`` (scroll length over characters), so
a script of N characters takes N / speed minutes whatever the font and width. Blank pauses the scroll
and resumes it when unblanked, so nothing scrolls away unseen.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

from .. import metrics
from .document import Change, PrompterDocument
from .frame import FramePainter
from .layout import ScriptLayout
from .overlay import OverlayData
from .style import (
    DEFAULT_SPEED,
    SPEED_MAX,
    SPEED_MIN,
    SPEED_STEPS,
    PrompterStyle,
    step,
)
from .timing import FramePacer, ScrollClock
from .view_options import ViewOptions

POSITION_INTERVAL = 0.5
class Position(NamedTuple):
    segment: int
    offset: int  # character of the segment's text where the line on the reading line starts
    fraction: float  # how far the script has moved past that line's top, in [0, 1)


class FrameInfo(NamedTuple):
    time: float
    offset: float  # ideal offset at ``time``
    top: int  # document row painted at the top of the frame


def prompter_font(px: int) -> QFont:
    font = QFont()
    font.setFamilies(list(metrics.CJK_FAMILIES))
    font.setPixelSize(int(px))
    return font


class PrompterView(ViewOptions, QWidget):
    """The teleprompter surface (see the module docstring); style, blank, overlay and actions come from
    ``ViewOptions``."""

    segment_changed = Signal(int)
    position_changed = Signal(int, int, float)
    finished = Signal()
    playing_changed = Signal(bool)
    speed_changed = Signal(int)
    style_changed = Signal()
    blank_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, clock=time.monotonic, wall_clock=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(QCoreApplication.translate("Prompter", "Teleprompter"))
        self._clock = clock
        self._wall = wall_clock or (lambda: datetime.now().astimezone())
        self._doc = PrompterDocument()
        self._style = PrompterStyle()
        self._speed = DEFAULT_SPEED
        self._scroll = ScrollClock(clock())
        self._layout: ScriptLayout | None = None
        self._layout_key = None
        self._marks = None
        self._pending: Position | None = None
        self._segment = -1
        self._overlay: OverlayData | None = None
        self._blank = self._resume_after_blank = False
        self.skip_key = "S"  # named on the SOLD OUT banner; the window sets it from its keymap
        self.painter = FramePainter()
        self.pacer = FramePacer(self)
        self.last_frame: FrameInfo | None = None
        self._queued: list = []
        self._pos_time = -1e18
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(1000)
        self._heartbeat.timeout.connect(self._tick)
        self._font_cache = (None, None)
        self._doc.add_listener(self._changed)

    # document and layout -----------------------------------------------------------------------------
    def document(self) -> PrompterDocument:
        return self._doc

    def set_document(self, document: PrompterDocument, position: tuple | None = None) -> None:
        """Show ``document`` at its start, or at ``position`` (segment, character, fraction)."""
        self._doc.remove_listener(self._changed)
        self._doc = document
        document.add_listener(self._changed)
        self._layout = None
        self._segment = -1
        self._pending = Position(*position) if position else Position(0, 0, 0.0)
        self._ensure_layout()
        self._jumped()

    def layout(self) -> ScriptLayout:
        self._ensure_layout()
        return self._layout

    def set_marks(self, marks) -> None:
        """Mark findings (rehearsals): ``marks(segment index, text)`` → [(start, end, severity)], asked once
        per segment each time it is laid out (``ScriptLayout``); None marks nothing. Stays on the same line."""
        if marks is self._marks:
            return
        self._marks = marks
        if self._layout is not None:
            self._layout_key = None  # lay out again at the next use, keeping the position
            self._ensure_layout()
            self.update()

    def _fonts(self) -> tuple[QFont, QFont, QFont, QFont]:
        """Script, header, overlay and status fonts; the overlay follows the script size, within the screen."""
        px = self._style.font_px
        overlay = max(16, min(round(px * 0.42), max(16, self.height() // 16)))
        header = max(16, min(round(px * 0.5), max(16, self.height() // 18)))
        key = (px, overlay, header)
        if self._font_cache[0] != key:
            self._font_cache = (key, (prompter_font(px), prompter_font(header),
                                      prompter_font(overlay), prompter_font(max(14, round(overlay * 0.75)))))
        return self._font_cache[1]

    def margin(self) -> int:
        return max(1, round(self._style.margin * self.width()))

    def _ensure_layout(self) -> None:
        s = self._style
        key = (self.width() - 2 * self.margin(), s.font_px, s.line_spacing, s.headers)
        if self._layout is not None and key == self._layout_key:
            return
        now = self._clock()
        keep = self._pending or (self.position() if self._layout is not None else Position(0, 0, 0.0))
        text, header, _overlay, _status = self._fonts()
        self._layout = ScriptLayout(self._doc, text, key[0], s.line_spacing, s.headers, header, self._marks)
        self._layout_key, self._pending = key, None
        self._scroll.low, self._scroll.high = self._layout.start, self._layout.end
        self._scroll.set_rate(now, self._rate())
        self._scroll.anchor(now, self._layout.offset_for(*keep))

    def _changed(self, change: Change) -> None:
        if self._layout is None:
            return
        if change.kind == "text":
            now = self._clock()
            pos = self.position()
            segment, offset, fraction = pos
            if segment == change.segment:
                if change.edits is None:
                    offset = min(offset, len(self._doc[segment].plain))
                else:
                    shift = 0
                    for start, old, new in change.edits:
                        if start < pos.offset:
                            shift += (new - old) if start + old <= pos.offset else start - pos.offset
                    offset += shift
            self._layout.relayout_segment(change.segment)
            self._scroll.low, self._scroll.high = self._layout.start, self._layout.end
            self._scroll.set_rate(now, self._rate())
            self._scroll.anchor(now, self._layout.offset_for(segment, offset, fraction))
        self.update()

    # time and position -------------------------------------------------------------------------------
    def _rate(self) -> float:
        return self._speed / 60.0 * (self._layout.px_per_char if self._layout else 0.0)

    def offset(self) -> float:
        """Document y at the reading line now."""
        self._ensure_layout()
        return self._scroll.at(self._clock())

    def pixels_per_second(self) -> float:
        self._ensure_layout()
        return self._rate()

    def position(self) -> Position:
        layout = self._layout if self._layout is not None else self.layout()
        return Position(*layout.position(self._scroll.at(self._clock())))

    def set_position(self, segment: int, offset: int = 0, fraction: float = 0.0) -> None:
        self._ensure_layout()
        self._scroll.anchor(self._clock(), self._layout.offset_for(segment, offset, fraction))
        self._jumped()

    def current_segment(self) -> int:
        return self.position().segment if len(self._doc) else -1

    def _jumped(self) -> None:
        self.sync()
        self._emit_position()
        self.update()

    def _emit_position(self) -> None:
        self._pos_time = self._clock()
        self.position_changed.emit(*self.position())

    def sync(self) -> None:
        """Bring the state up to now: finish at the end, note a new segment; emits what is due."""
        self._advance(self._clock())
        self._flush()

    def _advance(self, now: float) -> float:
        self._ensure_layout()
        layout, scroll = self._layout, self._scroll
        offset = scroll.at(now)
        if scroll.playing and layout.lines and offset >= layout.end:
            scroll.set_playing(now, False)
            self.pacer.stop()
            self._queued += [(self.playing_changed, (False,)), (self.finished, ())]
        if layout.lines:
            segment = layout.lines[layout.line_at(offset)].segment
            if segment != self._segment:
                self._segment = segment
                self._queued.append((self.segment_changed, (segment,)))
        if scroll.playing and now - self._pos_time >= POSITION_INTERVAL:
            self._pos_time = now
            self._queued.append((self.position_changed, tuple(layout.position(offset))))
        return offset

    def _flush(self) -> None:
        queued, self._queued = self._queued, []
        for signal, args in queued:
            signal.emit(*args)

    # playing and speed -------------------------------------------------------------------------------
    def is_playing(self) -> bool:
        return self._scroll.playing

    def play(self) -> None:
        self._ensure_layout()
        now = self._clock()
        if self._scroll.playing or not self._layout.lines or self._scroll.at(now) >= self._layout.end:
            return
        if self._blank:
            self.set_blank(False)
        self._scroll.set_playing(now, True)
        self.playing_changed.emit(True)
        self.update()

    def pause(self) -> None:
        if not self._scroll.playing:
            return
        self._scroll.set_playing(self._clock(), False)
        self.pacer.stop()
        self.playing_changed.emit(False)
        self._emit_position()
        self.update()

    def toggle(self) -> None:
        self.pause() if self._scroll.playing else self.play()

    @property
    def speed(self) -> int:
        return self._speed

    def set_speed(self, speed: int) -> None:
        speed = max(SPEED_MIN, min(SPEED_MAX, int(speed)))
        if speed == self._speed:
            return
        self._ensure_layout()
        self._speed = speed
        self._scroll.set_rate(self._clock(), self._rate())
        self.speed_changed.emit(speed)
        self.update()

    def faster(self) -> None:
        self.set_speed(step(self._speed, SPEED_STEPS, +1))

    def slower(self) -> None:
        self.set_speed(step(self._speed, SPEED_STEPS, -1))

    # painting ----------------------------------------------------------------------------------------
    def _paint(self, painter: QPainter, width: int, height: int, dpr: float) -> None:
        now = self._clock()
        offset = self._advance(now)
        top = self.painter.paint(painter, self._frame(offset, now, width, height, dpr))
        self.last_frame = FrameInfo(now, offset, top)
        if self._scroll.playing:
            self.pacer.frame_done(self._scroll.until_next_row(now))
        if self._queued:
            QTimer.singleShot(0, self._flush)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self._paint(painter, self.width(), self.height(), self.devicePixelRatioF())
        painter.end()

    def render_to(self, image: QImage) -> FrameInfo:
        """Paint the frame for now into ``image`` (its size must be the view's) — the same path as on screen."""
        painter = QPainter(image)
        self._paint(painter, self.width(), self.height(), image.devicePixelRatio())
        painter.end()
        return self.last_frame

    def _tick(self) -> None:
        self.sync()
        if not self._scroll.playing and (self._overlay is not None):
            self.update()

    def showEvent(self, event) -> None:
        self._heartbeat.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._heartbeat.stop()
        self.pacer.stop()
        super().hideEvent(event)
