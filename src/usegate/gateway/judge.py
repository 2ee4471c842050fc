"""One request judged: its body read into a case, the case decided, a reviewer's verdict
applied, the metrics counted and its audit record built (not yet submitted). Shared by
the proxy routes, the decision API and Envoy's ext_authz, so a request is decided and
recorded the same whichever way it came. Answers nothing and writes no SQL.

    judged = await judge(gateway, tenant=..., endpoint=..., decide_as=..., mode=..., ...)

A body that cannot be read is `Rejected` 400; a verdict store that cannot be read is
`Rejected` 503 (naming the decision).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from usegate.audit.record import AuditRecord, redact, signals_json
from usegate.decision import Decision
from usegate.driver import Decider
from usegate.exceptions import AuditError, CaseError
from usegate.gateway import errors, routes
from usegate.gateway.forms import parse_multipart
from usegate.gateway.intake import ClientGone, Rejected, make_case, parse_json
from usegate.request.case import Case, Tenant
from usegate.types import Outcome

if TYPE_CHECKING:
    from usegate.gateway.app import Gateway

log = logging.getLogger("usegate.gateway")


@dataclass
class Judged:
    decision: Decision
    outcome: Outcome  # the decision's, after a reviewer's verdict
    refuse: bool  # what the proxy does: refuse a deny, and a review unless `review: allow`
    record: AuditRecord  # `action` and `response` still to set
    body: dict[str, Any]  # the parsed body
    rejected: dict[str, Any] | None  # the rejected review that made it a deny


async def judge(
    gw: Gateway,
    *,
    tenant: Tenant,
    endpoint: str,
    decide_as: str,
    mode: str,
    method: str,
    headers: list[tuple[bytes, bytes]],
    raw: bytes,
    received_at: datetime,
    label: str,
    body: dict[str, Any] | None = None,
    model: str | None = None,
) -> Judged:
    """Decide the request to `endpoint` (decided as the route `decide_as`, counted under the
    metrics label `label`). `body` when it is already parsed; `model` (an Azure deployment)
    is the model whatever the body says."""
    limits = gw.limits
    heavy = len(raw) >= limits.thread_body_bytes
    files: list[dict[str, Any]] = []
    try:
        if body is not None:
            case = make_case(received_at, tenant, decide_as, headers, body, limits.max_session_id_chars)
        elif mode == "json" and not heavy:  # the common case, inline
            body = parse_json(raw, limits.max_json_depth)
            case = make_case(received_at, tenant, decide_as, headers, body, limits.max_session_id_chars)
        else:
            body, files, case = await _case(gw, headers, raw, mode, decide_as, tenant, received_at)
    except CaseError as exc:
        raise Rejected(400, errors.bad_request(str(exc))) from None
    if model is not None and case.model != model:
        case = replace(case, model=model)
    if case.session is not None:
        assert gw.frame_rate is not None
        try:
            rate = await gw.frame_rate.observe(f"{tenant.id}\x1f{case.session}", len(case.images))
        except Exception:  # a session store outage leaves the rate unknown, never blocks
            log.exception("session frame rate unavailable")
        else:
            case = replace(case, extras={"session_frames_per_minute": rate})

    # -- decide ---------------------------------------------------------
    assert gw.decider is not None
    try:
        if heavy:
            decision = await _decide_heavy(gw, case)
        else:
            decision = await gw.decider.decide_async(case)
    except Exception as exc:  # fail closed, on the record: a `review` that says why
        log.exception("decision failed", extra={"tenant": tenant.id, "endpoint": endpoint})
        decision = failed_decision(gw.decider, case, exc, gw.settings.packs)
    outcome = decision.outcome
    did = decision.decision_id
    text_headers = {
        k.decode("latin-1"): v.decode("latin-1") for k, v in headers if k.startswith(b"x-usegate-")
    }
    sha = hashlib.sha256(raw).hexdigest()
    grant: dict[str, Any] | None = None
    rejected: dict[str, Any] | None = None
    if outcome is Outcome.REVIEW:
        # only a `review` can be settled by a reviewer's verdict (a deny stays a deny)
        try:
            grant, rejected = await asyncio.to_thread(
                gw._verdict_for, tenant.id, sha, text_headers.get("x-usegate-review-grant"), received_at
            )
        except AuditError as exc:
            raise Rejected(503, errors.internal(f"audit log unavailable: {exc}", did)) from None
        if rejected is not None:
            outcome = Outcome.DENY
        elif grant is not None:
            outcome = Outcome.ALLOW
    gw.metrics.decided(outcome.value, label, decision.clauses, decision.elapsed_ms / 1000.0)
    sig, evidence, contradictions = signals_json(decision.signals)
    stored: Any = None
    erased: list[str] = []
    if gw.store_bodies and mode != routes.NO_BODY:
        if heavy:
            stored, erased = await asyncio.to_thread(redact, body)
        else:
            stored, erased = redact(body)
    record = AuditRecord(
        decision_id=did,
        time=received_at.isoformat().replace("+00:00", "Z"),
        tenant=tenant.id,
        endpoint=endpoint,
        decision=outcome.value,
        pack=decision.pack,
        end_customer=case.end_customer_id,
        model=case.model,
        clauses=list(decision.clauses),
        signals=sig,
        evidence=evidence,
        contradictions=contradictions,
        errors=list(decision.errors),
        session=case.session,
        latency_ms={"decision": round(decision.elapsed_ms, 3)},
        request={"method": method, "size": len(raw), "sha256": sha, "files": files},
        input=stored,
        erased=erased,
        review=outcome is Outcome.REVIEW,
        grant=grant,
        rejected_review=rejected,
    )
    if gw.retain_bodies:
        content_type = ""
        for k, v in headers:
            if k == b"content-type":
                content_type = v.decode("latin-1")
        record.retained = (content_type, text_headers, raw)
    refuse = outcome is Outcome.DENY or (outcome is Outcome.REVIEW and not gw.review_allows)
    return Judged(decision, outcome, refuse, record, body, rejected)


def refusal_body(judged: Judged) -> bytes:
    """The 403 body of a refused request."""
    d = judged.decision
    return errors.refusal(d.decision_id, judged.outcome.value, d.clauses, d.pack, rejected=judged.rejected)


async def _case(
    gw: Gateway,
    headers: list[tuple[bytes, bytes]],
    raw: bytes,
    mode: str,
    path: str,
    tenant: Tenant,
    received_at: datetime,
) -> tuple[dict[str, Any], list[dict[str, Any]], Case]:
    """The parsed body, its file parts and the case (`CaseError` when unreadable)."""
    files: list[dict[str, Any]] = []
    limits = gw.limits
    if mode == "json":
        if len(raw) >= limits.thread_body_bytes:
            body = await asyncio.to_thread(parse_json, raw, limits.max_json_depth)
        else:
            body = parse_json(raw, limits.max_json_depth)
    elif mode == "multipart":
        body, files = await parse_multipart(headers, raw)
    else:
        body = {}
    if len(raw) >= limits.thread_body_bytes:
        case = await asyncio.to_thread(
            make_case, received_at, tenant, path, headers, body, limits.max_session_id_chars
        )
    else:
        case = make_case(received_at, tenant, path, headers, body, limits.max_session_id_chars)
    return body, files, case


async def _decide_heavy(gw: Gateway, case: Case) -> Decision:
    """Decide the case of a large body in a worker thread (at most `HEAVY_AT_ONCE` at a
    time), so reading a long prompt never runs on the loop. (A small body's is decided
    on the loop: `decide_async` sends its dear signals to threads itself.)"""
    assert gw.decider is not None and gw._heavy is not None
    async with gw._heavy:
        return await asyncio.to_thread(gw.decider.decide, case)


def failed_decision(decider: Decider, case: Case, exc: BaseException, packs: Sequence[str]) -> Decision:
    """What a decision that raised becomes: `review` (never `allow`), with the error."""
    try:
        pack = ",".join(v.ref for v in decider.versions_for(case))
    except Exception:  # the packs themselves failed: name them as configured
        pack = ",".join(packs)
    return Decision(
        case_id=case.id,
        outcome=Outcome.REVIEW,
        pack=pack,
        clauses=(),
        signals={},
        errors=(f"the decision failed: {type(exc).__name__}: {str(exc)[:200]}",),
        decision_id=secrets.token_hex(16),
    )


async def guarded(gw: Gateway, scope: Any, send: Any, work: Any, endpoint: str) -> None:
    """Run `work` (a coroutine answering one request) as the proxy routes run: `Rejected`
    answered, a client gone ignored, a bug answered 500 JSON, the body budget given back."""
    gw._inflight += 1
    try:
        await work
    except Rejected as rejected:
        await gw._reply(send, rejected.status, rejected.body)
    except ClientGone:
        pass
    except Exception:  # a bug, never a plain-text 500: answer JSON if nothing was sent yet
        log.exception("request failed", extra={"endpoint": endpoint})
        try:
            await gw._reply(send, 500, errors.internal("the gateway failed on this request"))
        except Exception:  # the response had started: the server drops the connection
            pass
    finally:
        gw._inflight -= 1
        held = scope.get("usegate.held")
        if held:
            gw.budget.give(held)
