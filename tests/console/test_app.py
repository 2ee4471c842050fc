"""The console over HTTP (no browser): authentication, CSRF, escaping, exact routing,
and the pages' content over a small log written by the gateway."""

from __future__ import annotations

from typing import Any

import httpx

from tests.console.conftest import FR_BODY, chat, csrf_of, login


def test_every_console_route_needs_a_session(console_gateway: Any) -> None:
    base = console_gateway.server.url
    for path in (
        "/console/",
        "/console/decisions",
        "/console/reviews",
        "/console/replay",
        "/console/decisions/" + "a" * 32,
    ):
        r = httpx.get(base + path)
        assert r.status_code == 303 and r.headers["location"].startswith("/console/login?next="), path
    r = httpx.post(base + "/console/reviews/" + "a" * 32, data={"verdict": "approved"})
    assert r.status_code == 303 and "/console/login" in r.headers["location"]
    assert httpx.get(base + "/console").status_code == 307
    # exact routing: nothing served outside the routes
    assert httpx.get(base + "/consolex").status_code == 404
    assert httpx.get(base + "/console/nothing-here").status_code == 404


def test_tenant_keys_and_wrong_passwords_do_not_log_in(console_gateway: Any) -> None:
    base = console_gateway.server.url
    client = httpx.Client(base_url=base)
    page = client.get("/console/login")
    assert page.status_code == 200
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
    token = csrf_of(page.text)
    r = client.post("/console/login", data={"csrf": token, "username": "alice", "password": "ug-spd-1"})
    assert r.status_code == 401 and "wrong name or password" in r.text
    # a tenant key as a bearer token is no console credential
    r = httpx.get(base + "/console/", headers={"Authorization": "Bearer ug-spd-1"})
    assert r.status_code == 303
    # the login form's own token is required
    r = httpx.post(
        base + "/console/login", data={"csrf": "x", "username": "alice", "password": "correct horse battery"}
    )
    assert r.status_code == 403


def test_forms_need_the_session_csrf_token(console_gateway: Any) -> None:
    did = chat(console_gateway, "ug-lensco-1").json()["error"]["decision_id"]
    client = login(console_gateway)
    r = client.post(f"/console/reviews/{did}", data={"verdict": "approved", "note": "x"})
    assert r.status_code == 403
    r = client.post(f"/console/reviews/{did}", data={"verdict": "approved", "csrf": "wrong"})
    assert r.status_code == 403
    page = client.get("/console/reviews")
    assert did in page.text
    r = client.post(
        f"/console/reviews/{did}", data={"verdict": "approved", "note": "ok", "csrf": csrf_of(page.text)}
    )
    assert r.status_code == 303
    page = client.get("/console/reviews")
    assert "alice" in page.text  # the verdict's reviewer is the session's admin
    # security headers on every page
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"


def test_pages_show_the_log_and_escape_it(console_gateway: Any) -> None:
    hostile = {
        "model": "<script>alert(1)</script>",
        "messages": [{"role": "user", "content": "hello <b>there</b>"}],
    }
    assert chat(console_gateway, "ug-shopco-1", hostile).status_code == 200
    denied = chat(console_gateway, "ug-spd-1").json()["error"]["decision_id"]
    queued = chat(console_gateway, "ug-lensco-1").json()["error"]["decision_id"]
    client = login(console_gateway)

    overview = client.get("/console/")
    assert overview.status_code == 200 and "<svg" in overview.text and "chain intact" in overview.text

    found = client.get("/console/decisions", params={"decision": "deny"})
    assert denied in found.text and queued not in found.text
    found = client.get("/console/decisions", params={"tenant": "lensco"})
    assert queued in found.text and denied not in found.text
    found = client.get(
        "/console/decisions",
        params={"clause": "azure-openai-coc/us-police-facial-recognition", "decision": "deny"},
    )
    assert denied in found.text
    assert (
        client.get("/console/decisions", params={"id": denied}).headers["location"]
        == f"/console/decisions/{denied}"
    )
    assert "not a decision id" in client.get("/console/decisions", params={"id": "<x>"}).text
    assert "cannot read the time" in client.get("/console/decisions", params={"since": "yesterday"}).text

    page = client.get(f"/console/decisions/{denied}")
    assert page.status_code == 200
    assert "No facial recognition by or for US police departments" in page.text  # the clause title
    assert "Azure OpenAI Service code of conduct" in page.text  # its source
    assert "#2" in page.text  # chain position
    assert "facial_recognition" in page.text

    allowed = client.get("/console/decisions", params={"tenant": "shopco"}).text
    did = allowed.split("/console/decisions/", 1)[1].split('"', 1)[0]
    page = client.get(f"/console/decisions/{did}")
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
    assert client.get("/console/decisions/" + "0" * 32).status_code == 404


