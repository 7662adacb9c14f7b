"""Printing extraction results: records on stdout, one line per failure on stderr."""

from __future__ import annotations

import click

from communique.errors import InputError
from communique.record import to_json
from communique.types import Record


class Reporter:
    """Prints records as they come in the chosen format, and failures as they happen.

    With no format chosen, a single record prints as indented JSON and several as JSON Lines;
    so records are held back until a second one arrives (then streamed).
    """

    def __init__(self, fmt: str | None, *, debug: bool = False) -> None:
        self.fmt = fmt
        self.debug = debug
        self.failures: list[InputError] = []
        self._held: Record | None = None
        self._count = 0

    def add(self, result: Record | InputError) -> None:
        if isinstance(result, InputError):
            self.failures.append(result)
            click.echo(f"communique: {result}", err=True)
            return
        self._count += 1
        if self.fmt is None and self._count == 1:
            self._held = result
            return
        if self._held is not None:
            self._emit(self._held, "jsonl")
            self._held = None
        self._emit(result, self.fmt or "jsonl")

    def finish(self) -> None:
        if self._held is not None:
            self._emit(self._held, "json")
            self._held = None

    def _emit(self, record: Record, fmt: str) -> None:
        if fmt == "summary":
            from communique.summary import render_summary

            if self._count > 1:
                click.echo()  # a blank line between readouts
            click.echo(render_summary(record))
        elif fmt == "json":
            click.echo(to_json(record, indent=2))
        else:
            click.echo(to_json(record))
