"""The guardrail's pre-call hook, called as LiteLLM's proxy calls it (a real
`UserAPIKeyAuth`, the request `data` as the proxy builds it), with a recording decider
in place of usegate (the real deciders are tested in test_deciders.py and, inside a
real proxy, in test_litellm_proxy.py)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi import HTTPException
from litellm.proxy._types import UserAPIKeyAuth

from usegate.exceptions import ConfigError, DecisionServiceError
from usegate.integrations.deciders import DecideRequest, Verdict
from usegate.integrations.litellm import UsegateGuardrail, declared_headers, openai_body

DENY = Verdict(
    "d" * 32,
    "deny",
    "refuse",
    "azure-openai-coc@2024-05-01",
    ("azure-openai-coc/us-police-facial-recognition",),
)
ALLOW = Verdict("a" * 32, "allow", "forward", "azure-openai-coc@2024-05-01", ())
REVIEW_REFUSED = Verdict("r" * 32, "review", "refuse", "azure-openai-coc@2024-05-01", ("azure-openai-coc/x",))
REVIEW_FORWARDED = Verdict("f" * 32, "review", "forward", "azure-openai-coc@2024-05-01", ())


class Recording:
    """A decision client that answers `verdict` (or raises `error`) and keeps the requests."""

    def __init__(self, verdict: Verdict = ALLOW, error: Exception | None = None) -> None:
        self.verdict = verdict
        self.error = error
        self.requests: list[DecideRequest] = []

    async def decide(self, request: DecideRequest) -> Verdict:
        self.requests.append(request)
        if self.error is not None:
            raise self.error
        return self.verdict

    async def aclose(self) -> None:
        pass


def guard(client: Recording, **usegate: Any) -> UsegateGuardrail:
    block = {"mode": "http", "url": "http://usegate:8080", "token": "t", **usegate}
    return UsegateGuardrail(usegate=block, client=client, guardrail_name="usegate", event_hook="pre_call")


def request_data(text: str = "hello", **extra: Any) -> dict[str, Any]:
    """`data` as LiteLLM's proxy hands it to a pre-call hook (trimmed)."""
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": text}], **extra}
    return {
        **body,
        "metadata": {
            **(extra.get("metadata") or {}),
            "headers": {"x-usegate-capture-mode": "live"},
            "user_api_key_hash": "abc",
            "user_api_key_alias": None,
        },
        "litellm_call_id": "call-1",
        "proxy_server_request": {
            "url": "http://proxy/v1/chat/completions",
            "method": "POST",
            "headers": {
                "host": "proxy",
                "authorization": "Bearer sk-...",
                "x-usegate-capture-mode": "live",
                "X-Usegate-Capture-Device": "body_worn",
            },
            "body": {**body, "metadata": {**(extra.get("metadata") or {}), "headers": {"host": "proxy"}}},
        },
    }


def run(
    g: UsegateGuardrail, key: UserAPIKeyAuth, data: dict[str, Any], call_type: str = "acompletion"
) -> Any:
    return asyncio.run(
        g.async_pre_call_hook(user_api_key_dict=key, cache=None, data=data, call_type=call_type)
    )


def test_deny_is_a_403_naming_the_clauses_and_the_decision_id() -> None:
    client = Recording(DENY)
    with pytest.raises(HTTPException) as err:
        run(guard(client, tenants={"default": "spd"}), UserAPIKeyAuth(api_key="sk-1"), request_data())
    assert err.value.status_code == 403
    error = err.value.detail["error"]
    assert error["code"] == "usage_policy_violation"
    assert error["decision_id"] == "d" * 32
    assert error["clauses"] == ["azure-openai-coc/us-police-facial-recognition"]
    assert "azure-openai-coc/us-police-facial-recognition" in error["message"]
    assert f"decision_id `{'d' * 32}`" in error["message"]


def test_allow_goes_on_with_the_decision_id_in_the_metadata() -> None:
    data = request_data()
    out = run(guard(Recording(ALLOW), tenants={"default": "spd"}), UserAPIKeyAuth(api_key="sk-1"), data)
    assert out["messages"] == data["messages"]
    assert out["metadata"]["usegate_decision_id"] == "a" * 32


