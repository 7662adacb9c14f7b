"""Reading one engagement mention: who took part, where, when, and whether it happened."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from communique.diplomacy.index import DocIndex
from communique.diplomacy.triggers import with_objects
from communique.types import Actor, DateMention, EngagementStatus

_GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2}
_PLANNED_WORDS = frozenset({"upcoming", "forthcoming", "next", "planned", "future", "proposed"})
_PLANNING_VERBS = frozenset({"plan", "schedule", "expect", "due", "set", "intend", "prepare", "look"})
_CANCELLING_VERBS = frozenset({"cancel", "postpone", "scrap", "suspend", "delay", "abandon"})
# Heads of "agreed to meet", "decided to hold the next round": the engagement is still to come.
_RESOLVING_VERBS = frozenset({"agree", "decide", "promise", "pledge", "undertake", "want", "hope", "seek"})
# Heads under which an engagement is only put forward ("proposed a meeting", "invited X to
# visit", "offered to host talks"): that is a proposal, an outcome, not an engagement.
_PROPOSING_VERBS = frozenset({"propose", "suggest", "offer", "invite"})
_PROPOSING_NOUNS = frozenset({"invitation", "offer", "proposal"})
# "remained ready to meet at any time": a readiness, not an engagement.
_READINESS = frozenset({"ready", "willing", "prepared", "open", "eager"})
# Words before a date that make it the bound of a duration, not the day of a meeting:
# "talks have stalled since 2020".
_DURATION_BOUNDS = frozenset({"since", "until", "till"})
# Verbs whose subject takes part in the engagement named by their object ("attended the summit").
PARTICIPATION_VERBS = frozenset(
    {"attend", "represent", "participate", "join", "accompany", "lead", "chair", "co-chair",
     "hold", "have", "conduct", "host", "take", "begin", "open", "convene", "pay", "make",
     # "X travelled to Y for talks with Z", "will stay in Jakarta for talks": who goes, meets.
     "travel", "arrive", "stay", "come", "go", "fly", "head"}
)  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass", "agent")
# Nouns naming one sitting of a recurring engagement: "the next round of the Dialogue".
_INSTALMENTS = frozenset({"round", "session", "edition", "sitting"})


def governor(token: Token) -> Token | None:
    """The verb an engagement noun is an argument of: "held" in "held talks", "represented"
    in "represented Japan at the meeting"; None when the noun hangs off another noun."""
    head = token
    # "talks with A and a meeting with B": the second noun is governed like the first.
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    # "held India-Japan, the 2+2 Dialogue": a noun the parser hung as an apposition is
    # governed like the noun it is in apposition to.
    if head.dep_ == "appos" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    # "to hold the next round of the Strategic Dialogue": the round is the dialogue.
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _INSTALMENTS:
        head = head.head.head
    if head.dep_ in ("pobj", "pcomp"):
        head = head.head
    if head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "prep", "pobj", "npadvmod", "oprd"):
        verb = head.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    return None


def subjects(verb: Token) -> list[Token]:
    """A verb's subjects, borrowed from the verb it hangs off when it has none of its own
    ("Meeting in Delhi, the two sides agreed", "agreed to task officials")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in _SUBJECTS]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        if found or agents:
            return [s for t in found if t.dep_ != "agent" for s in _past_dateline(t)] + agents
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            while verb.dep_ in ("prep", "pobj", "pcomp") and verb.pos_ != "VERB" and verb.head.i != verb.i:
                verb = verb.head
        else:
            break
    return []


def _past_dateline(subject: Token) -> list[Token]:
    """"WASHINGTON, July 2 - The foreign ministers ... met": the parser makes the dateline the
    subject and the real subject its apposition."""
    appositions = [c for c in subject.children if c.dep_ == "appos"]
    return appositions if appositions and subject.text.isupper() and len(subject.text) > 2 else [subject]


def arguments(token: Token, is_verb: bool, of_phrase: bool = True) -> Iterator[Token]:
    """The heads of the phrases naming who meets: subjects, objects, "with" and "between".
    Without `of_phrase`, a noun's "of" phrase is not who meets: "the sidelines of the APEC
    Summit" say where, not with whom."""
    if is_verb:
        for subject in subjects(token):
            yield subject
            # "The foreign ministers of Australia, India and Japan met": whose ministers.
            if index_free_group(subject):
                yield from _of_objects(subject)
        yield from (c for c in token.children if c.dep_ in ("dobj", "dative"))
    else:
        # Only people count as possessors: "Biden's meeting", not "the Leaders' Summit".
        yield from (c for c in token.children if c.dep_ == "poss" and c.ent_type_ in ("PERSON", ""))
        if of_phrase:
            yield from _of_objects(token)
        # "the first visit to Brasilia by Foreign Minister X": who visits.
        for child in token.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                yield from (o for o in child.children if o.dep_ == "pobj")
    yield from with_objects(token)


def index_free_group(token: Token) -> bool:
    """Whether a subject is a plural noun for people ("ministers", "leaders"), whose "of"
    phrase names who they are."""
    return token.tag_ == "NNS" and token.pos_ == "NOUN"


