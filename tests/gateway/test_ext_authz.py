"""Envoy's ext_authz HTTP service (issue 12). No Envoy binary is installable here (none on
PyPI, Debian or npm), so these tests speak the protocol exactly as Envoy sends it: the
original method, the path behind `path_prefix` (query included), the always-sent headers
(Host, Authorization, Content-Length) plus `allowed_headers`, Envoy's own `x-envoy-*` and
`x-forwarded-*` headers, and the buffered body (`with_request_body`); and they check that
`examples/envoy/envoy.yaml` says what they assume."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.gateway.test_routes import recorder

ROOT = Path(__file__).resolve().parents[2]
FR_POLICE = "Who is the man in this photo? Match his face against our mugshot database."
SHOP_TEXT = "Summarise: two pallets were damaged at the loading dock."


def envoy_check(
    port: int, method: str, target: str, body: bytes = b"", key: str | None = "ug-shopco-1", **extra: str
) -> tuple[int, dict[str, str], bytes]:
    """One authorization request as Envoy's HTTP ext_authz client sends it."""
    headers = {
        "host": "openai.example",
        "content-length": str(len(body)),
        "x-envoy-expected-rq-timeout-ms": "30000",
        "x-envoy-internal": "true",
        "x-forwarded-for": "10.0.0.7",
        "x-request-id": "5c6f0f0e-8f5a-4bd8-9d6e-0a9d1a6a1e11",
        "x-envoy-auth-partial-body": "false",
        "content-type": "application/json",
    }
    if key is not None:
        headers["authorization"] = f"Bearer {key}"
    headers.update(extra)
    head = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(head.encode() + b"connection: close\r\n\r\n" + body)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    raw_head, _, payload = data.partition(b"\r\n\r\n")
    lines = raw_head.decode().split("\r\n")
    got = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split(" ")[1]), got, payload


def chat(text: str, **more: Any) -> bytes:
    return json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": text}], **more}).encode()


@pytest.fixture
def gw(make_gateway: Any, settings: Any) -> Any:
    seen, transport = recorder()
    running = make_gateway(settings, upstream=transport)
    running.seen = seen
    return running


def test_allowed_is_200_with_the_decision_id(gw: Any) -> None:
    status, headers, body = envoy_check(
        gw.server.port, "POST", "/ext_authz/v1/chat/completions", chat(SHOP_TEXT)
    )
    assert status == 200 and body == b""
    did = headers["x-usegate-decision-id"]
    record = gw.app.store.get(did)
    assert record["decision"] == "allow" and record["action"] == "authorized"
    assert record["endpoint"] == "/v1/chat/completions" and record["tenant"] == "shopco"
    assert gw.seen == []  # usegate never calls the upstream here: Envoy does


def test_police_face_recognition_is_403_as_on_the_proxy(gw: Any) -> None:
    status, headers, body = envoy_check(
        gw.server.port, "POST", "/ext_authz/v1/chat/completions", chat(FR_POLICE), key="ug-spd-1"
    )
    assert status == 403 and headers["content-type"] == "application/json"
    error = json.loads(body)["error"]
    assert error["code"] == "usage_policy_violation"
    assert "azure-openai-coc/us-police-facial-recognition" in error["clauses"]
    assert headers["x-usegate-decision-id"] == error["decision_id"]
    assert gw.app.store.get(error["decision_id"])["action"] == "refused"
    # the same request straight to the proxy: the same refusal
    p_status, _, p_body = envoy_check(
        gw.server.port, "POST", "/v1/chat/completions", chat(FR_POLICE), key="ug-spd-1"
    )
    assert p_status == 403 and json.loads(p_body)["error"]["clauses"] == error["clauses"]
    # Azure's route and header, through Envoy
    status, headers, body = envoy_check(
        gw.server.port,
        "POST",
        "/ext_authz/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21",
        chat(FR_POLICE),
        key=None,
        **{"api-key": "ug-spd-1"},
    )
    assert status == 403 and json.loads(body)["error"]["clauses"] == error["clauses"]
    assert gw.app.store.get(headers["x-usegate-decision-id"])["model"] == "gpt-4o-prod"
    assert gw.seen == []


def test_envoy_headers_count_for_nothing_and_metadata_headers_do(gw: Any) -> None:
    # an integrator's request for its police end customer: the forwarded X-Usegate header decides it
    status, _, _ = envoy_check(
        gw.server.port,
        "POST",
        "/ext_authz/v1/chat/completions",
        chat(FR_POLICE),
        key="ug-lensco-1",
        **{"x-usegate-end-customer": "spd", "x-envoy-original-path": "/v1/models"},
    )
    assert status == 403
    status, _, _ = envoy_check(
        gw.server.port,
        "POST",
        "/ext_authz/v1/chat/completions",
        chat(SHOP_TEXT),
        **{"x-envoy-original-path": "/v1/files", "x-envoy-auth-headers-to-remove": "authorization"},
    )
    assert status == 200


