"""`usegate console hash-password`, `usegate replay`, `usegate report` and
`usegate audit purge`. Each command calls library code."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import click
import orjson

from usegate.exceptions import UsegateError
from usegate.gateway.cli import FAILED, _fail, _settings, _store, config_option

CHANGED = 3  # `replay --fail-on-change`: some decision would change


@click.group()
def console() -> None:
    """The compliance console (served by `usegate serve` under /console)."""


@console.command("hash-password")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def hash_password_command(password: str) -> None:
    """Print the hash of a console admin's password, for `console.admin_users`."""
    from usegate.console.passwords import hash_password

    if len(password) < 8:
        _fail("a console password needs at least 8 characters")
    click.echo(hash_password(password))


@console.command("index")
@config_option
def index_command(config: str | None) -> None:
    """Build or update the console's index from the audit log ahead of `usegate serve`
    (a large log's first build otherwise runs in the gateway's process at start)."""
    import time

    from usegate.console.index import ConsoleIndex, default_path

    settings = _settings(config)
    path = default_path(settings.audit.url, settings.console.index_path)
    if path == ":memory:":
        _fail("the console index of this log lives in memory: set `console.index_path` to build it ahead")
    store = _store(config)
    started = time.perf_counter()
    try:
        index = ConsoleIndex(path)
        done = index.sync(store)
        chain = index.chain(store)
        index.close()
    finally:
        store.close()
    click.echo(f"indexed {done} new records into `{path}` in {time.perf_counter() - started:.1f} s")
    if not chain.ok:
        for problem in chain.problems:
            click.echo(f"tampered: {problem}", err=True)
        sys.exit(FAILED)


def _iso(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    from usegate.console.display import parse_when
    from usegate.console.index import iso_of

    try:
        us = parse_when(value)
    except ValueError as exc:
        _fail(f"{what}: {exc}")
    return None if us is None else iso_of(us)


@click.command()
@config_option
@click.option("--since", default=None, help="From this time (UTC; YYYY-MM-DD or ISO 8601).")
@click.option("--until", default=None, help="Before this time (UTC).")
@click.option(
    "--pack", "target", required=True, metavar="NAME@VERSION", help="The pack version to replay under."
)
@click.option(
    "--pack-dir", "pack_dirs", multiple=True, type=click.Path(file_okay=False), help="Operator packs."
)
@click.option("--reread", is_flag=True, help="Decide retained requests again with the current readers.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on-change", is_flag=True, help="Exit 3 when any decision would change.")
def replay(
    config: str | None,
    since: str | None,
    until: str | None,
    target: str,
    pack_dirs: tuple[str, ...],
    reread: bool,
    fmt: str,
    fail_on_change: bool,
) -> None:
    """What TARGET would have decided over recorded decisions: the changes, grouped
    allow→deny, deny→allow, review→either, per clause and tenant."""
    from usegate.driver import Decider
    from usegate.policy.packs import PackLibrary
    from usegate.replay import replay as run
    from usegate.request.tenants import Registry
    from usegate.signals.registry import default_registry

    settings = _settings(config)
    store = _store(config)
    try:
        library = PackLibrary.discover([*settings.pack_dirs, *pack_dirs])
        tenants = Registry.from_records(settings.tenants).tenants
        decider: Any = None
        if settings.audit.retain_bodies or reread:
            decider = Decider(library, [target], default_registry(vision=settings.vision))
        result = run(
            store,
            library,
            target,
            since=_iso(since, "--since"),
            until=_iso(until, "--until"),
            tenants=tenants,
            decider=decider,
            reread=reread,
        )
    except UsegateError as exc:
        _fail(str(exc))
    finally:
        store.close()
    if fmt == "json":
        click.echo(orjson.dumps(result.to_json(), option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo(
            f"replayed {result.total} decisions under {result.target}: {len(result.changes)} would change"
        )
        if result.reread:
            click.echo(f"({result.reread} read again from retained requests)")
        for group, items in result.groups().items():
            click.echo(f"\n{group}: {len(items)}")
            clauses = ", ".join(f"{c} {n}" for c, n in result.by_clause(items))
            tenants_line = ", ".join(f"{t} {n}" for t, n in result.by_tenant(items))
            click.echo(f"  by clause: {clauses}")
            click.echo(f"  by tenant: {tenants_line}")
            for c in items:
                lacking = f"  (unrecorded: {', '.join(c.missing)})" if c.missing else ""
                click.echo(
                    f"  {c.time}  {c.decision_id}  {c.tenant}  {','.join(c.clauses_after) or '-'}{lacking}"
                )
        for error in result.errors:
            click.echo(f"error: {error}", err=True)
    if fail_on_change and result.changes:
        sys.exit(CHANGED)


@click.command()
@config_option
@click.option("--since", default=None, help="From this time (UTC; YYYY-MM-DD or ISO 8601).")
@click.option("--until", default=None, help="Before this time (UTC).")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "csv", "json"]), default="html", show_default=True
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), default=None, help="Write here, not to stdout."
)
def report(config: str | None, since: str | None, until: str | None, fmt: str, output: str | None) -> None:
    """The period's decisions by outcome, clause and tenant, review turnaround, contradictions
    and the chain's verification, for a compliance file."""
    from usegate import report as rep

    store = _store(config)
    try:
        built = rep.build(store, since=_iso(since, "--since"), until=_iso(until, "--until"))
    except UsegateError as exc:
        _fail(str(exc))
    finally:
        store.close()
    if fmt == "json":
        text = orjson.dumps(built.to_json(), option=orjson.OPT_INDENT_2).decode() + "\n"
    elif fmt == "csv":
        text = rep.to_csv(built)
    else:
        text = rep.to_html(built)
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        click.echo(text, nl=False)
    if not built.chain_ok:
        click.echo("error: the audit log failed verification (see the report)", err=True)
        sys.exit(FAILED)


@click.command("purge")
@config_option
@click.option("--all", "everything", is_flag=True, help="Drop every retained request, not only expired ones.")
def purge(config: str | None, everything: bool) -> None:
    """Drop retained request bodies older than `audit.retain_days` (they sit outside the
    hash chain, so purging them leaves the chain intact)."""
    settings = _settings(config)
    store = _store(config)
    try:
        before = None
        if not everything:
            cutoff = datetime.now(UTC) - timedelta(days=settings.audit.retain_days)
            before = cutoff.isoformat(timespec="microseconds").replace("+00:00", "Z")
        gone = store.purge_retained(before)
    finally:
        store.close()
    click.echo(f"purged {gone} retained request(s)")
