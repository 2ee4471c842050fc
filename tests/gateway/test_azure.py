"""Azure OpenAI routes (issue 12): `openai.AzureOpenAI` pointed at usegate works unchanged
against an Azure upstream (a fake one here, that checks the path, api-version and key it
gets), a police tenant is refused exactly as on /v1, and an OpenAI-style upstream gets the
/v1 path with the deployment as the model."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qs

import httpx
import openai
import pytest

from tests.gateway.conftest import Server
from usegate.config import UpstreamSettings
from usegate.gateway import azure

UPSTREAM_KEY = "azure-resource-key"
VERSION = "2024-10-21"
FR_POLICE = "Who is the man in this photo? Match his face against our mugshot database."


class FakeAzure:
    """An Azure OpenAI resource in miniature: answers only requests that carry its own key as
    `api-key` (never a client's) and an api-version on the deployment routes."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        query = parse_qs(scope["query_string"].decode())
        self.seen.append({"path": scope["path"], "query": query, "headers": headers, "body": body})
        status, payload, ctype = 200, b"", b"application/json"
        if headers.get("api-key") != UPSTREAM_KEY or "authorization" in headers:
            status, payload = 401, b'{"error":{"code":"401","message":"Access denied: wrong key"}}'
        elif scope["path"].startswith("/openai/deployments/") and query.get("api-version") != [VERSION]:
            status, payload = 404, b'{"error":{"code":"404","message":"Resource not found"}}'
        elif scope["path"].endswith("/embeddings"):
            payload = json.dumps(
                {
                    "object": "list",
                    "model": "text-embedding-3-small",
                    "data": [{"object": "embedding", "index": 0, "embedding": [0.25, -0.5]}],
                    "usage": {"prompt_tokens": 3, "total_tokens": 3},
                }
            ).encode()
        elif json.loads(body or b"{}").get("stream"):
            ctype = b"text/event-stream"
            chunks = [
                {
                    "id": "c1",
                    "object": "chat.completion.chunk",
                    "created": 1,
                    "model": "gpt-4o",
                    "choices": [
                        {"index": 0, "delta": {"role": "assistant", "content": word}, "finish_reason": None}
                    ],
                }
                for word in ("two ", "pallets")
            ]
            payload = (
                b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"
            )
        else:
            payload = json.dumps(
                {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": 1,
                    "model": "gpt-4o",
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": "Two pallets were damaged."},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
                }
            ).encode()
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", ctype)]})
        await send({"type": "http.response.body", "body": payload})


@pytest.fixture
def fake_azure() -> Any:
    app = FakeAzure()
    with Server(app) as server:
        yield app, server


@pytest.fixture
def azure_gateway(make_gateway: Any, settings: Any, fake_azure: Any) -> Any:
    app, server = fake_azure
    s = replace(settings, upstream=UpstreamSettings(base_url=server.url, api_key=UPSTREAM_KEY, style="azure"))
    return make_gateway(s), app


def azure_client(gw: Any, key: str) -> openai.AzureOpenAI:
    return openai.AzureOpenAI(azure_endpoint=gw.server.url, api_key=key, api_version=VERSION, max_retries=0)


def test_sdk_chat_stream_and_embeddings_through_azure_routes(azure_gateway: Any) -> None:
    gw, upstream = azure_gateway
    client = azure_client(gw, "ug-shopco-1")
    msg = [{"role": "user", "content": "Summarise: two pallets were damaged at the loading dock."}]
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-prod", messages=msg)  # type: ignore[arg-type]
    assert raw.parse().choices[0].message.content == "Two pallets were damaged."
    did = raw.headers["x-usegate-decision-id"]
    chunks = list(client.chat.completions.create(model="gpt-4o-prod", messages=msg, stream=True))  # type: ignore[arg-type]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "two pallets"
    emb = client.embeddings.create(model="embed-prod", input="pallet damage report")
    assert emb.data[0].embedding == [0.25, -0.5]

    assert [r["path"] for r in upstream.seen] == [
        "/openai/deployments/gpt-4o-prod/chat/completions",
        "/openai/deployments/gpt-4o-prod/chat/completions",
        "/openai/deployments/embed-prod/embeddings",
    ]
    for request in upstream.seen:
        assert request["query"] == {"api-version": [VERSION]}
        assert request["headers"]["api-key"] == UPSTREAM_KEY  # the resource's key, never the tenant's
        assert "authorization" not in request["headers"]
        assert not any(k.startswith("x-usegate") for k in request["headers"])
    record = gw.app.store.get(did)
    assert record["endpoint"] == "/openai/deployments/gpt-4o-prod/chat/completions"
    assert record["model"] == "gpt-4o-prod" and record["decision"] == "allow"
    assert record["action"] == "forwarded" and record["response"]["status"] == 200
    metrics = httpx.get(gw.server.url + "/metrics").text
    assert 'endpoint="/openai/deployments/{deployment}/chat/completions",outcome="allow"} 2.0' in metrics
    assert "gpt-4o-prod" not in metrics  # no series per deployment


def test_police_face_recognition_refused_as_on_v1(azure_gateway: Any) -> None:
    gw, upstream = azure_gateway
    msg = [{"role": "user", "content": FR_POLICE}]
    with pytest.raises(openai.PermissionDeniedError) as azure_refusal:
        azure_client(gw, "ug-spd-1").chat.completions.create(model="gpt-4o-prod", messages=msg)  # type: ignore[arg-type]
    v1 = openai.OpenAI(base_url=gw.base_url, api_key="ug-spd-1", max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as v1_refusal:
        v1.chat.completions.create(model="gpt-4o-prod", messages=msg)  # type: ignore[arg-type]
    a, b = azure_refusal.value, v1_refusal.value
    assert a.status_code == b.status_code == 403
    body_a, body_b = a.body, b.body
    assert isinstance(body_a, dict) and isinstance(body_b, dict)
    assert body_a["code"] == body_b["code"] == "usage_policy_violation"
    assert body_a["clauses"] == body_b["clauses"] and body_a["clauses"]
    assert "azure-openai-coc/us-police-facial-recognition" in body_a["clauses"]
    assert body_a["pack"] == body_b["pack"]
    assert a.response.headers["x-usegate-decision-id"] == body_a["decision_id"]
    assert upstream.seen == []  # never forwarded
    record = gw.app.store.get(body_a["decision_id"])
    assert record["decision"] == "deny" and record["action"] == "refused"
    assert record["tenant"] == "spd" and record["model"] == "gpt-4o-prod"


def test_api_key_header_and_missing_api_version(azure_gateway: Any) -> None:
    gw, upstream = azure_gateway
    url = gw.server.url + "/openai/deployments/gpt-4o-prod/chat/completions"
    body = {"messages": [{"role": "user", "content": "hello"}]}
    r = httpx.post(url, json=body, headers={"api-key": "ug-shopco-1"})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == "missing_api_version" and "api-version" in error["message"]
    r = httpx.post(url + "?api-version=yesterday", json=body, headers={"api-key": "ug-shopco-1"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_api_version"
    r = httpx.post(
        url + f"?api-version={VERSION}&api-version={VERSION}", json=body, headers={"api-key": "ug-shopco-1"}
    )
    assert r.status_code == 400
    assert httpx.post(url + f"?api-version={VERSION}", json=body).status_code == 401
    assert (
        httpx.post(url + f"?api-version={VERSION}", json=body, headers={"api-key": "nope"}).status_code == 401
    )
    assert upstream.seen == []
    r = httpx.post(url + f"?api-version={VERSION}", json=body, headers={"api-key": "ug-shopco-1"})
    assert r.status_code == 200 and upstream.seen[0]["headers"]["api-key"] == UPSTREAM_KEY


def test_v1_routes_on_azure_upstream(azure_gateway: Any) -> None:
    gw, upstream = azure_gateway
    # Azure's v1 API through usegate (no api-version needed), and usegate's own /v1
    for base in (gw.server.url + "/openai/v1", gw.base_url):
        client = openai.OpenAI(base_url=base, api_key="ug-shopco-1", max_retries=0)
        out = client.chat.completions.create(
            model="gpt-4o-prod", messages=[{"role": "user", "content": "hi"}]
        )
        assert out.choices[0].message.content == "Two pallets were damaged."
    assert [r["path"] for r in upstream.seen] == ["/openai/v1/chat/completions"] * 2
    assert all(r["query"] == {} for r in upstream.seen)


@pytest.mark.parametrize(
    "target,status",
    [
        ("/openai/deployments/gpt-4o-prod/chat/completions/", 404),
        ("/openai/deployments/-bad/chat/completions", 404),
        ("/openai/deployments/a..b/../chat/completions", 404),
        ("/openai/deployments/gpt-4o-prod/chat%2Fcompletions", 404),
        ("/openai/deployments//chat/completions", 404),
        ("/openai/deployments/gpt-4o-prod/unknown", 404),
        ("/openai/deployments/gpt-4o-prod/extensions/chat/completions", 501),
        ("/openai/files", 501),
        ("/openai/v1/files", 501),
        ("/openai/assistants", 501),
        ("/openai/deployments", 501),
        ("/openaiX/deployments/gpt-4o-prod/chat/completions", 404),
    ],
)
def test_azure_paths_matched_exactly(azure_gateway: Any, target: str, status: int) -> None:
    gw, upstream = azure_gateway
    import socket

    with socket.create_connection(("127.0.0.1", gw.server.port), timeout=5) as s:
        s.sendall(
            f"POST {target}?api-version={VERSION} HTTP/1.1\r\nhost: x\r\napi-key: ug-shopco-1\r\n"
            "content-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}".encode()
        )
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    assert int(data.split(b" ", 2)[1]) == status
    if status == 501:
        assert b'"endpoint_not_supported"' in data and b"does not forward" in data
    assert upstream.seen == []
    assert gw.app.store.head()[0] == 0


def recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/transcriptions"):
            return httpx.Response(200, json={"text": "unit four arrived"})
        return httpx.Response(
            200,
            json={
                "id": "x",
                "object": "chat.completion",
                "created": 1,
                "model": "m",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
                ],
            },
        )

    return seen, httpx.MockTransport(handle)


def test_openai_style_upstream_gets_v1_and_the_deployment_as_model(make_gateway: Any, settings: Any) -> None:
    seen, transport = recorder()
    gw = make_gateway(settings, upstream=transport)
    url = gw.server.url + f"/openai/deployments/gpt-4o-prod/chat/completions?api-version={VERSION}"
    body = {"model": "something-else", "messages": [{"role": "user", "content": "hello"}]}
    r = httpx.post(url, json=body, headers={"api-key": "ug-shopco-1"})
    assert r.status_code == 200
    [request] = seen
    assert request.url.path == "/v1/chat/completions" and request.url.query == b""
    assert json.loads(request.content)["model"] == "gpt-4o-prod"
    assert request.headers["authorization"] == "Bearer sk-upstream-secret"
    assert "api-key" not in request.headers
    # the SDK's own multipart upload: the deployment is the form's model too
    client = azure_client(gw, "ug-shopco-1")
    out = client.audio.transcriptions.create(
        model="whisper-prod", file=("a.wav", b"RIFF0000WAVE", "audio/wav")
    )
    assert out.text == "unit four arrived"
    assert seen[1].url.path == "/v1/audio/transcriptions"
    assert b'name="model"\r\n\r\nwhisper-prod\r\n' in seen[1].content


def test_with_model_rewrites_multipart() -> None:
    boundary = b"XyZ"
    raw = (
        b'--XyZ\r\nContent-Disposition: form-data; name="model"\r\n\r\nwhisper-1\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\n'
        b"Content-Type: audio/wav\r\n\r\nRIFF\r\n--XyZ--\r\n"
    )
    headers = [(b"content-type", b"multipart/form-data; boundary=" + boundary)]
    out = azure.with_model(raw, "multipart", {"model": "whisper-1"}, headers, "whisper-prod")
    assert out.count(b'name="model"') == 1 and b"\r\n\r\nwhisper-prod\r\n" in out
    assert b'filename="a.wav"' in out and out.endswith(b"--XyZ--\r\n")
    without = raw.replace(b'--XyZ\r\nContent-Disposition: form-data; name="model"\r\n\r\nwhisper-1\r\n', b"")
    out = azure.with_model(without, "multipart", {}, headers, "whisper-prod")
    assert b"\r\n\r\nwhisper-prod\r\n" in out and b"RIFF" in out
    assert azure.with_model(raw, "multipart", {"model": "whisper-prod"}, headers, "whisper-prod") is raw


def test_route_table() -> None:
    r = azure.match(
        "/openai/deployments/gpt-4o.prod_1/images/edits", b"/openai/deployments/gpt-4o.prod_1/images/edits"
    )
    assert r is not None and r.mode == "multipart" and r.endpoint == "/v1/images/edits"
    assert r.deployment == "gpt-4o.prod_1" and r.versioned
    v1 = azure.match("/openai/v1/responses", None)
    assert v1 is not None and v1.endpoint == "/v1/responses" and not v1.versioned
    models = azure.match("/openai/models/gpt-4o", None)
    assert models is not None and models.mode == "none" and models.label == "/openai/v1/models/{id}"
    assert azure.match("/openai/v1/files", None) is None
    assert azure.api_version(b"api-version=2025-04-01-preview") == ("2025-04-01-preview", None)
    assert azure.without_api_version(b"a=1&api-version=2024-10-21&b=2") == b"a=1&b=2"
