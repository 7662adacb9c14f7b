"""The code tables: PLOVER types, modes and contexts, CAMEO codes, and CAMEO -> PLOVER.

The tables are TSV files in `communique/data/`, loaded once by `CodeTables.load()`.

Example:
    >>> tables = CodeTables.load()
    >>> tables.cameo["042"].goldstein
    1.9
    >>> tables.plover_of("042")
    PloverCoding(type='CONSULT', mode='visit', contexts=())
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_class: int
    cameo_root: str
    definition: str


@dataclass(frozen=True, slots=True)
class PloverMode:
    type: str
    name: str
    definition: str


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class PloverCoding:
    """The PLOVER reading of one CAMEO code; `type` is None for codes PLOVER does not cover."""

    type: str | None
    mode: str | None
    contexts: tuple[str, ...]


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = files("communique.data").joinpath(name).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@dataclass(frozen=True, slots=True)
class CodeTables:
    """Every code table, keyed for lookup."""

    plover_types: dict[str, PloverType]
    plover_modes: dict[tuple[str, str], PloverMode]
    plover_contexts: dict[str, str]
    cameo: dict[str, CameoCode]
    cameo_plover: dict[str, PloverCoding]

    @staticmethod
    @lru_cache(maxsize=1)
    def load() -> CodeTables:
        """The tables shipped with communique, read once per process."""
        types = {
            r["type"]: PloverType(r["type"], int(r["quad_class"]), r["root"], r["definition"])
            for r in _rows("plover_types.tsv")
        }
        modes = {
            (r["type"], r["mode"]): PloverMode(r["type"], r["mode"], r["definition"])
            for r in _rows("plover_modes.tsv")
        }
        contexts = {r["context"]: r["definition"] for r in _rows("plover_contexts.tsv")}
        cameo = {
            r["code"]: CameoCode(r["code"], r["name"], int(r["quad_class"]), float(r["goldstein"]))
            for r in _rows("cameo.tsv")
        }
        mapping = {
            r["code"]: PloverCoding(
                None if r["plover"] == "-" else r["plover"],
                r["mode"] or None,
                tuple(c for c in r["contexts"].split(";") if c),
            )
            for r in _rows("cameo_plover.tsv")
        }
        return CodeTables(types, modes, contexts, cameo, mapping)

    def plover_of(self, code: str) -> PloverCoding:
        """The PLOVER type, mode and contexts of a CAMEO code (falling back to its parents)."""
        while code:
            if code in self.cameo_plover:
                return self.cameo_plover[code]
            code = code[:-1]
        return PloverCoding(None, None, ())

    def root_code(self, plover_type: str) -> str:
        """The CAMEO code that stands for a PLOVER type when nothing more specific is known."""
        return self.plover_types[plover_type].cameo_root
