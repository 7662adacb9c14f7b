"""Engagements: trigger mentions read into drafts, drafts of one meeting merged into one record.

Each trigger ("met", "talks", "the 3rd India-Japan 2+2 Ministerial Dialogue") becomes a draft
holding what its clause says. Drafts are merged, in text order, into the latest engagement
they are compatible with: same family of kind, no clash of mechanism, date, place, or of the
people or countries at the table. "The meeting" with nothing of its own joins the latest
engagement of its family; "talks with A", then "talks with B" stay two engagements.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from communique.diplomacy.clauses import (
    PARTICIPATION_VERBS,
    arguments,
    date_near,
    governor,
    people,
    status_of,
    subjects,
)
from communique.diplomacy.index import DocIndex
from communique.diplomacy.mechanism import Naming, mechanism_key, name_before
from communique.diplomacy.purpose import purpose_verb
from communique.diplomacy.triggers import COUNTERPARTS as OFFICES
from communique.diplomacy.triggers import Hit
from communique.diplomacy.venue import anchors_of, place_near
from communique.types import Actor, DateMention, EngagementKind, EngagementStatus, Place, Span

# Kinds that may name one event: "the talks", "the meeting" and "the Dialogue" of one day.
_FAMILY: dict[str, str] = {
    "meeting": "meet", "talks": "meet", "dialogue": "meet", "negotiation": "meet",
    "summit": "summit", "call": "call", "video_call": "call", "visit": "visit",
    "press_conference": "press",
}  # fmt: skip
# When drafts of one family merge, the more specific kind names the engagement.
_SPECIFICITY = ("dialogue", "summit", "video_call", "negotiation", "talks", "call", "visit",
                "press_conference", "meeting")  # fmt: skip


@dataclass(slots=True)
class Draft:
    """What one or more mentions say about one engagement (mutable while merging)."""

    kind: EngagementKind
    evidence: list[Span]
    name: str | None = None
    mechanism: str | None = None
    edition: int | None = None
    date: DateMention | None = None
    place: Place | None = None
    participants: dict[str, Actor] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    host: str | None = None
    visitors: set[str] = field(default_factory=set)
    status: EngagementStatus = "held"
    group: bool = False
    anaphoric: bool = False
    sentence: set[int] = field(default_factory=set)
    verbs: set[int] = field(default_factory=set)
    title: bool = False  # announced by the document's title
    speech: bool = False  # mentioned inside a speaker's turn of a transcript
    generic: bool = False  # "similar meetings": a class of engagements, not one
    past: bool = False  # told in the past tense ("met"): it happened, so it is no planned one

    def persons(self) -> set[str]:
        return {a.id for a in self.participants.values() if a.kind == "person"}

    def person_keys(self) -> set[str]:
        """The people at the table by surname, so that one person named twice by the actor
        stage ("Herzog of" from a title, "Isaac Herzog" from the body) counts once; a name
        that is only an office ("President of Brazil") is the named person of its country
        beside it, else someone of its own."""
        people = [a for a in self.participants.values() if a.kind == "person"]
        named = {a.country for a in people if surname(a.name)}
        return {surname(a.name) or a.name.lower() for a in people if surname(a.name) or a.country not in named}

    def all_countries(self) -> list[str]:
        found = list(self.countries)
        for actor in self.participants.values():
            if actor.country and actor.country not in found:
                found.append(actor.country)
        return found


# Words around a name that are not the person's surname.
_NOT_SURNAME = frozenset({"of", "jr", "jr.", "sr", "sr.", "ii", "iii"})


def surname(name: str) -> str | None:
    """A person's surname, lower case: "Isaac Herzog" and "Herzog of" give "herzog"; None for
    a name that is an office only ("President of Brazil")."""
    words = name.replace(",", " ").split()
    if " of " in f" {name} " and words and words[0].lower() in OFFICES:
        return None
    while words and words[-1].lower() in _NOT_SURNAME:
        words.pop()
    return words[-1].lower() if words else None


def draft_of(hit: Hit, index: DocIndex) -> Draft:
    """The draft of one trigger mention."""
    token, trigger = hit.token, hit.trigger
    is_verb = trigger.pos == "verb"
    verb = token if is_verb else (purpose_verb(token) or governor(token))
    naming = name_before(token, index) if not is_verb else None
    start = min(naming.start, hit.start) if naming else hit.start
    draft = Draft(kind=trigger.kind, evidence=[index.span(start, token.i + 1)])
    draft.sentence.add(index.segment[token.i])
    draft.generic = not is_verb and generic_plural(token, naming)
    heads = list(arguments(token, is_verb))
    if verb is not None and not is_verb and verb.lemma_.lower() in PARTICIPATION_VERBS:
        # "X attended the summit", not "the summit was held": the trigger is no participant.
        heads += [s for s in subjects(verb) if s.i != token.i and token.i not in {t.i for t in s.subtree}]
        heads += [c for c in arguments(verb, False)]
        draft.verbs.add(verb.i)
    actors, draft.group = people(index, heads)
    if naming is not None:
        draft.name, draft.mechanism, draft.edition = naming.name, naming.mechanism, naming.edition
        draft.countries.extend(naming.countries)
        actors += [a for t in index.doc[naming.start : token.i] if (a := index.actor[t.i]) and a.kind == "person"]
    for actor in actors:
        draft.participants.setdefault(actor.id, actor)
    seg_start, seg_end = index.segment_of(token)
    anchors = anchors_of(token, verb)
    heads = [token, *(index.doc[a] for a in sorted(anchors - {token.i}))]
    region = list({t.i: t for h in heads for t in _own_clause(h) if seg_start <= t.i < seg_end}.values())
    draft.place = place_near(index, region, anchors)
    draft.date = date_near(index, token, region, verb)
    draft.status = status_of(token, verb)
    draft.past = is_verb and token.tag_ == "VBD"
    _roles(draft, hit, index, verb)
    det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
    draft.anaphoric = (
        not is_verb and det in ("the", "this", "that") and not draft.mechanism and not actors
    )
    return draft


# Children that start another statement: "described the dialogue as X and thanked Y for
# help after typhoons in Luzon last year" does not place or date the dialogue.
_OTHER_CLAUSE = frozenset({"conj", "cc", "parataxis"})


def _own_clause(head: Token) -> list[Token]:
    """The subtree of `head` without coordinated clauses (a coordinated noun stays)."""
    found, stack = [], [head]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(
            c for c in token.children
            if c.dep_ not in _OTHER_CLAUSE or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"))
        )
    return found


def _roles(draft: Draft, hit: Hit, index: DocIndex, verb: Token | None) -> None:
    """Host and visitors, where the text says so: "hosted", "received", "visited Japan"."""
    role_verb = hit.token if hit.trigger.pos == "verb" else verb
    role = hit.trigger.role if hit.trigger.pos == "verb" else None
    if role is None and role_verb is not None and role_verb.lemma_.lower() in ("host", "receive", "welcome"):
        role = "host"
    if role_verb is None or role is None:
        return
    subject_countries = [a.country for a, _ in _actors(index, subjects(role_verb)) if a.country]
    if role == "host" and subject_countries:
        draft.host = subject_countries[0]
    elif role == "visitor":
        draft.visitors.update(subject_countries)
        for child in role_verb.children:
            if child.dep_ == "dobj":
                target = index.place[child.i] or index.actor[child.i]
                if target is not None and target.country:
                    draft.host = target.country


def _actors(index: DocIndex, heads: list[Token]) -> list[tuple[Actor, Token]]:
    return [(a, h) for h in heads for a in index.actors_of(h).actors]


def _compatible(old: Draft, new: Draft) -> bool:
    if _FAMILY[old.kind] != _FAMILY[new.kind]:
        return False
    if new.anaphoric:
        return True
    if _mechanisms_clash(old.mechanism, new.mechanism):
        return False
    # A headline restates the engagement the body reports, loosely: its place is often a
    # capital standing for a government ("talks postponed as Cairo and Addis Ababa trade
    # blame"), so the body's date and place correct it rather than make a second engagement.
    restated = old.title != new.title
    if not restated and old.date and new.date and not (
        old.date.value.startswith(new.date.value) or new.date.value.startswith(old.date.value)
    ):
        return False
    if not restated and _places_clash(old.place, new.place):
        return False
    old_people, new_people = old.person_keys(), new.person_keys()
    if old_people and new_people and not old_people & new_people:
        return False
    # "The two presidents held a private meeting" and "talks with the Taoiseach and the
    # Foreign Minister": one visitor, two tables.
    if min(len(old_people), len(new_people)) >= 2 and not (old_people <= new_people or new_people <= old_people):
        return False
    old_c, new_c = set(old.all_countries()), set(new.all_countries())
    if len(old_c) >= 2 and len(new_c) >= 2 and not (old_c <= new_c or new_c <= old_c):
        return False
    return old.status == new.status or (new.status == "held" and not new.past)


def _mechanisms_clash(old: str | None, new: str | None) -> bool:
    """Two mechanisms that are not one: "2+2" and "Strategic Dialogue" clash; the title's
    "ASEAN Summit" and the body's "Summit" of "the 47th ASEAN Summit" do not."""
    old_key, new_key = mechanism_key(old), mechanism_key(new)
    if not (old and new and old_key and new_key) or old_key == new_key:
        return False
    return old_key not in new.lower().split() and new_key not in old.lower().split()


