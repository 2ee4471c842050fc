"""The registry's tables: its migrations, in order, each a list of statements per dialect.
Applied by `RegistryStore` at open and recorded in `registry_migrations`; a migration
is never edited once released, a change is a new one."""

from __future__ import annotations

MIGRATIONS: list[dict[str, list[str]]] = [
    {
        "sqlite": [
            "CREATE TABLE IF NOT EXISTS registry_version "
            "(id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
            "INSERT INTO registry_version (id, version) SELECT 1, 0 "
            "WHERE NOT EXISTS (SELECT 1 FROM registry_version WHERE id = 1)",
            "CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, name TEXT, sector TEXT NOT NULL, "
            "country TEXT NOT NULL, le_type TEXT, integrator INTEGER NOT NULL, "
            "disabled INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS end_customers (tenant_id TEXT NOT NULL, id TEXT NOT NULL, "
            "name TEXT, sector TEXT NOT NULL, country TEXT NOT NULL, le_type TEXT, "
            "PRIMARY KEY (tenant_id, id))",
            "CREATE TABLE IF NOT EXISTS api_keys (key_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, "
            "key_hash TEXT NOT NULL UNIQUE, prefix TEXT, source TEXT NOT NULL, created TEXT NOT NULL, "
            "expires TEXT, revoked TEXT)",
            "CREATE INDEX IF NOT EXISTS api_keys_tenant ON api_keys (tenant_id)",
            "CREATE TABLE IF NOT EXISTS registry_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "time TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, tenant TEXT NOT NULL, "
            "target TEXT, before TEXT, after TEXT)",
            "CREATE INDEX IF NOT EXISTS registry_changes_tenant ON registry_changes (tenant, seq)",
        ],
        "postgres": [
            "CREATE TABLE IF NOT EXISTS registry_version "
            "(id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)",
            "INSERT INTO registry_version (id, version) SELECT 1, 0 "
            "WHERE NOT EXISTS (SELECT 1 FROM registry_version WHERE id = 1)",
            "CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, name TEXT, sector TEXT NOT NULL, "
            "country TEXT NOT NULL, le_type TEXT, integrator INTEGER NOT NULL, "
            "disabled INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS end_customers (tenant_id TEXT NOT NULL, id TEXT NOT NULL, "
            "name TEXT, sector TEXT NOT NULL, country TEXT NOT NULL, le_type TEXT, "
            "PRIMARY KEY (tenant_id, id))",
            "CREATE TABLE IF NOT EXISTS api_keys (key_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, "
            "key_hash TEXT NOT NULL UNIQUE, prefix TEXT, source TEXT NOT NULL, created TEXT NOT NULL, "
            "expires TEXT, revoked TEXT)",
            "CREATE INDEX IF NOT EXISTS api_keys_tenant ON api_keys (tenant_id)",
            "CREATE TABLE IF NOT EXISTS registry_changes (seq BIGSERIAL PRIMARY KEY, "
            "time TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, tenant TEXT NOT NULL, "
            "target TEXT, before TEXT, after TEXT)",
            "CREATE INDEX IF NOT EXISTS registry_changes_tenant ON registry_changes (tenant, seq)",
        ],
    },
]
