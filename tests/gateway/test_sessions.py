"""Session frame rates over a sliding window, in memory and in Redis."""

from __future__ import annotations

import asyncio
import uuid

from usegate.gateway.sessions import MemoryFrameRate, RedisFrameRate


def test_memory_window() -> None:
    async def main() -> None:
        r = MemoryFrameRate(window_seconds=60)
        assert await r.observe("s", 0, now=0.0) == 0.0
        for t in range(6):
            rate = await r.observe("s", 1, now=float(t * 5))
        assert rate == 6.0
        assert await r.observe("other", 1, now=30.0) == 1.0
        assert await r.observe("s", 0, now=66.0) == 4.0  # frames at 0 and 5 s left the window
        assert await r.observe("s", 0, now=200.0) == 0.0

    asyncio.run(main())


def test_memory_evicts_idle_sessions() -> None:
    async def main() -> None:
        r = MemoryFrameRate(window_seconds=10, max_sessions=2)
        await r.observe("a", 1, now=0.0)
        await r.observe("b", 1, now=0.0)
        await r.observe("c", 1, now=20.0)
        assert len(r._seen) <= 2

    asyncio.run(main())


def test_redis_window() -> None:
    async def main() -> None:
        r = RedisFrameRate("redis://127.0.0.1:6379/0", window_seconds=60)
        key = "test-" + uuid.uuid4().hex
        try:
            await r.observe(key, 0, now=1000.0)  # the real server on 127.0.0.1:6379
            assert await r.observe(key, 3, now=1000.0) == 3.0
            assert await r.observe(key, 4, now=1030.0) == 7.0
            assert await r.observe(key, 0, now=1070.0) == 4.0
        finally:
            await r.close()

    asyncio.run(main())
