"""The gateway: a raw ASGI app that authenticates, decides, records, and forwards or refuses.

    create_app(settings, *, upstream=None, store=None, decider=None, frame_rate=None)

Per decided request: key → tenant (401); body read under the size limit (413); JSON or
multipart parsed (400); the case built and decided; the audit record queued for the
group-commit writer. A refusal is answered once its record is committed. An allowed
request goes upstream with its bytes untouched; the response comes back unchanged
(a non-streamed body after the record is committed; a stream chunk by chunk, its
end held until the record is committed). Must not decide (the `Decider` does) or
write SQL (the store does).
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import logging
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson

from usegate.audit.record import AuditRecord, redact, redact_raw, signals_json
from usegate.audit.store import AuditStore, open_store
from usegate.audit.writer import AuditWriter
from usegate.config import Settings
from usegate.driver import Decider
from usegate.exceptions import AuditError, CaseError
from usegate.gateway import errors
from usegate.gateway.auth import Authenticator
from usegate.gateway.forms import parse_multipart
from usegate.gateway.logs import RequestLog
from usegate.gateway.metrics import Metrics
from usegate.gateway.proxy import READ_ERRORS, Upstream, UpstreamFailure, read_error, read_raw
from usegate.gateway.sessions import FrameRate, make_frame_rate
from usegate.request.parse import build_case
from usegate.request.tenants import Registry
from usegate.review.queue import ReviewQueue
from usegate.types import Outcome

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("usegate.gateway")

#: endpoints that are decided, and how their bodies are read
DECIDED = {
    "/v1/chat/completions": "json",
    "/v1/completions": "json",
    "/v1/responses": "json",
    "/v1/embeddings": "json",
    "/v1/images/generations": "json",
    "/v1/images/edits": "multipart",
    "/v1/images/variations": "multipart",
    "/v1/audio/transcriptions": "multipart",
    "/v1/audio/translations": "multipart",
}
JSON_HEADERS = [(b"content-type", b"application/json")]
DECISIONS_PREFIX = "/v1/usegate/decisions/"
DECISION_ID = re.compile(r"[0-9a-f]{32}")


class Gateway:
    """The ASGI application. Build it with `create_app`."""

    def __init__(
        self,
        settings: Settings,
        *,
        upstream: httpx.AsyncBaseTransport | None = None,
        store: AuditStore | None = None,
        decider: Decider | None = None,
        frame_rate: FrameRate | None = None,
    ) -> None:
        self.settings = settings
        self.registry = Registry.from_records(settings.tenants)
        self.auth = Authenticator(self.registry)
        self.metrics = Metrics()
        self._transport = upstream
        self._store = store
        self._owns_store = store is None
        self.decider = decider
        self.frame_rate = frame_rate
        self.upstream: Upstream | None = None
        self.writer: AuditWriter | None = None
        self.review_allows = settings.review == "allow"
        self.max_body = settings.max_body_bytes
        self.log_requests = settings.log.requests
        self.request_log = RequestLog()
        self.store_bodies = settings.audit.store_bodies
        self.retain_bodies = settings.audit.retain_bodies
        self.console: Any = None
        if settings.console.enabled:
            from usegate.console.app import create_console

            self.console = create_console(settings, self)
        self.started = False
        self._inflight = 0  # decided requests being handled now

    # -- lifecycle ----------------------------------------------------------
    async def startup(self) -> None:
        if self.started:
            return
        s = self.settings
        if self.decider is None:
            from usegate.signals.registry import default_registry

            self.decider = Decider.create(s.packs, s.pack_dirs, default_registry(vision=s.vision))
        # evaluate each pack's truth table for every registered tenant (and end customer)
        # now, so no request pays for a first Cedar evaluation
        tenants = list(self.registry.tenants.values())
        await asyncio.to_thread(self.decider.warm, [*tenants, *(e for t in tenants for e in t.end_customers)])
        if self._store is None:
            self._store = open_store(s.audit.url, synchronous=s.audit.synchronous)
        self.writer = AuditWriter(self._store, on_commit=self.metrics.committed)
        self.writer.start()
        if self.console is not None:
            self.console.start_sync()
        self.upstream = Upstream(s.upstream, self._transport)
        if self.frame_rate is None:
            self.frame_rate = make_frame_rate(s.sessions.window_seconds, s.sessions.redis_url)
        self.log_requests = self.settings.log.requests and self.request_log.enabled
        self.started = True
        # packs, cue tables and the purpose model are loaded for good: moving them out of
        # the collector's generations keeps full collections from walking them again
        gc.collect()
        gc.freeze()
        log.info("gateway ready", extra={"upstream": s.upstream.base_url, "packs": list(s.packs)})

    async def shutdown(self) -> None:
        if not self.started:
            return
        self.started = False
        self.request_log.flush()
        if self.upstream is not None:
            await self.upstream.aclose()
        if self.writer is not None:
            await asyncio.to_thread(self.writer.close)
        if self.frame_rate is not None:
            await self.frame_rate.close()
        if self.console is not None:
            await asyncio.to_thread(self.console.close)
        if self._owns_store and self._store is not None:
            self._store.close()

    def reviews(self) -> ReviewQueue:
        return ReviewQueue(self.store, grant_ttl=self.settings.review_grants.ttl_seconds)

    def _verdict_for(
        self, tenant: str, sha: str, cited: str | None, now: datetime
    ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """(grant, rejection) for a `review` decision: a rejected review of this tenant's
        request with this body makes it `deny`; else a valid grant cited in
        `X-Usegate-Review-Grant` makes it `allow`."""
        queue = self.reviews()
        rejected = queue.rejection(tenant, sha)
        if rejected is not None:
            return None, {
                "decision_id": rejected["decision_id"],
                "reviewer": rejected.get("reviewer"),
                "rejected_at": rejected.get("updated"),
            }
        if cited:
            found = queue.grant(cited.strip(), tenant, sha, now)
            if found is not None:
                return found.to_json(), None
        return None, None

    @property
    def store(self) -> AuditStore:
        assert self._store is not None, "gateway not started"
        return self._store

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:
                    log.exception("startup failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- ASGI ---------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            if not self.started:
                await self.startup()
            path: str = scope["path"]
            mode = DECIDED.get(path)
            if mode is not None:
                await self._decided(scope, receive, send, path, mode)
            elif path.startswith(DECISIONS_PREFIX):
                await self._decision_status(scope, send, path)
            elif path == "/console" or path.startswith("/console/"):
                if self.console is None:
                    await self._reply(send, 404, errors.not_found(path))
                else:
                    await self.console(scope, receive, send)
            elif path.startswith("/v1/models"):
                await self._models(scope, receive, send, path)
            elif path == "/healthz":
                await _respond(send, 200, b'{"status":"ok"}')
            elif path == "/metrics":
                await _respond(
                    send, 200, self.metrics.render(), [(b"content-type", self.metrics.content_type.encode())]
                )
            else:
                await self._reply(send, 404, errors.not_found(path))
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _reply(
        self, send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        self.metrics.status(status)
        await _respond(send, status, body, extra)

    async def _models(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        headers = scope["headers"]
        if scope["method"] != "GET":
            await self._reply(send, 405, errors.method_not_allowed(scope["method"], path))
            return
        if self._tenant(headers) is None:
            await self._reply(send, 401, errors.invalid_key())
            return
        assert self.upstream is not None
        try:
            response = await self.upstream.open("GET", path, scope.get("query_string", b""), headers, b"")
        except UpstreamFailure as exc:
            self.metrics.upstream_errors.labels(exc.kind).inc()
            await self._reply(send, exc.status, errors.upstream_error(str(exc), exc.code))
            return
        try:
            body = await read_raw(response)
        except READ_ERRORS as exc:
            failure = read_error(exc, self.upstream.base)
            await self._reply(send, failure.status, errors.upstream_error(str(failure), failure.code))
            return
        finally:
            await response.aclose()
        self.metrics.status(response.status_code)
        await send(
            {
                "type": "http.response.start",
                "status": response.status_code,
                "headers": Upstream.response_headers(response),
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _decision_status(self, scope: Scope, send: Send, path: str) -> None:
        """`GET /v1/usegate/decisions/{id}`: a tenant polls one of its own decisions (and
        its review). Another tenant's decision is answered as unknown."""
        if scope["method"] != "GET":
            await self._reply(send, 405, errors.method_not_allowed(scope["method"], path))
            return
        tenant = self._tenant(scope["headers"])
        if tenant is None:
            await self._reply(send, 401, errors.invalid_key())
            return
        did = path[len(DECISIONS_PREFIX) :]
        if not DECISION_ID.fullmatch(did):
            await self._reply(send, 404, errors.not_found(path))
            return
        record = await asyncio.to_thread(self.store.get, did)
        if record is None or record.get("tenant") != tenant.id or record.get("kind") == "verdict":
            await self._reply(send, 404, errors.unknown_decision(did))
            return
        review = await asyncio.to_thread(self.reviews().status, did, datetime.now(UTC))
        body = {
            "object": "usegate.decision",
            "decision_id": did,
            "time": record["time"],
            "decision": record["decision"],
            "action": record.get("action"),
            "pack": record.get("pack"),
            "clauses": record.get("clauses", []),
            "review": review,
        }
        if record.get("grant"):
            body["grant"] = record["grant"]
        await self._reply(send, 200, orjson.dumps(body))

    def _tenant(self, headers: list[tuple[bytes, bytes]]) -> Any:
        authorization = api_key = None
        for k, v in headers:
            if k == b"authorization":
                authorization = v
            elif k == b"api-key":
                api_key = v
        return self.auth.tenant(authorization, api_key)

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        """The request body, or None when it is over the limit."""
        limit = self.max_body
        for k, v in scope["headers"]:
            if k == b"content-length":
                try:
                    if int(v) > limit:
                        return None
                except ValueError:
                    pass
                break
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ConnectionAbortedError("client went away")
            chunk = message.get("body", b"")
            if chunk:
                size += len(chunk)
                if size > limit:
                    return None
                chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    async def _decided(self, scope: Scope, receive: Receive, send: Send, path: str, mode: str) -> None:
        self._inflight += 1
        try:
            await self._decide_and_answer(scope, receive, send, path, mode)
        finally:
            self._inflight -= 1

    async def _decide_and_answer(
        self, scope: Scope, receive: Receive, send: Send, path: str, mode: str
    ) -> None:
        t0 = time.perf_counter()
        received_at = datetime.now(UTC)
        method = scope["method"]
        if method != "POST":
            await self._reply(send, 405, errors.method_not_allowed(method, path))
            return
        headers: list[tuple[bytes, bytes]] = scope["headers"]
        tenant = self._tenant(headers)
        if tenant is None:
            await self._reply(send, 401, errors.invalid_key())
            return
        try:
            raw = await self._read_body(scope, receive)
        except ConnectionAbortedError:
            return
        if raw is None:
            await self._reply(send, 413, errors.too_large(self.max_body))
            return

        # -- the body as a dict, for the decision (the upstream gets `raw`) --
        files: list[dict[str, Any]] = []
        try:
            if mode == "json":
                try:
                    body = orjson.loads(raw)
                except orjson.JSONDecodeError as exc:
                    raise CaseError(f"invalid json in the request body: {exc}") from None
                if not isinstance(body, dict):
                    raise CaseError("the request body must be a JSON object")
            else:
                body, files = await parse_multipart(headers, raw)
        except CaseError as exc:
            await self._reply(send, 400, errors.bad_request(str(exc)))
            return
        text_headers = {}
        for k, v in headers:
            if k.startswith(b"x-usegate-"):
                text_headers[k.decode("latin-1")] = v.decode("latin-1")
        try:
            case = build_case(
                case_id="gateway",
                received_at=received_at,
                tenant=tenant,
                endpoint=path,
                headers=text_headers,
                body=body,
            )
        except CaseError as exc:
            await self._reply(send, 400, errors.bad_request(str(exc)))
            return
        if case.session is not None:
            assert self.frame_rate is not None
            try:
                rate = await self.frame_rate.observe(f"{tenant.id}\x1f{case.session}", len(case.images))
            except Exception:  # a session store outage leaves the rate unknown, never blocks
                log.exception("session frame rate unavailable")
            else:
                case = replace(case, extras={"session_frames_per_minute": rate})

        # -- decide ---------------------------------------------------------
        assert self.decider is not None and self.writer is not None and self.upstream is not None
        try:
            decision = await self.decider.decide_async(case)
        except Exception:
            log.exception("decision failed", extra={"tenant": tenant.id, "endpoint": path})
            await self._reply(send, 500, errors.internal("the gateway failed while deciding this request"))
            return
        outcome = decision.outcome
        did = decision.decision_id
        sha = hashlib.sha256(raw).hexdigest()
        grant: dict[str, Any] | None = None
        rejected: dict[str, Any] | None = None
        if outcome is Outcome.REVIEW:
            # only a `review` can be settled by a reviewer's verdict (a deny stays a deny)
            try:
                grant, rejected = await asyncio.to_thread(
                    self._verdict_for, tenant.id, sha, text_headers.get("x-usegate-review-grant"), received_at
                )
            except AuditError as exc:
                await self._reply(send, 503, errors.internal(f"audit log unavailable: {exc}", did))
                return
            if rejected is not None:
                outcome = Outcome.DENY
            elif grant is not None:
                outcome = Outcome.ALLOW
        self.metrics.decided(outcome.value, path, decision.clauses, decision.elapsed_ms / 1000.0)
        sig, evidence, contradictions = signals_json(decision.signals)
        erased: list[str]
        if not self.store_bodies:
            stored, erased = None, []
        elif mode == "json":
            stored, erased = redact_raw(raw, body)
        else:
            stored, erased = redact(body)
        record = AuditRecord(
            decision_id=did,
            time=received_at.isoformat().replace("+00:00", "Z"),
            tenant=tenant.id,
            endpoint=path,
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
            request={
                "method": method,
                "size": len(raw),
                "sha256": sha,
                "files": files,
            },
            input=stored,
            erased=erased,
            review=outcome is Outcome.REVIEW,
            grant=grant,
            rejected_review=rejected,
        )
        if self.retain_bodies:
            content_type = ""
            for k, v in headers:
                if k == b"content-type":
                    content_type = v.decode("latin-1")
            record.retained = (content_type, text_headers, raw)
        id_header = (b"x-usegate-decision-id", did.encode("ascii"))
        refuse = outcome is Outcome.DENY or (outcome is Outcome.REVIEW and not self.review_allows)

        if refuse:
            record.action = "refused"
            record.latency_ms["gateway"] = round((time.perf_counter() - t0) * 1000.0, 3)
            if not await self._commit(send, record, did):
                return
            self.metrics.overhead_seconds.observe(time.perf_counter() - t0)
            await self._reply(
                send,
                403,
                errors.refusal(did, outcome.value, decision.clauses, decision.pack, rejected=rejected),
                [id_header],
            )
            self._log(did, tenant.id, path, outcome.value, 403, t0)
            return

        record.action = "forwarded_flagged" if outcome is Outcome.REVIEW else "forwarded"
        t_up = time.perf_counter()
        overhead = t_up - t0
        try:
            response = await self.upstream.open(method, path, scope.get("query_string", b""), headers, raw)
        except UpstreamFailure as failure:
            await self._upstream_failed(send, record, failure, did, tenant.id, path, t0)
            return
        try:
            t_headers = time.perf_counter()
            self.metrics.upstream_seconds.observe(t_headers - t_up)
            status = response.status_code
            if status >= 500:
                self.metrics.upstream_errors.labels("status_5xx").inc()
            record.upstream_status = status
            record.latency_ms["upstream_headers"] = round((t_headers - t_up) * 1000.0, 3)
            record.latency_ms["gateway"] = round(overhead * 1000.0, 3)
            committed = self.writer.submit(record, alone=self._inflight == 1)
            out_headers = Upstream.response_headers(response)
            out_headers.append(id_header)
            streaming = Upstream.content_type(response).startswith("text/event-stream")
            if not streaming:
                try:
                    payload = await read_raw(response)
                except READ_ERRORS as exc:
                    await _settle(committed)
                    broken = read_error(exc, self.upstream.base)
                    self.metrics.upstream_errors.labels(broken.kind).inc()
                    await self._reply(
                        send, broken.status, errors.upstream_error(str(broken), broken.code), [id_header]
                    )
                    return
                t_wait = time.perf_counter()
                try:
                    await committed
                except AuditError as exc:
                    await self._reply(
                        send, 503, errors.internal(f"audit log unavailable: {exc}", did), [id_header]
                    )
                    return
                overhead += time.perf_counter() - t_wait
                self.metrics.overhead_seconds.observe(overhead)
                self.metrics.status(status)
                await send({"type": "http.response.start", "status": status, "headers": out_headers})
                await send({"type": "http.response.body", "body": payload})
            else:
                self.metrics.status(status)
                await send({"type": "http.response.start", "status": status, "headers": out_headers})
                try:
                    async for chunk in response.aiter_raw():
                        await send({"type": "http.response.body", "body": chunk, "more_body": True})
                except READ_ERRORS as exc:
                    # headers are out: all that is left is to end the stream early
                    log.warning("upstream stream broke off: %s", exc, extra={"decision_id": did})
                    self.metrics.upstream_errors.labels("protocol").inc()
                    await _settle(committed)
                    raise
                # the end of the stream waits for the durable record; if it fails, the
                # connection is dropped so the response never completes unrecorded
                await committed
                self.metrics.overhead_seconds.observe(overhead)
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            await response.aclose()
        self._log(did, tenant.id, path, outcome.value, status, t0)

    async def _commit(self, send: Send, record: AuditRecord, did: str) -> bool:
        assert self.writer is not None
        try:
            await self.writer.submit(record, alone=self._inflight == 1)
        except AuditError as exc:
            await self._reply(send, 503, errors.internal(f"audit log unavailable: {exc}", did))
            return False
        return True

    async def _upstream_failed(
        self,
        send: Send,
        record: AuditRecord,
        failure: UpstreamFailure,
        did: str,
        tenant: str,
        path: str,
        t0: float,
    ) -> None:
        self.metrics.upstream_errors.labels(failure.kind).inc()
        record.upstream_status = failure.status
        record.errors.append(str(failure))
        record.latency_ms["gateway"] = round((time.perf_counter() - t0) * 1000.0, 3)
        if not await self._commit(send, record, did):
            return
        await self._reply(
            send,
            failure.status,
            errors.upstream_error(str(failure), failure.code),
            [(b"x-usegate-decision-id", did.encode("ascii"))],
        )
        self._log(did, tenant, path, record.decision, failure.status, t0)

    def _log(self, did: str, tenant: str, path: str, outcome: str, status: int, t0: float) -> None:
        if self.log_requests:
            self.request_log.write(
                {
                    "decision_id": did,
                    "tenant": tenant,
                    "endpoint": path,
                    "decision": outcome,
                    "status": status,
                    "ms": round((time.perf_counter() - t0) * 1000.0, 3),
                }
            )


async def _settle(future: asyncio.Future[None]) -> None:
    """Wait for a record's commit without raising (the request is failing anyway)."""
    try:
        await future
    except AuditError:
        log.error("audit log write failed for a failing request")


async def _respond(
    send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if extra:
        for k, v in extra:
            if k == b"content-type":
                headers[0] = (k, v)
            else:
                headers.append((k, v))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def create_app(
    settings: Settings,
    *,
    upstream: httpx.AsyncBaseTransport | None = None,
    store: AuditStore | None = None,
    decider: Decider | None = None,
    frame_rate: FrameRate | None = None,
) -> Gateway:
    """The gateway app. `upstream` replaces the network transport (tests pass
    `httpx.MockTransport`), `store` the audit store of `settings.audit.url`, `decider` the
    one built from `settings.packs`. There is no middleware: the app is the whole stack."""
    return Gateway(settings, upstream=upstream, store=store, decider=decider, frame_rate=frame_rate)
