"""Whether one engagement mention was held, is planned, was cancelled, or is only proposed."""

from __future__ import annotations

from spacy.tokens import Token

from communique.types import EngagementStatus

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
        if _be_to(token) or _looked_forward(token):
            return "planned"
    if _prepared_for(trigger):
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


def _be_to(token: Token) -> bool:
    """"The WTO is to hold membership talks", "the two are to meet in May": "be" with a
    to-infinitive is an arrangement still to come."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _looked_forward(token: Token) -> bool:
    """"looked forward to visiting Hiroshima", "looks forward to the summit": what is looked
    forward to is still to come when it is said, in whatever tense the text reports it."""
    for node in (token, *list(token.ancestors)[:3]):
        if node.lemma_.lower() == "look" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "forward" for c in node.children):
            return True
    return False


def _prepared_for(trigger: Token) -> bool:
    """"discussed preparations for the G8 summit": an engagement being prepared is to come."""
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "preparation"
