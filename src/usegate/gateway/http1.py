"""A lean HTTP/1.1 client for the hot path: pooled keep-alive asyncio streams, the
request bytes written as received, the response body relayed as it arrives.

httpx costs ~1.3 ms of CPU per request on a small core (anyio, h11, its models); this
client costs a small fraction of that. It is used for the network; tests that pass an
`httpx` transport go through httpx instead (see `proxy.Upstream`).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Iterable
from urllib.parse import urlsplit


class ProtocolError(Exception):
    pass


class RawResponse:
    """What `proxy.Upstream.open` returns on this path (the parts of httpx.Response the app uses)."""

    def __init__(self, pool: Pool, conn: Conn, status: int, raw_headers: list[tuple[bytes, bytes]]) -> None:
        self._pool = pool
        self._conn = conn
        self.status_code = status
        self.raw_headers = raw_headers
        self._length = -1
        self._chunked = False
        self._keep = True
        ctype = b""
        for k, v in raw_headers:
            if k == b"content-length":
                self._length = int(v)
            elif k == b"transfer-encoding" and b"chunked" in v.lower():
                self._chunked = True
            elif k == b"connection" and b"close" in v.lower():
                self._keep = False
            elif k == b"content-type":
                ctype = v
        self.content_type = ctype.decode("latin-1")
        self._done = False

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        reader = self._conn.reader
        timeout = self._pool.timeout
        if self._chunked:
            while True:
                async with asyncio.timeout(timeout):
                    line = await reader.readuntil(b"\r\n")
                    size = int(line.split(b";", 1)[0].strip(), 16)
                    if size == 0:
                        while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                            pass
                        break
                    data = await reader.readexactly(size + 2)
                yield data[:-2]
        elif self._length >= 0:
            remaining = self._length
            while remaining:
                async with asyncio.timeout(timeout):
                    data = await reader.read(min(remaining, 65536))
                if not data:
                    raise ProtocolError("connection closed before the body was complete")
                remaining -= len(data)
                yield data
        else:  # until the server closes
            self._keep = False
            while True:
                async with asyncio.timeout(timeout):
                    data = await reader.read(65536)
                if not data:
                    break
                yield data
        self._done = True

    async def aclose(self) -> None:
        if self._done and self._keep:
            self._pool.release(self._conn)
        else:
            self._conn.close()


class Conn:
    __slots__ = ("reader", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    def close(self) -> None:
        self.writer.close()


class Pool:
    def __init__(self, base_url: str, *, timeout: float, connect_timeout: float, max_idle: int = 256) -> None:
        parts = urlsplit(base_url)
        self.tls = parts.scheme == "https"
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or (443 if self.tls else 80)
        # host[:port] only: a `user:key@` in the url must never reach the wire
        shown = f"[{self.host}]" if ":" in self.host else self.host
        self.host_header = (shown + (f":{parts.port}" if parts.port else "")).encode("idna")
        self.prefix = parts.path.rstrip("/").encode()
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.max_idle = max_idle
        self._idle: list[Conn] = []
        self._ssl = ssl.create_default_context() if self.tls else None

    async def _connect(self) -> Conn:
        async with asyncio.timeout(self.connect_timeout):
            reader, writer = await asyncio.open_connection(
                self.host, self.port, ssl=self._ssl, server_hostname=self.host if self.tls else None
            )
        return Conn(reader, writer)

    def release(self, conn: Conn) -> None:
        if len(self._idle) < self.max_idle and not conn.writer.is_closing():
            self._idle.append(conn)
        else:
            conn.close()

    def head(self, method: str, target: bytes, headers: Iterable[tuple[bytes, bytes]], body: bytes) -> bytes:
        lines = [method.encode() + b" " + self.prefix + target + b" HTTP/1.1", b"host: " + self.host_header]
        lines.extend(k + b": " + v for k, v in headers)
        lines.append(b"content-length: " + str(len(body)).encode())
        return b"\r\n".join(lines) + b"\r\n\r\n"

    async def request(
        self, method: str, target: bytes, headers: Iterable[tuple[bytes, bytes]], body: bytes
    ) -> RawResponse:
        """Send one request; a reused connection that turns out closed is retried once on a new one
        (only when no byte of a response arrived)."""
        data = self.head(method, target, headers, body) + body
        while self._idle:
            conn = self._idle.pop()
            try:
                return await self._exchange(conn, data, fresh=False)
            except _Stale:
                conn.close()
        return await self._exchange(await self._connect(), data, fresh=True)

    async def _exchange(self, conn: Conn, data: bytes, *, fresh: bool) -> RawResponse:
        try:
            conn.writer.write(data)
            async with asyncio.timeout(self.timeout):
                try:
                    head = await conn.reader.readuntil(b"\r\n\r\n")
                except asyncio.IncompleteReadError as exc:
                    if not exc.partial and not fresh:
                        raise _Stale() from exc
                    raise ProtocolError("upstream closed the connection") from exc
                except ConnectionError as exc:
                    if not fresh:
                        raise _Stale() from exc
                    raise
        except BaseException:
            conn.close()
            raise
        lines = head[:-4].split(b"\r\n")
        try:
            status = int(lines[0].split(b" ", 2)[1])
        except (IndexError, ValueError):
            conn.close()
            raise ProtocolError(f"malformed status line {lines[0][:80]!r}") from None
        headers = []
        for line in lines[1:]:
            k, _, v = line.partition(b":")
            headers.append((k.strip().lower(), v.strip()))
        return RawResponse(self, conn, status, headers)

    async def aclose(self) -> None:
        for conn in self._idle:
            conn.close()
        self._idle.clear()


class _Stale(Exception):
    pass
