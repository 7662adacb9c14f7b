"""Which event is a sentence's own: the main clause's, read through the clause structure.

Actors are given by name (`event_helpers.code_with_actors`), so these tests measure the
coder alone.
"""

from __future__ import annotations

import pytest
from event_helpers import code_with_actors
from spacy.language import Language

from communique.events import EventCoder
from communique.types import Event

ACTORS = {"Norway": "NOR", "Peru": "PER", "Chile": "CHL", "Kenya": "KEN", "Ghana": "GHA"}


def top(nlp: Language, coder: EventCoder, text: str) -> Event | None:
    events = code_with_actors(nlp, coder, text, ACTORS)
    return max(events, key=lambda e: e.confidence, default=None)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A complement with both parties named still ranks below the clause that governs it.
        ("Norway agreed to open its border to allow aid into Peru.", "agreed"),
        # A purpose ranks below the deed it serves.
        ("Norway suspended aid to Peru to press Chile into talks.", "suspended"),
        # A condition is background, however complete its actors.
        ("Norway threatened to retaliate if Peru attacks Chile.", "threatened"),
        # What is said inside a scene-setting clause stays background.
        ("Norway cancelled a visit after Peru accused Chile of attacking Kenya.", "cancelled"),
    ],
)
def test_main_clause_event_is_the_sentence_event(nlp, coder, text: str, trigger: str) -> None:
    event = top(nlp, coder, text)
    assert event is not None and event.trigger.text == trigger, event


def test_first_conjunct_outranks_a_later_one(nlp, coder) -> None:
    event = top(nlp, coder, "Norway condemned the raid and urged Peru to withdraw from Chile.")
    assert event is not None and event.trigger.text == "condemned"


@pytest.mark.parametrize(
    "text",
    [
        "Norway denied charges that it tortured Peruvian prisoners.",
        "Norway rejected accusations that it had attacked Peru.",
        "Norway claimed responsibility for the bombings that killed 30 people in Peru.",
        "Norway expressed condolences over an attack on Peru that killed 40 people.",
    ],
)
def test_deed_a_statement_is_about_is_not_coded(nlp, coder, text: str) -> None:
    assert top(nlp, coder, text) is None


def test_conjunct_after_a_denial_is_still_coded(nlp, coder) -> None:
    event = top(nlp, coder, "Norway denied the charges and accused Peru of lying.")
    assert event is not None and event.plover.type == "ACCUSE", event


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Peru failed to reach agreement on fishing rights.",
        "Norway did not agree to the plan of Peru.",
        "Norway said it cannot accept more refugees from Peru.",
    ],
)
def test_negated_cooperation_is_a_refusal(nlp, coder, text: str) -> None:
    event = top(nlp, coder, text)
    assert event is not None and event.cameo.code.startswith("12"), event
    assert event.modality == "asserted"