def _of_objects(token: Token) -> Iterator[Token]:
    """Who meets, from "a meeting of X": the object of "of", and when that object is a
    group of people ("the water ministers of Egypt, Sudan and Ethiopia"), whose they are."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                yield obj
                for part in (obj, *obj.conjuncts):
                    for inner in part.children:
                        if inner.dep_ == "prep" and inner.lower_ == "of":
                            yield from (o for o in inner.children if o.dep_ == "pobj")


def people(index: DocIndex, heads: Iterator[Token] | list[Token]) -> tuple[list[Actor], bool]:
    """The actors named by some argument heads, and whether one of them was "they"/"both sides"."""
    found: dict[str, Actor] = {}
    group = False
    for head in heads:
        actors = index.actors_of(head)
        group = group or actors.group
        for actor in actors.actors:
            found.setdefault(actor.id, actor)
    return list(found.values()), group


def date_near(index: DocIndex, trigger: Token, region: list[Token], verb: Token | None = None) -> DateMention | None:
    """The date of an engagement: one in the trigger's own clause, else the closest in its
    segment. A date attached to the trigger (or its verb) comes first, so the bilateral
    meeting "on the sidelines of the Summit on April 11" does not take the Summit's date;
    then days before months before years, explicit ("August 20, 2024") before relative."""
    found = {id(d): d for t in region if (d := index.date[t.i]) is not None and not _bound(index, d)}
    # "..., the Ministry said on Tuesday": the day of the report, not of the engagement.
    own = {k: d for k, d in found.items() if not _of_report(index, d)}
    found = own or found
    if not found:
        start, end = index.segment_of(trigger)
        found = {
            id(d): d for t in index.doc[start:end]
            if (d := index.date[t.i]) is not None and not _bound(index, d)
        }
    anchors = {trigger.i} | ({verb.i} if verb is not None else set())

    def rank(d: DateMention) -> tuple[int, int, int, int]:
        explicit = 0 if any(ch.isdigit() for ch in d.text) else 1
        distance = min(abs(d.span.start - trigger.idx), abs(d.span.end - trigger.idx))
        direct = 0 if attached(index, d, anchors) else 1
        return (direct, _GRANULARITY_RANK.get(d.granularity, 3), explicit, distance)

    return min(found.values(), key=rank, default=None)


def _bound(index: DocIndex, date: DateMention) -> bool:
    """Whether a date starts or ends a duration ("since 2020", "until March") or is the
    dateline's."""
    tokens = index.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
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
    tokens = index.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    token = tokens.root
    for _ in range(4):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in _REPORTING
    return False


def proposed(trigger: Token, verb: Token | None) -> bool:
    """Whether the engagement is only proposed, offered, invited, refused or declared possible,
    not held or agreed: "Cairo proposed a meeting of Sudan's neighbours", "invited President X
    to visit Canberra", "offered to host talks", "will not take part in talks", "ready to meet"."""
    # "relayed an invitation for King Abdullah II to make an official visit to Russia".
    if any(a.lemma_.lower() in _PROPOSING_NOUNS and a.pos_ == "NOUN" for a in list(trigger.ancestors)[:4]):
        return True
    for token in (trigger, verb):
        if token is None:
            continue
        head = token.head
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in token.children):
            return True
        if token.dep_ == "xcomp" and head.lemma_.lower() in _READINESS:
            return True
        if token.dep_ in ("dobj", "xcomp") and head.pos_ == "VERB" and head.lemma_.lower() in _PROPOSING_VERBS:
            return True
        if head.dep_ == "xcomp" and token.dep_ == "dobj" and head.head.lemma_.lower() in _PROPOSING_VERBS:
            return True
    return False


def attached(index: DocIndex, date: DateMention, anchors: set[int]) -> bool:
    """Whether a date hangs off one of `anchors` without passing through another noun
    ("met on Monday", "talks on 3 May"; not "the Summit on April 11")."""
    tokens = index.doc.char_span(date.span.start, date.span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
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


def status_of(trigger: Token, verb: Token | None) -> EngagementStatus:
    """held, planned ("will meet", "is scheduled to", "upcoming") or cancelled ("called off",
    "postponed": the engagement as announced did not take place)."""
    chain = [t for t in (trigger, verb, (verb or trigger).head) if t is not None]
    for token in chain:
        lemma = token.lemma_.lower()
        if lemma in _CANCELLING_VERBS or (
            lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)
        ):
            return "cancelled"
    # "will travel to Riyadh to co-chair the meeting": the purpose clause takes its head's tense.
    reach = 3 if verb is not None and verb.dep_ in ("xcomp", "advcl") else 2
    for token in chain[:reach]:
        for child in token.children:
            # "would be held" is reported future: "they agreed the meeting would be held in India".
            if child.dep_ in ("aux", "auxpass") and child.lemma_.lower() in ("will", "shall", "'ll", "would"):
                return "planned"
            if child.dep_ in ("amod", "compound") and child.lower_ in _PLANNED_WORDS:
                return "planned"
        if token.lemma_.lower() in _PLANNING_VERBS and token.tag_ in ("VBN", "VBZ", "VBP", "VB"):
            if any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or token.i != trigger.i:
                return "planned"
        if token.dep_ in ("xcomp",) and token.head.lemma_.lower() in _PLANNING_VERBS | _RESOLVING_VERBS:
            return "planned"
    return "planned" if _before_future(trigger) else "held"


def _before_future(trigger: Token) -> bool:
    """Whether the trigger is a deadline for something still to come: "I will answer in
    writing before the Weimar Triangle meeting" (a meeting after a future act is future)."""
    head = trigger.head
    if trigger.dep_ != "pobj" or not (head.lower_ == "before" or (head.lower_ == "of" and head.head.lower_ == "ahead")):
        return False
    root = trigger.sent.root
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall", "'ll") for c in root.children)
