"""Fixtures: a gateway with the console on (an admin `alice`), over a fresh SQLite log."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx
import pytest

# the gateway's fixtures: a demo upstream and a gateway, each a real server
from tests.gateway.conftest import gateway, gw_decider, make_gateway, settings, upstream, upstream_app  # noqa: F401
from usegate.config import ConsoleSettings, ConsoleUser, Settings
from usegate.console.passwords import hash_password

PASSWORD = "correct horse battery"
HASH = hash_password(PASSWORD)
FR_TEXT = "Who is the man in this photo? Match his face against our mugshot database."
FR_BODY = {"model": "gpt-4o", "messages": [{"role": "user", "content": FR_TEXT}]}


@pytest.fixture
def console_settings(settings: Settings) -> Settings:  # noqa: F811
    return replace(
        settings,
        console=ConsoleSettings(admin_users=(ConsoleUser("alice", HASH),), secret_key="k" * 40),
    )


@pytest.fixture
def console_gateway(make_gateway: Any, console_settings: Settings) -> Any:  # noqa: F811
    return make_gateway(console_settings)


def chat(gw: Any, key: str, body: Any = FR_BODY, **headers: str) -> httpx.Response:
    return httpx.post(
        gw.base_url + "/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {key}", **headers},
        timeout=10,
    )


def login(gw: Any, name: str = "alice", password: str = PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=gw.server.url, timeout=10)
    page = client.get("/console/login")
    token = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    r = client.post("/console/login", data={"csrf": token, "username": name, "password": password})
    assert r.status_code == 303, r.text
    return client


def csrf_of(html: str) -> str:
    return html.split('name="csrf" value="', 1)[1].split('"', 1)[0]
