"""One request -> one feature vector for the reader's heads.

Blocks, in order (names in `BLOCKS`, sizes in `block_sizes()`):

- `ask`: embedding of the last user turn's ask (payload cut out), head and tail
  within `LAST_ASK_CHARS`;
- `setup`: embedding of the earlier user turns' ask (the turns that set it up);
- `instructions`: embedding of the deployer's instructions and tool schemas;
- `rules`: the transparent rule layer's cues counted by family and role (ask,
  instructions, tool definitions, payload), the request's structure (endpoint,
  images, turns, kinds of payload) and context cues;
- `ask_ngrams`, `context_ngrams`: hashed character 2–4-grams of the ask, and of the
  earlier turns with the instructions (sparse). They carry the languages the sentence
  encoder was not trained on (Hindi, Vietnamese, Ukrainian, Indonesian, Swedish,
  Greek) and the spellings people actually use.

A cue inside payload is its own feature, so a head can learn that a transcript
line "who's he?" under "write my report" is not an ask, while face-matching code
under "make this search our booking photos" is.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from usegate.reading import encoder
from usegate.request.anatomy import Anatomy
from usegate.request.case import Case
from usegate.signals.text_rules import Hit, TextFindings

LAST_ASK_CHARS = 480
SETUP_CHARS = 240
INSTRUCTIONS_CHARS = 480

BLOCKS = ("ask", "setup", "instructions", "rules", "ask_ngrams", "context_ngrams")
DENSE_BLOCKS = BLOCKS[:4]
NGRAM_SIZES = {"ask_ngrams": 2**15, "context_ngrams": 2**14}
_FAMILIES = ("identify", "verify", "gallery", "tools", "not_recognition", "negated")
_ROLES = ("ask", "instructions", "tooldef", "payload", "payload_code")
_ENDPOINTS = ("chat/completions", "responses", "embeddings", "completions")
_PAYLOAD_KINDS = ("dialogue", "quoted", "document", "code", "assistant", "tool")
_CONTEXT_KEYS = (
    ("real_time", True),
    ("real_time", False),
    ("mobile_camera", True),
    ("mobile_camera", False),
    ("uncontrolled", True),
    ("uncontrolled", False),
)


IMAGE_FEATURES = ("has_images", "n_images", "image_in_last_turn")


def rule_feature_names() -> list[str]:
    names = [f"rule:{fam}@{role}" for role in _ROLES for fam in _FAMILIES]
    # whether images are attached: trained with image dropout (scripts/train_reader.py), so the
    # words must carry the purpose and an attached image only supports them (a corpus whose
    # recognition asks mostly carry images would otherwise teach "no image, no recognition")
    names += ["visual", "face_words", *IMAGE_FEATURES]
    names += [f"endpoint:{e}" for e in _ENDPOINTS]
    names += [f"payload:{k}" for k in _PAYLOAD_KINDS]
    names += ["user_turns", "ask_chars", "payload_chars", "has_instructions", "n_tools", "no_ask"]
    names += [f"context:{s}={'true' if v else 'false'}" for s, v in _CONTEXT_KEYS]
    return names


RULE_FEATURES = rule_feature_names()
#: the three embedding blocks (ask, earlier turns, instructions) at the head of the dense features
EMBED_SIZE = 3 * encoder.DIM


def block_sizes() -> dict[str, int]:
    return {
        "ask": encoder.DIM,
        "setup": encoder.DIM,
        "instructions": encoder.DIM,
        "rules": len(RULE_FEATURES),
        **NGRAM_SIZES,
    }


def dense_size() -> int:
    sizes = block_sizes()
    return sum(sizes[b] for b in DENSE_BLOCKS)


@functools.cache
def _hasher(n_features: int) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb", ngram_range=(2, 4), n_features=n_features, alternate_sign=False, norm="l2"
    )


def ngrams(texts: Texts) -> tuple[np.ndarray, np.ndarray]:
    """Sparse n-gram features: (indices into the n-gram blocks, values)."""
    ask = _hasher(NGRAM_SIZES["ask_ngrams"]).transform([texts.ask.lower()])
    ctx = _hasher(NGRAM_SIZES["context_ngrams"]).transform(
        [(texts.setup + " \n " + texts.instructions).lower()]
    )
    idx = np.concatenate([ask.indices, ctx.indices + NGRAM_SIZES["ask_ngrams"]]).astype(np.int64)
    val = np.concatenate([ask.data, ctx.data]).astype(np.float32)
    return idx, val


def _window(text: str, limit: int, *, tail: bool = False) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if tail:
        return text[-limit:]
    head = limit * 2 // 3
    return text[:head] + " … " + text[-(limit - head) :]


@dataclass(frozen=True)
class Texts:
    """The texts a request is read from (what the embeddings saw, for the evidence)."""

    ask: str
    setup: str
    instructions: str


def texts_of(anatomy: Anatomy) -> Texts:
    instructions = []
    for seg in anatomy.instructions:
        limit = 240 if seg.source == "tool_schema" else INSTRUCTIONS_CHARS
        instructions.append(_window(seg.text, limit))
    return Texts(
        ask=_window(anatomy.last_ask, LAST_ASK_CHARS),
        setup=_window(anatomy.earlier_ask, SETUP_CHARS, tail=True),
        instructions=_window(" | ".join(instructions), INSTRUCTIONS_CHARS),
    )


def _role_of(hit: Hit) -> str:
    w = hit.where
    if w.startswith("instructions (tool definition"):
        return "tooldef"
    if w.startswith("instructions"):
        return "instructions"
    if w.startswith("payload"):
        return "payload_code" if w.endswith(", code)") else "payload"
    return "ask"


def rule_vector(
    case: Case, anatomy: Anatomy, findings: TextFindings, payload: TextFindings, context: TextFindings | None
) -> np.ndarray:
    counts: dict[str, int] = {}
    for f in (findings, payload):
        for fam in _FAMILIES:
            for h in getattr(f, fam):
                key = f"rule:{fam}@{_role_of(h)}"
                counts[key] = counts.get(key, 0) + 1
    v = [math.log1p(counts.get(f"rule:{fam}@{role}", 0)) for role in _ROLES for fam in _FAMILIES]
    last = anatomy.last_turn
    v += [
        float(findings.visual),
        math.log1p(len(findings.face_words)),
        float(bool(case.images)),
        math.log1p(len(case.images)),
        float(any(im.turn == last for im in case.images)),
    ]
    v += [float(case.endpoint.endswith(e)) for e in _ENDPOINTS]
    kinds = {seg.source for seg in anatomy.payload}
    v += [float(k in kinds) for k in _PAYLOAD_KINDS]
    ask_turns = {seg.turn for seg in anatomy.ask}
    v += [
        math.log1p(len(ask_turns)),
        math.log1p(len(anatomy.last_ask)) / 5.0,
        math.log1p(sum(len(s.text) for s in anatomy.payload)) / 5.0,
        float(bool(anatomy.instructions)),
        math.log1p(len(case.tools)),
        float(not anatomy.last_ask.strip()),
    ]
    ctx = context.context if context is not None else {}
    v += [math.log1p(len(ctx.get(k, []))) for k in _CONTEXT_KEYS]
    return np.asarray(v, dtype=np.float32)


def embed(texts: Texts) -> np.ndarray:
    """The three embedding blocks, concatenated (instructions are cached: they recur)."""
    vectors = encoder.encode([texts.ask, texts.setup, texts.instructions], cache=[False, False, True])
    return vectors.reshape(-1)


def vector(
    case: Case,
    anatomy: Anatomy,
    findings: TextFindings,
    payload: TextFindings,
    context: TextFindings | None,
    texts: Texts | None = None,
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """(dense features, sparse n-gram features) of one request."""
    texts = texts or texts_of(anatomy)
    dense = np.concatenate([embed(texts), rule_vector(case, anatomy, findings, payload, context)])
    return dense, ngrams(texts)


def batch_embed(all_texts: Sequence[Texts]) -> np.ndarray:
    """Embeddings for many requests at once (training): n x (3 * 512)."""
    flat = [t for texts in all_texts for t in (texts.ask, texts.setup, texts.instructions)]
    out = np.zeros((len(flat), encoder.DIM), dtype=np.float32)
    step = 256
    for i in range(0, len(flat), step):
        out[i : i + step] = encoder.encode(flat[i : i + step])
    return out.reshape(len(all_texts), -1)
