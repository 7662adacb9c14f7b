"""Per-document lookups from tokens to what the mentions stage found, built in one pass.

Every rule of the diplomacy stage asks "which actor, place or date is this token part of?";
answering from arrays indexed by token keeps the stage linear in the length of the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from communique.diplomacy.topics import token_topics
from communique.nlp.analysis import Analysis
from communique.types import Actor, DateMention, Mentions, Place, Reference, Span

# Dependencies that leave a noun phrase: a coordinated phrase or a clause is another argument.
_OUTSIDE_PHRASE = frozenset({"conj", "cc", "relcl", "acl", "advcl", "punct", "prep"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "we", "them", "us"})
# Plural nouns standing for the parties at the table: "the parties", "both leaders".
# Counted groups of people: "the two presidents", "both Prime Ministers", "the three ministers".
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
_GROUP_NOUNS = frozenset({"side", "leader", "party", "country", "nation", "government", "delegation",
                          "counterpart"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActorsOf:
    """Actors found in an argument; `group` is set for "they", "both sides" without referents."""

    actors: tuple[Actor, ...]
    group: bool = False


def _fill(doc: Doc, spans: Iterable[tuple[Span, object]], slots: list[object | None]) -> None:
    # Longer spans are written first and never overwritten, so "Prime Minister of Japan Kishida"
    # wins over the "Japan" inside it.
    for span, value in sorted(spans, key=lambda p: p[0].start - p[0].end):
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            continue
        for token in tokens:
            if slots[token.i] is None:
                slots[token.i] = value


class DocIndex:
    """Token-indexed views of one document's mentions, plus its segments.

    Segments are spaCy sentences cut again at line breaks, because headlines and bullet items
    without final punctuation run into the next sentence.
    """

    def __init__(self, analysis: Analysis, mentions: Mentions) -> None:
        doc = analysis.doc
        n = len(doc)
        self.analysis = analysis
        self.doc = doc
        self.mentions = mentions
        self.actor: list[Actor | None] = [None] * n
        self.reference: list[Reference | None] = [None] * n
        self.place: list[Place | None] = [None] * n
        self.date: list[DateMention | None] = [None] * n
        _fill(doc, ((m, a) for a in mentions.actors for m in a.mentions), self.actor)  # type: ignore[arg-type]
        _fill(doc, ((r.span, r) for r in mentions.references), self.reference)  # type: ignore[arg-type]
        _fill(doc, ((m, p) for p in mentions.places for m in p.mentions), self.place)  # type: ignore[arg-type]
        _fill(doc, ((d.span, d) for d in mentions.dates), self.date)  # type: ignore[arg-type]
        self.segment: list[int] = [0] * n
        self.segments: list[tuple[int, int]] = []
        self._segment(doc)
        self.last_person: list[Actor | None] = [None] * n
        last: Actor | None = None
        for i in range(n):
            self.last_person[i] = last
            actor = self.actor[i]
            if actor is not None and actor.kind == "person":
                last = actor
        self.by_id = {a.id: a for a in mentions.actors}
        self.topics = token_topics(doc)

    def _segment(self, doc: Doc) -> None:
        start = 0
        for sent in doc.sents:
            for token in sent:
                breaks = token.is_space and "\n" in token.text
                if breaks or token.i == sent.end - 1:
                    if token.i + 1 > start:
                        self.segments.append((start, token.i + 1))
                    for i in range(start, token.i + 1):
                        self.segment[i] = len(self.segments) - 1
                    start = token.i + 1
        if not self.segments:
            self.segments.append((0, len(doc)))

    def segment_of(self, token: Token) -> tuple[int, int]:
        """The [start, end) token range of the segment holding `token`."""
        return self.segments[self.segment[token.i]]

    def span(self, start: int, end: int) -> Span:
        """The record span of tokens [start, end), trimmed of spaces and final punctuation."""
        doc = self.doc
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in ",;:"):
            end -= 1
        while start < end and (doc[start].is_space or doc[start].text in ",;:"):
            start += 1
        if start >= end:
            return self.analysis.span(doc[start].idx, doc[start].idx)
        return self.analysis.span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))

    def phrase(self, head: Token) -> Iterator[Token]:
        """The tokens of the noun phrase headed by `head`, without coordinated or clausal parts.

        "of" phrases stay ("Prime Minister of Japan"); "from" phrases stay too ("ministers
        from both sides"), since they say whose the head is.
        """
        stack = [head]
        while stack:
            token = stack.pop()
            yield token
            for child in token.children:
                if child.dep_ not in _OUTSIDE_PHRASE or (
                    child.dep_ == "prep" and child.lower_ in ("of", "from")
                ):
                    stack.append(child)

    def actors_of(self, head: Token) -> ActorsOf:
        """The actors an argument names, its conjuncts included ("X and Y").

        A phrase naming a person gives the person only (the "Japanese" of "Japanese Prime
        Minister Kishida" is his country, not a second participant). "he" and "she" resolve
        to the closest person named before; "they" and "we" are marked as a group.
        """
        found: dict[str, Actor] = {}
        group = False
        # "the ministers of Australia, India and Japan", "leaders from A, B and the UN
        # Secretary-General": the coordinated objects of "of"/"from" are parties each.
        inside = [c for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for o in p.children if o.dep_ == "pobj" for c in o.conjuncts]
        for conjunct in [head, *head.conjuncts, *inside]:
            persons: dict[str, Actor] = {}
            others: dict[str, Actor] = {}
            for token in self.phrase(conjunct):
                reference = self.reference[token.i]
                if reference is not None:
                    for actor_id in reference.actors:
                        if (actor := self.by_id.get(actor_id)) is not None:
                            others[actor.id] = actor
                    continue
                actor = self.actor[token.i]
                if actor is not None:
                    (persons if actor.kind == "person" else others)[actor.id] = actor
                elif token.lower_ in _PERSON_PRONOUNS and token.i == conjunct.i:
                    if (person := self.last_person[token.i]) is not None:
                        persons[person.id] = person
                elif token.lower_ in _GROUP_PRONOUNS or (token.tag_ == "NNS" and token.lemma_ in _GROUP_NOUNS):
                    group = group or token.i == conjunct.i
            if not persons and not others and conjunct.tag_ in ("NNS", "NNPS"):
                persons = {a.id: a for a in self.counted_people(conjunct)}
            found.update(persons or others)
        return ActorsOf(tuple(found.values()), group and not found)

    def counted_people(self, head: Token) -> tuple[Actor, ...]:
        """The people "the two presidents" or "both Prime Ministers" stand for: the last
        persons named before, as many as counted, whose role ends with the head noun ("the two
        leaders" takes any person with a role). Empty unless exactly that many are found."""
        count = next((_COUNTS[c.lower_] for c in head.children if c.lower_ in _COUNTS), 0)
        if not count:
            return ()
        noun = head.lemma_.lower()
        if noun == head.lower_ and noun.endswith("s"):
            noun = noun[:-1]  # "Ministers" tagged as a proper noun keeps its plural lemma
        found: dict[str, Actor] = {}
        for i in range(head.i - 1, -1, -1):
            actor = self.actor[i]
            if actor is None or actor.kind != "person" or actor.id in found or not actor.role:
                continue
            if noun in ("leader", "head") or actor.role.lower().split()[-1] == noun:
                found[actor.id] = actor
                if len(found) == count:
                    return tuple(found.values())
        return ()

    def state_actors(self, countries: Iterable[str]) -> tuple[Actor, ...]:
        """The state actors of these countries, for "the two sides" without a reference."""
        wanted = set(countries)
        return tuple(a for a in self.mentions.actors if a.kind == "state" and a.country in wanted)
