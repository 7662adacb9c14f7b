"""JSON Lines: one document per line, each an object with `text` and optional metadata.

A bad line is an error for that line only; the lines around it still come through, so one
broken record does not cost a whole batch. Errors name the line as "file.jsonl:LINE".

Example:
    >>> [doc.title for doc in iter_jsonl(['{"text": "Talks.", "title": "T"}'], "docs.jsonl")]
    ['T']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from communique.errors import InputError
from communique.ingest.document import document_from_text
from communique.types import Document

_LINE_HINT = 'write one JSON object per line, such as {"text": "...", "title": "..."}'
# Accepted keys for each Document field, first present wins.
_FIELDS = {
    "title": ("title", "headline"),
    "published": ("published", "date"),
    "publisher": ("publisher", "sitename"),
    "url": ("url", "link"),
    "doc_id": ("id", "doc_id"),
}


def iter_jsonl(lines: Iterable[str], source: str) -> Iterator[Document | InputError]:
    """Documents from JSON lines, with an `InputError` in place of each bad line.

    Blank lines are skipped. A document's `source` is "SOURCE:LINE".

    Args:
        lines: the decoded lines of the file.
        source: the file's name.
    """
    seen_any = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{number}"
        try:
            yield _document(line, where)
        except InputError as error:
            yield error
    if not seen_any:
        yield InputError(source, "empty file, no JSON lines", "nothing to read")


def _document(line: str, where: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"not valid JSON ({error.msg} at column {error.colno})",
                         _LINE_HINT) from error
    if not isinstance(record, dict):
        raise InputError(where, f"a JSON {type(record).__name__}, not an object", _LINE_HINT)
    text = record.get("text")
    if not isinstance(text, str):
        reason = 'no "text" field' if text is None else '"text" is not a string'
        raise InputError(where, reason, _LINE_HINT)
    if not text.strip():
        raise InputError(where, 'empty "text"', "drop the line or give it text")
    fields = {name: _first(record, keys) for name, keys in _FIELDS.items()}
    return document_from_text(text, source=where, lead_with_title=True, **fields)


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value)
    return None
