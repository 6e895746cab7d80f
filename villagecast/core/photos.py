"""Product photo import: check, orient, shrink, strip metadata, and store a copy and a thumbnail.

Only JPEG and PNG are accepted (by the format Pillow detects, never the file name). The pixel
count is checked from the header before any decoding. Saved copies carry no EXIF, GPS, XMP or
text metadata: a farmer's photo must not reveal where the farm house is.
"""

from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import PhotoError, os_reason

MAX_EDGE = 1600  # long edge of the kept copy
THUMB_EDGE = 320  # long edge of the thumbnail
MAX_PIXELS = 80_000_000  # refused before decoding (decompression bombs)
MAX_PHOTO_BYTES = 40 * 1024 * 1024
JPEG_QUALITY = 88

# Pillow names phone-camera JPEGs carrying a multi-picture index "MPO"; they are JPEG files.
_ACCEPTED = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG"}
_BOMB = (Image.DecompressionBombError, Image.DecompressionBombWarning)


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to store: the kept copy and its thumbnail, encoded."""

    full: bytes
    full_ext: str  # "jpg", or "png" when the image has transparency
    thumb: bytes
    thumb_ext: str
    width: int  # of the kept (resized) copy
    height: int
    source_name: str


def prepare_photo(data: bytes, source_name: str = "") -> PreparedPhoto:
    """Check and convert one photo's bytes. Raises ``PhotoError``; nothing is written."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError("photo_too_large", size=len(data), limit=MAX_PHOTO_BYTES)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        im = _open_checked(data)
        target = _fit(im.size, MAX_EDGE)
        try:
            im.draft(None, target)  # JPEG: decode at a reduced scale when much larger than needed
            im.load()
        except _BOMB:
            raise PhotoError("too_many_pixels", width=im.width, height=im.height, limit=MAX_PIXELS) from None
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise PhotoError("damaged_image", reason=str(exc) or type(exc).__name__) from exc
        icc = im.info.get("icc_profile") if im.mode in ("RGB", "RGBA") else None
        im = _upright(im)
        im = _normalise_mode(im)
        full = _shrink(im, MAX_EDGE)
        thumb = _shrink(full, THUMB_EDGE)
    ext = "png" if full.mode == "RGBA" else "jpg"
    return PreparedPhoto(
        full=_encode(full, icc),
        full_ext=ext,
        thumb=_encode(thumb, icc),
        thumb_ext=ext,
        width=full.width,
        height=full.height,
        source_name=source_name,
    )


def import_photo(src: Path, store) -> dict:
    """Read ``src``, prepare it, and store the copy and the thumbnail with ``store.put_bytes``."""
    src = Path(src)
    try:
        with open(src, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_PHOTO_BYTES:
                raise PhotoError("photo_too_large", size=size, limit=MAX_PHOTO_BYTES)
            data = fh.read(MAX_PHOTO_BYTES + 1)
    except OSError as exc:
        raise PhotoError("file_unreadable", path=str(src), reason=os_reason(exc)) from exc
    photo = prepare_photo(data, src.name)
    rel_full = store.put_bytes(photo.full, photo.full_ext)
    rel_thumb = store.put_bytes(photo.thumb, photo.thumb_ext)
    return {
        "file": rel_full,
        "thumb": rel_thumb,
        "width": photo.width,
        "height": photo.height,
        "source_name": src.name,
    }


def _open_checked(data: bytes) -> Image.Image:
    """Open lazily (header only) and refuse other formats and oversized images before decoding."""
    try:
        im = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise PhotoError("not_an_image") from None
    except _BOMB:
        # Pillow refused at open (above its own limit); read the header again without its check.
        fmt, (width, height) = _header_only(data)
        if fmt is not None and fmt not in _ACCEPTED:
            raise PhotoError("unsupported_image", format=fmt) from None
        raise PhotoError("too_many_pixels", width=width, height=height, limit=MAX_PIXELS) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise PhotoError("damaged_image", reason=str(exc) or type(exc).__name__) from exc
    if im.format not in _ACCEPTED:
        raise PhotoError("unsupported_image", format=im.format or "")
    width, height = im.size
    if width * height > MAX_PIXELS:
        raise PhotoError("too_many_pixels", width=width, height=height, limit=MAX_PIXELS)
    return im


def _header_only(data: bytes) -> tuple[str | None, tuple[int, int]]:
    """Format and size from the header, trying Pillow's openers the way ``Image.open`` does."""
    prefix = data[:16]
    for fmt in list(Image.ID):
        factory, accept = Image.OPEN[fmt]
        result = not accept or accept(prefix)
        if not result or isinstance(result, str):
            continue
        try:
            return fmt, factory(io.BytesIO(data), "").size
        except Exception:  # noqa: BLE001 - any opener may fail on foreign data; try the next
            continue
    return None, (0, 0)


def _fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """``size`` scaled so its long edge is at most ``edge``; never enlarged."""
    width, height = size
    long_edge = max(width, height)
    if long_edge <= edge:
        return width, height
    scale = edge / long_edge
    return max(1, round(width * scale)), max(1, round(height * scale))


def _upright(im: Image.Image) -> Image.Image:
    """Apply the EXIF orientation; an unreadable EXIF block leaves the pixels as they are."""
    try:
        return ImageOps.exif_transpose(im)
    except Exception:  # noqa: BLE001 - broken EXIF must not cost the farmer the photo
        return im


def _normalise_mode(im: Image.Image) -> Image.Image:
    """RGB, or RGBA when some pixel is actually transparent."""
    if im.mode.startswith("I;16"):
        im = im.convert("I")
    if im.mode in ("I", "F"):  # 16-bit grey: scale to 8 bits instead of clipping
        im = im.point(lambda v: v / 256).convert("L")
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info:
        rgba = im.convert("RGBA")
        if rgba.getchannel("A").getextrema()[0] < 255:
            return rgba
        return rgba.convert("RGB")
    return im if im.mode == "RGB" else im.convert("RGB")


def _shrink(im: Image.Image, edge: int) -> Image.Image:
    size = _fit(im.size, edge)
    return im if size == im.size else im.resize(size, Image.Resampling.LANCZOS)


def _encode(im: Image.Image, icc: bytes | None) -> bytes:
    """JPEG (or PNG for RGBA) with no metadata except the colour profile."""
    im = im.copy()
    im.info = {}  # PNG's encoder reads im.info; drop EXIF, XMP, text chunks, comments
    extra = {"icc_profile": icc} if icc else {}
    buf = io.BytesIO()
    if im.mode == "RGBA":
        im.save(buf, "PNG", optimize=True, **extra)
    else:
        im.save(buf, "JPEG", quality=JPEG_QUALITY, progressive=True, optimize=True, **extra)
    return buf.getvalue()