def _places_clash(old: Place | None, new: Place | None) -> bool:
    """Two places that cannot hold one engagement: two cities, or two named sites. A city and a
    building or district ("in Jakarta", "at the Pancasila Building") may be the same meeting."""
    if old is None or new is None or old.id == new.id:
        return False
    if (old.kind == "city") != (new.kind == "city"):
        return bool(old.country and new.country and old.country != new.country)
    return True


def _absorb(old: Draft, new: Draft) -> None:
    old.evidence.extend(s for s in new.evidence if s not in old.evidence)
    if _SPECIFICITY.index(new.kind) < _SPECIFICITY.index(old.kind) and (new.mechanism or not old.mechanism):
        old.kind = new.kind
    if new.mechanism and not old.mechanism:
        old.name, old.mechanism = new.name, new.mechanism
    old.name = old.name or new.name
    old.edition = old.edition or new.edition
    body = old.title and not new.title
    if new.date and (body or old.date is None or (old.date.granularity != "day" and new.date.granularity == "day")):
        old.date = new.date
    if body:
        old.place = new.place or old.place
    elif old.place is None or (new.place is not None and new.place.kind == "city" and old.place.kind != "city"):
        old.place = new.place or old.place  # the city says where, more than a building in it
    for actor_id, actor in new.participants.items():
        old.participants.setdefault(actor_id, actor)
    old.countries.extend(c for c in new.countries if c not in old.countries)
    old.host = old.host or new.host
    old.visitors |= new.visitors
    old.group = old.group or new.group
    old.sentence |= new.sentence
    old.verbs |= new.verbs
    old.title = old.title and new.title


