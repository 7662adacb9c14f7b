"""The JSON Schema of `communique.record/1`, derived from the typed records in `types.py`.

Deriving it keeps the published schema and the records the code emits from drifting apart:
a field added to a dataclass appears in the schema, and a test validates emitted records.
"""

from __future__ import annotations

import dataclasses
import types as pytypes
import typing
from functools import lru_cache
from typing import Any, Literal, Union

from communique import types as record_types
from communique.types import SCHEMA_ID, Record

_SCALARS: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}

_DESCRIPTIONS = {
    "Span": "Characters [start, end) of the document's normalised text, and those characters.",
    "Record": "Everything communique read in one document.",
}


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every emitted record validates against."""
    defs: dict[str, Any] = {}
    root = _dataclass_schema(Record, defs)
    root["properties"]["schema"] = {"const": SCHEMA_ID}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://communique.dev/schema/record-1.json",
        "title": SCHEMA_ID,
        **root,
        "$defs": defs,
    }


def _dataclass_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(record_types))
    fields = dataclasses.fields(cls)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {f.name: _type_schema(hints[f.name], defs) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }
    description = _DESCRIPTIONS.get(cls.__name__) or _first_line(cls.__doc__)
    if description:
        schema["description"] = description
    return schema


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, pytypes.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(options[0], defs) if len(options) == 1 else {
            "anyOf": [_type_schema(a, defs) for a in options]
        }
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    if tp is float:
        return {"type": "number"}
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    raise TypeError(f"no JSON Schema mapping for {tp!r}")


def _first_line(doc: str | None) -> str | None:
    return doc.strip().splitlines()[0] if doc else None
