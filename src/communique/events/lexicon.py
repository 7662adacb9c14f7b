"""The event lexicon: which lemmas (with which particle, preposition or object) report which
CAMEO code. The words live in `communique/data/event_lexicon.tsv`; this module only reads them.

A `with` of the form `@class` names a class of objects from `data/event_objects.tsv`
("give" + any of @arms -> 072), so that a verb of giving covers every weapon, sum of money or
relief good without one line per noun. A `with` of the form `subj:lemma` or `subj:@class`
names the verb's subject ("arrive" + subj:@forces -> 154: troops arriving deploy).

Example:
    >>> lexicon = Lexicon.load()
    >>> lexicon.lookup("hold", "V", {"talk"}).cameo
    '040'
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
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


def _generality(trigger: Trigger) -> int:
    """0 for a named dependent or a class of subjects, 1 for a class of other dependents, 2
    for none: the most specific first. Who acts outweighs where ("troops arrived in")."""
    if trigger.with_ is None:
        return 2
    return 1 if trigger.with_.startswith("@") else 0


@lru_cache(maxsize=1)
def _object_classes() -> dict[str, frozenset[str]]:
    text = files("communique.data").joinpath("event_objects.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    classes: dict[str, set[str]] = {}
    for lemma, name in rows[1:]:
        classes.setdefault(name, set()).add(lemma)
    return {name: frozenset(members) for name, members in classes.items()}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Triggers indexed by (lemma, pos); entries with a `with` dependent are tried first."""

    entries: dict[tuple[str, str], tuple[Trigger, ...]]
    classes: dict[str, frozenset[str]] = field(default_factory=dict)

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
        # The most specific reading wins: a named dependent, then a class of them, then none.
        return Lexicon(
            {k: tuple(sorted(v, key=_generality)) for k, v in index.items()}, _object_classes()
        )

    def lookup(
        self,
        lemma: str,
        pos: Pos,
        dependents: Collection[str],
        rank: Callable[[str], int] | None = None,
    ) -> Trigger | None:
        """The best trigger for a word whose dependents have the given lemmas, or None.

        A named dependent beats a class, a class beats none; among equals `rank` (of the
        dependent's lemma, lower first) decides, then the order of the file.
        """
        best: Trigger | None = None
        best_key: tuple[int, int] | None = None
        for trigger in self.entries.get((lemma, pos), ()):
            if best_key is not None and _generality(trigger) > best_key[0]:
                break  # entries are sorted by generality: nothing later can win
            found = self.dependent(trigger, dependents)
            if trigger.with_ is not None and found is None:
                continue
            key = (_generality(trigger), rank(found) if rank and found else 0)
            if best_key is None or key < best_key:
                best, best_key = trigger, key
        return best

    def dependent(self, trigger: Trigger, dependents: Collection[str]) -> str | None:
        """The lemma among `dependents` that the trigger's `with` names, or None."""
        if trigger.with_ is None:
            return None
        prefix, _, name = trigger.with_.rpartition("@")
        if name != trigger.with_:
            # "@arms" for any weapon among the dependents, "subj:@forces" for a subject.
            members = self.classes.get(name, frozenset())
            return next((d for d in dependents if d.startswith(prefix) and d[len(prefix):] in members), None)
        return trigger.with_ if trigger.with_ in dependents else None

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[Trigger]:
        for triggers in self.entries.values():
            yield from triggers
