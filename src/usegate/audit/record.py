"""The audit record (after OPA's decision-log `EventV1`) and redaction.

A record keeps what a compliance officer needs to answer "why?": who asked
(tenant, end customer), what (endpoint, model, the request body with every
inline image or file reduced to its SHA-256 and size), which pack version decided,
the outcome, the clauses, the signals with their evidence and contradictions, the
errors, the timings and the upstream status. `erased` lists the JSON paths that
were redacted. Writes nowhere.

Records are serialised once, to canonical JSON bytes; the hash chain and the
stores work on those bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

import orjson

GENESIS = "0" * 64


#: keys whose string values are binary payloads whatever they look like (audio, files, images)
BINARY_KEYS = frozenset({"data", "file_data", "b64_json", "image", "audio", "file"})
#: a string this long made only of base64 characters is a payload, not a prompt
_B64_MIN = 1024
_DATA_URL = re.compile(r"\s*data:[^,\s]*,", re.IGNORECASE)
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_\r\n")


def _digest_data_url(url: str) -> str:
    header, _, data = url.partition(",")
    if header.lower().endswith(";base64"):
        try:
            raw = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            raw = data.encode("utf-8", errors="replace")
    else:
        raw = data.encode("utf-8", errors="replace")
    mime = header[5:].split(";", 1)[0][:100] or "application/octet-stream"
    if not all(c.isalnum() or c in "/+-._" for c in mime):
        mime = "application/octet-stream"
    return f"[erased {mime} sha256:{hashlib.sha256(raw).hexdigest()} size:{len(raw)}]"


def _digest(value: str) -> str:
    raw = value.encode("utf-8", errors="replace")
    return f"[erased sha256:{hashlib.sha256(raw).hexdigest()} size:{len(raw)}]"


def _payload(value: str, key: str) -> str | None:
    """The erased form of `value` when it carries an image, a file or audio, else None."""
    if _DATA_URL.match(value):  # a data URL, whatever the length of its header
        return _digest_data_url(value.lstrip())
    if key in BINARY_KEYS and len(value) >= 64:
        return _digest(value)
    if len(value) >= _B64_MIN:
        middle = len(value) // 2
        sample = value[middle - 512 : middle + 512].encode("latin-1", errors="replace")
        if _B64.issuperset(sample):  # base64 in the middle: a payload, whatever its prefix
            return _digest(value)
    return None


def redact(value: Any, path: str = "", erased: list[str] | None = None) -> tuple[Any, list[str]]:
    """A copy of the parsed body `value` with every inline image, file or audio (a `data:`
    URL, a binary field, a long base64 string) replaced by its hash and size; returns it
    with the list of the paths erased. Works on the parsed structure, so JSON escapes
    (`"\\u0064ata:..."`) hide nothing. Iterative: nesting depth costs no stack."""
    erased = [] if erased is None else erased
    root: list[Any] = [None]
    # (container to fill, key or index, value, path)
    work: list[tuple[Any, Any, Any, str, str]] = [(root, 0, value, path, "")]
    while work:
        into, slot, item, here, key = work.pop()
        if isinstance(item, str):
            replaced = _payload(item, key)
            if replaced is not None:
                erased.append(here or "$")
                item = replaced
            into[slot] = item
        elif isinstance(item, Mapping):
            out: dict[str, Any] = {}
            into[slot] = out
            for k, v in item.items():
                out[k] = None
                work.append((out, k, v, f"{here}.{k}" if here else str(k), str(k)))
        elif isinstance(item, list | tuple):
            seq: list[Any] = [None] * len(item)
            into[slot] = seq
            for i, v in enumerate(item):
                work.append((seq, i, v, f"{here}[{i}]", key))
        else:
            into[slot] = item
    erased.sort()
    return root[0], erased


@dataclass
class AuditRecord:
    """One decision, as logged."""

    decision_id: str
    time: str  # ISO 8601, UTC, when the request was received
    tenant: str
    endpoint: str
    decision: str  # allow | deny | review
    pack: str = ""
    end_customer: str | None = None
    model: str | None = None
    clauses: list[str] = field(default_factory=list)
    signals: dict[str, Any] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    contradictions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: what the gateway did: forwarded, refused, forwarded_flagged (a review let through);
    #: decided:forward / decided:refuse (the decision API); authorized, authorized_flagged (ext_authz)
    action: str = ""
    session: str | None = None
    latency_ms: dict[str, float] = field(default_factory=dict)
    upstream_status: int | None = None
    request: dict[str, Any] = field(default_factory=dict)  # method, size, sha256, files
    input: Any = None  # the redacted body (or None when bodies are not kept)
    erased: list[str] = field(default_factory=list)
    review: bool = False  # queue for a human
    #: an approved review this request was let through on (`X-Usegate-Review-Grant`)
    grant: dict[str, Any] | None = None
    #: the rejected review that turned this request into `deny`
    rejected_review: dict[str, Any] | None = None
    #: the request as received, kept outside the chain when `audit.retain_bodies` is on:
    #: (content type, the `x-usegate-*` headers, the raw body bytes)
    retained: tuple[str, dict[str, str], bytes] | None = None
    #: what the client got: status, bytes of body relayed, whether the body was complete
    response: dict[str, Any] | None = None
    _data: bytes | None = field(default=None, repr=False, compare=False)

    kind: ClassVar[str] = "decision"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "decision_id": self.decision_id,
            "time": self.time,
            "tenant": self.tenant,
            "end_customer": self.end_customer,
            "endpoint": self.endpoint,
            "model": self.model,
            "pack": self.pack,
            "decision": self.decision,
            "action": self.action,
            "clauses": self.clauses,
            "signals": self.signals,
            "evidence": self.evidence,
            "contradictions": self.contradictions,
            "errors": self.errors,
            "session": self.session,
            "latency_ms": self.latency_ms,
            "upstream_status": self.upstream_status,
            "request": self.request,
            "input": self.input,
            "erased": self.erased,
            "response": self.response,
        }
        # only when set, so records without them keep their bytes
        if self.grant is not None:
            out["grant"] = self.grant
        if self.rejected_review is not None:
            out["rejected_review"] = self.rejected_review
        return out

    def dumps(self) -> bytes:
        """Canonical JSON bytes (what the hash chain covers); fixed by `seal`."""
        if self._data is not None:
            return self._data
        return orjson.dumps(self.to_json())

    def seal(self) -> bytes:
        """Serialise the record once and for all. A body that cannot be serialised (too
        deep, say) is dropped from the record, and the record says so: one odd request
        never takes a group commit, or its own record, down with it."""
        try:
            data = orjson.dumps(self.to_json())
        except (orjson.JSONEncodeError, RecursionError, TypeError) as exc:
            self.input = None
            self.erased = ["$"]
            self.errors.append(f"request body not kept in the audit log: {exc}")
            data = orjson.dumps(self.to_json())
        self._data = data
        return data


@dataclass
class VerdictRecord:
    """A reviewer's verdict on a queued decision: appended to the chain like a decision,
    never rewritten; a later verdict on the same decision supersedes it."""

    decision_id: str  # the verdict's own id (`v-...`)
    time: str
    tenant: str  # the reviewed decision's tenant
    decision: str  # the verdict: approved | rejected
    review_of: str  # the decision reviewed
    reviewer: str
    note: str = ""
    body_sha256: str | None = None  # the reviewed request's body hash (what a grant is bound to)
    supersedes: str | None = None  # the verdict this one replaces

    kind: ClassVar[str] = "verdict"
    review: ClassVar[bool] = False
    retained: ClassVar[None] = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "verdict",
            "decision_id": self.decision_id,
            "time": self.time,
            "tenant": self.tenant,
            "decision": self.decision,
            "review_of": self.review_of,
            "reviewer": self.reviewer,
            "note": self.note,
            "body_sha256": self.body_sha256,
            "supersedes": self.supersedes,
        }

    def dumps(self) -> bytes:
        return orjson.dumps(self.to_json())


def signals_json(signals: Mapping[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """Signals as JSON, plus the flattened evidence and contradictions."""
    out: dict[str, Any] = {}
    evidence: list[str] = []
    contradictions: list[str] = []
    for name, value in signals.items():
        out[name] = value.to_json()
        evidence.extend(f"{name}: {e}" for e in value.evidence)
        contradictions.extend(f"{name}: {c}" for c in value.contradictions)
    return out, evidence, contradictions


def chain_hash(prev_hash: str, data: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + data).hexdigest()
