"""The guardrail's `usegate:` block: strict, per mode; and the caller -> tenant mapping."""

from __future__ import annotations

from typing import Any

import pytest

from usegate.exceptions import ConfigError
from usegate.integrations.settings import Caller, TenantMapping, parse_settings, tenant_of

HTTP = {"mode": "http", "url": "http://usegate:8080", "token": "t0k"}


def test_defaults_refuse_when_no_decision() -> None:
    settings = parse_settings({"mode": "in_process", "config": "usegate.yaml"})
    assert settings.on_error == "refuse"
    assert settings.review is None
    assert settings.tenants.metadata_key == "usegate_tenant"
    assert settings.tenants.default is None


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ({"mode": "in_process"}, "`config`"),  # in-process needs the usegate YAML
        ({"mode": "http", "url": "http://x"}, "`url` and `token`"),  # http needs a token
        ({**HTTP, "config": "u.yaml"}, "`config` is for `mode: in_process`"),
        ({"mode": "in_process", "config": "u.yaml", "url": "http://x"}, "`url` is for `mode: http`"),
        ({**HTTP, "url": "usegate:8080"}, "must start with http"),
        ({**HTTP, "on_error": "open"}, "on_error"),  # a typo is not a fail mode
        ({**HTTP, "timeout": "5"}, "timeout"),  # a string is not a number
        ({**HTTP, "timeout": 0}, "timeout"),
        ({**HTTP, "tenant": "spd"}, "tenant"),  # unknown key (it is `tenants`)
        ({**HTTP, "tenants": {"teams": ["t1"]}}, "tenants.teams"),  # a mapping, not a list
        ({**HTTP, "tenants": {"by_team": {}}}, "by_team"),
        ({"mode": "sidecar"}, "mode"),
        ("http", "usegate:"),
    ],
)
def test_a_bad_block_is_a_one_line_error(block: Any, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_settings(block)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_the_token_is_not_in_the_repr_and_can_come_from_the_environment() -> None:
    settings = parse_settings({**HTTP, "token": "os.environ/DECISION_TOKEN"})
    assert "os.environ" not in repr(settings)
    assert settings.secret_token({"DECISION_TOKEN": "s3cret"}) == "s3cret"
    with pytest.raises(ConfigError, match="`DECISION_TOKEN` is not set"):
        settings.secret_token({})
    assert "t0k" not in repr(parse_settings(HTTP))


MAPPING = TenantMapping(key_aliases={"spd-reports": "spd"}, teams={"team-shop": "shopco"}, default=None)


@pytest.mark.parametrize(
    ("caller", "tenant"),
    [
        # the key's metadata wins over everything
        (
            Caller(key_metadata={"usegate_tenant": "pol-nrw"}, key_alias="spd-reports", team_id="team-shop"),
            "pol-nrw",
        ),
        # then the team's metadata
        (Caller(team_metadata={"usegate_tenant": "lensco"}, key_alias="spd-reports"), "lensco"),
        # then the key alias, then the team id
        (Caller(key_alias="spd-reports", team_id="team-shop"), "spd"),
        (Caller(team_id="team-shop"), "shopco"),
        # blank or non-string metadata does not count
        (Caller(key_metadata={"usegate_tenant": " "}, team_id="team-shop"), "shopco"),
        (Caller(key_metadata={"usegate_tenant": ["spd"]}), None),
        # nothing maps: no default, no tenant
        (Caller(key_alias="other", team_id="other"), None),
    ],
)
def test_tenant_of_first_match_wins(caller: Caller, tenant: str | None) -> None:
    assert tenant_of(MAPPING, caller) == tenant


def test_the_default_catches_everyone_else_and_the_metadata_key_is_configurable() -> None:
    mapping = TenantMapping(metadata_key="org", default="spd")
    assert tenant_of(mapping, Caller()) == "spd"
    assert tenant_of(mapping, Caller(key_metadata={"org": "shopco", "usegate_tenant": "x"})) == "shopco"


def test_keys_can_be_left_out_where_callers_make_their_own_keys() -> None:
    mapping = TenantMapping(from_keys=False, key_aliases={"mine": "shopco"}, teams={"t-spd": "spd"})
    caller = Caller(key_metadata={"usegate_tenant": "shopco"}, key_alias="mine", team_id="t-spd")
    assert tenant_of(mapping, caller) == "spd"
    assert tenant_of(mapping, Caller(key_alias="mine")) is None
    assert tenant_of(mapping, Caller(key_metadata={"usegate_tenant": "shopco"})) is None
    assert tenant_of(mapping, Caller(team_metadata={"usegate_tenant": "pol-nrw"})) == "pol-nrw"
