"""SIGHUP on `usegate serve`: a changed config (packs, tenants) is in force without a
restart and a request under way is answered; a broken pack keeps the previous config,
and the failure is logged, counted and shown by /readyz."""

from __future__ import annotations

import shutil
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml

from tests.tenants.test_replicas import Gateway
from usegate.policy.packs import BUILTIN_DIR

pytestmark = pytest.mark.slow
POLICE_FACES = {
    "model": "gpt-4o",
    "messages": [{"role": "user", "content": "Identify the suspect in this photo with facial recognition."}],
}
CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Summarise the delivery notes."}]}


def operator_pack(root: Path) -> Path:
    """`acme-coc`: a copy of the built-in pack under another name, in an operator pack dir."""
    target = root / "acme-coc" / "2024-05-01"
    shutil.copytree(BUILTIN_DIR / "azure-openai-coc" / "2024-05-01", target)
    for path in target.iterdir():
        if path.is_file():
            path.write_text(path.read_text().replace("azure-openai-coc", "acme-coc"))
    return target


def write_config(path: Path, upstream: str, packs: list[str], pack_dir: Path, tenants: list[Any]) -> None:
    path.write_text(
        yaml.safe_dump(
            {
                "upstream": {"base_url": upstream + "/v1", "timeout": 10},
                "audit": {"url": f"sqlite:///{path.parent / 'audit.db'}", "synchronous": "normal"},
                "packs": packs,
                "pack_dirs": [str(pack_dir)],
                "vision": False,
                "log": {"requests": False},
                "tenants": tenants,
            }
        )
    )


SPD = {"id": "spd", "sector": "law_enforcement", "le_type": "police", "country": "US", "api_keys": ["ug-spd"]}
SHOP = {"id": "shopco", "sector": "commercial", "country": "US", "api_keys": ["ug-shop"]}
ACME = {"id": "acme", "sector": "commercial", "country": "US", "api_keys": ["ug-acme"]}


@pytest.fixture
def served(tmp_path: Path, upstream: Any) -> Iterator[tuple[Gateway, Path, Path]]:
    packs = tmp_path / "packs"
    pack = operator_pack(packs)
    config = tmp_path / "usegate.yaml"
    write_config(config, upstream.url, ["acme-coc"], packs, [SPD, SHOP])
    gw = Gateway(config, tmp_path / "gw.log")
    try:
        gw.wait(tmp_path / "gw.log")
        yield gw, config, pack
    finally:
        gw.stop()


def pack_of_refusal(gw: Gateway) -> str:
    answer = httpx.post(
        gw.url + "/v1/chat/completions",
        json=POLICE_FACES,
        headers={"Authorization": "Bearer ug-spd"},
        timeout=30,
    )
    assert answer.status_code == 403, answer.text
    return str(answer.json()["error"]["pack"]).split("@")[0]


def reloads(gw: Gateway, result: str) -> float:
    text = httpx.get(gw.url + "/metrics", timeout=5).text
    for line in text.splitlines():
        if line.startswith(f'usegate_config_reloads_total{{result="{result}"}}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def wait_reload(gw: Gateway, result: str, before: float) -> None:
    deadline = time.monotonic() + 30
    while reloads(gw, result) <= before:
        assert time.monotonic() < deadline, f"no {result} reload"
        time.sleep(0.1)


def chat(gw: Gateway, key: str) -> int:
    answer = httpx.post(
        gw.url + "/v1/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {key}"}, timeout=10
    )
    return answer.status_code


def test_sighup_puts_a_changed_config_in_force_without_dropping_a_request(
    served: tuple[Gateway, Path, Path], upstream: Any
) -> None:
    gw, config, pack = served
    assert pack_of_refusal(gw) == "acme-coc"
    assert chat(gw, "ug-acme") == 401
    # a request under way: its head and half its body are in when the signal comes
    body = orjson.dumps(CHAT)
    conn = socket.create_connection(("127.0.0.1", gw.port))
    conn.sendall(
        b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ug-shop\r\n"
        b"content-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body[:20]
    )
    write_config(config, upstream.url, ["azure-openai-coc"], pack.parent.parent, [SPD, SHOP, ACME])
    before = reloads(gw, "ok")
    gw.proc.send_signal(signal.SIGHUP)
    wait_reload(gw, "ok", before)
    conn.sendall(body[20:])
    conn.settimeout(10)
    head = conn.recv(65536)
    conn.close()
    assert head.startswith(b"HTTP/1.1 200"), head[:200]
    assert gw.proc.poll() is None
    assert pack_of_refusal(gw) == "azure-openai-coc"  # the new packs
    assert chat(gw, "ug-acme") == 200  # the new tenant
    assert httpx.get(gw.url + "/readyz", timeout=5).json() == {"status": "ready"}


def test_a_broken_pack_keeps_the_previous_one_and_says_so(
    served: tuple[Gateway, Path, Path], tmp_path: Path
) -> None:
    gw, config, pack = served
    (pack / "policies.cedar").write_text("forbid (principal, action, resource) when { nonsense ;")
    before = reloads(gw, "failed")
    gw.proc.send_signal(signal.SIGHUP)
    wait_reload(gw, "failed", before)
    assert gw.proc.poll() is None
    assert pack_of_refusal(gw) == "acme-coc"  # still decided with the pack it had
    assert chat(gw, "ug-shop") == 200
    ready = httpx.get(gw.url + "/readyz", timeout=5)
    assert ready.status_code == 200  # it serves, with the previous config
    error = ready.json()["reload_error"]
    assert "still serving the previous config" in error and "policies.cedar" in error
    deadline = time.monotonic() + 5
    while "reload failed" not in (tmp_path / "gw.log").read_text():
        assert time.monotonic() < deadline, "the failed reload was not logged"
        time.sleep(0.1)
    # mended: the next SIGHUP succeeds and the error is gone
    shutil.rmtree(pack)
    operator_pack(pack.parent.parent)
    before = reloads(gw, "ok")
    gw.proc.send_signal(signal.SIGHUP)
    wait_reload(gw, "ok", before)
    assert httpx.get(gw.url + "/readyz", timeout=5).json() == {"status": "ready"}
