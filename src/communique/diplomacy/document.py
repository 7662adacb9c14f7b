"""What only the whole document tells about merged drafts: joiners, visitors, dateline, speakers.

People who "participated from the Indian side", "the visiting Japanese ministers", the city a
wire report is datelined in, the sides of a transcript's speakers.
"""

from __future__ import annotations

from communique.diplomacy.clauses import subjects
from communique.diplomacy.draft import Draft
from communique.diplomacy.index import DocIndex
from communique.diplomacy.triggers import with_objects
from communique.diplomacy.turns import Turns
from communique.diplomacy.venue import dateline_city

# Verbs saying someone took part in the engagement the text is about, with no trigger noun
# of their own: "X and Y participated from the Indian side".
_JOINING_VERBS = frozenset({"participate", "represent", "attend", "join", "accompany", "lead"})


def complete(index: DocIndex, merged: list[Draft], turns: Turns) -> None:
    """Add to merged drafts what only the whole document tells, in place."""
    if merged:
        _add_joiners(index, merged)
        visitors = _visiting(index)
        for draft in merged:
            draft.visitors |= visitors
    _place_by_dateline(index, merged)
    _speakers_meet(merged, turns)
    _speakers_took_part(merged, turns)


def _place_by_dateline(index: DocIndex, merged: list[Draft]) -> None:
    """A wire report's held meetings of the day, with no venue of their own, took place where
    it is datelined: "DUBLIN, 15 September - ... the two presidents held a private meeting".
    Calls have no venue; an engagement dated another day may have been anywhere."""
    city = dateline_city(index)
    published = index.analysis.document.published
    if city is None:
        return
    for draft in merged:
        of_the_day = draft.date is None or bool(published and published.startswith(draft.date.value))
        if draft.place is None and draft.status == "held" and draft.kind not in _PLACELESS and of_the_day:
            draft.place = city


_PLACELESS = frozenset({"call", "video_call"})


def _speakers_meet(merged: list[Draft], turns: Turns) -> None:
    """A meeting to come that a speaker announces ("our defence ministers will meet in Warsaw
    next month") is between the sides speaking: the speakers' countries, not every state the
    sentence names."""
    if not turns.transcript:
        return
    sides = list(dict.fromkeys(a.country for a in turns.speaker if a is not None and a.country))
    for draft in merged:
        if draft.speech and draft.status == "planned" and not draft.title:
            draft.countries.extend(c for c in sides if c not in draft.countries)


def _speakers_took_part(merged: list[Draft], turns: Turns) -> None:
    """"News conference following talks with X", then the transcript: the people whose turns
    it labels ("President of Russia Vladimir Putin:") are at the talks its heading announces
    (an engagement named outside every turn)."""
    if not turns.transcript:
        return
    speakers = {a.id: a for a in turns.speaker if a is not None and a.kind == "person" and a.country}
    for draft in merged:
        if not draft.speech and draft.status == "held":
            for actor_id, actor in speakers.items():
                draft.participants.setdefault(actor_id, actor)


def _add_joiners(index: DocIndex, merged: list[Draft]) -> None:
    doc = index.doc
    first_sentence = min(min(d.sentence) for d in merged if d.sentence) if any(d.sentence for d in merged) else 0
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _JOINING_VERBS:
            continue
        if index.segment[token.i] < first_sentence:
            continue
        if any(token.i in d.verbs for d in merged):
            continue  # its own trigger ("attended the summit") already placed these people
        target = merged[-1] if len(merged) == 1 else _latest_before(merged, index.segment[token.i])
        # "The delegation was led by X, with Y and Z": the "with" people came too.
        for head in [*subjects(token), *with_objects(token)]:
            for actor in index.actors_of(head).actors:
                if actor.kind == "person" or token.lemma_.lower() != "lead":
                    target.participants.setdefault(actor.id, actor)


def _latest_before(merged: list[Draft], segment: int) -> Draft:
    before = [d for d in merged if d.sentence and min(d.sentence) <= segment]
    return max(before, key=lambda d: min(d.sentence)) if before else merged[0]


def _visiting(index: DocIndex) -> set[str]:
    """Countries of actors called "visiting" anywhere in the text."""
    found: set[str] = set()
    for token in index.doc:
        if token.lower_ == "visiting" and token.dep_ in ("amod", "compound", "nmod"):
            for t in index.phrase(token.head):
                actor = index.actor[t.i]
                if actor is not None and actor.country:
                    found.add(actor.country)
    return found
