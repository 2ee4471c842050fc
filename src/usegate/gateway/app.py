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
does). Azure OpenAI's routes are matched in `azure` and proxied here; the decision API
(`decide_api`) and Envoy's ext_authz (`ext_authz`) answer a decision without forwarding;
all three judge a request through `judge`.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson

from usegate.audit.record import AuditRecord
from usegate.audit.store import AuditStore, open_store
from usegate.audit.writer import AuditWriter
from usegate.config import Settings
from usegate.driver import Decider
from usegate.exceptions import AuditError
from usegate.gateway import azure, decide_api, errors, ext_authz, heap, routes
from usegate.gateway.auth import Authenticator
from usegate.gateway.azure import AzureRoute
from usegate.gateway.headers import too_large
from usegate.gateway.intake import BodyBudget, ClientGone, Rejected, read_body
from usegate.gateway.judge import judge, refusal_body
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
            raw_path = scope.get("raw_path")
            mode = routes.match(path, raw_path)
            if mode is not None:
                await self._decided(scope, receive, send, path, mode)
            elif path.startswith(azure.PREFIX) and (route := azure.match(path, raw_path)) is not None:
                await self._decided(scope, receive, send, path, route.mode, route)
            elif path == decide_api.PATH:
                await decide_api.serve(self, scope, receive, send)
            elif path.startswith(ext_authz.PREFIX):
                await ext_authz.serve(self, scope, receive, send)
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
            elif (family := routes.unsupported(path, raw_path)) is not None:
                await self._reply(send, 501, errors.not_supported(path, family))
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

    async def _decided(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        path: str,
        mode: str,
        route: AzureRoute | None = None,
    ) -> None:
        self._inflight += 1
        try:
            await self._decide_and_answer(scope, receive, send, path, mode, route)
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

    async def _decide_and_answer(
        self, scope: Scope, receive: Receive, send: Send, path: str, mode: str, azure_route: AzureRoute | None
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
        if azure_route is not None:
            problem = azure.check_query(query, azure_route)
            if problem is not None:
                await self._reply(send, 400, problem)
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
        if len(raw) >= limits.thread_body_bytes:
            scope["usegate.heavy"] = True
        model: str | None = None
        decide_as, label, target = path, path, path
        if azure_route is not None:  # decided as its /v1 counterpart; the deployment is the model
            model = azure_route.deployment
            decide_as, label = azure_route.endpoint, azure_route.label
            target = azure.upstream_path(azure_route, path, self.settings.upstream.style)
        elif mode == routes.NO_BODY and path != routes.MODELS:
            label = routes.MODEL  # a route, not a path: one series per model id would grow without end
        judged = await judge(
            self,
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
        assert self.upstream is not None
        decision, outcome, record = judged.decision, judged.outcome, judged.record
        did = decision.decision_id
        id_header = (b"x-usegate-decision-id", did.encode("ascii"))
        refuse = judged.refuse

        if refuse:
            record.action = "refused"
            refusal = refusal_body(judged)
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
        if azure_route is not None and self.settings.upstream.style != "azure":
            query = azure.without_api_version(query)
            if model is not None and mode != routes.NO_BODY:  # an OpenAI upstream has no deployments
                raw = azure.with_model(raw, mode, judged.body, headers, model)
        try:
            response = await self.upstream.open(method, target, query, headers, raw)
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
