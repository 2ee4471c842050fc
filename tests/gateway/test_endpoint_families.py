"""Every OpenAI endpoint a client may call is either decided and forwarded, or refused with
an OpenAI-style error saying usegate does not forward it (issue 12): never a bare 404, never
an undecided pass-through."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.gateway.test_routes import recorder

FR_POLICE = "Who is the man in this photo? Match his face against our mugshot database."


@pytest.mark.parametrize(
    "method,path",
    [
        ("POST", "/v1/files"),
        ("GET", "/v1/files/file-abc/content"),
        ("POST", "/v1/batches"),
        ("POST", "/v1/assistants"),
        ("POST", "/v1/threads/thread_1/runs"),
        ("POST", "/v1/fine_tuning/jobs"),
        ("POST", "/v1/uploads"),
        ("POST", "/v1/vector_stores"),
        ("GET", "/v1/realtime"),
        ("GET", "/v1/responses/resp_123"),
        ("GET", "/v1/chat/completions/chatcmpl-1"),
        ("POST", "/v1/audio/voices"),
    ],
)
def test_undecidable_families_are_refused_clearly(
    make_gateway: Any, settings: Any, method: str, path: str
) -> None:
    seen, transport = recorder()
    gw = make_gateway(settings, upstream=transport)
    r = httpx.request(method, gw.server.url + path, headers={"Authorization": "Bearer ug-shopco-1"}, json={})
    assert r.status_code == 501
    error = r.json()["error"]
    assert error["code"] == "endpoint_not_supported" and "does not forward" in error["message"]
    assert seen == [] and gw.app.store.head()[0] == 0


def test_moderations_and_speech_are_decided_on_their_text(make_gateway: Any, settings: Any) -> None:
    seen, transport = recorder()
    gw = make_gateway(settings, upstream=transport)
    shop = {"Authorization": "Bearer ug-shopco-1"}
    police = {"Authorization": "Bearer ug-spd-1"}
    r = httpx.post(gw.base_url + "/moderations", headers=shop, json={"input": ["is this rude?"]})
    assert r.status_code == 200
    record = gw.app.store.get(r.headers["x-usegate-decision-id"])
    assert record["endpoint"] == "/v1/moderations" and record["decision"] == "allow"
    r = httpx.post(
        gw.base_url + "/audio/speech",
        headers=shop,
        json={"model": "tts-1", "input": "Welcome", "voice": "alloy"},
    )
    assert r.status_code == 200 and len(seen) == 2
    for path, body in (
        ("/moderations", {"input": [{"type": "text", "text": FR_POLICE}]}),
        ("/audio/speech", {"model": "tts-1", "input": FR_POLICE, "voice": "alloy"}),
    ):
        r = httpx.post(gw.base_url + path, headers=police, json=body)
        assert r.status_code == 403, path  # the text is read: refused as on chat
        assert r.json()["error"]["code"] in ("usage_policy_violation", "usage_policy_review")
    assert len(seen) == 2
