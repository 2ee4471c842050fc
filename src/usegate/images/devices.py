"""Camera makers and models to device classes, from the maintained table in `devices.yaml`.

`classify(make, model)` reads EXIF `Make`/`Model`; `classify_text(text)` reads OCR text
of a burned-in overlay (an `AXON BODY 3 X6033...` stamp). Both return a `DeviceMatch`
or None when the table says nothing. The table is data: add makers there, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from usegate.exceptions import ConfigError

CLASSES = ("body_worn", "dash", "handheld", "drone", "fixed")
MOBILE = frozenset({"body_worn", "dash", "handheld", "drone"})


@dataclass(frozen=True)
class DeviceMatch:
    device: str  # one of CLASSES
    confidence: float
    maker: str  # the alias that matched
    rule: str  # the model regex that matched, or "default"


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    device: str
    confidence: float


@dataclass(frozen=True)
class _Maker:
    aliases: tuple[str, ...]
    alias_re: re.Pattern[str]
    overlay: bool
    default: str | None
    confidence: float
    rules: tuple[_Rule, ...]


def _device(value: Any, where: str) -> str:
    if value not in CLASSES:
        raise ConfigError(f"devices table: unknown device class `{value}`: {where}")
    return str(value)


@lru_cache(maxsize=1)
def table() -> tuple[_Maker, ...]:
    """The parsed device table (validated once per process)."""
    text = resources.files("usegate.images").joinpath("devices.yaml").read_text("utf-8")
    return parse_table(yaml.safe_load(text))


def parse_table(data: Any) -> tuple[_Maker, ...]:
    if not isinstance(data, dict) or not isinstance(data.get("makers"), list):
        raise ConfigError("devices table: expected a mapping with a `makers` list")
    makers: list[_Maker] = []
    for entry in data["makers"]:
        aliases = tuple(str(a).lower() for a in entry.get("make", ()))
        if not aliases:
            raise ConfigError(f"devices table: maker without `make`: {entry}")
        confidence = float(entry.get("confidence", 0.9))
        default = entry.get("default")
        rules = tuple(
            _Rule(
                re.compile(str(r["match"]), re.IGNORECASE),
                _device(r.get("class"), str(aliases[0])),
                float(r.get("confidence", confidence)),
            )
            for r in entry.get("models", ())
        )
        alias_re = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(a) for a in aliases) + r")(?![a-z0-9])")
        makers.append(
            _Maker(
                aliases=aliases,
                alias_re=alias_re,
                overlay=bool(entry.get("overlay", False)),
                default=_device(default, aliases[0]) if default is not None else None,
                confidence=confidence,
                rules=rules,
            )
        )
    return tuple(makers)


def _by_model(maker: _Maker, model: str, alias: str) -> DeviceMatch | None:
    for rule in maker.rules:
        if rule.pattern.search(model):
            return DeviceMatch(rule.device, rule.confidence, alias, rule.pattern.pattern)
    if maker.default is not None:
        return DeviceMatch(maker.default, maker.confidence * 0.9, alias, "default")
    return None


def classify(make: str | None, model: str | None) -> DeviceMatch | None:
    """The device class for an EXIF `Make` and `Model` (either may be missing)."""
    make_l = " ".join((make or "").lower().split())
    model_l = " ".join((model or "").lower().split())
    if not make_l and not model_l:
        return None
    for maker in table():
        found = maker.alias_re.search(make_l) if make_l else None
        if found:
            return _by_model(maker, model_l, found.group(1))
    # some devices leave Make empty or generic and name themselves in Model
    for maker in table():
        found = maker.alias_re.search(model_l)
        if found:
            return _by_model(maker, model_l[found.end() :], found.group(1))
    return None


def classify_text(text: str) -> DeviceMatch | None:
    """The device class named in overlay text, from makers marked `overlay: true`."""
    lowered = " ".join(text.lower().split())
    best: DeviceMatch | None = None
    for maker in table():
        if not maker.overlay:
            continue
        found = maker.alias_re.search(lowered)
        if not found:
            continue
        match = _by_model(maker, lowered[found.end() : found.end() + 40], found.group(1))
        if match is not None and (best is None or match.confidence > best.confidence):
            best = match
    return best
