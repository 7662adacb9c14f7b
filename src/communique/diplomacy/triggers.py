"""Finding the words that announce an engagement, in one pass over the tokens."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from communique.diplomacy.index import DocIndex
from communique.diplomacy.lexicon import Trigger, load_triggers

_PHONE_WORDS = frozenset({"phone", "telephone", "telephonically", "video", "virtually", "videoconference"})
# Nouns that stand for a person across the table: "met his counterpart", "received the delegation".
COUNTERPARTS = frozenset(
    {"counterpart", "leader", "president", "minister", "delegation", "king", "queen", "prince",
     "chancellor", "secretary", "ambassador", "envoy", "premier", "emir", "official", "head",
     "governor", "mayor", "senator", "chairman", "sultan", "pope", "taoiseach"}
)  # fmt: skip
_ACTOR_ENTS = frozenset({"PERSON", "GPE", "NORP"})
_NOT_ENGAGEMENT_PREPS = frozenset({"on", "upon", "for"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found at `token`; `start` is its first word ("telephone" of "telephone call")."""

    token: Token
    start: int
    trigger: Trigger


def is_counterpart(token: Token, index: DocIndex) -> bool:
    """Whether a token names someone one could meet: an actor, a person entity, "his counterpart"."""
    return (
        index.actor[token.i] is not None
        or index.reference[token.i] is not None
        or token.ent_type_ in _ACTOR_ENTS
        or token.lemma_.lower() in COUNTERPARTS
        or token.lower_ in ("him", "her", "them")
    )


def with_objects(token: Token) -> Iterator[Token]:
    """The objects of "with" and "between" phrases under a token, conjuncts included."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between", "among"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj


# Parts of a noun phrase that belong to its head's name: "Foreign Minister Rebecca Thornton".
_NAME_PARTS = frozenset({"compound", "flat", "appos", "nmod"})


def _has_actor_argument(token: Token, index: DocIndex) -> bool:
    """Whether the verb's object or "with" argument is someone one could meet: "welcomed the
    President", "met his counterpart"; not "welcomed New Zealand's plan", whose head is a
    thing even though a state owns it."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    return any(is_counterpart(t, index) for o in [*objects, *with_objects(token)] for t in _head_words(o))


def _head_words(head: Token) -> list[Token]:
    """The words that may name whom a verb's object is: the head, and the rest of its name
    when the head is a proper noun ("Prime Minister Kishida"). A common noun is what it is
    whoever modifies it: "the UN General Assembly Resolution" is a resolution."""
    if head.pos_ != "PROPN":
        return [head, *(c for c in head.children if c.dep_ == "appos")]
    return [head, *(c for c in head.children if c.dep_ in _NAME_PARTS)]


def _needs_met(token: Token, trigger: Trigger, index: DocIndex) -> bool:
    if trigger.pos == "verb":
        # "called on X to" is a request, but "called his counterparts on Sunday" is a call.
        if any(c.dep_ == "prep" and c.lower_ in _NOT_ENGAGEMENT_PREPS and not _dated(c) for c in token.children):
            if trigger.words[-1] == "call":
                return False
        if any(c.dep_ == "prt" for c in token.children) and trigger.words[-1] == "call":
            return False
        if trigger.role == "host" and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            return False  # "welcomed Timor-Leste as the eleventh member": a status, not a guest
        if trigger.words[-1] == "meet":
            objects = [c for c in token.children if c.dep_ == "dobj"]
            return not objects or _has_actor_argument(token, index)
    needs = trigger.needs
    if needs is None:
        return True
    if needs == "obj":
        return _has_actor_argument(token, index)
    if needs == "with":
        return any(True for _ in with_objects(token))
    if needs == "to":
        return _destination(token, index)
    doc = token.doc
    window = doc[max(0, token.i - 3) : token.i + 4]
    near_phone = any(t.lower_ in _PHONE_WORDS for t in window)
    return near_phone or (trigger.pos == "verb" and any(True for _ in with_objects(token)))


def _destination(verb: Token, index: DocIndex) -> bool:
    """Whether a travel verb says where to: "travelled to Jakarta", "will travel to India".
    A journey with a purpose ("to Riyadh for the Council", "to Lima to meet X") is told by
    its purpose, which names the engagement better."""
    if any(c.dep_ in ("xcomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                actor = index.actor[obj.i]
                if obj.dep_ == "pobj" and (index.place[obj.i] is not None or (actor is not None and actor.kind == "state")):
                    return True
    return False


# "our call for a ceasefire", "the call on all parties", "the REAIM Call to Action": an
# appeal, not a telephone call.
_APPEAL_PREPS = frozenset({"for", "on", "upon"})


def _appeal(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "prep" and not _dated(child) and (
            child.lower_ in _APPEAL_PREPS or (child.lower_ == "to" and any(o.lower_ == "action" for o in child.children))
        ):
            return True
    # A capitalised "Call" inside a sentence is an initiative's name ("the Christchurch Call").
    return token.text == "Call" and not token.is_sent_start and not any(True for _ in with_objects(token))


def _acronym(token: Token) -> bool:
    """Whether an upper-case word is an acronym in running text ("the TRIPS waiver"), not a
    word of an upper-case heading ("CARBIS BAY G7 SUMMIT")."""
    if not token.is_upper or len(token) < 2:
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(not t.is_upper for t in neighbours)


def _dated(preposition: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in preposition.children)


def _noun_trigger(token: Token) -> Iterator[Trigger]:
    nouns = load_triggers().nouns
    lemma = token.lemma_.lower()
    forms = (lemma, token.lower_, token.lower_[:-1] if token.lower_.endswith("s") else "")
    for form in forms:
        if form in nouns:
            yield from nouns[form]
            return


def find_triggers(index: DocIndex) -> list[Hit]:
    """Every engagement trigger of the document, in text order."""
    verbs = load_triggers().verbs
    doc = index.doc
    hits: list[Hit] = []
    for token in doc:
        pos = token.pos_
        if pos == "VERB":
            trigger = verbs.get(token.lemma_.lower())
            if trigger is not None and _needs_met(token, trigger, index):
                hits.append(Hit(token, token.i, trigger))
        elif pos in ("NOUN", "PROPN"):
            if token.dep_ == "compound" and any(True for _ in _noun_trigger(token.head)):
                continue  # "Summit" of "Summit meeting": the head speaks for both.
            if _acronym(token):
                continue
            for trigger in _noun_trigger(token):
                size = len(trigger.words)
                start = token.i - size + 1
                if start < 0:
                    continue
                before = [t.lemma_.lower() for t in doc[start : token.i]]
                lowers = [t.lower_ for t in doc[start : token.i]]
                if trigger.words[:-1] not in (tuple(before), tuple(lowers)):
                    continue
                if trigger.kind == "call" and size == 1 and _appeal(token):
                    break
                if _needs_met(token, trigger, index):
                    hits.append(Hit(token, start, trigger))
                break
    return hits
