"""Date expression text -> calendar value with its granularity (day, month or year).

`DateValueParser.resolve` is given the words of one date expression (never a whole text) and
the document date. Common absolute forms ("20 August 2024", "August 20, 2024", "2024-08-20",
"August 2024", "2024") and weekday/month-day forms are read by compiled patterns; everything
else (relative forms such as "yesterday", "last week", "two days ago", "next month") goes to
dateparser with the document date as its relative base, with results cached per (text, base).

Rules worth knowing (see docs/places-and-dates.md):
- Durations, anniversaries and decades ("two years", "10th anniversary", "the 1990s") get no
  value: an expression needs an anchor (a month, weekday, year, or a relative word).
- Without a document date, an expression that needs one ("yesterday", "Tuesday", "December 9")
  gets no value, rather than a value relative to today.
- A bare weekday is the most recent such day on or before the document date (news reports
  past events), or the next one after it when the clause is future ("will meet on Tuesday").
- A month and day without a year take the year that puts them nearest the document date,
  preferring a year in which a stated weekday matches ("Saturday, December 9").

Example:
    >>> from datetime import date
    >>> DateValueParser().resolve("yesterday", date(2021, 11, 19))
    DateValue(value='2021-11-18', granularity='day')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from communique.types import Granularity

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

_MONTH = (
    r"(?P<{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?P<wd>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>1[89]\d\d|20\d\d)"

# Absolute forms, searched inside the expression (so "on Tuesday, 20 August 2024" works).
_DAY_MONTH_YEAR = re.compile(
    rf"\b{_DAY.format(n='d')}\s+(?:of\s+)?{_MONTH.format(n='m')},?\s+{_YEAR.format(n='y')}\b"
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_MONTH.format(n='m')}\s+{_DAY.format(n='d')},?\s+{_YEAR.format(n='y')}\b"
)
# A range of days is its first day: "19 to 22 May 2025", "May 19-22, 2025".
_DAY_RANGE = re.compile(
    rf"\b{_DAY.format(n='d')}\s*(?:to|-|–|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH.format(n='m')},?\s+{_YEAR.format(n='y')}\b"
)
_MONTH_DAY_RANGE = re.compile(
    rf"\b{_MONTH.format(n='m')}\s+{_DAY.format(n='d')}\s*(?:to|-|–|and)\s*[0-3]?\d(?:st|nd|rd|th)?,?\s+"
    rf"{_YEAR.format(n='y')}\b"
)
# A part of "the year" with no number is the document's year: "later in the year".
_PART_OF_YEAR = re.compile(
    r"\b(?:later|earlier|late|early|end|middle|start|beginning|rest|remainder|half)\s+(?:of\s+|in\s+)?the\s+year\b"
)
_ISO = re.compile(r"\b(?P<y>1[89]\d\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_NUMERIC = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:1[89]|20)\d\d\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH.format(n='m')},?\s+(?:of\s+)?{_YEAR.format(n='y')}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH.format(n='m')}\s+{_DAY.format(n='d')}\b(?!\s*,?\s*\d)")
_DAY_MONTH = re.compile(rf"\b{_DAY.format(n='d')}\s+(?:of\s+)?{_MONTH.format(n='m')}(?!\w)")
_MONTH_ANY = re.compile(
    rf"(?:\b(?P<rel>last|next|this|coming|past)\s+)?\b{_MONTH.format(n='m')}(?!\w)"
)
_YEAR_ONLY = re.compile(r"\b(?P<y>1[89]\d\d|20\d\d)\b(?!s|'s|\s*(?:years?|months?|days?)\b)")
_WEEKDAY_REL = re.compile(rf"(?:\b(?P<rel>last|next|this|coming)\s+)?\b{_WEEKDAY}(?!\w)")
_WEEKDAY_ANY = re.compile(rf"\b{_WEEKDAY}(?!\w)")

# An expression must contain one of these to be a point in time rather than a duration.
_ANCHOR = re.compile(
    rf"\b{_MONTH.format(n='am')}(?!\w)|\b{_WEEKDAY.replace('wd', 'aw')}(?!\w)"
    r"|\b(?:1[89]\d\d|20\d\d)\b(?!\s*(?:years?|months?|weeks?|days?|hours?)\b)"
    r"|\b(?:today|tonight|yesterday|tomorrow|ago)\b"
    r"|\b(?:last|next|this|coming|previous|past)\s+(?:week|month|year|weekend)\b"
    rf"|{_PART_OF_YEAR.pattern}"
)
# Decades, centuries and stretches counted back or forward ("over the past year", "the next
# two years") have no day, month or year value.
_PERIOD = re.compile(
    r"\d0'?s\b|'\d0s\b|\bcentury\b|\bdecade"
    r"|\bthe\s+(?:last|past|next|coming)\s+(?:\w+\s+)?(?:weeks?|months?|years?)\b"
)
# Hedges that dateparser does not understand but that do not move the anchor.
_HEDGES = re.compile(
    r"\b(?:earlier|early|later|late|mid|the end of|end of|the beginning of|beginning of|the start of"
    r"|start of|the middle of|middle of|the first half of|the second half of|the|on|in|since|by"
    r"|until|from|of|during)\b[\s-]*"
)
_RELATIVE_UNIT = re.compile(r"\b(?:last|next|this|coming|previous)\s+(?:week|month|year)\b")
_NEEDS_BASE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|coming|past)\b")

_NO_BASE = date(2000, 1, 1)  # for absolute numeric dates, where the base plays no part
_SETTINGS = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
_PERIOD_GRANULARITY: dict[str, Granularity] = {
    "time": "day", "day": "day", "week": "month", "month": "month", "year": "year",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: `value` is YYYY-MM-DD, YYYY-MM or YYYY as `granularity` says."""

    value: str
    granularity: Granularity


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat(), "day")


