"""Name clusters that name no one: what the small model tags PERSON in diplomatic text.

A cluster (all mentions of one name) is kept when any mention has a title or is a transcript
speaker label: a title is the strongest sign of a person. An untitled cluster is dropped when
- all its words are common nouns of this document: each also occurs in lower case in the
  text ("Development Assistance", "Common Framework", "Floor");
- its only form is all capitals outside a speaker label ("COVID", "ACTION"): shouted words
  in headings and transcripts, not names;
- it is a word of `not_person` in data/actor_words.tsv ("(Laughter.)", "Applause");
- it is one word naming a city of 100,000 people or more ("visit Cork", "the port of
  Rotterdam"): the model's commonest confusion, and a lone surname that is also a big
  city's name is rare in news before the full name has been given.

Example:
    >>> is_false_person([("Floor",)], titled=False, lower_words={"floor"}, ...)  # doctest: +SKIP
    True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from communique.mentions.actor_lexicon import ActorLexicon

CITY_MIN_POPULATION = 100_000
NameForm = tuple[str, ...]


def is_false_person(
    forms: Sequence[NameForm],
    titled: bool,
    lower_words: frozenset[str] | set[str],
    lexicon: ActorLexicon,
    city_population: Callable[[str], int],
) -> bool:
    """Whether an untitled name cluster names no one (see the module docstring).

    Args:
        forms: every name form of the cluster as written.
        titled: whether any mention has a title or is a speaker label.
        lower_words: the words the document writes in lower case somewhere.
        lexicon: the actor word lists.
        city_population: population of the biggest city called so, 0 for none.
    """
    if titled or not forms:
        return False
    words = {w.lower().strip(".") for form in forms for w in form}
    words.discard("")
    if not words or words <= lower_words:
        return True
    if words & lexicon.not_person:
        return True
    if all(w.isupper() and len(w) > 1 for form in forms for w in form):
        return True
    longest = max(forms, key=len)
    return len(longest) == 1 and city_population(longest[0]) >= CITY_MIN_POPULATION


