"""Clause tests for cue finding: what the words between a quote and a cue are, and which clause
a quoted word hangs from.

`quote_cues.CueFinder` finds where a cue stands; these functions decide whether a candidate cue is
the quote's own: the words between a closing mark and a cue are only the speaker
(`only_attribution`), the verb has no content of its own (`takes_own_content`), the cue governs the
quoted words (`governing`), the clause says what quoted words did rather than who said them
(`describes_quoted`), and, before a colon, whose clause announces the quote (`lead_subject`,
`clause_subject`).

Example:
    >>> # '"...," he said': only_attribution([he], said, he) is True
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.mentions.quote_attribution import Attribution, QuotedText, said_by
from communique.mentions.quote_tree import (
    SUBJECT_DEPS,
    after_comma,
    clause_verb,
    has_subject,
    subject as _subject,
    to_infinitive,
)

_OBJECT_DEPS = frozenset({"pobj", "dobj", "dative"})
# Subjects that do not make a relative clause a speaker's own: the relative pronoun stands for the
# antecedent ("Smith, who said"), and a generic "you" names nobody ("the rule that you can't yell").
_NOT_OWN_SUBJECTS = frozenset({"who", "that", "which", "whom", "what", "you", "one"})
# "X suggested ..., while Y said "..."": a clause of contrast sets another speaker against the first.
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
# '"...right" when he said ...': a cue opened by one of these is a time or place clause of its own.
_CLAUSE_ADVERBS = frozenset({"when", "whenever", "where", "after", "before", "because", "since", "until"})


def lead_subject(tokens: list[Token]) -> Token | None:
    """The subject of the top verb of the words before a colon (the parser may hang them on the quote)."""
    first, last = tokens[0].i, tokens[-1].i
    for tok in tokens:
        if tok.pos_ in ("VERB", "AUX") and not first <= tok.head.i <= last:
            # A verb hanging from words before the window continues an earlier clause.
            return _subject(tok) if tok.head.i >= tok.i else None
        if tok.pos_ in ("VERB", "AUX") and tok.head.i == tok.i:
            return _subject(tok)  # "Kasich resisted:": the root of a sentence of its own
    return None


def clause_subject(name: Token, first: int, marks: QuotedText | None) -> Attribution | None:
    """The subject of the clause whose object is `name`, when it stands at or after token `first`."""
    while name.dep_ in ("appos", "compound") and name.head.i < name.i:
        name = name.head  # "the former adviser Ana Reyes": the phrase's head is the object
    if name.dep_ not in _OBJECT_DEPS:
        return None
    verb = next((t for t in name.ancestors if t.pos_ in ("VERB", "AUX")), None)
    found = _subject(verb) if verb is not None else None
    if found is None or found.i < first or found.i >= name.i or (marks is not None and found.idx in marks):
        return None
    return said_by(found)


def governing(quoted: Token, cues: set[int]) -> set[int]:
    """Indices of the words above a quoted word, up to a relative clause with a subject of its own.

    "Mensah attacked the tariff, which she called "a tax ..."", "X criticized the plan, which an
    audit said was "reckless"": a relative clause with a subject of its own is a cue of its own, the
    clause it hangs from reports something else ("Smith, who said ..." hangs from its antecedent:
    there the clause above names the same speaker). A clause of contrast with its own subject
    ("X suggested ..., while Y said that the "..."") is one too.
    """
    found: set[int] = set()
    cued = False
    node = quoted
    while node.head.i != node.i:
        if cued and node.dep_ == "relcl" and _own_subject(node):
            break  # "X stated ..., which he described as "...": the relative clause names its speaker
        if node.i in cues and node.dep_ == "advcl" and _contrasted(node):
            break  # "Rubio suggested ..., while Cruz said that the "...": the other side speaks
        if node.i in cues and node.dep_ == "conj" and has_subject(node):
            break  # "She said ..., and when pressed, the mother replied "..."": a clause of its own
        if node.i in cues and _relative_phrase(node):
            break  # "She said ..., to which O'Malley interjected: "..."": a relative clause of its own
        node = node.head
        found.add(node.i)
        cued = cued or node.i in cues
    return found


def _own_subject(verb: Token) -> bool:
    """True for a relative clause whose subject is someone of its own ("which she called", "the
    ones the agency says are"), not the relative pronoun ("who said") or a generic "you"."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ not in _NOT_OWN_SUBJECTS for c in verb.children)


def _contrasted(verb: Token) -> bool:
    """True for a clause of contrast with its own subject ("..., while Cruz said that the "..."")."""
    marked = any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children)
    return marked and has_subject(verb)


def _relative_phrase(verb: Token) -> bool:
    """True for a verb opened by a relative phrase ("to which X replied", "at whom she shouted")."""
    return any(
        c.i < verb.i and any(g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children)
        for c in verb.children
    )


def takes_own_content(verb: Token, end: int) -> bool:
    """True for "Trump said the polls are wrong": a verb with its own clause is not this quote's cue.

    A clause that starts after `end` (in the next quoted piece) is this quote's continuation.
    """
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and c.left_edge.idx < end
        and not after_comma(c.left_edge)
        and not _inverted_name(verb, c.left_edge)
        for c in verb.children
    )


def _inverted_name(verb: Token, first: Token) -> bool:
    """True for a name right after the verb: '"...," said Robin Maynard, half joking' (a misparse)."""
    return first.i == verb.i + 1 and first.pos_ == "PROPN" and not any(t.dep_ in SUBJECT_DEPS for t in verb.lefts)


def only_attribution(between: list[Token], cue: Token, subject: Token | None, leads: bool = False) -> bool:
    """True when the words between a closing mark and its cue are the speaker and the cue's modifiers.

    `leads` is True when the quote opens its sentence, so that words after it may finish its phrase.
    """
    if subject is not None and subject.dep_ == "appos":
        subject = subject.head  # "the assailant, John McGraw, told": the whole phrase speaks
    spoken = {t.i for t in subject.subtree} if subject is not None else set()
    if any(
        t.head.i == cue.i
        and (t.dep_ == "cc" or (t.dep_ == "mark" and t.lower_ != "as") or t.lower_ in _CLAUSE_ADVERBS)
        for t in between
    ):
        return False  # '"...," while X penned', '"..." but he gave': a clause of its own
    if between and leads:
        # Words that finish a leading quote's phrase ("''I admire the mechanics'' of the plan, X
        # said") hang from a quoted word: they belong to the quote. A verb there is another clause.
        first = between[0].i
        for tok in between:
            if tok.head.i < first and tok.i not in spoken:
                tail = list(tok.subtree)
                if not any(clause_verb(t) for t in tail):
                    spoken.update(t.i for t in tail)
    return all(t.is_punct or t.i in spoken or t.head.i == cue.i for t in between)


def subjectless_infinitive(verb: Token, marks: QuotedText | None = None) -> bool:
    """True for an infinitive with no subject to climb to outside the quote ("the "perfect
    opportunity" to call attention", '"we have no choice" but to ask'): it continues the quoted
    phrase; "X coined "Y" to describe ..." keeps X."""
    if not to_infinitive(verb):
        return False
    found = _subject(verb)
    return found is None or found.i > verb.i or (marks is not None and found.idx in marks)


def describes_quoted(verb: Token, marks: QuotedText | None) -> bool:
    """True for a relative clause on a quoted word whose subject is the relative pronoun ('calling it
    a "paperwork error" that was reported in ...'): it says what the words did, not who said them."""
    if marks is None or verb.dep_ != "relcl" or verb.head.idx not in marks:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("that", "which") for c in verb.children)
