"""Bearer key to tenant. Keys are looked up by their SHA-256 (the registry keeps no key);
a small cache of recent keys saves the hash on the hot path. Must not decide."""

from __future__ import annotations

from usegate.request.case import Tenant
from usegate.request.tenants import Registry

_CACHE_MAX = 4096


class Authenticator:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._cache: dict[bytes, Tenant] = {}

    def tenant(self, authorization: bytes | None, api_key_header: bytes | None = None) -> Tenant | None:
        """The tenant of `Authorization: Bearer <key>` (or `api-key: <key>`, as Azure clients send)."""
        raw: bytes | None = None
        if authorization:
            scheme, _, rest = authorization.partition(b" ")
            if scheme.lower() == b"bearer":
                raw = rest.strip()
        if not raw and api_key_header:
            raw = api_key_header.strip()
        if not raw:
            return None
        found = self._cache.get(raw)
        if found is not None:
            return found
        try:
            key = raw.decode("ascii")
        except UnicodeDecodeError:
            return None
        tenant = self.registry.by_key(key)
        if tenant is not None:
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            self._cache[raw] = tenant
        return tenant
