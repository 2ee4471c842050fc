"""How the purpose model reads a `Case`: text assembled from the whole request, then features.

Where the words come from, and how much each part counts:

| part | weight | why |
|---|---|---|
| the last user turn that has text | 1.0 | the ask being made now |
| earlier user turns | 0.7 | set-ups of an ask split across turns |
| system / developer prompt | 0.7 | vendors hide the purpose here and send "next one" |
| tool and function definitions | 0.8 | `match_face`, `search_mugshots(face_crop)` say what the app does |
| tool calls the model made | 0.5 | |
| tool results | 0.3 | mostly data, rarely purpose |
| assistant prose | 0 | a model saying "I can't identify people" is not the customer's purpose |

Structural tokens add what words do not say: the endpoint (`/v1/embeddings`
makes templates), how many images the request carries and whether the last
turn has one.

Text is normalised against evasion before features are taken: Unicode NFKC,
lower case, Latin accents stripped, leetspeak undone inside words that mix
letters and digits (`f4c3` → `face`), and spaced-out letters joined (`f a c e`,
`f.a.c.e` → `face`). Words following a negation (`not`, `don't`, `ne…pas`,
`sin`, `nicht`, `não`, `senza`, `niet`, `nie`, …) are marked `NOT_`, so "don't
identify him" and "identify him" are different features.

Features: character n-grams 2–5 inside word boundaries (`c:`; they carry
typos, inflections and languages without spaces), word unigrams and bigrams
(`w:`), structural tokens (`t:`), and language-independent concept tokens
(`k:`, see `usegate.purpose.concepts`): the rule layer's fired cues,
and concept unigrams / bigrams from a small nine-language lexicon, so that what
is learned from phrasing in one language carries to the others. Each block is weighted by the part it
came from, log-scaled, multiplied by its idf and L2-normalised.

Must not read images' pixels, tenants or policies.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from usegate.purpose.concepts import concept_sequence
from usegate.request.case import Case
from usegate.signals.text_rules import TextFindings, analyse

#: Part weights (see the module docstring).
W_LAST_USER = 1.0
W_EARLIER_USER = 0.7
W_SYSTEM = 0.7
W_TOOL_DEF = 0.8
W_TOOL_CALL = 0.5
W_TOOL_RESULT = 0.3

MAX_PART_CHARS = 1200
MAX_TOTAL_CHARS = 5000
CHAR_NGRAMS = (2, 5)
BLOCK_WEIGHTS = {"c": 1.0, "w": 0.5, "t": 0.3, "k": 0.8}
_BLOCKS = tuple(BLOCK_WEIGHTS)
_BLOCK_INDEX = {b: i for i, b in enumerate(_BLOCKS)}
_BLOCK_SCALE = np.asarray([BLOCK_WEIGHTS[b] for b in _BLOCKS], dtype=np.float64)

_LEET = str.maketrans(
    {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_MIXED = re.compile(r"\b(?=\w*[a-z])(?=\w*[0-9])[a-z0-9@$]+\b")
_SPACED = re.compile(r"\b(?:[a-z][ ._\-*]){2,}[a-z]\b")
_WS = re.compile(r"\s+")
_CLAUSE = re.compile(r"[.,;:!?¿¡()\[\]\"“”«»。、！？\n]+")
_WORD = re.compile(r"[\w']+")
_NEGATORS = frozenset(
    "not no never without don't dont doesn't didn't isn't won't n't pas sans ni jamais sin nunca "
    "nicht kein keine keinen ohne nie nao sem non senza mai niet geen zonder nooit bez".split()
)
_NEG_SCOPE = 3


def normalise(text: str) -> str:
    """Lower-case, accent-free, de-leeted and de-spaced text (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).lower()
    decomposed = unicodedata.normalize("NFD", text)
    text = unicodedata.normalize("NFC", "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f")))
    text = text.replace("’", "'").replace("‘", "'")
    text = _MIXED.sub(lambda m: m.group(0).translate(_LEET) if not m.group(0).isdigit() else m.group(0), text)
    text = _SPACED.sub(lambda m: re.sub(r"[ ._\-*]", "", m.group(0)), text)
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class Part:
    """A piece of request text with the weight it carries."""

    kind: str  # user, earlier_user, system, tool_def, tool_call, tool_result
    weight: float
    text: str  # normalised


