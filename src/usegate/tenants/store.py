"""The tenant registry in the audit database (`registry: {source: database}`).

Tables beside the audit log's, with their own versioned migrations (applied at open,
idempotent, one opener at a time): tenants, their end customers, their API keys (only
the SHA-256 of each key, with an id, a short prefix, its expiry and its revocation),
the history of every change (who, what, before and after; never a key) and
`registry_version`, a counter bumped in the same transaction as each change, which
gateways poll to know when to reload. On PostgreSQL each change also sends
`NOTIFY usegate_registry` (delivered at commit).

A tenant is never deleted: it is disabled (its keys stop working), so its id, keys and
history stay on record. Must not serve HTTP or decide.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import secrets
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from usegate.exceptions import ConfigError, UsegateError
from usegate.request.tenants import EndCustomerConfig, Registry, TenantConfig, hash_key, tenant_config
from usegate.tenants.schema import MIGRATIONS

log = logging.getLogger("usegate.tenants")

CHANNEL = "usegate_registry"
#: fields a tenant update may change
TENANT_FIELDS = ("name", "sector", "le_type", "country", "integrator", "disabled")
KEY_PREFIX = "ug_"


class RegistryError(UsegateError):
    """A registry change that cannot be made (HTTP status in `status`)."""

    status = 400


class NotFound(RegistryError):
    status = 404


class Conflict(RegistryError):
    status = 409


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_time(value: str) -> datetime:
    """An ISO-8601 time with a zone (`2026-01-31T00:00:00Z`), or `RegistryError`."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise RegistryError(f"`{value[:60]}` is not an ISO-8601 time") from None
    if when.tzinfo is None:
        raise RegistryError(f"`{value[:60]}` has no time zone: add `Z` or an offset")
    return when.astimezone(UTC)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Snapshot:
    """What a gateway serves from: the registry at `version`, and the next key expiry
    (the registry must be rebuilt then, even if nothing else changes)."""

    version: int
    registry: Registry
    next_expiry: datetime | None


def _tenant_row(row: Sequence[Any]) -> dict[str, Any]:
    tid, name, sector, country, le_type, integrator, disabled, created, updated = row
    return {
        "id": tid,
        "name": name,
        "sector": sector,
        "country": country,
        "le_type": le_type,
        "integrator": bool(integrator),
        "disabled": bool(disabled),
        "created": created,
        "updated": updated,
    }


def _customer_row(row: Sequence[Any]) -> dict[str, Any]:
    cid, name, sector, country, le_type = row
    return {"id": cid, "name": name, "sector": sector, "country": country, "le_type": le_type}


def _key_row(row: Sequence[Any], now: str) -> dict[str, Any]:
    key_id, prefix, source, created, expires, revoked = row
    state = "revoked" if revoked else "expired" if expires and expires <= now else "active"
    return {
        "id": key_id,
        "prefix": prefix,
        "source": source,
        "created": created,
        "expires": expires,
        "revoked": revoked,
        "state": state,
    }


_TENANT_COLUMNS = "id, name, sector, country, le_type, integrator, disabled, created, updated"
_KEY_COLUMNS = "key_id, prefix, source, created, expires, revoked"


