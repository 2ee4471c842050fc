"""How the gateway is served: uvicorn with an HTTP protocol that enforces the connection
limits before any request reaches the app.

- more open connections than `limits.max_connections`: the new one is answered 503 and
  closed before its request is read;
- a request head (request line and headers) over `limits.max_header_bytes` or
  `limits.max_headers`: 431, and a head still incomplete past the limit is refused as
  its bytes arrive, so a 30 MB header is never buffered whole;
- a request head not received within `limits.client_timeout` of the connection or of
  the request's first byte, or a body that stops coming for that long: 408 and close
  (slowloris; a slow uplink that keeps sending is not cut off).

Under another ASGI server the app checks the header limits and the body's time itself. Every answer here is an
OpenAI-style JSON error with `connection: close`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from usegate.config import LimitSettings
from usegate.gateway import errors

#: room for the request line besides the headers
_REQUEST_LINE = 16 * 1024


class GuardedProtocol(HttpToolsProtocol):
    """`HttpToolsProtocol` with the gateway's connection limits (set by `protocol_for`).

    Hot-path cost matters here (every request passes): no per-header callback is
    overridden; the header limits are checked once, when the head is complete (the exact
    size only when the head was big enough to matter), and a head still incomplete is
    bounded by the bytes received for it. A deadline per request covers head and body, checked by one sweep
    per server four times a second (a timer per request cost more than the rest)."""

    limits: LimitSettings = LimitSettings()
    #: the sweep that times out slow clients runs (one per server, not a timer per request)
    _sweeping = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # as uvicorn's
        HttpToolsProtocol.connection_made(self, transport)
        self._refused = False
        self._head_done = False
        self._head_raw = 0  # bytes received while the head is incomplete (httptools buffers them)
        self._chunk = 0  # the size of the last chunk received
        #: loop time by which the request under way must be in (0: none under way)
        self._timeout = self.limits.client_timeout + _SWEEP_SECONDS
        self._deadline = self.loop.time() + self._timeout
        _CLOCK[0] = self.loop.time()
        if len(self.connections) > self.limits.max_connections:
            self._refuse(503, errors.internal("the gateway has too many open connections: try again later"))
            return
        cls = type(self)
        if not cls._sweeping:
            cls._sweeping = True
            self.loop.call_later(_SWEEP_SECONDS, _sweep, cls, self.loop, self.connections)

    def _timed_out(self) -> None:
        self._deadline = 0.0
        if self._refused:
            return
        cycle = self.cycle
        if cycle is not None and self._head_done and cycle.response_started:
            # answered without its body (401, 413, ...) while the client stalls on it: hang up
            self._refused = True
            self.transport.close()
            return
        self._refuse(408, errors.timed_out(self.limits.client_timeout))

    def _refuse(self, status: int, body: bytes) -> None:
        self._refused = True
        self._deadline = 0.0
        if self.cycle is None or self.cycle.response_complete:
            # no request under way: what the parser still calls back for is dropped
            self.cycle = _REFUSED  # type: ignore[assignment]  # a stand-in with what callbacks read
        head = STATUS_LINE[status] + (
            b"content-type: application/json\r\n"
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n"
            b"connection: close\r\n\r\n"
        )
        if not self.transport.is_closing():
            self.transport.write(head + body)
            self.transport.close()

    def _headers_too_large(self) -> None:
        limits = self.limits
        self._refuse(431, errors.headers_too_large(limits.max_headers, limits.max_header_bytes))

    # -- parser callbacks ------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        self._chunk = len(data)
        HttpToolsProtocol.data_received(self, data)
        if self._head_done:
            # a body may take its time as long as it keeps coming (a slow uplink is no attack)
            self._deadline = _CLOCK[0] + self._timeout
        elif not self._refused:
            # a header still being received is held by the parser, unseen by any callback
            self._head_raw += len(data)
            if self._head_raw > self.limits.max_header_bytes + _REQUEST_LINE:
                self._headers_too_large()

    def on_message_begin(self) -> None:
        self._head_done = False
        self._head_raw = 0
        self._deadline = _CLOCK[0] + self._timeout
        HttpToolsProtocol.on_message_begin(self)

    def on_headers_complete(self) -> None:
        if self._refused:
            return
        self._head_done = True
        limits = self.limits
        if len(self.headers) > limits.max_headers or (
            self._head_raw + self._chunk > limits.max_header_bytes
            and _head_size(self.url, self.headers) > limits.max_header_bytes
        ):
            self._headers_too_large()
            return
        HttpToolsProtocol.on_headers_complete(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self._deadline = 0.0
        HttpToolsProtocol.connection_lost(self, exc)


#: how often slow clients are looked for (a deadline is met to within this)
_SWEEP_SECONDS = 0.25
#: the loop's time at the last sweep: a coarse clock that costs nothing to read (a module
#: global, not a class attribute: assigning one of those would cost every instance's lookups)
_CLOCK = [0.0]


class _Refused:
    """The cycle of a refused connection: complete, so uvicorn's callbacks ignore the rest."""

    response_complete = True
    response_started = True
    more_body = False
    disconnected = True

    class message_event:  # an Event, with the one method callbacks use
        @staticmethod
        def set() -> None:
            pass


_REFUSED = _Refused()


def _sweep(cls: type[GuardedProtocol], loop: asyncio.AbstractEventLoop, connections: set[Any]) -> None:
    now = _CLOCK[0] = loop.time()
    for conn in list(connections):
        deadline = getattr(conn, "_deadline", 0.0)
        if not deadline or now <= deadline:
            continue
        cycle = conn.cycle
        if conn._head_done and cycle is not None and not cycle.more_body:
            continue  # the whole request is in: its time limit is met
        conn._timed_out()
    if connections:
        loop.call_later(_SWEEP_SECONDS, _sweep, cls, loop, connections)
    else:
        cls._sweeping = False


def _head_size(url: bytes, headers: list[tuple[bytes, bytes]]) -> int:
    return len(url) + sum(len(k) + len(v) + 4 for k, v in headers)


def protocol_for(limits: LimitSettings) -> type[GuardedProtocol]:
    return type("GuardedProtocol", (GuardedProtocol,), {"limits": limits})


def uvicorn_config(app: Any, *, host: str, port: int, **kwargs: Any) -> uvicorn.Config:
    """The uvicorn config `usegate serve` runs `app` (a `Gateway`) with."""
    kwargs.setdefault("log_config", None)
    kwargs.setdefault("access_log", False)
    app.guarded = True  # the protocol checks header limits and the client's time: the app need not
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="on",
        http=protocol_for(app.settings.limits),
        ws="none",
        server_header=False,
        # usegate reads no client address, so X-Forwarded-* rewriting is work for nothing
        proxy_headers=False,
        **kwargs,
    )
