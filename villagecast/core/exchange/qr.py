"""QR codes of shop links: the code holds exactly the link's text (UTF-8 bytes), nothing added."""

from __future__ import annotations

import io

from .errors import ExchangeError

QUIET_ZONE = 4  # modules of white border, as the QR standard asks


def qr_image(url: str, box: int = 10, border: int = QUIET_ZONE):
    """A black-on-white PIL image (mode "L") of the QR code for ``url``; ``box`` pixels per module."""
    import qrcode
    from qrcode.exceptions import DataOverflowError

    if not isinstance(url, str) or not url:
        raise ExchangeError("no_link")
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=border)
    code.add_data(url.encode("utf-8"), optimize=0)  # one byte-mode segment: the exact bytes of the link
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):  # qrcode raises ValueError past version 40
        raise ExchangeError("link_too_long", length=len(url)) from None
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def qr_matrix(url: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The modules of the code (True = dark), quiet zone included: for drawing it as vector squares."""
    image = qr_image(url, box=1, border=border)
    width, pixels = image.width, image.tobytes()
    return [[pixels[y * width + x] < 128 for x in range(width)] for y in range(image.height)]


def qr_png(url: str, box: int = 10) -> bytes:
    """The QR code of ``url`` as PNG bytes."""
    buf = io.BytesIO()
    qr_image(url, box).save(buf, "PNG")
    return buf.getvalue()
