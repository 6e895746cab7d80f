"""Finding a font that really draws Chinese (cards, the PDF catalogue, ``doctor``).

Looked for in this order: ``VILLAGECAST_CJK_FONT``, fonts bundled in ``assets/fonts/``, the usual
places on Linux (WenQuanYi, Noto/Source Han, Droid), Windows (Microsoft YaHei, SimHei, SimSun) and
macOS (PingFang, Hiragino, STHeiti), then ``fc-match`` where fontconfig is installed. A candidate
counts only if it draws 中 and 文 as two different, non-empty glyphs (a font without them draws the
same .notdef box for both: tofu).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from ... import paths
from .errors import ExchangeError

ENV_FONT = "VILLAGECAST_CJK_FONT"
_SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/adobe-source-han-sans/SourceHanSansCN-Regular.otf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
_PROBE = ("中", "文")


def glyph(font, text: str, size: int = 64):
    """``text`` drawn white on black with a Pillow font: a picture to compare glyphs by."""
    from PIL import Image, ImageDraw

    im = Image.new("L", (size * len(text), size), 0)
    ImageDraw.Draw(im).text((size // 8, 0), text, font=font, fill=255)
    return im


def draws_chinese(path: Path) -> bool:
    """Whether the font at ``path`` draws 中 and 文 as distinct, non-empty glyphs."""
    from PIL import ImageFont

    try:
        font = ImageFont.truetype(str(path), 48)
        pictures = [glyph(font, ch) for ch in _PROBE]
    except (OSError, ValueError):
        return False
    return all(p.getbbox() for p in pictures) and pictures[0].tobytes() != pictures[1].tobytes()


def _fc_match() -> list[str]:
    if not shutil.which("fc-match"):
        return []
    try:
        done = subprocess.run(["fc-match", "-f", "%{file}\n", ":lang=zh-cn"], capture_output=True, text=True,
                              timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return [line for line in done.stdout.splitlines() if line.strip()]


def candidates() -> list[Path]:
    """Every place looked at, in order (existing or not)."""
    found = []
    if os.environ.get(ENV_FONT):
        found.append(Path(os.environ[ENV_FONT]).expanduser())
    bundled = paths.assets_dir() / "fonts"
    if bundled.is_dir():
        found += sorted(p for p in bundled.iterdir() if p.suffix.lower() in (".ttf", ".otf", ".ttc"))
    found += [Path(p) for p in _SYSTEM_FONTS]
    windir = os.environ.get("WINDIR")
    if windir:
        found += [Path(windir) / "Fonts" / name for name in ("msyh.ttc", "simhei.ttf", "simsun.ttc")]
    found += [Path(p) for p in _fc_match()]
    return found


@lru_cache(maxsize=1)
def _cached() -> Path | None:
    for path in candidates():
        if path.is_file() and draws_chinese(path):
            return path
    return None


def find_cjk_font(refresh: bool = False) -> Path | None:
    """The first candidate that draws Chinese, or None."""
    if refresh:
        _cached.cache_clear()
    return _cached()


def cjk_font() -> Path:
    """Like ``find_cjk_font`` but raises ``ExchangeError("no_cjk_font")`` when there is none."""
    path = find_cjk_font()
    if path is None:
        raise ExchangeError("no_cjk_font")
    return path


def doctor_check() -> dict:
    """For ``villagecast doctor``: {"name": "card_font", "ok", "path" (or None), "code" (None or "no_cjk_font")}."""
    path = find_cjk_font(refresh=True)
    return {"name": "card_font", "ok": path is not None, "path": str(path) if path else None,
            "code": None if path else "no_cjk_font"}
