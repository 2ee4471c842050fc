"""Reading a request in, under the limits: the body within its size and time (413, 408),
the JSON within its nesting depth (400), the case within its session id length (400).
Each limit is a `Rejected` with the status and body to answer; nothing here decides.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import datetime
from typing import Any

import orjson

from usegate.exceptions import CaseError
from usegate.gateway import errors
from usegate.request.case import Case, Tenant
from usegate.request.parse import build_case

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]


class Rejected(Exception):
    """The request is answered with `status` and `body` before any decision."""

    def __init__(self, status: int, body: bytes) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


class ClientGone(Exception):
    """The client disconnected while sending its request."""


class BodyBudget:
    """The bytes of request bodies the gateway holds at once (`limits.max_inflight_body_bytes`):
    many large bodies at a time are answered 503 instead of exhausting memory."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held = 0

    def take(self, size: int) -> bool:
        if self.held + size > self.limit:
            return False
        self.held += size
        return True

    def give(self, size: int) -> None:
        self.held -= size


def _busy() -> Rejected:
    return Rejected(503, errors.internal("the gateway holds too many request bodies now: try again later"))


async def read_body(
    headers: list[tuple[bytes, bytes]],
    receive: Receive,
    limit: int,
    timeout: float | None,
    budget: BodyBudget,
) -> bytes:
    """The request body, its size taken from `budget` (the caller gives `len(body)` back
    when the request is done): `Rejected` 413 over `limit` bytes, 503 over the budget, 408
    when the client takes more than `timeout` seconds to send it (None: the server sees to
    that), `ClientGone` when it goes away."""
    declared = -1
    for k, v in headers:
        if k == b"content-length":
            try:
                declared = int(v)
            except ValueError:
                pass
            break
    if declared > limit:
        raise Rejected(413, errors.too_large(limit))
    taken = [max(declared, 0)]  # what this body holds of the budget so far
    if not budget.take(taken[0]):
        raise _busy()
    try:
        if timeout is None:
            raw = await _receive_all(receive, limit, budget, taken)
        else:
            try:
                async with asyncio.timeout(timeout):
                    raw = await _receive_all(receive, limit, budget, taken)
            except TimeoutError:
                raise Rejected(408, errors.timed_out(timeout)) from None
    except BaseException:
        budget.give(taken[0])
        raise
    budget.give(taken[0] - len(raw))  # what the body really holds stays taken
    return raw


async def _receive_all(receive: Receive, limit: int, budget: BodyBudget, taken: list[int]) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone()
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise Rejected(413, errors.too_large(limit))
            if size > taken[0]:  # no (or a short) content-length: taken as it comes
                if not budget.take(size - taken[0]):
                    raise _busy()
                taken[0] = size
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def json_depth_over(raw: bytes, limit: int) -> bool:
    """Whether the JSON text `raw` nests arrays and objects deeper than `limit`. The common
    case (fewer brackets in all than the limit) costs two `bytes.count` calls; otherwise
    strings are cut out and the brackets' running depth is summed in C (numpy), so a body
    full of brackets costs the event loop no Python loop over its bytes. (An unterminated
    string may make it count too deep: such a body is not JSON, and is a 400 either way.)"""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    import numpy as np

    brackets = _JSON_STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == 0x5B) | (codes == 0x7B), 1, -1)
    return bool(steps.size) and int(np.cumsum(steps).max()) > limit


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)  # unrolled: fast on long strings
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def parse_json(raw: bytes, max_depth: int) -> dict[str, Any]:
    """The JSON body as a dict, or `CaseError` (400)."""
    if json_depth_over(raw, max_depth):
        raise CaseError(f"the request body nests deeper than {max_depth} levels")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CaseError(f"invalid json in the request body: {exc}") from None
    if not isinstance(body, dict):
        raise CaseError("the request body must be a JSON object")
    return body


def usegate_headers(headers: list[tuple[bytes, bytes]]) -> dict[str, str]:
    out = {}
    for k, v in headers:
        if k.startswith(b"x-usegate-"):
            out[k.decode("latin-1")] = v.decode("latin-1")
    return out


def make_case(
    received_at: datetime,
    tenant: Tenant,
    path: str,
    headers: list[tuple[bytes, bytes]],
    body: dict[str, Any],
    max_session_chars: int,
) -> Case:
    """The case to decide, or `CaseError` (400)."""
    case = build_case(
        case_id="gateway",
        received_at=received_at,
        tenant=tenant,
        endpoint=path,
        headers=usegate_headers(headers),
        body=body,
    )
    if case.session is not None and len(case.session) > max_session_chars:
        raise CaseError(f"the session id is longer than {max_session_chars} characters")
    return case