def _month(year: int, month: int) -> DateValue:
    return DateValue(f"{year:04d}-{month:02d}", "month")


def _month_number(word: str) -> int:
    return _MONTHS[word[:3]]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateValueParser:
    """Resolves date expressions. Build once; dateparser parsers and results are cached."""

    def resolve(self, text: str, base: date | None, future: bool = False) -> DateValue | None:
        """The value of one date expression, or None when it names no point in time.

        Args:
            text: the words of the expression, e.g. "Tuesday (August 20, 2024)".
            base: the document's date, the anchor of relative expressions; None if unknown.
            future: whether the clause speaks of the future ("will meet on Tuesday"); used
                only to pick between the previous and the next weekday.

        Returns:
            The value and granularity, or None.
        """
        return _resolve(" ".join(text.lower().split()), base, future)


@lru_cache(maxsize=8192)
def _resolve(text: str, base: date | None, future: bool) -> DateValue | None:
    if not _ANCHOR.search(text) or _PERIOD.search(text):
        return None
    explicit = _explicit(text)
    if explicit is not None:
        return explicit
    if (m := _MONTH_DAY.search(text) or _DAY_MONTH.search(text)) is not None:
        return _yearless_day(text, m, base, future)
    if _PART_OF_YEAR.search(text) is not None:
        return DateValue(str(base.year), "year") if base is not None else None
    if (m := _MONTH_YEAR.search(text)) is not None:
        return _month(int(m["y"]), _month_number(m["m"]))
    if (m := _WEEKDAY_REL.search(text)) is not None:
        return _weekday(m, base, future)
    if (m := _MONTH_ANY.search(text)) is not None:
        return _nearest_month(_month_number(m["m"]), base, future, m["rel"])
    relative = _NEEDS_BASE.search(text) is not None
    if relative and base is not None:
        found = _dateparser(_HEDGES.sub("", text).strip() or text, base)
        if found is None and (unit := _RELATIVE_UNIT.search(text)) is not None:
            found = _dateparser(unit[0], base)  # "the flood season next year": the unit dates it
        if found is not None:
            return found
    if not relative and (m := _YEAR_ONLY.search(text)) is not None:
        # "2024", "mid-2022", "the first half of 2023": the year is the honest value.
        return DateValue(m["y"], "year")
    return None


