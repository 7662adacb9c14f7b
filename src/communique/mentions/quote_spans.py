"""Character spans and token windows for quotes: noun phrases, entity spans, sentence edges.

Small, pure functions over spaCy tokens that know nothing of the parse above a phrase; the
parse-tree helpers (subjects, passives) are in `quote_tree`.

Example:
    >>> # in "The minister said ...", noun_phrase(minister) is the span of "The minister"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

SENTENCE_END = frozenset({".", "!", "?"})
DASHES = frozenset({"-", "--", "—", "–", "―"})
_NP_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "quantmod"})


def ends_with_full_stop(doc: Doc, i: int) -> bool:
    """True when the words before token i (past closing marks) end in a full stop."""
    n = i - 1
    while n >= 0 and (doc[n].is_space or doc[n].is_quote):
        n -= 1
    return n >= 0 and doc[n].text.endswith(".")


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token holding the character at `offset` (a quote's mark or first word), or None."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def opens_sentence(doc: Doc, open_at: int | None) -> bool:
    """True when the mark at `open_at` stands first in its sentence."""
    if open_at is None:
        return False
    tok = token_at(doc, open_at)
    if tok is None:
        return False
    return tok.is_sent_start or tok.i == 0 or doc[tok.i - 1].is_space or doc[tok.i - 1].text in SENTENCE_END


def noun_phrase(head: Token) -> tuple[int, int]:
    """The head's name or noun phrase: left modifiers up to the first comma, and its entity."""
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _NP_LEFT_DEPS or any(t.is_punct and t.text != "." for t in child.subtree):
            break
        left = child.left_edge.i
    doc = head.doc
    start, end = doc[left].idx, head.idx + len(head.text)
    if head.ent_iob_ != "O":
        ent = entity(head)
        if ent is not None:
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


def head_span(head: Token) -> tuple[int, int]:
    """The characters of the head's entity, else of the head word alone."""
    ent = entity(head) if head.ent_iob_ != "O" else None
    if ent is not None:
        return ent.start_char, ent.end_char
    return head.idx, head.idx + len(head.text)


def entity(tok: Token) -> SpacySpan | None:
    """The entity the token stands in, or None."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end] if doc[start].ent_type_ else None


def tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The non-space tokens wholly inside the characters [start, end)."""
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    return [t for t in span if not t.is_space]


def first_line(doc: Doc, start: int, end: int) -> list[Token]:
    """The non-space tokens in [start, end) up to a line break, unless the next line signs with a dash."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    if span is None:
        return []
    found: list[Token] = []
    for tok in span:
        if tok.is_space:
            if "\n" in tok.text and tok.i + 1 < span.end and doc[tok.i + 1].text[:1] not in DASHES:
                break
            continue
        found.append(tok)
    return found
