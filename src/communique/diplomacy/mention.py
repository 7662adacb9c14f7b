"""What one trigger mention ("met", "talks", "the 3rd India-Japan 2+2 Dialogue") says, from its clause."""

from __future__ import annotations

from spacy.tokens import Token

from communique.diplomacy.clauses import (
    PARTICIPATION_VERBS,
    arguments,
    governor,
    people,
    subjects,
)
from communique.diplomacy.dating import attached, date_near, numbered
from communique.diplomacy.draft import Draft
from communique.diplomacy.index import DocIndex
from communique.diplomacy.mechanism import Naming, name_before
from communique.diplomacy.passing import in_passing
from communique.diplomacy.purpose import purpose_verb
from communique.diplomacy.reference import refers_to_a_meeting
from communique.diplomacy.roles import add_roles
from communique.diplomacy.status import status_of
from communique.diplomacy.tense import future_time, told_in_past
from communique.diplomacy.triggers import Hit
from communique.diplomacy.venue import anchors_of, place_near
from communique.types import DateMention, Place

# Nouns whose "of" phrase is the setting, not a party: "on the sidelines of the APEC Summit".
_CONTEXT_NOUNS = frozenset({"sideline"})


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
    draft.practice = not is_verb and not refers_to_a_meeting(token, verb)
    heads = list(arguments(token, is_verb, of_phrase=trigger.words[-1] not in _CONTEXT_NOUNS))
    if verb is not None and not is_verb and verb.lemma_.lower() in PARTICIPATION_VERBS:
        # "X attended the summit", not "the summit was held": the trigger is no participant.
        heads += [s for s in subjects(verb) if s.i != token.i and token.i not in {t.i for t in s.subtree}]
        heads += [c for c in arguments(verb, False)]
        draft.verbs.add(verb.i)
    # "the G7 summit, which Canada will host in Kananaskis": the host takes part.
    heads += [s for c in token.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "host" for s in subjects(c)]
    actors, draft.group = people(index, heads)
    own_people = bool(actors)
    if draft.generic and any(a.kind == "person" for a in actors) and not _classed(token):
        draft.generic = False  # "Biden's and Harris' bilateral meetings with President Marcos in May"
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
    if naming is not None and (naming.name or naming.mechanism) and not own_people:
        draft.passing = in_passing(index, region, range(naming.start, token.i + 1), verb, draft.date, draft.place)
    draft.status = status_of(token, verb)
    published = index.analysis.document.published
    if draft.status == "held" and _after(draft.date, published):
        draft.status = "planned"  # "before its leaders meet again next year": not yet held
    elif draft.status == "held" and future_time(region) and not told_in_past(token, verb):
        draft.status = "planned"  # "is travelling to Jakarta next week", dated or not
    elif draft.status == "planned" and draft.date is not None and _before(draft.date, published):
        # A meeting to come cannot be dated before the document: "at our meeting in Vienna
        # last year" told it was held; a past date from elsewhere in the sentence is no date.
        if attached(index, draft.date, {token.i} | ({verb.i} if verb is not None else set())):
            draft.status = "held"
        else:
            draft.date = None
    if verb is not None and verb.lemma_.lower() == "host" and (draft.place is None or draft.place.kind != "city"):
        # "Tokyo will host the next Pacific Islands Leaders Meeting": the host city is the
        # venue, not the region in the meeting's name.
        draft.place = next(filter(None, (_city(index, s) for s in subjects(verb))), draft.place)
    draft.past = is_verb and token.tag_ == "VBD"
    draft.earlier = not is_verb and told_as_earlier(token)
    add_roles(draft, hit, index, verb)
    det = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
    draft.anaphoric = (
        not is_verb and det in ("the", "this", "that") and not draft.mechanism and not actors
    )
    return draft


# "a recent meeting", "their previous talks"; "since their meeting", "followed on from their
# conversation": an engagement before the one the text reports.
_EARLIER = frozenset({"recent", "previous", "last", "earlier", "past", "prior", "former"})
_SINCE = frozenset({"since", "from"})


def told_as_earlier(noun: Token) -> bool:
    """Whether an engagement noun is told as one before the text's own."""
    if any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _SINCE


def _city(index: DocIndex, token: Token) -> Place | None:
    """The city a token names, also when the actor stage read it as its government
    ("Tokyo will host": Japan) and the city is a place elsewhere in the text."""
    place = index.place[token.i]
    if place is None:
        place = next((p for p in index.mentions.places if p.name == token.text), None)
    return place if place is not None and place.kind == "city" else None


def _before(date: DateMention, published: str | None) -> bool:
    """Whether a date lies wholly before the document's day (a bare weekday or month is
    read forward later, see `engagement._ahead`)."""
    explicit = numbered(date.text) or "last" in date.text.lower() or "ago" in date.text.lower()
    return bool(published and explicit and date.value < published[: len(date.value)])


def _after(date: DateMention | None, published: str | None) -> bool:
    """Whether a date lies after the document's: an engagement then cannot have been held."""
    return bool(date and published and date.value > published[: len(date.value)])


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


# Words that make a plural a class of meetings even with named people: "similar meetings with X".
_CLASS_WORDS = frozenset({"similar", "such", "other", "regular", "frequent", "many", "several", "numerous", "these"})


def _classed(token: Token) -> bool:
    return any(c.lower_ in _CLASS_WORDS for c in token.children)


def generic_plural(token: Token, naming: Naming | None) -> bool:
    """Whether a trigger noun names a class of engagements, not one: "has held similar
    meetings with Australia". Nouns that are plural in the singular sense ("talks",
    "consultations", "negotiations") are exempt."""
    return (
        token.tag_ in ("NNS", "NNPS") and (naming is None or not (naming.name or naming.mechanism))
        and token.lemma_.lower() not in ("talk", "consultation", "negotiation")
        and not any(c.dep_ == "nummod" or c.lower_ in ("both", "two", "the") for c in token.children)
    )
