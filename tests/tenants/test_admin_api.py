"""The admin API on a running gateway, on SQLite and on PostgreSQL: authentication,
strict validation, keys shown once and stored hashed, expiry, revocation and the
history of changes."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.tenants.conftest import ADMIN_TOKEN, AUTH, db_settings
from usegate.tenants.store import RegistryStore

CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Summarise the delivery notes."}]}
NEW_TENANT = {"id": "acme", "name": "Acme Retail", "sector": "commercial", "country": "us"}


def admin(gw: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = kwargs.pop("headers", AUTH)
    return httpx.request(method, gw.server.url + path, headers=headers, timeout=10, **kwargs)


def chat(gw: Any, key: str) -> httpx.Response:
    return httpx.post(
        gw.base_url + "/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {key}"}, timeout=10
    )


@pytest.fixture
def gw(db_url: str, make_gateway: Any, upstream: Any) -> Any:
    return make_gateway(db_settings(db_url, upstream.url))


def raw_database_text(db_url: str, tmp_path: Path) -> bytes:
    """Everything the registry's database holds, as bytes (files, or every table's rows)."""
    if db_url.startswith("sqlite"):
        return b"".join(p.read_bytes() for p in tmp_path.glob("audit.db*"))
    import psycopg

    out = []
    with psycopg.connect(db_url) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        for (table,) in tables:
            out.append(repr(conn.execute(f"SELECT * FROM {table}").fetchall()).encode())
    return b"".join(out)


def test_a_new_tenant_gets_a_key_shown_once_and_stored_only_as_its_hash(
    gw: Any, db_url: str, tmp_path: Path
) -> None:
    created = admin(gw, "POST", "/admin/tenants", json=NEW_TENANT)
    assert created.status_code == 201, created.text
    assert created.json()["country"] == "US"
    made = admin(gw, "POST", "/admin/tenants/acme/keys", json={})
    assert made.status_code == 201, made.text
    key = made.json()["key"]
    assert key.startswith("ug_") and len(key) > 40
    assert chat(gw, key).status_code == 200  # usable at once on this gateway
    listed = admin(gw, "GET", "/admin/tenants/acme/keys").json()["data"]
    assert [k["id"] for k in listed] == [made.json()["id"]]
    assert key not in admin(gw, "GET", "/admin/tenants/acme/keys").text
    assert key not in admin(gw, "GET", "/admin/tenants/acme").text
    assert key not in admin(gw, "GET", "/admin/tenants/acme/history").text
    stored = raw_database_text(db_url, tmp_path)
    assert key.encode() not in stored
    assert hashlib.sha256(key.encode()).hexdigest().encode() in stored


def test_a_revoked_key_is_refused(gw: Any) -> None:
    admin(gw, "POST", "/admin/tenants", json=NEW_TENANT)
    made = admin(gw, "POST", "/admin/tenants/acme/keys").json()
    assert chat(gw, made["key"]).status_code == 200
    revoked = admin(gw, "DELETE", f"/admin/tenants/acme/keys/{made['id']}")
    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    assert chat(gw, made["key"]).status_code == 401
    assert admin(gw, "DELETE", "/admin/tenants/acme/keys/nokey").status_code == 404


def test_an_expired_key_is_refused(gw: Any) -> None:
    admin(gw, "POST", "/admin/tenants", json=NEW_TENANT)
    made = admin(gw, "POST", "/admin/tenants/acme/keys", json={"expires_in_seconds": 1.5}).json()
    assert made["expires"] is not None
    assert chat(gw, made["key"]).status_code == 200
    deadline = time.monotonic() + 5
    while chat(gw, made["key"]).status_code == 200:
        assert time.monotonic() < deadline, "an expired key still worked 3.5 s after its expiry"
        time.sleep(0.2)
    assert admin(gw, "GET", "/admin/tenants/acme/keys").json()["data"][0]["state"] == "expired"
    past = admin(gw, "POST", "/admin/tenants/acme/keys", json={"expires_at": "2020-01-01T00:00:00Z"})
    assert past.status_code == 400 and "in the past" in past.json()["error"]["message"]


def test_a_disabled_tenant_is_refused_and_stays_on_record(gw: Any) -> None:
    assert chat(gw, "ug-shopco-1").status_code == 200  # seeded from `tenants:`
    assert admin(gw, "DELETE", "/admin/tenants/shopco").json()["disabled"] is True
    assert chat(gw, "ug-shopco-1").status_code == 401
    assert admin(gw, "PATCH", "/admin/tenants/shopco", json={"disabled": False}).status_code == 200
    assert chat(gw, "ug-shopco-1").status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # an unknown key is named, with the keys allowed
        ({**NEW_TENANT, "sectr": "commercial"}, "`sectr`"),
        # law enforcement without le_type: C1 could never apply
        (
            {**NEW_TENANT, "sector": "law_enforcement"},
            "`le_type` is required when `sector` is `law_enforcement`",
        ),
        # a loose type is not coerced
        ({**NEW_TENANT, "integrator": "no"}, "`integrator`"),
        # keys are made by the gateway, never sent in
        ({**NEW_TENANT, "api_keys": ["k-1"]}, "`api_keys` are not accepted"),
        ({**NEW_TENANT, "country": "USA"}, "ISO 3166-1"),
        # an id no admin path could name
        ({**NEW_TENANT, "id": "acme/../x"}, "must be 1 to 128 letters"),
    ],
)
def test_create_validates_strictly(gw: Any, body: dict[str, Any], message: str) -> None:
    answer = admin(gw, "POST", "/admin/tenants", json=body)
    assert answer.status_code == 400, answer.text
    assert message in answer.json()["error"]["message"]
    assert admin(gw, "GET", "/admin/tenants/acme").status_code == 404


def test_update_validates_the_tenant_as_a_whole(gw: Any) -> None:
    answer = admin(gw, "PATCH", "/admin/tenants/shopco", json={"sector": "law_enforcement"})
    assert answer.status_code == 400
    assert "`le_type` is required" in answer.json()["error"]["message"]
    answer = admin(gw, "PATCH", "/admin/tenants/shopco", json={"integrator": "yes"})  # not coerced
    assert (
        answer.status_code == 400
        and "`integrator` must be true or false" in answer.json()["error"]["message"]
    )
    answer = admin(gw, "PATCH", "/admin/tenants/shopco", json={"colour": "red"})
    assert answer.status_code == 400 and "`colour`: unknown field" in answer.json()["error"]["message"]
    assert admin(gw, "PATCH", "/admin/tenants/nobody", json={"name": "x"}).status_code == 404


def test_changes_are_recorded_with_who_and_before_and_after(gw: Any) -> None:
    assert chat(gw, "ug-shopco-1").status_code == 200
    answer = admin(
        gw, "PATCH", "/admin/tenants/shopco", json={"sector": "law_enforcement", "le_type": "police"}
    )
    assert answer.status_code == 200, answer.text
    history = admin(gw, "GET", "/admin/tenants/shopco/history").json()["data"]
    change = history[-1]
    assert change["actor"] == "admin:ops"
    assert change["action"] == "tenant.update"
    assert change["before"] == {"sector": "commercial", "le_type": None}
    assert change["after"] == {"sector": "law_enforcement", "le_type": "police"}
    assert history[0]["actor"] == "config" and history[0]["action"] == "tenant.create"
    # and the gateway decides with the new sector: shopco is police now, a face search is refused
    face = {
        "model": "gpt-4o",
        "messages": [
            {"role": "user", "content": "Identify the suspect in this photo with facial recognition."}
        ],
    }
    refused = httpx.post(
        gw.base_url + "/chat/completions",
        json=face,
        headers={"Authorization": "Bearer ug-shopco-1"},
        timeout=30,
    )
    assert refused.status_code == 403


def test_end_customers(gw: Any) -> None:
    path = "/admin/tenants/lensco/end-customers"
    body = {"id": "cityco", "sector": "government", "country": "US"}
    assert admin(gw, "POST", path, json=body).status_code == 201
    assert admin(gw, "POST", path, json=body).status_code == 409
    bad = admin(gw, "POST", path, json={"id": "x", "sector": "law_enforcement", "country": "US"})
    assert bad.status_code == 400 and "`le_type` is required" in bad.json()["error"]["message"]
    assert [c["id"] for c in admin(gw, "GET", path).json()["data"]] == ["cityco", "spd"]
    assert admin(gw, "POST", "/admin/tenants/shopco/end-customers", json=body).status_code == 400
    assert admin(gw, "DELETE", path + "/cityco").status_code == 200
    assert admin(gw, "DELETE", path + "/cityco").status_code == 404
    actions = [c["action"] for c in admin(gw, "GET", "/admin/tenants/lensco/history").json()["data"]]
    assert actions[-2:] == ["end_customer.create", "end_customer.delete"]


@pytest.mark.parametrize(
    "headers",
    [
        {},  # none
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": f"Basic {ADMIN_TOKEN}"},
        {"Authorization": "Bearer ug-shopco-1"},  # a tenant key is not an admin token
    ],
)
def test_the_admin_token_is_required(gw: Any, headers: dict[str, str]) -> None:
    answer = admin(gw, "GET", "/admin/tenants", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "invalid_api_key"
    assert admin(gw, "POST", "/admin/tenants", headers=headers, json=NEW_TENANT).status_code == 401
    assert admin(gw, "GET", "/admin/tenants/acme").status_code == 404  # nothing was made


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/admin/tenants/", 404),  # trailing slash: not the list
        ("GET", "/admin/tenantsx", 404),
        ("GET", "/admin/tenants/shopco/keys/k/x", 404),
        ("GET", "/admin/tenants/shopco/other", 404),
        ("GET", "/admin/tenants/shopco%2Fkeys", 404),  # an encoded separator is not a separator
        ("PUT", "/admin/tenants/shopco", 405),
        ("GET", "/admin/tenants?x=1", 400),
    ],
)
def test_routes_are_exact(gw: Any, method: str, path: str, status: int) -> None:
    answer = admin(gw, method, path)
    assert answer.status_code == status, answer.text
    assert "error" in answer.json()


def test_bodies_are_bounded_and_json_objects(gw: Any) -> None:
    big = {**NEW_TENANT, "name": "x" * 70_000}
    answer = admin(gw, "POST", "/admin/tenants", json=big)
    assert answer.status_code == 413
    answer = admin(gw, "POST", "/admin/tenants", content=b"[1, 2]")
    assert answer.status_code == 400 and "JSON object" in answer.json()["error"]["message"]
    answer = admin(gw, "POST", "/admin/tenants", content=b"{nope")
    assert answer.status_code == 400


def test_without_tokens_the_admin_api_is_off_and_says_how_to_turn_it_on(
    db_url: str, make_gateway: Any, upstream: Any
) -> None:
    gw = make_gateway(db_settings(db_url, upstream.url, admin={}))
    answer = admin(gw, "GET", "/admin/tenants")
    assert answer.status_code == 404
    assert "admin: {tokens:" in answer.json()["error"]["message"]


def test_the_database_is_authoritative_once_seeded(db_url: str, upstream: Any) -> None:
    from usegate.tenants.sync import seed

    settings = db_settings(db_url, upstream.url)
    store = RegistryStore(db_url)
    seed(store, settings.tenants)
    store.update_tenant("shopco", {"name": "ShopCo (renamed)"}, "test")
    seed(store, settings.tenants)  # a second start: the config's shopco does not overwrite
    assert store.get_tenant("shopco")["name"] == "ShopCo (renamed)"
    assert sorted(t["id"] for t in store.list_tenants()) == ["lensco", "pol-nrw", "shopco", "spd"]
    assert [c["action"] for c in store.history()].count("tenant.create") == 4
    store.close()


def test_a_second_gateway_on_the_same_database_follows_by_polling(
    db_url: str, make_gateway: Any, upstream: Any
) -> None:
    """On SQLite by the version poll alone (on PostgreSQL NOTIFY wakes it sooner)."""
    a = make_gateway(db_settings(db_url, upstream.url))
    b = make_gateway(db_settings(db_url, upstream.url))
    admin(a, "POST", "/admin/tenants", json=NEW_TENANT)
    made = admin(a, "POST", "/admin/tenants/acme/keys").json()
    deadline = time.monotonic() + 5
    while chat(b, made["key"]).status_code != 200:
        assert time.monotonic() < deadline, "the new key did not reach the second gateway within 5 s"
        time.sleep(0.1)
    admin(a, "DELETE", f"/admin/tenants/acme/keys/{made['id']}")
    deadline = time.monotonic() + 5
    while chat(b, made["key"]).status_code != 401:
        assert time.monotonic() < deadline, "the revoked key still worked on the second gateway after 5 s"
        time.sleep(0.1)


def test_readyz_says_when_the_registry_cannot_be_read(gw: Any) -> None:
    from usegate.tenants.store import RegistryUnavailable

    def down() -> int:
        raise RegistryUnavailable("tenant registry unavailable: connection refused")

    gw.app.live.store.version = down
    deadline = time.monotonic() + 5
    while "registry_error" not in (ready := httpx.get(gw.server.url + "/readyz", timeout=5)).json():
        assert time.monotonic() < deadline, ready.text
        time.sleep(0.1)
    assert ready.status_code == 200  # it serves, with the tenants it has
    assert "the previous one is in use" in ready.json()["registry_error"]
    assert chat(gw, "ug-shopco-1").status_code == 200
