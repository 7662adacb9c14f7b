"""Speaker spans -> actor ids, with pronouns resolved to the right named person.

A name resolves to the actor whose mention it overlaps. "he" / "she" resolves to the previous
quote's speaker when that is a person of a compatible gender, else to the nearest preceding person
mention of compatible gender. Gender is known only where the text shows it: a title such as "Mr."
or "Mrs." before a mention, a gendered role ("spokeswoman"), or an earlier "he said" / "she said"
resolved to that person.

Example:
    >>> # "External Affairs Minister S Jaishankar spoke. 'We agree,' he said." -> "he" is Jaishankar
"""

from __future__ import annotations

import bisect
from collections.abc import Container

from communique.mentions.quote_lexicon import QuoteWords
from communique.types import Actor, Mentions

PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "who"})


class SpeakerResolver:
    """Resolves speaker spans of one document against its actors."""

    def __init__(self, text: str, mentions: Mentions, words: QuoteWords | None = None) -> None:
        self.mentions = mentions
        self.words = words or QuoteWords.load()
        persons = [a for a in mentions.actors if a.kind == "person"]
        self._mentions = sorted((m.start, m.end, a.id) for a in persons for m in a.mentions)
        self._starts = [m[0] for m in self._mentions]
        self.gender: dict[str, str] = {}
        for actor in persons:
            found = _gender_of(text, actor, self.words.gender)
            if found:
                self.gender[actor.id] = found

    def resolve(self, text: str, start: int, end: int, previous: str | None) -> str | None:
        """The actor id a speaker span [start, end) stands for, or None.

        Args:
            text: the document text.
            start: start of the speaker span.
            end: end of the speaker span.
            previous: the actor id of the previous quote's speaker, preferred for pronouns.
        """
        word = text[start:end].strip().lower()
        if word not in self.words.pronoun_gender:
            actor = self.mentions.actor_at(start, end)
            return actor.id if actor is not None else None
        gender = self.words.pronoun_gender[word]
        if previous is not None and self._person(previous) and self._fits(previous, gender):
            found: str | None = previous
        else:
            found = self._nearest_before(start, gender)
        if found is not None and found not in self.gender:
            self.gender[found] = gender  # "he said" about X tells the next pronoun X's gender
        return found

    def _nearest_before(self, position: int, gender: str) -> str | None:
        for n in range(bisect.bisect_left(self._starts, position) - 1, -1, -1):
            actor_id = self._mentions[n][2]
            if self._fits(actor_id, gender):
                return actor_id
        return None

    def _person(self, actor_id: str) -> bool:
        actor = self.mentions.actor(actor_id)
        return actor is not None and actor.kind == "person"

    def _fits(self, actor_id: str, gender: str) -> bool:
        known = self.gender.get(actor_id)
        return known is None or known == gender


def latest_mention(
    mentions: Mentions, head: tuple[int, int], before: int, marks: Container[int]
) -> tuple[int, int] | None:
    """The last mention of the actor named at `head` between it and `before`, outside quoted words.

    A quote carried over from an earlier one ("'...,' said Cecile Richards." ... "Richards has led
    the group since 2006." then a cue-less quote) belongs to the latest mention of its speaker:
    PolNeAR marks the local mention nearest the quote, not the first.

    Args:
        mentions: the document's actors and their mentions.
        head: the characters of the carried speaker's head.
        before: the opening mark of the carried quote.
        marks: the document's quoted text, where no mention names the speaker.

    Returns:
        The characters of that mention, or None when the actor is not named again in between.
    """
    actor = mentions.actor_at(*head)
    if actor is None:
        return None
    later = [m for m in actor.mentions if head[1] <= m.start and m.end <= before and m.start not in marks]
    if not later:
        return None
    last = max(later, key=lambda m: m.start)
    return last.start, last.end


def _gender_of(text: str, actor: Actor, gender_words: dict[str, str]) -> str | None:
    words = (actor.role or "").lower().replace(",", " ").split() + actor.name.lower().split()
    for m in actor.mentions:
        words.extend(text[max(0, m.start - 12) : m.end].lower().split())
    for word in words:
        if word in gender_words:
            return gender_words[word]
    return None
