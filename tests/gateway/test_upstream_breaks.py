"""An upstream that breaks off its response (issue 10 item 10): the record says what the
client actually got, not `200`."""

from __future__ import annotations

import socket
import threading
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
HEADERS = {"Authorization": "Bearer ug-shopco-1"}


class Broken(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        raise httpx.ReadError("connection reset by peer")


def breaking(content_type: str) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"content-type": content_type},
            stream=Broken([b'data: {"choices": []}\n\n', b'data: {"choices": []}\n\n']),
        )

    return httpx.MockTransport(handle)


def test_a_stream_broken_off_is_recorded_as_broken(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(settings, upstream=breaking("text/event-stream"))
    got = b""
    with pytest.raises(httpx.RemoteProtocolError):
        with httpx.stream(
            "POST", gw.base_url + "/chat/completions", json={**CHAT, "stream": True}, headers=HEADERS
        ) as r:
            assert r.status_code == 200
            for chunk in r.iter_raw():
                got += chunk
    [row] = list(gw.app.store.rows())
    record = row.to_json()
    assert record["upstream_status"] == 200
    assert record["response"] == {"status": 200, "bytes": len(got), "complete": False}
    assert any("broke off" in e for e in record["errors"])


def test_a_body_broken_off_is_recorded_as_the_502_the_client_got(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(settings, upstream=breaking("application/json"))
    r = httpx.post(gw.base_url + "/chat/completions", json=CHAT, headers=HEADERS)
    assert r.status_code == 502
    record = gw.app.store.get(r.headers["x-usegate-decision-id"])
    assert record["upstream_status"] == 200 and record["response"]["status"] == 502
    assert any("broke off" in e for e in record["errors"])


def test_a_complete_answer_is_recorded_as_complete(gateway: Any) -> None:
    r = httpx.post(gateway.base_url + "/chat/completions", json=CHAT, headers=HEADERS)
    record = gateway.app.store.get(r.headers["x-usegate-decision-id"])
    assert record["response"] == {"status": 200, "bytes": len(r.content), "complete": True}
    with httpx.stream(
        "POST", gateway.base_url + "/chat/completions", json={**CHAT, "stream": True}, headers=HEADERS
    ) as s:
        size = sum(len(c) for c in s.iter_raw())
        did = s.headers["x-usegate-decision-id"]
    assert gateway.app.store.get(did)["response"] == {"status": 200, "bytes": size, "complete": True}


def half_answer_server(body: bytes) -> tuple[int, threading.Thread]:
    """A raw upstream that promises more than it sends, then hangs up (the lean pool's path)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def serve() -> None:
        with listener:
            conn, _ = listener.accept()
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n"
                    + body
                )

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return port, thread


def test_the_lean_pool_path_records_a_short_body(make_gateway: Any, settings: Any) -> None:
    port, thread = half_answer_server(b'{"id": "chat')
    up = replace(settings.upstream, base_url=f"http://127.0.0.1:{port}/v1")
    gw = make_gateway(replace(settings, upstream=up))
    r = httpx.post(gw.base_url + "/chat/completions", json=CHAT, headers=HEADERS)
    thread.join(5)
    assert r.status_code == 502
    record = gw.app.store.get(r.headers["x-usegate-decision-id"])
    assert record["upstream_status"] == 200 and record["response"]["status"] == 502
