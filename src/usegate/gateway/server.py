"""How the gateway is served: uvicorn with an HTTP protocol that enforces the connection
limits before any request reaches the app.

- more open connections than `limits.max_connections`: the new one is answered 503 and
  closed before its request is read;
- a request head (request line and headers) over `limits.max_header_bytes` or
  `limits.max_headers`: 431 as soon as the parser sees it, so a 30 MB header is never
  buffered whole;
- a request head not complete within `limits.client_timeout` of the connection (or of
  the request's first byte): 408 and close (slowloris). The body's own time limit is
  checked by the app (`intake.read_body`).

The app checks the header limits again (for other ASGI servers). Every answer here is an
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
    """`HttpToolsProtocol` with the gateway's connection limits (set by `protocol_for`)."""

    limits: LimitSettings = LimitSettings()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # as uvicorn's
        super().connection_made(transport)
        self._refused = False
        self._head_bytes = 0
        self._head_count = 0
        self._head_done = False
        self._head_raw = 0  # bytes received while the head is incomplete (httptools buffers them)
        self._timer: asyncio.TimerHandle | None = None
        if len(self.connections) > self.limits.max_connections:
            self._refuse(503, errors.internal("the gateway has too many open connections: try again later"))
            return
        self._arm()

    def _arm(self) -> None:
        if self._timer is None:
            self._timer = self.loop.call_later(self.limits.client_timeout, self._head_timed_out)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _head_timed_out(self) -> None:
        self._timer = None
        if not self._refused:
            self._refuse(408, errors.timed_out(self.limits.client_timeout))

    def _refuse(self, status: int, body: bytes) -> None:
        self._refused = True
        self._disarm()
        head = STATUS_LINE[status] + (
            b"content-type: application/json\r\n"
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n"
            b"connection: close\r\n\r\n"
        )
        if not self.transport.is_closing():
            self.transport.write(head + body)
            self.transport.close()

    def _count(self, size: int, headers: int) -> bool:
        """Add to the head's size; False (and a 431) when it is over the limits."""
        self._head_bytes += size
        self._head_count += headers
        limits = self.limits
        if self._head_bytes > limits.max_header_bytes or self._head_count > limits.max_headers:
            self._refuse(431, errors.headers_too_large(limits.max_headers, limits.max_header_bytes))
            return False
        return True

    # -- parser callbacks ------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        super().data_received(data)
        if not self._head_done and not self._refused:
            # a header still being received is held by the parser, unseen by `on_header`
            self._head_raw += len(data)
            if self._head_raw > self.limits.max_header_bytes + _REQUEST_LINE:
                limits = self.limits
                self._refuse(431, errors.headers_too_large(limits.max_headers, limits.max_header_bytes))

    def on_message_begin(self) -> None:
        self._head_bytes = 0
        self._head_count = 0
        self._head_done = False
        self._head_raw = 0
        self._arm()
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        if not self._refused and self._count(len(url), 0):
            super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        if not self._refused and self._count(len(name) + len(value) + 4, 1):
            super().on_header(name, value)

    def on_headers_complete(self) -> None:
        if self._refused:
            return
        self._head_done = True
        self._disarm()
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if not self._refused:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if not self._refused:
            super().on_message_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def protocol_for(limits: LimitSettings) -> type[GuardedProtocol]:
    return type("GuardedProtocol", (GuardedProtocol,), {"limits": limits})


def uvicorn_config(app: Any, *, host: str, port: int, **kwargs: Any) -> uvicorn.Config:
    """The uvicorn config `usegate serve` runs `app` (a `Gateway`) with."""
    kwargs.setdefault("log_config", None)
    kwargs.setdefault("access_log", False)
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
