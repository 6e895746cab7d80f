"""Product cards: PNG pictures to post or print, 1080×1350 (4:5) and 1080×1920 (9:16).

A card shows the cover photo (the product's first photo, or a tidy placeholder), the name, the
live price, the origin, one talking point (the first one supported by valid evidence today),
marks for the kinds of certificate valid today, and the QR code of the first shop link (a card
without a shop link has no QR code, and says so in its notes). Text is drawn with a font that
really draws Chinese (``fonts``); the words around the facts come from the caller (``CardLabels``).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from .. import photos
from ..errors import FileError, PhotoError
from ..money import format_fen
from ..product import CERTIFICATE_KINDS, Product
from ..atomic import atomic_output
from .bundle_export import select_products
from .fonts import cjk_font
from .qr import qr_image

CARD_SIZES = ((1080, 1350), (1080, 1920))
MARGIN = 60
PAPER, INK, MUTED, RED, GREEN, SOFT = "#FBF8F2", "#222222", "#666666", "#C8302B", "#2E7D32", "#EEF4E8"
_NO_LINE_START = set("，。、；：？！）》」』】,.;:?!)…")


@dataclass(frozen=True)
class CardLabels:
    """The words on a card around the product's own facts (the caller translates them)."""

    live_price: str  # "直播价"
    origin: str  # "产地：{origin}"
    scan: str  # "{platform}扫码购买"
    no_photo: str  # "暂无照片"
    certificates: dict = field(default_factory=dict)  # kind -> mark text
    platforms: dict = field(default_factory=dict)  # platform -> name


@dataclass(frozen=True)
class CardFile:
    """One card written: SKU, size, where, and notes (codes: no_shop_link, no_photo, photo_unreadable, no_price)."""

    sku: str
    size: tuple[int, int]
    path: Path
    notes: tuple[str, ...]


@lru_cache(maxsize=32)
def _font(path: str, size: int):
    return ImageFont.truetype(path, size)


def wrap(text: str, font, width: int, max_lines: int) -> list[str]:
    """Lines of ``text`` no wider than ``width``: Chinese breaks anywhere, Latin words stay whole,
    closing punctuation never starts a line; an ellipsis ends text that does not fit."""
    tokens, word = [], ""
    for ch in " ".join(text.split()):
        if ch.isascii() and not ch.isspace():  # "80-85mm", "5kg", a link: kept whole
            word += ch
            continue
        if word:
            tokens.append(word)
            word = ""
        tokens.append(ch)
    if word:
        tokens.append(word)
    lines, line = [], ""
    for tok in tokens:
        if not line and tok == " ":
            continue
        if font.getlength(line + tok) <= width or not line or tok in _NO_LINE_START:
            line += tok
            continue
        lines.append(line.rstrip())
        line = "" if tok == " " else tok
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and font.getlength(last + "…") > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines


