"""Who does what in a verb's clause: its subject, and the actors of its source and target.

- active: subject -> source; direct object, dative, or the object of "with", "to",
  "against", "on", "at"... -> target;
- passive: the "by" agent -> source; the passive subject -> target;
- a verb with no subject of its own borrows its governor's: coordination ("X met Y and
  signed..."), participial and adverbial clauses, complements ("ready to contribute" takes
  the subject of "is"), and relative clauses (the noun they modify);
- a pronoun subject of a reported clause is the reporter ("Japan said it had halted aid");
- a passive verb's "by" agent is its subject when it is a pronoun or an armed group the text
  does not name ("the convoy was attacked by gunmen");
- a participle describing a text a verb's subject issued speaks for that subject
  ("Amnesty issued a statement calling on Belarus to...", "sent a letter threatening...");
- a subject that is a thing done or used ("the missiles fired by the Israeli military", "a
  car bombing by the Islamic State") acts for whoever its "by" phrase names.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from communique.events.agents import is_agent, is_armed_group
from communique.events.arguments import ActorIndex, noun_phrase_actors
from communique.mentions.quote_lexicon import QuoteWords
from communique.nlp.tree import passive_agent

SUBJECT = frozenset({"nsubj", "csubj"})
_OBJECT = frozenset({"dobj", "dative", "attr", "oprd"})
_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon", "from", "for",
     "between", "among"}
)  # fmt: skip
# "Serb forces were engaged in ethnic cleansing", "troops involved in the raid": the passive
# subject is the doer.
_STANCES = frozenset(
    {"oppose", "commit", "determine", "dedicate", "resolve", "prepare", "opposed", "engage",
     "involve"}
)  # fmt: skip
# Prepositions whose parties act together: "talks were held between A and B".
_RECIPROCAL = frozenset({"between", "among"})
_BORROW = frozenset({"conj", "advcl", "xcomp", "pcomp", "acomp"})
_CAUSATIVE = frozenset({"let", "make", "set"})


def subject_of(token: Token) -> Token | None:
    """The subject of `token`'s clause, borrowed from its governor when it has none."""
    for depth in range(4):
        for child in token.children:
            if child.dep_ in SUBJECT:
                if child.pos_ == "PRON" and token.dep_ == "ccomp":
                    # "Japan said it had halted aid": the pronoun is the reporting subject.
                    return subject_of(token.head) or child
                return child
        agent = passive_agent(token) if depth == 0 else None
        if agent is not None and (agent.pos_ == "PRON" or is_armed_group(agent)):
            # "the village was attacked by gunmen": the gunmen did it. A named agent is
            # already the source (`verb_arguments`); an office in a "by" phrase ("was
            # suspended by police", "approved by parliament") reports an act of
            # administration, which without a named party is no interaction.
            return agent
        if token.dep_ == "relcl":
            return token.head
        if issued_text(token):
            # "Amnesty issued a statement calling on Belarus": the issuer calls.
            token = token.head.head
            continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            # "China helps by donating supplies", "gave arms without demanding payment":
            # the gerund's subject is that of the verb the preposition hangs on.
            token = token.head
        elif token.dep_ == "ccomp" and token.head.lemma_ in _CAUSATIVE:
            # "Ethiopia let free 74 prisoners", "made available ambulances": one act.
            pass
        elif token.dep_ not in _BORROW or token.head is token:
            return None
        token = token.head
    return None


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    """Nouns for texts someone issues (the quote stage's `document` and `source` words)."""
    words = QuoteWords.load()
    return words.documents | words.sources


def issued_text(token: Token) -> bool:
    """Whether `token` is an "-ing" participle on the object of a verb, describing a text that
    verb's subject issued: "issued a statement urging", "sent a letter threatening". People
    acting for themselves ("dispersed demonstrators calling for...") are not texts."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and head.dep_ == "dobj"
        and head.lemma_.lower() in _documents()
    )


def _by_phrase(subject: Token) -> Token | None:
    """The "by" phrase of a subject that is a thing done or used: "the missiles fired by the
    Israeli military", "a car bombing by the Islamic State group"."""
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            found = passive_agent(child)
            if found is not None:
                return found
    return None


def verb_arguments(token: Token, index: ActorIndex, used: Token | None) -> tuple[list, list]:
    """Source and target actors of a verb; `used` is the light verb's object, if any."""
    source: list[str] = []
    target: list[str] = []
    mutual: list[str] = []  # the parties of a "between" phrase

    def add(into: list[str], actors: tuple[str, ...]) -> None:
        into.extend(a for a in actors if a not in into)

    heads = [token] if used is None else [token, used]
    # "Israel is opposed to the plan": a stance, whose passive subject holds it.
    stative = token.lemma_ in _STANCES and not any(c.dep_ == "agent" for c in token.children)
    for head in heads:
        for child in head.children:
            if child.dep_ == "nsubjpass":
                add(source if stative else target, noun_phrase_actors(child, index))
            elif child.dep_ == "agent":
                for pobj in child.children:
                    add(source, noun_phrase_actors(pobj, index))
            elif child.dep_ in _OBJECT and child is not used:
                if child.pos_ == "ADP":  # a dative "to": "gave to Armenia some equipment"
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            add(target, noun_phrase_actors(pobj, index))
                else:
                    add(target, noun_phrase_actors(child, index))
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(target, noun_phrase_actors(pobj, index))
                        if child.lower_ in _RECIPROCAL:
                            add(mutual, noun_phrase_actors(pobj, index))
            elif child.dep_ == "xcomp":
                # Object control: "urged Japan to act" may parse Japan as the xcomp's subject.
                for grandchild in child.children:
                    if grandchild.dep_ in SUBJECT:
                        add(target, noun_phrase_actors(grandchild, index))
    subject = subject_of(token)
    if subject is not None:
        actors = noun_phrase_actors(subject, index)
        if not actors and not is_agent(subject) and (by := _by_phrase(subject)) is not None:
            actors = noun_phrase_actors(by, index)
        add(source, actors)
    if not source and mutual:
        # "Talks were held between Japan and China": nobody leads, every party acts, as in
        # PLOVER's reciprocal markup (all parties are sources) and in "Japan and China held
        # talks".
        return mutual, [a for a in target if a not in mutual]
    return source, target
