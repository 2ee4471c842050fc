"""The `usegate` command line: `check`, `explain`, `pack test` (and, registered from
their own modules, `eval`, `serve` and `audit`). Each command calls library code;
no decision logic lives here.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO, Any

import click

from usegate.exceptions import UsegateError


class ExitCode(enum.IntEnum):
    OK = 0  # ran; every case decided (or got an error line)
    FAILED = 1  # the input as a whole, or the setup, was unusable
    USAGE = 2  # bad command-line usage (click's own code)
    MATCHED = 3  # ran, and some decision matched --fail-on


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(ExitCode.FAILED)


def _decider(packs: tuple[str, ...], pack_dirs: tuple[str, ...], vision: bool | None = None) -> Any:
    from usegate.driver import DEFAULT_PACKS, Decider
    from usegate.signals.registry import default_registry

    try:
        return Decider.create(packs or DEFAULT_PACKS, pack_dirs, default_registry(vision=vision))
    except UsegateError as exc:
        _fail(str(exc))


def _registry(path: str | None) -> Any:
    if path is None:
        return None
    from usegate.request.tenants import load_registry

    try:
        return load_registry(path).tenants
    except UsegateError as exc:
        _fail(str(exc))


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


pack_option = click.option(
    "--pack",
    "packs",
    multiple=True,
    metavar="NAME[@VERSION]",
    help="Policy pack to apply (repeatable; default azure-openai-coc). The version in force at each "
    "case's received_at is used unless @VERSION pins one.",
)
pack_dir_option = click.option(
    "--pack-dir",
    "pack_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Directory of operator packs (<name>/<version>/pack.toml …), repeatable.",
)
registry_option = click.option(
    "--registry", type=click.Path(dir_okay=False), help="Tenant registry YAML, for cases that give tenant_id."
)


@click.group()
@click.version_option(package_name="usegate")
def main() -> None:
    """usegate: decide whether AI requests break a platform's use restrictions."""


@main.command()
@click.argument("cases", type=click.File("r", encoding="utf-8"))
@pack_option
@pack_dir_option
@registry_option
@click.option("--no-vision", is_flag=True, help="Do not analyse images (image signals stay unknown).")
@click.option(
    "--fail-on", type=click.Choice(["deny", "review"]), help="Exit 3 when any decision is this (or worse)."
)
def check(
    cases: IO[str],
    packs: tuple[str, ...],
    pack_dirs: tuple[str, ...],
    registry: str | None,
    no_vision: bool,
    fail_on: str | None,
) -> None:
    """Decide every case of a JSONL file offline; one decision a line on stdout, in order."""
    from usegate.exceptions import CaseError
    from usegate.request.parse import case_from_json

    decider = _decider(packs, pack_dirs, vision=False if no_vision else None)
    tenants = _registry(registry)
    matched = False
    seen = 0
    rank = {"allow": 0, "review": 1, "deny": 2}
    try:
        for number, line in _lines(cases):
            seen += 1
            case_id: Any = f"line-{number}"
            try:
                data = json.loads(line)
                if isinstance(data, dict) and data.get("id") is not None:
                    case_id = data["id"]
                case = case_from_json(data, now=datetime.now(UTC), registry=tenants, line=number)
                out = decider.decide(case).to_json()
                if fail_on and rank[out["decision"]] >= rank[fail_on]:
                    matched = True
            except json.JSONDecodeError as exc:
                out = {
                    "id": case_id,
                    "error": f"line {number}: invalid json: {exc.msg} at column {exc.colno}",
                }
            except (CaseError, UsegateError) as exc:
                out = {"id": case_id, "error": f"line {number}: {exc}"}
            click.echo(json.dumps(out, ensure_ascii=False))
    except UnicodeDecodeError as exc:
        _fail(f"`{cases.name}` is not UTF-8 text: {exc.reason}")
    if seen == 0:
        _fail(f"`{cases.name}` holds no cases")
    sys.exit(ExitCode.MATCHED if matched else ExitCode.OK)


@main.command()
@click.argument("case_file", type=click.File("r", encoding="utf-8"))
@pack_option
@pack_dir_option
@registry_option
@click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON instead.")
def explain(
    case_file: IO[str],
    packs: tuple[str, ...],
    pack_dirs: tuple[str, ...],
    registry: str | None,
    as_json: bool,
) -> None:
    """Explain the decision on one case (a JSON file, or the first line of a JSONL file)."""
    from rich.console import Console

    from usegate.explain import render
    from usegate.request.parse import case_from_json

    text = case_file.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        first = next((line for line in text.splitlines() if line.strip()), "")
        try:
            data = json.loads(first)
        except json.JSONDecodeError as exc:
            _fail(f"`{case_file.name}` is not JSON: {exc.msg}")
    decider = _decider(packs, pack_dirs)
    try:
        case = case_from_json(data, now=datetime.now(UTC), registry=_registry(registry))
        decision = decider.decide(case)
        versions = decider.versions_for(case)
    except UsegateError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(decision.to_json(), ensure_ascii=False, indent=2))
        return
    render(case, decision, versions, Console(highlight=False, soft_wrap=False))


@main.group()
def pack() -> None:
    """Policy packs: list them, test them."""


@pack.command("list")
@pack_dir_option
def pack_list(pack_dirs: tuple[str, ...]) -> None:
    """List packs, their versions, effective dates and clauses."""
    from usegate.policy.packs import PackLibrary

    try:
        library = PackLibrary.discover(pack_dirs)
    except UsegateError as exc:
        _fail(str(exc))
    for name in library.names:
        for v in library.versions(name):
            click.echo(f"{v.ref}  effective {v.effective.isoformat()}  {v.title}")
            for c in v.clauses:
                click.echo(f"    {c.id}: {c.title}")


@pack.command("test")
@pack_dir_option
@click.argument("names", nargs=-1)
def pack_test(pack_dirs: tuple[str, ...], names: tuple[str, ...]) -> None:
    """Run the data tests (tests/*.json) shipped with each pack version."""
    from usegate.packtest import iter_tests, run_test

    decider = _decider((), pack_dirs, vision=False)
    library = decider.library
    failed = total = 0
    for name in names or tuple(library.names):
        for version in library.versions(name):
            for test in iter_tests(version):
                total += 1
                result = run_test(decider, test)
                mark = "ok  " if result.ok else "FAIL"
                if not result.ok:
                    failed += 1
                click.echo(f"{mark} {version.ref} {test.name}" + ("" if result.ok else f": {result.message}"))
    click.echo(f"{total - failed}/{total} pack tests passed")
    sys.exit(ExitCode.FAILED if failed else ExitCode.OK)


def _register() -> None:
    """Commands that live with the subsystems they drive."""
    try:
        from usegate.purpose.cli import eval_command
    except ImportError:  # the purpose package is optional until its issue lands
        pass
    else:
        main.add_command(eval_command, "eval")
    try:
        from usegate.gateway.cli import audit, serve
    except ImportError:  # the gateway needs the [gateway] extra
        pass
    else:
        main.add_command(serve)
        main.add_command(audit)
        from usegate.gateway.cli import demo_upstream

        main.add_command(demo_upstream)
        from usegate.console.cli import console, purge, replay, report

        main.add_command(console)
        main.add_command(replay)
        main.add_command(report)
        audit.add_command(purge)
        from usegate.tenants.cli import tenants

        main.add_command(tenants)


_register()


if __name__ == "__main__":  # pragma: no cover
    main()