def _cover(product: Product, files, size: tuple[int, int], notes: list[str]) -> Image.Image | None:
    if not product.photos or files is None:
        notes.append("no_photo")
        return None
    try:
        data = files.path(product.photos[0].file).read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = photos._open_checked(data)  # the photo import's header check, before decoding
            im.draft("RGB", size)
            im = ImageOps.exif_transpose(im.convert("RGB"))
        return ImageOps.fit(im, size, Image.Resampling.LANCZOS)
    except (OSError, FileError, PhotoError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        notes.append("photo_unreadable")
        return None


def _placeholder(card: Image.Image, box: tuple[int, int, int, int], product: Product, labels: CardLabels,
                 font_path: str) -> None:
    draw = ImageDraw.Draw(card)
    draw.rectangle(box, fill="#E9E3D7")
    cx, cy = (box[0] + box[2]) // 2, (box[1] + box[3]) // 2
    radius = min(box[2] - box[0], box[3] - box[1]) // 5
    draw.ellipse((cx - radius, cy - radius - 40, cx + radius, cy + radius - 40), fill="#D8D0C0")
    initial = (product.name_zh or product.sku)[:1]
    draw.text((cx, cy - 40), initial, font=_font(font_path, int(radius * 1.1)), fill="#8A7F6A", anchor="mm")
    draw.text((cx, cy + radius + 10), labels.no_photo, font=_font(font_path, 40), fill="#8A7F6A", anchor="mt")


def _badges(draw, marks: list[str], x: int, y: int, right: int, font) -> int:
    """Certificate marks as green pills from (x, y), wrapping before ``right``; returns the y below them."""
    height, pad, gap = 58, 22, 14
    cx = x
    for mark in marks:
        w = int(font.getlength(mark)) + 2 * pad
        if cx > x and cx + w > right:
            cx, y = x, y + height + gap
        draw.rounded_rectangle((cx, y, cx + w, y + height), radius=height // 2, fill=GREEN)
        draw.text((cx + pad, y + height // 2), mark, font=font, fill="white", anchor="lm")
        cx += w + gap
    return y + height + gap if marks else y


def card_marks(product: Product, today: date) -> list[str]:
    """Kinds of certificate to mark on the card: those with a certificate valid on ``today``, in the usual order."""
    valid = {c.kind for c in product.certificates if c.is_valid_on(today)}
    return [kind for kind in CERTIFICATE_KINDS if kind in valid]


def card_point(product: Product, today: date):
    """The talking point a card shows: the first one supported by evidence valid on ``today`` (or None)."""
    return next((t for t in product.talking_points if product.point_support(t, today) == "supported"), None)


def render_card(product: Product, files, labels: CardLabels, size: tuple[int, int] = CARD_SIZES[0],
                today: date | None = None, font_path: Path | None = None) -> tuple[Image.Image, list[str]]:
    """The card of ``product`` at ``size`` and its notes. Raises ``ExchangeError("no_cjk_font")`` without a font."""
    today = today or date.today()
    font_path = str(font_path or cjk_font())
    width, height = size
    tall = height >= 1900
    notes: list[str] = []
    card = Image.new("RGB", size, PAPER)
    draw = ImageDraw.Draw(card)
    photo_h = 1080 if tall else 700
    cover = _cover(product, files, (width, photo_h), notes)
    if cover is None:
        _placeholder(card, (0, 0, width, photo_h), product, labels, font_path)
    else:
        card.paste(cover, (0, 0))

    y = photo_h + 44
    name_font = _font(font_path, 66 if tall else 60)
    for line in wrap(product.name_zh, name_font, width - 2 * MARGIN, 2):
        draw.text((MARGIN, y), line, font=name_font, fill=INK, stroke_width=1, stroke_fill=INK)
        y += int(name_font.size * 1.25)
    y += 12

    link = product.shop_links[0] if product.shop_links else None
    qr_side = 320 if tall else 270
    qr_top = height - MARGIN - qr_side - 52
    column_right = width - MARGIN - (qr_side + 40 if link else 0)
    if product.live_price_fen is not None:
        label_font, price_font = _font(font_path, 38), _font(font_path, 100 if tall else 92)
        draw.text((MARGIN, y + 70), labels.live_price, font=label_font, fill=RED, anchor="ls")
        left = MARGIN + int(label_font.getlength(labels.live_price)) + 18
        draw.text((left, y + 78), "¥" + format_fen(product.live_price_fen), font=price_font, fill=RED, anchor="ls",
                  stroke_width=1, stroke_fill=RED)
        y += 110
    else:
        notes.append("no_price")
    small = _font(font_path, 38)
    if product.origin_text:
        for line in wrap(labels.origin.replace("{origin}", product.origin_text), small, column_right - MARGIN, 2):
            draw.text((MARGIN, y), line, font=small, fill=MUTED)
            y += 52
        y += 16

    marks = [labels.certificates.get(kind, kind) for kind in card_marks(product, today)]
    point = card_point(product, today)
    if point is not None:
        point_font = _font(font_path, 40 if tall else 36)
        line_h = int(point_font.size * 1.45)
        room = height - MARGIN - (144 if marks else 0) - y - 60  # keep two rows for the marks
        lines = wrap(point.text, point_font, column_right - MARGIN - 48, max(1, min(6 if tall else 3, room // line_h)))
        box_h = len(lines) * line_h + 36
        draw.rounded_rectangle((MARGIN, y, column_right, y + box_h), radius=18, fill=SOFT)
        ty = y + 18
        for line in lines:
            draw.text((MARGIN + 24, ty), line, font=point_font, fill="#333333")
            ty += line_h
        y += box_h + 24

    _badges(draw, marks, MARGIN, max(y, 0), column_right, _font(font_path, 32))

    if link is None:
        notes.append("no_shop_link")
    else:
        _draw_qr(card, link, labels, (width - MARGIN - qr_side, qr_top, qr_side), font_path)
    return card, notes


def _draw_qr(card: Image.Image, link, labels: CardLabels, box: tuple[int, int, int], font_path: str) -> None:
    left, top, side = box
    code = qr_image(link.url, box=1, border=4)
    scale = max(1, side // code.width)
    code = code.resize((code.width * scale, code.height * scale), Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(card)
    draw.rounded_rectangle((left - 8, top - 8, left + side + 8, top + side + 8), radius=14, fill="white",
                           outline="#DDDDDD", width=2)
    offset = (side - code.width) // 2
    card.paste(code.convert("RGB"), (left + offset, top + offset))
    caption = labels.scan.replace("{platform}", labels.platforms.get(link.platform, link.platform))
    size = 32
    while size > 20 and _font(font_path, size).getlength(caption) > side + 2 * MARGIN - 20:
        size -= 2  # a long caption (another language, a long platform name) shrinks to stay on the card
    centre = min(left + side // 2, card.width - 10 - int(_font(font_path, size).getlength(caption)) // 2)
    draw.text((centre, top + side + 24), caption, font=_font(font_path, size), fill=INK, anchor="mt")


def write_cards(catalogue, files, out_dir: Path, labels: CardLabels, skus=None, sizes=CARD_SIZES,
                today: date | None = None) -> list[CardFile]:
    """Write ``<SKU>-<W>x<H>.png`` cards for the products (all, or ``skus``) into ``out_dir``."""
    import io

    font_path = cjk_font()
    out_dir = Path(out_dir)
    written = []
    for product in select_products(catalogue, skus):
        for size in sizes:
            image, notes = render_card(product, files, labels, size, today, font_path)
            buf = io.BytesIO()
            image.save(buf, "PNG", optimize=False)
            path = out_dir / f"{product.sku}-{size[0]}x{size[1]}.png"
            data = buf.getvalue()
            atomic_output(path, lambda fh, data=data: fh.write(data))
            written.append(CardFile(product.sku, size, path, tuple(notes)))
    return written
