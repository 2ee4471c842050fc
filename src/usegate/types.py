"""Shared enums and aliases. Imports nothing from usegate."""

from __future__ import annotations

import enum
from typing import Any, TypeAlias

JSON: TypeAlias = Any
JSONDict: TypeAlias = dict[str, Any]


class Outcome(enum.StrEnum):
    ALLOW = "allow"
    DENY = "deny"
    REVIEW = "review"

    def __str__(self) -> str:
        return self.value


class Tri(enum.StrEnum):
    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: bool | None) -> Tri:
        if value is None:
            return cls.UNKNOWN
        return cls.TRUE if value else cls.FALSE


#: The signals the built-in packs read (SPEC §3). Operator packs may read more,
#: as long as a provider computes them.
CORE_SIGNALS: tuple[str, ...] = (
    "law_enforcement",
    "for_us_police",
    "facial_recognition",
    "real_time",
    "mobile_camera",
    "uncontrolled",
)
