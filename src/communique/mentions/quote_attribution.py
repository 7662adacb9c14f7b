"""Speaker choice: once a cue is found, which words name the one who spoke.

- The verb's subject nearest the verb (the parser sometimes gives `said` a second subject inside
  the quote); a subject anywhere in the sentence counts when it stands outside quotation marks.
- A relative pronoun is the local mention (`Wonder, who joked` -> `who`), resolved to `Wonder`.
- A passive cue names what is said, not who said it: its speaker is its agent or none.
- With no usable subject, the nearest name before the cue, and only then the nearest noun.

Speakers found outside the cue's own clause (an outer name, a participle's owner, a relative
`who`) are read in `quote_owners`, an outer name in `quote_outer`.

Example:
    >>> # for '"We will win," he said', from_verb(said, window) gives the speaker "he"
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from communique.mentions.quote_owners import (
    object_owner,
    participle_owner,
    person_for_thing,
    relative_subject,
    shown_speaking,
    verbless_subject,
)
from communique.mentions.quote_passives import passive_speaker
from communique.mentions.quote_people import names_thing
from communique.mentions.quote_tree import (
    NOT_SPEAKER_ENTS,
    NOUNS,
    SUBJECT_DEPS,
    SUBJECT_RELATIVE,
    head_span,
    is_name,
    is_speakerish,
    misread_active,
    noun_phrase,
    passive,
    person_appositive,
    reduced_passive_agent,
    subject,
)

__all__ = [
    "Attribution",
    "QuotedText",
    "according",
    "attribution",
    "from_verb",
    "nearest_name",
    "put_question",
    "said_by",
    "source_maker",
    "speaker_only",
]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue and its speaker: character spans; `head` is the speaker's head word or name."""

    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    head: tuple[int, int] | None
    cue_index: int | None  # token index of the cue, to group runs that share one


