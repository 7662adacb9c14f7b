"""When one engagement mention took place: the date in its clause, not a duration or dateline."""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.diplomacy.index import DocIndex
from communique.types import DateMention

_GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2}
# Words before a date that make it the bound of a duration, not the day of a meeting:
# "talks have stalled since 2020".
_DURATION_BOUNDS = frozenset({"since", "until", "till"})


def numbered(text: str) -> bool:
    """Whether a date's words hold a number ("August 20, 2024", "in 2023"): a date the text
    states outright, not a weekday or month name resolved against the document's date."""
    return any(ch.isdigit() for ch in text)


def date_near(index: DocIndex, trigger: Token, region: list[Token], verb: Token | None = None) -> DateMention | None:
    """The date of an engagement: one in the trigger's own clause, else the closest in its
    segment. A date attached to the trigger (or its verb) comes first, so the bilateral
    meeting "on the sidelines of the Summit on April 11" does not take the Summit's date;
    then days before months before years, explicit ("August 20, 2024") before relative."""
    # Each date once, though it spans several tokens: the tests below parse around it.
    found = {id(d): d for t in region if (d := index.date[t.i]) is not None}
    found = {k: d for k, d in found.items() if not _bound(index, d)}
    # "..., the Ministry said on Tuesday": the day of the report, not of the engagement.
    own = {k: d for k, d in found.items() if not _of_report(index, d)}
    found = own or found
    if not found:
        start, end = index.segment_of(trigger)
        found = {id(d): d for t in index.doc[start:end] if (d := index.date[t.i]) is not None}
        found = {k: d for k, d in found.items() if not _bound(index, d)}
    anchors = {trigger.i} | ({verb.i} if verb is not None else set())

    def rank(d: DateMention) -> tuple[int, int, int, int]:
        explicit = 0 if numbered(d.text) else 1
        distance = min(abs(d.span.start - trigger.idx), abs(d.span.end - trigger.idx))
        direct = 0 if attached(index, d, anchors) else 1
        return (direct, _GRANULARITY_RANK.get(d.granularity, 3), explicit, distance)

    return min(found.values(), key=rank, default=None)


def _bound(index: DocIndex, date: DateMention) -> bool:
    """Whether a date starts or ends a duration ("since 2020", "until March") or is the
    dateline's."""
    tokens = _tokens_of(index, date)
    if tokens is None:
        return False
    # A dateline ("CAIRO, November 3, 2025 - A meeting...") dates the report, not the meeting.
    # The date mention may have swallowed the dash ("July 8, 2025 -").
    after = index.analysis.text[date.span.end : date.span.end + 3]
    if " - " in date.text or date.text.rstrip().endswith(_DASHES) or after.startswith(tuple(f" {d}" for d in _DASHES)):
        return True
    first = tokens[0]
    before = index.doc[first.i - 1] if first.i > 0 else None
    return first.lower_ in _DURATION_BOUNDS or (before is not None and before.lower_ in _DURATION_BOUNDS)


_DASHES = ("-", "\u2014", "\u2013")
_REPORTING = frozenset({"say", "tell", "announce", "report", "state", "add", "confirm", "brief"})


def _of_report(index: DocIndex, date: DateMention) -> bool:
    """Whether a date hangs off a reporting verb ("said on Tuesday")."""
    tokens = _tokens_of(index, date)
    if tokens is None:
        return False
    token = tokens.root
    for _ in range(4):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in _REPORTING
    return False


def attached(index: DocIndex, date: DateMention, anchors: set[int]) -> bool:
    """Whether a date hangs off one of `anchors` without passing through another noun
    ("met on Monday", "talks on 3 May"; not "the Summit on April 11")."""
    tokens = _tokens_of(index, date)
    if tokens is None:
        return False
    inside = {t.i for t in tokens}
    token = tokens.root
    for _ in range(8):
        if token.i in anchors:
            return True
        if token.i not in inside and token.pos_ in ("NOUN", "PROPN"):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _tokens_of(index: DocIndex, date: DateMention) -> Span | None:
    """The tokens a date mention covers, or None when it covers none."""
    tokens = index.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
    return tokens if tokens is not None and len(tokens) else None
