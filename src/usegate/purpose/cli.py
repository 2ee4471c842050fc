"""`usegate eval DATASET.jsonl`: the purpose model's report on a labelled file.

Registered by the main CLI (`usegate.cli`) as `usegate eval`; this module only
parses options and prints what `usegate.purpose.evaluate.evaluate` returns.
"""

from __future__ import annotations

import json
import sys

import click

from usegate.exceptions import UsegateError


@click.command("eval")
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="print the report as one JSON object")
@click.option("--worst", default=15, show_default=True, help="how many of the worst errors to list")
@click.option(
    "--model-dir",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="a directory holding purpose-<version>.npz/.json (default: the model shipped in the package)",
)
@click.option(
    "--min-f1",
    type=float,
    default=None,
    help="exit with status 3 when recognition-vs-not F1 is below this value",
)
def eval_command(
    dataset: str, as_json: bool, worst: int, model_dir: str | None, min_f1: float | None
) -> None:
    """Precision, recall and F1 per class and per language, the confusion matrix and the worst errors."""
    from usegate.purpose.evaluate import evaluate
    from usegate.purpose.model import PurposeModel

    try:
        model = PurposeModel.load(model_dir) if model_dir else PurposeModel.load()
        report = evaluate(dataset, model, worst=worst)
    except (UsegateError, OSError, ValueError) as exc:
        click.echo(f"error: cannot evaluate `{dataset}`: {exc}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        click.echo(report.to_text())
    if min_f1 is not None and report.fr.f1 < min_f1:
        sys.exit(3)
