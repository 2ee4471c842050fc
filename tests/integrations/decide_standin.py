"""A stand-in for the usegate gateway's decision API (`POST /v1/usegate/decide`, the
contract in docs/litellm.md), for the HTTP-mode tests until the gateway serves it: the
same request and answer shapes, the same status codes, deciding with usegate's own
`Decider`. The `decide_service` fixture uses the real gateway instead as soon as the
gateway's config knows `decision_api`."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from usegate.driver import Decider
from usegate.request.parse import build_case
from usegate.request.tenants import Registry
from usegate.types import Outcome

DECIDED = {
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/responses",
    "/v1/embeddings",
    "/v1/images/generations",
    "/v1/images/edits",
    "/v1/images/variations",
    "/v1/audio/transcriptions",
    "/v1/audio/translations",
}
MAX_BODY = 32 * 1024 * 1024


def _error(status: int, message: str, code: str) -> JSONResponse:
    return JSONResponse(
        {"error": {"message": message, "type": "invalid_request_error", "code": code}}, status_code=status
    )


def create_standin(tenants: list[dict[str, Any]], token_hashes: list[str], decider: Decider) -> Starlette:
    registry = Registry.from_records(tenants)
    # as the gateway does at start: no request pays for loading the reader's models
    decider.warm(
        [*registry.tenants.values(), *(e for t in registry.tenants.values() for e in t.end_customers)]
    )
    calls: list[dict[str, Any]] = []

    async def decide(request: Request) -> JSONResponse:
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        service = hashlib.sha256(token.encode()).hexdigest() in token_hashes
        key_tenant = registry.by_key(token) if token and not service else None
        if not service and key_tenant is None:
            return _error(401, "incorrect or missing token", "invalid_api_key")
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return _error(413, "request body too large", "request_too_large")
        try:
            data = json.loads(raw)
        except ValueError:
            return _error(400, "invalid json", "invalid_request")
        if not isinstance(data, dict) or not isinstance(data.get("body"), dict):
            return _error(400, "`body` (an object) is required", "invalid_request")
        endpoint = data.get("endpoint") or "/v1/chat/completions"
        if endpoint not in DECIDED:
            return _error(400, f"unknown endpoint `{endpoint}`", "unknown_endpoint")
        if service:
            tenant = None
            if data.get("tenant") is not None:
                tenant = registry.by_id(str(data["tenant"]))
            elif data.get("api_key") is not None:
                tenant = registry.by_key(str(data["api_key"]))
            if tenant is None:
                return _error(404, "unknown tenant", "unknown_tenant")
        else:
            tenant = key_tenant
            if data.get("tenant") not in (None, tenant.id) or data.get("api_key") is not None:
                return _error(403, "a tenant key decides for its own tenant only", "tenant_mismatch")
        headers = {str(k).lower(): str(v) for k, v in (data.get("headers") or {}).items()}
        headers = {k: v for k, v in headers.items() if k.startswith("x-usegate-")}
        case = build_case(
            case_id="decide",
            received_at=datetime.now(UTC),
            tenant=tenant,
            endpoint=endpoint,
            headers=headers,
            body=data["body"],
        )
        decision = await decider.decide_async(case)
        calls.append({"tenant": tenant.id, "endpoint": endpoint, "decision": decision.outcome.value})
        refuse = decision.outcome in (Outcome.DENY, Outcome.REVIEW)
        out = {
            "decision_id": decision.decision_id,
            "decision": decision.outcome.value,
            "action": "refuse" if refuse else "forward",
            "pack": decision.pack,
            "clauses": list(decision.clauses),
            "signals": {n: v.to_json() for n, v in decision.signals.items()},
            "evidence": [e for v in decision.signals.values() for e in v.evidence],
            "explanation": "",
            "latency_ms": round(decision.elapsed_ms, 3),
        }
        return JSONResponse(out, headers={"x-usegate-decision-id": decision.decision_id})

    app = Starlette(routes=[Route("/v1/usegate/decide", decide, methods=["POST"])])
    app.state.calls = calls
    return app
