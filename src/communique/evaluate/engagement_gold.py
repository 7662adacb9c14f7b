"""Gold engagements and outcomes of the demo corpus, as typed records.

The gold file (`tests/fixtures/diplomacy/demo_engagements.yaml`) was written by reading the demo
texts, which this project wrote, so what is true in each of them is known. Its format is
described at the top of the file.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from communique.errors import EvaluationError


@dataclass(frozen=True, slots=True)
class GoldEngagement:
    """One engagement an analyst records. `date` is (value, granularity) when the text gives one."""

    kinds: tuple[str, ...]
    status: str
    date: tuple[str, str] | None
    place: str | None
    countries: frozenset[str]
    countries_also: frozenset[str]
    participants: tuple[tuple[str, str], ...]
    optional: bool


@dataclass(frozen=True, slots=True)
class GoldOutcome:
    """One main outcome: accepted types, parties expected among the outcome's, a key phrase."""

    types: tuple[str, ...]
    parties: frozenset[str]
    phrase: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    key: str
    engagements: tuple[GoldEngagement, ...]
    outcomes: tuple[GoldOutcome, ...]


def load_gold(path: Path) -> dict[str, GoldDocument]:
    """The gold documents of `path`, keyed by file name (or item id for JSON Lines items).

    Raises:
        EvaluationError: the file is missing or is not in the documented form.
    """
    if not path.is_file():
        raise EvaluationError(f"no demo gold file at {path}")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return {key: _document(key, value) for key, value in raw.items()}
    except (KeyError, TypeError, ValueError) as error:
        raise EvaluationError(f"{path.name}: malformed gold entry ({error})") from error


def fold(text: str) -> str:
    """Lower case without accents, for comparing names written with or without them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _document(key: str, value: dict) -> GoldDocument:  # type: ignore[type-arg]
    return GoldDocument(
        key=key,
        engagements=tuple(_engagement(e) for e in value.get("engagements") or ()),
        outcomes=tuple(_outcome(o) for o in value.get("outcomes") or ()),
    )


def _engagement(raw: dict) -> GoldEngagement:  # type: ignore[type-arg]
    # YAML reads 2025-06-24 as a date and 2027 as an int; str() gives back the written form.
    date = (str(raw["date"][0]), str(raw["date"][1])) if raw.get("date") else None
    return GoldEngagement(
        kinds=tuple(raw["kind"]),
        status=raw["status"],
        date=date,
        place=raw.get("place"),
        countries=frozenset(raw.get("countries") or ()),
        countries_also=frozenset(raw.get("countries_also") or ()),
        participants=tuple((str(n), str(r)) for n, r in raw.get("participants") or ()),
        optional=bool(raw.get("optional", False)),
    )


def _outcome(raw: dict) -> GoldOutcome:  # type: ignore[type-arg]
    return GoldOutcome(
        types=tuple(raw["type"]),
        parties=frozenset(raw.get("parties") or ()),
        phrase=str(raw["phrase"]),
    )
