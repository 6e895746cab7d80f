"""Scroll position as a function of time, and frame requests paced by the display.

``ScrollClock``: offset(t) = offset(t0) + rate × (t − t0) while playing, where (t0, offset(t0)) is the
anchor, re-set on every speed change, pause, play and jump. Nothing accumulates per frame, so the
position never drifts and a late or dropped frame only shows the right place a little later.

``FramePacer`` asks for the next frame after each paint through ``QWindow.requestUpdate()``, which Qt
delivers in step with the display where the platform can (Wayland frame callbacks, macOS display link)
and otherwise after a short idle delay (~5 ms). It never asks more often than the screen's refresh
rate, and when the scroll is slow it waits until just before the painted row changes (at 15 px/s most
60 Hz frames would repaint the same image): a wake-up timer, never a pixel step — what is painted is
always ``ScrollClock.at(now)``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

IDLE_DELAY = 0.005  # Qt's delay before an update request where the platform does not pace them


class ScrollClock:
    """Offset (document px at the reading line) from time, kept between ``low`` and ``high``."""

    def __init__(self, t: float):
        self.t0, self.o0, self.rate, self.playing = t, 0.0, 0.0, False
        self.low, self.high = 0.0, 0.0

    def at(self, t: float) -> float:
        offset = self.o0 + (self.rate * (t - self.t0) if self.playing else 0.0)
        return min(max(offset, self.low), self.high)

    def anchor(self, t: float, offset: float | None = None) -> None:
        """Re-anchor at ``t``, on the current offset or on ``offset`` (a jump)."""
        offset = self.at(t) if offset is None else min(max(offset, self.low), self.high)
        self.t0, self.o0 = t, offset

    def set_rate(self, t: float, rate: float) -> None:
        self.anchor(t)
        self.rate = rate

    def set_playing(self, t: float, playing: bool) -> None:
        self.anchor(t)
        self.playing = playing

    def until_next_row(self, t: float) -> float:
        """Seconds until ``round(offset)`` changes (infinite when not moving)."""
        if not self.playing or self.rate <= 0:
            return math.inf
        offset = self.at(t)
        return (math.floor(offset + 0.5) + 0.5 - offset) / self.rate


class FramePacer(QObject):
    """Requests the next frame of ``widget`` after each paint (see the module docstring)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._widget = widget
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.request)
        self.requests = 0  # frames asked for (tests)

    def interval(self) -> float:
        screen = self._widget.screen()
        rate = screen.refreshRate() if screen is not None else 60.0
        return 1.0 / min(max(rate or 60.0, 24.0), 240.0)

    def frame_done(self, until_change: float) -> None:
        """Call at the end of a paint while scrolling; ``until_change`` from ``ScrollClock.until_next_row``.

        The next request goes out when the painted row is about to change, and no sooner than
        ``interval - IDLE_DELAY`` after this frame (where requests are display-paced, asking early
        only waits for the next vertical blank; elsewhere Qt adds its own idle delay of ~5 ms)."""
        wait = max(until_change - IDLE_DELAY, self.interval() - IDLE_DELAY - 0.001)
        if not math.isfinite(wait):
            return
        if wait <= 0.001:
            self.request()
        else:
            self._timer.start(int(wait * 1000))

    def stop(self) -> None:
        self._timer.stop()

    def request(self) -> None:
        self.requests += 1
        window = self._widget.window()
        handle = window.windowHandle() if window.isVisible() else None
        if handle is not None and (window is self._widget or window.property("prompterPaced")):
            handle.requestUpdate()  # the QWidgetWindow repaints its widgets on the update request
        else:
            self._widget.update()
