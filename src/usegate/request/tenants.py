"""The tenant registry ("who", SPEC §2): tenants by id and by API key.

The YAML shape is the gateway config's `tenants:` list (a file may also be a bare
list, or a mapping with a `tenants:` key). Every record is validated strictly
(`TenantConfig`): unknown keys, loose types (`integrator: "no"`, `api_keys: k1`), a
law-enforcement tenant without `le_type`, a malformed key hash and a key or hash
given to two tenants are errors, never guesses. API keys are kept only as SHA-256
hashes. Must not evaluate policy.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Strict, StringConstraints, model_validator
from pydantic import dataclasses as pydantic_dataclasses

from usegate.exceptions import ConfigError
from usegate.request.case import Tenant

_STRICT = ConfigDict(extra="forbid")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _list_to_tuple(value: Any) -> Any:
    """YAML gives lists; the settings keep tuples (a string stays a string, and fails)."""
    return tuple(value) if isinstance(value, list) else value


def _country(value: str) -> str:
    code = value.upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise ValueError(f"country `{value}` is not an ISO 3166-1 alpha-2 code")
    return code


def _key_hash(value: str) -> str:
    digest = value.lower()
    if not _HEX64.fullmatch(digest):
        raise ValueError("an api key hash must be 64 hex digits (sha256 of the key)")
    return digest


Name = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, min_length=1)]
Names = Annotated[tuple[Name, ...], BeforeValidator(_list_to_tuple), Strict()]
Country = Annotated[str, Strict(), AfterValidator(_country)]
KeyHash = Annotated[str, Strict(), AfterValidator(_key_hash)]
Sector = Literal["law_enforcement", "government", "commercial", "nonprofit", "academic", "individual"]
LeType = Literal[
    "police", "federal_investigative", "border_immigration", "corrections", "prosecution", "other"
]
StrictBool = Annotated[bool, Strict()]


@pydantic_dataclasses.dataclass(frozen=True, config=_STRICT)
class EndCustomerConfig:
    """An organisation an integrator serves (same fields as a tenant, no keys)."""

    id: Name
    sector: Sector
    country: Country
    name: Name | None = None
    le_type: LeType | None = None

    @model_validator(mode="after")
    def _rules(self) -> EndCustomerConfig:
        _check_le_type(self.sector, self.le_type)
        return self

    def tenant(self) -> Tenant:
        return Tenant(self.id, self.name or self.id, self.sector, self.country, self.le_type)


@pydantic_dataclasses.dataclass(frozen=True, config=_STRICT)
class TenantConfig:
    """One `tenants:` entry."""

    id: Name
    sector: Sector
    country: Country
    name: Name | None = None
    le_type: LeType | None = None
    integrator: StrictBool = False
    end_customers: Annotated[tuple[EndCustomerConfig, ...], BeforeValidator(_list_to_tuple), Strict()] = ()
    api_keys: Names = ()
    api_key_hashes: Annotated[tuple[KeyHash, ...], BeforeValidator(_list_to_tuple), Strict()] = ()

    @model_validator(mode="after")
    def _rules(self) -> TenantConfig:
        _check_le_type(self.sector, self.le_type)
        if self.end_customers and not self.integrator:
            raise ValueError("`end_customers` needs `integrator: true`")
        seen: set[str] = set()
        for customer in self.end_customers:
            if customer.id in seen:
                raise ValueError(f"end customer id `{customer.id}` is used twice")
            seen.add(customer.id)
        return self

    def tenant(self) -> Tenant:
        return Tenant(
            self.id,
            self.name or self.id,
            self.sector,
            self.country,
            self.le_type,
            self.integrator,
            tuple(c.tenant() for c in self.end_customers),
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _check_le_type(sector: str, le_type: str | None) -> None:
    if sector == "law_enforcement" and le_type is None:
        # without it "police" can never hold, so C1 could never apply: say so at start
        raise ValueError("`le_type` is required when `sector` is `law_enforcement`")
    if sector != "law_enforcement" and le_type is not None:
        raise ValueError(f"`le_type` is only for `sector: law_enforcement`, not `{sector}`")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def tenant_config(record: Any, where: str = "tenants[0]") -> TenantConfig:
    """Validate one registry record (a mapping or a `TenantConfig`), or raise `ConfigError`."""
    if isinstance(record, TenantConfig):
        return record
    from pydantic import TypeAdapter, ValidationError

    from usegate.config_errors import describe

    try:
        return TypeAdapter(TenantConfig).validate_python(record)
    except ValidationError as exc:
        raise ConfigError(describe(exc, prefix=where, root=TenantConfig)) from None


@dataclass
class Registry:
    """Tenants by id, and by the hash of each API key."""

    tenants: dict[str, Tenant] = field(default_factory=dict)
    key_hashes: dict[str, str] = field(default_factory=dict)  # sha256(key) -> tenant id

    @classmethod
    def from_records(cls, records: Iterable[Any], *, where: str = "tenants") -> Registry:
        """Build from validated `TenantConfig`s (or raw mappings, validated here). A tenant id,
        key or key hash used twice is a `ConfigError` that names both tenants, never the key."""
        reg = cls()
        for i, record in enumerate(records):
            here = f"{where}[{i}]"
            config = tenant_config(record, here)
            tenant = config.tenant()
            if tenant.id in reg.tenants:
                raise ConfigError(f"`{here}.id`: tenant id `{tenant.id}` is used twice", ("tenants", i, "id"))
            reg.tenants[tenant.id] = tenant
            digests = [(hash_key(k), "api_keys", j) for j, k in enumerate(config.api_keys)]
            digests += [(d, "api_key_hashes", j) for j, d in enumerate(config.api_key_hashes)]
            for digest, key, j in digests:
                owner = reg.key_hashes.get(digest)
                if owner is not None:
                    whose = "this tenant" if owner == tenant.id else f"tenant `{owner}`"
                    raise ConfigError(
                        f"`{here}.{key}[{j}]`: this api key is already given to {whose}: "
                        "a key must name exactly one tenant",
                        ("tenants", i, key, j),
                    )
                reg.key_hashes[digest] = tenant.id
        return reg

    def by_id(self, tenant_id: str) -> Tenant | None:
        return self.tenants.get(tenant_id)

    def by_key(self, key: str) -> Tenant | None:
        digest = hash_key(key)
        tenant_id = self.key_hashes.get(digest)
        if tenant_id is None:
            return None
        # constant-time confirmation of the match (the dict lookup already found it)
        for known in (digest,):
            if hmac.compare_digest(known, digest):
                return self.tenants.get(tenant_id)
        return None


def load_registry(path: str | Path) -> Registry:
    """Read a registry YAML file (a list of tenants, or `{tenants: [...]}`)."""
    from usegate.config_errors import read_yaml

    p = Path(path)
    data = read_yaml(p, what="registry")
    if isinstance(data, Mapping):
        data = data.get("tenants")
    if not isinstance(data, list):
        raise ConfigError(f"registry `{p}`: expected a list of tenants or a `tenants:` list")
    try:
        return Registry.from_records(data)
    except ConfigError as exc:
        raise ConfigError(f"registry `{p}`: {exc}") from None
