"""Fixtures: the gateway fixtures (a demo upstream, gateways in threads), a registry
database (a fresh SQLite file, or a fresh PostgreSQL database dropped afterwards) and
an admin token."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.gateway.conftest import (  # noqa: F401  # fixtures, shared
    TENANTS,
    Server,
    gw_decider,
    make_gateway,
    upstream,
    upstream_app,
)
from usegate.config import Settings, UpstreamSettings, from_mapping

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
ADMIN_TOKEN = "uga_test-admin-token-0123456789"
ADMIN = {"tokens": [{"id": "ops", "sha256": hashlib.sha256(ADMIN_TOKEN.encode()).hexdigest()}]}
AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def fresh_database() -> str:
    """A new, empty PostgreSQL database (drop it with `drop_database`)."""
    import psycopg

    name = "usegate_t_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return PG_URL.rsplit("/", 1)[0] + "/" + name


def drop_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'audit.db'}"
        return
    url = fresh_database()
    yield url
    drop_database(url)


def db_settings(db_url: str, upstream_url: str, **extra: Any) -> Settings:
    data: dict[str, Any] = {
        "tenants": TENANTS,
        "registry": {"source": "database", "poll_seconds": 0.2},
        "admin": ADMIN,
        "audit": {"url": db_url, "synchronous": "normal"},
    }
    data.update(extra)
    base = from_mapping(data)
    return replace(base, upstream=UpstreamSettings(base_url=upstream_url + "/v1", timeout=10))
