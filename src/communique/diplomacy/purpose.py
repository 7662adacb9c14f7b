"""The travel verb behind a purpose the parser lost: "will travel to Riyadh next month to
co-chair the third ministerial meeting". The tokenizer splits "co-chair" into "co", "-",
"chair", and the parse then hangs the meeting anywhere; read by position, the meeting is the
object of "chair", whose "to" belongs to "travel", so the meeting takes the journey's tense,
date and destination."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of taking part that a traveller goes "to" do: "to co-chair", "to attend", "to hold".
_PURPOSES = frozenset({"chair", "co-chair", "cochair", "attend", "hold", "host", "lead", "join"})
_PIECES = frozenset({"co", "-", "–"})


def purpose_verb(noun: Token) -> Token | None:
    """The verb a purpose "to <chair> the <noun>" hangs on, read from the words before the
    noun phrase; None when the words are not "to", an optional "co -", and a purpose word."""
    doc = noun.doc
    start = min((t.i for t in noun.lefts), default=noun.i)
    at = start - 1
    if at < 1 or doc[at].lower_ not in _PURPOSES:
        return None
    at -= 1
    while at >= 0 and doc[at].lower_ in _PIECES:
        at -= 1
    if at < 0 or doc[at].lower_ != "to":
        return None
    head = doc[at].head
    return head if head.pos_ in ("VERB", "AUX") and head.i < at else None
