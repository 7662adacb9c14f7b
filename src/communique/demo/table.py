"""A plain-text table of records, one block of lines per document, for `communique demo`.

Every cell is a list of lines cut to its column: a name too long for its column is truncated
with an ellipsis, never broken mid-word across lines, so the table stays readable at ~100
columns without colour codes.

Example:
    >>> from communique.errors import InputError
    >>> table = render_table([], [InputError("texts/x.bin", "binary file, not text")])
    >>> print(table.splitlines()[-2])
    could not read x.bin: binary file, not text
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from communique.demo.cells import Person, Row, summarise
from communique.errors import InputError
from communique.types import Record

ELLIPSIS = "…"
GAP = "  "
COUNT_HEADERS = ("ENG", "OUT", "QUO", "EVT")
LEGEND = "ENG engagements, OUT outcomes, QUO quotes, EVT coded events"
WHEN_WIDTH = 10  # a YYYY-MM-DD date
TITLE_LINES = 4
WHO_LINES = 8
WHERE_LINES = 5
MIN_FLEX = 10


@dataclass(frozen=True, slots=True)
class _Layout:
    """Column widths for one table width."""

    title: int
    who: int
    where: int
    when: int = WHEN_WIDTH

    @property
    def sizes(self) -> tuple[int, int, int, int]:
        return (self.title, self.who, self.where, self.when)

    @classmethod
    def fit(cls, width: int) -> _Layout:
        counts = len(" ".join(COUNT_HEADERS))
        flexible = width - WHEN_WIDTH - counts - 4 * len(GAP)
        # Titles wrap over several lines, so they get the least; "Kuala Lumpur (MYS)" should fit.
        title = max(MIN_FLEX, flexible * 24 // 100)
        where = max(MIN_FLEX, flexible * 27 // 100)
        return cls(title=title, who=max(MIN_FLEX, flexible - title - where), where=where)


def render_table(
    records: Iterable[Record], failures: Iterable[InputError], *, width: int = 100
) -> str:
    """The table of `records`, then one line per input that could not be read.

    Args:
        records: the records to show, one block of lines each, in the order given.
        failures: the inputs that could not be read.
        width: the table's width in characters (at least ~70 to stay readable).

    Returns:
        The table as text, ending with a newline.
    """
    layout = _Layout.fit(width)
    rows = [summarise(r) for r in records]
    failures = list(failures)
    lines = [
        _line(layout, ("DOCUMENT", "WHO", "WHERE", "WHEN"), COUNT_HEADERS),
        _line(
            layout,
            tuple("-" * size for size in layout.sizes),
            tuple("-" * len(h) for h in COUNT_HEADERS),
        ),
    ]
    for i, row in enumerate(rows):
        if i:
            lines.append("")
        lines.extend(_row_lines(layout, row))
    if not rows:
        lines.append("(no documents read)")
    lines += ["", LEGEND]
    if failures:
        lines.append("")
    for failure in failures:
        lines.append(textwrap.fill(_failure_line(failure), width, subsequent_indent="    "))
    lines.append(_summary(len(rows), len(failures)))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _row_lines(layout: _Layout, row: Row) -> list[str]:
    title = _wrap_words(row.title, layout.title, TITLE_LINES)
    if row.source_name:
        title.append(_fit(row.source_name, layout.title))
    who = _cap(_people(row.people, layout.who) + _pack(row.others, layout.who), WHO_LINES)
    where = _cap(_pack(row.places, layout.where), WHERE_LINES)
    when = [_fit(x, layout.when) for x in row.when] if row.when else ["undated"]
    cells = (title, [text for text, _ in who], [text for text, _ in where], when)
    counts = tuple(str(n) for n in row.counts)
    blank = ("",) * len(counts)
    return [
        _line(layout, tuple(c[i] if i < len(c) else "" for c in cells), counts if i == 0 else blank)
        for i in range(max(len(c) for c in cells))
    ]


def _line(layout: _Layout, texts: Sequence[str], counts: Sequence[str]) -> str:
    """One physical line: four left-aligned cells, then the counts right-aligned."""
    padded = (text + " " * (size - _columns(text)) for text, size in zip(texts, layout.sizes))
    left = GAP.join(padded)
    right = " ".join(text.rjust(len(h)) for text, h in zip(counts, COUNT_HEADERS))
    return left + GAP + right


def _people(people: Sequence[Person], width: int) -> list[tuple[str, int]]:
    """One line per person, or two when "Name (detail)" is wider than the column."""
    lines: list[tuple[str, int]] = []
    for person in people:
        joined = f"{person.name} ({person.detail})" if person.detail else person.name
        if _columns(joined) <= width or not person.detail:
            lines.append((_fit(joined, width), 1))
        else:
            lines += [(_fit(person.name, width), 1), (_fit("  " + person.detail, width), 0)]
    return lines


def _pack(items: Sequence[str], width: int) -> list[tuple[str, int]]:
    """Comma-separated items packed into lines; each line says how many items it holds."""
    lines: list[tuple[str, int]] = []
    line, held = "", 0
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "")
        if _columns(piece) > width >= _columns(item):
            piece = item  # the line break separates it as well as a comma would
        if line and _columns(line) + 1 + _columns(piece) <= width:
            line, held = f"{line} {piece}", held + 1
            continue
        if line:
            lines.append((line, held))
        line, held = _fit(piece, width), 1
    if line:
        lines.append((line, held))
    return lines


def _cap(lines: list[tuple[str, int]], most: int) -> list[tuple[str, int]]:
    """At most `most` lines; the last one says how many items were left out."""
    if len(lines) <= most:
        return lines
    kept = lines[: most - 1]
    hidden = sum(n for _, n in lines) - sum(n for _, n in kept)
    return [*kept, (f"{ELLIPSIS} +{hidden} more", hidden)]


def _wrap_words(text: str, width: int, most: int) -> list[str]:
    """`text` wrapped at spaces into at most `most` lines; an ellipsis says when it was cut."""
    lines = [_fit(x, width) for x in textwrap.wrap(text, width, break_long_words=False)]
    if len(lines) > most:
        lines = lines[:most]
        last = lines[-1]
        if not last.endswith(ELLIPSIS):
            fits = _columns(last) + 2 <= width
            lines[-1] = f"{last} {ELLIPSIS}" if fits else _cut(last, width)
    return lines or [""]


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` terminal columns, ending in an ellipsis when cut."""
    return text if _columns(text) <= width else _cut(text, width)


def _cut(text: str, width: int) -> str:
    """The start of `text` that fits `width - 1` columns, then an ellipsis."""
    kept: list[str] = []
    used = 0
    for char in text:
        used += _char_columns(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept).rstrip() + ELLIPSIS


def _columns(text: str) -> int:
    """How many terminal columns `text` takes: CJK characters take two, combining marks none."""
    return sum(_char_columns(c) for c in text) if not text.isascii() else len(text)


def _char_columns(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _failure_line(failure: InputError) -> str:
    name = PurePath(failure.source).name or failure.source
    hint = f" ({failure.hint})" if failure.hint else ""
    return f"could not read {name}: {failure.reason}{hint}"


def _summary(read: int, failed: int) -> str:
    documents = f"{read} document{'s' if read != 1 else ''} read"
    return f"{documents}, {failed} could not be read." if failed else f"{documents}."
