"""Speaker choice: once a cue is found, which words name the one who spoke.

- The verb's subject nearest the verb (the parser sometimes gives `said` a second subject inside
  the quote); a subject anywhere in the sentence counts when it stands outside quotation marks.
- A relative pronoun is the local mention (`Wonder, who joked` -> `who`), resolved to `Wonder`.
- A passive cue names what is said, not who said it: its speaker is its agent or none.
- With no usable subject, the nearest name before the cue, and only then the nearest noun.

Example:
    >>> # for '"We will win," he said', from_verb(said, window) gives the speaker "he"
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_tree import (
    NOT_SPEAKER_ENTS,
    NOUNS,
    SUBJECT_DEPS,
    SUBJECT_RELATIVE,
    head_span,
    is_name,
    is_speakerish,
    may_speak,
    misread_active,
    noun_phrase,
    passive,
    person_appositive,
    subject,
)
from communique.nlp.tree import passive_agent

_BOUND_PRONOUNS = frozenset({"he", "she", "they"})
# A pronoun cue under one of these is a clause of its own, not the content of the clause above.
_OWN_CLAUSE_DEPS = frozenset({"advcl", "relcl", "conj", "parataxis", "acl"})
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
# Clauses a participle may be misattached to, below the main clause it belongs to.
_REPORTED_DEPS = frozenset({"ccomp"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


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
        return attribution(verb, passive_agent(verb))
    if misread_active(verb):
        found: Token | None = verb.head
    else:
        found = _shown_speaking(verb) or _participle_owner(verb, marks) or _object_owner(verb, marks) or subject(verb)
    if found is None and verb.dep_ == "acl" and is_name(verb.head):
        found = verb.head
    elif verb.dep_ == "acl" and (found is None or found.i > verb.i) and _verbless_subject(verb):
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


def _object_owner(verb: Token, marks: QuotedText | None) -> Token | None:
    """The subject of the clause whose object a participle cue describes, or None.

    "The group placed ads calling the deal a "mistake"", "replacing it with language calling for
    "...": the ads and the language say what their makers say, and the maker is the subject of
    the verb that has the thing as its object (climbing over participles and conjuncts). A
    name before the participle is handled before this ("footage of Clinton saying").
    """
    if verb.head.pos_ != "NOUN" or not (_participle_on_noun(verb) or _purpose_on_thing(verb)):
        return None
    thing = verb.head
    clause = thing.head
    if thing.dep_ == "pobj" and clause.dep_ == "prep":
        clause = clause.head  # "replacing it with language calling"
    elif thing.dep_ != "dobj":
        return None
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    found = subject(clause)
    if found is None or found.i > verb.i or (marks is not None and found.idx in marks):
        return None
    return found


def _participle_on_noun(verb: Token) -> bool:
    """True for "ads calling", "a statement saying": a participle describing a noun."""
    return verb.tag_ == "VBG" and verb.dep_ == "acl"


def _purpose_on_thing(verb: Token) -> bool:
    """True for "pointed to a previous case to say": an infinitive the parser hung as a relative
    clause on a thing, which says nothing; it tells why the clause's subject acted."""
    if verb.dep_ != "relcl" or _has_subject(verb) or is_speakerish(verb.head) or verb.head.ent_type_:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _verbless_subject(verb: Token) -> bool:
    """'"...," the nominee, Donald Trump, tweeted Sunday': a sentence the parser left without a
    finite verb, so the speech verb after its noun root hangs as a participle; the root speaks."""
    head = verb.head
    return head.dep_ == "ROOT" and head.i < verb.i and may_speak(head) and verb.tag_ in ("VBD", "VBN")


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


def outer_name(verb: Token, open_at: int, marks: QuotedText | None) -> Token | None:
    """The named subject of a clause that reports a cue whose own subject is a pronoun, or None.

    "Kasich says he'd tell him "no more nonsense"", "Limbaugh used his show to discuss what he
    described as "brilliant"": the pronoun's clause is the content of the outer one, and PolNeAR
    marks the outer subject as the source. A pronoun in a clause of its own ("Ryan said ..., though
    he said "..."", "the bill, which she called "..."", "X spoke and then he added") keeps the cue:
    there PolNeAR marks the pronoun.
    """
    own = subject(verb)
    if own is None or own.lower_ not in _BOUND_PRONOUNS or _own_clause(verb):
        return None
    found: Token | None = None
    node = verb
    for above in verb.ancestors:
        if node.dep_ in _OWN_CLAUSE_DEPS and (node.dep_ != "conj" or _has_subject(node)) and not _bare_participle(node):
            break  # "when he said", "which he called": not the content of the clause above
        node = above
        if above.pos_ not in ("VERB", "AUX") or above.idx >= open_at:
            continue
        named = subject(above)
        if named is not None and named.i < own.i and named.pos_ == "PROPN" and (marks is None or named.idx not in marks):
            found = named  # the outermost clause reports the rest
    return found


