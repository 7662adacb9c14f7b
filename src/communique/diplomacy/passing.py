"""Engagements only mentioned: other editions of a mechanism that a communiqué names in
passing ("we welcome the outcomes of the 2023 SDG Summit", "restated at the AI Seoul Summit",
"we look forward to the next Summit"), as opposed to the engagement it reports."""

from __future__ import annotations

from spacy.tokens import Token

from communique.diplomacy.clauses import PARTICIPATION_VERBS
from communique.diplomacy.index import DocIndex
from communique.types import DateMention, Place

# Verbs that report an engagement itself ("the summit was held", "leaders attended the
# summit", "the talks ended"), as opposed to verbs that only mention it ("welcome", "recall").
_REPORTING_VERBS = PARTICIPATION_VERBS | frozenset(
    {"be", "meet", "end", "conclude", "close", "start", "gather", "resume", "continue", "wrap", "mark"}
)


def in_passing(
    index: DocIndex, region: list[Token], name: range, verb: Token | None,
    date: DateMention | None, place: Place | None,
) -> bool:
    """Whether a named engagement is only mentioned: not an argument of a verb that reports it,
    and with no date or place of its own outside its name (`date` and `place` are those read
    for it; "the 2023 SDG Summit" names a year, it does not date a meeting the text reports).

    Args:
        index: the document's lookups.
        region: the tokens of the mention's own clause.
        name: token positions of its name ("the 2023 SDG Summit").
        verb: the verb governing the mention, if any.
        date: the date read for the mention.
        place: the place read for the mention.
    """
    if verb is not None and verb.lemma_.lower() in _REPORTING_VERBS:
        return False
    for token in region:
        if token.i in name:
            continue
        found_date, found_place = index.date[token.i], index.place[token.i]
        if (found_date is not None and found_date is date) or (found_place is not None and found_place is place):
            return False
    return True
