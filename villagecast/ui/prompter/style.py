"""Prompter appearance and pace: font size, spacing, margins, reading line, mirror, colours, speeds.

These are the prompter's own settings (the text size here is deliberately in pixels: 24–200 px, chosen by
the anchor for the distance to the screen, independent of the window's UI scale). ``PrompterStyle`` is a
frozen value: change it with ``dataclasses.replace`` and hand it to ``PrompterView.set_style``.
``to_dict``/``from_dict`` give plain values for settings; ``from_dict`` clamps and ignores junk.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

FINDING = "#ff6ec7"  # findings marked in a rehearsal, on the dark schemes
FINDING_HIGH_CONTRAST = "#a3007a"  # the same on white (black_on_white, the high-contrast scheme)
FONT_MIN, FONT_MAX = 24, 200
FONT_STEPS = (24, 28, 32, 36, 40, 44, 48, 56, 64, 72, 80, 88, 96, 108, 120, 136, 152, 168, 184, 200)
SPEED_MIN, SPEED_MAX = 60, 600  # 字/分: Chinese characters per minute
SPEED_STEPS = tuple(range(60, 300, 20)) + tuple(range(300, 601, 30))
DEFAULT_SPEED = 240  # a calm live-commerce pace; news readers run ~250–300


@dataclass(frozen=True)
class Scheme:
    """Colours of one scheme (``#rrggbb``): script text, background, live values, headers, marker, panels, and
    ``finding``: wording the compliance scanner found, marked during rehearsals (text colour and underline)."""

    text: str
    background: str
    field: str
    header: str
    marker: str
    muted: str
    panel: str
    finding: str = FINDING


# Findings are magenta, a hue no other part of a scheme uses (fields are yellow or white, headers blue,
# the marker and SOLD OUT red); on black the light tint (about 8:1), on white the dark one (about 7:1).
SCHEMES = {
    "white_on_black": Scheme("#ffffff", "#000000", "#ffd23f", "#7cc4ff", "#ff4d4d", "#8a8a8a", "#1d1d1d"),
    "yellow_on_black": Scheme("#ffe14d", "#000000", "#ffffff", "#7cc4ff", "#ff4d4d", "#8a8a8a", "#1d1d1d"),
    "green_on_black": Scheme("#7dff8a", "#000000", "#ffffff", "#ffd23f", "#ff4d4d", "#7a8a7a", "#18201a"),
    "black_on_white": Scheme("#000000", "#ffffff", "#b45309", "#1d4ed8", "#dc2626", "#6b7280", "#e5e7eb",
                             FINDING_HIGH_CONTRAST),
}
SCHEME_NAMES = {
    "white_on_black": QT_TRANSLATE_NOOP("Prompter", "White on black"),
    "yellow_on_black": QT_TRANSLATE_NOOP("Prompter", "Yellow on black"),
    "green_on_black": QT_TRANSLATE_NOOP("Prompter", "Green on black"),
    "black_on_white": QT_TRANSLATE_NOOP("Prompter", "Black on white"),
}
DANGER = "#e11d2e"  # SOLD OUT, ended count-downs, far over time
WARNING = "#f59e0b"  # over the planned time
REHEARSAL = "#6d28d9"  # the REHEARSAL marker's background (white text)


def _clamp(value, low, high):
    return max(low, min(high, value))


@dataclass(frozen=True)
class PrompterStyle:
    """How the script looks. ``margin`` is each side's share of the width, ``reading_line`` the share of
    the height from the top where the reading band starts, ``line_spacing`` a multiple of the font's line
    height."""

    font_px: int = 72
    line_spacing: float = 1.3
    margin: float = 0.08
    reading_line: float = 0.38
    mirror_h: bool = False
    mirror_v: bool = False
    scheme: str = "white_on_black"
    headers: bool = True

    def clamped(self) -> PrompterStyle:
        return replace(
            self, font_px=int(_clamp(int(self.font_px), FONT_MIN, FONT_MAX)),
            line_spacing=float(_clamp(float(self.line_spacing), 1.0, 2.5)),
            margin=float(_clamp(float(self.margin), 0.02, 0.3)),
            reading_line=float(_clamp(float(self.reading_line), 0.1, 0.8)),
            mirror_h=bool(self.mirror_h), mirror_v=bool(self.mirror_v),
            scheme=self.scheme if self.scheme in SCHEMES else "white_on_black", headers=bool(self.headers))

    @property
    def colours(self) -> Scheme:
        return SCHEMES.get(self.scheme, SCHEMES["white_on_black"])

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> PrompterStyle:
        """A style from stored values; unknown keys and values of the wrong type fall back to defaults."""
        base = cls()
        values = {}
        for f in fields(cls):
            if isinstance(data, dict) and f.name in data:
                default = getattr(base, f.name)
                try:
                    raw = data[f.name]
                    if isinstance(default, bool):
                        values[f.name] = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
                    else:
                        values[f.name] = type(default)(raw)
                except (TypeError, ValueError):
                    pass
        return replace(base, **values).clamped()


def step(value: int, steps: tuple[int, ...], direction: int) -> int:
    """The next value of ``steps`` above (``direction`` > 0) or below ``value``; the end stays the end."""
    if direction > 0:
        return next((s for s in steps if s > value), steps[-1])
    return next((s for s in reversed(steps) if s < value), steps[0])
