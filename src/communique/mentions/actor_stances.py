"""The state a person speaks for, read from what they say in its name.

Cues, each giving a `SIDE` vote to the persons in the subject of its verb:
- a stance verb whose object is a state's stance: "Vice President Harris reaffirmed the United
  States' commitment to ...", "President Biden underscored America's support for ...", "the
  President conveyed the U.S. condolences" (`stance_verb`, `stance_noun` in
  `data/actor_words.tsv`). "welcomed Japan's commitment" is no cue: welcoming is no stance verb;
- "on behalf of" a state or its people: "thanked them on behalf of the United States", "on
  behalf of the American people", "on behalf of the people of Iraq".

The subject is read through the parse. A personal pronoun ("She underscored U.S. support")
stands for the subject of the sentence before; "I" and "we" in a transcript turn stand for
the turn's speaker (the nearest speaker label before them). Nothing here reads a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from communique.mentions.actor_evidence import SIDE
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_mention import PersonMention

THIRD_PERSON = frozenset({"he", "she"})
FIRST_PERSON = frozenset({"i", "we"})
PEOPLE_NOUNS = frozenset({"people", "government", "nation", "country", "administration"})
MAX_HEAD_STEPS = 4


@dataclass(frozen=True, slots=True)
class StanceCue:
    """Persons in tokens [start, end) speak for `country`; `first_person` marks an "I"/"we"
    subject, which the resolver gives to the transcript turn's speaker."""

    start: int
    end: int
    country: str
    first_person: bool = False
    question_at: int = -1  # the last "Q" turn before a first-person cue: its speaker has no label


def stance_cues(doc: Doc, state_at: dict[int, str], lexicon: ActorLexicon) -> list[StanceCue]:
    """Every stance and "on behalf of" cue of `doc`, in document order."""
    cues: list[StanceCue] = []
    for token in doc:
        if token.dep_ == "dobj" and token.lemma_.lower() in lexicon.stance_nouns and token.head.lemma_ in lexicon.stance_verbs:
            country = _owner(token, state_at)
            verb = token.head
        elif token.lower_ == "behalf" and token.head.lower_ == "on":
            country = _behalf_of(token, state_at)
            verb = _verb_above(token.head)
        else:
            continue
        if country is None or verb is None:
            continue
        cue = _speaker_range(doc, verb, country)
        if cue is not None:
            cues.append(cue)
    return cues


def answered_states(doc: Doc, state_at: dict[int, str], lexicon: ActorLexicon) -> frozenset[str]:
    """States whose stance someone answers ("welcomed Japan's commitment", "thanked India for
    its support"): the subject of such a verb is not the one who speaks for that state."""
    found = set()
    for token in doc:
        if token.dep_ == "dobj" and token.lemma_.lower() in lexicon.stance_nouns and token.head.lemma_ not in lexicon.stance_verbs:
            country = _owner(token, state_at)
            if country is not None:
                found.add(country)
    return frozenset(found)


def _owner(noun: Token, state_at: dict[int, str]) -> str | None:
    """The one state owning a stance noun: "the United States' commitment", "U.S. support"."""
    found = {state_at[t.i] for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") for t in c.subtree if t.i in state_at}
    return found.pop() if len(found) == 1 else None


def _behalf_of(behalf: Token, state_at: dict[int, str]) -> str | None:
    """The state of "on behalf of (the people of) X" / "of the American people" / "of X's people"."""
    of = next((c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    if obj.i in state_at:
        return state_at[obj.i]
    if obj.lower_ not in PEOPLE_NOUNS:
        return None
    inner = [t for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod") for t in c.subtree]
    inner += [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    found = {state_at[t.i] for t in inner if t.i in state_at}
    return found.pop() if len(found) == 1 else None


def _verb_above(token: Token) -> Token | None:
    for _ in range(MAX_HEAD_STEPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _speaker_range(doc: Doc, verb: Token, country: str) -> StanceCue | None:
    """The cue for the subject of `verb` (through coordination), read through pronouns."""
    subject = _subject(verb)
    # "Biden and Kishida reaffirmed Japan's commitment": the pair speaks for two sides.
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None
    if subject.lower_ in FIRST_PERSON:
        return StanceCue(subject.i, subject.i + 1, country, first_person=True, question_at=_last_question(doc, subject.i))
    if subject.lower_ in THIRD_PERSON:
        sentence = verb.sent
        if sentence.start == 0:
            return None
        earlier = _subject(doc[sentence.start - 1].sent.root)
        if earlier is None or earlier.lower_ in THIRD_PERSON or earlier.pos_ == "PRON":
            return None
        subject = earlier
    return StanceCue(subject.left_edge.i, subject.right_edge.i + 1, country)


def _last_question(doc: Doc, i: int) -> int:
    """The token of the last line opening with a bare "Q" (a journalist's turn) before token i."""
    for j in range(i - 1, 0, -1):
        if doc[j].text == "Q" and "\n" in doc[j - 1].whitespace_ + doc[j - 1].text and doc[j].whitespace_:
            return j
    return -1


def _subject(verb: Token) -> Token | None:
    for candidate in (verb, verb.head if verb.dep_ in ("conj", "xcomp") else None):
        if candidate is None:
            continue
        for child in candidate.children:
            if child.dep_ == "nsubj":
                return child
    return None


def speaking_tokens(cues: list[StanceCue]) -> frozenset[int]:
    """Tokens of the cues' subjects: a title standing alone there ("The Vice President
    reaffirmed ...") is a mention of its holder even with no country next to it."""
    return frozenset(i for cue in cues if not cue.first_person for i in range(cue.start, cue.end))


def add_stance_votes(people: list[PersonMention], cues: list[StanceCue]) -> None:
    """Give each person in a cue's subject, or the speaker of an "I"/"we" cue, a `SIDE` vote."""
    labels = [p for p in people if p.label_start >= 0]
    for cue in cues:
        if cue.first_person:
            speaker = max((p for p in labels if p.start < cue.start), key=lambda p: p.start, default=None)
            chosen = [speaker] if speaker is not None and speaker.start > cue.question_at else []
        else:
            chosen = [p for p in people if cue.start <= p.start < cue.end]
        for person in chosen:
            person.votes.append((cue.country, SIDE))
