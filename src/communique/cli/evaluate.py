"""`communique evaluate`: score the extractors against public gold data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from communique.errors import CommuniqueError
from communique.evaluate.registry import EVALUATIONS, find

TASKS = sorted({e.task for e in EVALUATIONS})
SETS = sorted({e.dataset for e in EVALUATIONS})


@click.command()
@click.argument("task", type=click.Choice(TASKS))
@click.option("--set", "dataset", type=click.Choice(SETS), help="One data set (default: all of TASK's).")
@click.option("--split", help="dev, test... (default: the set's reporting split, test where it has one).")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The eval-data folder (default: $COMMUNIQUE_EVAL_DATA or ../shared/eval-data).")
@click.option("--write", "write_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the figures into this Markdown file (e.g. docs/accuracy.md).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def evaluate(
    task: str,
    dataset: str | None,
    split: str | None,
    data_dir: Path | None,
    write_to: Path | None,
    as_json: bool,
    debug: bool,
) -> None:
    """Score TASK (actors, events, quotes) against public gold annotations.

    Tune on dev splits; report test splits.

    \b
    Examples:
        communique evaluate quotes --split dev
        communique evaluate events --set plover-gsr-cameo --write docs/accuracy.md
    """
    from communique.evaluate import docs
    from communique.evaluate.data import default_data_dir

    root = data_dir or default_data_dir()
    reports = []
    try:
        for evaluation in find(task, dataset):
            report = evaluation.run(split or evaluation.default_split, root)
            reports.append(report)
            if as_json:
                click.echo(json.dumps({"key": report.key, "metrics": {m.name: m.value for m in report.metrics}}))
            else:
                click.echo(docs.render(report) + "\n")
    except CommuniqueError as exc:
        if debug:
            raise
        click.echo(f"communique: {exc}", err=True)
        sys.exit(1)
    if write_to is not None:
        docs.update(write_to, reports)
        click.echo(f"wrote {len(reports)} report(s) to {write_to}", err=True)