def parts(case: Case) -> tuple[list[Part], list[str]]:
    """The weighted text parts of a case, and its structural tokens."""
    out: list[Part] = []
    users = [t for t in case.texts if t.role in ("user", "prompt", "input")]
    last_turn = max((t.turn for t in users), default=None)
    for t in case.texts:
        if t.role in ("user", "prompt", "input"):
            kind, weight = ("user", W_LAST_USER) if t.turn == last_turn else ("earlier_user", W_EARLIER_USER)
        elif t.role in ("system", "developer"):
            kind, weight = "system", W_SYSTEM
        elif t.role == "tool_call":
            kind, weight = "tool_call", W_TOOL_CALL
        elif t.role == "tool":
            kind, weight = "tool_result", W_TOOL_RESULT
        else:
            continue  # assistant prose
        out.append(Part(kind, weight, normalise(t.text[:MAX_PART_CHARS].replace("_", " "))))
    for tool in case.tools:
        out.append(Part("tool_def", W_TOOL_DEF, normalise(tool.text[:MAX_PART_CHARS].replace("_", " "))))
    tokens = _structure(case, last_turn)
    total = 0
    kept: list[Part] = []
    for p in sorted(out, key=lambda p: -p.weight):
        if total >= MAX_TOTAL_CHARS:
            break
        kept.append(p)
        total += len(p.text)
    return kept, tokens


def _structure(case: Case, last_turn: int | None) -> list[str]:
    tokens: list[str] = []
    endpoint = case.endpoint.rstrip("/").rsplit("/", 1)[-1] or "none"
    tokens.append(f"endpoint={endpoint}")
    n = len(case.images)
    tokens.append("images=0" if n == 0 else ("images=1" if n == 1 else "images=2+"))
    if n and any(i.turn == last_turn for i in case.images):
        tokens.append("image_in_last_turn")
    if case.tools:
        tokens.append("has_tools")
        for tool in case.tools:
            tokens.append("tool=" + tool.name.lower())
    if any(t.role in ("system", "developer") for t in case.texts):
        tokens.append("has_system")
    users = {t.turn for t in case.texts if t.role == "user"}
    if len(users) > 1:
        tokens.append("multi_turn")
    for key, value in sorted(case.metadata.items()):
        if key in ("purpose", "use_case", "task"):
            tokens.append(f"meta_{key}")
            for word in _WORD.findall(normalise(value)):
                tokens.append(f"meta={word}")
    return tokens


def _words(text: str) -> list[str]:
    words: list[str] = []
    for clause in _CLAUSE.split(text):
        scope = 0
        for w in _WORD.findall(clause):
            if w in _NEGATORS or w.endswith("n't"):
                words.append(w)
                scope = _NEG_SCOPE
                continue
            if scope:
                words.append("NOT_" + w)
                scope -= 1
            else:
                words.append(w)
        words.append("|")
    return words


def rule_tokens(case: Case, findings: TextFindings | None = None) -> list[str]:
    """One token per fired rule cue (family and name), negations and visual context."""
    f = findings if findings is not None else analyse(case)
    tokens: list[str] = []
    for family, hits in (
        ("identify", f.identify),
        ("verify", f.verify),
        ("gallery", f.gallery),
        ("tool", f.tools),
        ("not_recognition", f.not_recognition),
        ("negated", f.negated),
    ):
        for h in hits:
            tokens.append(f"rule:{family}")
            tokens.append(f"rule:{family}:{h.cue}")
            if h.where.startswith("instructions (") and "tool" not in h.where:
                tokens.append(f"rule:{family}@system")
            elif h.where.startswith("instructions (tool definition"):
                tokens.append(f"rule:{family}@tooldef")
    if f.visual:
        tokens.append("rule:visual")
    if f.face_words:
        tokens.append("rule:face_words")
    return tokens


