"""What the console's pages show, as plain functions: times read from forms and written
for people, the request role an evidence string came from, time buckets for the charts."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from usegate.console.index import HOUR, micros

_ROLE_WORDS = (
    ("(ask", "ask"),
    ("(payload", "payload"),
    ("(instructions", "instructions"),
    ("(system", "instructions"),
    ("(developer", "instructions"),
    ("tools.", "tool schema"),
    ("(tool", "tool"),
)
_LEAD = re.compile(r"(ask|payload|instructions) \(")
_LOCATION = re.compile(r"\((?:[a-z_]+\.)?(?:messages|input)\[(\d+)\]")


def parse_when(value: str | None, *, end: bool = False) -> int | None:
    """A form's time (YYYY-MM-DD, YYYY-MM-DDTHH:MM, or ISO 8601; UTC when no zone) as
    microseconds; a bare date as `until` means the end of that day."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = datetime.fromisoformat(text).replace(tzinfo=UTC)
            return micros((day + timedelta(days=1 if end else 0)).isoformat())
        return micros(text)
    except ValueError:
        raise ValueError(f"cannot read the time `{text}`: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None


def evidence_role(evidence: str, record: dict[str, Any]) -> str | None:
    """The request role an evidence string came from, when it says so: a role named in
    it, or the role of the message it points at (when the body was kept)."""
    lowered = evidence.lower()
    # the readers' own form: `ask (messages[2].content): ...`, `payload (messages[1], quoted): ...`,
    # `instructions (tool definition match_face): ...`
    lead = _LEAD.match(lowered)
    if lead:
        return lead.group(1)
    for word, role in _ROLE_WORDS:
        if word in lowered:
            return role
    m = _LOCATION.search(evidence)
    body = record.get("input")
    if m and isinstance(body, dict):
        messages = body.get("messages") or body.get("input")
        i = int(m.group(1))
        if isinstance(messages, list) and i < len(messages) and isinstance(messages[i], dict):
            role = messages[i].get("role")
            return str(role) if role else None
    if lowered.startswith(("declared", "header")) or "declared " in lowered:
        return "declaration"
    if lowered.startswith("image"):
        return "image"
    return None


def when(value: Any) -> str:
    """An ISO 8601 UTC time as `YYYY-MM-DD HH:MM:SS` (the pages say UTC in their headers)."""
    text = str(value or "")
    return text[:19].replace("T", " ") if len(text) >= 19 else text


def short(clause: str) -> str:
    """A clause id without its pack name (the full id is in the link or title)."""
    return clause.rsplit("/", 1)[-1]


def age(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 172800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def buckets(
    hours: dict[int, dict[str, int]], since: int | None, now: int
) -> list[tuple[str, dict[str, int]]]:
    """Hour buckets for up to three days, else day buckets, from the first to now."""
    if not hours:
        return []
    start = since if since is not None else min(hours)
    end = max(now, max(hours) + HOUR)
    day = 24 * HOUR
    size = HOUR if end - start <= 3 * day else day
    start -= start % size
    if (end - start) // size > 400:  # a long log: weeks
        size = 7 * day
        start -= start % size
    out: dict[int, dict[str, int]] = {}
    b = start
    while b < end:
        out[b] = {}
        b += size
    for hour, counts in hours.items():
        key = hour - (hour - start) % size if hour >= start else start
        slot = out.setdefault(key, {})
        for k, v in counts.items():
            slot[k] = slot.get(k, 0) + v
    fmt = "%H:%M" if size == HOUR else "%m-%d"
    return [(datetime.fromtimestamp(k / 1e6, UTC).strftime(fmt), v) for k, v in sorted(out.items())]
