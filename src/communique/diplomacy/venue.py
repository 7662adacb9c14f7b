"""Where an engagement took place: the place its mention is attached to, else the city the
report is datelined from.

A venue hangs off the trigger or its verb ("met in Jakarta", "talks at the Palace"), or off
a building that does ("the summit at the foreign secretary's house, Chevening"). A place
reached through another noun ("talks covered aid to West Africa") or another clause ("met
the President before flying to Amman") is not where the meeting was.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.diplomacy.index import DocIndex
from communique.types import Place, Span

# Prepositions that put something at a place: a noun they govern may be a venue itself
# ("at the residence in Chevening"), unlike the object of "on", "of" or "to".
_LOCATIVE = frozenset({"at", "in", "inside"})
# Verbs whose destination is where the engagement they lead to happens: "will travel to
# Riyadh to co-chair the meeting", "flew to Tokyo for talks".
_TRAVEL_VERBS = frozenset({"travel", "fly", "go", "come", "head", "arrive", "return"})
_DIRECT, _VIA_NOUN, _OTHER_CLAUSE = 0, 1, 2
# Clauses that say something else than where the engagement was.
_OWN_CLAUSES = frozenset({"advcl", "pcomp", "ccomp", "conj", "parataxis", "relcl"})
_DATELINE_REACH = 400  # characters: a dateline opens the story


def anchors_of(token: Token, verb: Token | None) -> set[int]:
    """The tokens a venue may hang off: the trigger, its verb, and a travel verb the verb
    is the purpose of ("travel to Riyadh to co-chair the meeting")."""
    found = {token.i} | ({verb.i} if verb is not None else set())
    head = verb if verb is not None else token
    if head.dep_ in ("xcomp", "advcl") and head.head.lemma_.lower() in _TRAVEL_VERBS:
        found.add(head.head.i)
    return found


def place_near(index: DocIndex, region: list[Token], anchors: set[int] | None = None) -> Place | None:
    """The first place named in these tokens, cities before regions. With `anchors` (the
    trigger and its verb), a place attached to them ("met in Jakarta", "talks at the Palace")
    comes first, then a city reached through nouns only; a place in another clause ("before
    flying to Amman") or a region inside an object ("the talks covered aid to West Africa")
    is no venue."""
    tokens = [t for t in region if index.place[t.i] is not None and not _acting(t)]
    if anchors is not None:
        paths = {t.i: _path(t, anchors) for t in tokens}
        attached = [t for t in tokens if paths[t.i] == _DIRECT]
        tokens = attached or [
            t for t in tokens if paths[t.i] == _VIA_NOUN and index.place[t.i].kind == "city"  # type: ignore[union-attr]
        ]
    places = [index.place[t.i] for t in tokens]
    cities = [p for p in places if p is not None and p.kind == "city"]
    return (cities or places or [None])[0]


def _path(token: Token, anchors: set[int]) -> int:
    """How a place token reaches one of `anchors`: directly (through prepositions, its own
    name, or a building it names or is in), through another noun, or through another
    clause (or not at all)."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head  # the head word of the place's own name
    via_noun = False
    for _ in range(10):
        if token.i in anchors:
            return _VIA_NOUN if via_noun else _DIRECT
        if token.head.i == token.i:
            return _OTHER_CLAUSE
        step, token = token, token.head
        if token.i in anchors:
            continue
        if token.pos_ in ("VERB", "AUX"):
            if token.dep_ in ("acl", "relcl") and token.head.i in anchors:
                continue  # "talks held in Geneva", "the summit, which Canada will host in Kananaskis"
            if token.dep_ in _OWN_CLAUSES:
                return _OTHER_CLAUSE  # "met X before flying to Amman"
            via_noun = True
        elif token.pos_ in ("NOUN", "PROPN") and not _venue_link(step, token):
            via_noun = True
    return _OTHER_CLAUSE


def _venue_link(step: Token, noun: Token) -> bool:
    """Whether `noun`, reached from `step`, is itself a venue the place names or locates:
    "the house, Chevening" (apposition) or "the residence in Chevening", where the noun is
    the object of "at"/"in"."""
    located = noun.dep_ == "pobj" and noun.head.lower_ in _LOCATIVE
    named = step.dep_ == "appos" or (step.dep_ == "prep" and step.lower_ in _LOCATIVE)
    return located and named


def _acting(token: Token) -> bool:
    """Whether a place name is the subject of a verb: "as Cairo and Addis Ababa trade blame"
    names two governments, not where the talks are."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def dateline_city(index: DocIndex) -> Place | None:
    """The city a wire report is datelined from ("DUBLIN, Monday 15 September 2025 -"): a
    city whose first mention opens a line near the top, in capitals, before a comma."""
    text = index.analysis.text
    for place in index.mentions.places:
        if place.kind == "city" and any(_opens_dateline(text, span) for span in place.mentions):
            return place
    return None


def _opens_dateline(text: str, span: Span) -> bool:
    opens_line = span.start == 0 or text[span.start - 1] == "\n"
    return (
        opens_line and span.start < _DATELINE_REACH and span.text.isupper()
        and text[span.end : span.end + 1] == ","
    )
