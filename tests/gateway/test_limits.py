"""What one client may cost the gateway (issue 10 item 9): header size and count (431),
a slow client (408), open connections (503), session id length (400), JSON depth (400)."""

from __future__ import annotations

import socket
import time
from dataclasses import replace
from typing import Any

import httpx
import pytest

CHAT = b'{"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}'


def limited(settings: Any, **limits: Any) -> Any:
    return replace(settings, limits=replace(settings.limits, **limits))


def exchange(port: int, data: bytes, *, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except (ConnectionResetError, TimeoutError):
            pass
    return out


def status_of(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1]) if reply else 0


def post(headers: str = "", body: bytes = CHAT) -> bytes:
    return (
        f"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ug-shopco-1\r\n"
        f"content-type: application/json\r\ncontent-length: {len(body)}\r\n{headers}connection: close\r\n\r\n"
    ).encode() + body


def test_a_huge_header_is_431_before_it_is_buffered(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(settings)
    big = "x" * (settings.limits.max_header_bytes + 1)
    reply = exchange(gw.server.port, post(f"x-big: {big}\r\n"))
    assert status_of(reply) == 431 and b"request_headers_too_large" in reply
    # a 30 MB header: refused as soon as the limit is passed (the rest is never read)
    with socket.create_connection(("127.0.0.1", gw.server.port), timeout=5) as s:
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nx-big: ")
        sent = 0
        try:
            while sent < 30 * 1024 * 1024:
                s.sendall(b"y" * 65536)
                sent += 65536
        except (BrokenPipeError, ConnectionResetError):
            pass
        assert sent < 30 * 1024 * 1024
    assert gw.app.store.head()[0] == 0


def test_too_many_headers_is_431(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(limited(settings, max_headers=20))
    many = "".join(f"x-h{i}: v\r\n" for i in range(30))
    assert status_of(exchange(gw.server.port, post(many))) == 431
    assert status_of(exchange(gw.server.port, post("x-one: v\r\n"))) == 200


def test_the_app_checks_header_limits_too(settings: Any) -> None:
    """Behind another ASGI server (no protocol guard), the app answers 431 itself."""
    import asyncio

    from usegate.gateway.app import create_app

    app = create_app(limited(settings, max_headers=3))
    sent: list[dict[str, Any]] = []

    async def run() -> None:
        app.started = True  # no startup: the check comes before anything needs it

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b""}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "method": "GET",
            "path": "/v1/models",
            "raw_path": b"/v1/models",
            "query_string": b"",
            "headers": [(b"x-%d" % i, b"v") for i in range(5)],
        }
        await app(scope, receive, send)

    asyncio.run(run())
    assert sent[0]["status"] == 431


