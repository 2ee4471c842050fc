"""SIGHUP: read the config and the packs again without a restart (`usegate serve`).

The new config is read and validated, the packs named in it are loaded and compiled
and the tenants (YAML registry) built, all in a worker thread while requests go on.
Only when everything loaded is it swapped in: packs and pack dirs, `review`,
`review_grants`, `admin` tokens and, with `registry.source: yaml`, `tenants:` (with
`database`, tenants the database lacks are seeded). A request under way finishes with
what it started with. Sections that need a restart (upstream, audit, limits, sessions,
console, registry, image_fetch, log, vision) keep their old values, with a warning.

A config or pack that fails to load changes nothing: the error is logged, counted in
`usegate_config_reloads_total{result="failed"}` and shown by `/readyz` (still 200,
as the gateway serves with the previous config) until a reload succeeds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import signal
import threading
from typing import Any

from usegate.gateway.auth import Authenticator
from usegate.request.tenants import Registry

log = logging.getLogger("usegate.gateway")

#: what a SIGHUP swaps in; any other section needs a restart
RELOADED = ("packs", "pack_dirs", "review", "review_grants", "admin", "tenants")


class Reloader:
    def __init__(self, gateway: Any, path: str | None) -> None:
        self.gateway = gateway
        self.path = path
        self.error: str | None = None
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[bool]] = set()

    def trigger(self) -> None:
        task = asyncio.get_running_loop().create_task(self.reload())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def reload(self) -> bool:
        """Reload; whether the new config is in force."""
        async with self._lock:
            gateway = self.gateway
            old = gateway.settings
            try:
                settings, decider, registry = await asyncio.to_thread(self._load, old, gateway.decider)
                if gateway.live is not None:
                    from usegate.tenants.sync import seed

                    await asyncio.to_thread(seed, gateway.live.store, settings.tenants)
                    await gateway.live.refresh()
            except Exception as exc:
                self.error = f"reload failed, still serving the previous config: {exc}"
                log.error(self.error)
                gateway.metrics.reloads.labels("failed").inc()
                return False
            stale = [
                f.name
                for f in dataclasses.fields(old)
                if f.name not in RELOADED and getattr(old, f.name) != getattr(settings, f.name)
            ]
            if stale:
                log.warning("reload: a restart is needed for changes to: %s", ", ".join(stale))
            gateway.settings = dataclasses.replace(old, **{k: getattr(settings, k) for k in RELOADED})
            gateway.decider = decider
            gateway.review_allows = settings.review == "allow"
            if registry is not None:
                gateway.registry = registry
                gateway.auth = Authenticator(registry)
            self.error = None
            gateway.metrics.reloads.labels("ok").inc()
            log.info("reload: config and packs reloaded", extra={"packs": list(settings.packs)})
            return True

    def _load(self, old: Any, decider: Any) -> tuple[Any, Any, Registry | None]:
        from usegate import config
        from usegate.driver import Decider

        settings = config.load(self.path)
        # the signal providers (and their models) are kept; the packs are read anew
        new = Decider.create(settings.packs, settings.pack_dirs, decider.registry)
        registry = None
        tenants = list(self.gateway.registry.tenants.values())
        if old.registry.source == "yaml":
            registry = Registry.from_records(settings.tenants)
            tenants = list(registry.tenants.values())
        new.warm([*tenants, *(e for t in tenants for e in t.end_customers)])
        return settings, new, registry


def install(gateway: Any, path: str | None) -> Reloader | None:
    """Reload on SIGHUP (in the main thread only, where signal handlers can be set)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    reloader = Reloader(gateway, path)
    asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, reloader.trigger)
    return reloader
