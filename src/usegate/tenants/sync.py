"""Keeping a gateway's tenants current (`registry: {source: database}`).

At start the config's `tenants:` seed the database with the tenants it lacks, and the
registry is read whole. Then, every `registry.poll_seconds` (1 s), one query reads the
registry's version counter; when it moved, or a key's expiry has passed, the registry
is read again in a worker thread and swapped in whole: requests keep looking tenants up
in memory, never in the database. On PostgreSQL a thread also LISTENs on
`usegate_registry`, so a change wakes every gateway at once.

A registry that cannot be read (the database away) keeps the one in memory and is
retried at the next poll. Must not serve HTTP or decide.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from usegate.gateway.auth import Authenticator
from usegate.request.tenants import Registry, TenantConfig
from usegate.tenants.store import CHANNEL, RegistryStore, Snapshot

log = logging.getLogger("usegate.tenants")


def open_registry(audit_url: str) -> RegistryStore:
    """The registry store beside the audit log `audit_url` names."""
    return RegistryStore(audit_url)


def seed(store: RegistryStore, configs: Sequence[TenantConfig]) -> None:
    added, differing = store.seed(configs)
    if added:
        log.info("tenant registry: added from the config: %s", ", ".join(added))
    for tenant_id in differing:
        log.warning(
            "tenant registry: tenant `%s` in the config differs from the database: the database is "
            "used (change it with the admin API or `usegate tenants update`)",
            tenant_id,
        )


class LiveRegistry:
    """Swaps `gateway.registry` and `gateway.auth` whenever the stored registry changes."""

    def __init__(self, gateway: Any, store: RegistryStore, poll_seconds: float = 1.0) -> None:
        self.gateway = gateway
        self.store = store
        self.poll_seconds = poll_seconds
        self.version = -1
        self.next_expiry: datetime | None = None
        self.error: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    async def start(self, configs: Sequence[TenantConfig]) -> None:
        await asyncio.to_thread(seed, self.store, configs)
        self._swap(await asyncio.to_thread(self.store.snapshot))
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="usegate-registry-sync")
        if self.store.dialect == "postgres":
            loop = asyncio.get_running_loop()
            wake = self._wake
            self._listener = threading.Thread(
                target=_listen,
                args=(self.store.url, lambda: loop.call_soon_threadsafe(wake.set), self._stop),
                name="usegate-registry-listen",
                daemon=True,
            )
            self._listener.start()

    def _swap(self, snapshot: Snapshot) -> None:
        if snapshot.version < self.version:
            return  # read before a newer one that is already in use (two refreshes raced)
        registry: Registry = snapshot.registry
        # two assignments on the event loop: a request sees the old pair or the new one
        self.gateway.registry = registry
        self.gateway.auth = Authenticator(registry)
        if self.version >= 0:
            log.info(
                "tenant registry: version %s loaded (%s tenants, %s keys)",
                snapshot.version,
                len(registry.tenants),
                len(registry.key_hashes),
            )
        self.version = snapshot.version
        self.next_expiry = snapshot.next_expiry

    async def refresh(self, *, force: bool = False) -> bool:
        """Reload when the stored version moved or a key expired (or `force`): whether it did."""
        try:
            due = self.next_expiry is not None and datetime.now(UTC) >= self.next_expiry
            if not (force or due) and await asyncio.to_thread(self.store.version) == self.version:
                return False
            self._swap(await asyncio.to_thread(self.store.snapshot))
        except Exception as exc:
            message = f"tenant registry not reloaded, the previous one is in use: {exc}"
            if message != self.error:
                log.error(message)
            self.error = message
            return False
        if self.error is not None:
            log.warning("tenant registry reachable again")
        self.error = None
        return True

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
            except TimeoutError:
                pass
            self._wake.clear()
            await self.refresh()

    async def close(self) -> None:
        self._stop.set()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        await asyncio.to_thread(self.store.close)


def _listen(url: str, wake: Callable[[], None], stop: threading.Event) -> None:
    """LISTEN for changes until `stop`; reconnect (after a second) when the connection drops."""
    import psycopg

    while not stop.is_set():
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                wake()  # changes made while not listening are read now
                while not stop.is_set():
                    for _ in conn.notifies(timeout=1.0, stop_after=1):
                        wake()
        except psycopg.Error as exc:
            log.debug("tenant registry: LISTEN connection lost: %s", exc)
            stop.wait(1.0)


async def start_live(gateway: Any, settings: Any) -> LiveRegistry:
    """Open the registry beside `settings.audit.url`, seed it, load it into `gateway` and
    keep it current."""
    store = await asyncio.to_thread(open_registry, settings.audit.url)
    live = LiveRegistry(gateway, store, settings.registry.poll_seconds)
    try:
        await live.start(settings.tenants)
    except BaseException:
        await asyncio.to_thread(store.close)
        raise
    return live
