"""The live registry: a change is swapped in whole, an unreadable database keeps the
registry in use, an older snapshot never replaces a newer one; and the config's
`registry` and `admin` sections are strict."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from usegate.config import from_mapping
from usegate.exceptions import ConfigError
from usegate.request.tenants import TenantConfig
from usegate.tenants.store import RegistryStore, RegistryUnavailable
from usegate.tenants.sync import LiveRegistry

SHOP = TenantConfig(id="shopco", sector="commercial", country="US")


def live_on(tmp_path: Path) -> tuple[LiveRegistry, RegistryStore, Any]:
    store = RegistryStore(f"sqlite:///{tmp_path / 'audit.db'}")
    gateway = SimpleNamespace(registry=None, auth=None)
    return LiveRegistry(gateway, store, poll_seconds=0.05), store, gateway


def test_changes_are_swapped_in_and_an_outage_keeps_the_registry(tmp_path: Path) -> None:
    live, store, gateway = live_on(tmp_path)

    async def scenario() -> None:
        await live.start([SHOP])
        assert set(gateway.registry.tenants) == {"shopco"}
        key, _ = store.create_key("shopco", "test")
        assert await live.refresh()
        assert gateway.auth.tenant(f"Bearer {key}".encode()).id == "shopco"
        assert not await live.refresh()  # nothing changed: nothing read
        in_use = gateway.registry

        def down() -> int:
            raise RegistryUnavailable("tenant registry unavailable: connection refused")

        real = store.version
        store.version = down  # type: ignore[method-assign]  # the database goes away
        assert not await live.refresh()
        assert live.error is not None and "the previous one is in use" in live.error
        assert gateway.registry is in_use  # still served
        store.version = real  # type: ignore[method-assign]
        store.revoke_key("shopco", [k for k in store.list_keys("shopco") if k["prefix"]][0]["id"], "test")
        assert await live.refresh()
        assert live.error is None
        assert gateway.auth.tenant(f"Bearer {key}".encode()) is None
        await live.close()

    asyncio.run(scenario())


def test_an_older_snapshot_never_replaces_a_newer_one(tmp_path: Path) -> None:
    live, store, gateway = live_on(tmp_path)

    async def scenario() -> None:
        await live.start([SHOP])
        old = store.snapshot()
        store.disable_tenant("shopco", "test")
        assert await live.refresh()
        live._swap(old)  # a slow refresh that read before the change finishes last
        assert "shopco" not in gateway.registry.tenants
        await live.close()

    asyncio.run(scenario())


def test_a_snapshot_leaves_out_expired_keys_and_names_the_next_expiry(tmp_path: Path) -> None:
    _, store, _ = live_on(tmp_path)
    store.create_tenant(SHOP, "test")
    soon = datetime.now(UTC) + timedelta(hours=1)
    key, _ = store.create_key("shopco", "test", expires=soon)
    now = store.snapshot()
    assert now.registry.by_key(key) is not None and now.next_expiry is not None
    assert abs((now.next_expiry - soon).total_seconds()) < 0.01
    later = store.snapshot(soon + timedelta(seconds=1))
    assert later.registry.by_key(key) is None and later.next_expiry is None
    store.close()


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    first = RegistryStore(url)
    first.create_tenant(SHOP, "test")
    first.close()
    again = RegistryStore(url)  # a second start applies nothing twice and keeps the data
    assert [t["id"] for t in again.list_tenants()] == ["shopco"]
    again.close()


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"registry": {"source": "redis"}}, "`registry.source`"),
        ({"registry": {"poll_seconds": 0}}, "`registry.poll_seconds`"),
        ({"admin": {"tokens": [{"id": "ops", "sha256": "abc"}]}}, "64 hex digits"),
        (
            {"admin": {"tokens": [{"id": "ops", "sha256": "a" * 64}, {"id": "ops", "sha256": "b" * 64}]}},
            "twice",
        ),
        ({"admin": {"tokens": [{"id": "ops", "sha256": "a" * 64, "token": "x"}]}}, "`admin.tokens[0].token`"),
    ],
)
def test_the_sections_are_strict(section: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        from_mapping(section)
    assert message in str(caught.value)
