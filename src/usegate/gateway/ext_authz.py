"""Envoy's external authorization, HTTP service mode: usegate decides, Envoy forwards.

Envoy's `ext_authz` filter (with `http_service.path_prefix: /ext_authz`) sends the
original request's method and path behind the prefix, its allowed headers and, with
`with_request_body`, its buffered body. Here the prefix is stripped and what remains
must be a decided route, matched exactly as the proxy matches it (percent-encoded paths,
dot segments, unknown deployments: 404; unsupported families: 501). The tenant comes from
the forwarded `Authorization: Bearer` or `api-key`. The decision is recorded (`action`
`authorized` or `refused`) before the answer:

    200, empty, `x-usegate-decision-id`   → Envoy forwards the request (and may pass the
                                            header upstream: `allowed_upstream_headers`)
    403, the OpenAI-style refusal JSON, `x-usegate-decision-id`
                                          → Envoy answers the client with them
                                            (`allowed_client_headers`)

Any other answer (400, 401, 404, 405, 413, 501) is a denial too; Envoy hands the client
its status and body. A body Envoy cut short (`x-envoy-auth-partial-body: true`) is not
decided on a part: 413. Envoy's own `x-envoy-*` headers count for nothing else.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from usegate.exceptions import AuditError
from usegate.gateway import azure, errors, routes
from usegate.gateway.intake import Rejected, read_body
from usegate.gateway.judge import guarded, judge, refusal_body

if TYPE_CHECKING:
    from usegate.gateway.app import Gateway

PREFIX = "/ext_authz"
PARTIAL = b"x-envoy-auth-partial-body"


async def serve(gw: Gateway, scope: Any, receive: Any, send: Any) -> None:
    await guarded(gw, scope, send, _serve(gw, scope, receive, send), PREFIX)


async def _serve(gw: Gateway, scope: Any, receive: Any, send: Any) -> None:
    t0 = time.perf_counter()
    received_at = datetime.now(UTC)
    full: str = scope["path"]
    path = full[len(PREFIX) :]
    raw_full: bytes | None = scope.get("raw_path")
    raw_path = (
        raw_full[len(PREFIX) :] if raw_full is not None and raw_full.startswith(b"/ext_authz/") else None
    )
    if not path.startswith("/") or (raw_full is not None and raw_path is None):
        raise Rejected(404, errors.not_found(full))
    mode = routes.match(path, raw_path)
    route = azure.match(path, raw_path) if mode is None else None
    if route is not None:
        mode = route.mode
    if mode is None:
        family = routes.unsupported(path, raw_path)
        if family is not None:
            raise Rejected(501, errors.not_supported(path, family))
        raise Rejected(404, errors.not_found(path))
    method = scope["method"]
    if method != ("GET" if mode == routes.NO_BODY else "POST"):
        raise Rejected(405, errors.method_not_allowed(method, path))
    query = scope.get("query_string", b"")
    if not routes.query_ok(query):
        raise Rejected(400, errors.bad_request("the query string is not allowed"))
    if route is not None:
        problem = azure.check_query(query, route)
        if problem is not None:
            raise Rejected(400, problem)
    headers: list[tuple[bytes, bytes]] = scope["headers"]
    tenant = gw._tenant(headers)
    if tenant is None:
        raise Rejected(401, errors.invalid_key())
    limits = gw.limits
    for k, v in headers:
        if k == PARTIAL and v.strip().lower() == b"true":
            raise Rejected(
                413,
                errors.error_body(
                    "the request body reached the gateway cut short (Envoy's max_request_bytes): "
                    "a request is never decided on part of its body",
                    "invalid_request_error",
                    "request_too_large",
                ),
            )
    if mode == routes.NO_BODY:
        raw = b""
    else:
        timeout = None if gw.guarded else limits.client_timeout
        raw = await read_body(headers, receive, limits.max_body_bytes, timeout, gw.budget)
        scope["usegate.held"] = len(raw)
    if route is not None:
        decide_as, label, model = route.endpoint, route.label, route.deployment
    else:
        label = path if mode != routes.NO_BODY or path == routes.MODELS else routes.MODEL
        decide_as, model = path, None
    judged = await judge(
        gw,
        tenant=tenant,
        endpoint=path,
        decide_as=decide_as,
        mode=mode,
        method=method,
        headers=headers,
        raw=raw,
        received_at=received_at,
        label=label,
        model=model,
    )
    record = judged.record
    did = judged.decision.decision_id
    id_header = [(b"x-usegate-decision-id", did.encode("ascii"))]
    if judged.refuse:
        record.action = "refused"
        body = refusal_body(judged)
        status = 403
    else:
        record.action = "authorized_flagged" if judged.outcome.value == "review" else "authorized"
        body = b""
        status = 200
    record.response = {"status": status, "bytes": len(body), "complete": True}
    record.latency_ms["gateway"] = round((time.perf_counter() - t0) * 1000.0, 3)
    try:
        await gw._submit(record)
    except AuditError:  # a 5xx: Envoy denies (failure_mode_allow: false)
        await gw._reply(
            send, 503, errors.internal("audit log unavailable: the request was not answered", did)
        )
        return
    gw.metrics.overhead_seconds.observe(time.perf_counter() - t0)
    await gw._reply(send, status, body, id_header)
    gw._log(did, tenant.id, path, judged.outcome.value, status, t0)
