"""The event lexicon: which lemmas (with which particle, preposition or object) report which
CAMEO code. The words live in `communique/data/event_lexicon.tsv`; this module only reads them.

Example:
    >>> lexicon = Lexicon.load()
    >>> lexicon.lookup("hold", "V", {"talk"}).cameo
    '040'
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Literal

Pos = Literal["V", "N"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon line: `lemma` (+ the dependent `with`) reports `cameo`, perhaps with a mode."""

    lemma: str
    pos: Pos
    with_: str | None
    cameo: str
    mode: str | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Triggers indexed by (lemma, pos); entries with a `with` dependent are tried first."""

    entries: dict[tuple[str, str], tuple[Trigger, ...]]

    @staticmethod
    @lru_cache(maxsize=1)
    def load() -> Lexicon:
        """The lexicon shipped with communique, read once per process."""
        text = files("communique.data").joinpath("event_lexicon.tsv").read_text(encoding="utf-8")
        index: dict[tuple[str, str], list[Trigger]] = {}
        lines = [line for line in text.splitlines() if line and not line.startswith("#")]
        for line in lines[1:]:
            lemma, pos, with_, cameo, *rest = line.split("\t")
            if pos not in ("V", "N"):
                raise ValueError(f"event_lexicon.tsv: bad pos {pos!r} in {line!r}")
            mode = rest[0] if rest and rest[0] else None
            trigger = Trigger(lemma, pos, with_ or None, cameo, mode)  # type: ignore[arg-type]
            index.setdefault((lemma, pos), []).append(trigger)
        # The most specific reading wins: entries that need a dependent go first.
        return Lexicon(
            {k: tuple(sorted(v, key=lambda t: t.with_ is None)) for k, v in index.items()}
        )

    def lookup(self, lemma: str, pos: Pos, dependents: Collection[str]) -> Trigger | None:
        """The best trigger for a word whose dependents have the given lemmas, or None."""
        for trigger in self.entries.get((lemma, pos), ()):
            if trigger.with_ is None or trigger.with_ in dependents:
                return trigger
        return None

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[Trigger]:
        for triggers in self.entries.values():
            yield from triggers
