"""Reading burned-in overlay text with RapidOCR (its bundled PP-OCR ONNX models, one thread).

Overlays sit in the top and bottom bands of a frame (body-cam stamps, dash-cam speed
and GPS lines, CCTV labels, clocks), so `read_bands()` reads those first, stacked into
one short strip, which costs a fraction of a full-frame pass. `read_text()` reads a
whole image (used for identity documents). The engine is loaded once per process.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from usegate.images.decode import ImageError

BAND = 0.12  # fraction of the height read at the top and at the bottom
MIN_SCORE = 0.6
DET_SIDE = 640  # the text detector's longer side: ~12 px overlay text stays readable


@dataclass(frozen=True)
class Line:
    text: str
    score: float
    where: str  # "top", "bottom" or "frame"


_engine: Any = None
_lock = threading.Lock()


def _get_engine() -> Any:
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                try:
                    from rapidocr import RapidOCR
                except ImportError as exc:  # pragma: no cover - the test env has the extra
                    raise ImageError(
                        f"overlay text needs the vision extra: pip install 'usegate[vision]': {exc}"
                    ) from exc
                _engine = RapidOCR(
                    params={
                        "Global.use_cls": False,
                        "Global.log_level": "error",
                        "Global.min_side_len": 8,
                        "Global.use_vertical_padding": False,
                        "Det.limit_type": "max",
                        "Det.limit_side_len": DET_SIDE,
                        "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                    }
                )
    return _engine


_run_lock = threading.Lock()


def _run(rgb: np.ndarray) -> list[tuple[str, float, float]]:
    """(text, score, centre y) for each line found in `rgb`."""
    engine = _get_engine()
    with _run_lock:
        try:
            result = engine(np.ascontiguousarray(rgb))
        except Exception as exc:  # the OCR stack raises assorted errors on odd input
            raise ImageError(f"overlay text could not be read: {type(exc).__name__}") from exc
    texts = getattr(result, "txts", None) or ()
    scores = getattr(result, "scores", None) or ()
    boxes = getattr(result, "boxes", None)
    out: list[tuple[str, float, float]] = []
    for i, (text, score) in enumerate(zip(texts, scores, strict=False)):
        y = float(np.mean(np.asarray(boxes[i])[:, 1])) if boxes is not None and len(boxes) > i else 0.0
        if float(score) >= MIN_SCORE and str(text).strip():
            out.append((str(text).strip(), float(score), y))
    return out


def read_bands(rgb: np.ndarray, band: float = BAND) -> list[Line]:
    """Text lines in the top and bottom bands of a frame (one OCR pass over both)."""
    h = rgb.shape[0]
    strip = max(24, int(round(h * band)))
    if 2 * strip >= h:
        return read_text(rgb)
    top, bottom = rgb[:strip], rgb[h - strip :]
    gap = np.zeros((8, rgb.shape[1], 3), dtype=rgb.dtype)
    lines = _run(np.vstack([top, gap, bottom]))
    return [Line(text, score, "top" if y < strip + 4 else "bottom") for text, score, y in lines]


def read_text(rgb: np.ndarray) -> list[Line]:
    """Text lines anywhere in the frame."""
    return [Line(text, score, "frame") for text, score, _ in _run(rgb)]
