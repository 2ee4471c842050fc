"""The reader's trained heads and what they read in one request.

Four multinomial logistic heads over the same feature vector (`features.py`):
`purpose` (identification, verification, gallery, face_not_recognition,
writing_about_fr, unrelated) and one per context signal (`real_time`,
`mobile_camera`, `uncontrolled`: true, false or not said). Probabilities are
temperature-calibrated. The artifact is `artifacts/reader-<version>.npz` (weights,
feature scaling; no pickle) and `.json` (labels, temperatures, thresholds,
training provenance), written by `scripts/train_reader.py` from `data/reading/`.

Inference is numpy only. Each prediction says which block of the request pushed it
(the ask, the earlier turns, the instructions, the rule cues), so the evidence can
name the role that decided.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from usegate.reading.features import BLOCKS, DENSE_BLOCKS, block_sizes, dense_size

VERSION = "v1"
PURPOSES = (
    "identification",
    "verification",
    "gallery",
    "face_not_recognition",
    "writing_about_fr",
    "unrelated",
)
FR_PURPOSES = frozenset(PURPOSES[:3])
CONTEXT_SIGNALS = ("real_time", "mobile_camera", "uncontrolled")
CONTEXT_CLASSES = ("true", "false", "unsaid")
_BLOCK_LABELS = {
    "ask": "the ask",
    "setup": "earlier turns",
    "instructions": "the instructions",
    "rules": "rule cues",
    "ask_ngrams": "the ask's wording",
    "context_ngrams": "the instructions' wording",
}
#: (indices, values) of the sparse n-gram features, relative to the first n-gram block
Sparse = tuple[np.ndarray, np.ndarray]

_lock = threading.Lock()
_loaded: dict[str, Heads] = {}


@dataclass(frozen=True)
class Head:
    labels: tuple[str, ...]
    weights: np.ndarray  # k x d
    bias: np.ndarray  # k
    temperature: float

    def logits(self, x: np.ndarray, sparse: Sparse) -> np.ndarray:
        d = x.shape[0]
        idx, val = sparse
        z: np.ndarray = self.weights[:, :d] @ x + self.weights[:, d + idx] @ val + self.bias
        return z

    def proba(self, x: np.ndarray, sparse: Sparse) -> np.ndarray:
        z = self.logits(x, sparse) / self.temperature
        z -= z.max()
        e = np.exp(z)
        p: np.ndarray = e / e.sum()
        return p


@dataclass(frozen=True)
class Prediction:
    """One head's reading of one request."""

    probabilities: Mapping[str, float]
    label: str
    #: how much each block of the request pushed towards `label` (logit contributions)
    pushes: Mapping[str, float]

    def explain(self) -> str:
        top = sorted(self.pushes.items(), key=lambda kv: -kv[1])
        said = ", ".join(f"{_BLOCK_LABELS[b]} {v:+.1f}" for b, v in top if abs(v) >= 0.3)
        return said or "no block stands out"


class Heads:
    """The loaded artifact."""

    def __init__(self, arrays: Mapping[str, np.ndarray], meta: Mapping[str, Any]) -> None:
        self.meta = dict(meta)
        self.mean = np.asarray(arrays["mean"], dtype=np.float32)
        self.scale = np.asarray(arrays["scale"], dtype=np.float32)
        temps = meta.get("temperatures", {})
        self.heads: dict[str, Head] = {}
        for name, labels in (("purpose", PURPOSES), *((s, CONTEXT_CLASSES) for s in CONTEXT_SIGNALS)):
            self.heads[name] = Head(
                tuple(meta.get("labels", {}).get(name, labels)),
                np.asarray(arrays[f"{name}_W"], dtype=np.float32),
                np.asarray(arrays[f"{name}_b"], dtype=np.float32),
                float(temps.get(name, 1.0)),
            )
        sizes = block_sizes()
        self._blocks: list[tuple[str, slice]] = []
        start = 0
        for b in BLOCKS:
            self._blocks.append((b, slice(start, start + sizes[b])))
            start += sizes[b]
        if dense_size() != self.mean.shape[0] or any(
            h.weights.shape[1] != start for h in self.heads.values()
        ):
            raise ValueError(f"reader artifact does not fit the features the code makes ({start})")

    @classmethod
    def load(cls, path: Path | None = None) -> Heads:
        key = str(path or "")
        with _lock:
            found = _loaded.get(key)
            if found is None:
                base = path or Path(
                    str(resources.files("usegate.reading") / "artifacts" / f"reader-{VERSION}")
                )
                with np.load(base.with_suffix(".npz"), allow_pickle=False) as data:
                    arrays = {k: data[k] for k in data.files}
                meta = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
                found = _loaded[key] = cls(arrays, meta)
            return found

    @classmethod
    def load_fast(cls) -> Heads | None:
        """The encoder-free heads (`reader-<version>-fast`), when the artifact ships them."""
        base = Path(str(resources.files("usegate.reading") / "artifacts" / f"reader-{VERSION}-fast"))
        if not base.with_suffix(".npz").exists():
            return None
        return cls.load(base)

    def scaled(self, x: np.ndarray) -> np.ndarray:
        out: np.ndarray = (x - self.mean) / self.scale
        return out

    def predict(self, name: str, x: np.ndarray, sparse: Sparse) -> Prediction:
        """`x`: the dense features, already scaled; `sparse`: the n-gram features."""
        head = self.heads[name]
        p = head.proba(x, sparse)
        k = int(np.argmax(p))
        w = head.weights[k]
        pushes = {b: float(w[s] @ x[s]) / head.temperature for b, s in self._blocks if b in DENSE_BLOCKS}
        idx, val = sparse
        d = x.shape[0]
        for b, s in self._blocks:
            if b not in DENSE_BLOCKS:
                mask = (idx + d >= s.start) & (idx + d < s.stop)
                pushes[b] = float(w[d + idx[mask]] @ val[mask]) / head.temperature
        return Prediction(
            {lab: float(v) for lab, v in zip(head.labels, p, strict=True)}, head.labels[k], pushes
        )

    def threshold(self, name: str, default: float) -> float:
        return float(self.meta.get("thresholds", {}).get(name, default))
