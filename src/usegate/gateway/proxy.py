"""Forwards allowed requests to the upstream untouched, through one pooled
`httpx.AsyncClient` (its transport is the seam tests replace), and translates httpx
failures into `UpstreamError` with the HTTP status the client should see (502, 504).
Only allow-listed client headers go along (`gateway.headers`), and no message says
where the upstream is: its url may be an operator's secret. Must not rewrite bodies.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urlsplit

import httpx

from usegate.config import UpstreamSettings
from usegate.exceptions import UpstreamError
from usegate.gateway.headers import allow_list
from usegate.gateway.http1 import Pool, ProtocolError, RawResponse

#: what reading an upstream body can raise, on either path
READ_ERRORS = (httpx.HTTPError, ProtocolError, OSError, TimeoutError, asyncio.IncompleteReadError, ValueError)

#: response headers not passed back (hop-by-hop; the ASGI server frames the body itself)
#: and what is the operator's, not the tenant's: the upstream account's org and project, its
#: cookies; and the gateway's own header (a forged decision id)
DROP_RESPONSE = frozenset(
    {
        b"date",
        b"connection",
        b"keep-alive",
        b"transfer-encoding",
        b"trailer",
        b"upgrade",
        b"set-cookie",
        b"openai-organization",
        b"openai-project",
        b"x-usegate-decision-id",
    }
)


class UpstreamFailure(UpstreamError):
    def __init__(self, message: str, status: int, kind: str) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind  # connect | timeout | protocol
        self.code = "upstream_timeout" if status == 504 else "upstream_unavailable"


class Upstream:
    def __init__(self, settings: UpstreamSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.base = settings.base_url.rstrip("/")
        # the gateway serves /v1/...; an OpenAI-style upstream's base url already ends in its
        # own prefix; an Azure one is the resource, whose v1 API is /openai/v1/...
        self.azure = settings.style == "azure"
        self._strip = "/v1"
        if not settings.api_key:
            self._auth: tuple[bytes, bytes] | None = None
        elif self.azure:
            self._auth = (b"api-key", settings.api_key.encode())
        else:
            self._auth = (b"authorization", f"Bearer {settings.api_key}".encode())
        self._allowed = allow_list(settings.forward_headers)
        #: the network goes through the lean HTTP/1.1 pool; an injected transport through httpx
        self.pool = (
            Pool(self.base, timeout=settings.timeout, connect_timeout=settings.connect_timeout)
            if transport is None
            else None
        )
        self.client = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(settings.timeout, connect=settings.connect_timeout),
            limits=httpx.Limits(
                max_connections=settings.max_connections, max_keepalive_connections=settings.max_connections
            ),
            follow_redirects=False,
            trust_env=False,
        )

    def target(self, path: str) -> str:
        """The upstream path (after the base url's own) of a decided gateway path: `/v1/x` is
        `/x` on an OpenAI-style upstream and `/openai/v1/x` on an Azure one; an Azure path
        (`/openai/...`) goes as it is."""
        if path.startswith(self._strip):
            return "/openai" + path if self.azure else path[len(self._strip) :]
        return path

    def url(self, path: str, query: bytes) -> str:
        url = self.base + self.target(path)
        if query:
            url += "?" + query.decode("latin-1")
        return url

    def headers(self, raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        allowed = self._allowed
        out = [(k, v) for k, v in raw if k in allowed]
        if self._auth is not None:
            out.append(self._auth)
        return out

    async def open(
        self, method: str, path: str, query: bytes, headers: Iterable[tuple[bytes, bytes]], body: bytes
    ) -> Any:
        """Send the request; the response (an `httpx.Response` or a `RawResponse`) is returned
        with its body still to read."""
        if self.pool is not None:
            target = self.target(path)
            raw_target = target.encode("latin-1") + (b"?" + query if query else b"")
            try:
                return await self.pool.request(method, raw_target, self.headers(headers), body)
            except TimeoutError as exc:
                raise UpstreamFailure("the upstream did not answer in time", 504, "timeout") from exc
            except (ConnectionError, OSError) as exc:
                raise UpstreamFailure(
                    f"cannot reach the upstream: {exc.strerror or type(exc).__name__}", 502, "connect"
                ) from exc
            except ProtocolError as exc:
                raise UpstreamFailure(f"the upstream failed: {exc}", 502, "protocol") from exc
        request = self.client.build_request(
            method, self.url(path, query), headers=self.headers(headers), content=body
        )
        try:
            return await self.client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise UpstreamFailure(
                f"the upstream did not answer in time: {type(exc).__name__}", 504, "timeout"
            ) from exc
        except httpx.ConnectError as exc:  # its text may hold the url: never passed on
            raise UpstreamFailure("cannot reach the upstream: connection failed", 502, "connect") from exc
        except httpx.HTTPError as exc:
            raise UpstreamFailure(f"the upstream failed: {type(exc).__name__}", 502, "protocol") from exc

    @staticmethod
    def response_headers(response: Any) -> list[tuple[bytes, bytes]]:
        if isinstance(response, RawResponse):
            return [(k, v) for k, v in response.raw_headers if k not in DROP_RESPONSE]
        return [(k.lower(), v) for k, v in response.headers.raw if k.lower() not in DROP_RESPONSE]

    @staticmethod
    def content_type(response: Any) -> str:
        if isinstance(response, RawResponse):
            return response.content_type
        return str(response.headers.get("content-type", ""))

    async def aclose(self) -> None:
        if self.pool is not None:
            await self.pool.aclose()
        await self.client.aclose()


async def read_raw(response: Any) -> bytes:
    """The response body as it came (still content-encoded)."""
    try:
        return b"".join([chunk async for chunk in response.aiter_raw()])
    except httpx.StreamConsumed:  # a response built in memory (MockTransport)
        content: bytes = response.content
        return content


async def iter_raw(response: Any) -> AsyncIterator[bytes]:
    """The response body chunk by chunk, as it came."""
    try:
        async for chunk in response.aiter_raw():
            yield chunk
    except httpx.StreamConsumed:  # a response built in memory (MockTransport)
        yield response.content


def read_error(exc: BaseException, base: str = "") -> UpstreamFailure:
    """An error while reading an upstream body (`base` is not used: no message names the url)."""
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return UpstreamFailure("the upstream stalled while sending its response", 504, "timeout")
    return UpstreamFailure(f"the upstream broke off its response: {type(exc).__name__}", 502, "protocol")


def display_url(url: str) -> str:
    """`url` fit for a log line: scheme, host, port and path; no credentials, query or fragment."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"
