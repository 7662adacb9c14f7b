"""The dates stage: every date expression in a document, resolved against its date.

Candidates come from three cheap sources, never from running a date parser over the text:
spaCy's DATE entities; four-digit years that the model tagged as numbers ("with 2024 marking
the 10th anniversary"); and full explicit dates the model missed ("20 August 2024"), found by
one compiled pattern over the text. Each candidate's own words are resolved by
`DateValueParser`; expressions with no point in time (durations, anniversaries) are dropped.

Example:
    >>> resolver = DateResolver()  # doctest: +SKIP
    >>> [(d.text, d.value) for d in resolver(analysis)]  # doctest: +SKIP
    [('Tuesday (August 20, 2024)', '2024-08-20')]
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from communique.mentions.datevalues import DateValueParser
from communique.nlp.analysis import Analysis
from communique.types import DateMention, Granularity

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_WORD = re.compile(_MONTH, re.I)
# Full dates only: a day, a month and a year, in the three forms news and statements use.
_FULL_DATE = re.compile(
    rf"\b(?:[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d"
    rf"|{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
)
# A weekday followed by its explicit date is one expression: "Tuesday (August 20, 2024)".
_JOINERS = frozenset({"(", ","})
_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
# Words before a bare four-digit number that make it a year ("in 2024", "the year 2024").
_YEAR_BEFORE = frozenset({"year", "fiscal", "early", "late", "mid", "since", "until", "till"})
_PART_BEFORE = re.compile(r"\b(?:later|earlier|end|middle|start|beginning|rest)\s+(?:in|of)\s+$", re.I)
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
# Words that put what they govern ahead: "scheduled for Wednesday", "is due to fly on Thursday".
_FUTURE_HEADS = frozenset({"schedule", "due", "expect", "plan", "set", "slate"})


class DateResolver:
    """Finds and resolves date mentions. Build once per process; it caches parser results."""

    name = "dates.dateparser.v1"

    def __init__(self) -> None:
        self._values = DateValueParser()

    def __call__(self, analysis: Analysis) -> tuple[DateMention, ...]:
        """The document's date mentions in text order, with ids "d1", "d2"...

        Args:
            analysis: the parsed document; `document.published` is the relative base.

        Returns:
            One `DateMention` per expression that names a day, month or year.
        """
        doc, text = analysis.doc, analysis.text  # `doc.text` rebuilds the string: read it once
        base = _document_date(analysis.document.published)
        found: list[tuple[int, int, str, Granularity]] = []
        for start, end in _candidates(doc, text):
            value = self._values.resolve(text[start:end], base, _is_future(doc, start, end))
            if value is not None:
                found.append((start, end, value.value, value.granularity))
        return tuple(
            DateMention(
                id=f"d{i}", text=text[s:e], value=v, granularity=g, span=analysis.span(s, e)
            )
            for i, (s, e, v, g) in enumerate(found, start=1)
        )


def _document_date(published: str | None) -> date | None:
    """The document date from its YYYY-MM-DD (or longer ISO) `published` field."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character ranges of date expressions, in order, without overlaps."""
    spans = _merge_weekday_dates(
        text,
        [
            (_part_of_year_start(text, e.start_char), e.end_char)
            for e in doc.ents
            if e.label_ == "DATE" and not (len(e) == 1 and (_is_count(e[0]) or _in_name(e[0])))
        ],
    )
    spans.extend(_bare_years(doc))
    for m in _FULL_DATE.finditer(text):
        spans.append((m.start(), m.end()))
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue  # inside (or overlapping) an expression already kept
        kept.append((start, end))
    return kept


def _part_of_year_start(text: str, start: int) -> int:
    """ "later in" + "the year": the model tags "the year" alone; the words before date it."""
    found = _PART_BEFORE.search(text, max(0, start - 24), start)
    return found.start() if found is not None and text.startswith("the year", start) else start


def _merge_weekday_dates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Joins a weekday DATE with the DATE right after it: "Tuesday (August 20, 2024)"."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _WEEKDAY.match(text, *merged[-1]):
            gap = text[merged[-1][1] : start].strip()
            if gap in _JOINERS:
                if gap == "(" and text.startswith(")", end):
                    end += 1
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def _bare_years(doc: Doc) -> list[tuple[int, int]]:
    """Four-digit years outside DATE entities, where the words around say it is a year."""
    years: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "CARDINAL" or len(ent) != 1:
            continue
        token = ent[0]
        if token.shape_ != "dddd" or not 1900 <= int(token.text) <= 2099:
            continue
        if _looks_like_year(token):
            years.append((token.idx, token.idx + len(token.text)))
    return years


def _is_count(token: Token) -> bool:
    """A number counting something ("2000 protesters", "2024 percent"), not a year."""
    if token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS"):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in ("%", "percent", "per")


def _in_name(token: Token) -> bool:
    """A number that ends a name ("Vision 2030", "Tokyo 2020"), not a year on its own."""
    if token.i == 0 or token.shape_ != "dddd":
        return False
    before = token.doc[token.i - 1]
    return before.tag_ == "NNP" and _MONTH_WORD.fullmatch(before.text) is None


def _looks_like_year(token: Token) -> bool:
    """"in 2024", "with 2024 marking": yes; "2024 delegates", "Vision 2030", "$2024": no."""
    if _is_count(token) or _in_name(token):
        return False
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1]
    if before.lower_ in _YEAR_BEFORE:
        return True
    return before.pos_ in ("ADP", "SCONJ", "CCONJ") or before.text in (",", "(", "-", "–")


def _is_future(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause holding the expression is future ("will meet on Tuesday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(4):  # a few steps up: Tuesday -> on -> held -> (will)
        if token.pos_ in ("VERB", "AUX"):
            if token.tag_ == "VBN" and token.lemma_ in _FUTURE_HEADS:
                return True  # "a meeting scheduled for Wednesday"
            auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
            return bool(auxes & _FUTURE_AUX) or ("to" in auxes and token.head.lemma_ in _FUTURE_HEADS)
        if token.head is token:
            return False
        token = token.head
    return False
