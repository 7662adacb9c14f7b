"""Who one engagement mention names: the verb governing a trigger, its subjects and arguments."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from communique.diplomacy.index import DocIndex
from communique.diplomacy.triggers import with_objects
from communique.types import Actor

# Verbs whose subject takes part in the engagement named by their object ("attended the summit").
PARTICIPATION_VERBS = frozenset(
    {"attend", "represent", "participate", "join", "accompany", "lead", "chair", "co-chair",
     "hold", "have", "conduct", "host", "take", "begin", "open", "convene", "pay", "make",
     # "X travelled to Y for talks with Z", "will stay in Jakarta for talks": who goes, meets.
     "travel", "arrive", "stay", "come", "go", "fly", "head"}
)  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass", "agent")
# Nouns naming one sitting of a recurring engagement: "the next round of the Dialogue".
_INSTALMENTS = frozenset({"round", "session", "edition", "sitting"})


def governor(token: Token) -> Token | None:
    """The verb an engagement noun is an argument of: "held" in "held talks", "represented"
    in "represented Japan at the meeting"; None when the noun hangs off another noun."""
    head = token
    # "talks with A and a meeting with B": the second noun is governed like the first.
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    # "held India-Japan, the 2+2 Dialogue": a noun the parser hung as an apposition is
    # governed like the noun it is in apposition to.
    if head.dep_ == "appos" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    # "to hold the next round of the Strategic Dialogue": the round is the dialogue.
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _INSTALMENTS:
        head = head.head.head
    if head.dep_ in ("pobj", "pcomp"):
        head = head.head
    if head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "prep", "pobj", "npadvmod", "oprd"):
        verb = head.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    return None


def subjects(verb: Token) -> list[Token]:
    """A verb's subjects, borrowed from the verb it hangs off when it has none of its own
    ("Meeting in Delhi, the two sides agreed", "agreed to task officials")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in _SUBJECTS]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        if found or agents:
            return [s for t in found if t.dep_ != "agent" for s in _past_dateline(t)] + agents
        misread = _misread_name_subject(verb)
        if misread is not None:
            return [misread]
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            while verb.dep_ in ("prep", "pobj", "pcomp") and verb.pos_ != "VERB" and verb.head.i != verb.i:
                verb = verb.head
        else:
            break
    return []


def _misread_name_subject(verb: Token) -> Token | None:
    """"Barack Obama and Vladimir Putin met": the small tagger reads an unfamiliar first name as a
    preposition, so the parser hangs the rest of the name on it and the verb has no subject. A
    preposition inside a person's name is a misread name: its object is the subject."""
    for child in verb.lefts:
        if child.dep_ == "prep" and child.ent_type_ == "PERSON" and child.ent_iob_ == "B":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _past_dateline(subject: Token) -> list[Token]:
    """"WASHINGTON, July 2 - The foreign ministers ... met": the parser makes the dateline the
    subject and the real subject its apposition."""
    appositions = [c for c in subject.children if c.dep_ == "appos"]
    return appositions if appositions and subject.text.isupper() and len(subject.text) > 2 else [subject]


def arguments(token: Token, is_verb: bool, of_phrase: bool = True) -> Iterator[Token]:
    """The heads of the phrases naming who meets: subjects, objects, "with" and "between".
    Without `of_phrase`, a noun's "of" phrase is not who meets: "the sidelines of the APEC
    Summit" say where, not with whom."""
    if is_verb:
        for subject in subjects(token):
            yield subject
            # "The foreign ministers of Australia, India and Japan met": whose ministers.
            if index_free_group(subject):
                yield from _of_objects(subject)
        yield from (c for c in token.children if c.dep_ in ("dobj", "dative"))
    else:
        # Only people count as possessors: "Biden's meeting", not "the Leaders' Summit".
        yield from (c for c in token.children if c.dep_ == "poss" and c.ent_type_ in ("PERSON", ""))
        if of_phrase:
            yield from _of_objects(token)
        # "the first visit to Brasilia by Foreign Minister X": who visits.
        for child in token.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                yield from (o for o in child.children if o.dep_ == "pobj")
    yield from with_objects(token)


def index_free_group(token: Token) -> bool:
    """Whether a subject is a plural noun for people ("ministers", "leaders"), whose "of"
    phrase names who they are."""
    return token.tag_ == "NNS" and token.pos_ == "NOUN"


def _of_objects(token: Token) -> Iterator[Token]:
    """Who meets, from "a meeting of X": the object of "of", and when that object is a
    group of people ("the water ministers of Egypt, Sudan and Ethiopia"), whose they are."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                yield obj
                for part in (obj, *obj.conjuncts):
                    for inner in part.children:
                        if inner.dep_ == "prep" and inner.lower_ == "of":
                            yield from (o for o in inner.children if o.dep_ == "pobj")


def people(index: DocIndex, heads: Iterator[Token] | list[Token]) -> tuple[list[Actor], bool]:
    """The actors named by some argument heads, and whether one of them was "they"/"both sides"."""
    found: dict[str, Actor] = {}
    group = False
    for head in heads:
        actors = index.actors_of(head)
        group = group or actors.group
        for actor in actors.actors:
            found.setdefault(actor.id, actor)
    return list(found.values()), group

