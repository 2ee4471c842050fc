"""The tenant admin API (`/admin/tenants...`), a raw ASGI app the gateway hands these paths to.

    GET    /admin/tenants                              list
    POST   /admin/tenants                              create (a `tenants:` entry, no `api_keys`)
    GET    /admin/tenants/{id}                         one tenant, its end customers and keys
    PATCH  /admin/tenants/{id}                         change name, sector, le_type, country,
                                                       integrator, disabled
    DELETE /admin/tenants/{id}                         disable (its keys stop working)
    GET    /admin/tenants/{id}/keys                    key ids, prefixes, times, state: never a key
    POST   /admin/tenants/{id}/keys                    a new key, shown once ({"expires_at": ...})
    DELETE /admin/tenants/{id}/keys/{key_id}           revoke
    GET    /admin/tenants/{id}/end-customers           list
    POST   /admin/tenants/{id}/end-customers           add (an `end_customers:` entry)
    DELETE /admin/tenants/{id}/end-customers/{cid}     remove
    GET    /admin/tenants/{id}/history                 the changes made to this tenant

Every request needs `Authorization: Bearer <admin token>`, checked against the SHA-256
hashes in `admin.tokens` in constant time. Without tokens, or with `registry.source:
yaml`, the API answers 404 and says how to turn it on. Paths are matched exactly, ids by
pattern; bodies are JSON objects under `admin.max_body_bytes`, validated with the same
strict rules as the config's `tenants:`. Errors are OpenAI-style JSON. Must not decide.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from pydantic import TypeAdapter, ValidationError

from usegate.config_errors import describe
from usegate.gateway import errors
from usegate.request.tenants import EndCustomerConfig, TenantConfig
from usegate.tenants.store import RegistryError, RegistryStore, parse_time

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("usegate.admin")

PREFIX = "/admin/tenants"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}")
_TENANT = TypeAdapter(TenantConfig)
_CUSTOMER = TypeAdapter(EndCustomerConfig)
_KEY_FIELDS = ("expires_at", "expires_in_seconds")


class Problem(Exception):
    def __init__(self, status: int, message: str, code: str = "invalid_request") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


def matches(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


class AdminAPI:
    """Serves `/admin/tenants...` for a gateway (its `settings.admin` and `live.store`)."""

    def __init__(self, gateway: Any) -> None:
        self.gateway = gateway

    @property
    def store(self) -> RegistryStore | None:
        live = getattr(self.gateway, "live", None)
        return None if live is None else live.store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            status, body = await self._handle(scope, receive)
        except Problem as problem:
            status, body = problem.status, _error(problem.status, str(problem), problem.code)
        except RegistryError as exc:
            status, body = exc.status, _error(exc.status, str(exc), "registry_error")
        except Exception:
            log.exception("admin request failed")
            status, body = 500, errors.internal("the admin request failed")
        self.gateway.metrics.status(status)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store"),
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _actor(self, scope: Scope) -> str:
        """The id of the admin token presented (`Problem` 401 when none matches)."""
        presented = None
        for k, v in scope["headers"]:
            if k == b"authorization":
                scheme, _, rest = v.partition(b" ")
                if scheme.lower() == b"bearer":
                    presented = rest.strip()
        if not presented:
            raise Problem(
                401, "missing admin token: pass `Authorization: Bearer <admin token>`", "invalid_api_key"
            )
        digest = hashlib.sha256(presented).hexdigest().encode("ascii")
        found = None
        for token in self.gateway.settings.admin.tokens:  # every hash compared: no early exit
            if hmac.compare_digest(token.sha256.encode("ascii"), digest):
                found = token.id
        if found is None:
            raise Problem(401, "incorrect admin token", "invalid_api_key")
        return f"admin:{found}"

    async def _handle(self, scope: Scope, receive: Receive) -> tuple[int, bytes]:
        path: str = scope["path"]
        raw_path = scope.get("raw_path")
        if raw_path is not None and raw_path.decode("latin-1") != path:
            raise Problem(404, f"unknown endpoint `{path[:200]}`", "unknown_url")  # no encoded separators
        if not self.gateway.settings.admin.tokens:
            raise Problem(
                404,
                "the admin API is off: add `admin: {tokens: [{id, sha256}]}` to the config "
                "(make a token with `usegate tenants admin-token`)",
                "admin_api_off",
            )
        store = self.store
        if store is None:
            raise Problem(
                404,
                "the admin API needs the tenant registry in the database: set `registry: {source: database}`",
                "admin_api_off",
            )
        parts = path[len(PREFIX) :].split("/")[1:] if path != PREFIX else []
        if any(not _ID.fullmatch(p) for i, p in enumerate(parts) if i != 1):
            raise Problem(404, f"unknown endpoint `{path[:200]}`", "unknown_url")
        route = _route(parts)
        if route is None:
            raise Problem(404, f"unknown endpoint `{path[:200]}`", "unknown_url")
        method = scope["method"]
        allowed = _METHODS[route]
        if method not in allowed:
            raise Problem(405, f"method `{method[:20]}` is not allowed on `{path}`", "method_not_allowed")
        actor = self._actor(scope)
        if scope.get("query_string"):
            raise Problem(400, "the query string is not allowed")
        body = await self._body(scope, receive) if method in ("POST", "PATCH") else None
        tid = parts[0] if parts else ""
        call = _handler(route, method)
        status, result = await asyncio.to_thread(call, store, actor, parts, body)
        if method != "GET":
            log.info("admin change", extra={"actor": actor, "tenant": tid, "route": route, "method": method})
            live = getattr(self.gateway, "live", None)
            if live is not None:  # this gateway serves the change at once, not at the next poll
                await live.refresh()
        return status, orjson.dumps(result)

    async def _body(self, scope: Scope, receive: Receive) -> dict[str, Any]:
        limit = self.gateway.settings.admin.max_body_bytes
        for k, v in scope["headers"]:
            if k == b"content-length" and v.isdigit() and int(v) > limit:
                raise _too_large(limit)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise Problem(400, "the client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        raw = b"".join(chunks)
        if not raw.strip():
            return {}
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise Problem(400, "the body is not valid JSON") from None
        if not isinstance(data, dict):
            raise Problem(400, "the body must be a JSON object")
        return data


def _too_large(limit: int) -> Problem:
    return Problem(413, f"request body is larger than the admin limit of {limit} bytes", "request_too_large")


def _route(parts: list[str]) -> str | None:
    n = len(parts)
    if n == 0:
        return "tenants"
    if n == 1:
        return "tenant"
    if parts[1] == "keys":
        return {2: "keys", 3: "key"}.get(n)
    if parts[1] == "end-customers":
        return {2: "customers", 3: "customer"}.get(n)
    if parts[1] == "history" and n == 2:
        return "history"
    return None


_METHODS = {
    "tenants": ("GET", "POST"),
    "tenant": ("GET", "PATCH", "DELETE"),
    "keys": ("GET", "POST"),
    "key": ("DELETE",),
    "customers": ("GET", "POST"),
    "customer": ("DELETE",),
    "history": ("GET",),
}

Result = tuple[int, Any]


def _validate(adapter: TypeAdapter[Any], root: Any, data: dict[str, Any]) -> Any:
    try:
        return adapter.validate_python(data)
    except ValidationError as exc:
        raise Problem(400, describe(exc, root=root).removeprefix("`config`: ")) from None


def _list_tenants(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    return 200, {"object": "list", "data": store.list_tenants()}


def _create_tenant(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    config = _validate(_TENANT, TenantConfig, body)
    _check_ids([config.id, *(c.id for c in config.end_customers)])
    return 201, store.create_tenant(config, actor)


def _check_ids(ids: list[str]) -> None:
    """Ids made here must be usable in these paths."""
    for made in ids:
        if not _ID.fullmatch(made):
            raise Problem(
                400,
                f"id `{made[:100]}` must be 1 to 128 letters, digits or `._@:-`, "
                "starting with a letter or digit",
            )


def _get_tenant(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    tenant = store.get_tenant(parts[0])
    tenant["keys"] = store.list_keys(parts[0])
    return 200, tenant


def _update_tenant(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    if not body:
        raise Problem(400, "nothing to change: send the fields to change")
    return 200, store.update_tenant(parts[0], body, actor)


def _disable_tenant(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    return 200, store.disable_tenant(parts[0], actor)


def _list_keys(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    return 200, {"object": "list", "data": store.list_keys(parts[0])}


def _create_key(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    unknown = sorted(set(body) - set(_KEY_FIELDS))
    if unknown:
        raise Problem(400, f"`{unknown[0]}`: unknown field: expected one of {', '.join(_KEY_FIELDS)}")
    expires = key_expiry(body.get("expires_at"), body.get("expires_in_seconds"))
    key, listing = store.create_key(parts[0], actor, expires=expires)
    return 201, listing | {"key": key, "note": "the key is shown this once: store it now"}


def key_expiry(at: Any, in_seconds: Any) -> datetime | None:
    if at is not None and in_seconds is not None:
        raise Problem(400, "give `expires_at` or `expires_in_seconds`, not both")
    if at is not None:
        if not isinstance(at, str):
            raise Problem(400, "`expires_at` must be an ISO-8601 time string")
        return parse_time(at)
    if in_seconds is not None:
        if isinstance(in_seconds, bool) or not isinstance(in_seconds, int | float) or in_seconds <= 0:
            raise Problem(400, "`expires_in_seconds` must be a positive number")
        return datetime.now(UTC) + timedelta(seconds=float(in_seconds))
    return None


def _revoke_key(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    return 200, store.revoke_key(parts[0], parts[2], actor)


def _list_customers(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    return 200, {"object": "list", "data": store.get_tenant(parts[0])["end_customers"]}


def _add_customer(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    customer = _validate(_CUSTOMER, EndCustomerConfig, body)
    _check_ids([customer.id])
    return 201, store.add_end_customer(parts[0], customer, actor)


def _remove_customer(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    store.remove_end_customer(parts[0], parts[2], actor)
    return 200, {"id": parts[2], "deleted": True}


def _history(store: RegistryStore, actor: str, parts: list[str], body: Any) -> Result:
    store.get_tenant(parts[0])
    return 200, {"object": "list", "data": store.history(parts[0])}


_HANDLERS: dict[tuple[str, str], Callable[[RegistryStore, str, list[str], Any], Result]] = {
    ("tenants", "GET"): _list_tenants,
    ("tenants", "POST"): _create_tenant,
    ("tenant", "GET"): _get_tenant,
    ("tenant", "PATCH"): _update_tenant,
    ("tenant", "DELETE"): _disable_tenant,
    ("keys", "GET"): _list_keys,
    ("keys", "POST"): _create_key,
    ("key", "DELETE"): _revoke_key,
    ("customers", "GET"): _list_customers,
    ("customers", "POST"): _add_customer,
    ("customer", "DELETE"): _remove_customer,
    ("history", "GET"): _history,
}


def _handler(route: str, method: str) -> Callable[[RegistryStore, str, list[str], Any], Result]:
    return _HANDLERS[(route, method)]


def _error(status: int, message: str, code: str) -> bytes:
    kind = "authentication_error" if status == 401 else "invalid_request_error"
    if status >= 500:
        kind = "server_error"
    return errors.error_body(message, kind, code)
