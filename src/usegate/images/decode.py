"""Safe image decoding: bounded bytes, pixels and frames; a downscaled RGB array plus EXIF.

`decode()` never trusts the declared MIME type, reads the header before any pixel,
refuses images over `Limits.max_pixels` before decoding them (so a decompression
bomb costs a header parse, not gigabytes), decodes only the first frame of an
animation, lets JPEG decode at a reduced scale when that is enough (`draft`), and
returns at most `Limits.max_side` pixels on the longer side. Every failure is an
`ImageError` with a one-line lowercase message.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import numpy as np

from usegate.exceptions import SignalError

MB = 1024 * 1024


class ImageError(SignalError):
    """An image that cannot be analysed: too big, corrupt, not an image, not reachable."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * MB
    max_pixels: int = 40_000_000
    max_side: int = 1280  # longer side of the array handed to detectors
    max_dimension: int = 30_000  # either side of the encoded image


@dataclass(frozen=True)
class DecodedImage:
    pixels: np.ndarray  # H×W×3 uint8 RGB, downscaled to `Limits.max_side`
    width: int  # of the image as displayed (EXIF orientation applied)
    height: int
    format: str  # JPEG, PNG, ...
    frames: int  # 1 for a still image
    exif: dict[str, Any] = field(default_factory=dict)

    @property
    def scale(self) -> float:
        """Analysed pixels per encoded pixel."""
        return self.pixels.shape[1] / self.width if self.width else 1.0


def require_vision() -> dict[str, Any]:
    """Import the `[vision]` extra (Pillow, OpenCV, onnxruntime) or say how to install it."""
    try:
        import cv2
        import onnxruntime
        import PIL.Image
    except ImportError as exc:  # pragma: no cover - the test env has the extra
        raise ImageError(
            f"image analysis needs the vision extra: pip install 'usegate[vision]': {exc}"
        ) from exc
    return {"cv2": cv2, "Image": PIL.Image, "ort": onnxruntime}


def _open(data: bytes, limits: Limits) -> Any:
    Image = require_vision()["Image"]
    if not data:
        raise ImageError("empty image")
    if len(data) > limits.max_bytes:
        raise ImageError(f"image too large: {len(data)} bytes, limit {limits.max_bytes}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise ImageError(f"image refused as a decompression bomb: {exc}") from exc
    except Exception as exc:  # Pillow raises many types for bad input
        raise ImageError(f"not a readable image: {type(exc).__name__}") from exc
    w, h = im.size
    if w <= 0 or h <= 0:
        raise ImageError(f"image has no pixels: {w}x{h}")
    if w > limits.max_dimension or h > limits.max_dimension or w * h > limits.max_pixels:
        raise ImageError(f"image too large: {w}x{h} pixels, limit {limits.max_pixels}")
    return im


def decode(data: bytes, *, limits: Limits | None = None) -> DecodedImage:
    """Decode the first frame of `data` into a downscaled RGB array; raise `ImageError`."""
    limits = limits or Limits()
    Image = require_vision()["Image"]
    im = _open(data, limits)
    w, h = im.size
    fmt = str(im.format or "unknown")
    try:
        # counting a GIF's frames walks the file: a broken one raises (IndexError, EOFError...)
        frames = int(getattr(im, "n_frames", 1) or 1)
    except Exception as exc:
        im.close()
        raise ImageError(f"image could not be decoded: {type(exc).__name__}") from exc
    exif = _exif(im)
    orientation = exif.get("Orientation")
    turn = _ORIENT.get(orientation) if isinstance(orientation, int) else None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            if frames > 1:
                im.seek(0)
            if fmt == "JPEG":
                im.draft("RGB", (limits.max_side, limits.max_side))
            im.load()
            rgb = im.convert("RGB")
            if max(rgb.size) > limits.max_side:
                rgb.thumbnail((limits.max_side, limits.max_side), Image.Resampling.BILINEAR)
            if turn is not None:  # phones store the sensor's rotation in EXIF
                rgb = rgb.transpose(getattr(Image.Transpose, turn))
                if turn in ("TRANSPOSE", "TRANSVERSE", "ROTATE_90", "ROTATE_270"):
                    w, h = h, w
            pixels = np.asarray(rgb, dtype=np.uint8)
    except ImageError:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageError(f"image refused as a decompression bomb: {exc}") from exc
    except MemoryError as exc:
        raise ImageError("image too large to decode") from exc
    except Exception as exc:
        raise ImageError(f"image could not be decoded: {type(exc).__name__}: {str(exc)[:120]}") from exc
    finally:
        im.close()
    if pixels.ndim != 3 or pixels.shape[2] != 3 or pixels.size == 0:
        raise ImageError(f"image could not be decoded: unexpected shape {pixels.shape}")
    return DecodedImage(pixels=pixels, width=w, height=h, format=fmt, frames=frames, exif=exif)


def read_exif(data: bytes, *, limits: Limits | None = None) -> dict[str, Any]:
    """EXIF tags by name, from the header only (no pixel is decoded)."""
    im = _open(data, limits or Limits())
    try:
        return _exif(im)
    finally:
        im.close()


_ORIENT = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}

_WANTED = {
    0x0112: "Orientation",
    0x010F: "Make",
    0x0110: "Model",
    0x0131: "Software",
    0x0132: "DateTime",
    0x9003: "DateTimeOriginal",
    0x9004: "DateTimeDigitized",
    0x9010: "OffsetTime",
    0x9011: "OffsetTimeOriginal",
    0x9012: "OffsetTimeDigitized",
    0xA434: "LensModel",
    0x010E: "ImageDescription",
}


def _exif(im: Any) -> dict[str, Any]:
    """A few EXIF tags by name; broken EXIF yields `{}`, never an error."""
    try:
        exif = im.getexif()
        out: dict[str, Any] = {}
        for tag, name in _WANTED.items():
            if tag in exif:
                out[name] = _clean(exif[tag])
        sub = exif.get_ifd(0x8769)
        for tag, name in _WANTED.items():
            if tag in sub:
                out[name] = _clean(sub[tag])
        gps = exif.get_ifd(0x8825)
        if gps:
            out["GPS"] = True
        return out
    except Exception:
        return {}


def _clean(value: Any) -> Any:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        return value.replace("\x00", "").strip()[:200]
    return value


def exif_datetime(exif: dict[str, Any]) -> tuple[datetime | None, bool]:
    """`DateTimeOriginal` (or `DateTime`) as a datetime, and whether its zone is known."""
    raw = exif.get("DateTimeOriginal") or exif.get("DateTimeDigitized") or exif.get("DateTime")
    if not isinstance(raw, str):
        return None, False
    try:
        when = datetime.strptime(raw[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None, False
    offset = exif.get("OffsetTimeOriginal") or exif.get("OffsetTime")
    if isinstance(offset, str):
        zone = _parse_offset(offset)
        if zone is not None:
            return when.replace(tzinfo=zone), True
    return when, False


def _parse_offset(text: str) -> timezone | None:
    text = text.strip()
    if text in ("Z", "+00:00", "-00:00"):
        return UTC
    if len(text) == 6 and text[0] in "+-" and text[3] == ":":
        try:
            hours, minutes = int(text[1:3]), int(text[4:6])
        except ValueError:
            return None
        if hours > 14 or minutes >= 60:
            return None
        sign = 1 if text[0] == "+" else -1
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    return None
