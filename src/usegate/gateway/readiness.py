"""`/readyz`: whether the gateway can answer now. The audit store must take a trivial
query (in a worker thread, within a second) and the upstream must accept a TCP
connection; each answer is kept for a second so a busy prober costs nothing.
`/healthz` stays "the process is up"."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urlsplit

from usegate.audit.store import AuditStore
from usegate.config import UpstreamSettings

CHECK_TIMEOUT = 1.0
CACHE_SECONDS = 1.0


class Readiness:
    def __init__(self, store: AuditStore, upstream: UpstreamSettings, *, probe_upstream: bool = True) -> None:
        self.store = store
        parts = urlsplit(upstream.base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.probe_upstream = probe_upstream
        self._last: tuple[float, list[str]] | None = None
        self._lock = asyncio.Lock()

    async def check(self) -> list[str]:
        """The problems found (empty: ready)."""
        async with self._lock:
            now = time.monotonic()
            if self._last is not None and now - self._last[0] < CACHE_SECONDS:
                return self._last[1]
            problems = [p for p in await asyncio.gather(self._store(), self._upstream()) if p]
            self._last = (time.monotonic(), problems)
            return problems

    async def _store(self) -> str | None:
        ping = getattr(self.store, "ping", None)
        if ping is None:
            return None
        try:
            await asyncio.wait_for(asyncio.to_thread(ping), CHECK_TIMEOUT)
        except TimeoutError:
            return "audit store: no answer within 1 s"
        except Exception as exc:
            return f"audit store: {type(exc).__name__}"
        return None

    async def _upstream(self) -> str | None:
        if not self.probe_upstream:
            return None
        try:
            async with asyncio.timeout(CHECK_TIMEOUT):
                _, writer = await asyncio.open_connection(self.host, self.port)
            writer.close()
        except (OSError, TimeoutError):
            return "upstream: not reachable"
        return None
