"""Fixtures: a demo upstream and a gateway, each a real uvicorn server in a thread,
with a fresh SQLite audit file per test."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from usegate.audit.store import AuditStore, open_store
from usegate.config import AuditSettings, Settings, UpstreamSettings, from_mapping
from usegate.driver import Decider
from usegate.gateway.app import Gateway, create_app
from usegate.gateway.demo import DemoUpstream
from usegate.gateway.server import uvicorn_config
from usegate.signals.registry import default_registry

TENANTS: list[dict[str, Any]] = [
    {
        "id": "spd",
        "name": "Springfield Police Department",
        "sector": "law_enforcement",
        "le_type": "police",
        "country": "US",
        "api_keys": ["ug-spd-1"],
    },
    {
        "id": "pol-nrw",
        "name": "Polizei NRW",
        "sector": "law_enforcement",
        "le_type": "police",
        "country": "DE",
        "api_keys": ["ug-nrw-1"],
    },
    {
        "id": "shopco",
        "name": "ShopCo Stores",
        "sector": "commercial",
        "country": "US",
        "api_keys": ["ug-shopco-1"],
    },
    {
        "id": "lensco",
        "name": "LensCo",
        "sector": "commercial",
        "country": "US",
        "integrator": True,
        "api_keys": ["ug-lensco-1"],
        "end_customers": [
            {
                "id": "spd",
                "name": "Springfield Police Department",
                "sector": "law_enforcement",
                "le_type": "police",
                "country": "US",
            }
        ],
    },
]


class Server:
    """A uvicorn server on an ephemeral port, in a thread."""

    def __init__(self, app: Any) -> None:
        if isinstance(app, Gateway):  # served as `usegate serve` serves it (connection limits)
            config = uvicorn_config(app, host="127.0.0.1", port=0, timeout_graceful_shutdown=5)
        else:
            config = uvicorn.Config(
                app,
                host="127.0.0.1",
                port=0,
                lifespan="on",
                log_config=None,
                access_log=False,
                ws="none",
                timeout_graceful_shutdown=5,
            )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30  # a first start warms the packs: slow on a loaded machine
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return self

    @property
    def port(self) -> int:
        return int(self.server.servers[0].sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def gw_decider() -> Decider:
    return Decider.create(registry=default_registry(vision=False))


@pytest.fixture(scope="session")
def upstream_app() -> DemoUpstream:
    return DemoUpstream()


@pytest.fixture(scope="session")
def upstream(upstream_app: DemoUpstream) -> Iterator[Server]:
    with Server(upstream_app) as server:
        yield server


@pytest.fixture
def settings(tmp_path: Path, upstream: Server) -> Settings:
    base = from_mapping({"tenants": TENANTS})
    return replace(
        base,
        upstream=UpstreamSettings(base_url=upstream.url + "/v1", api_key="sk-upstream-secret", timeout=10),
        audit=AuditSettings(url=f"sqlite:///{tmp_path / 'audit.db'}", synchronous="normal"),
    )


class Running:
    def __init__(self, server: Server, app: Any, settings: Settings) -> None:
        self.server = server
        self.app = app
        self.settings = settings

    @property
    def base_url(self) -> str:
        return self.server.url + "/v1"

    def store(self) -> AuditStore:
        return open_store(self.settings.audit.url)


@pytest.fixture
def make_gateway(gw_decider: Decider) -> Iterator[Any]:
    opened: list[Server] = []

    def make(settings: Settings, **kwargs: Any) -> Running:
        kwargs.setdefault("decider", gw_decider)
        app = create_app(settings, **kwargs)
        server = Server(app).__enter__()
        opened.append(server)
        return Running(server, app, settings)

    yield make
    for server in opened:
        server.__exit__()


@pytest.fixture
def gateway(make_gateway: Any, settings: Settings) -> Running:
    return make_gateway(settings)  # type: ignore[no-any-return]
