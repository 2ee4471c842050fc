"""Routes (issue 10 items 1-3): exact paths only, every forwarded request decided and
recorded, client headers upstream by allow-list only, no upstream url in any message."""

from __future__ import annotations

import logging
import socket
from dataclasses import replace
from typing import Any

import httpx
import pytest

from usegate.config import UpstreamSettings
from usegate.gateway import routes
from usegate.gateway.http1 import Pool
from usegate.gateway.proxy import display_url


def recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    return seen, httpx.MockTransport(handle)


def raw_get(port: int, target: str, key: str = "ug-shopco-1") -> int:
    """GET `target` exactly as written (httpx would normalise it)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(
            f"GET {target} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {key}\r\nconnection: close\r\n\r\n".encode()
        )
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1])


@pytest.mark.parametrize(
    "path,raw,mode",
    [
        ("/v1/chat/completions", b"/v1/chat/completions", "json"),  # a decided endpoint
        ("/v1/models", b"/v1/models", "none"),  # the model list
        ("/v1/models/gpt-4o", b"/v1/models/gpt-4o", "none"),  # one model
        ("/v1/models/ft:gpt-4o-mini:org:x:1", b"/v1/models/ft:gpt-4o-mini:org:x:1", "none"),  # a fine-tune
        ("/v1/models/meta-llama/Llama-3-8B", b"/v1/models/meta-llama/Llama-3-8B", "none"),  # org/model
        ("/v1/modelsX", b"/v1/modelsX", None),  # a prefix is not a route
        ("/v1/models/", b"/v1/models/", None),  # empty id
        ("/v1/models/../files", b"/v1/models/../files", None),  # traversal
        ("/v1/models/./x", b"/v1/models/./x", None),  # dot segment
        ("/v1/models/../files", b"/v1/models/%2e%2e/files", None),  # encoded traversal
        ("/v1/models/a/b", b"/v1/models/a%2fb", None),  # encoded slash
        ("/v1/chat/completions", b"/v1/chat%2Fcompletions", None),  # encoded, even to a real route
        ("/v1/models/a/b/c", b"/v1/models/a/b/c", None),  # too deep
        ("/v1/models//x", b"/v1/models//x", None),  # empty segment
        ("/v1/chat/completions/", b"/v1/chat/completions/", None),  # trailing slash
        ("/v1/files", b"/v1/files", None),  # not a gateway endpoint
    ],
)
def test_match_is_exact(path: str, raw: bytes, mode: str | None) -> None:
    assert routes.match(path, raw) == mode


@pytest.mark.parametrize(
    "target",
    [
        "/v1/models/%2e%2e/files",
        "/v1/models/..%2ffiles",
        "/v1/modelsX",
        "/v1/models/../files",
        "/v1/models/x/../../files",
        "/v1/models%2f..%2ffiles",
        "/v1/models/%2E%2E/%2E%2E/v1/files",
        "/v1//models",
        "/openai/deployments/gpt-4o/../../v1/files?api-version=2024-10-21",
        "/openai/deployments/%2e%2e/chat/completions?api-version=2024-10-21",
        "/openai/deployments/gpt%2D4o/chat/completions?api-version=2024-10-21",
    ],
)
def test_traversal_is_never_forwarded(make_gateway: Any, settings: Any, target: str) -> None:
    seen, transport = recorder()
    gw = make_gateway(settings, upstream=transport)
    assert raw_get(gw.server.port, target) == 404
    assert seen == []
    assert gw.app.store.head()[0] == 0  # nothing decided, nothing recorded


def test_models_are_decided_and_recorded(make_gateway: Any, settings: Any) -> None:
    seen, transport = recorder()
    gw = make_gateway(settings, upstream=transport)
    r = httpx.get(gw.base_url + "/models/gpt-4o", headers={"Authorization": "Bearer ug-spd-1"})
    assert r.status_code == 200
    did = r.headers["x-usegate-decision-id"]
    [request] = seen
    assert request.url.path == "/v1/models/gpt-4o"
    record = gw.app.store.get(did)
    assert record["decision"] == "allow" and record["endpoint"] == "/v1/models/gpt-4o"
    assert record["action"] == "forwarded" and record["response"]["status"] == 200
    assert (
        httpx.post(gw.base_url + "/models", headers={"Authorization": "Bearer ug-spd-1"}).status_code == 405
    )
    assert httpx.get(gw.base_url + "/models").status_code == 401
    assert len(seen) == 1
    for i in range(3):  # every model id asked for is not a metrics series of its own
        httpx.get(gw.base_url + f"/models/m-{i}", headers={"Authorization": "Bearer ug-spd-1"})
    metrics = httpx.get(gw.server.url + "/metrics").text
    assert 'endpoint="/v1/models/{id}",outcome="allow"} 4.0' in metrics and "m-1" not in metrics


def test_query_that_could_split_the_request_line_is_refused(make_gateway: Any, settings: Any) -> None:
    seen, transport = recorder()
    gw = make_gateway(settings, upstream=transport)
    assert raw_get(gw.server.port, '/v1/models?a="b"<c>') == 400
    assert raw_get(gw.server.port, "/v1/models?api-version=2024-06-01") == 200
    assert [str(r.url.query, "ascii") for r in seen] == ["api-version=2024-06-01"]


HOSTILE_HEADERS = {
    "OpenAI-Organization": "org-someone-else",
    "OpenAI-Project": "proj-someone-else",
    "X-Api-Key": "sk-client",
    "Cookie": "session=abc",
    "X-Forwarded-For": "10.0.0.1",
    "Forwarded": "for=10.0.0.1",
    "X-Usegate-Capture-Mode": "recorded",
    "X-Usegate-Session": "s1",
    "X-Custom": "anything",
    "Proxy-Authorization": "Basic eA==",
}


def test_only_allow_listed_headers_go_upstream(make_gateway: Any, settings: Any) -> None:
    seen, transport = recorder()
    gw = make_gateway(settings, upstream=transport)
    r = httpx.post(
        gw.base_url + "/chat/completions",
        json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]},
        headers={"Authorization": "Bearer ug-shopco-1", "OpenAI-Beta": "assistants=v2", **HOSTILE_HEADERS},
    )
    assert r.status_code == 200
    [request] = seen
    sent = {k.lower() for k in request.headers}
    allowed = {"content-type", "accept", "accept-encoding", "user-agent", "openai-beta"}
    # and what the http client sets itself
    assert sent <= allowed | {"authorization", "host", "content-length", "connection"}
    assert request.headers["authorization"] == "Bearer sk-upstream-secret"
    assert request.headers["openai-beta"] == "assistants=v2"


def test_operator_may_forward_more_headers(make_gateway: Any, settings: Any) -> None:
    seen, transport = recorder()
    up = replace(settings.upstream, forward_headers=("X-Custom",))
    gw = make_gateway(replace(settings, upstream=up), upstream=transport)
    httpx.get(gw.base_url + "/models", headers={"Authorization": "Bearer ug-shopco-1", **HOSTILE_HEADERS})
    assert seen[0].headers["x-custom"] == "anything" and "cookie" not in seen[0].headers


@pytest.mark.parametrize(
    "name", ["Cookie", "openai-organization", "X-Usegate-Session", "authorization", "a b"]
)
def test_forward_headers_cannot_add_credentials(name: str) -> None:
    with pytest.raises(ValueError, match="forward_headers"):
        UpstreamSettings(forward_headers=(name,))


def test_upstream_url_never_reaches_clients_or_logs(
    make_gateway: Any, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    up = replace(settings.upstream, base_url=f"http://127.0.0.1:{dead}/secret-tenant-path/v1")
    with caplog.at_level(logging.INFO):
        gw = make_gateway(replace(settings, upstream=up))
        r = httpx.post(
            gw.base_url + "/chat/completions",
            json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]},
            headers={"Authorization": "Bearer ug-shopco-1"},
        )
    assert r.status_code == 502
    assert str(dead) not in r.text and "secret-tenant-path" not in r.text and "127.0.0.1" not in r.text
    assert "sk-upstream-secret" not in caplog.text


def test_credentials_in_the_upstream_url_are_refused_and_never_sent() -> None:
    with pytest.raises(ValueError, match="credentials in the url are not allowed"):
        UpstreamSettings(base_url="http://user:sk-live@api.example.com/v1")
    # the wire never carries userinfo, even from a url that bypassed the config
    pool = Pool("http://user:sk-live@api.example.com:8443/v1", timeout=1, connect_timeout=1)
    assert pool.host_header == b"api.example.com:8443"
    assert display_url("http://user:sk-live@h:1/v1?key=sk-q#f") == "http://h:1/v1"


def test_upstream_response_headers_of_the_operator_stay_home(make_gateway: Any, settings: Any) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={"object": "list", "data": []},
            headers={
                "openai-organization": "org-operator",
                "openai-project": "proj-operator",
                "set-cookie": "__cf_bm=x",
                "x-usegate-decision-id": "forged",
                "x-request-id": "req-1",
            },
        )

    gw = make_gateway(settings, upstream=httpx.MockTransport(handle))
    r = httpx.get(gw.base_url + "/models", headers={"Authorization": "Bearer ug-shopco-1"})
    assert r.status_code == 200 and r.headers["x-request-id"] == "req-1"
    assert "openai-organization" not in r.headers and "set-cookie" not in r.headers
    assert r.headers.get_list("x-usegate-decision-id") != ["forged"]
    assert len(r.headers.get_list("x-usegate-decision-id")) == 1