def test_pagination_walks_the_whole_result(console_gateway: Any, monkeypatch: Any) -> None:
    for i in range(7):
        chat(
            console_gateway,
            "ug-shopco-1",
            {**FR_BODY, "user": str(i), "messages": [{"role": "user", "content": f"hi {i}"}]},
        )
    client = login(console_gateway)
    import usegate.console.app as app_module

    original = app_module.Query

    def small(**kw: Any) -> Any:
        kw["limit"] = 3
        return original(**kw)

    monkeypatch.setattr(app_module, "Query", small)
    seen: list[str] = []
    url = "/console/decisions?tenant=shopco"
    while url:
        page = client.get(url).text
        seen += [part.split('"', 1)[0] for part in page.split('href="/console/decisions/')[1:]]
        if 'id="older"' in page:
            url = page.split('" id="older"', 1)[0].rsplit('href="', 1)[1].replace("&amp;", "&")
        else:
            url = None
    assert len(seen) == 7 and len(set(seen)) == 7


def test_no_console_without_admin_users(gateway: Any) -> None:
    r = httpx.get(gateway.server.url + "/console/login")
    assert r.status_code == 404 and r.json()["error"]["code"] == "unknown_url"


def test_hash_password_command() -> None:
    from click.testing import CliRunner

    from usegate.cli import main
    from usegate.console.passwords import check_password

    out = CliRunner().invoke(main, ["console", "hash-password"], input="s3cret-pass\ns3cret-pass\n")
    assert out.exit_code == 0
    assert check_password("s3cret-pass", out.output.strip().splitlines()[-1])
    short = CliRunner().invoke(main, ["console", "hash-password", "--password", "short"])
    assert short.exit_code == 1 and "at least 8 characters" in short.output


def test_repeated_failures_lock_the_name_out(console_gateway: Any) -> None:
    client = httpx.Client(base_url=console_gateway.server.url)
    for _ in range(5):
        page = client.get("/console/login")
        r = client.post(
            "/console/login", data={"csrf": csrf_of(page.text), "username": "alice", "password": "guess"}
        )
        assert r.status_code == 401
    page = client.get("/console/login")
    r = client.post(
        "/console/login",
        data={"csrf": csrf_of(page.text), "username": "alice", "password": "correct horse battery"},
    )
    assert r.status_code == 429 and "too many failed logins" in r.text


def test_logout_needs_the_token_and_ends_the_session(console_gateway: Any) -> None:
    client = login(console_gateway)
    page = client.get("/console/")
    assert client.post("/console/logout", data={"csrf": "nope"}).status_code == 403
    r = client.post("/console/logout", data={"csrf": csrf_of(page.text)})
    assert r.status_code == 303 and r.headers["location"] == "/console/login"
    assert client.get("/console/").status_code == 303


def test_index_command_builds_the_index_ahead(console_gateway: Any, tmp_path: Any) -> None:
    import yaml
    from click.testing import CliRunner

    from usegate.cli import main

    chat(console_gateway, "ug-spd-1")
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"audit": {"url": console_gateway.settings.audit.url}}))
    out = CliRunner().invoke(main, ["console", "index", "--config", str(config)])
    assert out.exit_code == 0 and "indexed 1 new records" in out.output
    again = CliRunner().invoke(main, ["console", "index", "--config", str(config)])
    assert "indexed 0 new records" in again.output