def relative_subject(verb: Token, marks: QuotedText | None) -> Token | None:
    """The "who" of a relative clause the verb stands in, when the verb has no subject of its own.

    "Beck, who has in the past described Trump as "..."" (the parser hung `described` low): the
    words are framed inside the relative clause, and PolNeAR marks "who", not the antecedent. A
    clause on quoted words ('a "liar" who was not "honorable"') describes them: None.
    """
    for above in verb.ancestors:
        if above.dep_ == "relcl":
            if marks is None or above.head.idx in marks:
                return None
            found = next((c for c in above.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
            return found if found is not None and found.i < verb.i else None
        if _has_subject(above):
            return None  # "who is being vetted ..., and he has battled ..., calling": his clause
    return None


def _shown_speaking(verb: Token) -> Token | None:
    """The person a participle cue follows with no comma between: "footage of Clinton asking",
    "heard Trump saying". The words are the person's, not those of the clause's subject (the ad,
    the spot) that shows them; a place or a medium before the cue ("took to Twitter saying")
    is no person and stays with the subject.
    """
    if verb.tag_ != "VBG" or verb.i == 0 or _has_subject(verb):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN":
        return None
    if before.dep_ == "pobj":
        # "footage of Scholz asking" (a name the tagger may read as an organisation); "turned to
        # Clinton saying": the subject turned and spoke.
        return before if before.head.lower_ == "of" else None
    return before if before.ent_type_ == "PERSON" else None


def _participle_owner(verb: Token, marks: QuotedText | None) -> Token | None:
    """The subject of the main clause a participle cue belongs to, when the parser hung it lower.

    "Starr said Clinton's plight reminds him of a book, explaining, "..."", "Cruz said that Trump
    represents "...", stating ...": the parser hangs the participle on the nearest verb, inside
    the reported clause, but a participle after a comma adds to what the main clause's subject
    did, and PolNeAR marks that subject. None when the participle hangs from its main clause.
    """
    if verb.tag_ != "VBG" or _has_subject(verb) or not _continues_a_deed(verb):
        return None
    node, lowered = verb.head, False
    if SpeechVerbs.load().cues(node.lemma_):
        return None  # "..., Lewandowski added, saying": the participle's own clause reports
    while node.dep_ in _REPORTED_DEPS and node.head.i < node.i and node.head.pos_ in ("VERB", "AUX"):
        lowered = True
        node = node.head
    if not lowered:
        return None
    found = subject(node)
    if found is None or found.i > verb.i or not is_name(found) or (marks is not None and found.idx in marks):
        return None
    return found


def _bare_participle(verb: Token) -> bool:
    """True for "..., telling reporters that he thinks": a participle with no subject or subordinator
    of its own continues the clause above it ("Trump hailed the vote, telling ...")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)


def _age(tok: Token) -> bool:
    """True for "the 46-year-old": a person named by age, which the tagger reads as a date."""
    return tok.lower_ == "old" and tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def _after_comma(tok: Token) -> bool:
    """True when a comma stands before the token, past closing marks ("... Johnson," explaining)."""
    n = tok.i - 1
    while n >= 0 and tok.doc[n].is_quote:
        n -= 1
    return n >= 0 and tok.doc[n].text == ","


def _continues_a_deed(verb: Token) -> bool:
    """True for a participle that adds a deed to a clause above the one the parser hung it on.

    "..., explaining": after a comma. "telling CNN that X is a faker and questioning how": after a
    coordinator, or conjoined to a finite verb, which a participle cannot be a conjunct of.
    """
    if verb.dep_ == "conj":
        return verb.head.tag_ in _FINITE_TAGS
    if verb.dep_ != "advcl":
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return _after_comma(verb) or (before is not None and before.dep_ == "cc")


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _own_clause(verb: Token) -> bool:
    """True for a clause opened by a subordinator other than a complementiser ("when", "though")."""
    return any(c.dep_ == "mark" and c.lower_ not in _COMPLEMENTISERS for c in verb.children)


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
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Commissioner" -> "Commissioner Smith"
    return Attribution(None, noun_phrase(head), head_span(head), None)


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
    while found is not None and found.dep_ == "compound" and found.head.i > found.i:
        found = found.head  # "Chief Chuck" -> "Jordan"
    return found


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
