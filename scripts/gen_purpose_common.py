"""Shared plumbing for the purpose-corpus generators (no phrases live here).

The phrase banks, system prompts, tool schemas and body shapes live in the two
generators, `gen_purpose_train.py` and `gen_purpose_test.py`, written apart so the
held-out split does not share templates or vocabulary with the training split.
This module only holds: label names, the record writer, image placeholders and
the surface perturbations that attackers and hurried officers produce (typos,
leetspeak, spaced letters, no accents, shouting).
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path
from typing import Any

LABELS = ("identification", "verification", "gallery", "face_not_recognition", "unrelated")
FR_LABELS = frozenset(LABELS[:3])

IMG = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHRsc"
IMG_URL = "https://files.example.invalid/uploads/{n}.jpg"

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "purpose"


def image_part(rng: random.Random) -> dict[str, Any]:
    if rng.random() < 0.8:
        return {"type": "image_url", "image_url": {"url": IMG}}
    return {"type": "image_url", "image_url": {"url": IMG_URL.format(n=rng.randrange(10_000, 99_999))}}


def user_content(text: str, n_images: int, rng: random.Random) -> Any:
    if n_images == 0:
        return text
    parts: list[dict[str, Any]] = []
    if text:
        parts.append({"type": "text", "text": text})
    parts.extend(image_part(rng) for _ in range(n_images))
    if rng.random() < 0.3 and text:
        parts = parts[1:] + parts[:1]  # image first, then the words
    return parts


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f")))


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(word: str, rng: random.Random) -> str:
    return "".join(_LEET[c] if c in _LEET and rng.random() < 0.6 else c for c in word)


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1 :]  # drop
    if kind < 0.7:
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]  # swap
    return word[:i] + word[i] + word[i:]  # double


def perturb(text: str, rng: random.Random, *, p: float = 0.25, cjk: bool = False) -> tuple[str, str]:
    """Return the text with at most one kind of surface noise, and the noise's name."""
    if rng.random() > p:
        return text, "clean"
    kind = rng.choice(["typo", "typo", "leet", "spaced", "lower", "noaccent", "upper"])
    if cjk and kind in ("typo", "leet", "spaced"):
        kind = "lower"
    words = text.split(" ")
    if kind == "typo":
        for _ in range(rng.randint(1, 3)):
            j = rng.randrange(len(words))
            words[j] = typo(words[j], rng)
        return " ".join(words), kind
    if kind == "leet":
        long = [j for j, w in enumerate(words) if len(w) >= 4]
        for j in rng.sample(long, min(len(long), rng.randint(1, 3))):
            words[j] = leet(words[j], rng)
        return " ".join(words), kind
    if kind == "spaced":
        long = [j for j, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if long:
            j = rng.choice(long)
            words[j] = rng.choice([" ", ".", "-", "_"]).join(words[j])
        return " ".join(words), kind
    if kind == "lower":
        return text.lower().rstrip(".?!"), kind
    if kind == "noaccent":
        return strip_accents(text), kind
    return text.upper(), kind


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def dedupe(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for r in records:
        key = json.dumps(r["body"], sort_keys=True, ensure_ascii=False) + r["endpoint"]
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
