"""Who did it to whom: from a trigger's dependents to actor ids.

`ActorIndex` maps tokens to the actors whose mentions cover them, built once per document so
that every lookup afterwards is a dictionary read. `noun_phrase_actors` reads the actors of one
argument: the noun phrase's own head first ("Prime Minister Modi"), then its modifiers
("Israeli troops", "the foreign minister of Japan"), and each conjunct separately ("India and
Japan").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from communique.types import Mentions

# Dependents that stay inside a noun phrase: we follow these and nothing else, so relative
# clauses and complements never leak their actors into the argument.
_NP_DEPS = frozenset(
    {"compound", "amod", "poss", "nmod", "appos", "det", "nummod", "flat", "case", "npadvmod"}
)


class ActorIndex:
    """Token index -> actor ids, from the actor mentions and collective references."""

    def __init__(self, doc: Doc, mentions: Mentions) -> None:
        self._by_token: dict[int, tuple[str, ...]] = {}
        sizes: dict[int, int] = {}
        kinds = {a.id: a.kind for a in mentions.actors}
        self.kind = kinds
        self.country = {a.id: a.country for a in mentions.actors}
        for actor in mentions.actors:
            for m in actor.mentions:
                self._cover(doc, m.start, m.end, (actor.id,), sizes)
        for ref in mentions.references:
            actors = tuple(a for a in ref.actors if a in kinds)
            if actors:
                self._cover(doc, ref.span.start, ref.span.end, actors, sizes)

    def _cover(
        self, doc: Doc, start: int, end: int, ids: tuple[str, ...], sizes: dict[int, int]
    ) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        size = end - start
        for token in span:
            # The longest mention over a token wins ("Japanese" inside "Japanese ministers").
            if sizes.get(token.i, -1) < size:
                sizes[token.i] = size
                self._by_token[token.i] = ids

    def states_in(self, tokens: Iterable[Token]) -> list[str]:
        """The states mentioned among `tokens`, in order of first mention."""
        found: list[str] = []
        for token in tokens:
            found.extend(
                a for a in self._by_token.get(token.i, ()) if self.kind.get(a) == "state" and a not in found
            )
        return found

    def at(self, token: Token) -> tuple[str, ...]:
        return self._by_token.get(token.i, ())

    def __bool__(self) -> bool:
        return bool(self._by_token)


def conjuncts(head: Token) -> list[Token]:
    """The head and every token coordinated with it ("India, Japan and Australia")."""
    return [head, *head.conjuncts]


def _phrase_actors(head: Token, index: ActorIndex) -> tuple[str, ...]:
    own = index.at(head)
    if own and all(index.country.get(a) for a in own):
        return own + _residence(head, own, index)
    found: list[str] = list(own)
    located: list[Token] = []
    stack = [c for c in head.children if c.dep_ in _NP_DEPS or c.dep_ == "prep"]
    while stack:
        token = stack.pop(0)
        if token.dep_ == "prep":
            # "the minister of defence of Japan", "officials from the OSCE"; "in" places
            # an otherwise unnamed group ("opposition parties in Nepal"), read last.
            if token.lower_ in ("of", "from"):
                # "the leaders of Ghana and Togo": every conjunct of the phrase.
                stack.extend(t for c in token.children if c.dep_ == "pobj" for t in conjuncts(c))
            elif token.lower_ == "in" and _places_head(token, head):
                located.extend(c for c in token.children if c.dep_ == "pobj")
            elif token.lower_ == "at" and token.head == head:
                # "workers at the Cerro mine in Peru": where they work places them.
                stack.extend(c for p in token.children if p.dep_ == "pobj" for c in p.children if c.dep_ == "prep")
            continue
        for actor in index.at(token):
            if actor not in found:
                found.append(actor)
        stack.extend(c for c in token.children if c.dep_ in _NP_DEPS or c.dep_ == "prep")
    if own:
        # "Palestinian leader Yasser Arafat": the person, and the state that places them.
        return tuple(found)
    if not found:
        for place in located:
            found.extend(a for a in index.at(place) if index.kind.get(a) == "state")
    # A person or organisation is the more specific reading of "Indian PM" + "India", unless
    # it has no country of its own: "Iran's leader Khomeini" keeps Iran beside the person.
    specific = [a for a in found if index.kind.get(a) != "state"]
    if specific and all(index.country.get(a) for a in specific):
        return tuple(specific)
    return tuple(found)


def _places_head(prep: Token, head: Token) -> bool:
    """Whether an "in" phrase says where the phrase's head is: on the head itself ("opposition
    parties in Nepal"), or on the group a quantity counts ("thousands of workers in Haiti") or
    the place the head works at ("workers at a mine in Peru")."""
    owner = prep.head
    if owner == head:
        return True
    via = owner.head
    return owner.dep_ == "pobj" and via.dep_ == "prep" and via.lower_ in ("of", "at") and via.head == head


def _residence(head: Token, own: tuple[str, ...], index: ActorIndex) -> tuple[str, ...]:
    """The state an ethnic group lives in: "the Albanians of southern Serbia", "ethnic
    Albanians in Serbia". A demonym names descent as well as nationality; "of" a state, or
    "ethnic" with "in" a state, says the group is that state's people, so the state is read
    beside the demonym's ("Americans in Iraq" stay Americans only).
    """
    if head.tag_ not in ("NNS", "NNPS") or any(index.kind.get(a) != "state" for a in own):
        return ()
    ethnic = any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in head.children)
    found: list[str] = []
    for prep in head.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or (ethnic and prep.lower_ == "in")):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found.extend(
                        a for a in index.at(pobj)
                        if index.kind.get(a) == "state" and a not in own and a not in found
                    )  # fmt: skip
    return tuple(found)


def noun_phrase_actors(head: Token, index: ActorIndex) -> tuple[str, ...]:
    """The actors an argument headed by `head` stands for, one reading per conjunct."""
    found: list[str] = []
    for conjunct in conjuncts(head):
        for actor in _phrase_actors(conjunct, index):
            if actor not in found:
                found.append(actor)
    return tuple(found)


def placed_source(
    source: tuple[str, ...], target: tuple[str, ...], states: list[str], index: ActorIndex
) -> tuple[str, ...]:
    """A source of people with no country, placed by the one state their sentence names.

    "Judge Alejandro Rivera opened investigations against 28 Chilean officials" names a judge
    the actor stage could not place; with Chile the only state in the sentence, Chile it is.
    States the target belongs to are not candidates ("Tutu called for sanctions on Nigeria"),
    and two or more candidates leave the source as it was.
    """
    if not source or any(index.country.get(a) for a in source):
        return source
    if any(index.kind.get(a) != "person" for a in source):
        return source
    taken = {index.country.get(a) for a in target}
    candidates = [s for s in states if s not in target and index.country.get(s) not in taken]
    return (*source, candidates[0]) if len(candidates) == 1 else source