def _concepts(text: str, weight: float, tf: dict[str, float], origin: dict[str, str], prefix: str) -> None:
    seen: set[str] = set()
    for clause in _CLAUSE.split(text):
        seq = concept_sequence(_words(clause), clause)
        prev = ""
        for c, word in seq:
            for key in (f"k:{prefix}{c}", *((f"k:{prefix}{prev} {c}",) if prev and prev != c else ())):
                tf[key] = tf.get(key, 0.0) + weight
                origin.setdefault(key, f"{key[2:]} ← {word}")
            seen.add(c)
            prev = c
    base = {c.removeprefix("NOT_") for c in seen if not c.startswith("NOT_")}
    # co-occurrence anywhere in the part: "who … face … database" across clauses
    for a, b in (
        ("WHO", "IMAGE"),
        ("WHO", "FACE"),
        ("FACE", "RECORDS"),
        ("FACE", "CRIMINAL"),
        ("IMAGE", "CRIMINAL"),
        ("IDENTIFY", "IMAGE"),
        ("IDENTIFY", "FACE"),
        ("NAME", "IMAGE"),
        ("FACE", "ENROLL"),
        ("FACE", "EMBED"),
        ("FACE", "MATCH"),
        ("SAME", "IMAGE"),
        ("PERSON", "CRIMINAL"),
        ("PERSON", "RECORDS"),
        ("MATCH", "RECORDS"),
        ("ENROLL", "CRIMINAL"),
    ):
        if a in base and b in base:
            key = f"k:{prefix}{a}&{b}"
            tf[key] = tf.get(key, 0.0) + weight


@functools.lru_cache(maxsize=65536)
def _char_grams(token: str, lo: int, hi: int) -> tuple[str, ...]:
    """The `c:` features of one token, with repeats (a token's n-grams may recur)."""
    padded = f" {token} "
    size = len(padded)
    return tuple("c:" + padded[k : k + n] for n in range(lo, hi + 1) for k in range(size - n + 1))


def raw_features(case: Case, findings: TextFindings | None = None) -> tuple[dict[str, float], dict[str, str]]:
    """Weighted term frequencies keyed `c:`/`w:`/`t:`/`k:`, and the words each feature came from.

    `findings`: the rule layer's analysis of this case when the caller already has it.
    """
    tf: dict[str, float] = {}
    origin: dict[str, str] = {}
    lo, hi = CHAR_NGRAMS
    text_parts, tokens = parts(case)
    for p in text_parts:
        wt = p.weight
        # count each distinct token once: its n-grams are cached, the weight scales with the count
        counts: dict[str, int] = {}
        for token in p.text.split(" "):
            counts[token] = counts.get(token, 0) + 1
        for token, count in counts.items():
            add = wt * count
            for key in _char_grams(token, lo, hi):
                tf[key] = tf.get(key, 0.0) + add
                if key not in origin:
                    origin[key] = token
        words = _words(p.text)
        prev = "|"
        for w in words:
            if w != "|":
                key = "w:" + w
                tf[key] = tf.get(key, 0.0) + wt
                if prev != "|":
                    key = "w:" + prev + " " + w
                    tf[key] = tf.get(key, 0.0) + wt
            prev = w
        _concepts(p.text, wt, tf, origin, "")
        if p.kind == "system":
            _concepts(p.text, wt, tf, origin, "sys:")
    for t in tokens:
        key = "t:" + t
        tf[key] = tf.get(key, 0.0) + 1.0
    for t in rule_tokens(case, findings):
        key = "k:" + t
        tf[key] = tf.get(key, 0.0) + 1.0
    return tf, origin


def vectorise(
    tf: Mapping[str, float], vocab: Mapping[str, int], idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Indices, values and names of a case's known features, scaled as in training.

    Each block (`c` char n-grams, `w` words, `t` structure, `k` concepts) is
    log-scaled, idf-weighted, L2-normalised and weighted by `BLOCK_WEIGHTS`.
    """
    names: list[str] = []
    idx_list: list[int] = []
    counts: list[float] = []
    get = vocab.get
    for key, count in tf.items():
        j = get(key)
        if j is not None:
            names.append(key)
            idx_list.append(j)
            counts.append(count)
    if not names:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), []
    idx = np.asarray(idx_list, dtype=np.int64)
    val = np.log1p(np.asarray(counts, dtype=np.float64)) * idf[idx]
    block = np.fromiter((_BLOCK_INDEX[n[0]] for n in names), dtype=np.int64, count=len(names))
    norms = np.sqrt(np.bincount(block, weights=val * val, minlength=len(_BLOCKS)))
    norms[norms == 0.0] = 1.0
    scale = _BLOCK_SCALE / norms
    val = val * scale[block]
    # training's order: block by block, in tf order within each block
    order = np.argsort(block, kind="stable")
    return idx[order], val[order].astype(np.float32), [names[i] for i in order.tolist()]
