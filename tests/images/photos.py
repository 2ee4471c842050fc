"""Test images made from real photographs that ship inside installed packages.

Faces: scikit-image's `astronaut` (Eileen Collins), matplotlib's `grace_hopper.jpg`,
scikit-image's `camera` (the cameraman) and the 100 face crops of `lfw_subset`
(Labeled Faces in the Wild, 25×25 grey). Face-free photographs: scikit-image's
coffee, rocket, hubble, coins, page, text, moon, horse, brick, grass, gravel,
motorcycle, retina, IHC and scikit-learn's `china.jpg` and `flower.jpg`, plus the
100 non-face patches of `lfw_subset`. Nothing is downloaded.

Scenes, face sheets, ID cards, overlays and EXIF are composed from these in code.
"""

from __future__ import annotations

import base64
import io
from datetime import datetime
from functools import cache
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from usegate.request.case import ImageRef

Box = tuple[int, int, int, int]

# (image, face box x, y, w, h) for the two colour portraits
ASTRONAUT_FACE: Box = (173, 68, 107, 107)
HOPPER_FACE: Box = (167, 144, 199, 199)
CAMERAMAN_FACE: Box = (174, 119, 90, 90)


@cache
def astronaut() -> np.ndarray:
    import skimage.data

    return np.asarray(skimage.data.astronaut())


@cache
def grace_hopper() -> np.ndarray:
    from matplotlib import cbook

    with cbook.get_sample_data("grace_hopper.jpg") as f:
        return np.asarray(Image.open(f).convert("RGB"))


@cache
def cameraman() -> np.ndarray:
    import skimage.data

    return grey_to_rgb(skimage.data.camera())


@cache
def _lfw() -> np.ndarray:
    import skimage.data

    return (skimage.data.lfw_subset() * 255).astype(np.uint8)


def lfw_faces() -> np.ndarray:
    return _lfw()[:100]


def lfw_non_faces() -> np.ndarray:
    return _lfw()[100:]


def grey_to_rgb(a: np.ndarray) -> np.ndarray:
    return np.stack([a] * 3, axis=-1) if a.ndim == 2 else a[..., :3]


@cache
def negatives() -> dict[str, np.ndarray]:
    """Face-free real photographs by name."""
    import skimage.data as d
    from sklearn.datasets import load_sample_images

    out = {
        name: grey_to_rgb(np.asarray(getattr(d, name)()))
        for name in (
            "coffee",
            "rocket",
            "hubble_deep_field",
            "coins",
            "page",
            "text",
            "moon",
            "horse",
            "brick",
            "grass",
            "gravel",
            "retina",
            "immunohistochemistry",
        )
    }
    out["motorcycle"] = np.asarray(d.stereo_motorcycle()[0])
    out["horse"] = (out["horse"].astype(np.uint8) * 255) if out["horse"].dtype == bool else out["horse"]
    for name, img in zip(("china", "flower"), load_sample_images().images, strict=True):
        out[name] = np.asarray(img)
    return {k: np.ascontiguousarray(v.astype(np.uint8)) for k, v in out.items()}


def resize(a: np.ndarray, w: int, h: int) -> np.ndarray:
    return np.asarray(Image.fromarray(a).resize((w, h), Image.Resampling.BICUBIC))


def _portrait_crops() -> list[tuple[np.ndarray, Box]]:
    """Colour head-and-shoulder crops with the face box inside the crop."""
    out = []
    for img, (x, y, w, h) in ((astronaut(), ASTRONAUT_FACE), (grace_hopper(), HOPPER_FACE)):
        m = w // 2
        x0, y0 = max(0, x - m), max(0, y - m)
        crop = img[y0 : y + h + m, x0 : x + w + m]
        box = (x - x0, y - y0, w, h)
        out.append((crop, box))
        # the mirror image and a grey, darker copy: other lighting, other pose
        out.append((np.ascontiguousarray(crop[:, ::-1]), (crop.shape[1] - box[0] - w, box[1], w, h)))
        grey = (crop.mean(axis=2) * 0.7).astype(np.uint8)
        out.append((grey_to_rgb(grey), box))
    return out


def face_tile(i: int, size: int) -> tuple[np.ndarray, Box]:
    """Portrait number `i` (of 6 variants) scaled to a `size` px face, with head and shoulders."""
    crop, (fx, fy, fw, fh) = _portrait_crops()[i % 6]
    s = size / fw
    tile = resize(crop, max(1, round(crop.shape[1] * s)), max(1, round(crop.shape[0] * s)))
    return tile, (round(fx * s), round(fy * s), size, size)


def lfw_crop(i: int, size: int, pad: float = 0.3) -> np.ndarray:
    """LFW face `i` (a tight 25 px crop) scaled to `size` on a grey margin: a face crop."""
    face = resize(lfw_faces()[i], size, size)
    return grey_to_rgb(np.pad(face, int(size * pad), mode="constant", constant_values=118))


