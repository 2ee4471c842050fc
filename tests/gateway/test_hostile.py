"""Hostile clients against the HTTP surface (issue 10, "done when"): hypothesis sends
odd methods, paths (dot segments, percent-encodings, prefixes), headers (credentials,
routing, our own `X-Usegate-*`, oversize) and bodies (deep nesting, escaped data URLs,
binary, wrong types) to the ASGI app, with a recording upstream behind it, and checks:

- no 500, and no exception out of the app;
- no unrecorded decision: every answer that carries a decision id has its record;
- nothing forwarded that was not decided: each upstream call matches a record that says
  it was forwarded, path for path;
- no client header outside the allow-list reaches the upstream.
"""

from __future__ import annotations

import asyncio
import json
import socket
import urllib.parse
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.gateway.conftest import TENANTS
from usegate.audit.store import MemoryStore, verify
from usegate.config import from_mapping
from usegate.driver import Decider
from usegate.gateway.app import create_app
from usegate.gateway.headers import DEFAULT_FORWARD

OPERATOR_KEY = "sk-operator"
#: what the http client adds on its own besides the allow-listed client headers
CLIENT_ADDED = {"host", "content-length", "connection", "authorization"}


class Harness:
    def __init__(self, decider: Decider) -> None:
        self.seen: list[httpx.Request] = []
        self.store = MemoryStore()
        base = from_mapping({"tenants": TENANTS, "upstream": {"api_key": OPERATOR_KEY}})
        s = replace(base, limits=replace(base.limits, max_body_bytes=256 * 1024, client_timeout=2.0))
        self.app = create_app(s, upstream=httpx.MockTransport(self.answer), store=self.store, decider=decider)
        self.runner = asyncio.Runner()
        self.runner.run(self.app.startup())

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if b'"stream": true' in request.content or b'"stream":true' in request.content:
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=b"data: {}\n\n")
        return httpx.Response(200, json={"object": "ok"})

    def call(
        self, method: str, raw_path: bytes, query: bytes, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> Any:
        path = urllib.parse.unquote(raw_path.decode("ascii"))
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": raw_path,
            "query_string": query,
            "headers": headers,
        }
        sent: list[dict[str, Any]] = []
        delivered = False

        async def receive() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                await asyncio.sleep(3600)
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        self.runner.run(self.app(scope, receive, send))
        return sent

    def close(self) -> None:
        self.runner.run(self.app.shutdown())
        self.runner.close()


@pytest.fixture(scope="module")
def harness(gw_decider: Decider) -> Iterator[Harness]:
    h = Harness(gw_decider)
    yield h
    h.close()


SEGMENTS = [
    "v1",
    "models",
    "chat",
    "completions",
    "embeddings",
    "responses",
    "images",
    "edits",
    "audio",
    "transcriptions",
    "files",
    "gpt-4o",
    "..",
    ".",
    "",
    "%2e%2e",
    "%2E",
    "%2f",
    "%2F",
    "%00",
    "%25",
    "modelsX",
    "ft:gpt-4o:org:x",
    "a;b",
    "~",
    "%5c",
    "\\",
    "@",
    "v2",
]
KNOWN = [
    b"/v1/chat/completions",
    b"/v1/completions",
    b"/v1/embeddings",
    b"/v1/responses",
    b"/v1/models",
    b"/v1/models/gpt-4o",
    b"/v1/images/edits",
    b"/v1/audio/transcriptions",
    b"/healthz",
    b"/readyz",
]
raw_paths = st.one_of(
    st.sampled_from(KNOWN),
    st.sampled_from(KNOWN[:4]),
    st.sampled_from(KNOWN[:1]),
    st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=6).map(lambda s: ("/" + "/".join(s)).encode()),
    st.tuples(st.sampled_from(KNOWN), st.lists(st.sampled_from(SEGMENTS), max_size=3)).map(
        lambda t: t[0] + ("/" + "/".join(t[1])).encode() if t[1] else t[0]
    ),
)
HOSTILE_NAMES = [
    b"openai-organization",
    b"openai-project",
    b"x-api-key",
    b"cookie",
    b"x-forwarded-for",
    b"forwarded",
    b"x-usegate-end-customer",
    b"x-usegate-session",
    b"x-usegate-capture-mode",
    b"x-usegate-decision-id",
    b"proxy-authorization",
    b"host",
    b"transfer-encoding",
    b"content-length",
    b"expect",
    b"te",
    b"upgrade",
    b"x-custom",
    b"accept",
    b"user-agent",
    b"content-type",
    b"openai-beta",
    b"api-key",
]
header_values = st.binary(max_size=80).map(lambda b: bytes(c for c in b if c not in (10, 13)))
headers = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(HOSTILE_NAMES), st.from_regex(rb"x-[a-z0-9-]{1,20}", fullmatch=True)),
        header_values,
    ),
    max_size=12,
)
keys = st.one_of(
    st.sampled_from([b"Bearer ug-shopco-1", b"Bearer ug-spd-1", b"Bearer ug-lensco-1"]),
    st.sampled_from([b"Bearer nope", b"", b"Basic eA==", b"Bearer ug-spd-1 x", b"bearer ug-spd-1"]),
)
json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(
        [
            "data:image/png;base64,iVBORw0KGgo=",
            "\\u0064ata:image/png;base64,AAAA",
            "who is this man?",
            "Match his face against our mugshot database",
        ]
    ),
)
json_values = st.recursive(
    json_leaf,
    lambda c: st.one_of(st.lists(c, max_size=4), st.dictionaries(st.text(max_size=8), c, max_size=4)),
    max_leaves=20,
)


