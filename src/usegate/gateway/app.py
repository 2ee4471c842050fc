"""The gateway: a raw ASGI app that authenticates, decides, records, and forwards or refuses.

    create_app(settings, *, upstream=None, store=None, decider=None, frame_rate=None)

Per request: the path matched exactly (`routes`: anything else is 404 and never
forwarded); headers under their limits (431); key → tenant (401); body read under the
size and time limits (413, 408); JSON or multipart parsed (400); the case built and
decided (in a worker thread when the body is large, so one big prompt never stalls the
loop); the audit record queued for the group-commit writer. A refusal is answered once
its record is committed. An allowed request goes upstream with its bytes untouched and
only allow-listed headers; the response comes back unchanged, and its record says what
the client got: a non-streamed body is sent after the record is committed, a stream is
relayed chunk by chunk and its end held until the record (status, bytes, complete or
broken off) is committed. Must not decide (the `Decider` does) or write SQL (the store
does).
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson

from usegate.audit.record import AuditRecord, redact, signals_json
from usegate.audit.store import AuditStore, open_store
from usegate.audit.writer import AuditWriter
from usegate.config import Settings
from usegate.decision import Decision
from usegate.driver import Decider
from usegate.exceptions import AuditError, CaseError
from usegate.gateway import errors, heap, routes
from usegate.gateway.auth import Authenticator
from usegate.gateway.forms import parse_multipart
from usegate.gateway.headers import too_large
from usegate.gateway.intake import BodyBudget, ClientGone, Rejected, make_case, parse_json, read_body
from usegate.gateway.logs import RequestLog
from usegate.gateway.metrics import Metrics
from usegate.gateway.proxy import (
    READ_ERRORS,
    Upstream,
    UpstreamFailure,
    display_url,
    iter_raw,
    read_error,
    read_raw,
)
from usegate.gateway.readiness import Readiness
from usegate.gateway.sessions import FrameRate, make_frame_rate
from usegate.request.case import Case, Tenant
from usegate.request.tenants import Registry
from usegate.review.queue import ReviewQueue
from usegate.types import Outcome

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("usegate.gateway")

#: kept for importers: the decided POST endpoints
DECIDED = routes.DECIDED
JSON_HEADERS = [(b"content-type", b"application/json")]
#: large bodies decided at once in worker threads (more wait their turn)
HEAVY_AT_ONCE = 2
AUDIT_DOWN = "audit log unavailable: the request was not answered"
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
        self.readiness: Readiness | None = None
        self.review_allows = settings.review == "allow"
        limits = settings.limits
        self.limits = limits
        self.max_body = limits.max_body_bytes
        self.log_requests = settings.log.requests
        self.request_log = RequestLog()
        self.store_bodies = settings.audit.store_bodies
        self.retain_bodies = settings.audit.retain_bodies
        self.console: Any = None
        if settings.console.enabled:
            from usegate.console.app import create_console

            self.console = create_console(settings, self)
        # tenants in the database, kept current (`registry.source: database`), the admin
        # API over them, and SIGHUP reloads under `usegate serve` (src/usegate/tenants/)
        from usegate.tenants.admin_api import AdminAPI

        self.live: Any = None
        self.admin = AdminAPI(self)
        self.config_path: str | None = None
        self.sighup = False  # `usegate serve` sets it: SIGHUP reloads `config_path`
        self.reloader: Any = None
        self.started = False
        self._inflight = 0  # decided requests being handled now
        self._heavy: asyncio.Semaphore | None = None
        self.budget = BodyBudget(limits.max_inflight_body_bytes)
        #: served by `server.GuardedProtocol`, which enforces the header limits and the
        #: client's time (set by `server.uvicorn_config`); else the app checks them
        self.guarded = False

    # -- lifecycle ----------------------------------------------------------
    async def startup(self) -> None:
        if self.started:
            return
        s = self.settings
        if self.decider is None:
            from usegate.signals.registry import default_registry

            self.decider = Decider.create(s.packs, s.pack_dirs, default_registry(vision=s.vision))
        if s.image_fetch.enabled:
            _enable_image_fetch(s)
        if s.registry.source == "database" and self.live is None:
            from usegate.tenants.sync import start_live

            self.live = await start_live(self, s)
        if self.sighup and self.reloader is None:
            from usegate.gateway.reload import install

            self.reloader = install(self, self.config_path)
        # evaluate each pack's truth table for every registered tenant (and end customer)
        # now, so no request pays for a first Cedar evaluation
        tenants = list(self.registry.tenants.values())
        await asyncio.to_thread(self.decider.warm, [*tenants, *(e for t in tenants for e in t.end_customers)])
        if self._store is None:
            self._store = open_store(s.audit.url, synchronous=s.audit.synchronous)
        self.writer = AuditWriter(
            self._store, on_commit=self.metrics.committed, on_fail=self.metrics.audit_failed
        )
        self.writer.start()
        if self.console is not None:
            self.console.start_sync()
        self.upstream = Upstream(s.upstream, self._transport)
        self.readiness = Readiness(self._store, s.upstream, probe_upstream=self._transport is None)
        if self.frame_rate is None:
            self.frame_rate = make_frame_rate(s.sessions.window_seconds, s.sessions.redis_url)
        self.log_requests = self.settings.log.requests and self.request_log.enabled
        self._heavy = asyncio.Semaphore(HEAVY_AT_ONCE)
        self.started = True
        # packs, cue tables and the purpose model are loaded for good: moving them out of
        # the collector's generations keeps full collections from walking them again
        gc.collect()
        gc.freeze()
        log.info(
            "gateway ready", extra={"upstream": display_url(s.upstream.base_url), "packs": list(s.packs)}
        )

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
        if self.live is not None:
            await self.live.close()
            self.live = None
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
            headers: list[tuple[bytes, bytes]] = scope["headers"]
            limits = self.limits
            if not self.guarded and too_large(headers, limits.max_headers, limits.max_header_bytes):
                await self._reply(
                    send, 431, errors.headers_too_large(limits.max_headers, limits.max_header_bytes)
                )
                return
            mode = routes.match(path, scope.get("raw_path"))
            if mode is not None:
                await self._decided(scope, receive, send, path, mode)
            elif path.startswith(DECISIONS_PREFIX):
                await self._decision_status(scope, send, path)
            elif path == "/console" or path.startswith("/console/"):
                if self.console is None:
                    await self._reply(send, 404, errors.not_found(path))
                else:
                    await self.console(scope, receive, send)
            elif path == "/admin/tenants" or path.startswith("/admin/tenants/"):
                await self.admin(scope, receive, send)
            elif path == "/healthz":
                await _respond(send, 200, b'{"status":"ok"}')
            elif path == "/readyz":
                await self._ready(send)
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

    async def _ready(self, send: Send) -> None:
        assert self.readiness is not None
        problems = await self.readiness.check()
        if problems:
            await _respond(send, 503, errors.not_ready(problems))
        else:
            # serving, maybe with the config or tenants from before a reload that failed: say so
            body: dict[str, str] = {"status": "ready"}
            if self.reloader is not None and self.reloader.error:
                body["reload_error"] = self.reloader.error
            if self.live is not None and self.live.error:
                body["registry_error"] = self.live.error
            await _respond(send, 200, orjson.dumps(body))

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

    async def _decided(self, scope: Scope, receive: Receive, send: Send, path: str, mode: str) -> None:
        self._inflight += 1
        try:
            await self._decide_and_answer(scope, receive, send, path, mode)
        except Rejected as rejected:
            await self._reply(send, rejected.status, rejected.body)
        except ClientGone:
            pass
        except Exception:  # a bug, never a plain-text 500: answer JSON if nothing was sent yet
            log.exception("request failed", extra={"endpoint": path})
            try:
                await self._reply(send, 500, errors.internal("the gateway failed on this request"))
            except Exception:  # the response had started: the server drops the connection
                pass
        finally:
            self._inflight -= 1
            held = scope.get("usegate.held")
            if held:
                self.budget.give(held)
            if "usegate.heavy" in scope:
                # once this request's objects are gone, off the loop
                asyncio.get_running_loop().call_soon(heap.give_back)

    async def _case(
        self,
        headers: list[tuple[bytes, bytes]],
        raw: bytes,
        mode: str,
        path: str,
        tenant: Tenant,
        received_at: datetime,
    ) -> tuple[dict[str, Any], list[dict[str, Any]], Case]:
        """The parsed body, its file parts and the case (`CaseError` when unreadable)."""
        files: list[dict[str, Any]] = []
        limits = self.limits
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

    async def _decide_heavy(self, case: Case) -> Decision:
        """Decide the case of a large body in a worker thread (at most `HEAVY_AT_ONCE` at a
        time), so reading a long prompt never runs on the loop. (A small body's is decided
        on the loop: `decide_async` sends its dear signals to threads itself.)"""
        assert self.decider is not None and self._heavy is not None
        async with self._heavy:
            return await asyncio.to_thread(self.decider.decide, case)

    async def _decide_and_answer(
        self, scope: Scope, receive: Receive, send: Send, path: str, mode: str
    ) -> None:
        t0 = time.perf_counter()
        received_at = datetime.now(UTC)
        method = scope["method"]
        if method != ("GET" if mode == routes.NO_BODY else "POST"):
            await self._reply(send, 405, errors.method_not_allowed(method, path))
            return
        query = scope.get("query_string", b"")
        if not routes.query_ok(query):
            await self._reply(send, 400, errors.bad_request("the query string is not allowed"))
            return
        headers: list[tuple[bytes, bytes]] = scope["headers"]
        tenant = self._tenant(headers)
        if tenant is None:
            await self._reply(send, 401, errors.invalid_key())
            return
        limits = self.limits
        if mode == routes.NO_BODY:
            raw = b""
        else:
            timeout = None if self.guarded else limits.client_timeout
            raw = await read_body(headers, receive, limits.max_body_bytes, timeout, self.budget)
            scope["usegate.held"] = len(raw)
        heavy = len(raw) >= limits.thread_body_bytes
        if heavy:
            scope["usegate.heavy"] = True
        try:
            if mode == "json" and not heavy:  # the common case, inline
                files: list[dict[str, Any]] = []
                body = parse_json(raw, limits.max_json_depth)
                case = make_case(received_at, tenant, path, headers, body, limits.max_session_id_chars)
            else:
                body, files, case = await self._case(headers, raw, mode, path, tenant, received_at)
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
        assert self.writer is not None and self.upstream is not None and self.decider is not None
        try:
            if heavy:
                decision = await self._decide_heavy(case)
            else:
                decision = await self.decider.decide_async(case)
        except Exception as exc:  # fail closed, on the record: a `review` that says why
            log.exception("decision failed", extra={"tenant": tenant.id, "endpoint": path})
            decision = _failed_decision(self.decider, case, exc, self.settings.packs)
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
                    self._verdict_for, tenant.id, sha, text_headers.get("x-usegate-review-grant"), received_at
                )
            except AuditError as exc:
                await self._reply(send, 503, errors.internal(f"audit log unavailable: {exc}", did))
                return
            if rejected is not None:
                outcome = Outcome.DENY
            elif grant is not None:
                outcome = Outcome.ALLOW
        # a route, not a path, as the label: one series per model id would grow without end
        label = path if mode != routes.NO_BODY or path == routes.MODELS else routes.MODEL
        self.metrics.decided(outcome.value, label, decision.clauses, decision.elapsed_ms / 1000.0)
        sig, evidence, contradictions = signals_json(decision.signals)
        stored: Any = None
        erased: list[str] = []
        if self.store_bodies and mode != routes.NO_BODY:
            if heavy:
                stored, erased = await asyncio.to_thread(redact, body)
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
            refusal = errors.refusal(did, outcome.value, decision.clauses, decision.pack, rejected=rejected)
            record.response = {"status": 403, "bytes": len(refusal), "complete": True}
            record.latency_ms["gateway"] = round((time.perf_counter() - t0) * 1000.0, 3)
            if not await self._commit(send, record, did):
                return
            self.metrics.overhead_seconds.observe(time.perf_counter() - t0)
            await self._reply(send, 403, refusal, [id_header])
            self._log(did, tenant.id, path, outcome.value, 403, t0)
            return

        record.action = "forwarded_flagged" if outcome is Outcome.REVIEW else "forwarded"
        t_up = time.perf_counter()
        overhead = t_up - t0
        try:
            response = await self.upstream.open(method, path, query, headers, raw)
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
            out_headers = Upstream.response_headers(response)
            out_headers.append(id_header)
            streaming = Upstream.content_type(response).startswith("text/event-stream")
            if not streaming:
                try:
                    payload = await read_raw(response)
                except READ_ERRORS as exc:
                    broken = read_error(exc)
                    self.metrics.upstream_errors.labels(broken.kind).inc()
                    await self._upstream_failed(send, record, broken, did, tenant.id, path, t0)
                    return
                record.response = {"status": status, "bytes": len(payload), "complete": True}
                t_wait = time.perf_counter()
                try:
                    await self._submit(record)
                except AuditError:
                    await self._reply(send, 503, errors.internal(AUDIT_DOWN, did), [id_header])
                    return
                overhead += time.perf_counter() - t_wait
                self.metrics.overhead_seconds.observe(overhead)
                self.metrics.status(status)
                await send({"type": "http.response.start", "status": status, "headers": out_headers})
                await send({"type": "http.response.body", "body": payload})
            else:
                self.metrics.status(status)
                await send({"type": "http.response.start", "status": status, "headers": out_headers})
                sent = 0
                try:
                    async for chunk in iter_raw(response):
                        sent += len(chunk)
                        await send({"type": "http.response.body", "body": chunk, "more_body": True})
                except READ_ERRORS as exc:
                    # headers are out: record what the client got, then end the stream early
                    broken = read_error(exc)
                    log.warning("upstream stream broke off: %s", broken, extra={"decision_id": did})
                    self.metrics.upstream_errors.labels(broken.kind).inc()
                    record.errors.append(str(broken))
                    record.response = {"status": status, "bytes": sent, "complete": False}
                    await _settle(self._submit(record))
                    raise ClientGone() from None
                record.response = {"status": status, "bytes": sent, "complete": True}
                # the end of the stream waits for the durable record; if it fails, the
                # connection is dropped so the response never completes unrecorded
                try:
                    await self._submit(record)
                except AuditError:
                    log.error("audit log write failed: stream left unfinished", extra={"decision_id": did})
                    raise ClientGone() from None
                self.metrics.overhead_seconds.observe(overhead)
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            await response.aclose()
        self._log(did, tenant.id, path, outcome.value, status, t0)

    def _submit(self, record: AuditRecord) -> asyncio.Future[None]:
        assert self.writer is not None
        record.seal()  # serialised here: a record that cannot be is mended here, alone
        return self.writer.submit(record, alone=self._inflight == 1)

    async def _commit(
        self, send: Send, record: AuditRecord, did: str, extra: list[tuple[bytes, bytes]] | None = None
    ) -> bool:
        try:
            await self._submit(record)
        except AuditError:
            await self._reply(send, 503, errors.internal(AUDIT_DOWN, did), extra)
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
        if record.upstream_status is None:
            record.upstream_status = failure.status
        body = errors.upstream_error(str(failure), failure.code)
        record.errors.append(str(failure))
        record.response = {"status": failure.status, "bytes": len(body), "complete": True}
        record.latency_ms["gateway"] = round((time.perf_counter() - t0) * 1000.0, 3)
        id_header = [(b"x-usegate-decision-id", did.encode("ascii"))]
        if not await self._commit(send, record, did, id_header):
            return
        await self._reply(send, failure.status, body, id_header)
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


def _failed_decision(decider: Decider, case: Case, exc: BaseException, packs: Sequence[str]) -> Decision:
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


def _enable_image_fetch(settings: Settings) -> None:
    """Let the image signals fetch linked images under `image_fetch` (process-wide)."""
    from usegate.images.fetch import FetchPolicy
    from usegate.signals import vision

    f = settings.image_fetch
    vision.configure(
        fetch=FetchPolicy(
            enabled=True,
            max_bytes=f.max_bytes,
            timeout_s=f.timeout_seconds,
            max_redirects=f.max_redirects,
            schemes=("https", "http") if f.allow_http else ("https",),
        )
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