def _explicit(text: str) -> DateValue | None:
    """A full day-month-year date anywhere in the expression (a range: its first day)."""
    for pattern in (_DAY_RANGE, _MONTH_DAY_RANGE, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if (m := pattern.search(text)) is not None:
            found = _safe_date(int(m["y"]), _month_number(m["m"]), int(m["d"]))
            if found is not None:
                return _day(found)
    if (m := _ISO.search(text)) is not None:
        found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if found is not None:
            return _day(found)
    if (m := _NUMERIC.search(text)) is not None:
        # Day and month order is dateparser's call (month first when both are <= 12).
        return _dateparser(m[0], _NO_BASE)
    return None


def _yearless_day(
    text: str, m: re.Match[str], base: date | None, future: bool
) -> DateValue | None:
    """'December 9' or 'Saturday, 9 December': the year nearest the document date.

    A stated weekday picks among the candidate years; a future clause takes the next one.
    """
    if base is None:
        return None
    month, day = _month_number(m["m"]), int(m["d"])
    candidates = [
        d for y in (base.year - 1, base.year, base.year + 1) if (d := _safe_date(y, month, day))
    ]
    if future:
        candidates = [d for d in candidates if d >= base] or candidates
    if (w := _WEEKDAY_ANY.search(text)) is not None:
        weekday = _WEEKDAYS[w["wd"][:3]]
        candidates = [d for d in candidates if d.weekday() == weekday] or candidates
    if not candidates:
        return None
    return _day(min(candidates, key=lambda d: abs((d - base).days)))


def _weekday(m: re.Match[str], base: date | None, future: bool) -> DateValue | None:
    """A weekday alone: the last one on or before the document date, or the next one after."""
    if base is None:
        return None
    weekday = _WEEKDAYS[m["wd"][:3]]
    rel = m["rel"]
    if rel == "next" or (future and rel != "last"):
        ahead = (weekday - base.weekday()) % 7 or 7
        return _day(base + timedelta(days=ahead))
    back = (base.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    return _day(base - timedelta(days=back))


def _nearest_month(
    month: int, base: date | None, future: bool, rel: str | None
) -> DateValue | None:
    """A month named without a year ('in August'): the one nearest the document date.

    "last August" is the latest before the document's month, "next August" the first after
    it, "this August" the one of the document's year; a future clause looks forward.
    """
    if base is None:
        return None
    here = base.year * 12 + base.month - 1
    candidates = [y * 12 + month - 1 for y in (base.year - 1, base.year, base.year + 1)]
    if rel in ("last", "past"):
        candidates = [n for n in candidates if n < here]
    elif rel in ("next", "coming"):
        candidates = [n for n in candidates if n > here]
    elif rel == "this":
        candidates = [n for n in candidates if n // 12 == base.year]
    elif future:
        candidates = [n for n in candidates if n >= here]
    best = min(candidates, key=lambda n: abs(n - here))
    return _month(best // 12, best % 12 + 1)


def _dateparser(text: str, base: date) -> DateValue | None:
    """A relative expression, read by dateparser against the document date."""
    data = _parser(base).get_date_data(text)
    if data.date_obj is None:
        return None
    granularity = _PERIOD_GRANULARITY.get(data.period or "day", "day")
    found: datetime = data.date_obj
    if granularity == "day":
        return _day(found.date())
    if granularity == "month":
        return _month(found.year, found.month)
    return DateValue(f"{found.year:04d}", "year")


@lru_cache(maxsize=64)
def _parser(base: date) -> Any:
    """One dateparser parser per document date: building one is cheap, parsing warms caches."""
    from dateparser.date import DateDataParser  # heavy import, kept out of module import time

    settings = dict(_SETTINGS, RELATIVE_BASE=datetime(base.year, base.month, base.day))
    return DateDataParser(languages=["en"], settings=settings)
