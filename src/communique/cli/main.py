"""The `communique` command: a thin layer that parses arguments, calls the library, prints.

Exit codes: 0 when every input was read, 1 when some failed, 2 on a usage error.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator

import click

from communique import __version__
from communique.cli.output import Reporter
from communique.errors import CommuniqueError, InputError
from communique.types import Document

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="communique")
def cli() -> None:
    """Read diplomatic texts into structured, coded, evidence-backed records.

    \b
    Example:
        communique extract statement.txt readout.html --jsonl > records.jsonl
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True, help="One record per line, even for a single document.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "summary"]),
    default=None,
    help="json (one document, indented), jsonl (one record per line) or summary (a readout).",
)
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Document date for inputs that carry none: the base for 'yesterday', 'on Tuesday'...",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
def extract(
    paths: tuple[str, ...], jsonl: bool, fmt: str | None, published: str | None, debug: bool
) -> None:
    """Extract a record from each document in PATHS (.txt, .md, .html, .jsonl; - for stdin).

    One document prints one JSON record; several print JSON Lines. Unreadable inputs get one
    line on stderr each and the rest are still processed.

    \b
    Examples:
        communique extract readout.txt --published 2024-08-21
        communique extract statements/*.md --jsonl > records.jsonl
        cat note.txt | communique extract - --format summary
    """
    if published is not None:
        _check_date(published)
    documents = (_dated(d, published) for d in _inputs(paths))
    reporter = Reporter(fmt or ("jsonl" if jsonl else None), debug=debug)
    _run(reporter, documents, debug)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of communique.record/1, the record `extract` prints.

    \b
    Example:
        communique schema > record.schema.json
    """
    from communique.schema import record_schema

    click.echo(json.dumps(record_schema(), indent=2))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "summary"]), default="table",
              help="table (who, where, when per document), jsonl or summary.")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
def demo(fmt: str, debug: bool) -> None:
    """Extract the demo corpus shipped with communique and show who, where and when.

    The demo texts were written for communique; one file is deliberately unreadable, to show
    how a bad input is reported while the others are still read.

    \b
    Example:
        communique demo
    """
    from communique.demo import demo_paths
    from communique.demo.table import render_table
    from communique.ingest import iter_path
    from communique.pipeline import Pipeline

    items = [item for path in demo_paths() for item in iter_path(str(path))]
    pipeline = Pipeline()
    if fmt == "table":
        results = list(pipeline.extract_each(items, debug=debug))
        records = [r for r in results if not isinstance(r, InputError)]
        failures = [r for r in results if isinstance(r, InputError)]
        click.echo(render_table(records, failures))
        return
    _run(Reporter(fmt, debug=debug), iter(items), debug, expected_failures=True)


def _inputs(paths: tuple[str, ...]) -> Iterator[Document | InputError]:
    from communique.ingest import iter_path, read_stdin

    for path in paths:
        if path == "-":
            yield from read_stdin(sys.stdin.read())
        else:
            yield from iter_path(path)


def _run(
    reporter: Reporter,
    documents: Iterator[Document | InputError],
    debug: bool,
    expected_failures: bool = False,
) -> None:
    from communique.pipeline import Pipeline

    try:
        pipeline = Pipeline()
        for result in pipeline.extract_each(documents, debug=debug):
            reporter.add(result)
    except CommuniqueError as exc:
        if debug:
            raise
        click.echo(f"communique: {exc}", err=True)
        sys.exit(1)
    reporter.finish()
    if reporter.failures and not expected_failures:
        sys.exit(1)


def _dated(item: Document | InputError, published: str | None) -> Document | InputError:
    """The document with `published` as its date, when it carries none of its own."""
    if published is None or isinstance(item, InputError) or item.published:
        return item
    return dataclasses.replace(item, published=published)


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-08-20", param_hint="--published")


def main() -> None:
    """Entry point of the `communique` script."""
    from communique.cli.evaluate import evaluate

    cli.add_command(evaluate)
    cli(prog_name="communique")
