"""The date in a news dateline ("CAIRO, November 3, 2025 -"), for plain texts with no metadata.

A wire report's dateline is its publication date, the base for "yesterday" and "on Tuesday".
Only a dateline near the start counts: a city in capitals, a comma, a full date, then a dash
or an agency in brackets. Dates elsewhere in the text are events, not publication.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE = (
    _WEEKDAY
    + r"(?:(?P<month>[A-Za-z]{3,9})\.? (?P<day>\d{1,2}),? (?P<year>\d{4})"
    + r"|(?P<day2>\d{1,2}) (?P<month2>[A-Za-z]{3,9})\.? (?P<year2>\d{4}))"
)
_PLACE = r"[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*(?:,? [A-Z][A-Za-z.]+)?"
# "CAIRO, November 3, 2025 - ..." or "LONDON, 4 March 2025 (Reuters) - ...": a dateline
# opening the story's first paragraph.
WIRE = re.compile(
    r"^" + _PLACE + r",\s+" + _DATE + r"\s*(?:\([A-Za-z .]+\)\s*)?[-\u2013\u2014:]", re.MULTILINE
)
# "February 18, 2025" or "Berlin, Federal Chancellery, 12 June 2025": a line of its own that
# ends with the date, under a headline.
DATE_LINE = re.compile(r"^(?:[^\n.!?]{0,80},\s*)?" + _DATE + r"\s*$", re.MULTILINE)
LOOK_AHEAD = 400  # characters: a dateline opens the story, under at most a headline


def dateline_date(text: str) -> str | None:
    """The YYYY-MM-DD of a dateline at the start of `text`, or None.

    Example:
        >>> dateline_date("Talks postponed\\n\\nCAIRO, November 3, 2025 - A meeting...")
        '2025-11-03'
        >>> dateline_date("LONDON, 4 March 2025 (Reuters) - Ministers met.")
        '2025-03-04'
        >>> dateline_date("Readout of the call\\n\\nFebruary 18, 2025\\n\\nThe leaders spoke.")
        '2025-02-18'
        >>> dateline_date("Ministers met on November 3, 2025 in Cairo.") is None
        True
    """
    head = text[:LOOK_AHEAD]
    match = WIRE.search(head) or DATE_LINE.search(head)
    if not match:
        return None
    month = MONTHS.get((match["month"] or match["month2"]).lower())
    day = int(match["day"] or match["day2"])
    year = int(match["year"] or match["year2"])
    if month is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