class QuotedText:
    """The character ranges inside quotation marks of one document, to tell quoted words apart.

    Example:
        >>> 12 in QuotedText([(10, 20)]), 25 in QuotedText([(10, 20)])
        (True, False)
    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged = sorted(ranges)
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int):
            return False
        n = bisect.bisect_right(self._starts, offset) - 1
        return n >= 0 and offset < self._ends[n]


def attribution(cue: Token, speaker: Token | None) -> Attribution:
    """The attribution of a cue whose speaker token is already known."""
    span = (cue.idx, cue.idx + len(cue.text))
    if speaker is None:
        return Attribution(span, None, None, cue.i)
    if speaker.lower_ in SUBJECT_RELATIVE and speaker.head.dep_ == "relcl":
        local = (speaker.idx, speaker.idx + len(speaker.text))
        return Attribution(span, local, head_span(speaker.head.head), cue.i)
    return Attribution(span, noun_phrase(speaker), head_span(speaker), cue.i)


def from_verb(verb: Token, window: list[Token], marks: QuotedText | None = None) -> Attribution:
    """The verb's subject when it stands in the window, else the name nearest the verb there.

    The parser sometimes takes a quoted word for the subject ("We" of a quote, or a time
    stamp in the line above): a speaker is looked for between the quote's neighbours, or
    anywhere in the sentence outside quotation marks when `marks` says where they are
    ("Mr. Trump, treating it as a compliment -- ''...'' -- and asserting, ''...''").
    """
    if verb.tag_ == "VBN" and passive(verb):
        # A passive names what is said, not who said it ("a box labeled", "the bill, known
        # as", "to be considered a genius"): the speaker is its agent, if any.
        return attribution(verb, passive_speaker(verb))
    agent = reduced_passive_agent(verb)
    if agent is not None:
        return attribution(verb, agent)
    if misread_active(verb):
        found: Token | None = verb.head
    else:
        found = shown_speaking(verb) or participle_owner(verb, marks) or object_owner(verb, marks) or subject(verb)
        if found is not None and names_thing(found):
            found = person_for_thing(verb, found, marks) or found
    if found is None and verb.dep_ == "acl" and is_name(verb.head):
        found = verb.head
    elif verb.dep_ == "acl" and (found is None or found.i > verb.i) and verbless_subject(verb):
        found = person_appositive(verb.head)  # not "Sunday" of "tweeted Sunday"
    lo, hi = window[0].i, window[-1].i
    if found is not None and not lo <= found.i <= hi:
        if marks is None or found.idx in marks or found.sent.start != verb.sent.start:
            found = None
    if found is None:
        found = relative_subject(verb, marks)
    if found is None or (found.ent_type_ in ("DATE", "TIME") and not _age(found)):
        found = nearest_name(verb, window)
    return attribution(verb, found)


def put_question(verb: Token, open_at: int) -> bool:
    """True for "Asked whether ...", "When asked how ...": a question put to the subject of the
    clause above, in a participle with no subject or auxiliary of its own, whose words run on to
    the quote at `open_at`. The question's words are the asker's (its agent, "asked by Thrush"),
    never the one answering; PolNeAR marks the agent or no source at all. An answer between them
    ("Asked which county ..., he demurred: "..."") is the quote's own clause.
    """
    if verb.lemma_ != "ask" or verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.idx >= open_at:
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    lo, hi = verb.left_edge.i, verb.right_edge.i
    for tok in verb.doc[verb.i + 1 :]:
        if tok.idx >= open_at:
            return True
        if tok.text == ":" or (tok.dep_ in SUBJECT_DEPS and not lo <= tok.head.i <= hi):
            return False
    return False


def _age(tok: Token) -> bool:
    """True for "the 46-year-old": a person named by age, which the tagger reads as a date."""
    return tok.lower_ == "old" and tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def according(word: Token) -> Attribution:
    """The attribution of "according to X": X speaks, "according" is the cue."""
    cue = (word.idx, word.idx + len(word.text))
    for to in word.children:
        for obj in to.children:
            if obj.dep_ == "pobj":
                obj = source_maker(obj) or obj
                return Attribution(cue, noun_phrase(obj), head_span(obj), word.i)
    return Attribution(cue, None, None, word.i)


def source_maker(thing: Token) -> Token | None:
    """The name behind a source that is a thing: "according to a court document filed by X",
    "audio provided by X", "calculations by X", "a speech X delivered" (PolNeAR marks X), else
    None."""
    if thing.pos_ != "NOUN":
        return None
    for clause in thing.rights:
        if clause.dep_ == "relcl" and clause.pos_ == "VERB":
            # "a speech Mrs. Clinton delivered", "the memo Smith wrote": its subject made it.
            maker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if maker is not None and maker.pos_ == "PROPN":
                return maker
    for tok in thing.subtree:
        if tok.lower_ == "by" and tok.dep_ in ("agent", "prep") and tok.head.i >= thing.i:
            found = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if found is not None and found.pos_ == "PROPN":
                return found
    return None


def speaker_only(tok: Token) -> Attribution:
    """A speaker with no cue (`- Commissioner X`, `Pence: "..."`): the name the token heads."""
    return said_by(_phrase_head(tok))  # "Commissioner" -> "Commissioner Smith"


def said_by(tok: Token) -> Attribution:
    """A speaker with no cue: the token's noun phrase, headed by the token or its entity."""
    return Attribution(None, noun_phrase(tok), head_span(tok), None)


def nearest_name(verb: Token, window: list[Token]) -> Token | None:
    """The name closest before the verb in the window, else the first one after it, else a noun.

    Names (and personal pronouns) first: in "Flea shared the news on social media, writing "..."",
    the nearest noun is "media", the writer is Flea.
    """
    bracketed = _bracketed(window)
    # A possessive ("defend his remarks calling") names whose thing it is, not who speaks.
    nouns = [
        t
        for t in window
        if t.pos_ in NOUNS and t.ent_type_ not in NOT_SPEAKER_ENTS and t.i not in bracketed and t.tag_ != "PRP$"
    ]
    # A name as the object of a preposition is a place or an audience ("Trump, in Kentucky, said").
    names = [t for t in nouns if is_speakerish(t) and t.lower_ != "it" and t.tag_ != "NNS" and t.dep_ != "pobj"]
    found = None
    for pool in (names, nouns):
        before = [t for t in pool if t.i < verb.i]
        after = [t for t in pool if t.i > verb.i]
        found = before[-1] if before else (after[0] if after else None)
        if found is not None:
            break
    return _phrase_head(found) if found is not None else None  # "Chief Chuck" -> "Jordan"


def _phrase_head(tok: Token) -> Token:
    """The head of the name a compound word stands in: "Smith" for "Commissioner" of "Commissioner Smith"."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _bracketed(window: list[Token]) -> set[int]:
    """Indices of the window's tokens inside parentheses ("Warren (D-MA) said": not "MA")."""
    inside: set[int] = set()
    depth_now = 0
    for tok in window:
        if tok.text == "(":
            depth_now += 1
        elif tok.text == ")":
            depth_now = max(0, depth_now - 1)
        elif depth_now:
            inside.add(tok.i)
    return inside