class RegistryStore:
    """The registry tables of one SQLite file or PostgreSQL database (thread-safe)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.Lock()
        self.dialect = "postgres" if url.startswith(("postgresql://", "postgres://")) else "sqlite"
        self.ph = "%s" if self.dialect == "postgres" else "?"
        self._conn: Any = None
        try:
            self._conn = self._open()
            with self._tx(lock=1) as cur:
                self._migrate(cur)
        except UsegateError:
            raise
        except Exception as exc:
            raise ConfigError(f"cannot open the tenant registry `{_safe(url)}`: {_one_line(exc)}") from exc

    # -- connection ----------------------------------------------------------
    def _open(self) -> Any:
        if self.dialect == "postgres":
            import psycopg

            return psycopg.connect(self.url, autocommit=False, connect_timeout=5)
        path = _sqlite_path(self.url)
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=10000")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
        return conn

    def _connection(self) -> Any:
        conn = self._conn
        if conn is None or (self.dialect == "postgres" and (conn.closed or conn.broken)):
            self._conn = conn = self._open()
        return conn

    @contextlib.contextmanager
    def _tx(self, *, write: bool = True, lock: int = 0) -> Iterator[Any]:
        """One transaction; `write` takes SQLite's write lock at once, `lock` a PostgreSQL
        advisory lock for its length (migrations and seeding: one gateway at a time)."""
        with self._lock:
            try:
                conn = self._connection()
            except Exception as exc:
                raise RegistryUnavailable(f"tenant registry unavailable: {_one_line(exc)}") from exc
            cur = conn.cursor()
            try:
                if self.dialect == "sqlite":
                    cur.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                elif lock:
                    cur.execute("SELECT pg_advisory_xact_lock(%s)", (7361626 + lock,))
                yield cur
                conn.commit() if self.dialect == "postgres" else cur.execute("COMMIT")
            except BaseException as exc:
                try:
                    conn.rollback() if self.dialect == "postgres" else cur.execute("ROLLBACK")
                except Exception:  # the connection itself is gone
                    pass
                if self.dialect == "postgres" and (conn.closed or conn.broken):
                    self._conn = None
                if isinstance(exc, UsegateError) or not isinstance(exc, Exception):
                    raise
                raise RegistryUnavailable(f"tenant registry unavailable: {_one_line(exc)}") from exc

    def _migrate(self, cur: Any) -> None:
        cur.execute(
            "CREATE TABLE IF NOT EXISTS registry_migrations "
            "(version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
        )
        cur.execute("SELECT COALESCE(MAX(version), 0) FROM registry_migrations")
        current = int(cur.fetchone()[0])
        for version, statements in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            for statement in statements[self.dialect]:
                cur.execute(statement)
            cur.execute(
                f"INSERT INTO registry_migrations (version, applied) VALUES ({self.ph}, {self.ph})",
                (version, now_iso()),
            )

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- reads ---------------------------------------------------------------
    def version(self) -> int:
        with self._tx(write=False) as cur:
            cur.execute("SELECT version FROM registry_version WHERE id = 1")
            return int(cur.fetchone()[0])

    def snapshot(self, now: datetime | None = None) -> Snapshot:
        """The registry as stored (enabled tenants, their live keys), at one version. A
        stored tenant that no longer validates is left out, with an error logged."""
        at = iso(now or datetime.now(UTC))
        with self._tx(write=False) as cur:
            cur.execute("SELECT version FROM registry_version WHERE id = 1")
            version = int(cur.fetchone()[0])
            cur.execute(f"SELECT {_TENANT_COLUMNS} FROM tenants WHERE disabled = 0 ORDER BY id")
            tenants = [_tenant_row(r) for r in cur.fetchall()]
            cur.execute("SELECT tenant_id, id, name, sector, country, le_type FROM end_customers ORDER BY id")
            customers: dict[str, list[dict[str, Any]]] = {}
            for row in cur.fetchall():
                customers.setdefault(row[0], []).append(_customer_row(row[1:]))
            cur.execute("SELECT tenant_id, key_hash, expires FROM api_keys WHERE revoked IS NULL")
            hashes: dict[str, list[str]] = {}
            next_expiry: str | None = None
            for tid, digest, expires in cur.fetchall():
                if expires is not None:
                    if expires <= at:
                        continue
                    next_expiry = expires if next_expiry is None else min(next_expiry, expires)
                hashes.setdefault(tid, []).append(digest)
        records = []
        for t in tenants:
            record = _config_mapping(t, customers.get(t["id"], []))
            record["api_key_hashes"] = hashes.get(t["id"], [])
            try:
                records.append(tenant_config(record, f"tenant `{t['id']}`"))
            except ConfigError as exc:
                log.error("tenant registry: left out: %s", exc)
        expiry = parse_time(next_expiry) if next_expiry else None
        return Snapshot(version, Registry.from_records(records), expiry)

    def list_tenants(self) -> list[dict[str, Any]]:
        with self._tx(write=False) as cur:
            cur.execute(f"SELECT {_TENANT_COLUMNS} FROM tenants ORDER BY id")
            return [_tenant_row(r) for r in cur.fetchall()]

    def get_tenant(self, tenant_id: str) -> dict[str, Any]:
        with self._tx(write=False) as cur:
            return self._tenant(cur, tenant_id)

    def _tenant(self, cur: Any, tenant_id: str) -> dict[str, Any]:
        ph = self.ph
        cur.execute(f"SELECT {_TENANT_COLUMNS} FROM tenants WHERE id = {ph}", (tenant_id,))
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"no tenant `{tenant_id}`")
        tenant = _tenant_row(row)
        cur.execute(
            "SELECT id, name, sector, country, le_type FROM end_customers "
            f"WHERE tenant_id = {ph} ORDER BY id",
            (tenant_id,),
        )
        tenant["end_customers"] = [_customer_row(r) for r in cur.fetchall()]
        return tenant

    def list_keys(self, tenant_id: str) -> list[dict[str, Any]]:
        with self._tx(write=False) as cur:
            self._tenant(cur, tenant_id)
            return self._keys(cur, tenant_id)

    def _keys(self, cur: Any, tenant_id: str) -> list[dict[str, Any]]:
        cur.execute(
            f"SELECT {_KEY_COLUMNS} FROM api_keys WHERE tenant_id = {self.ph} ORDER BY created, key_id",
            (tenant_id,),
        )
        now = now_iso()
        return [_key_row(r, now) for r in cur.fetchall()]

    def history(self, tenant_id: str | None = None) -> list[dict[str, Any]]:
        """Every change, oldest first (one tenant's when `tenant_id` is given)."""
        sql = "SELECT seq, time, actor, action, tenant, target, before, after FROM registry_changes"
        params: tuple[Any, ...] = ()
        if tenant_id is not None:
            sql += f" WHERE tenant = {self.ph}"
            params = (tenant_id,)
        with self._tx(write=False) as cur:
            cur.execute(sql + " ORDER BY seq", params)
            rows = cur.fetchall()
        return [
            {
                "seq": r[0],
                "time": r[1],
                "actor": r[2],
                "action": r[3],
                "tenant": r[4],
                "target": r[5],
                "before": orjson.loads(r[6]) if r[6] else None,
                "after": orjson.loads(r[7]) if r[7] else None,
            }
            for r in rows
        ]

    # -- changes -------------------------------------------------------------
    def _changed(
        self,
        cur: Any,
        actor: str,
        action: str,
        tenant_id: str,
        target: str | None,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        """Record a change and bump the version, in the change's transaction."""
        ph = self.ph
        cur.execute(
            "INSERT INTO registry_changes (time, actor, action, tenant, target, before, after) "
            f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph}, {ph}, {ph})",
            (
                now_iso(),
                actor,
                action,
                tenant_id,
                target,
                None if before is None else orjson.dumps(before).decode(),
                None if after is None else orjson.dumps(after).decode(),
            ),
        )
        cur.execute("UPDATE registry_version SET version = version + 1 WHERE id = 1")
        if self.dialect == "postgres":
            cur.execute(f"NOTIFY {CHANNEL}")

    def create_tenant(self, config: TenantConfig, actor: str, *, source: str = "api") -> dict[str, Any]:
        """Add a tenant (with its end customers and any key hashes it names)."""
        if config.api_keys:
            raise RegistryError(
                "`api_keys` are not accepted here: keys are made by the gateway (`POST /admin/tenants/"
                f"{config.id}/keys` or `usegate tenants keys add {config.id}`)"
            )
        with self._tx() as cur:
            self._insert(cur, config, actor, source)
            return self._tenant(cur, config.id)

    def _insert(self, cur: Any, config: TenantConfig, actor: str, source: str) -> None:
        ph = self.ph
        cur.execute(f"SELECT 1 FROM tenants WHERE id = {ph}", (config.id,))
        if cur.fetchone() is not None:
            raise Conflict(f"tenant `{config.id}` exists already")
        now = now_iso()
        cur.execute(
            f"INSERT INTO tenants ({_TENANT_COLUMNS}) VALUES ({', '.join([ph] * 9)})",
            (
                config.id,
                config.name,
                config.sector,
                config.country,
                config.le_type,
                int(config.integrator),
                0,
                now,
                now,
            ),
        )
        for customer in config.end_customers:
            self._insert_customer(cur, config.id, customer)
        digests = [hash_key(k) for k in config.api_keys] + list(config.api_key_hashes)
        for digest in digests:
            cur.execute(f"SELECT tenant_id FROM api_keys WHERE key_hash = {ph}", (digest,))
            owner = cur.fetchone()
            if owner is not None:
                raise Conflict(
                    f"tenant `{config.id}`: one of its keys is already given to tenant `{owner[0]}`"
                )
            cur.execute(
                f"INSERT INTO api_keys (key_id, tenant_id, key_hash, prefix, source, created) "
                f"VALUES ({ph}, {ph}, {ph}, NULL, {ph}, {ph})",
                (f"{source}-{digest[:12]}", config.id, digest, source, now),
            )
        after = _public(config)
        after["keys"] = [f"{source}-{d[:12]}" for d in digests]
        self._changed(cur, actor, "tenant.create", config.id, None, None, after)

    def _insert_customer(self, cur: Any, tenant_id: str, customer: EndCustomerConfig) -> None:
        ph = self.ph
        cur.execute(
            f"INSERT INTO end_customers (tenant_id, id, name, sector, country, le_type) "
            f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph}, {ph})",
            (tenant_id, customer.id, customer.name, customer.sector, customer.country, customer.le_type),
        )

    def update_tenant(self, tenant_id: str, changes: Mapping[str, Any], actor: str) -> dict[str, Any]:
        """Change some of `TENANT_FIELDS`; the tenant as a whole must still validate
        (`le_type` with `law_enforcement`, ...). Records each changed field's before and after."""
        unknown = sorted(set(changes) - set(TENANT_FIELDS))
        if unknown:
            raise RegistryError(f"`{unknown[0]}`: unknown field: expected one of {', '.join(TENANT_FIELDS)}")
        disabled = changes.get("disabled")
        if disabled is not None and not isinstance(disabled, bool):
            raise RegistryError("`disabled`: must be true or false")
        ph = self.ph
        with self._tx() as cur:
            current = self._tenant(cur, tenant_id)
            merged = {k: current[k] for k in TENANT_FIELDS}
            merged.update(changes)
            if "sector" in changes and changes["sector"] != "law_enforcement" and "le_type" not in changes:
                merged["le_type"] = None  # leaving law enforcement drops its type
            record = _config_mapping(merged | {"id": tenant_id}, current["end_customers"])
            try:
                config = tenant_config(record, "tenant")
            except ConfigError as exc:
                message = str(exc).replace("`tenant`: ", "").replace("`tenant.", "`")
                raise RegistryError(message) from None
            after = _public(config) | {"disabled": bool(merged["disabled"])}
            before = {k: current[k] for k in TENANT_FIELDS}
            diff_before = {k: before[k] for k in TENANT_FIELDS if before[k] != after[k]}
            diff_after = {k: after[k] for k in TENANT_FIELDS if before[k] != after[k]}
            if diff_after:
                cur.execute(
                    f"UPDATE tenants SET name = {ph}, sector = {ph}, country = {ph}, le_type = {ph}, "
                    f"integrator = {ph}, disabled = {ph}, updated = {ph} WHERE id = {ph}",
                    (
                        config.name,
                        config.sector,
                        config.country,
                        config.le_type,
                        int(config.integrator),
                        int(after["disabled"]),
                        now_iso(),
                        tenant_id,
                    ),
                )
                action = "tenant.update"
                if set(diff_after) == {"disabled"}:
                    action = "tenant.disable" if after["disabled"] else "tenant.enable"
                self._changed(cur, actor, action, tenant_id, None, diff_before, diff_after)
            return self._tenant(cur, tenant_id)

    def disable_tenant(self, tenant_id: str, actor: str) -> dict[str, Any]:
        return self.update_tenant(tenant_id, {"disabled": True}, actor)

    def add_end_customer(self, tenant_id: str, customer: EndCustomerConfig, actor: str) -> dict[str, Any]:
        with self._tx() as cur:
            tenant = self._tenant(cur, tenant_id)
            if not tenant["integrator"]:
                raise RegistryError(
                    f"tenant `{tenant_id}` is not an integrator: set `integrator: true` first"
                )
            if any(c["id"] == customer.id for c in tenant["end_customers"]):
                raise Conflict(f"tenant `{tenant_id}` has an end customer `{customer.id}` already")
            self._insert_customer(cur, tenant_id, customer)
            after = _customer_public(customer)
            self._changed(cur, actor, "end_customer.create", tenant_id, customer.id, None, after)
            return after

    def remove_end_customer(self, tenant_id: str, customer_id: str, actor: str) -> None:
        ph = self.ph
        with self._tx() as cur:
            tenant = self._tenant(cur, tenant_id)
            found = [c for c in tenant["end_customers"] if c["id"] == customer_id]
            if not found:
                raise NotFound(f"tenant `{tenant_id}` has no end customer `{customer_id}`")
            cur.execute(
                f"DELETE FROM end_customers WHERE tenant_id = {ph} AND id = {ph}", (tenant_id, customer_id)
            )
            self._changed(cur, actor, "end_customer.delete", tenant_id, customer_id, found[0], None)

    def create_key(
        self, tenant_id: str, actor: str, *, expires: datetime | None = None
    ) -> tuple[str, dict[str, Any]]:
        """A new key for the tenant: (the key, shown this once; its listing). Only its
        SHA-256 is stored."""
        if expires is not None and expires <= datetime.now(UTC):
            raise RegistryError(f"`expires_at`: `{iso(expires)}` is in the past")
        key_id = secrets.token_hex(6)
        key = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
        digest = hashlib.sha256(key.encode("ascii")).hexdigest()
        prefix = f"{KEY_PREFIX}{key_id}_"  # no character of the secret part
        now = now_iso()
        ph = self.ph
        with self._tx() as cur:
            self._tenant(cur, tenant_id)
            cur.execute(
                f"INSERT INTO api_keys (key_id, tenant_id, key_hash, prefix, source, created, expires) "
                f"VALUES ({ph}, {ph}, {ph}, {ph}, 'api', {ph}, {ph})",
                (key_id, tenant_id, digest, prefix, now, None if expires is None else iso(expires)),
            )
            listing = [k for k in self._keys(cur, tenant_id) if k["id"] == key_id][0]
            shown = {k: listing[k] for k in ("id", "prefix", "expires")}
            self._changed(cur, actor, "key.create", tenant_id, key_id, None, shown)
        return key, listing

    def revoke_key(self, tenant_id: str, key_id: str, actor: str) -> dict[str, Any]:
        ph = self.ph
        with self._tx() as cur:
            self._tenant(cur, tenant_id)
            cur.execute(
                f"SELECT revoked FROM api_keys WHERE tenant_id = {ph} AND key_id = {ph}", (tenant_id, key_id)
            )
            row = cur.fetchone()
            if row is None:
                raise NotFound(f"tenant `{tenant_id}` has no key `{key_id}`")
            if row[0] is None:
                now = now_iso()
                cur.execute(f"UPDATE api_keys SET revoked = {ph} WHERE key_id = {ph}", (now, key_id))
                before, after = {"revoked": None}, {"revoked": now}
                self._changed(cur, actor, "key.revoke", tenant_id, key_id, before, after)
            return [k for k in self._keys(cur, tenant_id) if k["id"] == key_id][0]

    # -- seeding -------------------------------------------------------------
    def seed(self, configs: Sequence[TenantConfig]) -> tuple[list[str], list[str]]:
        """Add the config's tenants the database lacks (with their keys): (added, differing).
        A tenant the database has is left as it is there (the database is authoritative
        once seeded); `differing` names those whose config entry no longer matches."""
        added: list[str] = []
        differing: list[str] = []
        with self._tx(lock=2) as cur:
            for config in configs:
                ph = self.ph
                cur.execute(f"SELECT {_TENANT_COLUMNS} FROM tenants WHERE id = {ph}", (config.id,))
                row = cur.fetchone()
                if row is None:
                    self._insert(cur, config, "config", "config")
                    added.append(config.id)
                    continue
                stored = _tenant_row(row)
                if any(stored[k] != v for k, v in _public(config).items() if k != "end_customers"):
                    differing.append(config.id)
        return added, differing


