"""Meetings to come told without "will": "is travelling to Jakarta next week", "travels to
Beijing tomorrow". The present tense with a future time word is the future, whether or not the
document has a date to resolve "next week" against (without one the date stage gives no date,
so the words themselves must decide)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip
# Grammar, not a lexicon to tune: the nouns "next" and "coming" make a time of.
_TIME_NOUNS = WEEKDAYS | MONTHS | frozenset({
    "week", "weekend", "month", "year", "days", "weeks", "months", "spring", "summer", "autumn",
    "fall", "winter",
})  # fmt: skip
_AHEAD = frozenset({"next", "coming"})
_LATER = frozenset({"this", "today", "tonight"})


def future_time(tokens: Iterable[Token]) -> bool:
    """Whether the tokens hold a time still to come: "next week", "in the coming days",
    "tomorrow", "later this month"."""
    for token in tokens:
        word = token.lower_
        if word == "tomorrow":
            return True
        if word in _AHEAD and token.head.lower_ in _TIME_NOUNS:
            return True
        if word == "later" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in _LATER:
            return True
    return False


def told_in_past(*tokens: Token | None) -> bool:
    """Whether a verb (or its auxiliary) is in the past tense: "was travelling", "met"."""
    for token in tokens:
        if token is None:
            continue
        if token.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in token.children):
            return True
    return False
