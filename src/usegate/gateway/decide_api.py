"""`POST /v1/usegate/decide`: decide an OpenAI request without calling any upstream, for a
gateway that enforces elsewhere (a LiteLLM guardrail, a service mesh). Recorded in the
audit log like a proxied request (`endpoint` the one named, `action` `decided:forward` or
`decided:refuse`: no upstream call), answered once the record is committed.

    Authorization: Bearer <tenant key>          decides for that tenant
    Authorization: Bearer <decision-service token>   (sha256 in `decision_api.token_hashes`)
                                                 decides for the tenant named by `tenant` or `api_key`
    {"endpoint": "/v1/chat/completions", "body": {...}, "headers": {"X-Usegate-End-Customer": ...},
     "tenant": "spd", "api_key": "ug-spd-1"}
    → 200 {"decision_id", "decision", "action", "pack", "clauses", "signals", "evidence",
           "explanation", "latency_ms", "tenant"}   + X-Usegate-Decision-Id

Errors (OpenAI style): 400 malformed, 401 no or unknown token, 403 a tenant key naming
another tenant, 404 an unknown tenant, 405, 413.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import orjson

from usegate.exceptions import AuditError, CaseError
from usegate.gateway import azure, errors, routes
from usegate.gateway.intake import Rejected, parse_json, read_body
from usegate.gateway.judge import Judged, guarded, judge, refusal_body
from usegate.request.case import Tenant

if TYPE_CHECKING:
    from usegate.gateway.app import Gateway

PATH = "/v1/usegate/decide"
DEFAULT_ENDPOINT = "/v1/chat/completions"
_KEYS = frozenset({"endpoint", "body", "headers", "tenant", "api_key"})


async def serve(gw: Gateway, scope: Any, receive: Any, send: Any) -> None:
    await guarded(gw, scope, send, _serve(gw, scope, receive, send), PATH)


def _bad(message: str) -> Rejected:
    return Rejected(400, errors.bad_request(message))


def _caller(gw: Gateway, headers: list[tuple[bytes, bytes]]) -> tuple[Tenant | None, bool]:
    """(the tenant of a tenant key, whether the token is a decision-service token)."""
    authorization = next((v for k, v in headers if k == b"authorization"), None)
    if not authorization:
        raise Rejected(401, errors.invalid_key())
    tenant = gw.auth.tenant(authorization)
    if tenant is not None:
        return tenant, False
    scheme, _, token = authorization.partition(b" ")
    token = token.strip()
    if scheme.lower() == b"bearer" and token:
        digest = hashlib.sha256(token).hexdigest()
        if any(hmac.compare_digest(digest, h) for h in gw.settings.decision_api.token_hashes):
            return None, True
    raise Rejected(401, errors.invalid_key())


def _tenant_named(gw: Gateway, request: dict[str, Any]) -> Tenant | None:
    """The tenant the body names (`tenant` id or `api_key`), None when it names none."""
    named_id, named_key = request.get("tenant"), request.get("api_key")
    for name, value in (("tenant", named_id), ("api_key", named_key)):
        if value is not None and (not isinstance(value, str) or not value):
            raise _bad(f"`{name}` must be a non-empty string")
    by_id = gw.registry.by_id(named_id) if named_id is not None else None
    by_key = gw.registry.by_key(named_key) if named_key is not None else None
    if named_id is not None and by_id is None:
        raise Rejected(404, errors.error_body("unknown tenant", "invalid_request_error", "tenant_not_found"))
    if named_key is not None and by_key is None:
        raise Rejected(
            404, errors.error_body("no tenant has this api_key", "invalid_request_error", "tenant_not_found")
        )
    if by_id is not None and by_key is not None and by_id.id != by_key.id:
        raise _bad("`tenant` and `api_key` name different tenants")
    return by_id or by_key


def _endpoint(value: Any) -> tuple[str, str, str, str | None]:
    """(the endpoint as named, decided as, its metrics label, the deployment) or 400."""
    if value is None:
        return DEFAULT_ENDPOINT, DEFAULT_ENDPOINT, DEFAULT_ENDPOINT, None
    if not isinstance(value, str):
        raise _bad("`endpoint` must be a string such as /v1/chat/completions")
    path = value.partition("?")[0]
    mode = routes.match(path, None)
    if mode is not None:
        label = path if mode != routes.NO_BODY or path == routes.MODELS else routes.MODEL
        return path, path, label, None
    route = azure.match(path, None)
    if route is not None:
        return path, route.endpoint, route.label, route.deployment
    shown = value[:200]
    raise _bad(f"unknown endpoint `{shown}`: expected a decided endpoint such as /v1/chat/completions")


def _headers(value: Any) -> list[tuple[bytes, bytes]]:
    """The request metadata headers the gateway decides on (`X-Usegate-*`); others are ignored."""
    if value is None:
        return []
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise _bad("`headers` must be an object of strings")
    out = []
    for k, v in value.items():
        name = str(k).lower()
        if name.startswith("x-usegate-"):
            try:
                out.append((name.encode("latin-1"), v.encode("latin-1")))
            except UnicodeEncodeError:
                raise _bad(f"header `{name[:60]}` is not latin-1 text") from None
    return out


async def _serve(gw: Gateway, scope: Any, receive: Any, send: Any) -> None:
    t0 = time.perf_counter()
    received_at = datetime.now(UTC)
    if scope["method"] != "POST":
        raise Rejected(405, errors.method_not_allowed(scope["method"], PATH))
    headers: list[tuple[bytes, bytes]] = scope["headers"]
    caller, service = _caller(gw, headers)
    limits = gw.limits
    timeout = None if gw.guarded else limits.client_timeout
    raw = await read_body(headers, receive, limits.max_body_bytes, timeout, gw.budget)
    scope["usegate.held"] = len(raw)
    try:
        if len(raw) >= limits.thread_body_bytes:
            request = await asyncio.to_thread(parse_json, raw, limits.max_json_depth)
        else:
            request = parse_json(raw, limits.max_json_depth)
    except CaseError as exc:
        raise _bad(str(exc)) from None
    unknown = sorted(set(request) - _KEYS)
    if unknown:
        raise _bad(f"unknown key `{unknown[0][:60]}`: expected {', '.join(sorted(_KEYS))}")
    named = _tenant_named(gw, request)
    if service:
        if named is None:
            raise _bad("a decision-service token must name the tenant: `tenant` (id) or `api_key`")
        tenant = named
    else:
        assert caller is not None
        if (
            named is not None
            and named.id != caller.id
            or (named is None and (request.get("tenant") is not None or request.get("api_key") is not None))
        ):
            raise Rejected(
                403,
                errors.error_body(
                    "a tenant key decides for its own tenant only", "invalid_request_error", "tenant_mismatch"
                ),
            )
        tenant = caller
    endpoint, decide_as, label, deployment = _endpoint(request.get("endpoint"))
    body = request.get("body")
    if not isinstance(body, dict):
        raise _bad("`body` (the OpenAI request body, an object) is required")
    meta = _headers(request.get("headers"))
    inner = orjson.dumps(body)  # the bytes the record's sha256 (and a review's verdict) is of
    judged = await judge(
        gw,
        tenant=tenant,
        endpoint=endpoint,
        decide_as=decide_as,
        mode="json",
        method="POST",
        headers=meta,
        raw=inner,
        received_at=received_at,
        label=label,
        body=body,
        model=deployment,
    )
    await _answer(gw, send, judged, t0)


async def _answer(gw: Gateway, send: Any, judged: Judged, t0: float) -> None:
    decision, record = judged.decision, judged.record
    did = decision.decision_id
    explanation = _explain(judged)
    record.action = "decided:refuse" if judged.refuse else "decided:forward"
    answer: dict[str, Any] = {
        "decision_id": did,
        "decision": judged.outcome.value,
        "action": "refuse" if judged.refuse else "forward",
        "pack": decision.pack,
        "clauses": list(decision.clauses),
        "signals": record.signals,
        "evidence": record.evidence,
        "explanation": explanation,
        "tenant": record.tenant,
    }
    record.latency_ms["gateway"] = round((time.perf_counter() - t0) * 1000.0, 3)
    record.response = {"status": 200, "complete": True}
    id_header = [(b"x-usegate-decision-id", did.encode("ascii"))]
    try:
        await gw._submit(record)
    except AuditError:
        await gw._reply(
            send, 503, errors.internal("audit log unavailable: nothing was decided", did), id_header
        )
        return
    answer["latency_ms"] = round((time.perf_counter() - t0) * 1000.0, 3)
    await gw._reply(send, 200, orjson.dumps(answer), id_header)


def _explain(judged: Judged) -> str:
    d = judged.decision
    if judged.refuse:
        message: str = orjson.loads(refusal_body(judged))["error"]["message"]
        return message
    if judged.outcome.value == "review":
        listed = ", ".join(d.clauses) if d.clauses else "no clause could be ruled out"
        return (
            f"may fall under {listed} of the usage policy `{d.pack}`: let through flagged and "
            "queued for a reviewer (`review: allow`)"
        )
    granted = " (on a reviewer's approval)" if judged.record.grant else ""
    return f"allowed under the usage policy `{d.pack}`: no clause applies{granted}"