def merge(drafts: list[Draft], published: str | None = None) -> list[Draft]:
    """Drafts of one engagement merged into one, in text order.

    In a transcript, a meeting a speaker mentions in passing ("when we met last year", "I
    talked to him") is a separate engagement only when the speaker says at least two of
    where, when and with whom; otherwise it joins the engagement it is compatible with, as
    evidence only (its "we" and "they" would add every party of the talks), or is dropped.
    A speaker's dated meeting ("we met in Vienna a year ago") does not join an engagement
    dated only by the document: it is another, earlier meeting.
    """
    merged: list[Draft] = []
    for draft in drafts:
        if draft.generic:
            continue
        fits = [old for old in reversed(merged) if _compatible(old, draft) and not _earlier(old, draft, published)]
        # "The dialogue" is the latest dialogue, before any later talks of its family.
        same = [old for old in fits if old.kind == draft.kind] if draft.anaphoric else []
        target = (same or fits or [None])[0]
        if target is None and _at_summit(merged, draft):
            target = merged[-1]
        if draft.speech and not _specific(draft):
            if target is not None:
                target.evidence.extend(s for s in draft.evidence if s not in target.evidence)
        elif target is not None:
            _absorb(target, draft)
        elif _worth_keeping(draft):
            merged.append(draft)
    return _attach_press(merged)


def _at_summit(merged: list[Draft], draft: Draft) -> bool:
    """Whether a bare "met" is the summit just reported: "The 47th ASEAN Summit was held in
    Kuala Lumpur... The leaders met under the theme..." (same or next sentence)."""
    if not merged or not draft.sentence or draft.kind != "meeting" or merged[-1].kind != "summit":
        return False
    if draft.persons() or draft.place or draft.date or draft.mechanism or not merged[-1].sentence:
        return False
    return 0 <= min(draft.sentence) - max(merged[-1].sentence) <= 1 and draft.status == merged[-1].status


def _earlier(old: Draft, new: Draft, published: str | None) -> bool:
    return bool(
        new.speech and old.date is None and new.date is not None and published
        and not published.startswith(new.date.value)
    )


def _specific(draft: Draft) -> bool:
    said = (draft.place is not None, _explicit(draft.date), bool(draft.persons()))
    return sum(said) >= 2


def _explicit(date: DateMention | None) -> bool:
    return date is not None and (any(ch.isdigit() for ch in date.text) or date.text[:1].isupper())


def _attach_press(merged: list[Draft]) -> list[Draft]:
    """A press conference named in the sentence of another engagement ("news conference
    following the talks", "press statements after the meeting") is part of it; so is one
    announced by the title ("Joint press conference of X and Y") when the two speakers
    meet in the text."""
    kept: list[Draft] = []
    for draft in merged:
        if draft.kind != "press_conference":
            kept.append(draft)
            continue
        host = next((d for d in merged if d.kind != "press_conference" and d.sentence & draft.sentence), None)
        if host is None and draft.title and len(draft.persons()) >= 2:
            host = next((d for d in merged if d.kind != "press_conference" and d.status == "held"
                         and d.persons() & draft.persons()), None)
        if host is None:
            kept.append(draft)
            continue
        host.evidence.extend(s for s in draft.evidence if s not in host.evidence)
        for actor_id, actor in draft.participants.items():
            host.participants.setdefault(actor_id, actor)
    return kept


def generic_plural(token: Token, naming: Naming | None) -> bool:
    """Whether a trigger noun names a class of engagements, not one: "has held similar
    meetings with Australia". Nouns that are plural in the singular sense ("talks",
    "consultations", "negotiations") are exempt."""
    return (
        token.tag_ in ("NNS", "NNPS") and (naming is None or not (naming.name or naming.mechanism))
        and token.lemma_.lower() not in ("talk", "consultation", "negotiation")
        and not any(c.dep_ == "nummod" or c.lower_ in ("both", "two", "the") for c in token.children)
    )


def _worth_keeping(draft: Draft) -> bool:
    # A bare "dialogue" or "meeting" with nobody, no date, no place and no name is more often
    # a generic word ("support dialogue between the parties") than a reported engagement.
    return bool(
        draft.participants or draft.mechanism or draft.name or draft.place or draft.countries
        or draft.group or (draft.date is not None)
    )
