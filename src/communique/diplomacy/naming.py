"""A readable name for an engagement the text does not name: its kind and its parties.

"Readout of Vice President Harris's Call with President Macron" names no format, and "the two
leaders met" names nothing at all; a record still needs a name a reader can scan in a list.
Built from what the record already holds, so it says nothing the record does not:

    Call between Kamala Harris and Emmanuel Macron
    Meeting between Russia and Jordan
    Visit to Indonesia
    Summit of Australia, India, Japan and others
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from communique.types import Actor

_KIND_WORDS = {
    "meeting": "Meeting", "call": "Call", "video_call": "Video call", "talks": "Talks",
    "dialogue": "Dialogue", "summit": "Summit", "visit": "Visit",
    "press_conference": "Press conference", "negotiation": "Negotiations",
}  # fmt: skip
_MOST_NAMED = 4  # more parties than this read as a list, not a name


def fallback_name(
    kind: str,
    people: Sequence[Actor],
    countries: Sequence[str],
    host: str | None,
    country_names: dict[str, str],
    date: str | None = None,
) -> str:
    """The kind of the engagement and who took part, most telling parties first.

    Args:
        kind: the engagement kind ("call").
        people: the participants who are persons, in order of mention.
        countries: the engagement's country and organisation codes.
        host: the hosting country's code, if known.
        country_names: display names of codes ("FRA" -> "France"); a code without one is
            written as the code.
        date: the engagement date, used only when nothing names a party.

    Example:
        >>> fallback_name("call", [], ["USA", "FRA"], None, {"USA": "United States", "FRA": "France"})
        'Call between United States and France'
    """
    word = _KIND_WORDS.get(kind, kind.replace("_", " ").capitalize())
    states = [country_names.get(c, c) for c in countries]
    # "President of Uganda" is an office: often the same person as a name beside it.
    persons = list(dict.fromkeys(p.name for p in people if p.name and " of " not in p.name))
    if kind == "visit" and host is not None and len(countries) <= 2:
        return f"{word} to {country_names.get(host, host)}"
    # Two or three named people say more than their states ("Call between Harris and Macron").
    if 2 <= len(persons) <= 3:
        return f"{word} between {_listed(persons)}"
    if 2 <= len(states) <= _MOST_NAMED:
        return f"{word} {'between' if len(states) == 2 else 'of'} {_listed(states)}"
    if len(states) > _MOST_NAMED:
        return f"{word} of {', '.join(states[:3])} and others"
    party = persons[0] if persons else states[0] if states else None
    if party is not None:
        return f"{word} {'by' if kind == 'visit' else 'with'} {party}"
    return f"{word} on {date}" if date else word


def _listed(names: Iterable[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    items = list(names)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
