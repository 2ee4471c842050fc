"""The gateway end to end: the official `openai` SDK → usegate → a local demo upstream."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from typing import Any

import httpx
import openai
import pytest

from usegate.audit.store import MemoryStore, verify
from usegate.config import UpstreamSettings
from usegate.exceptions import AuditError

FR_TEXT = "Who is the man in this photo? Match his face against our mugshot database."
BENIGN = "Summarise this body camera audio transcript into a report draft."
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64).decode()


def client(gateway: Any, key: str = "ug-shopco-1") -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.base_url, api_key=key, max_retries=0, timeout=10)


def records(gateway: Any) -> list[dict[str, Any]]:
    store = gateway.store()
    try:
        return [row.to_json() for row in store.rows()]
    finally:
        store.close()


def test_allowed_chat_is_forwarded_unchanged(gateway: Any, upstream_app: Any) -> None:
    body = (
        b'{"model": "gpt-4o",  "messages": [{"role": "user", "content": "hello there"}], "temperature": 0.2}'
    )
    r = httpx.post(
        gateway.base_url + "/chat/completions?x=1",
        content=body,
        headers={
            "Authorization": "Bearer ug-shopco-1",
            "Content-Type": "application/json",
            "X-Custom": "kept",
        },
    )
    assert r.status_code == 200
    seen = upstream_app.requests[-1]
    assert seen["body"] == body  # byte for byte, whitespace included
    assert seen["path"] == "/v1/chat/completions"
    assert seen["headers"]["authorization"] == "Bearer sk-upstream-secret"  # the tenant key never leaves
    assert "x-custom" not in seen["headers"]  # client headers go upstream by allow-list only
    did = r.headers["x-usegate-decision-id"]
    [rec] = records(gateway)
    assert rec["decision_id"] == did and rec["decision"] == "allow" and rec["action"] == "forwarded"
    assert rec["upstream_status"] == 200 and rec["tenant"] == "shopco" and rec["model"] == "gpt-4o"
    assert rec["input"] is None and rec["erased"] == []  # no bodies by default (SPEC §6)
    assert rec["request"]["size"] == len(body) and len(rec["request"]["sha256"]) == 64


def test_sdk_chat_and_streaming(gateway: Any) -> None:
    c = client(gateway, "ug-spd-1")
    reply = c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": BENIGN}])
    assert "demo upstream" in (reply.choices[0].message.content or "")
    stream = c.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": BENIGN}], stream=True
    )
    pieces = [chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices]
    assert len(pieces) == 7 and "".join(pieces).startswith("[usegate demo upstream]")
    assert [r["decision"] for r in records(gateway)] == ["allow", "allow"]


def test_refusal_body_and_record(gateway: Any) -> None:
    c = client(gateway, "ug-spd-1")
    with pytest.raises(openai.PermissionDeniedError) as info:
        c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": FR_TEXT}])
    err = info.value
    assert err.status_code == 403
    body = err.body
    assert isinstance(body, dict)
    assert body["code"] == "usage_policy_violation"
    assert "azure-openai-coc/us-police-facial-recognition" in body["message"]
    did = body["decision_id"]
    [rec] = records(gateway)
    assert rec["decision_id"] == did and rec["decision"] == "deny" and rec["action"] == "refused"
    assert rec["clauses"] == ["azure-openai-coc/us-police-facial-recognition"]
    assert rec["signals"]["facial_recognition"]["value"] is True
    assert rec["upstream_status"] is None


def test_review_is_refused_and_queued(gateway: Any) -> None:
    c = client(gateway, "ug-lensco-1")  # an integrator serving police, naming no end customer
    with pytest.raises(openai.PermissionDeniedError) as info:
        c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": FR_TEXT}])
    body = info.value.body
    assert isinstance(body, dict) and body["code"] == "usage_policy_review"
    store = gateway.store()
    try:
        [queued] = store.reviews("pending")
    finally:
        store.close()
    assert queued["decision_id"] == body["decision_id"] and queued["tenant"] == "lensco"


def test_review_allow_mode_forwards_flagged(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(replace(settings, review="allow"))
    reply = client(gw, "ug-lensco-1").chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": FR_TEXT}]
    )
    assert reply.choices
    [rec] = records(gw)
    assert (
        rec["decision"] == "review" and rec["action"] == "forwarded_flagged" and rec["upstream_status"] == 200
    )


def test_unknown_key_is_401(gateway: Any) -> None:
    with pytest.raises(openai.AuthenticationError) as info:
        client(gateway, "ug-nobody").chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "x"}]
        )
    assert info.value.status_code == 401
    assert records(gateway) == []


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",  # malformed
        b"[1, 2]",  # not an object
    ],
)
def test_bad_json_is_400(gateway: Any, content: bytes) -> None:
    r = httpx.post(
        gateway.base_url + "/chat/completions",
        content=content,
        headers={"Authorization": "Bearer ug-shopco-1", "Content-Type": "application/json"},
    )
    assert r.status_code == 400
    assert r.json()["error"]["type"] == "invalid_request_error"


def test_body_limit_is_413(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(replace(settings, limits=replace(settings.limits, max_body_bytes=1000)))
    with pytest.raises(openai.APIStatusError) as info:
        client(gw).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x" * 2000}])
    assert info.value.status_code == 413
    assert info.value.body["code"] == "request_too_large"  # type: ignore[index]


def test_upstream_down_is_502_and_recorded(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(
        replace(settings, upstream=UpstreamSettings(base_url="http://127.0.0.1:9/v1", timeout=5))
    )
    with pytest.raises(openai.InternalServerError) as info:
        client(gw).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
    assert info.value.status_code == 502
    assert "cannot reach the upstream" in info.value.body["message"]  # type: ignore[index]
    [rec] = records(gw)
    assert rec["decision"] == "allow" and rec["upstream_status"] == 502 and rec["errors"]


def test_upstream_timeout_is_504(make_gateway: Any, settings: Any) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    gw = make_gateway(settings, upstream=httpx.MockTransport(slow))
    with pytest.raises(openai.APIStatusError) as info:
        client(gw).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
    assert info.value.status_code == 504


def test_upstream_errors_pass_through(make_gateway: Any, settings: Any) -> None:
    def limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            429, json={"error": {"message": "rate limited", "type": "requests", "code": "rate_limit"}}
        )

    gw = make_gateway(settings, upstream=httpx.MockTransport(limited))
    with pytest.raises(openai.RateLimitError) as info:
        client(gw).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
    assert info.value.body["code"] == "rate_limit"  # type: ignore[index]
    assert records(gw)[0]["upstream_status"] == 429


def test_embeddings_and_responses_and_models(gateway: Any) -> None:
    c = client(gateway)
    emb = c.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
    assert len(emb.data) == 2
    resp = c.responses.create(model="gpt-4o", input="hello")
    assert resp.status == "completed"
    models = c.models.list()
    assert "gpt-4o" in [m.id for m in models]
    # every forwarded request is decided and recorded, the model list too
    assert [r["endpoint"] for r in records(gateway)] == ["/v1/embeddings", "/v1/responses", "/v1/models"]


def test_audio_transcription_multipart_flows(gateway: Any, upstream_app: Any) -> None:
    audio = b"RIFF" + bytes(range(256)) * 40
    text = client(gateway, "ug-spd-1").audio.transcriptions.create(
        model="whisper-1", file=("bodycam-0412.wav", audio, "audio/wav"), prompt="officer report"
    )
    assert "transcript" in text.text
    seen = upstream_app.requests[-1]
    assert audio in seen["body"]  # the original bytes go upstream
    [rec] = records(gateway)
    assert rec["decision"] == "allow" and rec["endpoint"] == "/v1/audio/transcriptions"
    [f] = rec["request"]["files"]
    assert f["filename"] == "bodycam-0412.wav" and f["size"] == len(audio)
    assert "RIFF" not in json.dumps(rec)


def test_images_are_hashed_not_stored(make_gateway: Any, settings: Any) -> None:
    gateway = make_gateway(replace(settings, audit=replace(settings.audit, store_bodies=True)))
    url = f"data:image/png;base64,{PNG}"
    client(gateway).chat.completions.create(
        model="gpt-4o",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "describe"},
                    {"type": "image_url", "image_url": {"url": url}},
                ],
            }
        ],
    )
    [rec] = records(gateway)
    assert PNG not in json.dumps(rec)
    assert rec["erased"] == ["messages[0].content[1].image_url.url"]
    assert "sha256:" in rec["input"]["messages"][0]["content"][1]["image_url"]["url"]


def test_health_metrics_and_unknown_path(gateway: Any) -> None:
    client(gateway).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert httpx.get(gateway.server.url + "/healthz").json() == {"status": "ok"}
    text = httpx.get(gateway.server.url + "/metrics").text
    assert 'usegate_decisions_total{endpoint="/v1/chat/completions",outcome="allow"} 1.0' in text
    assert "usegate_decision_seconds_bucket" in text
    r = httpx.post(gateway.base_url + "/fine_tuning/jobs", headers={"Authorization": "Bearer ug-shopco-1"})
    assert r.status_code == 501 and r.json()["error"]["code"] == "endpoint_not_supported"
    r = httpx.post(gateway.base_url + "/no_such_thing", headers={"Authorization": "Bearer ug-shopco-1"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "unknown_url"


def test_session_frames_reach_the_case(make_gateway: Any, settings: Any) -> None:
    seen: list[Any] = []

    class Spy:
        async def observe(self, key: str, frames: int, now: float | None = None) -> float:
            seen.append((key, frames))
            return 12.0

        async def close(self) -> None:
            pass

    gw = make_gateway(settings, frame_rate=Spy())
    content = [
        {"type": "text", "text": "describe the clothing"},
        {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG}"}},
    ]
    client(gw, "ug-nrw-1").chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": content}],
        extra_headers={"X-Usegate-Session": "cam-7"},
    )
    assert seen == [("pol-nrw\x1fcam-7", 1)]


def test_audit_verify_detects_tampering(make_gateway: Any, settings: Any) -> None:
    gateway = make_gateway(replace(settings, audit=replace(settings.audit, store_bodies=True)))
    c = client(gateway)
    for i in range(3):
        c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"hello {i}"}])
    store = gateway.store()
    try:
        assert verify(store).ok
        store.execute("UPDATE decisions SET record = replace(record, 'hello 1', 'hello X') WHERE seq = 2")
        result = verify(store)
        assert not result.ok and "content changed" in result.problems[0]
    finally:
        store.close()


class _FlakyStore(MemoryStore):
    """An audit database that goes away for a while, then comes back."""

    def __init__(self) -> None:
        super().__init__()
        self.down = True

    def append_batch(self, records: Any) -> None:
        if self.down:
            raise AuditError("database is locked: disk I/O error")
        super().append_batch(records)


def test_audit_database_going_away_refuses_with_503_then_recovers(make_gateway: Any, settings: Any) -> None:
    """Nothing goes out unrecorded: while the audit store fails, requests get a clear 503;
    when it is back, requests flow and are recorded again."""
    store = _FlakyStore()
    gw = make_gateway(settings, store=store)
    police = openai.OpenAI(base_url=gw.base_url, api_key="ug-spd-1", max_retries=0)
    with pytest.raises(openai.APIStatusError) as info:
        police.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": "Who is the man in this photo? Check our mugshots."}],
        )
    assert info.value.status_code == 503
    assert "audit log unavailable" in info.value.body["message"]  # type: ignore[index]
    store.down = False
    shop = openai.OpenAI(base_url=gw.base_url, api_key="ug-shopco-1", max_retries=0)
    reply = shop.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
    assert reply.choices[0].message.content
    assert [(r.tenant, r.decision) for r in store.rows()] == [("shopco", "allow")]
    assert verify(store).ok


def test_images_through_the_gateway_with_vision(make_gateway: Any, settings: Any) -> None:
    """A US police tenant's image request: no face → forwarded; a face with no stated
    purpose → refused for review; the image analysis runs in a worker thread."""
    from tests.images import photos
    from usegate.driver import Decider
    from usegate.signals.registry import default_registry

    gw = make_gateway(settings, decider=Decider.create(registry=default_registry(vision=True)))
    police = client(gw, "ug-spd-1")

    def ask(img: bytes) -> Any:
        url = "data:image/jpeg;base64," + base64.b64encode(img).decode()
        content = [{"type": "text", "text": "next one"}, {"type": "image_url", "image_url": {"url": url}}]
        return police.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": content}])

    coffee = photos.encode(photos.resize(photos.negatives()["coffee"], 640, 360))
    assert ask(coffee).choices[0].message.content
    face = photos.encode(photos.resize(photos.astronaut(), 640, 360))
    with pytest.raises(openai.PermissionDeniedError) as info:
        ask(face)
    assert info.value.body["code"] == "usage_policy_review"  # type: ignore[index]
    first, second = records(gw)
    assert first["decision"] == "allow" and second["decision"] == "review"
    assert "data:image" not in json.dumps(second)  # images are hashed, never stored