class RegistryUnavailable(RegistryError):
    status = 503


def _config_mapping(tenant: Mapping[str, Any], customers: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": tenant["id"],
        "sector": tenant["sector"],
        "country": tenant["country"],
        "integrator": tenant["integrator"],  # as given: a loose type fails validation
    }
    for key in ("name", "le_type"):
        if tenant.get(key) is not None:
            record[key] = tenant[key]
    if customers:
        record["end_customers"] = [{k: v for k, v in c.items() if v is not None} for c in customers]
    return record


def _public(config: TenantConfig) -> dict[str, Any]:
    return {
        "name": config.name,
        "sector": config.sector,
        "le_type": config.le_type,
        "country": config.country,
        "integrator": config.integrator,
        "end_customers": [_customer_public(c) for c in config.end_customers],
    }


def _customer_public(customer: EndCustomerConfig) -> dict[str, Any]:
    return {
        "id": customer.id,
        "name": customer.name,
        "sector": customer.sector,
        "country": customer.country,
        "le_type": customer.le_type,
    }


def _sqlite_path(url: str) -> str:
    if url == "memory://":
        return ":memory:"
    from usegate.config import sqlite_path

    return sqlite_path(url)


def _one_line(exc: BaseException) -> str:
    return "; ".join(line.strip() for line in str(exc).strip().splitlines() if line.strip())[:300]


def _safe(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url