@pytest.mark.parametrize(
    ("verdict", "review", "refused"),
    [
        (REVIEW_REFUSED, None, True),  # as usegate is configured
        (REVIEW_FORWARDED, None, False),
        (REVIEW_FORWARDED, "refuse", True),  # the guardrail's own `review:` wins
        (REVIEW_REFUSED, "allow", False),
        (DENY, "allow", True),  # `review: allow` never lets a deny through
    ],
)
def test_review_follows_the_configured_action(verdict: Verdict, review: str | None, refused: bool) -> None:
    g = guard(Recording(verdict), review=review, tenants={"default": "spd"})
    if not refused:
        run(g, UserAPIKeyAuth(api_key="sk-1"), request_data())
        return
    with pytest.raises(HTTPException) as err:
        run(g, UserAPIKeyAuth(api_key="sk-1"), request_data())
    assert err.value.status_code == 403
    expected = "usage_policy_violation" if verdict.decision == "deny" else "usage_policy_review"
    assert err.value.detail["error"]["code"] == expected


@pytest.mark.parametrize(
    ("key", "tenant"),
    [
        (UserAPIKeyAuth(api_key="sk-1", metadata={"usegate_tenant": "pol-nrw"}, team_id="t-shop"), "pol-nrw"),
        (UserAPIKeyAuth(api_key="sk-1", team_metadata={"usegate_tenant": "lensco"}), "lensco"),
        (UserAPIKeyAuth(api_key="sk-1", key_alias="spd-reports"), "spd"),
        (UserAPIKeyAuth(api_key="sk-1", team_id="t-shop"), "shopco"),
    ],
)
def test_the_caller_is_mapped_from_what_the_proxy_operator_set(key: UserAPIKeyAuth, tenant: str) -> None:
    client = Recording(ALLOW)
    g = guard(client, tenants={"key_aliases": {"spd-reports": "spd"}, "teams": {"t-shop": "shopco"}})
    run(g, key, request_data())
    assert client.requests[0].tenant == tenant


def test_a_caller_mapped_to_no_tenant_is_refused_undecided() -> None:
    client = Recording(ALLOW)
    with pytest.raises(HTTPException) as err:
        run(guard(client), UserAPIKeyAuth(api_key="sk-1"), request_data())
    assert err.value.status_code == 403
    assert err.value.detail["error"]["code"] == "usegate_no_tenant"
    assert client.requests == []


def test_the_request_body_cannot_choose_the_tenant() -> None:
    """A client writing `usegate_tenant` into its own request metadata is still the tenant
    its key maps to (a police key cannot pass as a retailer)."""
    client = Recording(ALLOW)
    key = UserAPIKeyAuth(api_key="sk-1", metadata={"usegate_tenant": "spd"})
    run(guard(client), key, request_data(metadata={"usegate_tenant": "shopco"}))
    assert client.requests[0].tenant == "spd"
    with pytest.raises(HTTPException):  # and with no mapping, it does not make one
        run(
            guard(client), UserAPIKeyAuth(api_key="sk-2"), request_data(metadata={"usegate_tenant": "shopco"})
        )


@pytest.mark.parametrize(
    ("on_error", "error", "status"),
    [
        ("refuse", DecisionServiceError("timed out", transient=True), 503),
        ("allow", DecisionServiceError("unknown tenant", transient=False), 403),  # not an outage
    ],
)
def test_no_decision_is_refused(on_error: str, error: Exception, status: int) -> None:
    g = guard(Recording(error=error), on_error=on_error, tenants={"default": "spd"})
    with pytest.raises(HTTPException) as err:
        run(g, UserAPIKeyAuth(api_key="sk-1"), request_data())
    assert err.value.status_code == status
    assert err.value.detail["error"]["code"] == "usegate_unavailable"


