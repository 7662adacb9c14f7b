"""Telling a real place from the model's false places, with the word list in `data/place_words.tsv`.

The statistical NER tags some words as GPE or LOC that are no place: a surname ("von der
Leyen"), a suffix ("Biden, Jr."), a heading verb ("Mounting debt"), a generic noun ("all
States"), a programme ("the REAIM Call to Action"). These checks run only on entities that no
gazetteer knows, and use what the parse already holds (tags, neighbouring entities).

`place_words.tsv` has two columns, `word` and `role`:
- `facility`: a last word that makes a FAC entity a location ("Hyderabad House");
- `not_place`: a word that makes an unknown name something else ("Secretariat", "Initiative");
- `direction`: a compass word, not a place when it is the whole name ("the North");
- `feature`: a natural feature ("Sea", "Shoal", "Gulf"): the last word of a place's name
  ("Second Thomas Shoal"), never a place alone ("the Law of the Sea"), and with "of" and a
  country one region ("the Gulf of Thailand", not Thailand).

Example:
    >>> "airport" in PlaceWords.load().facility
    True
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan

from communique.errors import ResourceError

_ROLES = ("facility", "not_place", "direction", "feature")
_PROPER = frozenset({"NNP", "NNPS"})
# Words before a name that make it a person's: particles and honorifics.
_PERSON_BEFORE = frozenset(
    {"von", "van", "der", "den", "de", "da", "del", "al", "bin", "ibn", "mr", "mrs", "ms", "dr"}
)


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The word sets, lower-cased."""

    facility: frozenset[str]
    not_place: frozenset[str]
    direction: frozenset[str]
    feature: frozenset[str]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> PlaceWords:
        """The packaged list, read and checked once per process."""
        path = resources.files("communique.data").joinpath("place_words.tsv")
        try:
            rows = list(csv.reader(path.read_text("utf-8").splitlines(), delimiter="\t"))
        except OSError as exc:
            raise ResourceError(f"place_words.tsv is missing ({exc}); reinstall communique") from exc
        if not rows or rows[0] != ["word", "role"]:
            raise ResourceError("place_words.tsv:1: header must be 'word<TAB>role'")
        sets: dict[str, set[str]] = {role: set() for role in _ROLES}
        for line, row in enumerate(rows[1:], start=2):
            if len(row) != 2 or row[1] not in sets:
                raise ResourceError(f"place_words.tsv:{line}: expected a word and one of {_ROLES}")
            sets[row[1]].add(row[0].strip().casefold())
        return cls(**{role: frozenset(words) for role, words in sets.items()})

    def is_facility(self, name: str) -> bool:
        """Whether a FAC name ends in a location or feature word ("Narita Airport", "X Shoal")."""
        last = name.rsplit(None, 1)[-1].casefold()
        return last in self.facility or last in self.feature

    def feature_of(self, ent: SpacySpan) -> SpacySpan | None:
        """ "Gulf" + "of Thailand" -> one span "Gulf of Thailand" (a feature named after a country).

        Returns None unless the entity ends in a capitalised feature word followed by "of"
        and a GPE entity.
        """
        doc = ent.doc
        end = ent.end - 1 if len(ent) > 1 and ent[-1].lower_ == "of" else ent.end  # "the Sea of"
        feature = doc[end - 1]
        if not feature.is_title or feature.lower_ not in self.feature or end + 1 >= len(doc):
            return None
        if doc[end].lower_ != "of" or doc[end + 1].ent_iob_ != "B" or doc[end + 1].ent_type_ != "GPE":
            return None
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return SpacySpan(doc, ent.start, end, label="LOC")

    def is_false_place(self, ent: SpacySpan, name: str, person_words: frozenset[str]) -> bool:
        """Whether an entity no gazetteer knows is a person, a word or a thing, not a place.

        Args:
            ent: the entity as tagged.
            name: its cleaned name ("the city of X" -> "X").
            person_words: the words of the document's PERSON entities.
        """
        words = [w.casefold().strip(".,") for w in name.split()]
        if not words or not name[0].isupper():
            return True
        if any(w in self.not_place for w in words) or all(w in self.direction for w in words):
            return True
        if len(words) == 1 and words[0] in self.feature:
            return True  # "Sea" cut out of "the Law of the Sea"
        tokens = [t for t in ent if not t.is_space and t.lower_ not in ("the", "'s", "’s")]
        if not tokens or any(t.tag_ not in _PROPER for t in tokens):
            return True  # "Mounting", "Prepare", "States" (NNS): not a proper name
        if tokens[-1].text.endswith(".") or not tokens[-1].is_alpha:
            return True  # "Jr.", "United States-"
        if len(tokens) == 1 and name.isupper() and len(name) <= 5:
            return True  # an acronym ("AI", "EAM") the model took for a place
        return name in person_words or _after_person(ent)


def _after_person(ent: SpacySpan) -> bool:
    """'von der Leyen', 'Mr. Salem', 'Biden, Jr.': the name goes on a person's name."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].is_space:
        i -= 1  # a line break inside a name ("von der\nLeyen")
    if i < 0:
        return False
    before = ent.doc[i]
    if before.lower_.rstrip(".") in _PERSON_BEFORE or before.ent_type_ == "PERSON":
        return True
    return (
        before.text == ","
        and ent.start >= 2
        and ent.doc[ent.start - 2].ent_type_ == "PERSON"
        and len(ent) == 1
        and ent[0].text.endswith(".")
    )
