"""Meetings that are only talked about: asked about, supposed or wished for.

Press-conference questions and answers are full of meetings that nobody has planned: "Would
you meet with Kim?", "If he calls, I will talk to him", "I'd love to meet him at some point".
A question, a condition or a wish is not a planned engagement; the stage reads none of them.
"""

from __future__ import annotations

from spacy.tokens import Token

# Modal auxiliaries of a supposition: "would meet", "could visit", "I'd talk to him".
_SUPPOSING = frozenset({"would", "could", "might", "may", "should", "'d"})
# Verbs of wishing whose complement is only wished for: "I'd love to meet", "want to visit".
_WISHING = frozenset({"love", "like", "wish", "want", "hope", "prefer", "dream"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
# Heads under which a supposed meeting is reported as agreed or announced, hence planned:
# "they agreed that the meeting would be held in India".
_REPORTED = frozenset({"agree", "decide", "announce", "say", "confirm", "state", "note", "expect", "add"})


def speculative(trigger: Token, verb: Token | None) -> bool:
    """Whether an engagement mention is a question, a condition or a wish, not a fact or a plan.

    Example: "Would you meet with him?", "if they visit Moscow", "I'd love to meet him".
    """
    if _asked(trigger):
        return True
    for token in (trigger, verb):
        if token is None:
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
            return True
        if token.dep_ == "advcl" and any(c.lower_ in _CONDITIONS for c in token.children):
            return True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in _WISHING:
            return True
        if token.pos_ in ("VERB", "AUX") and _supposed(token):
            return True
    return False


def _supposed(verb: Token) -> bool:
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"} & _SUPPOSING
    if not modals:
        return False
    # Reported future ("agreed the meeting would be held") is a plan, not a supposition.
    return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTED)


def _asked(token: Token) -> bool:
    """Whether the trigger's sentence is a question ("Are you ready for a meeting with him?")."""
    sent = token.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "?"
