"""A `Record` as JSON: the form `communique extract` prints and the schema describes."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from communique.types import Record


def to_dict(record: Record) -> dict[str, Any]:
    """The record as plain JSON-ready data, `schema` first.

    Example:
        >>> from communique.types import Document
        >>> to_dict(Record(Document(id="d1", text="Hi.", source="-")))["schema"]
        'communique.record/1'
    """
    data = _plain(record)
    return {"schema": data.pop("schema"), **data}


def to_json(record: Record, *, indent: int | None = None) -> str:
    """The record as one JSON text (one line unless `indent` is given)."""
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value
