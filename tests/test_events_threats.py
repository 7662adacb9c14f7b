"""A pledge of force or coercion is a threat; easing a curfew is a concession.

Sentences are written for these tests; actors come from a fixture resolver.
"""

from __future__ import annotations


import pytest
from spacy.language import Language

from communique.events import EventCoder

from event_helpers import code_with_actors
from communique.types import Event

STATES = {"Kenya": "KEN", "Ghana": "GHA", "Peru": "PER"}


def code(nlp: Language, coder: EventCoder, text: str) -> tuple[Event, ...]:
    return code_with_actors(nlp, coder, text, STATES, published=None)


def top_type(events: tuple[Event, ...]) -> str | None:
    best = max(events, key=lambda e: e.confidence, default=None)
    return best.plover.type if best else None


@pytest.mark.parametrize(
    "text",
    [
        "Kenya vowed to retaliate against Ghana.",
        "Kenya said it is prepared to impose martial law in the border districts held by Ghana.",
        "Kenya pledged to punish Ghana with sanctions.",
    ],
)
def test_pledge_of_force_or_coercion_is_a_threat(nlp, coder, text: str) -> None:
    assert top_type(code(nlp, coder, text)) == "THREATEN"


def test_pledge_of_cooperation_stays_an_intent(nlp, coder) -> None:
    assert top_type(code(nlp, coder, "Kenya vowed to help Ghana rebuild its ports.")) == "AGREE"


def test_easing_a_curfew_is_a_concession(nlp, coder) -> None:
    events = code(nlp, coder, "Peru lifted the night curfew in its southern provinces on Sunday.")
    assert top_type(events) == "CONCEDE"


def test_a_guess_at_past_force_is_no_threat(nlp, coder) -> None:
    events = code(nlp, coder, "Kenyan hackers may have launched cyber attacks on Ghana.")
    assert top_type(events) == "ASSAULT"
    assert top_type(code(nlp, coder, "Kenya may launch cyber attacks on Ghana.")) == "THREATEN"
