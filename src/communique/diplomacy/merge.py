"""Merging: drafts of one meeting merged, in text order, into one engagement.

A draft joins the latest engagement it is compatible with: same family of kind, no clash of
mechanism, date, place, or of the people or countries at the table. "The meeting" with nothing
of its own joins the latest engagement of its family; "talks with A", then "talks with B" stay
two engagements.
"""

from __future__ import annotations

from communique.diplomacy.dating import numbered
from communique.diplomacy.draft import Draft
from communique.diplomacy.mechanism import mechanism_key
from communique.types import DateMention, Place

# Kinds that may name one event: "the talks", "the meeting" and "the Dialogue" of one day.
_FAMILY: dict[str, str] = {
    "meeting": "meet", "talks": "meet", "dialogue": "meet", "negotiation": "meet",
    "summit": "summit", "call": "call", "video_call": "call", "visit": "visit",
    "press_conference": "press",
}  # fmt: skip
# When drafts of one family merge, the more specific kind names the engagement.
_SPECIFICITY = ("dialogue", "summit", "video_call", "negotiation", "talks", "call", "visit",
                "press_conference", "meeting")  # fmt: skip


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
    if restated and old.earlier != new.earlier:
        return False  # "followed on from their telephone conversation last week": another call
    if not restated and old.date and new.date and not (
        old.date.value.startswith(new.date.value) or new.date.value.startswith(old.date.value)
    ):
        return False
    if not restated and _places_clash(old.place, new.place):
        return False
    if (
        old.status == new.status == "planned" and old.place is not None and not old.sentence & new.sentence
        and old.place.id == getattr(new.place, "id", None)
    ):
        # Two sides announcing one meeting to come ("X and I will meet in Sochi", later "President
        # Putin and I will join the meeting in Sochi") name different people at one table; two
        # tables in one sentence ("talks with A and a meeting with B") stay two.
        return True
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
    # A meeting "scheduled for Thursday" that "has been postponed" is one cancelled meeting.
    if {old.status, new.status} == {"planned", "cancelled"}:
        return True
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
    if new.status == "cancelled" and old.status == "planned":
        old.status = "cancelled"
    old.visitors |= new.visitors
    old.earlier = old.earlier and new.earlier  # one mention told as the text's own suffices
    old.group = old.group or new.group
    old.sentence |= new.sentence
    old.verbs |= new.verbs
    old.title = old.title and new.title


def merge(drafts: list[Draft], published: str | None = None) -> list[Draft]:
    """Drafts of one engagement merged into one, in text order.

    In a transcript, a meeting a speaker mentions in passing ("when we met last year", "I
    talked to him") is a separate engagement only when the speaker says at least two of
    where, when and with whom, or announces where a meeting to come will be; otherwise it joins the engagement it is compatible with, as
    evidence only (its "we" and "they" would add every party of the talks), or is dropped.
    A speaker's dated meeting ("we met in Vienna a year ago") does not join an engagement
    dated only by the document: it is another, earlier meeting.
    """
    merged: list[Draft] = []
    for draft in drafts:
        if draft.generic or (draft.practice and not draft.title and not _worth_keeping(draft)):
            continue  # "similar meetings", "through dialogue": no meeting, so no evidence of one
        fits = [old for old in reversed(merged) if _compatible(old, draft) and not _recalled(old, draft, published)]
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
        elif _worth_keeping(draft) and not draft.passing:
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


def _recalled(old: Draft, new: Draft, published: str | None) -> bool:
    """Whether a speaker's meeting dated apart from the document ("we met in Vienna a year
    ago") is another meeting than `old`, which only the document dates. Not `Draft.earlier`,
    which is a noun told as before the text's own ("a recent meeting")."""
    return bool(
        new.speech and old.date is None and new.date is not None and published
        and not published.startswith(new.date.value)
    )


def _specific(draft: Draft) -> bool:
    """Whether a speaker's meeting is one of its own: two of where, when and with whom, or a
    meeting to come with its place ("our ministers will meet in Warsaw next month")."""
    said = (draft.place is not None, _explicit(draft.date), bool(draft.persons()))
    return sum(said) >= 2 or (draft.status == "planned" and draft.place is not None)


def _explicit(date: DateMention | None) -> bool:
    return date is not None and (numbered(date.text) or date.text[:1].isupper())


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


def _worth_keeping(draft: Draft) -> bool:
    # A bare "dialogue" or "meeting" with nobody, no date, no place and no name is more often
    # a generic word ("support dialogue between the parties") than a reported engagement.
    return bool(
        draft.participants or draft.mechanism or draft.name or draft.place or draft.countries
        or draft.group or (draft.date is not None)
    )
