"""The compliance console: a Starlette app under `/console`, rendered server-side.

    create_console(settings, store) -> Console   (an ASGI app; the gateway mounts it)

Pages: overview (decisions over time by outcome, by tenant, by clause; review backlog
and age; chain status), decision search, one decision, the review queue with its
verdict form, and replay (what another pack version would have changed). Every route
but the login form needs a console session; every form carries the session's CSRF
token. The console reads the audit store through its own index (`console/index.py`)
and writes only verdicts, through `ReviewQueue`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from usegate.audit.store import AuditStore
from usegate.config import Settings
from usegate.console import charts
from usegate.console import display as fmt
from usegate.console.auth import COOKIE, LOGIN_COOKIE, PATH, Session, Sessions, same_token
from usegate.console.index import ConsoleIndex, Query, default_path, iso_of, micros
from usegate.exceptions import UsegateError
from usegate.policy.packs import PackLibrary
from usegate.review.queue import ReviewQueue

TEMPLATES = Path(__file__).parent / "templates"
OUTCOMES = ("allow", "review", "deny")
DECISION_ID = re.compile(r"[0-9a-f]{32}")
_SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
    "x-frame-options": "DENY",
}
#: decisions the Replay page re-decides at most (the CLI has no limit)
REPLAY_LIMIT = 100_000
RANGES = {"24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30), "all": None}


class Console:
    def __init__(
        self,
        settings: Settings,
        store: Callable[[], AuditStore],
        *,
        library: PackLibrary | None = None,
        index: ConsoleIndex | None = None,
    ) -> None:
        self.settings = settings
        self._store = store
        self.sessions = Sessions(settings.console)
        self.library = library if library is not None else PackLibrary.discover(settings.pack_dirs)
        self._index = index
        self._sync_lock = threading.Lock()
        self._index_lock = threading.Lock()
        self._syncing = False
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.ChainableUndefined
        )
        self.env.globals.update(outcomes=OUTCOMES, colours=charts.COLOURS, urlencode=urlencode)
        self.env.filters.update(when=fmt.when, short=fmt.short)
        self.app = Starlette(
            routes=[
                Route(PATH, self.root, methods=["GET"]),
                Route(PATH + "/", self.overview, methods=["GET"]),
                Route(PATH + "/login", self.login, methods=["GET", "POST"]),
                Route(PATH + "/logout", self.logout, methods=["POST"]),
                Route(PATH + "/decisions", self.search, methods=["GET"]),
                Route(PATH + "/decisions/{decision_id}", self.decision, methods=["GET"]),
                Route(PATH + "/reviews", self.reviews, methods=["GET"]),
                Route(PATH + "/reviews/{decision_id}", self.verdict, methods=["POST"]),
                Route(PATH + "/replay", self.replay, methods=["GET"]),
            ]
        )

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def send_secure(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend((k.encode(), v.encode()) for k, v in _SECURITY_HEADERS.items())
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_secure)

    # -- the index ----------------------------------------------------------
    @property
    def store(self) -> AuditStore:
        return self._store()

    @property
    def index(self) -> ConsoleIndex:
        with self._index_lock:
            if self._index is None:
                path = default_path(self.settings.audit.url, self.settings.console.index_path)
                self._index = ConsoleIndex(path)
            return self._index

    def close(self) -> None:
        with self._sync_lock, self._index_lock:
            if self._index is not None:
                self._index.close()
                self._index = None

    def start_sync(self) -> None:
        """Catch the index up in the background (the first build over a large log)."""
        threading.Thread(target=self.sync, name="usegate-console-index", daemon=True).start()

    def sync(self, wait: bool = True) -> None:
        """Index what the log committed since the last sync. A page does not wait for a
        sync already running (it shows what is indexed so far)."""
        if not self._sync_lock.acquire(blocking=wait):
            return
        try:
            self._syncing = True
            self.index.sync(self.store)
        finally:
            self._syncing = False
            self._sync_lock.release()

    # -- plumbing -----------------------------------------------------------
    def _session(self, request: Request) -> Session | None:
        return self.sessions.read(request.cookies.get(COOKIE))

    def _to_login(self, request: Request) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"{PATH}/login?{urlencode({'next': target})}", status_code=303)

    def render(self, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        defaults: dict[str, Any] = {"syncing": False, "chain": None, "user": None, "csrf": ""}
        html = self.env.get_template(name).render(**{**defaults, **context})
        return HTMLResponse(html, status_code=status)

    async def _user(self, request: Request) -> Session | None:
        """The session of a page request (None: not logged in), with the index caught up."""
        session = self._session(request)
        if session is not None:
            await run_in_threadpool(self.sync, False)
        return session

    async def _page(self, request: Request, session: Session, name: str, **context: Any) -> HTMLResponse:
        chain = await run_in_threadpool(self.index.chain, self.store)
        return self.render(
            name, user=session.user, csrf=session.csrf, chain=chain, syncing=self._syncing, **context
        )

    # -- routes -------------------------------------------------------------
    async def root(self, request: Request) -> Response:
        return RedirectResponse(PATH + "/", status_code=307)

    async def login(self, request: Request) -> Response:
        nxt = request.query_params.get("next") or PATH + "/"
        if not nxt.startswith(PATH + "/") or nxt.startswith("//") or "\\" in nxt:
            nxt = PATH + "/"
        if request.method == "POST":
            form = await request.form()
            ok_token = self.sessions.check_login_token(
                request.cookies.get(LOGIN_COOKIE), _field(form, "csrf")
            )
            name, password = _field(form, "username") or "", _field(form, "password") or ""
            locked = self.sessions.locked(name)
            if (
                ok_token
                and not locked
                and await run_in_threadpool(self.sessions.authenticate, name, password)
            ):
                _, cookie = self.sessions.issue(name)
                response = RedirectResponse(nxt, status_code=303)
                self._set_cookie(request, response, COOKIE, cookie, self.sessions.ttl)
                response.delete_cookie(LOGIN_COOKIE, path=PATH)
                return response
            if not ok_token:
                return self._login_form(request, nxt, "the login form expired: try again", 403)
            if locked:
                return self._login_form(
                    request, nxt, "too many failed logins for this name: wait 15 minutes", 429
                )
            return self._login_form(request, nxt, "wrong name or password", 401)
        if self._session(request) is not None:
            return RedirectResponse(nxt, status_code=303)
        return self._login_form(request, nxt, None, 200)

    def _login_form(self, request: Request, nxt: str, error: str | None, status: int) -> Response:
        token, cookie = self.sessions.login_token()
        response = self.render("login.html", status, csrf=token, next=nxt, error=error, user=None)
        self._set_cookie(request, response, LOGIN_COOKIE, cookie, 3600)
        return response

    def _set_cookie(
        self, request: Request, response: Response, name: str, value: str, max_age: float
    ) -> None:
        response.set_cookie(
            name,
            value,
            max_age=int(max_age),
            path=PATH,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )

    async def logout(self, request: Request) -> Response:
        session = self._session(request)
        form = await request.form()
        if session is None or not same_token(session.csrf, _field(form, "csrf")):
            return self._forbidden()
        response = RedirectResponse(PATH + "/login", status_code=303)
        response.delete_cookie(COOKIE, path=PATH)
        return response

    def _forbidden(self) -> Response:
        return HTMLResponse(
            "<h1>403</h1><p>missing or stale form token: reload the page</p>", status_code=403
        )

    async def overview(self, request: Request) -> Response:
        session = await self._user(request)
        if session is None:
            return self._to_login(request)
        span = request.query_params.get("range", "30d")
        if span not in RANGES:
            span = "30d"
        now = datetime.now(UTC)
        delta = RANGES[span]
        since = micros((now - delta).isoformat()) if delta is not None else None
        counts, backlog = await run_in_threadpool(self._overview_data, since)
        hours: dict[int, dict[str, int]] = {}
        for hour, decision, n in counts["hours"]:
            hours.setdefault(int(hour), {})[decision] = int(n)
        buckets = fmt.buckets(hours, since, micros(now.isoformat()))
        tenants: dict[str, dict[str, int]] = {}
        for tenant, decision, n in counts["tenants"]:
            tenants.setdefault(tenant, {})[decision] = int(n)
        clauses: dict[str, dict[str, int]] = {}
        for clause, decision, n in counts["clauses"]:
            clauses.setdefault(clause, {})[decision] = int(n)
        totals = {o: sum(c.get(o, 0) for c in tenants.values()) for o in OUTCOMES}
        top_tenants = sorted(tenants.items(), key=lambda kv: -sum(kv[1].values()))[:15]
        top_clauses = sorted(clauses.items(), key=lambda kv: -sum(kv[1].values()))
        pending, oldest = backlog
        age = None if oldest is None else fmt.age(now - datetime.fromtimestamp(oldest / 1e6, UTC))
        return await self._page(
            request,
            session,
            "overview.html",
            span=span,
            ranges=list(RANGES),
            totals=totals,
            total=sum(totals.values()),
            over_time=charts.columns(buckets, title="decisions over time by outcome"),
            by_tenant=charts.bars(top_tenants, title="decisions by tenant"),
            by_clause=charts.bars(top_clauses, title="decisions citing each clause"),
            tenant_count=len(tenants),
            pending=pending,
            oldest_age=age,
            since=since,
        )

    def _overview_data(self, since: int | None) -> tuple[dict[str, Any], tuple[int, int | None]]:
        return self.index.counts(since), self.index.backlog()

    async def search(self, request: Request) -> Response:
        session = await self._user(request)
        if session is None:
            return self._to_login(request)
        p = request.query_params
        wanted = (p.get("id") or "").strip().lower()
        error = None
        if wanted:
            if DECISION_ID.fullmatch(wanted):
                return RedirectResponse(f"{PATH}/decisions/{wanted}", status_code=303)
            error = f"`{wanted}` is not a decision id: expected 32 hex digits"
        form = {k: (p.get(k) or "").strip() for k in ("tenant", "decision", "clause", "since", "until")}
        try:
            since = fmt.parse_when(form["since"])
            until = fmt.parse_when(form["until"], end=True)
        except ValueError as exc:
            error, since, until = str(exc), None, None
        before = None
        if p.get("before"):
            try:
                t, seq = p["before"].split("-", 1)
                before = (int(t), int(seq))
            except ValueError:
                error = f"bad page cursor `{p['before']}`"
        decision = form["decision"] if form["decision"] in OUTCOMES else None
        query = Query(
            tenant=form["tenant"] or None,
            decision=decision,
            clause=form["clause"] or None,
            since=since,
            until=until,
            before=before,
            limit=50,
        )
        found = await run_in_threadpool(self.index.search, query)
        tenants, clauses = await run_in_threadpool(lambda: (self.index.tenants(), self.index.clauses()))
        next_url = None
        if len(found) == query.limit:
            last = found[-1]
            keep = {k: v for k, v in form.items() if v}
            next_url = f"{PATH}/decisions?" + urlencode({**keep, "before": f"{last.t}-{last.seq}"})
        first_url = f"{PATH}/decisions?" + urlencode({k: v for k, v in form.items() if v})
        return await self._page(
            request,
            session,
            "decisions.html",
            form=form,
            found=found,
            tenants=tenants,
            clauses=clauses,
            next_url=next_url,
            first_url=first_url if before else None,
            error=error,
        )

    async def decision(self, request: Request) -> Response:
        session = await self._user(request)
        if session is None:
            return self._to_login(request)
        did = request.path_params["decision_id"]
        record = None
        if DECISION_ID.fullmatch(did) or did.startswith("v-"):
            record = await run_in_threadpool(self.store.get, did)
        if record is None:
            return self.render(
                "missing.html", 404, what=did, user=session.user, csrf=session.csrf, chain=None
            )
        queue = ReviewQueue(self.store, grant_ttl=self.settings.review_grants.ttl_seconds)
        review, history = await run_in_threadpool(lambda: (queue.get(did), queue.history(did)))
        grant_status = None
        if review is not None and review["status"] == "approved":
            grant_status = await run_in_threadpool(queue.status, did, datetime.now(UTC))
        signals = []
        for name, value in (record.get("signals") or {}).items():
            signals.append(
                {
                    "name": name,
                    "value": value.get("value"),
                    "confidence": value.get("confidence"),
                    "evidence": [(e, fmt.evidence_role(e, record)) for e in value.get("evidence", [])],
                    "contradictions": value.get("contradictions", []),
                    "errors": value.get("errors", []),
                }
            )
        return await self._page(
            request,
            session,
            "decision.html",
            r=record,
            signals=signals,
            clauses=self._clauses(record),
            review=review,
            history=history,
            grant_status=grant_status,
        )

    def _clauses(self, record: dict[str, Any]) -> list[dict[str, str]]:
        out = []
        refs = [r for r in str(record.get("pack") or "").split(",") if r]
        for clause_id in record.get("clauses") or []:
            found = None
            for ref in refs:
                try:
                    found = self.library.in_force(ref, datetime.now(UTC)).clause(clause_id)
                except UsegateError:
                    found = None
                if found is not None:
                    break
            if found is None:
                out.append(
                    {
                        "id": clause_id,
                        "title": "",
                        "text": "(clause text not found in the installed packs)",
                        "source": "",
                    }
                )
            else:
                out.append(
                    {"id": clause_id, "title": found.title, "text": found.text, "source": found.source}
                )
        return out

    async def reviews(self, request: Request) -> Response:
        session = await self._user(request)
        if session is None:
            return self._to_login(request)
        try:
            page = max(int(request.query_params.get("page", "1")), 1)
        except ValueError:
            page = 1
        per = 50
        pending, settled, backlog = await run_in_threadpool(
            lambda: (
                self.index.queue("pending", limit=per + 1, offset=(page - 1) * per),
                self.index.queue("approved", limit=10) + self.index.queue("rejected", limit=10),
                self.index.backlog(),
            )
        )
        now = datetime.now(UTC)
        for item in pending:
            item["age"] = fmt.age(now - datetime.fromtimestamp(item["t"] / 1e6, UTC))
        settled.sort(key=lambda r: r["verdict_time"] or "", reverse=True)
        return await self._page(
            request,
            session,
            "reviews.html",
            pending=pending[:per],
            more=len(pending) > per,
            page=page,
            settled=settled[:10],
            backlog=backlog[0],
            message=request.query_params.get("done"),
        )

    async def verdict(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return self._to_login(request)
        form = await request.form()
        if not same_token(session.csrf, _field(form, "csrf")):
            return self._forbidden()
        did = request.path_params["decision_id"]
        verdict = _field(form, "verdict")
        note = (_field(form, "note") or "").strip()[:2000]
        if verdict not in ("approved", "rejected") or not DECISION_ID.fullmatch(did):
            return HTMLResponse(
                "<h1>400</h1><p>expected a verdict of approved or rejected</p>", status_code=400
            )
        queue = ReviewQueue(self.store, grant_ttl=self.settings.review_grants.ttl_seconds)
        ok = await run_in_threadpool(queue.resolve, did, verdict, session.user, note)
        if not ok:
            return HTMLResponse(f"<h1>404</h1><p>no review queued for decision {did}</p>", status_code=404)
        await run_in_threadpool(self.sync)
        back = _field(form, "back")
        target = (
            f"{PATH}/decisions/{did}"
            if back == "decision"
            else f"{PATH}/reviews?" + urlencode({"done": f"{did} {verdict}"})
        )
        return RedirectResponse(target, status_code=303)

    async def replay(self, request: Request) -> Response:
        session = await self._user(request)
        if session is None:
            return self._to_login(request)
        p = request.query_params
        form = {k: (p.get(k) or "").strip() for k in ("pack", "since", "until")}
        refs = [v.ref for name in self.library.names for v in self.library.versions(name)]
        result, error = None, None
        if form["pack"]:
            try:
                since = fmt.parse_when(form["since"])
                until = fmt.parse_when(form["until"], end=True)
                from usegate.replay import ReplayResult
                from usegate.replay import replay as run_replay

                span = await run_in_threadpool(self.index.seq_range, since, until)
                if span is None:
                    result = ReplayResult(target=form["pack"])
                else:
                    result = await run_in_threadpool(
                        lambda: run_replay(
                            self.store,
                            self.library,
                            form["pack"],
                            since=iso_of(since) if since else None,
                            until=iso_of(until) if until else None,
                            limit=REPLAY_LIMIT,
                            seq_range=span,
                        )
                    )
            except (ValueError, UsegateError) as exc:
                error = str(exc)
        return await self._page(
            request, session, "replay.html", form=form, refs=refs, result=result, error=error
        )


def _field(form: Any, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


def create_console(settings: Settings, gateway: Any) -> Console:
    """The console of a gateway: it reads the gateway's store once that is open."""
    return Console(settings, lambda: gateway.store)