@pytest.mark.parametrize(
    "method,target,key,status,code",
    [
        ("POST", "/ext_authz/v1/chat/completions", "ug-nobody", 401, "invalid_api_key"),
        ("POST", "/ext_authz/v1/chat/completions", None, 401, "invalid_api_key"),
        ("GET", "/ext_authz/v1/chat/completions", "ug-shopco-1", 405, "method_not_allowed"),
        ("POST", "/ext_authz/v1/files", "ug-shopco-1", 501, "endpoint_not_supported"),
        ("POST", "/ext_authz/v1/chat/completions/", "ug-shopco-1", 404, "unknown_url"),
        ("POST", "/ext_authz/v1/chat%2Fcompletions", "ug-shopco-1", 404, "unknown_url"),
        ("GET", "/ext_authz/v1/models/%2e%2e/files", "ug-shopco-1", 404, "unknown_url"),
        ("GET", "/ext_authz/v1/models/../files", "ug-shopco-1", 404, "unknown_url"),
        ("POST", "/ext_authz%2Fv1/chat/completions", "ug-shopco-1", 404, "unknown_url"),
        ("POST", "/ext_authzv1/chat/completions", "ug-shopco-1", 404, "unknown_url"),
        ("POST", "/ext_authz", "ug-shopco-1", 404, "unknown_url"),
        ("POST", "/ext_authz/ext_authz/v1/chat/completions", "ug-shopco-1", 404, "unknown_url"),
        (
            "POST",
            "/ext_authz/openai/deployments/gpt-4o/chat/completions",
            "ug-shopco-1",
            400,
            "missing_api_version",
        ),
    ],
)
def test_only_decided_routes_are_authorized(
    gw: Any, method: str, target: str, key: str | None, status: int, code: str
) -> None:
    got, _, body = envoy_check(gw.server.port, method, target, chat(SHOP_TEXT), key=key)
    assert got == status and json.loads(body)["error"]["code"] == code
    assert gw.app.store.head()[0] == 0


def test_a_cut_body_is_never_decided(gw: Any) -> None:
    status, _, body = envoy_check(
        gw.server.port,
        "POST",
        "/ext_authz/v1/chat/completions",
        chat(SHOP_TEXT)[:40],
        **{"x-envoy-auth-partial-body": "true"},
    )
    assert status == 413 and json.loads(body)["error"]["code"] == "request_too_large"
    assert gw.app.store.head()[0] == 0


def test_example_envoy_config_says_what_usegate_expects() -> None:
    config = yaml.safe_load((ROOT / "examples/envoy/envoy.yaml").read_text())
    [listener] = config["static_resources"]["listeners"]
    hcm = listener["filter_chains"][0]["filters"][0]["typed_config"]
    ext, router = hcm["http_filters"]
    assert ext["name"] == "envoy.filters.http.ext_authz" and router["name"] == "envoy.filters.http.router"
    authz = ext["typed_config"]
    assert authz["@type"].endswith("ext_authz.v3.ExtAuthz")
    assert authz["failure_mode_allow"] is False
    assert authz["with_request_body"]["allow_partial_message"] is False
    assert 0 < authz["with_request_body"]["max_request_bytes"] <= 32 * 1024 * 1024
    patterns = authz["allowed_headers"]["patterns"]
    assert {"exact": "api-key"} in patterns and {"exact": "content-type"} in patterns
    assert {"prefix": "x-usegate-"} in patterns
    service = authz["http_service"]
    assert service["path_prefix"] == "/ext_authz"
    clusters = {c["name"] for c in config["static_resources"]["clusters"]}
    assert service["server_uri"]["cluster"] in clusters
    response = service["authorization_response"]
    assert {"exact": "x-usegate-decision-id"} in response["allowed_client_headers"]["patterns"]
    assert {"exact": "content-type"} in response["allowed_client_headers"]["patterns"]
    routes = hcm["route_config"]["virtual_hosts"][0]["routes"]
    for route in routes:  # the client's usegate key never reaches the upstream
        assert {"authorization", "api-key"} <= set(route["request_headers_to_remove"])
        assert route["route"]["cluster"] in clusters
    assert {r["match"]["prefix"] for r in routes} == {"/v1/", "/openai/"}


def envoy_bootstrap(config: dict[str, Any]) -> Any:
    """`config` read as Envoy reads a bootstrap: every field and enum checked against Envoy's
    own API definitions (the typed_config of each filter included); an unknown field raises."""
    import warnings

    with warnings.catch_warnings():  # its generated code uses a pydantic form deprecated since 2.12
        warnings.simplefilter("ignore", DeprecationWarning)
        import envoy_data_plane.envoy.extensions.filters.http.ext_authz.v3
        import envoy_data_plane.envoy.extensions.filters.http.router.v3
        import envoy_data_plane.envoy.extensions.filters.network.http_connection_manager.v3
        import envoy_data_plane.envoy.extensions.transport_sockets.tls.v3  # noqa: F401  (registers the types)
        from envoy_data_plane.envoy.config.bootstrap.v3 import Bootstrap

    return Bootstrap.from_dict(config)


def test_example_envoy_config_is_valid_for_envoy() -> None:
    config = yaml.safe_load((ROOT / "examples/envoy/envoy.yaml").read_text())
    bootstrap = envoy_bootstrap(config)
    hcm = bootstrap.to_dict()["staticResources"]["listeners"][0]["filterChains"][0]["filters"][0][
        "typedConfig"
    ]
    authz = hcm["httpFilters"][0]["typedConfig"]
    assert authz["@type"] == "type.googleapis.com/envoy.extensions.filters.http.ext_authz.v3.ExtAuthz"
    assert authz["httpService"]["pathPrefix"] == "/ext_authz"
    assert authz["withRequestBody"]["maxRequestBytes"] == 33554432
    # the check can fail: a misspelt field deep in the ext_authz filter is refused
    service = config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"][
        "http_filters"
    ][0]["typed_config"]["http_service"]
    service["path_prefx"] = service.pop("path_prefix")
    with pytest.raises(KeyError, match="path_prefx"):
        envoy_bootstrap(config)
