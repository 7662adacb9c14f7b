"""Small questions about the dependency parse that more than one stage asks."""

from __future__ import annotations

from spacy.tokens import Token


def passive_agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent ("attacked by gunmen" -> gunmen), or None."""
    for by in verb.children:
        if by.dep_ == "agent":
            return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None