def test_slow_head_is_408(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(limited(settings, client_timeout=0.5))
    with socket.create_connection(("127.0.0.1", gw.server.port), timeout=5) as s:
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n")  # ... and nothing more
        started = time.monotonic()
        reply = s.recv(65536)
    assert status_of(reply) == 408 and time.monotonic() - started < 3


def test_idle_connection_is_closed(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(limited(settings, client_timeout=0.5))
    with socket.create_connection(("127.0.0.1", gw.server.port), timeout=5) as s:
        reply = s.recv(65536)  # sends nothing at all
    assert status_of(reply) == 408


def test_slow_body_is_408_and_undecided(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(limited(settings, client_timeout=0.5))
    head = post(body=CHAT)[: -len(CHAT)]
    with socket.create_connection(("127.0.0.1", gw.server.port), timeout=5) as s:
        s.sendall(head + CHAT[:10])  # the head, then a trickle that stops
        reply = s.recv(65536)
    assert status_of(reply) == 408 and b"request_timeout" in reply
    assert gw.app.store.head()[0] == 0


def test_connection_cap_is_503(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(limited(settings, max_connections=3))
    held = [socket.create_connection(("127.0.0.1", gw.server.port), timeout=5) for _ in range(3)]
    try:
        time.sleep(0.2)
        reply = exchange(gw.server.port, post())
        assert status_of(reply) == 503 and b"too many open connections" in reply
    finally:
        for s in held:
            s.close()
    time.sleep(0.2)
    assert status_of(exchange(gw.server.port, post())) == 200


def test_session_id_length_is_capped(gateway: Any) -> None:
    headers = {"Authorization": "Bearer ug-spd-1"}
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
    long_id = "s" * (gateway.settings.limits.max_session_id_chars + 1)
    r = httpx.post(
        gateway.base_url + "/chat/completions", json=body, headers={**headers, "X-Usegate-Session": long_id}
    )
    assert r.status_code == 400 and "session id" in r.json()["error"]["message"]
    r = httpx.post(gateway.base_url + "/chat/completions", json={**body, "user": long_id}, headers=headers)
    assert r.status_code == 400
    ok = httpx.post(gateway.base_url + "/chat/completions", json={**body, "user": "u-1"}, headers=headers)
    assert ok.status_code == 200


@pytest.mark.parametrize("depth", [65, 300, 1000, 100_000])
def test_deep_json_is_400_json(gateway: Any, depth: int) -> None:
    nested = "[" * depth + '"data:image/png;base64,AAAA"' + "]" * depth
    raw = '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "x": ' + nested + "}"
    r = httpx.post(
        gateway.base_url + "/chat/completions",
        content=raw.encode(),
        headers={"Authorization": "Bearer ug-shopco-1", "Content-Type": "application/json"},
    )
    assert r.status_code == 400 and "nests deeper than 64 levels" in r.json()["error"]["message"]


def test_a_slow_body_that_keeps_coming_is_not_cut_off(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(limited(settings, client_timeout=1.5))
    head = post(body=CHAT)[: -len(CHAT)]
    with socket.create_connection(("127.0.0.1", gw.server.port), timeout=10) as s:
        s.sendall(head)
        for i in range(0, len(CHAT), 12):  # ~3 s in all, never silent for 1.5 s
            time.sleep(0.5)
            s.sendall(CHAT[i : i + 12])
        reply = s.recv(65536)
    assert status_of(reply) == 200


def test_bodies_held_at_once_are_capped(make_gateway: Any, settings: Any) -> None:
    import asyncio
    import threading

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(1.0)
        return httpx.Response(200, json={"object": "ok"})

    gw = make_gateway(
        limited(settings, max_body_bytes=1500, max_inflight_body_bytes=2000),
        upstream=httpx.MockTransport(slow),
    )
    body = b'{"model": "gpt-4o", "messages": [{"role": "user", "content": "' + b"x" * 1100 + b'"}]}'
    headers = {"Authorization": "Bearer ug-shopco-1", "Content-Type": "application/json"}
    first: list[int] = []
    worker = threading.Thread(
        target=lambda: first.append(
            httpx.post(gw.base_url + "/chat/completions", content=body, headers=headers).status_code
        )
    )
    worker.start()
    time.sleep(0.4)  # the first body is held while the upstream answers
    second = httpx.post(gw.base_url + "/chat/completions", content=body, headers=headers)
    assert second.status_code == 503 and "too many request bodies" in second.text
    worker.join()
    assert first == [200]
    assert httpx.post(gw.base_url + "/chat/completions", content=body, headers=headers).status_code == 200
    assert gw.app.budget.held == 0


def test_budget_must_fit_one_body() -> None:
    from usegate.config import LimitSettings

    with pytest.raises(ValueError, match="must be at least `max_body_bytes`"):
        LimitSettings(max_body_bytes=100, max_inflight_body_bytes=50)


@pytest.mark.parametrize(
    "raw,limit,over",
    [
        (b"[[[]]]", 2, True),  # three deep
        (b"[[[]]]", 3, False),
        (b'{"a": "[[[[[["}', 2, False),  # brackets in a string do not count
        (b'{"k": "\\"[[[["}', 1, False),  # nor after an escaped quote
        (b"[" * 65 + b"]" * 65, 64, True),
        (b"[" * 64 + b"]" * 64, 64, False),
        (b'{"x": [' + b"[1]," * 60000 + b"[1]]}", 64, False),  # many brackets, shallow
    ],
)
def test_json_depth(raw: bytes, limit: int, over: bool) -> None:
    from usegate.gateway.intake import json_depth_over

    assert json_depth_over(raw, limit) is over
