"""Faces in a request's images: how many, how big, and in which layout.

`analyze_faces()` decodes one image safely, runs the face *detector*
(`usegate.images.detector`, loaded lazily once per process) and describes the layout
that matters for facial recognition evidence:

- `tight_crop`: one face filling much of the frame (a face crop sent for matching);
- `face_sheet`: several similar-size faces on a grid or in a row (booking photos,
  a line-up, a gallery);
- `id_document`: a face on an identity document (card-shaped frame with the face at
  one side; confirmed by OCR keywords such as PASSPORT when `read_text=True`).

A face alone is not recognition: these are evidence for `facial_recognition` that the
text and tools must complete. Nothing here identifies anyone, builds templates or
keeps pixels; the decoded array is dropped when the function returns. Failures give an
`ImageFaces` with `error` set (the signal stays unknown), never an exception.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

from usegate.images.decode import DecodedImage, ImageError, Limits
from usegate.images.fetch import FetchPolicy, load
from usegate.request.case import ImageRef

Box = tuple[int, int, int, int]

TIGHT_AREA = 0.18  # face box area over frame area for a tight crop
TIGHT_WIDTH = 0.40  # or face width over frame width
SHEET_MIN = 4  # faces on a grid
ROW_MIN = 3  # faces in one row (a line-up)
SHEET_OUTLIER = 1.25  # a box this far from the median width is left out of the layout
SHEET_SIZE_RATIO = 1.8  # largest over smallest face width on a sheet
CARD_ASPECT = (1.3, 1.85)  # ID-1 cards are 1.586, passport data pages about 1.42
ID_WORDS = re.compile(
    r"passport|passeport|reisepass|pasaporte|driver'?s?\s*licen[cs]e|driving\s*licen[cs]e|identity\s*card|"
    r"\bid\s*card|personalausweis|carte\s*d'?identit|documento\s*de\s*identidad|\bdni\b|"
    r"national\s*id|residence\s*permit|date\s*of\s*birth|\bdob\b|nationality",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ImageFaces:
    index: int
    width: int  # of the encoded image (0 when it could not be read)
    height: int
    faces: int
    boxes: tuple[Box, ...]  # x, y, w, h in pixels of the encoded image, largest first
    tight_crop: bool
    face_sheet: bool
    id_document: bool
    error: str | None
    elapsed_ms: float
    id_text: str = ""  # the ID keyword OCR found, when asked

    @property
    def known(self) -> bool:
        return self.error is None

    def evidence(self) -> list[str]:
        """One line, e.g. `image 1: 1 face (212 px), tight crop`."""
        if self.error is not None:
            return [f"image {self.index}: not analysed: {self.error}"]
        if not self.faces:
            return [f"image {self.index}: no face"]
        sizes = sorted((b[2] for b in self.boxes), reverse=True)
        size = f"{sizes[0]} px" if len(sizes) == 1 else f"{sizes[-1]}-{sizes[0]} px"
        notes = [f"{self.faces} face{'s' if self.faces != 1 else ''} ({size})"]
        if self.tight_crop:
            notes.append("tight crop")
        if self.face_sheet:
            notes.append("face sheet")
        if self.id_document:
            notes.append(f"id document ('{self.id_text}')" if self.id_text else "id document layout")
        return [f"image {self.index}: " + ", ".join(notes)]


def analyze_faces(
    image: ImageRef,
    *,
    limits: Limits | None = None,
    fetch: FetchPolicy | None = None,
    read_text: bool = False,
    decoded: DecodedImage | None = None,
    **fetch_kwargs: Any,
) -> ImageFaces:
    """Faces in one image of a request. `decoded` reuses an image another signal decoded."""
    start = time.perf_counter()
    try:
        if decoded is None:
            decoded = load(image, limits=limits, policy=fetch, **fetch_kwargs)
        return analyze_decoded(image.index, decoded, read_text=read_text, start=start)
    except ImageError as exc:
        return _failed(image.index, str(exc), start)
    except Exception as exc:  # a detector bug must not crash the request: unknown
        return _failed(image.index, f"face detection failed: {type(exc).__name__}", start)


def analyze_decoded(
    index: int, decoded: DecodedImage, *, read_text: bool = False, start: float | None = None
) -> ImageFaces:
    from usegate.images.detector import get_detector

    start = time.perf_counter() if start is None else start
    pixels = decoded.pixels
    found = get_detector().detect(pixels)
    back = 1.0 / decoded.scale if decoded.scale else 1.0
    boxes = tuple(
        (round(x * back), round(y * back), round(w * back), round(h * back)) for (x, y, w, h), _ in found
    )
    w, h = decoded.width, decoded.height
    tight = is_tight_crop(boxes, w, h)
    sheet = is_face_sheet(boxes)
    id_doc = is_id_layout(boxes, w, h)
    id_text = ""
    if read_text and boxes and not sheet:
        from usegate.images.ocr import read_text as ocr

        words = ID_WORDS.search(" ".join(line.text for line in ocr(pixels)))
        if words:
            id_doc, id_text = True, words.group(0)
    return ImageFaces(
        index=index,
        width=w,
        height=h,
        faces=len(boxes),
        boxes=boxes,
        tight_crop=tight,
        face_sheet=sheet,
        id_document=id_doc,
        error=None,
        elapsed_ms=(time.perf_counter() - start) * 1000,
        id_text=id_text,
    )


def _failed(index: int, error: str, start: float) -> ImageFaces:
    return ImageFaces(index, 0, 0, 0, (), False, False, False, error, (time.perf_counter() - start) * 1000)


def is_tight_crop(boxes: Sequence[Box], width: int, height: int) -> bool:
    if len(boxes) != 1 or width <= 0 or height <= 0:
        return False
    _, _, bw, bh = boxes[0]
    return bw * bh >= TIGHT_AREA * width * height or bw >= TIGHT_WIDTH * width


def _groups(values: Sequence[float], tolerance: float) -> list[int]:
    """Group labels for 1-D positions: values closer than `tolerance` share a label."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    labels = [0] * len(values)
    label = 0
    for prev, cur in zip(order, order[1:], strict=False):
        if values[cur] - values[prev] > tolerance:
            label += 1
        labels[cur] = label
    if order:
        labels[order[0]] = 0
    return labels


