"""Reported speech: "X said that ...", "X told reporters ...", "according to X, ...".

Read from the dependency parse of sentences that hold no quotation marks: a reporting verb (one
marked `reported` in the lexicon) with a subject and a clausal complement reports that clause;
"according to X" reports the rest of its sentence.

Example:
    >>> # "The minister said that talks would resume." -> clause "talks would resume", speaker "The minister"
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_tree import subject as subject_of

_CLAUSE_DEPS = frozenset({"ccomp"})
MIN_CLAUSE_TOKENS = 3


@dataclass(frozen=True, slots=True)
class ReportedClause:
    """A reported clause [start, end) with its cue verb and the speaker's token (None if absent)."""

    start: int
    end: int
    cue: Token
    subject: Token | None


def reported_clauses(sentence: SpacySpan, verbs: SpeechVerbs) -> Iterator[ReportedClause]:
    """The reported speech of one sentence, outermost clause first."""
    for tok in sentence:
        if tok.lower_ == "according":
            found = _according(sentence, tok)
            if found is not None:
                yield found
                return
    for tok in sentence:
        if tok.pos_ not in ("VERB", "AUX") or not verbs.reports(tok.lemma_):
            continue
        clause = next((c for c in tok.children if c.dep_ in _CLAUSE_DEPS), None)
        subject = subject_of(tok)
        if clause is None or subject is None:
            continue
        words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
        words = [t for t in words if not t.is_punct or t.i != clause.right_edge.i]
        if len(words) < MIN_CLAUSE_TOKENS:
            continue
        first, last = words[0], words[-1]
        yield ReportedClause(first.idx, last.idx + len(last.text), tok, subject)
        return  # an embedded "that he said ..." is part of the outer report


def _according(sentence: SpacySpan, according: Token) -> ReportedClause | None:
    """ "According to X, clause." -> the clause, on whichever side of the phrase is longer."""
    phrase = list(according.subtree)
    obj = next((t for t in phrase if t.dep_ == "pobj"), None)
    if obj is None:
        return None
    lo, hi = phrase[0].i, phrase[-1].i + 1
    before = [t for t in sentence if t.i < lo and not t.is_punct]
    after = [t for t in sentence if t.i >= hi and not t.is_punct]
    side = after if len(after) >= len(before) else before
    if len(side) < MIN_CLAUSE_TOKENS:
        return None
    return ReportedClause(side[0].idx, side[-1].idx + len(side[-1].text), according, obj)
