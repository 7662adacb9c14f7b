"""Which words may name someone who speaks: people, bodies of people, and the texts they issue.

`data/person_nouns.tsv` lists the nouns that name people (`official`, `protester`, `voters`), a
body that speaks as one (`campaign`, `crowd`) or a text that carries words (`report`, `sign`);
`data/quote_words.tsv` adds the documents and sources the cue finder reads (`statement`, `poll`).
A noun in neither list names a thing ("the first clash", "the debate"), which says nothing of
its own.

Example:
    >>> nouns = PersonNouns.load()
    >>> nouns.names_people("spokeswoman"), nouns.names_people("incident")
    (True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Token

from communique.errors import ResourceError
from communique.mentions.quote_lexicon import QuoteWords, read_packaged

PersonKind = Literal["person", "body", "text"]
_KINDS: frozenset[str] = frozenset({"person", "body", "text"})
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})
# Subjects that point at a situation, not a speaker: "It was a potent punch", "This was the Trump".
_EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there"})
_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG"})


@dataclass(frozen=True, slots=True)
class PersonNouns:
    """The nouns that name people or bodies of people, by lemma."""

    kinds: dict[str, PersonKind]

    @classmethod
    def load(cls) -> PersonNouns:
        """The packaged list, parsed once per process."""
        return _load_packaged()

    @classmethod
    def parse(cls, text: str, source: str = "person_nouns.tsv") -> PersonNouns:
        """Nouns from TSV text: `noun<TAB>kind`, `#` comments, one header row."""
        kinds: dict[str, PersonKind] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith(("#", "noun\t")):
                continue
            fields = line.split("\t")
            if len(fields) != 2 or fields[1] not in _KINDS:
                raise ResourceError(f"{source}:{n}: expected 'noun<TAB>person|body|text', got {line!r}")
            kinds[fields[0].strip().lower()] = fields[1]  # type: ignore[assignment]
        return cls(kinds)

    def names_people(self, lemma: str) -> bool:
        """True for a noun that names people or a body of people: "aide", "voters", "committee"."""
        return self.kinds.get(lemma.lower()) in ("person", "body")

    def may_speak(self, lemma: str) -> bool:
        """True for a noun that names people, a body of people or a text that carries words."""
        return lemma.lower() in self.kinds


@lru_cache(maxsize=1)
def _load_packaged() -> PersonNouns:
    return PersonNouns.parse(*read_packaged("person_nouns.tsv", "person-noun list"))


def is_person(tok: Token) -> bool:
    """True for a name, a personal pronoun (or `who`) or a noun that names people.

    "union protesters interrupted": `protesters` is a person; "The first clash came": not.
    """
    if tok.pos_ == "PROPN" or tok.ent_type_ in _PEOPLE_ENTS:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL_PRONOUNS
    return tok.pos_ == "NOUN" and PersonNouns.load().names_people(tok.lemma_)


def names_thing(tok: Token) -> bool:
    """True for a subject that cannot have said anything: a thing noun or an empty pronoun.

    "The first clash came ..., shouting", "It was a pointed rebuke ..., saying": True. False for a
    person ("the aide"), a body ("the campaign"), a document or a source ("the statement", "a
    poll"), which carry words, and for a name the tagger read as a noun (an entity).
    """
    if tok.pos_ == "PRON":
        return tok.lower_ in _EMPTY_SUBJECTS
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    words = QuoteWords.load()
    lemma = tok.lemma_.lower()
    if lemma in words.documents or lemma in words.sources:
        return False
    return not PersonNouns.load().may_speak(lemma)
