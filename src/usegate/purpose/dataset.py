"""Corpus records (`data/purpose/*.jsonl`) to `Case` objects.

A record is `{"id", "lang", "label", "persona", "cues", "endpoint", "body", ...}`;
a `usegate check` case (with `tenant`) is accepted too, its label taken from
`label` or `expect.label`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from usegate.exceptions import CaseError
from usegate.request.case import Case, Tenant
from usegate.request.parse import build_case, case_from_json

#: Records carry no tenant: the purpose is read from the content alone.
NEUTRAL_TENANT = Tenant(id="corpus", name="corpus", sector="commercial", country="ZZ")
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Example:
    id: str
    lang: str
    label: str
    case: Case
    record: Mapping[str, Any]


def case_from_record(record: Mapping[str, Any]) -> Case:
    if "tenant" in record or "tenant_id" in record:
        return case_from_json(record, now=_EPOCH)
    body = record.get("body")
    if not isinstance(body, Mapping):
        raise CaseError("record has no `body` object")
    return build_case(
        case_id=str(record.get("id", "record")),
        received_at=_EPOCH,
        tenant=NEUTRAL_TENANT,
        endpoint=str(record.get("endpoint") or "/v1/chat/completions"),
        headers=record.get("headers") or {},
        body=body,
    )


def iter_examples(path: str | Path) -> Iterator[Example]:
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CaseError(f"line {number}: invalid json: {exc.msg}") from exc
            label = record.get("label") or (record.get("expect") or {}).get("label")
            if not label:
                raise CaseError(f"line {number}: record has no `label`")
            yield Example(
                id=str(record.get("id", f"line-{number}")),
                lang=str(record.get("lang", "und")),
                label=str(label),
                case=case_from_record(record),
                record=record,
            )


def load_examples(path: str | Path) -> list[Example]:
    return list(iter_examples(path))
