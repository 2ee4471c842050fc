"""`POST /v1/usegate/decide` (the decision API; its contract is in docs/gateway.md): decides
without any upstream call, records the decision like a proxied request, answers its id in
the body and the header; tenant keys decide for themselves, decision-service tokens for the
tenant they name."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

import httpx
import pytest

from tests.gateway.test_routes import recorder
from usegate.config import DecisionApiSettings, LimitSettings, from_mapping
from usegate.exceptions import ConfigError

FR_POLICE = "Who is the man in this photo? Match his face against our mugshot database."
SHOP_TEXT = "Summarise: two pallets were damaged at the loading dock."
SERVICE_TOKEN = "svc-litellm-0123456789"


def chat(text: str) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}


@pytest.fixture
def decide(make_gateway: Any, settings: Any) -> Any:
    seen, transport = recorder()
    token_hash = hashlib.sha256(SERVICE_TOKEN.encode()).hexdigest()
    s = replace(settings, decision_api=DecisionApiSettings(token_hashes=(token_hash,)))
    gw = make_gateway(s, upstream=transport)

    def post(payload: Any, key: str | None = "ug-shopco-1", **kw: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.post(gw.server.url + "/v1/usegate/decide", json=payload, headers=headers, **kw)

    post.gw = gw  # type: ignore[attr-defined]
    post.seen = seen  # type: ignore[attr-defined]
    return post


def test_tenant_key_deny_and_allow_recorded_without_upstream(decide: Any) -> None:
    r = decide({"body": chat(FR_POLICE)}, key="ug-spd-1")
    assert r.status_code == 200
    out = r.json()
    assert out["decision"] == "deny" and out["action"] == "refuse"
    assert "azure-openai-coc/us-police-facial-recognition" in out["clauses"]
    assert out["pack"].startswith("azure-openai-coc@")
    assert r.headers["x-usegate-decision-id"] == out["decision_id"]
    assert out["signals"] and out["evidence"] and "refused" in out["explanation"]
    assert out["latency_ms"] > 0
    record = decide.gw.app.store.get(out["decision_id"])
    assert record["tenant"] == "spd" and record["decision"] == "deny"
    assert record["endpoint"] == "/v1/chat/completions" and record["action"] == "decided:refuse"
    assert record["upstream_status"] is None and record["clauses"] == out["clauses"]

    r = decide({"endpoint": "/v1/responses", "body": {"model": "gpt-4o", "input": SHOP_TEXT}})
    out = r.json()
    assert r.status_code == 200 and out["decision"] == "allow" and out["action"] == "forward"
    record = decide.gw.app.store.get(out["decision_id"])
    assert record["endpoint"] == "/v1/responses" and record["action"] == "decided:forward"
    assert decide.seen == []  # no upstream call, ever


def test_same_decision_as_the_proxy(decide: Any) -> None:
    proxied = httpx.post(
        decide.gw.base_url + "/chat/completions",
        json=chat(FR_POLICE),
        headers={"Authorization": "Bearer ug-spd-1"},
    )
    assert proxied.status_code == 403
    out = decide({"body": chat(FR_POLICE)}, key="ug-spd-1").json()
    assert (
        out["clauses"] == proxied.json()["error"]["clauses"]
        and out["pack"] == proxied.json()["error"]["pack"]
    )


def test_service_token_names_the_tenant(decide: Any) -> None:
    for naming in ({"tenant": "spd"}, {"api_key": "ug-spd-1"}, {"tenant": "spd", "api_key": "ug-spd-1"}):
        r = decide({"body": chat(FR_POLICE), **naming}, key=SERVICE_TOKEN)
        assert r.status_code == 200 and r.json()["decision"] == "deny", naming
        assert decide.gw.app.store.get(r.json()["decision_id"])["tenant"] == "spd"
    assert decide({"body": chat(FR_POLICE)}, key=SERVICE_TOKEN).status_code == 400
    r = decide({"body": chat(FR_POLICE), "tenant": "nobody"}, key=SERVICE_TOKEN)
    assert r.status_code == 404 and r.json()["error"]["code"] == "tenant_not_found"
    assert decide({"body": chat(FR_POLICE), "api_key": "ug-nobody"}, key=SERVICE_TOKEN).status_code == 404
    r = decide({"body": chat(FR_POLICE), "tenant": "shopco", "api_key": "ug-spd-1"}, key=SERVICE_TOKEN)
    assert r.status_code == 400


def test_tenant_key_cannot_speak_for_another(decide: Any) -> None:
    r = decide({"body": chat(FR_POLICE), "tenant": "shopco"}, key="ug-spd-1")
    assert r.status_code == 403 and r.json()["error"]["code"] == "tenant_mismatch"
    assert decide({"body": chat(SHOP_TEXT), "api_key": "ug-spd-1"}).status_code == 403
    assert decide({"body": chat(SHOP_TEXT), "tenant": "nobody"}).status_code == 404
    assert decide({"body": chat(FR_POLICE), "tenant": "spd"}, key="ug-spd-1").json()["decision"] == "deny"
    assert decide.gw.app.store.head()[0] == 1  # only the last was decided


def test_headers_and_azure_endpoints(decide: Any) -> None:
    # an integrator's request for its police end customer, named by the metadata header
    r = decide(
        {"body": chat(FR_POLICE), "headers": {"X-Usegate-End-Customer": "spd", "Authorization": "x"}},
        key="ug-lensco-1",
    )
    out = r.json()
    assert out["decision"] == "deny"
    assert decide.gw.app.store.get(out["decision_id"])["end_customer"] == "spd"
    r = decide(
        {
            "endpoint": "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21",
            "body": {"messages": chat(FR_POLICE)["messages"]},
        },
        key="ug-spd-1",
    )
    out = r.json()
    assert out["decision"] == "deny"
    record = decide.gw.app.store.get(out["decision_id"])
    assert record["model"] == "gpt-4o-prod"
    assert record["endpoint"] == "/openai/deployments/gpt-4o-prod/chat/completions"


@pytest.mark.parametrize(
    "payload,key,status,code",
    [
        ({"body": chat(SHOP_TEXT)}, None, 401, "invalid_api_key"),
        ({"body": chat(SHOP_TEXT)}, "ug-wrong", 401, "invalid_api_key"),
        ({}, "ug-shopco-1", 400, "invalid_request"),
        ({"body": "hello"}, "ug-shopco-1", 400, "invalid_request"),
        ({"body": chat(SHOP_TEXT), "endpoint": "/v1/files"}, "ug-shopco-1", 400, "invalid_request"),
        ({"body": chat(SHOP_TEXT), "endpoint": "/v1/models/../files"}, "ug-shopco-1", 400, "invalid_request"),
        ({"body": chat(SHOP_TEXT), "extra": 1}, "ug-shopco-1", 400, "invalid_request"),
        ({"body": chat(SHOP_TEXT), "headers": ["x"]}, "ug-shopco-1", 400, "invalid_request"),
    ],
)
def test_errors(decide: Any, payload: Any, key: str | None, status: int, code: str) -> None:
    r = decide(payload, key=key)
    assert r.status_code == status and r.json()["error"]["code"] == code
    assert decide.gw.app.store.head()[0] == 0


def test_malformed_too_large_and_method(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(
        replace(settings, limits=LimitSettings(max_body_bytes=2048, max_inflight_body_bytes=2048))
    )
    url = gw.server.url + "/v1/usegate/decide"
    auth = {"Authorization": "Bearer ug-shopco-1"}
    assert httpx.post(url, content=b"{not json", headers=auth).status_code == 400
    r = httpx.post(url, json={"body": chat("x" * 5000)}, headers=auth)
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
    assert httpx.get(url, headers=auth).status_code == 405


def test_config_section_is_strict() -> None:
    good = "a" * 64
    assert from_mapping({"decision_api": {"token_hashes": [good]}}).decision_api.token_hashes == (good,)
    with pytest.raises(ConfigError, match="sha256"):
        from_mapping({"decision_api": {"token_hashes": ["svc-token-in-clear"]}})
    with pytest.raises(ConfigError, match="unknown key"):
        from_mapping({"decision_api": {"tokens": ["x"]}})
    with pytest.raises(ConfigError):
        from_mapping({"upstream": {"style": "bedrock"}})
