"""Two gateway processes (`usegate serve`) on one PostgreSQL database: a tenant added
through the admin API of one is served by the other within 5 s, and a key revoked on
one is refused by the other within 5 s, with no restart."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.tenants.conftest import ADMIN, AUTH, drop_database, fresh_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
USEGATE = str(Path(sys.executable).parent / "usegate")
CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Summarise the delivery notes."}]}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Gateway:
    def __init__(self, config: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("wb")
        env = {k: v for k, v in os.environ.items() if not k.startswith("USEGATE_")}
        self.proc = subprocess.Popen(
            [USEGATE, "serve", "--config", str(config), "--port", str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
        )

    def wait(self, log: Path) -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, log.read_text()[-3000:]
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError("gateway did not start: " + log.read_text()[-3000:])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


@pytest.fixture
def pair(tmp_path: Path, upstream: Any) -> Iterator[tuple[Gateway, Gateway]]:
    url = fresh_database()
    config = tmp_path / "usegate.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "upstream": {"base_url": upstream.url + "/v1", "timeout": 10},
                "audit": {"url": url},
                "registry": {"source": "database"},
                "admin": ADMIN,
                "vision": False,
                "log": {"requests": False},
                "tenants": [
                    {"id": "shopco", "sector": "commercial", "country": "US", "api_keys": ["ug-shop"]}
                ],
            }
        )
    )
    gateways: list[Gateway] = []
    try:
        for name in ("a", "b"):
            gateways.append(Gateway(config, tmp_path / f"{name}.log"))
        for gw, name in zip(gateways, "ab", strict=True):
            gw.wait(tmp_path / f"{name}.log")
        yield gateways[0], gateways[1]
    finally:
        for gw in gateways:
            gw.stop()
        drop_database(url)


def chat(gw: Gateway, key: str) -> int:
    answer = httpx.post(
        gw.url + "/v1/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {key}"}, timeout=10
    )
    return answer.status_code


def within(seconds: float, check: Any) -> float:
    """How long `check()` took to hold (fails after `seconds`)."""
    t0 = time.monotonic()
    while not check():
        assert time.monotonic() - t0 < seconds, f"not within {seconds} s"
        time.sleep(0.1)
    return time.monotonic() - t0


def test_a_change_on_one_gateway_reaches_the_other_within_5_seconds(pair: tuple[Gateway, Gateway]) -> None:
    a, b = pair
    assert chat(a, "ug-shop") == 200 and chat(b, "ug-shop") == 200  # seeded once, served by both
    body = {"id": "acme", "sector": "commercial", "country": "US"}
    assert httpx.post(a.url + "/admin/tenants", json=body, headers=AUTH, timeout=10).status_code == 201
    made = httpx.post(a.url + "/admin/tenants/acme/keys", json={}, headers=AUTH, timeout=10).json()
    key = made["key"]
    assert chat(a, key) == 200
    added = within(5, lambda: chat(b, key) == 200)

    revoked = httpx.delete(f"{a.url}/admin/tenants/acme/keys/{made['id']}", headers=AUTH, timeout=10)
    assert revoked.status_code == 200
    assert chat(a, key) == 401
    gone = within(5, lambda: chat(b, key) == 401)

    # and the other way round: a tenant disabled on B is refused by A
    assert httpx.delete(b.url + "/admin/tenants/shopco", headers=AUTH, timeout=10).status_code == 200
    disabled = within(5, lambda: chat(a, "ug-shop") == 401)
    print(
        f"seen by the other gateway after: added {added:.3f} s, revoked {gone:.3f} s, disabled {disabled:.3f} s"
    )
