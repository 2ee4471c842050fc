"""The tenant registry ("who", SPEC §2): tenants by id and by API key.

The YAML shape is the gateway config's `tenants:` list (a file may also be a bare
list, or a mapping with a `tenants:` key). API keys are kept only as SHA-256
hashes. Must not evaluate policy.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from usegate.exceptions import CaseError, ConfigError
from usegate.request.case import Tenant
from usegate.request.parse import tenant_from_json


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass
class Registry:
    """Tenants by id, and by the hash of each API key."""

    tenants: dict[str, Tenant] = field(default_factory=dict)
    key_hashes: dict[str, str] = field(default_factory=dict)  # sha256(key) -> tenant id

    @classmethod
    def from_records(cls, records: Iterable[Any], *, where: str = "tenants") -> Registry:
        reg = cls()
        for i, record in enumerate(records):
            here = f"{where}[{i}]"
            try:
                tenant = tenant_from_json(record, where=here)
            except CaseError as exc:
                raise ConfigError(str(exc)) from exc
            if tenant.id in reg.tenants:
                raise ConfigError(f"{here}: tenant id `{tenant.id}` is used twice")
            reg.tenants[tenant.id] = tenant
            keys = list(record.get("api_keys") or []) if isinstance(record, Mapping) else []
            for key in keys:
                digest = hash_key(str(key))
                if digest in reg.key_hashes:
                    raise ConfigError(
                        f"{here}: an api key of `{tenant.id}` is already given to another tenant"
                    )
                reg.key_hashes[digest] = tenant.id
            for digest in (record.get("api_key_hashes") or []) if isinstance(record, Mapping) else []:
                reg.key_hashes[str(digest).lower()] = tenant.id
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
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read registry `{p}`: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"registry `{p}` is not valid YAML: {exc}") from exc
    if isinstance(data, Mapping):
        data = data.get("tenants")
    if not isinstance(data, list):
        raise ConfigError(f"registry `{p}`: expected a list of tenants or a `tenants:` list")
    return Registry.from_records(data, where=f"{p.name}: tenants")