def chat(content: Any, extra: dict[str, Any]) -> bytes:
    # stdlib json: big integers too (orjson would refuse them here)
    return json.dumps(
        {"model": "gpt-4o", "messages": [{"role": "user", "content": content}], **extra}
    ).encode()


PROMPTS = [
    "Summarise this body-camera transcript into a report draft.",
    "Who is the man in this photo? Match his face against our mugshot database.",
    "Run the suspect's face from the dash cam against prior inmates, he is with the officer now.",
    "Blur every face in this footage before release.",
    "What do you see in this photo?",
]
parts = st.lists(
    st.one_of(
        st.sampled_from(PROMPTS).map(lambda t: {"type": "text", "text": t}),
        st.sampled_from(["data:image/png;base64,iVBORw0KGgo=", "https://example.com/a.jpg", "data:x"]).map(
            lambda u: {"type": "image_url", "image_url": {"url": u}}
        ),
    ),
    min_size=1,
    max_size=3,
)
bodies = st.one_of(
    st.builds(chat, st.sampled_from(PROMPTS), st.sampled_from([{}, {"stream": True}, {"user": "u1"}])),
    st.builds(chat, parts, st.sampled_from([{}, {"stream": True}, {"metadata": {"end_customer": "spd"}}])),
    st.binary(max_size=200),
    st.builds(chat, json_values, st.just({})),
    st.builds(
        chat,
        json_values,
        st.dictionaries(st.sampled_from(["stream", "user", "metadata", "tools"]), json_values, max_size=2),
    ),
    st.integers(0, 3000).map(
        lambda n: b'{"model": "m", "x": ' + b"[" * n + b'"data:image/png;base64,AAAA"' + b"]" * n + b"}"
    ),
    st.sampled_from(
        [
            b"{}",
            b"[]",
            b"null",
            b'"x"',
            b'{"messages": 5}',
            b'{"model": "gpt-4o", "messages": [{"role": "user", "content": "\\u0064ata:x,1"}]}',
        ]
    ),
)
queries = st.one_of(st.just(b""), st.binary(max_size=30), st.just(b"api-version=2024-06-01"))


@settings(
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    method=st.one_of(
        st.just("POST"), st.just("POST"), st.just("GET"), st.sampled_from(["PUT", "HEAD", "OPTIONS"])
    ),
    raw_path=raw_paths,
    query=queries,
    extra=headers,
    key=keys,
    body=bodies,
)
def test_hostile_requests(
    harness: Harness,
    method: str,
    raw_path: bytes,
    query: bytes,
    extra: list[tuple[bytes, bytes]],
    key: bytes,
    body: bytes,
) -> None:
    try:
        raw_path.decode("ascii")
    except UnicodeDecodeError:
        return
    before_seen = len(harness.seen)
    before_rows = len(list(harness.store.rows()))
    request_headers = [(b"authorization", key), *extra]
    sent = harness.call(method, raw_path, query, request_headers, body)

    start = next(m for m in sent if m["type"] == "http.response.start")
    status = start["status"]
    event(f"status {status}")
    assert status != 500, sent
    out_headers = dict(start["headers"])

    new_rows = [r.to_json() for r in list(harness.store.rows())[before_rows:]]
    did = out_headers.get(b"x-usegate-decision-id")
    if did is not None:  # every decision answered is recorded
        assert [r["decision_id"] for r in new_rows] == [did.decode()]
    if status == 403:
        assert did is not None
    forwarded = [r for r in new_rows if r["action"] in ("forwarded", "forwarded_flagged")]
    calls = harness.seen[before_seen:]
    assert len(calls) == len(forwarded)  # nothing forwarded that was not decided and recorded
    for call, record in zip(calls, forwarded, strict=True):
        assert "/v1" + call.url.path.removeprefix("/v1") == record["endpoint"]
        names = {k.lower() for k in call.headers}
        assert names <= set(DEFAULT_FORWARD) | CLIENT_ADDED, names
        assert call.headers["authorization"] == f"Bearer {OPERATOR_KEY}"
        assert not any(n.startswith("x-usegate-") for n in names)
    assert verify(harness.store).ok
    assert harness.app.budget.held == 0  # every body's share of the budget was given back


# -- the same over real sockets: what uvicorn and the protocol guard make of raw bytes --------

target_bytes = st.one_of(
    raw_paths,
    st.binary(min_size=1, max_size=60).map(lambda b: b"/" + bytes(c for c in b if c > 32 and c != 127)),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=target_bytes,
    query=st.one_of(
        st.just(b""), st.binary(max_size=20).map(lambda b: b"?" + bytes(c for c in b if c > 32 and c != 127))
    ),
)
def test_hostile_request_lines_over_sockets(make_gateway_once: Any, target: bytes, query: bytes) -> None:
    gw, seen = make_gateway_once
    before = len(seen)
    rows_before = gw.app.store.head()[0]
    head = (
        b"GET "
        + target
        + query
        + b" HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ug-spd-1\r\nconnection: close\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", gw.server.port), timeout=5) as s:
        s.sendall(head)
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
    status = int(reply.split(b" ", 2)[1])
    assert status != 500, reply[:300]
    calls = seen[before:]
    recorded = gw.app.store.head()[0] - rows_before
    assert len(calls) == recorded  # forwarded only what was decided and recorded
    for call in calls:
        assert call.url.path in ("/v1/models",) or call.url.path.startswith("/v1/models/")


@pytest.fixture
def make_gateway_once(make_gateway: Any, settings: Any) -> Any:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    return make_gateway(settings, upstream=httpx.MockTransport(handle)), seen
