"""The guardrail's settings (the `usegate:` block of a proxy's guardrail entry), validated
strictly, and who the proxy's caller is in usegate's tenant registry.

    usegate:
      mode: in_process            # or http
      config: /etc/usegate/usegate.yaml   # in_process: the usegate YAML (tenants, packs, review)
      url: http://usegate:8080    # http: the usegate gateway that answers POST /v1/usegate/decide
      token: os.environ/DECISION_TOKEN    # http: its decision-service token
      timeout: 5                  # http: seconds for one decision
      on_error: refuse            # refuse (default) or allow when no decision could be had
      review: null                # refuse or allow a `review`; null: as usegate is configured
      tenants:                    # the caller -> usegate tenant id (first match wins)
        metadata_key: usegate_tenant   # 1. the key's metadata, 2. the team's metadata
        from_keys: true           # false: skip 1 and 3 (where callers make their own keys)
        key_aliases: {}           # 3. key alias -> tenant id
        teams: {}                 # 4. team id -> tenant id
        default: null             # 5. everyone else (null: refused)

Unknown keys and loose types are errors that name the key. Loads nothing, opens nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Strict, TypeAdapter, ValidationError, model_validator

from usegate.config import Bool, PositiveFloat, Str, section
from usegate.config_errors import describe
from usegate.exceptions import ConfigError

ENV_PREFIX = "os.environ/"
StrMap = Annotated[dict[Str, Str], Strict()]


def _none_to_empty(value: Any) -> Any:
    return {} if value is None else value


@section
class TenantMapping:
    """Where the caller's usegate tenant id comes from. Only what the proxy's operator set
    counts (the key's and team's metadata, their alias and id), never the request body."""

    metadata_key: Str = "usegate_tenant"
    #: the key's own metadata and alias count (false where callers make their own keys, and
    #: so set both): then only the team's metadata, the team map and the default do
    from_keys: Bool = True
    key_aliases: Annotated[StrMap, BeforeValidator(_none_to_empty)] = field(default_factory=dict)
    teams: Annotated[StrMap, BeforeValidator(_none_to_empty)] = field(default_factory=dict)
    default: Str | None = None


@section
class GuardSettings:
    mode: Literal["in_process", "http"]
    config: Str | None = None
    url: Str | None = None
    token: Str | None = field(default=None, repr=False)
    timeout: PositiveFloat = 5.0
    on_error: Literal["refuse", "allow"] = "refuse"
    review: Literal["refuse", "allow"] | None = None
    #: in_process: decide in a worker thread when the request holds this many characters
    thread_chars: Annotated[int, Strict()] = 200_000
    #: in_process: evaluate the packs for every registered tenant at start (slower start)
    warm: Bool = True
    tenants: TenantMapping = field(default_factory=TenantMapping)

    @model_validator(mode="after")
    def _by_mode(self) -> GuardSettings:
        if self.mode == "in_process":
            if self.config is None:
                raise ValueError("`config` (the usegate YAML with the tenants) is required for `in_process`")
            extra = [k for k in ("url", "token") if getattr(self, k) is not None]
            if extra:
                raise ValueError(f"`{extra[0]}` is for `mode: http`, not `in_process`")
        else:
            if self.url is None or self.token is None:
                raise ValueError("`url` and `token` (a decision-service token) are required for `http`")
            if not self.url.startswith(("http://", "https://")):
                raise ValueError(f"`url` `{self.url}` must start with http:// or https://")
            if self.config is not None:
                raise ValueError("`config` is for `mode: in_process`, not `http`")
        return self

    def secret_token(self, environ: Mapping[str, str] | None = None) -> str:
        """The decision-service token, read from the environment when given as
        `os.environ/NAME` (a ConfigError when that variable is unset)."""
        token = self.token or ""
        if token.startswith(ENV_PREFIX):
            name = token[len(ENV_PREFIX) :]
            value = (os.environ if environ is None else environ).get(name)
            if not value:
                raise ConfigError(f"usegate guardrail: `token`: environment variable `{name}` is not set")
            return value
        return token


_ADAPTER = TypeAdapter(GuardSettings)


def parse_settings(data: Any) -> GuardSettings:
    """Validate the `usegate:` block, or raise a one-line `ConfigError`."""
    if isinstance(data, GuardSettings):
        return data
    if not isinstance(data, Mapping):
        raise ConfigError("usegate guardrail: expected a `usegate:` mapping with at least `mode`")
    try:
        return _ADAPTER.validate_python(dict(data))
    except ValidationError as exc:
        raise ConfigError(describe(exc, prefix="usegate", root=GuardSettings)) from None


@dataclass(frozen=True)
class Caller:
    """Who called the proxy, as the proxy's operator configured them."""

    key_metadata: Mapping[str, Any] = field(default_factory=dict)
    team_metadata: Mapping[str, Any] = field(default_factory=dict)
    key_alias: str | None = None
    team_id: str | None = None


def tenant_of(mapping: TenantMapping, caller: Caller) -> str | None:
    """The usegate tenant id of `caller`, or None when nothing maps it (first match wins:
    key metadata, team metadata, key alias, team id, default)."""
    sources = (caller.key_metadata, caller.team_metadata) if mapping.from_keys else (caller.team_metadata,)
    for meta in sources:
        found = meta.get(mapping.metadata_key) if isinstance(meta, Mapping) else None
        if isinstance(found, str) and found.strip():
            return found.strip()
    if mapping.from_keys and caller.key_alias is not None and caller.key_alias in mapping.key_aliases:
        return mapping.key_aliases[caller.key_alias]
    if caller.team_id is not None and caller.team_id in mapping.teams:
        return mapping.teams[caller.team_id]
    return mapping.default
