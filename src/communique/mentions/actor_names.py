"""Person names: their canonical written form, and grouping mentions of one person.

A later "Jaishankar" or "Kamikawa" belongs to the earlier "S Jaishankar" or "Kamikawa Yoko"
because its words are a subset of the fuller name's; the canonical name is the fullest form
seen, with single-letter initials dotted ("S Jaishankar" -> "S. Jaishankar") and all-caps
transcript labels ("BIDEN") in title case.

Example:
    >>> canonical(("S", "Jaishankar"))
    'S. Jaishankar'
    >>> cluster_names([("S", "Jaishankar"), ("Jaishankar",), ("Rajnath", "Singh")])
    [0, 0, 1]
"""

from __future__ import annotations

from collections.abc import Mapping

NameForm = tuple[str, ...]


_ROMAN = frozenset("I II III IV V VI VII VIII IX X XI XII".split())


def canonical_word(word: str, *, shouting: bool = True) -> str:
    """One name word as written in a canonical name.

    `shouting` says the whole name is in capitals (a transcript label), so capitals are not
    the word's own spelling; regnal numbers ("II") keep theirs either way.
    """
    if len(word) == 1 and word.isalpha():
        return word.upper() + "."
    if shouting and word.isupper() and len(word.replace(".", "")) > 1 and word not in _ROMAN:
        # "JEAN-PIERRE" -> "Jean-Pierre", "O'BRIEN" -> "O'Brien": capitalise after - and '.
        out, upper_next = [], True
        for ch in word.lower():
            out.append(ch.upper() if upper_next else ch)
            upper_next = not ch.isalpha()
        return "".join(out)
    return word


def canonical(form: NameForm) -> str:
    """The display name of a name form.

    Example:
        >>> canonical(("PRESIDENT", "BIDEN")), canonical(("Abdullah", "II")), canonical(("NATO",))
        ('President Biden', 'Abdullah II', 'Nato')
    """
    shouting = all(w.isupper() for w in form if any(c.isalpha() for c in w))
    return " ".join(canonical_word(w, shouting=shouting) for w in form)


def name_key(form: NameForm, nicknames: Mapping[str, str] | None = None) -> frozenset[str]:
    """The words of a name for matching: lowercase, dots dropped ("S." == "S"), a familiar given
    name read as the one it shortens ("Joe" == "Joseph") when `nicknames` says so."""
    words = (w.lower().replace(".", "") for w in form if w.strip("."))
    if nicknames:
        return frozenset(nicknames.get(w, w) for w in words)
    return frozenset(words)


def _richness(form: NameForm) -> tuple[int, int, int]:
    # Fuller forms first; among equals, mixed case over all caps, then with dotted initials.
    return (len(name_key(form)), sum(not w.isupper() for w in form), sum(w.endswith(".") for w in form))


def cluster_names(forms: list[NameForm], nicknames: Mapping[str, str] | None = None) -> list[int]:
    """A cluster number for each name mention (in document order); clusters numbered from 0.

    A mention joins the cluster whose fullest name contains all its words ("Joe Biden" those of
    "Joseph R. Biden" when `nicknames` maps "joe" to "joseph"); when several do ("Singh" with
    "Rajnath Singh" and "Manmohan Singh"), the one mentioned most recently before it wins, else
    the first.
    """
    keys = [name_key(form, nicknames) for form in forms]
    heads: list[frozenset[str]] = []
    order = sorted(range(len(forms)), key=lambda i: (-len(keys[i]), i))
    for i in order:
        key = keys[i]
        if key and not any(key <= head for head in heads):
            heads.append(key)
    cluster_of_head = {head: n for n, head in enumerate(heads)}
    last_seen: dict[int, int] = {}
    result: list[int] = []
    for position, key in enumerate(keys):
        candidates = [cluster_of_head[h] for h in heads if key <= h]
        if len(candidates) > 1:
            seen = [c for c in candidates if c in last_seen]
            chosen = max(seen, key=last_seen.__getitem__) if seen else min(candidates)
        else:
            chosen = candidates[0]
        last_seen[chosen] = position
        result.append(chosen)
    return _renumber(result)


def fullest(forms: list[NameForm]) -> NameForm:
    """The fullest of one person's name forms (ties: mixed case, dotted, earliest)."""
    return max(forms, key=_richness)


def _renumber(clusters: list[int]) -> list[int]:
    """Number clusters in order of first mention, so ids follow the text."""
    seen: dict[int, int] = {}
    return [seen.setdefault(c, len(seen)) for c in clusters]
