"""`usegate tenants ...`: the tenant registry in the database named by `--config`
(its `audit.url`, with `registry: {source: database}`), changed directly. Each change
is recorded in the registry's history as made by `cli:<user>`; running gateways pick
it up within `registry.poll_seconds`. Each command calls one store method."""

from __future__ import annotations

import getpass
import hashlib
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import click
import orjson

from usegate.exceptions import UsegateError

FAILED = 1

config_option = click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False),
    default=None,
    help="Gateway config YAML (its audit.url holds the registry).",
)


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(FAILED)


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in this environment
        return "cli:unknown"


@contextmanager
def _store(config: str | None) -> Iterator[Any]:
    from usegate import config as cfg
    from usegate.tenants.sync import open_registry, seed

    try:
        settings = cfg.load(config)
        if settings.registry.source != "database":
            _fail(
                "the gateway reads its tenants from the config (`registry.source: yaml`): set "
                "`registry: {source: database}` to manage them here"
            )
        store = open_registry(settings.audit.url)
        seed(store, settings.tenants)
    except UsegateError as exc:
        _fail(str(exc))
    try:
        yield store
    except UsegateError as exc:
        _fail(str(exc))
    finally:
        store.close()


def _echo(data: Any) -> None:
    click.echo(orjson.dumps(data).decode("utf-8"))


def _validated(record: dict[str, Any], what: str) -> Any:
    from pydantic import TypeAdapter, ValidationError

    from usegate.config_errors import describe
    from usegate.request.tenants import EndCustomerConfig, TenantConfig

    root = TenantConfig if what == "tenant" else EndCustomerConfig
    try:
        return TypeAdapter(root).validate_python({k: v for k, v in record.items() if v is not None})
    except ValidationError as exc:
        _fail(describe(exc, root=root).removeprefix("`config`: "))


SECTORS = ["law_enforcement", "government", "commercial", "nonprofit", "academic", "individual"]
LE_TYPES = ["police", "federal_investigative", "border_immigration", "corrections", "prosecution", "other"]


@click.group()
def tenants() -> None:
    """Manage tenants, their keys and end customers in the database (`registry.source: database`)."""


@tenants.command("list")
@config_option
def list_command(config: str | None) -> None:
    """Print every tenant (JSON lines), disabled ones too."""
    with _store(config) as store:
        for tenant in store.list_tenants():
            _echo(tenant)


@tenants.command("show")
@click.argument("tenant_id")
@config_option
def show(tenant_id: str, config: str | None) -> None:
    """Print one tenant with its end customers and keys (never a key itself)."""
    with _store(config) as store:
        tenant = store.get_tenant(tenant_id)
        tenant["keys"] = store.list_keys(tenant_id)
        _echo(tenant)


@tenants.command("add")
@click.argument("tenant_id")
@config_option
@click.option("--sector", required=True, type=click.Choice(SECTORS))
@click.option("--country", required=True, help="ISO 3166-1 alpha-2 code.")
@click.option("--name", default=None)
@click.option("--le-type", default=None, type=click.Choice(LE_TYPES), help="Required for law_enforcement.")
@click.option("--integrator", is_flag=True, help="The tenant serves end customers.")
def add(
    tenant_id: str,
    config: str | None,
    sector: str,
    country: str,
    name: str | None,
    le_type: str | None,
    integrator: bool,
) -> None:
    """Add a tenant (then give it a key with `usegate tenants keys add`)."""
    record = {
        "id": tenant_id,
        "sector": sector,
        "country": country,
        "name": name,
        "le_type": le_type,
        "integrator": integrator,
    }
    tenant = _validated(record, "tenant")
    with _store(config) as store:
        _echo(store.create_tenant(tenant, _actor(), source="cli"))


@tenants.command("update")
@click.argument("tenant_id")
@config_option
@click.option("--sector", default=None, type=click.Choice(SECTORS))
@click.option("--country", default=None)
@click.option("--name", default=None)
@click.option("--le-type", default=None, type=click.Choice(LE_TYPES))
@click.option("--integrator/--no-integrator", default=None)
@click.option("--disable/--enable", "disabled", default=None, help="A disabled tenant's keys stop working.")
def update(
    tenant_id: str,
    config: str | None,
    sector: str | None,
    country: str | None,
    name: str | None,
    le_type: str | None,
    integrator: bool | None,
    disabled: bool | None,
) -> None:
    """Change a tenant's fields (the tenant as a whole must still be valid)."""
    given = {
        "sector": sector,
        "country": country,
        "name": name,
        "le_type": le_type,
        "integrator": integrator,
        "disabled": disabled,
    }
    changes = {k: v for k, v in given.items() if v is not None}
    if not changes:
        _fail("nothing to change: give --sector, --country, --name, --le-type, --integrator or --disable")
    with _store(config) as store:
        _echo(store.update_tenant(tenant_id, changes, _actor()))