def is_face_sheet(boxes: Sequence[Box]) -> bool:
    """Several similar-size faces aligned in rows and columns (or one long row)."""
    if len(boxes) < ROW_MIN:
        return False
    # a stray box (two faces' worth, between neighbours) must not hide the sheet
    middle = median(b[2] for b in boxes)
    inliers = [b for b in boxes if middle / SHEET_OUTLIER <= b[2] <= middle * SHEET_OUTLIER]
    if len(inliers) < max(ROW_MIN, 0.75 * len(boxes)):
        return False
    boxes = inliers
    n = len(boxes)
    widths = [b[2] for b in boxes]
    if max(widths) > SHEET_SIZE_RATIO * min(widths):
        return False
    size = median(widths)
    cx = [b[0] + b[2] / 2 for b in boxes]
    cy = [b[1] + b[3] / 2 for b in boxes]
    rows, cols = _groups(cy, 0.3 * size), _groups(cx, 0.3 * size)
    n_rows, n_cols = max(rows) + 1, max(cols) + 1
    if n_rows == 1:  # a line-up: evenly spaced faces in one row
        xs = sorted(cx)
        gaps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
        return n >= ROW_MIN and max(gaps) <= 1.6 * min(gaps) and min(gaps) >= size
    if n < SHEET_MIN:
        return False
    # on a grid, most faces share their row and their column with another face
    row_sizes = [rows.count(r) for r in rows]
    col_sizes = [cols.count(c) for c in cols]
    aligned = sum(1 for r, c in zip(row_sizes, col_sizes, strict=True) if r >= 2 and c >= 2)
    return aligned >= 0.75 * n and n_rows * n_cols <= 1.5 * n


def is_id_layout(boxes: Sequence[Box], width: int, height: int) -> bool:
    """A card-shaped frame with one portrait (plus maybe a small ghost image) at one side."""
    if not boxes or len(boxes) > 2 or width <= 0 or height <= 0:
        return False
    aspect = width / height
    if not CARD_ASPECT[0] <= aspect <= CARD_ASPECT[1]:
        return False
    x, y, bw, bh = boxes[0]
    centre = (x + bw / 2) / width
    return 0.12 <= bw / width <= 0.40 and (centre < 0.36 or centre > 0.64) and (y + bh / 2) / height < 0.75