def test_on_error_allow_forwards_through_an_outage_and_says_so() -> None:
    g = guard(
        Recording(error=DecisionServiceError("timed out", transient=True)),
        on_error="allow",
        tenants={"default": "spd"},
    )
    out = run(g, UserAPIKeyAuth(api_key="sk-1"), request_data())
    assert out["metadata"]["usegate_decision"] == "unavailable"
    assert out["metadata"]["usegate_decision_id"] is None


@pytest.mark.parametrize(
    ("call_type", "endpoint"),
    [
        ("acompletion", "/v1/chat/completions"),
        ("aembedding", "/v1/embeddings"),
        ("aresponses", "/v1/responses"),
        ("aimage_generation", "/v1/images/generations"),
        ("atext_completion", "/v1/completions"),
        ("pass_through_endpoint", "/v1/chat/completions"),  # anything else: read as a chat body
    ],
)
def test_call_types_map_to_the_endpoint_decided(call_type: str, endpoint: str) -> None:
    client = Recording(ALLOW)
    run(guard(client, tenants={"default": "spd"}), UserAPIKeyAuth(api_key="sk-1"), request_data(), call_type)
    assert client.requests[0].endpoint == endpoint


def test_the_body_decided_is_the_clients_as_it_will_be_sent() -> None:
    data = request_data("original", metadata={"capture_device": "body_worn", "case_note": "night shift"})
    data["messages"] = [{"role": "user", "content": "rewritten by an earlier guardrail"}]
    body = openai_body(data)
    assert body["messages"] == [{"role": "user", "content": "rewritten by an earlier guardrail"}]
    assert body["model"] == "gpt-4o"
    # the client's metadata, without what LiteLLM added to it
    assert body["metadata"] == {"capture_device": "body_worn", "case_note": "night shift"}
    assert "litellm_call_id" not in body and "proxy_server_request" not in body


def test_only_usegate_declarations_are_passed_on_never_credentials() -> None:
    assert declared_headers(request_data()) == {
        "x-usegate-capture-mode": "live",
        "x-usegate-capture-device": "body_worn",
    }
    assert declared_headers({"messages": []}) == {}


@pytest.mark.parametrize("key", ["api_base", "api_key"])
def test_litellms_generic_api_fields_are_refused_not_ignored(key: str) -> None:
    with pytest.raises(ConfigError, match="usegate.url"):
        UsegateGuardrail(
            usegate={"mode": "http", "url": "http://u", "token": "t"}, client=Recording(), **{key: "x"}
        )


def test_a_bad_usegate_block_fails_at_start() -> None:
    with pytest.raises(ConfigError, match="on_error"):
        UsegateGuardrail(usegate={"mode": "http", "url": "http://u", "token": "t", "on_error": "open"})
    with pytest.raises(ConfigError, match="usegate:"):
        UsegateGuardrail()


def test_the_example_proxy_config_names_this_guardrail_with_a_valid_block() -> None:
    import importlib
    from pathlib import Path

    import yaml

    from usegate import config
    from usegate.integrations.settings import parse_settings

    root = Path(__file__).resolve().parents[2]
    proxy = yaml.safe_load((root / "examples" / "litellm" / "config.yaml").read_text(encoding="utf-8"))
    (entry,) = proxy["guardrails"]
    params = entry["litellm_params"]
    assert (params["mode"], params["default_on"]) == ("pre_call", True)
    module, _, name = params["guardrail"].rpartition(".")
    assert getattr(importlib.import_module(module), name) is UsegateGuardrail
    settings = parse_settings(params["usegate"])
    assert settings.on_error == "refuse"
    assert settings.config is not None
    assert {t.id for t in config.load(root / settings.config, {}).tenants} >= {"spd", "shopco"}


@pytest.mark.parametrize("mode", ["during_call", "post_call"])
def test_only_pre_call_mode_is_accepted(mode: str) -> None:
    """In `during_call` the upstream would get the request while it is being decided."""
    with pytest.raises(ValueError, match="pre_call"):
        UsegateGuardrail(
            usegate={"mode": "http", "url": "http://u", "token": "t"}, client=Recording(), event_hook=mode
        )
