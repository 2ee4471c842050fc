"""The rate of image frames a session sends (evidence for `real_time`, SPEC §2).

A session is a tenant plus the request's `X-Usegate-Session` header or its `user`
field. The rate is the number of frames seen in a sliding window, scaled to a
minute. In memory by default; in Redis (a sorted set per session) when several
gateways must share it.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from typing import Any, Protocol


class FrameRate(Protocol):
    async def observe(self, key: str, frames: int, now: float | None = None) -> float:
        """Record `frames` frames for `key` at `now` and return the frames per minute over the window."""
        ...

    async def close(self) -> None: ...


class MemoryFrameRate:
    def __init__(self, window_seconds: float = 60.0, max_sessions: int = 100_000) -> None:
        self.window = window_seconds
        self.max_sessions = max_sessions
        self._seen: dict[str, deque[tuple[float, int]]] = {}
        self._counts: dict[str, int] = {}

    async def observe(self, key: str, frames: int, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        q = self._seen.get(key)
        if q is None:
            if not frames:
                return 0.0
            if len(self._seen) >= self.max_sessions:
                self._evict(now)
            q = self._seen[key] = deque()
            self._counts[key] = 0
        horizon = now - self.window
        count = self._counts[key]
        while q and q[0][0] <= horizon:
            count -= q.popleft()[1]
        if frames:
            q.append((now, frames))
            count += frames
        self._counts[key] = count
        return count * 60.0 / self.window

    def _evict(self, now: float) -> None:
        horizon = now - self.window
        for key in [k for k, q in self._seen.items() if not q or q[-1][0] <= horizon]:
            del self._seen[key]
            del self._counts[key]
        while len(self._seen) >= self.max_sessions:  # still full: drop the oldest
            key = next(iter(self._seen))
            del self._seen[key]
            del self._counts[key]

    async def close(self) -> None:
        pass


class RedisFrameRate:
    """Shared across gateways: `ZADD` one member per frame, trim the window, count."""

    def __init__(self, url: str, window_seconds: float = 60.0, prefix: str = "usegate:frames:") -> None:
        import redis.asyncio as redis  # the [gateway] extra

        self.window = window_seconds
        self.prefix = prefix
        self._redis: Any = redis.from_url(url)

    async def observe(self, key: str, frames: int, now: float | None = None) -> float:
        now = time.time() if now is None else now
        k = self.prefix + key
        pipe = self._redis.pipeline(transaction=True)
        pipe.zremrangebyscore(k, "-inf", now - self.window)
        if frames:
            tag = uuid.uuid4().hex
            pipe.zadd(k, {f"{now}:{tag}:{i}": now for i in range(frames)})
            pipe.expire(k, int(self.window) + 1)
        pipe.zcard(k)
        results = await pipe.execute()
        return int(results[-1]) * 60.0 / self.window

    async def close(self) -> None:
        await self._redis.aclose()


def make_frame_rate(window_seconds: float, redis_url: str | None) -> FrameRate:
    if redis_url:
        return RedisFrameRate(redis_url, window_seconds)
    return MemoryFrameRate(window_seconds)
