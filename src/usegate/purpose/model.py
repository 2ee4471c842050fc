"""The learned purpose model: is a request asking for facial recognition, and which kind?

A multinomial logistic regression over the features of `usegate.purpose.features`,
with temperature-scaled (calibrated) probabilities. The artifact is two files
in `usegate/purpose/artifacts/`: `purpose-<version>.npz` (vocabulary as UTF-8
bytes, idf, weights, bias; no pickle) and `purpose-<version>.json` (labels,
temperature, thresholds, training provenance). Inference is numpy only: no
scikit-learn, no network, no pickle.

    >>> from usegate.purpose import PurposeModel
    >>> model = PurposeModel.load()              # cached, thread-safe
    >>> p = model.predict(case)                  # PurposePrediction
    >>> p.label, p.fr_probability, p.fr, p.evidence
    ('identification', 0.97, True, ("model: 'mugshot' (+0.41)", ...))

`fr` is three-valued: True when P(recognition) >= `FR_TRUE` (0.8), False when
<= `FR_FALSE` (0.2), None in between; `label` is "unknown" in that band.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from usegate.purpose.features import raw_features, vectorise
from usegate.request.case import Case
from usegate.signals.text_rules import TextFindings

LABELS = ("identification", "verification", "gallery", "face_not_recognition", "unrelated")
FR_LABELS = frozenset(LABELS[:3])
VERSION = "v1"
FR_TRUE = 0.8
FR_FALSE = 0.2
EVIDENCE_TOP = 4

_LOCK = threading.Lock()
_CACHE: dict[str, PurposeModel] = {}


@dataclass(frozen=True)
class PurposePrediction:
    """What the model read in one request.

    - `label`: one of `LABELS`, or "unknown" when P(recognition) is between `FR_FALSE` and `FR_TRUE`
    - `probabilities`: calibrated probability of each label (sums to 1)
    - `fr_probability`: P(identification) + P(verification) + P(gallery)
    - `fr`: True / False / None (unknown), from the thresholds
    - `evidence`: the words that pushed hardest towards the label, as `model: 'word' (+weight)`
    - `elapsed_ms`: time spent in `predict`
    """

    label: str
    probabilities: dict[str, float]
    fr_probability: float
    fr: bool | None
    evidence: tuple[str, ...] = ()
    elapsed_ms: float = 0.0
    version: str = VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()},
            "fr_probability": round(self.fr_probability, 4),
            "fr": self.fr,
            "evidence": list(self.evidence),
            "elapsed_ms": round(self.elapsed_ms, 3),
            "version": self.version,
        }


def artifact_dir() -> Path:
    return Path(str(resources.files("usegate.purpose") / "artifacts"))


class PurposeModel:
    """A loaded purpose model. Use `PurposeModel.load()`; `predict` is thread-safe (state is read-only)."""

    def __init__(
        self,
        vocab: dict[str, int],
        idf: np.ndarray,
        weights: np.ndarray,
        bias: np.ndarray,
        meta: dict[str, Any],
    ) -> None:
        self.vocab = vocab
        self.idf = idf.astype(np.float32)
        self.weights = weights.astype(np.float32)  # (n_features, n_labels)
        self.bias = bias.astype(np.float32)
        self.meta = meta
        self.labels: tuple[str, ...] = tuple(meta.get("labels", LABELS))
        self.temperature = float(meta.get("temperature", 1.0))
        self.fr_true = float(meta.get("fr_true", FR_TRUE))
        self.fr_false = float(meta.get("fr_false", FR_FALSE))
        self.version = str(meta.get("version", VERSION))
        self._fr_mask = np.array([lab in FR_LABELS for lab in self.labels])

    # -- loading ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None, version: str = VERSION) -> PurposeModel:
        """Load (once per process, under a lock) the artifact shipped in the package, or one at `path`."""
        directory = Path(path) if path is not None else artifact_dir()
        key = f"{directory}::{version}"
        with _LOCK:
            model = _CACHE.get(key)
            if model is None:
                model = cls.from_files(
                    directory / f"purpose-{version}.npz", directory / f"purpose-{version}.json"
                )
                _CACHE[key] = model
            return model

    @classmethod
    def from_files(cls, npz_path: Path, meta_path: Path) -> PurposeModel:
        if not npz_path.is_file():
            raise FileNotFoundError(f"purpose model artifact not found: `{npz_path}`")
        with np.load(npz_path, allow_pickle=False) as data:
            vocab_list = bytes(data["vocab"]).decode("utf-8").split("\n")
            idf = data["idf"]
            weights = data["weights"]
            bias = data["bias"]
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        vocab = {name: i for i, name in enumerate(vocab_list)}
        return cls(vocab, idf, weights, bias, meta)

    # -- inference -------------------------------------------------------------------------------

    def _scores(
        self, case: Case, findings: TextFindings | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], dict[str, str]]:
        tf, origin = raw_features(case, findings)
        idx, val, names = vectorise(tf, self.vocab, self.idf)
        logits = self.bias.copy()
        if idx.size:
            logits += val @ self.weights[idx]
        return logits, idx, val, names, origin

    def _probabilities(self, logits: np.ndarray) -> np.ndarray:
        z = logits / self.temperature
        z = z - z.max()
        e = np.exp(z)
        out: np.ndarray = e / e.sum()
        return out

    def predict(self, case: Case, findings: TextFindings | None = None) -> PurposePrediction:
        """`findings`: the rule layer's `analyse(case)` when the caller has it already (saves a scan)."""
        start = time.perf_counter()
        logits, idx, val, names, origin = self._scores(case, findings)
        probs = self._probabilities(logits)
        fr_p = float(probs[self._fr_mask].sum())
        if fr_p >= self.fr_true:
            fr: bool | None = True
            best = int(np.argmax(np.where(self._fr_mask, probs, -1.0)))
            label = self.labels[best]
        elif fr_p <= self.fr_false:
            fr = False
            best = int(np.argmax(np.where(~self._fr_mask, probs, -1.0)))
            label = self.labels[best]
        else:
            fr = None
            best = int(np.argmax(probs))
            label = "unknown"
        evidence = self._evidence(best, probs, idx, val, names, origin)
        elapsed = (time.perf_counter() - start) * 1000.0
        return PurposePrediction(
            label=label,
            probabilities={lab: float(p) for lab, p in zip(self.labels, probs, strict=True)},
            fr_probability=fr_p,
            fr=fr,
            evidence=evidence,
            elapsed_ms=elapsed,
            version=self.version,
        )

    def fr_probability(self, case: Case) -> tuple[float, tuple[str, ...]]:
        """P(recognition) and the evidence words: the shape `signals.purpose.PurposeModelLike` expects."""
        p = self.predict(case)
        return p.fr_probability, p.evidence

    def fr_probability_with_findings(
        self, case: Case, findings: TextFindings
    ) -> tuple[float, tuple[str, ...]]:
        """As `fr_probability`, reusing the rule analysis the signal already made for this request."""
        p = self.predict(case, findings)
        return p.fr_probability, p.evidence

    def _evidence(
        self,
        best: int,
        probs: np.ndarray,
        idx: np.ndarray,
        val: np.ndarray,
        names: list[str],
        origin: dict[str, str],
    ) -> tuple[str, ...]:
        """Words whose features push the chosen class over the strongest class on the other side."""
        if not idx.size:
            return ("model: no known words",)
        is_fr = bool(self._fr_mask[best])
        rival_mask = ~self._fr_mask if is_fr else self._fr_mask
        rival = int(np.argmax(np.where(rival_mask, probs, -1.0)))
        w = self.weights[idx]
        contrib = val * (w[:, best] - w[:, rival])
        per_word: dict[str, float] = {}
        for name, c in zip(names, contrib.tolist(), strict=True):
            kind = name[0]
            if kind == "c":
                word = origin.get(name, name[2:].strip())
            elif kind == "w":
                word = name[2:]
            elif kind == "k":
                word = "concept " + origin.get(name, name[2:])
            else:
                word = "[" + name[2:] + "]"
            per_word[word] = per_word.get(word, 0.0) + c
        top = sorted(per_word.items(), key=lambda kv: -kv[1])[:EVIDENCE_TOP]
        toward = self.labels[best]
        out = [f"model: '{word}' (+{score:.2f} toward {toward})" for word, score in top if score > 0.05]
        return tuple(out) or ("model: no single word stands out",)
