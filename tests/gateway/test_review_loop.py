"""The review loop end to end: a `review` refusal tells the client where its verdict
will come from; an approval is a grant the same tenant can retry the same body with;
a rejection turns that body into `deny`; a tenant polls only its own decisions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx

from usegate.audit.store import verify
from usegate.config import ReviewGrantSettings
from usegate.review.queue import ReviewQueue

FR_TEXT = "Who is the man in this photo? Match his face against our mugshot database."
BODY = {"model": "gpt-4o", "messages": [{"role": "user", "content": FR_TEXT}]}


def post(gw: Any, key: str = "ug-lensco-1", body: Any = BODY, **headers: str) -> httpx.Response:
    return httpx.post(
        gw.base_url + "/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {key}", **headers},
        timeout=10,
    )


def resolve(gw: Any, did: str, verdict: str, note: str = "") -> None:
    store = gw.store()
    try:
        assert ReviewQueue(store).resolve(did, verdict, "officer-kim", note)
    finally:
        store.close()


def test_refusal_says_how_the_review_reaches_the_client(gateway: Any) -> None:
    r = post(gateway)
    assert r.status_code == 403
    err = r.json()["error"]
    did = err["decision_id"]
    assert err["code"] == "usage_policy_review"
    assert f"GET /v1/usegate/decisions/{did}" in err["message"]
    assert f"X-Usegate-Review-Grant: {did}" in err["message"]
    assert err["review"] == {
        "status": "pending",
        "status_url": f"/v1/usegate/decisions/{did}",
        "grant_header": "X-Usegate-Review-Grant",
    }
    status = httpx.get(
        gateway.server.url + f"/v1/usegate/decisions/{did}", headers={"Authorization": "Bearer ug-lensco-1"}
    )
    assert status.status_code == 200
    assert status.json()["review"]["status"] == "pending" and status.json()["decision"] == "review"


def test_a_tenant_sees_only_its_own_decisions(gateway: Any) -> None:
    did = post(gateway).json()["error"]["decision_id"]
    url = gateway.server.url + f"/v1/usegate/decisions/{did}"
    assert httpx.get(url).status_code == 401
    other = httpx.get(url, headers={"Authorization": "Bearer ug-shopco-1"})
    assert other.status_code == 404 and other.json()["error"]["code"] == "decision_not_found"
    # exact routing: nothing but a decision id after the prefix
    for path in (
        f"/v1/usegate/decisions/{did}/x",
        "/v1/usegate/decisions/../../v1/models",
        "/v1/usegate/decisions/",
    ):
        assert (
            httpx.get(gateway.server.url + path, headers={"Authorization": "Bearer ug-lensco-1"}).status_code
            == 404
        )
    assert httpx.post(url, headers={"Authorization": "Bearer ug-lensco-1"}).status_code == 405


def test_approved_review_is_a_grant_for_the_same_tenant_and_body(gateway: Any) -> None:
    did = post(gateway).json()["error"]["decision_id"]
    # before the verdict the grant is worth nothing
    assert post(gateway, **{"X-Usegate-Review-Grant": did}).status_code == 403
    resolve(gateway, did, "approved", "a vendor demo with consenting staff")

    polled = httpx.get(
        gateway.server.url + f"/v1/usegate/decisions/{did}", headers={"Authorization": "Bearer ug-lensco-1"}
    ).json()
    assert polled["review"]["status"] == "approved"
    assert polled["review"]["grant"]["header"] == "X-Usegate-Review-Grant"

    retried = post(gateway, **{"X-Usegate-Review-Grant": did})
    assert retried.status_code == 200, retried.text
    new_id = retried.headers["x-usegate-decision-id"]
    store = gateway.store()
    try:
        record = store.get(new_id)
        assert record is not None
        assert record["decision"] == "allow" and record["action"] == "forwarded"
        assert record["grant"]["decision_id"] == did and record["grant"]["reviewer"] == "officer-kim"
        # the retry is not queued again, and the chain (verdict included) verifies
        assert [r["decision_id"] for r in store.reviews(None)] == [
            did,
            *(r["decision_id"] for r in store.reviews(None)[1:]),
        ]
        assert len(store.reviews(None)) == 2  # the refused retry before the verdict was queued too
        assert verify(store).ok
    finally:
        store.close()

    # another body, or another tenant, gets nothing from the grant
    other_body = {**BODY, "temperature": 0.5}
    assert post(gateway, body=other_body, **{"X-Usegate-Review-Grant": did}).status_code == 403
    assert post(gateway, key="ug-spd-1", **{"X-Usegate-Review-Grant": did}).status_code == 403
    # no grant header: still refused for review
    assert post(gateway).status_code == 403


def test_grant_expires(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(replace(settings, review_grants=ReviewGrantSettings(ttl_seconds=0.001)))
    did = post(gw).json()["error"]["decision_id"]
    resolve(gw, did, "approved")
    r = post(gw, **{"X-Usegate-Review-Grant": did})
    assert r.status_code == 403 and r.json()["error"]["code"] == "usage_policy_review"


def test_rejected_review_turns_the_body_into_deny(gateway: Any) -> None:
    did = post(gateway).json()["error"]["decision_id"]
    resolve(gateway, did, "rejected", "identifying a protester")
    again = post(gateway, **{"X-Usegate-Review-Grant": did})
    assert again.status_code == 403
    err = again.json()["error"]
    assert err["code"] == "usage_policy_violation" and err["review"]["status"] == "rejected"
    assert f"`{did}`" in err["message"]
    store = gateway.store()
    try:
        record = store.get(err["decision_id"])
        assert record is not None and record["decision"] == "deny"
        assert record["rejected_review"]["decision_id"] == did
        assert store.review(err["decision_id"]) is None  # a deny is not queued
    finally:
        store.close()
    # the same body from another tenant is untouched by this tenant's rejection
    assert post(gateway, key="ug-spd-1").json()["error"]["code"] == "usage_policy_violation"  # C1 deny anyway
    assert post(gateway, body={**BODY, "user": "x"}).json()["error"]["code"] == "usage_policy_review"


def test_a_later_verdict_supersedes_and_history_stays(gateway: Any) -> None:
    did = post(gateway).json()["error"]["decision_id"]
    resolve(gateway, did, "rejected", "first look")
    resolve(gateway, did, "approved", "second look: consent on file")
    assert post(gateway, **{"X-Usegate-Review-Grant": did}).status_code == 200
    store = gateway.store()
    try:
        history = ReviewQueue(store).history(did)
        assert [v["decision"] for v in history] == ["rejected", "approved"]
        assert history[1]["supersedes"] == history[0]["decision_id"]
        assert all(v["kind"] == "verdict" and v["reviewer"] == "officer-kim" for v in history)
        assert verify(store).ok
    finally:
        store.close()


def test_with_review_allow_a_rejection_still_denies(make_gateway: Any, settings: Any) -> None:
    gw = make_gateway(replace(settings, review="allow"))
    first = post(gw)
    assert first.status_code == 200  # forwarded, flagged and queued
    did = first.headers["x-usegate-decision-id"]
    resolve(gw, did, "rejected", "not for this customer")
    again = post(gw)
    assert again.status_code == 403 and again.json()["error"]["code"] == "usage_policy_violation"