@tenants.command("disable")
@click.argument("tenant_id")
@config_option
def disable(tenant_id: str, config: str | None) -> None:
    """Disable a tenant: its keys stop working (it stays on record)."""
    with _store(config) as store:
        _echo(store.disable_tenant(tenant_id, _actor()))


@tenants.command("history")
@config_option
@click.option("--tenant", "tenant_id", default=None, help="Only this tenant's changes.")
def history(config: str | None, tenant_id: str | None) -> None:
    """Print every change made to the registry (JSON lines): who, what, before and after."""
    with _store(config) as store:
        for change in store.history(tenant_id):
            _echo(change)


@tenants.command("admin-token")
@click.option("--id", "token_id", required=True, help="The name the token's changes are recorded under.")
def admin_token(token_id: str) -> None:
    """Make an admin API token: the token (shown once) and the config entry with its hash."""
    token = "uga_" + secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode("ascii")).hexdigest()
    click.echo(f"token: {token}")
    click.echo("config:")
    click.echo(f'  admin: {{tokens: [{{id: "{token_id}", sha256: "{digest}"}}]}}')


@tenants.group("keys")
def keys() -> None:
    """A tenant's API keys."""


@keys.command("list")
@click.argument("tenant_id")
@config_option
def keys_list(tenant_id: str, config: str | None) -> None:
    """Print the tenant's keys: id, prefix, times and state (never the key)."""
    with _store(config) as store:
        for key in store.list_keys(tenant_id):
            _echo(key)


@keys.command("add")
@click.argument("tenant_id")
@config_option
@click.option("--expires-at", default=None, help="ISO-8601 time with a zone, e.g. 2027-01-31T00:00:00Z.")
@click.option("--expires-in", default=None, type=float, help="Seconds from now.")
def keys_add(tenant_id: str, config: str | None, expires_at: str | None, expires_in: float | None) -> None:
    """Make a key for the tenant; it is printed this once (only its SHA-256 is stored)."""
    from usegate.tenants.admin_api import Problem, key_expiry

    try:
        expires = key_expiry(expires_at, expires_in)
    except (Problem, UsegateError) as exc:
        _fail(str(exc))
    with _store(config) as store:
        key, listing = store.create_key(tenant_id, _actor(), expires=expires)
    _echo(listing | {"key": key})
    click.echo("the key is shown this once: store it now", err=True)


@keys.command("revoke")
@click.argument("tenant_id")
@click.argument("key_id")
@config_option
def keys_revoke(tenant_id: str, key_id: str, config: str | None) -> None:
    """Revoke a key: gateways refuse it within seconds."""
    with _store(config) as store:
        _echo(store.revoke_key(tenant_id, key_id, _actor()))


@tenants.group("end-customers")
def end_customers() -> None:
    """An integrator's end customers."""


@end_customers.command("list")
@click.argument("tenant_id")
@config_option
def customers_list(tenant_id: str, config: str | None) -> None:
    with _store(config) as store:
        for customer in store.get_tenant(tenant_id)["end_customers"]:
            _echo(customer)


@end_customers.command("add")
@click.argument("tenant_id")
@click.argument("customer_id")
@config_option
@click.option("--sector", required=True, type=click.Choice(SECTORS))
@click.option("--country", required=True)
@click.option("--name", default=None)
@click.option("--le-type", default=None, type=click.Choice(LE_TYPES))
def customers_add(
    tenant_id: str,
    customer_id: str,
    config: str | None,
    sector: str,
    country: str,
    name: str | None,
    le_type: str | None,
) -> None:
    """Add an end customer to an integrator."""
    record = {"id": customer_id, "sector": sector, "country": country, "name": name, "le_type": le_type}
    customer = _validated(record, "end customer")
    with _store(config) as store:
        _echo(store.add_end_customer(tenant_id, customer, _actor()))


@end_customers.command("remove")
@click.argument("tenant_id")
@click.argument("customer_id")
@config_option
def customers_remove(tenant_id: str, customer_id: str, config: str | None) -> None:
    with _store(config) as store:
        store.remove_end_customer(tenant_id, customer_id, _actor())
    click.echo(f"{tenant_id}: end customer `{customer_id}` removed")
