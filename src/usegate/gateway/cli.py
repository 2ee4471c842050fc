"""`usegate serve`, `usegate audit export|show|verify|reviews` and `usegate demo-upstream`.
Each command calls library code."""

from __future__ import annotations

import csv
import sys
from typing import Any

import click
import orjson

from usegate.exceptions import UsegateError

FAILED = 1
TAMPERED = 4  # `audit verify` found the log changed


def _fail(message: str, code: int = FAILED) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _settings(config: str | None) -> Any:
    from usegate import config as cfg

    try:
        return cfg.load(config)
    except UsegateError as exc:
        _fail(str(exc))


config_option = click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False),
    default=None,
    help="Gateway config YAML (USEGATE_* variables override it).",
)


@click.command()
@config_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option(
    "--graceful-timeout",
    default=30.0,
    show_default=True,
    help="Seconds to finish in-flight requests on shutdown.",
)
def serve(config: str | None, host: str, port: int, graceful_timeout: float) -> None:
    """Run the gateway (an OpenAI-compatible API on /v1)."""
    import uvicorn

    from usegate.gateway.app import create_app
    from usegate.gateway.logs import configure
    from usegate.gateway.server import uvicorn_config

    settings = _settings(config)
    configure(settings.log.level)
    app = create_app(settings)
    app.config_path, app.sighup = config, True  # SIGHUP reads it again (gateway/reload.py)
    try:  # fail fast on bad packs, a missing extra or an unusable audit database
        import asyncio

        asyncio.run(_probe(app, config))
    except UsegateError as exc:
        _fail(str(exc))
    uvicorn.Server(
        uvicorn_config(app, host=host, port=port, timeout_graceful_shutdown=int(graceful_timeout))
    ).run()


async def _probe(app: Any, source: str | None = None) -> None:
    """Build what startup builds, so a problem stops `serve` with one line naming its key."""
    from usegate.audit.store import open_store
    from usegate.driver import Decider
    from usegate.exceptions import AuditError, PolicyError
    from usegate.signals.registry import default_registry

    s = app.settings
    where = f"{source}: " if source else ""
    try:
        app.decider = Decider.create(s.packs, s.pack_dirs, default_registry(vision=s.vision))
    except PolicyError as exc:
        raise PolicyError(f"{where}`packs`: {exc}") from exc
    try:
        open_store(s.audit.url, synchronous=s.audit.synchronous).close()
    except AuditError as exc:
        raise AuditError(f"{where}`audit.url`: {exc}") from exc
    if s.registry.source == "database":
        from usegate.exceptions import ConfigError
        from usegate.tenants.store import RegistryStore

        try:
            RegistryStore(s.audit.url).close()
        except UsegateError as exc:
            raise ConfigError(f"{where}`registry`: {exc}") from exc


@click.command("demo-upstream")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=9001, show_default=True, type=int)
def demo_upstream(host: str, port: int) -> None:
    """Run the DEMO upstream: a stand-in for a model provider (canned replies, no model)."""
    import uvicorn

    from usegate.gateway.demo import LABEL, DemoUpstream
    from usegate.gateway.logs import configure

    configure("info")
    click.echo(f"{LABEL} on http://{host}:{port}/v1", err=True)
    uvicorn.run(DemoUpstream(), host=host, port=port, log_config=None, access_log=False, lifespan="on")


@click.group()
def audit() -> None:
    """Read and check the audit log."""


def _store(config: str | None) -> Any:
    from usegate.audit.store import open_store

    settings = _settings(config)
    try:
        return open_store(settings.audit.url, synchronous=settings.audit.synchronous)
    except UsegateError as exc:
        _fail(str(exc))


CSV_FIELDS = [
    "decision_id",
    "time",
    "tenant",
    "end_customer",
    "endpoint",
    "model",
    "pack",
    "decision",
    "action",
    "clauses",
    "upstream_status",
    "latency_ms",
    "signals",
    "evidence",
    "contradictions",
    "errors",
    "erased",
]


@audit.command("export")
@config_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--tenant", default=None, help="Only this tenant's records.")
@click.option("--decision", type=click.Choice(["allow", "deny", "review"]), default=None)
def export(config: str | None, fmt: str, tenant: str | None, decision: str | None) -> None:
    """Print every decision record (JSON lines, or CSV)."""
    store = _store(config)
    out = sys.stdout
    writer = csv.DictWriter(out, CSV_FIELDS, extrasaction="ignore") if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    try:
        for row in store.rows():
            if (tenant and row.tenant != tenant) or (decision and row.decision != decision):
                continue
            if writer is None:
                out.write(orjson.dumps(row.to_json()).decode("utf-8") + "\n")
            else:
                rec = row.to_json()
                writer.writerow(
                    {
                        k: (orjson.dumps(v).decode() if isinstance(v, list | dict) else v)
                        for k, v in rec.items()
                    }
                )
    finally:
        store.close()


@audit.command("show")
@click.argument("decision_id")
@config_option
def show(decision_id: str, config: str | None) -> None:
    """Print one decision record."""
    store = _store(config)
    try:
        record = store.get(decision_id)
    finally:
        store.close()
    if record is None:
        _fail(f"no decision `{decision_id}` in the audit log")
    click.echo(orjson.dumps(record, option=orjson.OPT_INDENT_2).decode("utf-8"))


@audit.command("verify")
@config_option
def verify_command(config: str | None) -> None:
    """Check the hash chain: exit 4 when a record was changed, removed or reordered."""
    from usegate.audit.store import verify

    store = _store(config)
    try:
        result = verify(store)
    finally:
        store.close()
    for problem in result.problems:
        click.echo(f"tampered: {problem}", err=True)
    if not result.ok:
        _fail(
            f"audit log failed verification: {len(result.problems)} problem(s) in {result.count} records",
            TAMPERED,
        )
    click.echo(f"ok: {result.count} records, chain intact")


@audit.command("reviews")
@config_option
@click.option("--status", default="pending", show_default=True, help="pending, approved, rejected or all.")
def reviews(config: str | None, status: str) -> None:
    """List decisions queued for human review (JSON lines)."""
    from usegate.review.queue import ReviewQueue

    store = _store(config)
    try:
        for item in ReviewQueue(store).list(None if status == "all" else status):
            click.echo(orjson.dumps(item).decode("utf-8"))
    finally:
        store.close()


@audit.command("resolve")
@click.argument("decision_id")
@click.argument("verdict", type=click.Choice(["approved", "rejected"]))
@config_option
@click.option("--reviewer", required=True)
@click.option("--note", default="")
def resolve(decision_id: str, verdict: str, config: str | None, reviewer: str, note: str) -> None:
    """Record a reviewer's verdict on a queued decision (the decision record is never rewritten)."""
    from usegate.review.queue import ReviewQueue

    store = _store(config)
    try:
        ok = ReviewQueue(store).resolve(decision_id, verdict, reviewer, note)
    finally:
        store.close()
    if not ok:
        _fail(f"no review queued for decision `{decision_id}`")
    click.echo(f"{decision_id}: {verdict}")