def scene(sizes: list[int], background: np.ndarray, seed: int = 0) -> tuple[np.ndarray, list[Box]]:
    """A 1280×720 frame with one face of each size at spread-out places."""
    rng = np.random.default_rng(seed)
    canvas = resize(background, 1280, 720).copy()
    truth: list[Box] = []
    cols = 4
    cell_w, cell_h = 1280 // cols, 720 // max(1, -(-len(sizes) // cols))
    for i, size in enumerate(sizes):
        tile, (fx, fy, fw, fh) = face_tile(i + seed, size)
        tile = tile[: cell_h - 4, : cell_w - 4]
        cx, cy = (i % cols) * cell_w, (i // cols) * cell_h
        ox = cx + int(rng.integers(0, max(1, cell_w - tile.shape[1])))
        oy = cy + int(rng.integers(0, max(1, cell_h - tile.shape[0])))
        canvas[oy : oy + tile.shape[0], ox : ox + tile.shape[1]] = tile
        truth.append((ox + fx, oy + fy, fw, fh))
    return canvas, truth


def face_sheet(rows: int, cols: int, size: int = 80) -> np.ndarray:
    """A booking-photo sheet: head-and-shoulder portraits in a grid with white gutters."""
    cell = size * 2
    sheet = np.full((rows * cell + 20, cols * cell + 20, 3), 250, dtype=np.uint8)
    for r in range(rows):
        for c in range(cols):
            tile, (fx, fy, fw, fh) = face_tile(r * cols + c, size)
            tile = tile[: cell - 8, : cell - 8]
            y, x = 10 + r * cell + 4, 10 + c * cell + 4
            sheet[y : y + tile.shape[0], x : x + tile.shape[1]] = tile
    return sheet


def id_card(text: str = "DRIVER LICENSE") -> np.ndarray:
    """An ID-1 card (856×540) with a portrait at the left and printed fields."""
    card = Image.new("RGB", (856, 540), (214, 226, 236))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 856, 70), fill=(30, 60, 120))
    draw.text((30, 14), "STATE OF SPRINGFIELD  " + text, font=font(34), fill=(255, 255, 255))
    crop, (fx, fy, fw, fh) = _portrait_crops()[1]
    portrait = Image.fromarray(crop).resize((250, round(crop.shape[0] * 250 / crop.shape[1])))
    card.paste(portrait.crop((0, 0, 250, 320)), (40, 110))
    for i, line in enumerate(("DL 123456789", "DOB 12/09/1906", "HOPPER, GRACE", "EXP 01/01/2030")):
        draw.text((340, 130 + i * 60), line, font=font(30), fill=(20, 20, 20))
    return np.asarray(card)


@cache
def font(size: int) -> Any:
    return ImageFont.load_default(size=size)


def with_overlay(
    a: np.ndarray,
    top: str | None = None,
    bottom: str | None = None,
    middle: str | None = None,
    size: int = 24,
) -> np.ndarray:
    """Burn overlay text into a frame as cameras do (white on a dark bar, or yellow)."""
    img = Image.fromarray(a).copy()
    draw = ImageDraw.Draw(img)
    w, h = img.size
    if top:
        draw.rectangle((0, 0, w, size + 16), fill=(0, 0, 0))
        draw.text((12, 8), top, font=font(size), fill=(255, 255, 255))
    if bottom:
        draw.rectangle((0, h - size - 16, w, h), fill=(0, 0, 0))
        draw.text((12, h - size - 10), bottom, font=font(size), fill=(255, 255, 0))
    if middle:
        draw.text(
            (w // 2, h // 2),
            middle,
            font=font(size),
            fill=(255, 255, 255),
            stroke_width=2,
            stroke_fill=(0, 0, 0),
        )
    return np.asarray(img)


def encode(
    a: np.ndarray,
    fmt: str = "JPEG",
    *,
    make: str | None = None,
    model: str | None = None,
    taken: datetime | None = None,
    offset: str | None = None,
) -> bytes:
    img = Image.fromarray(a)
    exif = Image.Exif()
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if taken or offset:
        sub = exif.get_ifd(0x8769)
        if taken:
            sub[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
        if offset:
            sub[0x9011] = offset
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"exif": exif} if len(exif) or taken or offset else {}
    if fmt == "JPEG":
        kwargs["quality"] = 90
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def ref(data: bytes, index: int = 1, mime: str = "image/jpeg") -> ImageRef:
    url = f"data:{mime};base64," + base64.b64encode(data).decode()
    return ImageRef(index=index, location=f"messages[0].content[{index}]", data_url=url, mime=mime)


def iou(a: Box, b: Box) -> float:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)
